/** A document's output in the chosen format: its record, or the error that stands in its place. */
import { toJsonLd } from '../jsonld.js';
import type { ExtractionRecord } from '../record.js';
import type { Format } from './args.js';
import { csvErrorRow, csvRows } from './csv.js';
import { documentTables } from './tables.js';
import type { InputItem } from './inputs.js';
import type { ReviewEvidence } from '../review/evidence.js';
import type { ReviewIndexEntry } from '../review/frame.js';
import { renderReviewError, renderReviewRecord, type PositionedItem } from './review-page.js';

/**
 * How documents sit in the output: `single` one pretty document (the bare record for json),
 * `array` pretty items the writer joins into a JSON array, `lines` one compact line each (csv: rows).
 */
export type Layout = 'single' | 'array' | 'lines';

export interface TaskSettings {
  format: Format;
  layout: Layout;
  csvQuotations: boolean;
  withText: boolean;
  referenceDate: string | null;
  /** html: named in the page ("eventext 0.1.0"). */
  generator?: string;
}

export interface TaskResult {
  ok: boolean;
  /** The rendered output of this document (for `array`, without the separator). */
  output: string;
  /** html batch: the document's line in the page's index. */
  index?: ReviewIndexEntry;
  /** Warnings the output has no place for (jsonld), for the command to print on stderr. */
  warnings?: string[];
}

const WEB_ADDRESS = /^https?:\/\/\S/i;

function serialise(value: unknown, layout: Layout): string {
  if (layout === 'lines') return JSON.stringify(value) + '\n';
  const pretty = JSON.stringify(value, null, 2);
  return layout === 'single' ? pretty + '\n' : pretty;
}

export function renderError(item: PositionedItem, error: string, settings: TaskSettings): TaskResult {
  if (settings.format === 'html') return { ok: false, ...renderReviewError(item, error, settings.layout === 'single', settings.generator) };
  if (settings.format === 'csv') return { ok: false, output: csvErrorRow(item.id, item.source, error, settings.csvQuotations) };
  return { ok: false, output: serialise({ id: item.id, source: item.source, error }, settings.layout) };
}

/** The output of one document (for html, `runTask` also takes the index entry from `renderReviewRecord`). */
export function renderRecord(item: PositionedItem, text: string, record: ExtractionRecord, settings: TaskSettings, evidence: ReviewEvidence | null = null): string {
  switch (settings.format) {
    case 'html':
      return renderReviewRecord(item, text, record, evidence, settings.layout === 'single', settings.generator).output;
    case 'csv':
      return csvRows(item.id, item.source, record, settings.csvQuotations);
    case 'tables':
    case 'parquet':
      // Rows for the dataset writer on the main thread (dataset.ts), which adds the entity ids.
      return JSON.stringify({ id: item.id, source: item.source, ...documentTables(record) }) + '\n';
    case 'jsonld': {
      // A web address given as the document's source (JSON Lines "url"/"source") becomes the article's url.
      const url = WEB_ADDRESS.test(item.source) ? { url: item.source } : {};
      // In a batch the document's id scopes the blank nodes (`_:<id>-e1`): lines can be merged into
      // one graph without two releases' `_:org-1` becoming one node, and each graph names its document.
      const id = settings.layout === 'single' ? {} : { id: String(item.id) };
      return serialise(toJsonLd(record, { ...url, ...id }), settings.layout);
    }
    default: {
      const withText = settings.withText ? { text } : {};
      const bare = settings.layout === 'single' && settings.format === 'json';
      return serialise(bare ? { ...withText, ...record } : { id: item.id, source: item.source, ...withText, ...record }, settings.layout);
    }
  }
}
