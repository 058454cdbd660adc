/**
 * The document model: built once per input and shared by every recogniser and resolver.
 * The input string is never altered; every offset here indexes it as given.
 */
import nlp from 'compromise';
import { ABOUT_EVENT_WORDS, ABOUT_LINE, LINE_CUES, TRAILER_CUES } from './lexicons/boilerplate.js';
import { ABSOLUTE_DATE_SOURCE, calendarDate, findAbsoluteDate, isoDate, MONTH_NAME_SOURCE, monthNumber, type CalendarDate } from './text/dates.js';
import type { Span } from './record.js';

export type CompromiseView = ReturnType<typeof nlp>;

export interface Segment extends Span {
  /** `document.text.slice(start, end)`, kept for convenience. */
  text: string;
}

export interface Sentence extends Segment {
  index: number;
  paragraph: number;
}

export interface Paragraph extends Segment {
  index: number;
  sentences: Sentence[];
}

/** One word of the compromise parse, with its offsets in the original text. */
export interface Token extends Span {
  text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after the word, as compromise split them. */
  pre: string;
  post: string;
  sentence: number;
}

export interface PublicationDate {
  date: CalendarDate;
  iso: string;
  span: Span;
}

export class Document {
  readonly text: string;
  /** Where the release body ends: web-page furniture after it is not read. */
  readonly bodyEnd: number;
  readonly paragraphs: readonly Paragraph[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  /** The headline, when the first lines hold one. */
  readonly title: Segment | null;
  readonly published: PublicationDate | null;
  /** The day of a dateline written without a year ("Kathmandu, August 15", "BEIJING, July 23 (Xinhua) --"). */
  readonly datelineDay: DayOfYear | null;
  /** Lines before the first body paragraph (title, site name, date, byline): not read as body. */
  readonly headerEnd: number;
  readonly #view: CompromiseView;
  #chunked = false;

  constructor(text: string) {
    this.text = text;
    // A trailer cue ends the body only after some of it: a cookie notice or a "Share this:" line above the
    // article (as scraped pages have them) is dropped where it stands, like a line cue.
    const isTrailer = (l: Segment) => TRAILER_CUES.some((cue) => cue.test(l.text)) || (ABOUT_LINE.test(l.text) && !ABOUT_EVENT_WORDS.test(l.text));
    let prose = false;
    const lines = splitLines(text).filter((l) => {
      if (LINE_CUES.some((cue) => cue.test(l.text)) || isMenuLine(l.text)) return false;
      if (!prose && isTrailer(l)) return false;
      if (!prose && isProse(l.text)) prose = true;
      return true;
    });
    const trailer = lines.findIndex((l, i) => i > 0 && isTrailer(l));
    const bodyLines = trailer < 0 ? lines : lines.slice(0, trailer);
    this.bodyEnd = trailer < 0 ? text.length : lines[trailer]!.start;

    const header = readHeader(text, bodyLines);
    this.title = header.title;
    this.published = header.published ?? closingDate(lines);
    this.datelineDay = header.datelineDay;
    this.headerEnd = header.end;

    const parsed = parseInPieces(text.slice(0, this.bodyEnd));
    this.#view = parsed.view;
    this.tokens = parsed.tokens;
    const paragraphs = joinWrappedLines(text, bodyLines);
    const paras: Paragraph[] = paragraphs.map((p, index) => ({ ...p, index, sentences: [] }));
    this.sentences = sentencesOf(text, this.tokens, paras);
    this.paragraphs = paras;
  }

  /**
   * The one compromise parse of `text.slice(0, bodyEnd)`, so its offsets equal ours. The pipeline
   * reads the first-pass tags; on first access here compromise's post-tagger and phrase chunker run
   * on the same terms, so this view (and `tokens[i].tags`, which share its tag sets) is then the
   * full parse of a bare `nlp(text)`.
   */
  get nlp(): CompromiseView {
    if (!this.#chunked) {
      this.#chunked = true;
      this.#view.compute('postTagger');
      this.#view.compute('chunks');
    }
    return this.#view;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** The paragraph that holds offset `at`, if any. */
  paragraphAt(at: number): Paragraph | undefined {
    return segmentAt(this.paragraphs, at);
  }

  /** The sentence that holds offset `at`, if any. */
  sentenceAt(at: number): Sentence | undefined {
    return segmentAt(this.sentences, at);
  }

  /** The tokens that lie inside `span`. */
  tokensIn(span: Span): Token[] {
    const out: Token[] = [];
    for (let i = firstEndingAfter(this.tokens, span.start); i < this.tokens.length; i++) {
      const t = this.tokens[i]!;
      if (t.start >= span.end) break;
      if (t.start >= span.start && t.end <= span.end) out.push(t);
    }
    return out;
  }
}

// Segments and tokens are sorted and do not overlap, so lookups are binary searches: callers
// ask once per mention, and a linear scan there made extract quadratic on long inputs.

/** Index of the first item whose end lies after `at` (items sorted by start and end). */
function firstEndingAfter(items: readonly Span[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function segmentAt<T extends Span>(items: readonly T[], at: number): T | undefined {
  const item = items[firstEndingAfter(items, at)];
  return item && item.start <= at && at < item.end ? item : undefined;
}

/** A site's menu: three or more short capitalised items between bars ("Local | Business | Opinion | Sports"). */
function isMenuLine(line: string): boolean {
  if (line.length > 120 || !line.includes('|')) return false;
  const items = line.split('|').map((x) => x.trim());
  // (not a source line: "Source: Xinhua| 2018-07-23 16:54:12|Editor: ZX" holds the date)
  return items.length >= 3 && items.every((x) => x.length > 0 && x.length <= 24 && x.split(' ').length <= 3 && !/[.!?,;]$/.test(x) && !/[:\d]/.test(x)) &&
    items.filter((x) => /^[\p{Lu}\d]/u.test(x)).length >= items.length - 1;
}

/** A line of running text: a dozen words or more, ending a sentence (no headline, menu or notice). */
function isProse(line: string): boolean {
  if (line.length < 60) return false;
  let words = 1;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 32) words++;
  return words >= 12 && /[.!?"”’)]$/.test(line);
}

/** Non-blank lines, trimmed, with offsets. Handles \n, \r\n and \r. */
export function splitLines(text: string): Segment[] {
  const lines: Segment[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + body.length, text: body });
  }
  return lines;
}

/**
 * Paragraphs: a line break ends a paragraph, except a hard wrap (a line that does not end a
 * sentence, followed by one that starts in lower case).
 */
function joinWrappedLines(text: string, lines: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !/[.!?:;"”’)\]]$/.test(last.text) && /^[a-z]/.test(line.text) && last.text.length > 40) {
      out[out.length - 1] = { start: last.start, end: line.end, text: text.slice(last.start, line.end) };
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

/**
 * compromise's tokeniser costs time quadratic in the length of a run of punctuation ("(((", quotation
 * marks) and in the number of hyphenated words in one sentence, so hostile input could hang it.
 * Text longer than this is given to it in pieces of at most this many code units, cut at a line
 * break where there is one (else at a space); a release shorter than this is parsed in one call.
 */
export const PARSE_PIECE_LENGTH = 10_000;

/** Where to cut `text` into pieces of at most `size` code units: after a line break, else after a space, never inside a surrogate pair. */
export function pieceEnds(text: string, size: number = PARSE_PIECE_LENGTH): number[] {
  const ends: number[] = [];
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + Math.floor(size / 2);
    let cut = -1;
    for (let i = limit; i > floor && cut < 0; i--) if (text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13) cut = i;
    for (let i = limit; i > floor && cut < 0; i--) if (/\s/.test(text[i - 1]!)) cut = i;
    if (cut < 0) cut = isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
    // never between \r and \n
    if (text.charCodeAt(cut - 1) === 13 && text.charCodeAt(cut) === 10) cut++;
    ends.push(cut);
    start = cut;
  }
  // (a CRLF kept whole may already have reached the end: "aaaaaaa\r\n" in pieces of 8 is one piece)
  if (start < text.length || !ends.length) ends.push(text.length);
  return ends;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * compromise's parse (the hooks of `nlp(text)`, in their order) without its two last: the post-tagger,
 * a sweep of several hundred match patterns that corrects tags, and the phrase chunker. The sweep is
 * two thirds of compromise's time, and the rules here read words, capitals and the first-pass tags
 * (Verb, Noun, Plural, PastTense...), which it seldom changes: on the dev corpus leaving it out costs
 * one speaker in 113 releases and makes extract() twice as fast. Document.nlp runs both on first
 * access, for callers who want the full parse. The hook list is put back before returning, so other
 * users of compromise see no change.
 */
function tagWithoutChunks(text: string): CompromiseView {
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((hook) => hook !== 'chunks' && hook !== 'postTagger');
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

/** One compromise view of all of `text` (pieces joined into one document) and its tokens with offsets into `text`. */
function parseInPieces(text: string): { view: CompromiseView; tokens: Token[] } {
  const ends = pieceEnds(text);
  if (ends.length === 1) {
    const view = tagWithoutChunks(text);
    return { view, tokens: tokensOf(text, 0, text.length, view, 0) };
  }
  const tokens: Token[] = [];
  const sentences: RawTerm[][] = [];
  let start = 0;
  for (const end of ends) {
    const view = tagWithoutChunks(text.slice(start, end));
    const doc = documentOf(view);
    // pronoun references point at sentences of their own piece
    for (const terms of doc) for (const term of terms) if (term.reference) term.reference[0] = (term.reference[0] ?? 0) + sentences.length;
    tokens.push(...tokensOf(text, start, end, view, sentences.length));
    sentences.push(...doc);
    start = end;
  }
  const view = nlp('');
  (view as unknown as { document: RawTerm[][] }).document = sentences;
  return { view: view.all().compute('index') as CompromiseView, tokens };
}

const documentOf = (view: CompromiseView) => (view as unknown as { document: RawTerm[][] }).document;

/** The words of `view`, a parse of `text.slice(base, limit)`, with offsets into `text`. */
function tokensOf(text: string, base: number, limit: number, view: CompromiseView, sentenceBase: number): Token[] {
  const tokens: Token[] = [];
  let at = base;
  let aligned = true;
  documentOf(view).forEach((terms, sentence) => {
    for (const term of terms) {
      const start = at + term.pre.length;
      const end = start + term.text.length;
      at = end + term.post.length;
      if (!term.text) continue;
      if (aligned && text.slice(start, end) !== term.text) aligned = false;
      tokens.push({ start, end, text: term.text, normal: term.normal, tags: term.tags, pre: term.pre, post: term.post, sentence: sentence + sentenceBase });
    }
  });
  // compromise keeps every character in pre/text/post; if that ever fails, re-anchor by search.
  return aligned ? tokens : reanchor(text, base, limit, tokens);
}

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  reference?: number[];
}

function reanchor(text: string, base: number, limit: number, tokens: Token[]): Token[] {
  const piece = text.slice(base, limit);
  let cursor = 0;
  const out: Token[] = [];
  for (const t of tokens) {
    const at = piece.indexOf(t.text, cursor);
    if (at < 0) continue;
    out.push({ ...t, start: base + at, end: base + at + t.text.length });
    cursor = at + t.text.length;
  }
  return out;
}

/** compromise's sentence boundaries, cut at paragraph boundaries (it does not always see a line break as one). */
function sentencesOf(text: string, tokens: readonly Token[], paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  let p = 0;
  let current: { start: number; end: number; paragraph: number; sentence: number } | null = null;
  // `limit`: where the next sentence's first word starts, so closing marks never make two sentences overlap
  const flush = (limit: number) => {
    if (!current) return;
    const para = paragraphs[current.paragraph]!;
    const end = Math.min(para.end, extendOverClosingMarks(text, current.end, Math.min(para.end, limit)));
    const sentence: Sentence = { start: current.start, end, text: text.slice(current.start, end), index: out.length, paragraph: current.paragraph };
    out.push(sentence);
    para.sentences.push(sentence);
    current = null;
  };
  let last: Token | null = null;
  for (const t of tokens) {
    while (p < paragraphs.length && t.start >= paragraphs[p]!.end) p++;
    if (p >= paragraphs.length) break;
    if (t.start < paragraphs[p]!.start) continue; // a dropped line (web-page furniture)
    // "Mayor Cllr. Walter Dube", "Amb. Ruth Lee": compromise ends a sentence at a title's abbreviation it does not know
    // ("Halvorsen Semiconductor, Inc. (NASDAQ: HLVS) will host": a company's legal form before its ticker or a verb)
    const afterTitle = !!last && last.post.startsWith('.') && ((TITLE_ABBREVIATIONS.has(last.text.toLowerCase()) && /^\p{Lu}/u.test(t.text)) ||
      (COMPANY_ABBREVIATIONS.has(last.text.toLowerCase()) && (t.pre.includes('(') || /^\p{Ll}/u.test(t.text))));
    if (current && afterTitle && current.paragraph === p) current.sentence = t.sentence;
    last = t;
    if (current && (current.paragraph !== p || current.sentence !== t.sentence)) flush(t.start);
    if (!current) {
      const previous: Sentence | undefined = out[out.length - 1];
      const after: number = previous && previous.paragraph === p ? previous.end : 0;
      current = { start: Math.max(paragraphs[p]!.start, t.start - t.pre.length, after), end: t.end, paragraph: p, sentence: t.sentence };
    }
    current.end = t.end + t.post.trimEnd().length;
  }
  flush(text.length);
  return out;
}

/** Companies' abbreviated legal forms ("Inc.", "Ltd."), which end no sentence before a ticker or a verb in lower case. */
const COMPANY_ABBREVIATIONS: ReadonlySet<string> = new Set(['inc', 'ltd', 'corp', 'co']);
/** Abbreviated titles that compromise does not take for abbreviations (it knows "Dr.", "Gen.", "Prof."). */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['cllr', 'cr', 'amb', 'engr', 'insp', 'pres', 'dep', 'assoc', 'dir', 'mgr', 'rt', 'govt', 'shri', 'smt', 'sh', 'hon']);

function extendOverClosingMarks(text: string, end: number, limit: number): number {
  while (end < limit && /[.!?"”’)\]]/.test(text[end]!)) end++;
  return end;
}

// ---- header: title and publication date ---------------------------------------------------

const METADATA_DATE = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;
/** A time's zone after it: " GMT", " CEST", " GMT+2", " UTC+05:30" (the zone's letters, then maybe an offset). */
const TIME_ZONE = '(?:\\s[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?';
const DATE_LINE = new RegExp(
  // each optional mark is followed by its own spaces (`\s*(?::\s*)?`, not `\s*:?\s*`): two
  // adjacent \s* backtrack polynomially on a long run of spaces (recheck)
  `^(?:(?:posted|published|updated|released|date[d]?)(?:\\s+on)?\\s*(?::\\s*)?)?${ABSOLUTE_DATE_SOURCE}(?:\\s*(?:(?:[,|]|at)\\s*)?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?${TIME_ZONE})?\\s*$`,
  'i',
);
/** Labels of a publication date: "Posted on ...", "Publish Date: ...", "Press release issued: ...". */
const CUED_DATE = /^(?:posted|published|updated|released|date[d]?|embargoed)\b|^by\b.{0,80}[|•·]|^(?:[\p{L}]+ ){0,3}(?:publish(?:ed)?|publication|posted|issued|released?)(?: date| on)? ?:/iu;
const TIME_OF_DAY = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?';
/** One field of a site's byline ("News | 14 November 2016", "Source: Xinhua| 2018-07-23 16:54:12|Editor: ZX"). */
const DATE_FIELD = new RegExp(`^${ABSOLUTE_DATE_SOURCE}(?:\\s*(?:,\\s*)?${TIME_OF_DAY}${TIME_ZONE})?$`, 'i');
/** A time-stamped line of a news site: "2010-05-14 17:43 1470" (an ISO date, a time, then anything). */
const STAMP_LINE = new RegExp(`^(?<iso>\\d{4}-\\d{2}-\\d{2})[ T]${TIME_OF_DAY}\\b`);

/** A short line of fields split by bars or bullets, one of which is a date. */
function fieldDate(line: string): boolean {
  if (line.length > 120 || !/[|•·]/.test(line)) return false;
  return line.split(/[|•·]/).some((field) => DATE_FIELD.test(field.trim()));
}

/** A line that states the release's date: a date alone, a labelled date, a byline's date field, a time stamp. */
function isDateLine(line: string): boolean {
  return DATE_LINE.test(line) || CUED_DATE.test(line) || fieldDate(line) || STAMP_LINE.test(line) || NUMERIC_DATE_LINE.test(line);
}

/** "26.04.2025", "30/09/2024 16:42 GMT": a numeric date alone on a line, maybe with a time and its zone. */
const NUMERIC_DATE_LINE = new RegExp(`^\\s*(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>(?<year>\\d{4})(?:,?\\s${TIME_OF_DAY}(?:\\s[A-Z]{2,5})?)?\\s*$`);

/**
 * The date of a numeric date line: day first with dots or hyphens ("05.06.2024" is 5 June); with slashes
 * month first unless the first number can be no month ("30/09/2024"), as in the dates of the body.
 */
function numericLineDate(line: string): { date: CalendarDate; start: number; end: number } | null {
  const m = NUMERIC_DATE_LINE.exec(line);
  if (!m?.groups) return null;
  const { a: first = '', b: second = '', sep, year = '' } = m.groups;
  const [a, b] = [Number(first), Number(second)];
  const dayFirst = sep !== '/' || a > 12;
  const date = dayFirst ? calendarDate(Number(year), b, a) : calendarDate(Number(year), a, b);
  const start = line.indexOf(first);
  return date ? { date, start, end: start + first.length + 1 + second.length + 1 + year.length } : null;
}

// "MANILA, Oct. 3, 2024 —", "Bangkok (Thailand), 19 December 2024 –", "MANILA/17 October 2012—",
// "ARLINGTON HEIGHTS, Ill. (July 8, 2020) –", "DAYTON, Ohio (June 12, 2026) –", "JAKARTA – 26 November 2020 –", "KHARTOUM, Sudan, Jan. 23":
// a place (and its state or country), then the date, then a dash or colon; a wire service's tag may
// stand around the date ("SAN FRANCISCO, Calif., Sept. 15, 2025 /PRNewswire/ --", "ABU DHABI, (WAM - 2nd May, 2021)"),
// and a dateline without a dash runs straight into the first sentence ("Kaduna, Aug. 6, 2020 The ...") or ends its line ("Lisbon, 14 May 2026").
// a hyphen inside a word joins letters ("Port-au-Prince"); a hyphen that could end a word or be the separator made the pattern backtrack (recheck)
const PLACE_WORD = `[\\p{L}.'’]+(?:-[\\p{L}.'’]+)*`;
const DATELINE_PLACE = `^[A-Z][\\p{L}.'’]*(?:-[\\p{L}.'’]+)*(?:\\s+${PLACE_WORD}){0,4}(?:\\s*\\([^()]{1,40}\\))?\\s*(?:[,/]|[–—-])\\s*(?:[A-Z][a-z]{1,4}\\.,?\\s*|[A-Z][\\p{L}]{2,20}(?:,\\s*|\\s(?=\\()))?`;
const DATELINE_AFTER = `\\)?\\s*(?:\\([^()]{1,40}\\)\\s*)?(?:/[^/\\n]{2,40}/\\s*)?`;
const DATELINE = new RegExp(
  `${DATELINE_PLACE}(?:\\((?:[^()\\d–—-]{1,60}[–—-]\\s*)?)?${ABSOLUTE_DATE_SOURCE}${DATELINE_AFTER}(?:[–—:-]|(?<=\\s)(?=\\p{Lu})|$)`,
  'u',
);
/** "15-1-2016 – Djibouti City, Djibouti –": the date first, then the place between dashes. */
const DATE_FIRST_DATELINE = new RegExp(`^(?:${ABSOLUTE_DATE_SOURCE}|\\d{1,2}[.-] ?\\d{1,2}[.-] ?\\d{4})\\s*[–—-]\\s*[A-Z][\\p{L}.'’]*(?:-[\\p{L}.'’]+)*(?:\\s+${PLACE_WORD}){0,4}(?:,\\s*[A-Z][\\p{L}]*(?:\\s+[\\p{L}]+){0,3})?\\s*[–—-]`, 'u');
/** "October 30, 2026 — The library ...": a date alone opening the first paragraph, then a dash and the first sentence. */
const DATE_LEAD = new RegExp(`^${ABSOLUTE_DATE_SOURCE}\\s?(?:[–—]|--?)\\s?(?=\\p{Lu})`, 'u');
const DAY_MONTH = `(?<dayMonth>(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?\\s(?<monthAfter>${MONTH_NAME_SOURCE})\\.?|(?<monthFirst>${MONTH_NAME_SOURCE})\\.?\\s(?<dayAfter>\\d{1,2})(?:st|nd|rd|th)?)`;
/** "Kathmandu, August 15", "KUALA LUMPUR, Jan 21:", "BEIJING, July 23 (Xinhua) --": a dateline whose date has no year (what follows is checked by DAY_AFTER). */
const DATELINE_DAY = new RegExp(`${DATELINE_PLACE}${DAY_MONTH}`, 'u');
/** After a year-less dateline's day: the line's end, or an agency's tag and a dash or colon. */
const DAY_AFTER = /^ ?(?:\([^()]{1,40}\) ?|\/[^/]{2,40}\/ ?)?(?:[–—:-]|$)/;

function isBodyParagraph(line: string): boolean {
  if (CUED_DATE.test(line)) return false;
  const words = line.split(/\s+/).length;
  // ("The panel was chaired by X and featured:": a long line that opens a list is a sentence of the body too)
  return (words >= 8 && /[.!?]["”’)]?$/.test(line)) || (words >= 15 && line.endsWith(':')) || words > 35;
}

/** A labelled line of a notice's event block ("Date: ...", "Location: ..."): never the headline. */
const EVENT_LABEL = /^\s*(?:date|dates|when|time|times|location|venue|where|place|address|contact|media contact)\s*:/i;

function isTitleLike(line: string): boolean {
  const words = line.split(/\s+/);
  return (
    words.length >= 3 && words.length <= 35 && !/[.:;,]$/.test(line) && /^[\p{Lu}\d"“‘'$]/u.test(line) && !EVENT_LABEL.test(line) &&
    /[A-Za-z]/.test(line) && !/^by\b/i.test(line) && !DATE_LINE.test(line)
  );
}

/** Title case: every longer word capitalised, as in a site or organisation name. */
function isTitleCase(line: string): boolean {
  return line.split(/\s+/).slice(1).every((w) => w.length < 4 || !/^[a-z]/.test(w));
}

/** The publication date of a date found at `offset` in the text (its span moved to the text's offsets). */
function publicationAt(found: { date: CalendarDate; start: number; end: number }, offset: number): PublicationDate {
  return { date: found.date, iso: isoDate(found.date), span: { start: offset + found.start, end: offset + found.end } };
}

/** Lines at the very end that may carry the release's date ("ENDS / Press Office / 15 July 2025"). */
const CLOSING_DATE_REACH = 3;

/** A date on a line of its own among the last lines, when the header gave none: the release's sign-off date. */
function closingDate(lines: readonly Segment[]): PublicationDate | null {
  for (let i = lines.length - 1; i >= Math.max(1, lines.length - CLOSING_DATE_REACH); i--) {
    const line = lines[i]!;
    if (line.text.length > 60 || !isDateLine(line.text)) continue;
    const found = findAbsoluteDate(line.text);
    if (found) return publicationAt(found, line.start);
  }
  return null;
}

interface Header {
  title: Segment | null;
  published: PublicationDate | null;
  /** The day of a dateline that gives no year ("Kathmandu, August 15"). */
  datelineDay: DayOfYear | null;
  end: number;
}

/** A month and day with no year: a year-less dateline's date, where the text has no full date. */
export interface DayOfYear {
  month: number;
  day: number;
  span: Span;
}

/** Lines past the first body paragraph still read for a date line of their own ("News | 14 November 2016" under a lead). */
const DATE_LINE_REACH = 2;

function readHeader(text: string, lines: readonly Segment[]): Header {
  let published: PublicationDate | null = null;
  const meta = METADATA_DATE.exec(text);
  if (meta) {
    const found = findAbsoluteDate(meta[1]!);
    if (found) {
      const start = meta.index + meta[0].length - meta[1]!.length;
      published = { date: found.date, iso: isoDate(found.date), span: { start, end: start + meta[1]!.length } };
    }
  }
  const firstBody = lines.findIndex((l) => isBodyParagraph(l.text) || (meta !== null && l.start <= meta.index + meta[0].length));
  const headerLines = firstBody < 0 ? lines.slice(0, 3) : lines.slice(0, firstBody);

  let dateLine = -1;
  // the header's lines, then a few lines after the lead (a date under a standfirst), each a line of its own
  const reach = firstBody < 0 ? headerLines.length : Math.min(lines.length, firstBody + 1 + DATE_LINE_REACH);
  for (let i = 0; i < reach && !published; i++) {
    const line = lines[i]!;
    if (i >= headerLines.length && (i === firstBody || line.text.length > 120)) continue;
    // "Date: ... / Time: ... / Location: ...": a notice's event block gives the event's date, not the release's
    if (/^\s*(?:date|dates|when)\s*:/i.test(line.text) && EVENT_LABEL.test(lines[i + 1]?.text ?? '')) continue;
    if (!isDateLine(line.text)) continue;
    const found = numericLineDate(line.text) ?? findAbsoluteDate(line.text);
    if (found) {
      published = publicationAt(found, line.start);
      if (i < headerLines.length) dateLine = i;
    }
  }
  // A dateline on a line of its own, or opening the first body paragraph.
  let datelineDay: DayOfYear | null = null;
  // (a line of its own may follow a metadata line taken for the body: " date 2022-12-17 Tribune News Service" / "New Delhi, December 16")
  for (const body of firstBody < 0 ? headerLines : lines.slice(0, firstBody + 3)) datelineDay ??= dayOfDateline(body);
  for (const body of firstBody < 0 ? headerLines : lines.slice(0, firstBody + 1)) {
    if (published) continue;
    const m = DATELINE.exec(body.text) ?? DATE_FIRST_DATELINE.exec(body.text) ?? DATE_LEAD.exec(body.text);
    if (m?.groups) {
      // the first date on the line is the dateline's (a day-first numeric one has no groups of its own)
      const found = findAbsoluteDate(m[0]);
      if (found) published = publicationAt(found, body.start);
    }
  }

  const candidates = headerLines.map((line, i) => ({ line, i })).filter(({ line }) => isTitleLike(line.text));
  // A headline after the date line wins over a site name before it; sentence case beats title case.
  const ordered = dateLine >= 0 ? [...candidates.filter((c) => c.i > dateLine), ...candidates.filter((c) => c.i < dateLine)] : candidates;
  const chosen = ordered.find((c) => !isTitleCase(c.line.text)) ?? ordered[0];
  const end = firstBody < 0 ? (headerLines.length ? headerLines[headerLines.length - 1]!.end : 0) : lines[firstBody]!.start;
  return { title: chosen ? { ...chosen.line } : null, published, datelineDay, end };
}

/** The month and day of a year-less dateline on `line`, with their offsets. */
function dayOfDateline(line: Segment): DayOfYear | null {
  // a metadata date may stand before the dateline on its line ("date 2018-08-31 Baku, Azerbaijan, Aug. 31")
  const lead = METADATA_DATE.exec(line.text)?.[0].length ?? 0;
  const text = line.text.slice(lead).trimStart();
  const skipped = line.text.length - text.length;
  const m = DATELINE_DAY.exec(text);
  const written = m?.groups?.dayMonth;
  if (!m?.groups || !written || !DAY_AFTER.test(text.slice(m[0].length).trimEnd())) return null;
  const g = m.groups;
  const month = monthNumber(g.monthAfter ?? g.monthFirst ?? '');
  const day = Number(g.dayFirst ?? g.dayAfter);
  // a real day in some year (29 February included)
  if (!month || !calendarDate(2000, month, day)) return null;
  // only an agency's tag or dashes follow the day, so its last occurrence is the day itself
  const start = line.start + skipped + m[0].lastIndexOf(written);
  return { month, day, span: { start, end: start + written.length } };
}
