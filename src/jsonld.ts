/** The record as schema.org JSON-LD. */
import type { ExtractionRecord } from './record.js';

export interface JsonLdOptions {}

export function toJsonLd(_record: ExtractionRecord, _options: JsonLdOptions = {}): Record<string, unknown> {
  throw new Error('toJsonLd is not implemented yet');
}
