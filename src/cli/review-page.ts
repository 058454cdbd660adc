/**
 * `eventext --format html`, the part that runs with the extraction (on a worker thread): a
 * document's review page, or its section of a batch page (see review-batch.ts for the frame).
 */
import type { ExtractionRecord } from '../record.js';
import type { ReviewEvidence } from '../review/evidence.js';
import { reviewPageEnd, reviewPageStart, type ReviewIndexEntry } from '../review/frame.js';
import { reviewErrorSection, reviewIndexEntry, reviewPage, reviewSection } from '../review/page.js';
import type { InputItem } from './inputs.js';

/** An input item with its place in the batch (1-based), which names its section: `doc-3`. */
export type PositionedItem = Pick<InputItem, 'id' | 'source'> & { position?: number };

/** What one document gives the page: its markup and its line in the index. */
export interface ReviewOutput {
  output: string;
  index: ReviewIndexEntry;
}

const anchorOf = (item: PositionedItem): string => (item.position ? `doc-${item.position}` : 'doc');

/** A document's review: a whole page for a single document, else its section of the batch page. */
export function renderReviewRecord(item: PositionedItem, text: string, record: ExtractionRecord, evidence: ReviewEvidence | null, single: boolean, generator?: string): ReviewOutput {
  const anchor = anchorOf(item);
  const doc = { id: item.id, source: item.source, text, record, evidence };
  const index = reviewIndexEntry(doc, anchor);
  if (single) return { output: reviewPage([doc], generator ? { generator } : {}), index };
  return { output: reviewSection(doc, { anchor, jsonLdId: String(item.id) }) + '\n', index };
}

/** The section (or, for a single document, the page) of a document that could not be read. */
export function renderReviewError(item: PositionedItem, error: string, single: boolean, generator?: string): ReviewOutput {
  const anchor = anchorOf(item);
  const section = reviewErrorSection(item.id, item.source, error, anchor);
  const index: ReviewIndexEntry = { anchor, id: item.id, source: item.source, title: null, events: 0, quotations: 0, warnings: 0, error };
  if (!single) return { output: section + '\n', index };
  const options = generator ? { generator } : {};
  return { output: reviewPageStart({ title: `eventext review: ${item.id} not read`, ...options }) + section + '\n' + reviewPageEnd(options), index };
}
