/** Attendee phrases: the categories of people or bodies that took part. */
import type { MentionBase } from '../mentions.js';
import { defineRecogniser } from '../pipeline.js';

export interface AttendeeMention extends MentionBase {
  category: string;
  count: number | null;
}

export const attendeeRecogniser = defineRecogniser({
  name: 'attendees',
  kind: 'attendees',
  recognise: () => [],
});
