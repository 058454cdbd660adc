/**
 * Absolute calendar dates as written in English news text, shared by the document model
 * (publication date) and the date recogniser. Only whole dates with a year live here.
 */
import { isValid } from 'date-fns';
import { MONTHS } from '../lexicons/months.js';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export const MONTH_NAME_SOURCE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY_NAME = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
const ORDINAL_DAY = '\\d{1,2}(?:st|nd|rd|th)?';

/** Source of one absolute date; groups: dmyDay dmyMonth dmyYear | mdyMonth mdyDay mdyYear | iso | numeric. */
export const ABSOLUTE_DATE_SOURCE =
  `(?:${WEEKDAY_NAME}\\.?,?\\s+)?(?:` +
  `(?<dmyDay>${ORDINAL_DAY})\\s+(?:of\\s+)?(?<dmyMonth>${MONTH_NAME_SOURCE})\\.?,?\\s+(?<dmyYear>\\d{4})` +
  `|(?<mdyMonth>${MONTH_NAME_SOURCE})\\.?\\s+(?<mdyDay>${ORDINAL_DAY}),?\\s+(?<mdyYear>\\d{4})` +
  `|(?<iso>\\d{4}-\\d{2}-\\d{2})` +
  `|(?<numeric>\\d{1,2}/\\d{1,2}/\\d{4})` +
  `)`;

export const ABSOLUTE_DATE = new RegExp(`\\b${ABSOLUTE_DATE_SOURCE}\\b`, 'i');

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/** A real day of the calendar (no 31 April), checked with date-fns. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(year, month - 1, day);
  if (!isValid(d) || d.getMonth() !== month - 1 || d.getDate() !== day) return null;
  return { year, month, day };
}

/** Reads the groups of an ABSOLUTE_DATE match. Numeric dates are read month first unless that is impossible. */
export function readAbsoluteDate(groups: Record<string, string | undefined>): CalendarDate | null {
  if (groups.dmyDay && groups.dmyMonth && groups.dmyYear) {
    const m = monthNumber(groups.dmyMonth);
    return m ? calendarDate(Number(groups.dmyYear), m, parseInt(groups.dmyDay, 10)) : null;
  }
  if (groups.mdyDay && groups.mdyMonth && groups.mdyYear) {
    const m = monthNumber(groups.mdyMonth);
    return m ? calendarDate(Number(groups.mdyYear), m, parseInt(groups.mdyDay, 10)) : null;
  }
  if (groups.iso) {
    const [y, m, d] = groups.iso.split('-').map(Number) as [number, number, number];
    return calendarDate(y, m, d);
  }
  if (groups.numeric) {
    const [a, b, y] = groups.numeric.split('/').map(Number) as [number, number, number];
    return a > 12 ? calendarDate(y, b, a) : calendarDate(y, a, b);
  }
  return null;
}

/**
 * Day first with dots or dashes ("02.12.2015", "15-1- 2016"): the European and African numeric
 * forms (month-first numeric dates are written with slashes). Kept apart from ABSOLUTE_DATE_SOURCE.
 */
export const DOTTED_DATE = /(?<![\d.-])(\d{1,2})[.-] ?(\d{1,2})[.-] ?(\d{4})(?![\d.-])/;

/** The first absolute date in `text`, with its offsets in `text`; a day-first numeric date when there is no other. */
export function findAbsoluteDate(text: string): { date: CalendarDate; start: number; end: number } | null {
  const m = ABSOLUTE_DATE.exec(text);
  if (m?.groups) {
    const date = readAbsoluteDate(m.groups);
    return date ? { date, start: m.index, end: m.index + m[0].length } : null;
  }
  const d = DOTTED_DATE.exec(text);
  const date = d && calendarDate(Number(d[3]), Number(d[2]), Number(d[1]));
  return d && date ? { date, start: d.index, end: d.index + d[0].length } : null;
}

export function isoDate(d: CalendarDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

// ---- times of day ------------------------------------------------------------------------

const TIME_SOURCE = '(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ap>[ap]\\.?\\s?m\\.?|hrs?|hours)?';
/** "at 10 a.m.", "from 6:30 p.m. to 7:30 p.m.", "14:00-16:00", "Time: 3:00 pm", "10:00 to 11:00 hours". */
export const TIME = new RegExp(`(?<![\\p{L}\\d:.])${TIME_SOURCE}(?![\\p{L}\\d]|:\\d)`, 'giu');

export interface TimeOfDay {
  hour: number;
  minute: number;
  start: number;
  end: number;
}

/** Times in `text` (offsets relative to it); a bare number is a time only with a.m./p.m. or a colon. */
export function findTimes(text: string): TimeOfDay[] {
  const out: TimeOfDay[] = [];
  for (const m of text.matchAll(TIME)) {
    const g = m.groups!;
    const ap = g.ap?.toLowerCase().replace(/[.\s]/g, '');
    if (!g.min && !(ap === 'am' || ap === 'pm')) continue;
    if (g.min && !ap && m[0].includes('.')) continue; // "3.5" is a number, not a time
    let hour = Number(g.h);
    if (ap === 'pm' && hour < 12) hour += 12;
    if (ap === 'am' && hour === 12) hour = 0;
    if (hour > 23) continue;
    out.push({ hour, minute: g.min ? Number(g.min) : 0, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

