/**
 * The dataset's tidy tables (`--format tables`, `--format parquet`): one row per thing, with keys.
 * The table definitions here are the one source of the CSV headers, the Parquet schemas and the
 * Data Package descriptor. `documentTables` runs on the worker threads: it turns one record into
 * its rows, with entities as numbers into the release's local entities, which the main thread
 * replaces by dataset-wide entity ids once every release is read (see dataset.ts).
 */
import type { ExtractionRecord } from '../record.js';
import { ATTENDANCE_MODES, AGENT_KINDS, AGENT_ROLES, EVENT_TYPES, SPEAKER_ROLES } from '../record.js';
import { localEntities, refKey, type EntityRef, type LocalEntity } from './entities.js';

/** Table Schema field types used here; `list` is a "; "-joined list, `array` a JSON array. */
export type FieldType = 'string' | 'integer' | 'date' | 'list' | 'array';

export interface FieldDef {
  name: string;
  type: FieldType;
  description: string;
  /** A value is always present (keys, names). */
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
  /** The field holds an entity id (a local entity number until the dataset is finished). */
  entity?: boolean;
}

export interface ForeignKeyDef {
  fields: string[];
  resource: string;
  referenced: string[];
}

export interface TableDef {
  name: TableName;
  description: string;
  fields: FieldDef[];
  primaryKey: string[];
  foreignKeys: ForeignKeyDef[];
}

export const TABLE_NAMES = ['documents', 'events', 'organizers', 'attendees', 'speakers', 'quotations', 'entities'] as const;
export type TableName = (typeof TABLE_NAMES)[number];
/** The tables a document adds rows to (entities are built across documents). */
export const ROW_TABLES = ['events', 'organizers', 'attendees', 'speakers', 'quotations'] as const;
export type RowTable = (typeof ROW_TABLES)[number];

/** The list separator, as in `--format csv`. */
export const LIST_DELIMITER = '; ';

/** A date as the record has it, the year written XXXX where the text gives none (ISO 8601-2 unspecified digits). */
const ISO_PATTERN = '^(?:\\d{4}|XXXX)-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2})?$';

const documentId: FieldDef = { name: 'document_id', type: 'string', required: true, description: 'The document: its id in the input (the JSON line\'s "id", else the file path or the line number); a repeated id gets "#2", "#3" in input order.' };
const eventId: FieldDef = { name: 'event_id', type: 'string', required: true, description: 'The event within its document: "e1", "e2", ... (e1 is the main event).' };
const spanFields = (what: string): FieldDef[] => [
  { name: 'span_start', type: 'integer', required: true, description: `Where ${what} starts in the text that was read (UTF-16 code units, as JavaScript string indices).` },
  { name: 'span_end', type: 'integer', required: true, description: `Where ${what} ends (exclusive).` },
];
const entityField = (name: string, of: string): FieldDef => ({ name, type: 'string', entity: true, description: `The entity id (entities.csv) of ${of}.` });
const toDocuments: ForeignKeyDef = { fields: ['document_id'], resource: 'documents', referenced: ['document_id'] };
const toEvents: ForeignKeyDef = { fields: ['document_id', 'event_id'], resource: 'events', referenced: ['document_id', 'event_id'] };
const toEntities = (field: string): ForeignKeyDef => ({ fields: [field], resource: 'entities', referenced: ['entity_id'] });

export const TABLES: Record<TableName, TableDef> = {
  documents: {
    name: 'documents',
    description: 'One row per document read, failed ones included (with their error).',
    fields: [
      documentId,
      { name: 'source', type: 'string', required: true, description: 'Where it came from: the file, "-" for stdin, or the JSON line\'s "source"/"url".' },
      { name: 'title', type: 'string', description: 'The headline.' },
      { name: 'published', type: 'date', description: 'The publication date (empty when the text gives no year).' },
      { name: 'event_count', type: 'integer', description: 'How many events the document reports (empty for a failed document).' },
      { name: 'quotation_count', type: 'integer', description: 'How many quotations it holds (empty for a failed document).' },
      { name: 'warnings', type: 'array', description: 'What the extraction warns about (a JSON array of strings).' },
      { name: 'error', type: 'string', description: 'Why the document could not be read; empty when it was.' },
    ],
    primaryKey: ['document_id'],
    foreignKeys: [],
  },
  events: {
    name: 'events',
    description: 'One row per event a document reports.',
    fields: [
      documentId, eventId,
      { name: 'name', type: 'string', required: true, description: 'The event\'s name, or the shortest phrase that names it.' },
      { name: 'type', type: 'string', required: true, enum: EVENT_TYPES, description: 'The kind of event.' },
      { name: 'start_date', type: 'date', description: 'The first day (empty when the text gives no year: see start_iso).' },
      { name: 'end_date', type: 'date', description: 'The last day of a multi-day event.' },
      { name: 'start_iso', type: 'string', pattern: ISO_PATTERN, description: 'The start as the record gives it: YYYY-MM-DD or YYYY-MM-DDTHH:mm, the year XXXX when the text gives none.' },
      { name: 'end_iso', type: 'string', pattern: ISO_PATTERN, description: 'The end, written as start_iso.' },
      { name: 'venue', type: 'string', description: 'The venue as written.' },
      { name: 'city', type: 'string', description: 'The city.' },
      { name: 'region', type: 'string', description: 'The region or state.' },
      { name: 'country', type: 'string', description: 'The country.' },
      { name: 'attendance_mode', type: 'string', enum: ATTENDANCE_MODES, description: 'offline, online or mixed, when the text says.' },
      { name: 'participant_count', type: 'integer', description: 'Total participants, when stated.' },
      ...spanFields("the event's name"),
    ],
    primaryKey: ['document_id', 'event_id'],
    foreignKeys: [toDocuments],
  },
  organizers: {
    name: 'organizers',
    description: 'One row per organiser (host, chair, partner, sponsor...) of an event.',
    fields: [
      documentId, eventId,
      { name: 'organizer_index', type: 'integer', required: true, description: 'Its place in the event\'s list of organisers, from 1.' },
      { ...entityField('entity_id', 'the organiser'), required: true },
      { name: 'name', type: 'string', required: true, description: 'The name as the document writes it (its fullest form there).' },
      { name: 'kind', type: 'string', required: true, enum: AGENT_KINDS, description: 'organization, person or country.' },
      { name: 'role', type: 'string', required: true, enum: AGENT_ROLES, description: 'What it did: organizer, co-organizer, host, chair, co-chair, partner or sponsor.' },
      ...spanFields('the name'),
    ],
    primaryKey: ['document_id', 'event_id', 'organizer_index'],
    foreignKeys: [toEvents, toEntities('entity_id')],
  },
  attendees: {
    name: 'attendees',
    description: 'One row per category of people or bodies that attended an event.',
    fields: [
      documentId, eventId,
      { name: 'attendee_index', type: 'integer', required: true, description: 'Its place in the event\'s list of attendee categories, from 1.' },
      { name: 'category', type: 'string', required: true, description: 'The category as written ("international organizations").' },
      { name: 'count', type: 'integer', description: 'How many, when stated.' },
      ...spanFields('the category'),
    ],
    primaryKey: ['document_id', 'event_id', 'attendee_index'],
    foreignKeys: [toEvents],
  },
  speakers: {
    name: 'speakers',
    description: 'One row per person or body that spoke, presented, moderated or sat on a panel at an event.',
    fields: [
      documentId, eventId,
      { name: 'speaker_index', type: 'integer', required: true, description: 'Its place in the event\'s list of speakers, from 1.' },
      { ...entityField('entity_id', 'the speaker'), required: true },
      { name: 'name', type: 'string', required: true, description: 'The name as the document writes it, without honorific or title.' },
      { name: 'kind', type: 'string', required: true, enum: ['person', 'organization'], description: 'person or organization.' },
      { name: 'title', type: 'string', description: 'The person\'s position as written.' },
      { name: 'affiliation', type: 'string', description: 'The body the person speaks for, as written.' },
      entityField('affiliation_entity_id', 'the affiliation'),
      { name: 'roles', type: 'list', description: `What the speaker did, "${LIST_DELIMITER}"-separated: ${SPEAKER_ROLES.join(', ')}.` },
      { name: 'on_behalf_of', type: 'string', description: 'The person whose remarks this speaker delivered.' },
      entityField('on_behalf_of_entity_id', 'that person'),
      ...spanFields('the name'),
    ],
    primaryKey: ['document_id', 'event_id', 'speaker_index'],
    foreignKeys: [toEvents, toEntities('entity_id'), toEntities('affiliation_entity_id'), toEntities('on_behalf_of_entity_id')],
  },
  quotations: {
    name: 'quotations',
    description: 'One row per quotation, in text order.',
    fields: [
      documentId,
      { name: 'quotation_index', type: 'integer', required: true, description: 'Its place among the document\'s quotations, from 1.' },
      { name: 'event_id', type: 'string', description: 'The event the words were said at, when the text places them there (with document_id, a key of events).' },
      entityField('speaker_entity_id', 'the speaker'),
      { name: 'speaker', type: 'string', description: 'Who the words are attributed to, when the text says.' },
      { name: 'delivered_by', type: 'string', description: 'Who delivered the words on the speaker\'s behalf.' },
      entityField('delivered_by_entity_id', 'the deliverer'),
      { name: 'text', type: 'string', required: true, description: 'The words, without the quotation marks.' },
      ...spanFields('the words'),
    ],
    primaryKey: ['document_id', 'quotation_index'],
    // (document_id, event_id) -> events holds for every row with an event_id; it is not declared,
    // since validators check a composite key with one empty part as a missing row.
    foreignKeys: [toDocuments, toEntities('speaker_entity_id'), toEntities('delivered_by_entity_id')],
  },
  entities: {
    name: 'entities',
    description: 'One row per body, person or country across the whole dataset (see the README: entities across releases).',
    fields: [
      { name: 'entity_id', type: 'string', required: true, description: 'The id: kind prefix (org-, per-, cty-) and a hash of the entity\'s canonical key, the same for the same input in any order.' },
      { name: 'name', type: 'string', required: true, description: 'The canonical name: the fullest name documents give it most often.' },
      { name: 'kind', type: 'string', required: true, enum: AGENT_KINDS, description: 'organization, person or country.' },
      { name: 'names', type: 'array', required: true, description: 'Every form seen, most frequent first (a JSON array of strings).' },
      { name: 'document_count', type: 'integer', required: true, description: 'In how many documents it is named.' },
    ],
    primaryKey: ['entity_id'],
    foreignKeys: [],
  },
};

/** A cell before encoding: text, a number, a list (list and array fields), or nothing. */
export type Cell = string | number | string[] | null;

/** One document's contribution, without its id (the main thread adds it). Entity cells are local entity numbers. */
export interface DocumentTables {
  title: string | null;
  published: string | null;
  eventCount: number;
  quotationCount: number;
  warnings: string[];
  rows: Record<RowTable, Cell[][]>;
  entities: LocalEntity[];
}

/** The day of an ISO date when its year is known ("2024-10-09T09:00" -> "2024-10-09"), else null. */
export function dayOf(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

/** The record's date with an unknown year written XXXX ("--10-09" -> "XXXX-10-09"): no cell starts with "-". */
export function isoOf(iso: string | null): string | null {
  return iso?.startsWith('--') ? `XXXX${iso.slice(1)}` : iso;
}

/** A record -> its rows, each without the document id, entities as numbers into `entities`. */
export function documentTables(record: ExtractionRecord): DocumentTables {
  const { entities, refs } = localEntities(record);
  const entity = (ref: EntityRef): number | null => refs.get(refKey(ref)) ?? null;
  const rows: Record<RowTable, Cell[][]> = { events: [], organizers: [], attendees: [], speakers: [], quotations: [] };
  record.events.forEach((e, event) => {
    const loc = e.location;
    rows.events.push([
      e.id, e.name, e.type, dayOf(e.startDate), dayOf(e.endDate), isoOf(e.startDate), isoOf(e.endDate),
      loc?.venue ?? null, loc?.city ?? null, loc?.region ?? null, loc?.country ?? null, e.attendanceMode, e.participantCount,
      e.span.start, e.span.end,
    ]);
    e.organizers.forEach((o, index) => {
      rows.organizers.push([e.id, index + 1, entity({ at: 'organizer', event, index }), o.name, o.kind, o.role, o.span.start, o.span.end]);
    });
    e.attendees.forEach((a, index) => rows.attendees.push([e.id, index + 1, a.category, a.count, a.span.start, a.span.end]));
    e.speakers.forEach((s, index) => {
      rows.speakers.push([
        e.id, index + 1, entity({ at: 'speaker', event, index }), s.name, s.kind, s.title, s.affiliation,
        s.affiliation ? entity({ at: 'affiliation', event, index }) : null, [...s.roles], s.onBehalfOf,
        s.onBehalfOf ? entity({ at: 'onBehalfOf', event, index }) : null, s.span.start, s.span.end,
      ]);
    });
  });
  record.quotations.forEach((q, index) => {
    rows.quotations.push([
      index + 1, q.eventId, q.speaker ? entity({ at: 'quotationSpeaker', index }) : null, q.speaker, q.deliveredBy,
      q.deliveredBy ? entity({ at: 'deliveredBy', index }) : null, q.text, q.span.start, q.span.end,
    ]);
  });
  return {
    title: record.document.title,
    published: record.document.published,
    eventCount: record.events.length,
    quotationCount: record.quotations.length,
    warnings: [...record.warnings],
    rows,
    entities,
  };
}
