/** `extract` with the evidence the review page needs for dates and places. */
import type { ExtractOptions } from '../context.js';
import { extract } from '../extract.js';
import type { ExtractionRecord } from '../record.js';
import { evidenceCollector, type ReviewEvidence } from './evidence.js';

/**
 * `extract(text, options)` and the evidence for its dates and places. A `debug` hook in `options`
 * still sees every stage.
 */
export function extractForReview(text: string, options: ExtractOptions = {}): { record: ExtractionRecord; evidence: ReviewEvidence } {
  const { debug, evidence } = evidenceCollector();
  const theirs = options.debug;
  const record = extract(text, {
    ...options,
    debug: (stage, items) => {
      debug(stage, items);
      theirs?.(stage, items);
    },
  });
  return { record, evidence };
}
