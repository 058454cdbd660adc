/**
 * A mention is a stretch of the input that a recogniser found, with what it read there.
 * Every mention type lives here, so recognisers and resolvers import types from one place and
 * never from each other.
 */
import type { EventType, Span } from './record.js';

export interface MentionBase extends Span {
  /** `text.slice(start, end)` */
  text: string;
}

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
  /** ISO form of `from` (year inferred from the reference date when left out), or `--MM-DD`. */
  iso: string;
  /** ISO form of `to`, else null. */
  isoEnd: string | null;
  /** How the text gave it: a calendar date, a weekday or relative word, or a whole week. */
  precision: 'date' | 'relative' | 'week';
  /** The publication date itself (a dateline or date line), which is not an event date. */
  published: boolean;
}

export interface PlaceMention extends MentionBase {
  placeKind: 'venue' | 'city' | 'region' | 'country';
  name: string;
  /** The country the place lies in, when the text or the gazetteer says. */
  country: string | null;
  /** How the text introduced it: "in"/"at" a place, a dateline, "from" (origin), or other. */
  /** 'headline': named in the release's title ("Thousands march in Pietermaritzburg as ..."), read only when the body names no place. */
  cue: 'in' | 'at' | 'dateline' | 'label' | 'from' | 'other' | 'headline';
  /** Found in the gazetteer or the region list (else only the cue makes it a place). */
  known: boolean;
  /** Places written together ("at the X Hotel in Manila, Philippines") share a group number. */
  group: number;
  paragraph: number;
}

export interface OrganisationMention extends MentionBase {
  /** The name as written, without a leading "the" and without the parenthesised acronym. */
  name: string;
  /** "(IACAT)" after the name, or the acronym the name is given in. */
  acronym: string | null;
  /** How the text gives it: a full name, an acronym alone, or an acronym before more words ("RSO Bali Process"). */
  form: 'name' | 'acronym';
}

export interface PersonMention extends MentionBase {
  /** The name without honorific or title. */
  name: string;
  honorific: string | null;
  title: string | null;
  affiliation: string | null;
  /** The whole reference: from the title or honorific before the name to the end of an apposition after it. */
  context: { start: number; end: number };
}

export interface EventMention extends MentionBase {
  name: string;
  type: EventType;
  /** A proper name, as opposed to a common noun phrase ("the training"). */
  proper: boolean;
  /** The event noun itself ("workshop"), lower case and singular. */
  noun: string;
  /** "the event", "the Dialogue", "this workshop": refers back to an event named before. */
  definite: boolean;
  /** A generic noun ("event", "activity") that gives no type of its own. */
  generic: boolean;
  /** Plural ("meetings", "trainings"): a series or several events. */
  plural: boolean;
  /** In the headline rather than the body. */
  inTitle: boolean;
  paragraph: number;
  /** Set beside the mention just before it (", the company's annual conference"): that mention's start; the same event. */
  besideStart?: number;
  /** A weak noun with "the" ("the challenge", "the session"): it may refer back to an event, never names one. */
  referenceOnly?: boolean;
}

export interface AttendeeMention extends MentionBase {
  category: string;
  count: number | null;
}

export interface QuotationMention extends MentionBase {
  /** The words without the marks (trimmed). */
  inner: Span;
  /** False when the paragraph ended before a closing mark. */
  closed: boolean;
  paragraph: number;
  /** The opening mark as written. */
  mark: string;
  /** Not closed by the end of its paragraph, and the next paragraph opens with a mark: the quotation goes on. */
  continues: boolean;
  /** Continues a quotation left open at the end of the previous paragraph. */
  continuation: boolean;
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


export function emptyMentionSet(): MentionSet {
  return { dates: [], places: [], organisations: [], people: [], events: [], attendees: [], quotations: [] };
}

export function mentionAt<T extends Span>(text: string, start: number, end: number): Span & { text: string } {
  return { start, end, text: text.slice(start, end) };
}
