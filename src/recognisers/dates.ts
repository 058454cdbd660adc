/** Dates and times: absolute, year-less, ranges and relative expressions. */
import type { MentionBase } from '../mentions.js';
import { defineRecogniser } from '../pipeline.js';

/** A calendar day as far as the text gives it; `year` null when the text leaves it out. */
export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
  hour: number | null;
  minute: number | null;
}

export interface DateMention extends MentionBase {
  from: PartialDate;
  /** The last day of a range ("12-15 November"), else null. */
  to: PartialDate | null;
}

export const dateRecogniser = defineRecogniser({
  name: 'dates',
  kind: 'dates',
  recognise: () => [],
});
