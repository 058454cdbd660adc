/** eventext: events, organisers, attendees, speakers and quotations from the text of a release. */
export { extract, DEFAULT_MAX_LENGTH } from './extract.js';
export type { ExtractOptions } from './context.js';
export { Document } from './document.js';
export * from './record.js';
export * from './jsonld.js';
