/**
 * A mention is a stretch of the input that a recogniser found, with what it read there.
 * Each recogniser file declares its own mention type; this file gathers them.
 */
import type { Span } from './record.js';
import type { DateMention } from './recognisers/dates.js';
import type { PlaceMention } from './recognisers/places.js';
import type { OrganisationMention } from './recognisers/organisations.js';
import type { PersonMention } from './recognisers/people.js';
import type { EventMention } from './recognisers/events.js';
import type { AttendeeMention } from './recognisers/attendees.js';
import type { QuotationMention } from './recognisers/quotations.js';

export interface MentionBase extends Span {
  /** `text.slice(start, end)` */
  text: string;
}

export interface MentionSet {
  dates: DateMention[];
  places: PlaceMention[];
  organisations: OrganisationMention[];
  people: PersonMention[];
  events: EventMention[];
  attendees: AttendeeMention[];
  quotations: QuotationMention[];
}

export type MentionKind = keyof MentionSet;
export type Mention = MentionSet[MentionKind][number];

export type { DateMention, PlaceMention, OrganisationMention, PersonMention, EventMention, AttendeeMention, QuotationMention };

export function emptyMentionSet(): MentionSet {
  return { dates: [], places: [], organisations: [], people: [], events: [], attendees: [], quotations: [] };
}

export function mentionAt<T extends Span>(text: string, start: number, end: number): Span & { text: string } {
  return { start, end, text: text.slice(start, end) };
}
