/**
 * `eventext --format html` for a batch: one page written as it goes, so memory stays bounded: the
 * page's start, a section per document in input order (rendered on the worker threads, see
 * review-page.ts), then the index of documents, which the style sheet shows first. The main
 * thread keeps only the index entries, not the sections.
 */
import { reviewIndexHtml, reviewPageEnd, reviewPageStart, type ReviewIndexEntry } from '../review/frame.js';

/** Numbers the items of a batch in input order (1-based), so each section has its own anchor: `doc-3`. */
export function positioned<T extends object>(): (item: T) => T & { position: number } {
  let position = 0;
  return (item) => ({ ...item, position: ++position });
}

/** The frame of a batch page: its start, then (after the sections) the index and the end. */
export function reviewBatchFrame(generator?: string): { start(): string; add(entry: ReviewIndexEntry | undefined): void; end(): string } {
  const entries: ReviewIndexEntry[] = [];
  const options = generator ? { generator } : {};
  return {
    start: () => reviewPageStart({ ...options, batch: true, title: 'eventext review' }),
    add: (entry) => void (entry && entries.push(entry)),
    end: () => reviewIndexHtml(entries) + '\n' + reviewPageEnd(options),
  };
}
