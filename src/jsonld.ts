/**
 * The record as schema.org linked data: one JSON-LD `@graph` that a search engine, a triple store
 * or a linked-data tool can load as it is.
 *
 * ## Nodes
 * Ids are blank-node ids local to the document (`_:article`, `_:e1`, `_:org-1`); with
 * `options.id` they are scoped by it (`_:<id>-org-1`), for several graphs in one JSON-LD document.
 * - `NewsArticle` `_:article`: `headline`, `datePublished`, `inLanguage`, `url` (when
 *   `options.url` is given), `about` the events, `mentions` every person and organisation.
 * - One event node per record event, `@id` `_:e1`, `_:e2`, ... (the record's ids): `name`,
 *   `keywords` (our own `type` word, so "dialogue" is not lost in the mapping below), `startDate`,
 *   `endDate`, `location`, `eventAttendanceMode`, `organizer`, `sponsor`, `performer`, `audience`,
 *   `maximumAttendeeCapacity`.
 * - One `Person`, `Organization` or `GovernmentOrganization` (a country acting as organiser: its
 *   government) node per agent (`_:person-1`, `_:org-1`, ...), with `alternateName` for aliases
 *   and, for people, `jobTitle` and `affiliation`; a quoted name no role explains is a `Person`.
 *   An agent in several roles (organiser, speaker, author of a quotation) is ONE node referenced by
 *   `@id` from each role; names are matched on name and aliases (see `jsonld/agents.ts`).
 * - One `Quotation` node per quotation (`_:quote-1`, ...): `text`, `creator`, `contributor`,
 *   `isPartOf` the article, `recordedAt` the event.
 *
 * ## Event type mapping (our `type` -> schema.org)
 * | ours | schema.org | why |
 * |---|---|---|
 * | conference, summit, forum | `ConferenceEvent` | gatherings of many parties around a programme of sessions |
 * | workshop, training, seminar, webinar | `EducationEvent` | their purpose is that participants learn |
 * | exhibition | `ExhibitionEvent` | schema.org's own type for it |
 * | reception | `SocialEvent` | a social occasion |
 * | meeting, dialogue, consultation, roundtable, panel, briefing, launch, ceremony, visit, other | `Event` | schema.org has no closer type; `BusinessEvent` would claim a commercial purpose the record cannot tell |
 *
 * ## Property choices
 * - Speakers are `performer` ("a performer at the event, for example a presenter"): they are the
 *   people on the programme, which is what `performer` means and what Google reads for events;
 *   `contributor` ("a secondary contributor") says less and no consumer reads it for events. Their
 *   roles (keynote, moderator, ...) are not carried: plain references keep the graph simple for
 *   search engines.
 * - `participantCount` is `maximumAttendeeCapacity`, the general head-count property of `Event`
 *   (`maximumPhysical/VirtualAttendeeCapacity` split it by mode, `remainingAttendeeCapacity` is
 *   places left, `attendee` lists individual agents, `Audience` has no size). Strictly it states a
 *   capacity; of a past event the reported participants are a lower bound of it. No `Event`
 *   property states how many attended, so this is the nearest honest fit. A count given for one
 *   attendee category is not carried.
 * - Organisers are `organizer`, except agents whose role is `sponsor`, which are `sponsor`.
 * - A person's organisation is `affiliation`, not `worksFor`: the record says whom the speaker
 *   spoke for, not who employs them.
 * - A quotation's speaker is `creator`: the words are that real person's or body's own.
 *   `spokenByCharacter` is for the (e.g. fictional) character a quotation is attributed to inside a
 *   work. When X delivered Y's remarks (`deliveredBy`), Y is `creator` and X is `contributor`.
 * - A quotation `isPartOf` the article (range CreativeWork: an Event is not one) and is
 *   `recordedAt` the event it was said at (schema.org's link from a work to the event it was
 *   captured at; its inverse `recordedIn` is how schema.org says an Event references a Quotation).
 * - `location`: a `Place` (`name` = venue, `address` = `PostalAddress` with `addressLocality`,
 *   `addressRegion`, `addressCountry`) when the record has a location, and a `VirtualLocation` when
 *   the event is online or mixed (both for a mixed event with a stated place).
 * - `eventAttendanceMode` is the IRI of schema.org's `OfflineEventAttendanceMode`,
 *   `OnlineEventAttendanceMode` or `MixedEventAttendanceMode` (an `{"@id"}`, so it loads as a node).
 * - Dates without a year (`--MM-DD`) are left out: schema.org's `Date` needs one. A warning says so.
 *
 * ## Warnings
 * `toJsonLd` always returns the graph. What the graph cannot say, and what Google's Event
 * structured data requires (`name`, `startDate`, `location`; for a `Place` an `address`, for a
 * `VirtualLocation` a `url`) but the record lacks, is reported as warning strings pushed onto
 * `options.warnings` when the caller passes an array; pass `record.warnings` to have the record's
 * own warnings say it. `jsonLdWarnings(record)` returns the same strings on their own. They are
 * pushed, not returned beside the graph, so that the return value is the JSON-LD document itself,
 * ready for `JSON.stringify` or a `<script type="application/ld+json">`, and `extract` stays as it
 * is. A value that is not a record is a `TypeError`.
 */
import type {
  Audience,
  ConferenceEvent,
  EducationEvent,
  Event,
  EventLeaf,
  ExhibitionEvent,
  Graph,
  IdReference,
  NewsArticle,
  Place,
  PostalAddress,
  Quotation as SchemaQuotation,
  SocialEvent,
  Thing,
  VirtualLocation,
} from 'schema-dts';
import { AgentRegistry, type AgentHandle } from './jsonld/agents.js';
import { ExtractionRecordSchema, type AttendanceMode, type EventRecord, type EventType, type ExtractionRecord, type Location } from './record.js';

/** The JSON-LD document `toJsonLd` returns: `{"@context": "https://schema.org", "@graph": [...]}`. */
export type JsonLdGraph = Graph;

export interface JsonLdOptions {
  /** Receives one message per gap (see the module comment); pass `record.warnings` to extend the record's. */
  warnings?: string[];
  /** The web address the release was published at: becomes the article's `url`. */
  url?: string;
  /**
   * The document's id in a batch: blank-node ids become `_:<id>-article`, `_:<id>-e1`, ... Give it
   * whenever several graphs are written into one JSON-LD document (e.g. a JSON array), where
   * otherwise `_:org-1` of one release and `_:org-1` of the next would be the same node.
   */
  id?: string;
}

/** The schema.org event types `toJsonLd` uses. */
export type SchemaOrgEventType = 'Event' | 'ConferenceEvent' | 'EducationEvent' | 'ExhibitionEvent' | 'SocialEvent';

/** Our event `type` -> its schema.org type (the table in the module comment). */
export const SCHEMA_ORG_EVENT_TYPE = {
  conference: 'ConferenceEvent',
  summit: 'ConferenceEvent',
  forum: 'ConferenceEvent',
  workshop: 'EducationEvent',
  training: 'EducationEvent',
  seminar: 'EducationEvent',
  webinar: 'EducationEvent',
  exhibition: 'ExhibitionEvent',
  reception: 'SocialEvent',
  meeting: 'Event',
  dialogue: 'Event',
  consultation: 'Event',
  roundtable: 'Event',
  panel: 'Event',
  briefing: 'Event',
  launch: 'Event',
  ceremony: 'Event',
  visit: 'Event',
  other: 'Event',
} as const satisfies Record<EventType, SchemaOrgEventType>;

const ATTENDANCE_MODE_IRI = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
} as const satisfies Record<AttendanceMode, string>;

/** Makes a node's blank-node id: `_:e1`, or `_:<document id>-e1` when `options.id` is given. */
export type BlankNodeId = (local: string) => string;

/**
 * Blank-node ids scoped by a document id, so that several graphs can sit in one JSON-LD document
 * (a JSON array of them is one document to a processor, where two `_:org-1` are one node).
 * Characters other than letters, digits and `-` are written `_hex_`, which keeps distinct ids distinct.
 */
export function blankNodeIds(documentId?: string): BlankNodeId {
  if (documentId === undefined) return (local) => `_:${local}`;
  let scope = '';
  for (const ch of documentId) scope += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  return (local) => `_:${scope}-${local}`;
}

/** The properties every event node has; typed against schema.org's `Event`. */
type EventProperties = Omit<EventLeaf, '@type'>;

/** A full date or date-time; `--MM-DD` (no year) is not a schema.org `Date`. */
const hasYear = (date: string): boolean => /^\d{4}-/.test(date);

/**
 * The record as one schema.org JSON-LD graph (see the module comment for the nodes, the type
 * mapping and the property choices). Never throws on a valid record (a `TypeError` says what is
 * wrong with an invalid one); a record with no events gives a graph with the article alone.
 * Gaps are pushed onto `options.warnings` when it is given.
 */
export function toJsonLd(record: ExtractionRecord, options: JsonLdOptions = {}): JsonLdGraph {
  const checked = ExtractionRecordSchema.safeParse(record);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new TypeError(`toJsonLd() takes an extraction record; ${issue ? `${issue.path.join('.') || 'the record'}: ${issue.message}` : 'this is not one'}`);
  }
  const warnings: string[] = [];
  const node = blankNodeIds(options.id);
  const articleId = node('article');
  const url = options.url !== undefined && isAbsoluteUrl(options.url) ? options.url : undefined;
  if (options.url !== undefined && !url) warnings.push(`url ${JSON.stringify(options.url)} is not an absolute web address: the article's url is left out`);
  const agents = new AgentRegistry(node);
  // First every agent mention, so that ids are final before any node refers to one.
  const roles = record.events.map((event) => registerEventAgents(event, agents));
  const quoted = record.quotations.map((q) => ({
    creator: q.speaker ? agents.registerMention(q.speaker) : null,
    contributor: q.deliveredBy ? agents.registerMention(q.deliveredBy) : null,
  }));

  const events = record.events.map((event, i) => eventNode(event, node(event.id), roles[i]!, agents, warnings));

  const eventIds = new Set(record.events.map((e) => e.id));
  const quotations = record.quotations.map((quotation, i): SchemaQuotation => {
    const { creator, contributor } = quoted[i]!;
    let recordedAt: IdReference | undefined;
    if (quotation.eventId && eventIds.has(quotation.eventId)) recordedAt = { '@id': node(quotation.eventId) };
    else if (quotation.eventId) {
      warnings.push(`quotation ${i + 1} names event ${quotation.eventId}, which the record does not have: its recordedAt is left out`);
    }
    return {
      '@type': 'Quotation',
      '@id': node(`quote-${i + 1}`),
      text: quotation.text,
      ...(creator && { creator: agents.ref(creator) }),
      ...(contributor && { contributor: agents.ref(contributor) }),
      isPartOf: { '@id': articleId },
      ...(recordedAt && { recordedAt }),
    };
  });

  const { title, published } = record.document;
  if (published && !hasYear(published)) warnings.push(`publication date ${published} has no year: datePublished is left out`);
  const mentions = agents.references();
  const article: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': articleId,
    ...(title && { headline: title }),
    ...(published && hasYear(published) && { datePublished: published }),
    inLanguage: record.document.language,
    ...(url && { url }),
    ...(record.events.length > 0 && { about: one(record.events.map((e) => ({ '@id': node(e.id) }))) }),
    ...(mentions.length > 0 && { mentions: one(mentions) }),
  };

  options.warnings?.push(...warnings);
  const graph: Thing[] = [article, ...events, ...agents.nodes(), ...quotations];
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The warnings `toJsonLd(record)` gives (Google's Event requirements and what the graph leaves out), on their own. */
export function jsonLdWarnings(record: ExtractionRecord): string[] {
  const warnings: string[] = [];
  toJsonLd(record, { warnings });
  return warnings;
}

interface EventAgents {
  organizer: AgentHandle[];
  sponsor: AgentHandle[];
  performer: AgentHandle[];
}

function registerEventAgents(event: EventRecord, agents: AgentRegistry): EventAgents {
  const roles: EventAgents = { organizer: [], sponsor: [], performer: [] };
  for (const agent of event.organizers) {
    roles[agent.role === 'sponsor' ? 'sponsor' : 'organizer'].push(agents.register(agent.name, agent.aliases, agent.kind));
  }
  for (const speaker of event.speakers) {
    const handle = agents.register(speaker.name, speaker.aliases, speaker.kind);
    if (speaker.kind === 'person') {
      const affiliation = speaker.affiliation ? agents.register(speaker.affiliation, [], 'organization') : null;
      agents.describePerson(handle, speaker.title, affiliation);
    }
    roles.performer.push(handle);
  }
  return roles;
}

function eventNode(event: EventRecord, id: string, roles: EventAgents, agents: AgentRegistry, warnings: string[]): Event {
  const label = `event ${event.id} ("${event.name}")`;
  // Two mentions of one agent in a role (merged by name) are one reference.
  const refs = (handles: AgentHandle[]): IdReference[] => {
    const ids = [...new Set(handles.map((h) => agents.ref(h)['@id']))];
    return ids.map((id) => ({ '@id': id }));
  };
  const organizer = refs(roles.organizer);
  const sponsor = refs(roles.sponsor);
  const performer = refs(roles.performer);
  const audience = event.attendees.map((a): Audience => ({ '@type': 'Audience', audienceType: a.category }));
  const location = locations(event.location, event.attendanceMode);

  if (!event.name.trim()) warnings.push(`${label}: the name is empty; Google's Event rich results require one`);
  if (!event.startDate) warnings.push(`${label}: no startDate; Google's Event rich results require one`);
  else if (!hasYear(event.startDate)) {
    warnings.push(`${label}: startDate ${event.startDate} has no year, so it is left out; Google's Event rich results require a startDate`);
  }
  if (event.endDate && !hasYear(event.endDate)) warnings.push(`${label}: endDate ${event.endDate} has no year, so it is left out`);
  if (location.length === 0) warnings.push(`${label}: no location; Google's Event rich results require one`);
  const place = event.location;
  if (place && !place.city && !place.region && !place.country && place.venue) {
    warnings.push(`${label}: the location has no city, region or country; Google's Event rich results require location.address`);
  }
  if (event.attendanceMode === 'online' || event.attendanceMode === 'mixed') {
    warnings.push(`${label}: the online location has no web address; Google's Event rich results require location.url`);
  }

  const properties: EventProperties = {
    '@id': id,
    name: event.name,
    ...(event.type !== 'other' && { keywords: event.type }),
    ...(event.startDate && hasYear(event.startDate) && { startDate: event.startDate }),
    ...(event.endDate && hasYear(event.endDate) && { endDate: event.endDate }),
    ...(location.length === 1 && { location: location[0] }),
    ...(location.length > 1 && { location }),
    ...(event.attendanceMode && { eventAttendanceMode: { '@id': ATTENDANCE_MODE_IRI[event.attendanceMode] } }),
    ...(organizer.length > 0 && { organizer: one(organizer) }),
    ...(sponsor.length > 0 && { sponsor: one(sponsor) }),
    ...(performer.length > 0 && { performer: one(performer) }),
    ...(audience.length > 0 && { audience: one(audience) }),
    ...(event.participantCount !== null && { maximumAttendeeCapacity: event.participantCount }),
  };
  return typedEvent(SCHEMA_ORG_EVENT_TYPE[event.type], properties);
}

/** Only an absolute URL stays an IRI under the context's `"url": {"@type": "@id"}`. */
function isAbsoluteUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** One value as itself, several as an array (how schema.org's own examples write them). */
function one<T>(values: T[]): T | T[] {
  return values.length === 1 ? (values[0] as T) : values;
}

/** The event's `location` values: a `Place` for a stated location, a `VirtualLocation` when online or mixed. */
function locations(location: Location | null, mode: AttendanceMode | null): Array<Place | VirtualLocation> {
  const found: Array<Place | VirtualLocation> = [];
  if (location && (location.venue || location.city || location.region || location.country)) {
    const hasAddress = location.city || location.region || location.country;
    const address: PostalAddress = {
      '@type': 'PostalAddress',
      ...(location.city && { addressLocality: location.city }),
      ...(location.region && { addressRegion: location.region }),
      ...(location.country && { addressCountry: location.country }),
    };
    const place: Place = {
      '@type': 'Place',
      ...(location.venue && { name: location.venue }),
      ...(hasAddress && { address }),
    };
    found.push(place);
  }
  if (mode === 'online' || mode === 'mixed') found.push({ '@type': 'VirtualLocation' });
  return found;
}

/** The event node with its schema.org type: each branch is checked against that type's properties. */
function typedEvent(type: SchemaOrgEventType, properties: EventProperties): Event {
  switch (type) {
    case 'ConferenceEvent':
      return { '@type': 'ConferenceEvent', ...properties } satisfies ConferenceEvent;
    case 'EducationEvent':
      return { '@type': 'EducationEvent', ...properties } satisfies EducationEvent;
    case 'ExhibitionEvent':
      return { '@type': 'ExhibitionEvent', ...properties } satisfies ExhibitionEvent;
    case 'SocialEvent':
      return { '@type': 'SocialEvent', ...properties } satisfies SocialEvent;
    case 'Event':
      return { '@type': 'Event', ...properties } satisfies EventLeaf;
  }
}
