/**
 * One document's work, the same on a worker thread and in-process: HTML reduction, extraction and
 * rendering to the output format. Rendering happens here too, so that the main thread only writes.
 */
import { extract } from '../extract.js';
import { jsonLdWarnings } from '../jsonld.js';
import { evidenceCollector } from '../review/evidence.js';
import type { InputItem } from './inputs.js';
import { renderError, renderRecord, type TaskResult, type TaskSettings } from './render.js';
import { renderReviewRecord, type PositionedItem } from './review-page.js';
import { documentLabel } from './warnings.js';

/** Never throws: a document that fails gives its error output in its place. */
export async function runTask(item: InputItem & PositionedItem, settings: TaskSettings): Promise<TaskResult> {
  if (item.error !== undefined) return renderError(item, item.error, settings);
  try {
    let text = item.text;
    let published: string | null = null;
    let title: string | null = null;
    if (text === undefined) {
      // Loaded on first use: plain-text batches never pay for the DOM and Readability.
      const { reduceHtml } = await import('./html.js');
      ({ text, published, title } = reduceHtml(item.html ?? ''));
    }
    const referenceDate = published ?? settings.referenceDate;
    // The review page highlights dates and places too: the recognisers' mentions say where they were read.
    const review = settings.format === 'html' ? evidenceCollector() : null;
    const record = extract(text, { ...(referenceDate && { referenceDate }), ...(review && { debug: review.debug }) });
    // The page's metadata is the publisher's own statement of the date: it wins over a date read in the text.
    if (published) record.document.published = published;
    if (title && !record.document.title) record.document.title = title;
    if (review) return { ok: true, ...renderReviewRecord(item, text, record, review.evidence, settings.layout === 'single', settings.generator) };
    // JSON-LD has no place for warnings: the command prints them on stderr.
    const warnings = settings.format === 'jsonld' ? [...record.warnings, ...jsonLdWarnings(record)].map((w) => `${documentLabel(item)}: ${w}`) : [];
    return { ok: true, output: renderRecord(item, text, record, settings), ...(warnings.length && { warnings }) };
  } catch (err) {
    return renderError(item, err instanceof Error ? err.message : String(err), settings);
  }
}
