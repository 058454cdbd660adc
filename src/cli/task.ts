/**
 * One document's work, the same on a worker thread and in-process: HTML reduction, extraction and
 * rendering to the output format. Rendering happens here too, so that the main thread only writes.
 */
import { extract } from '../extract.js';
import { toJsonLd } from '../jsonld.js';
import type { ExtractionRecord } from '../record.js';
import type { Format } from './args.js';
import { csvErrorRow, csvRows } from './csv.js';
import type { InputItem } from './inputs.js';

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
}

export interface TaskResult {
  ok: boolean;
  /** The rendered output of this document (for `array`, without the separator). */
  output: string;
}

export function renderError(item: Pick<InputItem, 'id' | 'source'>, error: string, settings: TaskSettings): TaskResult {
  if (settings.format === 'csv') return { ok: false, output: csvErrorRow(item.id, item.source, error, settings.csvQuotations) };
  return { ok: false, output: serialise({ id: item.id, source: item.source, error }, settings.layout) };
}

function serialise(value: unknown, layout: Layout): string {
  if (layout === 'lines') return JSON.stringify(value) + '\n';
  const pretty = JSON.stringify(value, null, 2);
  return layout === 'single' ? pretty + '\n' : pretty;
}

export function renderRecord(item: InputItem, text: string, record: ExtractionRecord, settings: TaskSettings): string {
  switch (settings.format) {
    case 'csv':
      return csvRows(item.id, item.source, record, settings.csvQuotations);
    case 'jsonld':
      return serialise(toJsonLd(record), settings.layout);
    default: {
      const withText = settings.withText ? { text } : {};
      const value = settings.layout === 'single' && settings.format === 'json' ? { ...withText, ...record } : { id: item.id, source: item.source, ...withText, ...record };
      return serialise(value, settings.layout);
    }
  }
}

/** Never throws: a document that fails gives its error output in its place. */
export async function runTask(item: InputItem, settings: TaskSettings): Promise<TaskResult> {
  if (item.error !== undefined) return renderError(item, item.error, settings);
  try {
    let text = item.text;
    let published: string | null = null;
    let title: string | null = null;
    if (text === undefined) {
      // Loaded on first use: plain-text batches never pay for the DOM and Readability.
      const { reduceHtml } = await import('./html.js');
      const page = reduceHtml(item.html ?? '');
      ({ text, published, title } = page);
    }
    const referenceDate = published ?? settings.referenceDate;
    const record = extract(text, referenceDate ? { referenceDate } : {});
    // The page's metadata is the publisher's own statement of the date: it wins over a date read in the text.
    if (published) record.document.published = published;
    if (title && !record.document.title) record.document.title = title;
    return { ok: true, output: renderRecord(item, text, record, settings) };
  } catch (err) {
    return renderError(item, err instanceof Error ? err.message : String(err), settings);
  }
}
