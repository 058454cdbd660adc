/** Direct quotations: the words inside quotation marks. */
import type { MentionBase } from '../mentions.js';
import type { Span } from '../record.js';
import { defineRecogniser } from '../pipeline.js';

export interface QuotationMention extends MentionBase {
  /** The words without the marks. */
  inner: Span;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  paragraph: number;
}

export const quotationRecogniser = defineRecogniser({
  name: 'quotations',
  kind: 'quotations',
  recognise: () => [],
});
