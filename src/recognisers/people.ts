/** People's names, with the honorific, title and affiliation written around them. */
import type { MentionBase } from '../mentions.js';
import { defineRecogniser } from '../pipeline.js';

export interface PersonMention extends MentionBase {
  /** The name without honorific or title. */
  name: string;
  honorific: string | null;
  title: string | null;
  affiliation: string | null;
}

export const personRecogniser = defineRecogniser({
  name: 'people',
  kind: 'people',
  recognise: () => [],
});
