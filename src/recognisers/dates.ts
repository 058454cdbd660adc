/**
 * Dates and times: absolute, year-less, ranges, times of day and relative expressions.
 * One linear pass of a few regular expressions over each paragraph; years left out by the text
 * come from the reference date (the publication date), else the date stays `--MM-DD`.
 */
import { addDays, format, isValid, nextDay, previousDay, startOfWeek, subWeeks, type Day } from 'date-fns';
import type { Context } from '../context.js';
import type { PartialDate, DateMention } from '../mentions.js';
import { defineRecogniser } from '../pipeline.js';
import { MONTHS, WEEKDAYS } from '../lexicons/months.js';
import { calendarDate, findTimes } from '../text/dates.js';

export { TIME, findTimes } from '../text/dates.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![\\p{L}])';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]|20)\\d{2}';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\.?)(?![\\p{L}])';
// separators inside a day list or range: "12-15", "25 to 26", "11 and 13", "01, 02 & 08"
// each separator has one way to match (no two optional spaces side by side), so the day list
// cannot backtrack more than linearly
const RANGE_SEP = '(?: ?[-–—] ?|\\s(?:to|until|till|through|thru)\\s)';
const SEP = '(?: ?[-–—] ?|\\s(?:to|until|till|through|thru|and|&)\\s|,\\s(?:and\\s)?|,(?=\\d))';

/**
 * One pattern, several shapes (named groups), tried in this order at each position:
 *  - cross-month day first: "30 September – 2 October 2024", "24 September to 6 October"
 *  - cross-month month first: "Oct. 19 to Nov. 18, 2018"
 *  - day first with a day list or range: "12-15 November", "11 and 13 September 2022", "2 Oct"
 *  - month first: "October 2, 2024", "September 21-24, 2020", "September 01, 02 & 08"
 *  - numeric: "2024-10-02", "12/21/2023"
 */
const DATE_SOURCE =
  `(?:(?<wd>${WEEKDAY}),?\\s{1,3}(?:the\\s{1,3})?)?(?:` +
  `(?<xd1>${DAY})\\s{1,3}(?:of\\s{1,3})?(?<xm1>${MONTH}),?(?:\\s{1,3}(?<xy1>${YEAR}))?${RANGE_SEP}(?:${WEEKDAY},?\\s{1,3})?(?<xd2>${DAY})\\s{1,3}(?:of\\s{1,3})?(?<xm2>${MONTH})(?:,?\\s{1,3}(?<xy2>${YEAR}))?` +
  `|(?<ym1>${MONTH})\\s{1,3}(?<yd1>${DAY}),?(?:\\s{1,3}(?<yy1>${YEAR}))?${RANGE_SEP}(?:${WEEKDAY},?\\s{1,3})?(?<ym2>${MONTH})\\s{1,3}(?<yd2>${DAY})(?:,?\\s{1,3}(?<yy2>${YEAR}))?` +
  // ("from Friday 14 to Sunday 16 March": a weekday may name the second day too)
  `|(?<dd>${DAY}(?:${SEP}(?:${WEEKDAY},?\\s{1,3})?${DAY}){0,2})\\s{1,3}(?:of\\s{1,3})?(?<dm>${MONTH})(?:,?\\s{1,3}(?<dy>${YEAR}))?` +
  `|(?<mm>${MONTH})\\s{1,3}(?<md>${DAY}(?:${SEP}${DAY}){0,2})(?!\\s{0,3}(?:[:%]|\\d|million|percent|per\\s{1,3}cent))(?:,?\\s{1,3}(?<my>${YEAR}))?` +
  `|(?<iso>${YEAR}-[01]\\d-[0-3]\\d)` +
  `|(?<num>[01]?\\d/[0-3]?\\d/${YEAR})` +
  `)(?![\\p{L}\\d])`;
export const DATE = new RegExp(`(?<![\\p{L}\\d])${DATE_SOURCE}`, 'giu');

/** "yesterday", "on Tuesday", "next Monday", "last week", "on the same day". */
export const RELATIVE = new RegExp(
  '\\b(?:(?<word>yesterday|today|tomorrow|tonight|last\\s+night|this\\s+(?:morning|afternoon|evening))' +
    `|(?<rel>next|last|this|on|coming|upcoming)\\s+(?<wday>${WEEKDAY})` +
    '|(?<week>(?:last|next|this)\\s+week)' +
    '|(?<same>(?:on\\s+)?the\\s+same\\s+day))\\b',
  'giu',
);

const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, '')] ?? 0;
const dayOf = (s: string): number => parseInt(s, 10);

function partial(year: number | null, month: number, day: number): PartialDate | null {
  if (!month) return null;
  if (!calendarDate(year ?? 2000, month, day)) return null;
  return { year, month, day, hour: null, minute: null };
}

/** ISO form; a missing year comes from the reference date, else `--MM-DD`. */
export function isoOf(d: PartialDate, reference: Date | null): string {
  const year = d.year ?? reference?.getFullYear() ?? null;
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day).padStart(2, '0');
  if (year === null) return `--${mm}-${dd}`;
  const date = new Date(year, d.month - 1, d.day, d.hour ?? 0, d.minute ?? 0);
  if (!isValid(date)) return `--${mm}-${dd}`;
  return d.hour !== null ? format(date, "yyyy-MM-dd'T'HH:mm") : format(date, 'yyyy-MM-dd');
}

function fromDate(d: Date): PartialDate {
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: null, minute: null };
}

/** A range across months; a start year left out is the end's, or the year before when the months wrap. */
function crossMonthRange(d1: string, m1: string, y1Text: string | undefined, d2: string, m2: string, y2Text: string | undefined): { from: PartialDate; to: PartialDate } | null {
  const y2 = y2Text ? Number(y2Text) : null;
  const y1 = y1Text ? Number(y1Text) : y2 !== null && monthOf(m1) > monthOf(m2) ? y2 - 1 : y2;
  const from = partial(y1, monthOf(m1), dayOf(d1));
  const to = partial(y2, monthOf(m2), dayOf(d2));
  return from && to ? { from, to } : null;
}

/** Reads one DATE match into a start and an end day. */
export function readDateMatch(g: Record<string, string | undefined>): { from: PartialDate; to: PartialDate | null } | null {
  // "30 September – 2 October 2024" (day first) and "September 30 – October 2, 2024" (month first)
  if (g.xd1 && g.xm1 && g.xd2 && g.xm2) return crossMonthRange(g.xd1, g.xm1, g.xy1, g.xd2, g.xm2, g.xy2);
  if (g.ym1 && g.yd1 && g.ym2 && g.yd2) return crossMonthRange(g.yd1, g.ym1, g.yy1, g.yd2, g.ym2, g.yy2);
  const days = g.dd ?? g.md;
  const monthName = g.dm ?? g.mm;
  if (days && monthName) {
    const year = g.dy ?? g.my;
    const list = days.match(/\d{1,2}/g)!.map(Number);
    const month = monthOf(monthName);
    const from = partial(year ? Number(year) : null, month, list[0]!);
    const last = list.length > 1 ? partial(year ? Number(year) : null, month, list[list.length - 1]!) : null;
    if (!from) return null;
    if (last && last.day <= from.day) return { from, to: null };
    return { from, to: last };
  }
  if (g.iso) {
    const [y, m, d] = g.iso.split('-').map(Number) as [number, number, number];
    const from = partial(y, m, d);
    return from ? { from, to: null } : null;
  }
  if (g.num) {
    const [a, b, y] = g.num.split('/').map(Number) as [number, number, number];
    const from = a > 12 ? partial(y, b, a) : partial(y, a, b);
    return from ? { from, to: null } : null;
  }
  return null;
}

/**
 * "on the 14th", "on the 3rd, ...": a day of the month alone, read in the month of the reference date. Not
 * "on the 14th floor" or "on the 2nd day": punctuation, the end or a word in lower case that is no noun of counting may follow.
 */
const DAY_OF_MONTH = /\b[Oo]n\s+the\s+(?<day>[12]?\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:this|the)\s+month)?(?=\s*(?:$|[,.;:)–—]|\s(?!(?:floor|day|anniversary|edition|session|meeting|century|annual|round|minute|hole|lap|storey|story|place|time|floors|street|avenue|of|year|week|month|birthday|general|ordinary|regional|national|international)\b)[a-z]))/g;

/** The day of the month `day` nearest the reference in the sentence's tense: this month, the last or the next. */
function dayOfMonth(day: number, reference: { month: number; day: number; year: number | null }, sentence: string): PartialDate | null {
  let { month, year } = reference;
  const past = PAST.test(sentence) && !FUTURE.test(sentence);
  if (past && day > reference.day) month -= 1;
  else if (!past && FUTURE.test(sentence) && day < reference.day) month += 1;
  if (month < 1) { month = 12; if (year !== null) year -= 1; }
  if (month > 12) { month = 1; if (year !== null) year += 1; }
  return partial(year, month, day);
}

/**
 * "from Tuesday to Thursday", "Monday through Wednesday", "between Friday and Sunday", "on Saturday and Sunday": two
 * weekdays that bound one stay ("and" alone only for two days in a row: "Monday and Wednesday" are two days apart).
 */
const WEEKDAY_RANGE = /(?<![\p{L}])(?:(?<opener>[Ff]rom|[Bb]etween)\s)?(?<wd1>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s(?<sep>to|through|till|until|and|-|–)\s(?<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/gu;

/**
 * The days of a weekday range against the reference: in a sentence that looks ahead, from the next first
 * weekday on; otherwise ending on the last second weekday (the reference day itself when it is that weekday).
 */
/** Before a weekday range, words of opening hours: "is open Monday to Friday", "office hours: Monday–Friday". */
const OPENING_HOURS = /\b(?:open|opens|hours|closed|available|staffed)[\s:,]{1,3}(?:from\s)?$/i;

function weekdayRange(g: Record<string, string | undefined>, sentence: string, reference: Date): { from: PartialDate; to: PartialDate } | null {
  const a = WEEKDAYS[g.wd1!.toLowerCase()];
  const b = WEEKDAYS[g.wd2!.toLowerCase()];
  if (a === undefined || b === undefined || a === b) return null;
  const length = (b - a + 7) % 7;
  if (g.sep === 'and' && !g.opener && length !== 1) return null;
  const ahead = FUTURE.test(sentence) || (SCHEDULED.test(sentence) && !PAST.test(sentence));
  if (ahead) {
    const start = reference.getDay() === a ? reference : nextDay(reference, a as Day);
    return { from: fromDate(start), to: fromDate(addDays(start, length)) };
  }
  const end = reference.getDay() === b ? reference : previousDay(reference, b as Day);
  return { from: fromDate(addDays(end, -length)), to: fromDate(end) };
}

/** A weekday written in full with a capital, alone (the relative forms are RELATIVE's). */
const BARE_WEEKDAY = /(?<![\p{L}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\p{L}])/gu;
/** A date in brackets or after a comma right after a weekday: "Thursday [6 February]", "Thursday (April 12)", "Monday, 3 May". */
const DATE_BESIDE = new RegExp(`^,?\\s?[(\\[]?\\s?(?:\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}|${MONTH}\\s\\d)`, 'u');

/** The tense of a sentence, for a weekday with no date: "will hold ... on Tuesday" looks ahead. */
// (not "would be held": reported speech's future may be a day already past when the release is published)
const FUTURE = /\b(?:will|shall|expected|planned|to be held|is to|are to|upcoming|scheduled|set to|plans? to|invited to)\b/i;
/** A programme in the present tense ("the course ends on Thursday", "it resumes Monday") looks ahead when nothing in the sentence is past. */
const SCHEDULED = /\b(?:begins|starts|opens|ends|closes|concludes|resumes|continues|runs|wraps up)\s(?:on\s|through\s|until\s|till\s)?(?:next\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;

function relativeDate(g: Record<string, string | undefined>, sentence: string, reference: Date): { from: PartialDate; precision: DateMention['precision'] } | null {
  if (g.word) {
    const w = g.word.toLowerCase().replace(/\s+/g, ' ');
    const shift = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
    return { from: fromDate(addDays(reference, shift)), precision: 'relative' };
  }
  if (g.wday && g.rel) {
    const wd = WEEKDAYS[g.wday.toLowerCase().replace(/\.$/, '')];
    if (wd === undefined) return null;
    const rel = g.rel.toLowerCase();
    const day = wd as Day;
    if (reference.getDay() === wd && rel === 'on') return { from: fromDate(reference), precision: 'relative' };
    const ahead = rel === 'next' || rel === 'coming' || rel === 'upcoming' || ((rel === 'on' || rel === 'this') && (FUTURE.test(sentence) || (SCHEDULED.test(sentence) && !PAST.test(sentence))));
    const d = ahead ? nextDay(reference, day) : previousDay(reference, day);
    return { from: fromDate(d), precision: 'relative' };
  }
  if (g.week) {
    const w = g.week.toLowerCase();
    const base = w.startsWith('last') ? subWeeks(reference, 1) : w.startsWith('next') ? addDays(reference, 7) : reference;
    return { from: fromDate(startOfWeek(base, { weekStartsOn: 1 })), precision: 'week' };
  }
  return null;
}

const PAST = /\b(?:was|were|held|took place|concluded|ended|attended|participated|gathered|convened|hosted|organi[sz]ed|conducted|delivered|launched|opened)\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start)) + 1;
  const stop = text.indexOf('. ', end);
  return text.slice(from, stop < 0 ? text.length : stop);
}

/** The year of a day written without one: the reference year unless the tense says otherwise. */
export function likelyYear(d: PartialDate, reference: Date, sentence: string): number {
  const year = reference.getFullYear();
  const days = (new Date(year, d.month - 1, d.day).getTime() - reference.getTime()) / 86_400_000;
  if (days < -45 && FUTURE.test(sentence)) return year + 1;
  if (days > 90 && PAST.test(sentence) && !FUTURE.test(sentence)) return year - 1;
  return year;
}

/** A day known without its year (a year-less dateline's): "today" and "yesterday" can still be read against it. */
export interface PartialReference {
  month: number;
  day: number;
  /** Where the dateline that gives the day stands. */
  span?: { start: number; end: number };
}

/** "today", "yesterday", "tomorrow" against a day with no year: the month and day, the year left out. */
function dayShift(word: string, partial: PartialReference): PartialDate {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const shift = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
  // a common year: a dateline of 1 March makes "yesterday" 28 February
  const d = addDays(new Date(2001, partial.month - 1, partial.day), shift);
  return { year: null, month: d.getMonth() + 1, day: d.getDate(), hour: null, minute: null };
}

/** All date mentions of one stretch of text (offsets shifted by `offset`). */
export function findDates(text: string, offset: number, reference: Date | null, previous: DateMention | null = null, partial: PartialReference | null = null): DateMention[] {
  const out: DateMention[] = [];
  const taken: [number, number][] = [];
  // every shape of DATE holds a digit: a paragraph without one is not scanned position by position
  const dated = /\d/.test(text);
  for (const m of dated ? text.matchAll(DATE) : []) {
    const g = m.groups!;
    // a month name in lower case ("may", "march") is a verb, not a date
    if ([g.xm1, g.ym1, g.dm, g.mm].some((name) => name !== undefined && /^[a-z]/.test(name))) continue;
    const read = readDateMatch(g);
    if (!read) continue;
    const start = m.index!;
    let end = start + m[0].length;
    let { from, to } = read;
    // "... 24 September to 6 October this year": the year of the reference date
    const thisYear = /^,?\s+(?:this|last|next)\s+year\b/i.exec(text.slice(end));
    if (thisYear && reference && from.year === null) {
      const shift = /last/i.test(thisYear[0]) ? -1 : /next/i.test(thisYear[0]) ? 1 : 0;
      const y = reference.getFullYear() + shift;
      from = { ...from, year: y };
      if (to && to.year === null) to = { ...to, year: y };
      end += thisYear[0].length;
    }
    // no year: the reference year, or the next one for a date already past in a sentence about
    // the future ("will be held on 4 March", published in October), the last one the other way
    if (from.year === null && reference) {
      const sentence = sentenceAround(text, start, end);
      const year = likelyYear(from, reference, sentence);
      if (year !== reference.getFullYear()) {
        from = { ...from, year };
        if (to && to.year === null) to = { ...to, year: to.month < from.month ? year + 1 : year };
      }
    }
    if (to && to.year === null && from.year !== null) to = { ...to, year: to.month < from.month ? from.year + 1 : from.year };
    if (from.year === null && to?.year != null) from = { ...from, year: to.year };
    taken.push([start, end]);
    out.push(mention(text, offset, start, end, from, to, reference, 'date'));
  }
  if (reference) {
    for (const m of text.matchAll(WEEKDAY_RANGE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a) || DATE_BESIDE.test(text.slice(end, end + 24))) continue;
      // ("The branch is open Monday through Saturday": opening hours, no stay)
      if (OPENING_HOURS.test(text.slice(Math.max(0, start - 24), start))) continue;
      const r = weekdayRange(m.groups!, sentenceAround(text, start, end), reference);
      if (r) { out.push(mention(text, offset, start, end, r.from, r.to, reference, 'relative')); taken.push([start, end]); }
    }
    for (const m of text.matchAll(RELATIVE)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const g = m.groups!;
      if (g.same) {
        const before = [...out].reverse().find((d) => d.start - offset < start) ?? previous;
        if (before) out.push({ ...before, start: offset + start, end: offset + end, text: m[0] });
        continue;
      }
      // "on Thursday [6 February]", "Thursday (April 12)": the date written beside the weekday says which one
      if (g.wday && DATE_BESIDE.test(text.slice(end, end + 24))) continue;
      const r = relativeDate(g, sentenceAround(text, start, end), reference);
      if (r) { out.push(mention(text, offset, start, end, r.from, null, reference, r.precision)); taken.push([start, end]); }
    }
    for (const m of text.matchAll(DAY_OF_MONTH)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const d = dayOfMonth(dayOf(m.groups!.day!), { year: reference.getFullYear(), month: reference.getMonth() + 1, day: reference.getDate() }, sentenceAround(text, start, end));
      if (d) { out.push(mention(text, offset, start, end, d, null, reference, 'relative')); taken.push([start, end]); }
    }
    // a weekday alone ("a public conversation Thursday evening", "the council met Tuesday"), read as "on Thursday"
    for (const m of text.matchAll(BARE_WEEKDAY)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a) || DATE_BESIDE.test(text.slice(end, end + 24))) continue;
      const r = relativeDate({ rel: 'on', wday: m[0] }, sentenceAround(text, start, end), reference);
      if (r) out.push(mention(text, offset, start, end, r.from, null, reference, r.precision));
    }
  } else if (partial) {
    for (const m of text.matchAll(RELATIVE)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (!m.groups!.word || taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      out.push(mention(text, offset, start, end, dayShift(m.groups!.word, partial), null, null, 'relative'));
    }
    for (const m of text.matchAll(DAY_OF_MONTH)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const d = dayOfMonth(dayOf(m.groups!.day!), { year: null, month: partial.month, day: partial.day }, sentenceAround(text, start, end));
      if (d) { out.push(mention(text, offset, start, end, d, null, null, 'relative')); taken.push([start, end]); }
    }
    // "KHARTOUM, Jan. 23 (UPI) -- The summit opened in Khartoum Monday": with no year to count weekdays from, a wire
    // story's weekday in a sentence of what has happened is the dateline's own day (only where the dateline stands)
    if (partial.span && partial.span.start >= offset && partial.span.end <= offset + text.length) {
      for (const m of text.matchAll(BARE_WEEKDAY)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a) || start < partial.span.end - offset) continue;
        const sentence = sentenceAround(text, start, end);
        if (FUTURE.test(sentence) || /\b(?:next|last|coming|previous)\s$/i.test(text.slice(Math.max(0, start - 10), start))) continue;
        out.push(mention(text, offset, start, end, dayShift('today', partial), null, null, 'relative'));
        break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return attachTimes(text, offset, out, reference);
}

function mention(text: string, offset: number, start: number, end: number, from: PartialDate, to: PartialDate | null, reference: Date | null, precision: DateMention['precision']): DateMention {
  return {
    start: offset + start, end: offset + end, text: text.slice(start, end), from, to,
    ...isoPair(from, to, reference), precision, published: false,
  };
}

function isoPair(from: PartialDate, to: PartialDate | null, reference: Date | null): { iso: string; isoEnd: string | null } {
  const iso = isoOf(from, reference);
  let isoEnd = to ? isoOf(to, reference) : null;
  if (isoEnd && isoEnd.slice(0, 10) === iso.slice(0, 10)) isoEnd = null;
  return { iso, isoEnd };
}

/** A time in the same sentence (or on a "Time:" line right after a "Date:" line) goes with the date. */
function attachTimes(text: string, offset: number, dates: DateMention[], reference: Date | null): DateMention[] {
  if (!dates.length) return dates;
  const times = findTimes(text).filter((t) => !dates.some((d) => t.start < d.end - offset && t.end > d.start - offset));
  for (const t of times) {
    // the nearest date before the time within 160 characters and no sentence end between, else after
    const before = [...dates].reverse().find((d) => d.end - offset <= t.start && t.start - (d.end - offset) < 160 && !/[.!?]\s+[A-Z]/.test(text.slice(d.end - offset, t.start)));
    const after = dates.find((d) => d.start - offset >= t.end && d.start - offset - t.end < 60 && !/[.!?]\s/.test(text.slice(t.end, d.start - offset)));
    const d = before ?? after;
    if (!d || d.from.hour !== null || d.precision === 'week') continue;
    d.from = { ...d.from, hour: t.hour, minute: t.minute };
    Object.assign(d, isoPair(d.from, d.to, reference));
  }
  return dates;
}

/** A date near the start of a paragraph and followed by a dash or colon is a dateline's date. */
function isDateline(paragraph: string, dateStart: number, dateEnd: number): boolean {
  if (/:/.test(paragraph.slice(0, dateStart)) || dateStart > 80) return false;
  return /^\s{0,3}\)?\s{0,3}(?:\([^()]{1,30}\)\s{0,3})?[–—:-]/.test(paragraph.slice(dateEnd, dateEnd + 40));
}

export const dateRecogniser = defineRecogniser({
  name: 'dates',
  kind: 'dates',
  recognise(ctx: Context): DateMention[] {
    const { doc } = ctx;
    const out: DateMention[] = [];
    const published = doc.published?.span;
    const dateline = doc.datelineDay?.span;
    // paragraphs one by one, so a time never jumps to another paragraph's date; a "Date:" line
    // and a "Time:" line that follows it are read together
    const paras = doc.paragraphs;
    for (let i = 0; i < paras.length; i++) {
      const p = paras[i]!;
      let stretch = p.text;
      const next = paras[i + 1];
      // "Date: ... / Time: ... / Location: ...": a notice's event block, even where it was taken for the header
      const eventBlock = /^\s*(?:date|when)\s*:/i.test(p.text) && !!next && /^\s*(?:time|location|venue|where|place)\s*:/i.test(next.text);
      if (next && /^\s*(?:date|when)\s*:/i.test(p.text) && /^\s*time\s*:/i.test(next.text)) {
        stretch = doc.text.slice(p.start, next.end);
        i++;
      }
      for (const d of findDates(stretch, p.start, ctx.referenceDate, out[out.length - 1] ?? null, ctx.referenceDate ? null : doc.datelineDay)) {
        if (published && d.start <= published.start && d.end >= published.end && !eventBlock) d.published = true;
        // a year-less dateline ("BEIJING, July 23 (Xinhua) --", "Baku, Azerbaijan, Aug. 31") gives the release's day
        if (dateline && d.start <= dateline.start && d.end >= dateline.end) d.published = true;
        // the dateline ("VIENNA, 10 April 2024 –") or a header line repeats the publication date
        if (!eventBlock && doc.published && d.iso.slice(0, 10) === doc.published.iso && (d.end <= doc.headerEnd || (d.start - p.start < 120 && isDateline(p.text, d.start - p.start, d.end - p.start)))) d.published = true;
        out.push(d);
      }
    }
    return out;
  },
});
