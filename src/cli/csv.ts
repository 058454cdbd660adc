/**
 * CSV for spreadsheets and data frames: a row per event (or per quotation), each starting with the
 * document's id and source. Cells that a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) get a leading apostrophe, the OWASP advice against CSV injection.
 */
import { stringify } from 'csv-stringify/sync';
import type { EventRecord, ExtractionRecord } from '../record.js';

export const EVENT_COLUMNS = [
  'id', 'source', 'title', 'published', 'event_id', 'event_name', 'event_type', 'start_date', 'end_date',
  'venue', 'city', 'region', 'country', 'attendance_mode', 'organizers', 'organizer_count', 'attendees',
  'participant_count', 'speakers', 'speaker_count', 'quotation_count', 'warnings', 'error',
] as const;

export const QUOTATION_COLUMNS = [
  'id', 'source', 'title', 'published', 'quotation_index', 'event_id', 'speaker', 'delivered_by', 'text',
  'span_start', 'span_end', 'error',
] as const;

type Cell = string | number | null;

/** A cell a spreadsheet would read as a formula gets a leading apostrophe; other values pass as they are. */
export function neutraliseCell(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  // A lone "-" (stdin as source) is no formula and stays as it is.
  return value !== '-' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Joins list items with "; " (the separator spreadsheets and pandas users split on). */
const join = (items: readonly string[]): string => items.join('; ');

/** quotation_count is the document's (quotations are not always placed at one event). */
function eventCells(e: EventRecord, quotationCount: number): Cell[] {
  const organizers = join(e.organizers.map((o) => `${o.name} (${o.role})`));
  const speakers = join(e.speakers.map((s) => (s.title || s.affiliation ? `${s.name} (${[s.title, s.affiliation].filter(Boolean).join(', ')})` : s.name)));
  const attendees = join(e.attendees.map((a) => (a.count != null ? `${a.category} (${a.count})` : a.category)));
  return [
    e.id, e.name, e.type, e.startDate, e.endDate, e.location?.venue ?? null, e.location?.city ?? null,
    e.location?.region ?? null, e.location?.country ?? null, e.attendanceMode, organizers, e.organizers.length,
    attendees, e.participantCount, speakers, e.speakers.length, quotationCount,
  ];
}

function toCsv(rows: Cell[][], header: readonly string[] | null): string {
  const safe = rows.map((row) => row.map(neutraliseCell));
  return stringify(header ? [header as unknown as Cell[], ...safe] : safe, { cast: { number: (n) => String(n) } });
}

export function csvHeader(quotations: boolean): string {
  return toCsv([], quotations ? QUOTATION_COLUMNS : EVENT_COLUMNS);
}

/**
 * The rows of one document. A document without events (or quotations) still gets one row, with
 * the event (quotation) cells empty, so no document silently drops out of the table.
 */
export function csvRows(id: string | number, source: string, record: ExtractionRecord, quotations: boolean): string {
  const doc: Cell[] = [id, source, record.document.title, record.document.published];
  const warnings = join(record.warnings);
  if (quotations) {
    const rows = record.quotations.map((q, i): Cell[] => [...doc, i + 1, q.eventId, q.speaker, q.deliveredBy, q.text, q.span.start, q.span.end, null]);
    return toCsv(rows.length ? rows : [[...doc, null, null, null, null, null, null, null, null]], null);
  }
  const rows = record.events.map((e): Cell[] => [...doc, ...eventCells(e, record.quotations.length), warnings, null]);
  const empty = EVENT_COLUMNS.length - doc.length - 3;
  return toCsv(rows.length ? rows : [[...doc, ...Array<Cell>(empty).fill(null), record.quotations.length, warnings, null]], null);
}

/** The row of a document that could not be read: id, source and the error, the rest empty. */
export function csvErrorRow(id: string | number, source: string, error: string, quotations: boolean): string {
  const width = (quotations ? QUOTATION_COLUMNS : EVENT_COLUMNS).length;
  const row: Cell[] = Array<Cell>(width).fill(null);
  row[0] = id;
  row[1] = source;
  row[width - 1] = error;
  return toCsv([row], null);
}
