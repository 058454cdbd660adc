/**
 * A web page -> the text of its article (src/html/reduce.ts) over linkedom's DOM. Node only: the
 * library entry never imports this; the playground runs the same reduction on the browser's DOM.
 */
import { parseHTML } from 'linkedom';
import { reduceDocument, type PageDocument, type ReducedPage } from '../html/reduce.js';

export { blockText, isoDatePart, type ReducedPage } from '../html/reduce.js';

const parse = (html: string): PageDocument => parseHTML(html).document as unknown as PageDocument;

export function reduceHtml(html: string): ReducedPage {
  return reduceDocument(parse(html), parse);
}
