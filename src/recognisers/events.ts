/** Event mentions: proper names ("Thematic Dialogue on ...") and common ones ("the workshop"). */
import type { MentionBase } from '../mentions.js';
import type { EventType } from '../record.js';
import { defineRecogniser } from '../pipeline.js';

export interface EventMention extends MentionBase {
  name: string;
  type: EventType;
  /** A proper name, as opposed to a common noun phrase ("the training"). */
  proper: boolean;
}

export const eventRecogniser = defineRecogniser({
  name: 'events',
  kind: 'events',
  recognise: () => [],
});
