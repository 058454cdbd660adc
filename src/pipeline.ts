/**
 * The pipeline: an ordered list of recognisers (each finds one kind of mention) and an ordered
 * list of resolvers (each takes the whole state and returns a better one), after chrono-node.
 */
import type { Context } from './context.js';
import type { MentionKind, MentionSet } from './mentions.js';
import type { EventRecord, Quotation, Span } from './record.js';

export interface Recogniser<K extends MentionKind = MentionKind> {
  readonly name: string;
  /** Where its mentions go in the mention set. */
  readonly kind: K;
  /** Reads the document; may look at the mentions that earlier recognisers found. */
  recognise(ctx: Context, found: Readonly<MentionSet>): MentionSet[K];
}

export interface ResolutionState {
  readonly mentions: MentionSet;
  /** Organisations, people and countries, each with every name it goes by in this text. */
  entities: Entity[];
  /** Events in record form, main event first; ids are given at the end. */
  events: EventRecord[];
  quotations: Quotation[];
  /** Events that are members of a series the release also records ("two community forums": each forum -> the series). */
  seriesOf?: ReadonlyMap<EventRecord, EventRecord>;
}

export interface Resolver {
  readonly name: string;
  resolve(state: ResolutionState, ctx: Context): ResolutionState;
}

export function defineRecogniser<K extends MentionKind>(r: Recogniser<K>): Recogniser<K> {
  return r;
}

export function defineResolver(r: Resolver): Resolver {
  return r;
}

export interface Entity {
  id: string;
  kind: 'organization' | 'person' | 'country';
  /** The fullest form in the text. */
  name: string;
  /** Other forms that refer to the same entity in this text. */
  aliases: string[];
  /** Every mention of it, in text order. */
  spans: Span[];
  /** For people: position and organisation as written, when the text gives them. */
  title: string | null;
  affiliation: string | null;
}
