/** Organisation names in full, with the acronym written beside them. */
import type { MentionBase } from '../mentions.js';
import { defineRecogniser } from '../pipeline.js';

export interface OrganisationMention extends MentionBase {
  name: string;
  /** "(IACAT)" after the name, or the acronym the name is given in. */
  acronym: string | null;
}

export const organisationRecogniser = defineRecogniser({
  name: 'organisations',
  kind: 'organisations',
  recognise: () => [],
});
