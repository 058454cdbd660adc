/**
 * Pure helpers for names of people and organisations: words with offsets, splitting a person
 * reference into name, honorific and title, and matching an acronym to the name it stands for.
 * No state, no compromise: safe to call from any recogniser or resolver.
 */
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, RANK_HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicons/who.js';
import { memoString } from './memo.js';

export interface Word {
  text: string;
  start: number;
  end: number;
}

// A word: letters/digits, with inner dots, apostrophes and hyphens ("U.S.", "INTERPOL's", "Inter-Agency").
// The inner class and the trailing dot cannot both match one character twice in a row, so matching is linear.
// A slash and a double hyphen are kept as words so that no name runs across them ("/PRNewswire/ -- Brightlane Inc.").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.\-](?=[\p{L}\p{N}]))*\.?|[&(),;:–—"“”/]|-{2,3}/gu;

// Words whose final dot abbreviates them; any other final dot ends a sentence and is a word of its own.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'no', 'rep', 'sen', 'gov', 'gen', 'col', 'capt', 'maj', 'lt', 'prof',
  'hon', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'atty', 'engr', 'eng', 'rev', 'fr', 'pol', 'amb', 'sec', 'usec', 'asec', 'dept', 'govt', 'messrs', 'md', 'mohd', 'muhd',
  // abbreviated forms of address and ranks ("Cllr. Sifiso Dube", "Insp. Ama Boateng"): the dot ends no name
  'cllr', 'cr', 'insp', 'sgt', 'cpl', 'smt', 'revd', 'barr', 'cde', 'mme', 'mlle', 'mx', 'rt', 'pres', 'dep', 'assoc', 'dir', 'mgr',
]);

/** The words (and the punctuation that matters for names) of `text`, with offsets added to `base`. */
export function wordsOf(text: string, base = 0): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    const start = base + m.index;
    const core = w.length > 2 && w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : null;
    if (core !== null && !core.includes('.') && !ABBREVIATIONS.has(core.toLowerCase())) {
      out.push({ text: core, start, end: start + core.length }, { text: '.', start: start + core.length, end: start + w.length });
    } else {
      out.push({ text: w, start, end: start + w.length });
    }
  }
  return out;
}

/** The word without a possessive "'s" / "’s" ("IACAT’s" -> "IACAT"); a check of the last two characters, no regex. */
export function stripPossessive(w: string): string {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  const mark = w.charCodeAt(n - 2);
  return mark === 39 /* ' */ || mark === 0x2019 /* ’ */ ? w.slice(0, -2) : w;
}

/**
 * "Prof. X", "Capt. X": with no title written, an honorific that is a rank or an academic post
 * (RANK_HONORIFICS) moves from `honorifics` to `title` (both lists of words, changed in place).
 */
export function rankAsTitle(honorifics: string[], title: string[]): void {
  if (title.length) return;
  const k = honorifics.findIndex(isRank);
  if (k >= 0) title.push(...honorifics.splice(k, 1));
}

const isRank = (w: string): boolean => RANK_HONORIFICS.has(bare(w).replace(/\./g, ''));

/** Lower case without dots at the ends: "Dr." -> "dr", "H.E." -> "h.e". */
export function bare(w: string): string {
  // most words have no dot at either end: no slice (toLowerCase returns a lower-case string as it is)
  if (w.charCodeAt(0) !== 46 && w.charCodeAt(w.length - 1) !== 46) return w.toLowerCase();
  let a = 0;
  let b = w.length;
  while (a < b && w[a] === '.') a++;
  while (b > a && w[b - 1] === '.') b--;
  return w.slice(a, b).toLowerCase();
}

// These tests run on every word many times: an ASCII first letter answers them without a regex or a cache.
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/** Begins with a capital letter, or with digits glued to a letter ("3M", "7-Eleven" does not). */
export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (isUpperAscii(c)) return true;
  if (c < 128 && !(c >= 48 && c <= 57)) return false;
  return capitalisedByRegex(w);
}
const capitalisedByRegex = memoString((w: string): boolean => /^[\p{Lu}]/u.test(w) || /^\d+[\p{L}]/u.test(w));

/** All capitals, 2 or more letters, maybe with digits, hyphens, dots or '&' ("IACAT", "A21", "US-DOJ-OPDAT"). */
export function isAcronym(w: string): boolean {
  // a lower-case ASCII letter first or second rules it out ("Ministry", "the")
  if (w.length < 2 || isLowerAscii(w.charCodeAt(0)) || isLowerAscii(w.charCodeAt(1)) || w.charCodeAt(0) < 65) return false;
  return acronymByRegex(w);
}
const acronymByRegex = memoString((w: string): boolean => {
  const core = stripPossessive(w);
  return /^[\p{Lu}][\p{Lu}\d&.\-]{1,15}$/u.test(core) && (core.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && !/[a-z]/.test(core);
});
/** A single capital with a dot: an initial ("L.", "E."). */
export const isInitial = (w: string): boolean => w.length === 2 && w.charCodeAt(1) === 46 && /^\p{Lu}\.$/u.test(w);

export const isHonorific = memoString(function isHonorific(w: string): boolean {
  const b = bare(w);
  if (HONORIFICS.has(b) || HONORIFICS.has(b.replace(/\./g, ''))) return true;
  // "Pol.Capt.", "Pol.Maj.": ranks glued by dots.
  const parts = b.split('.').filter(Boolean);
  return parts.length > 1 && parts.every((p) => HONORIFICS.has(p));
});
export const isTitleWord = memoString((w: string): boolean => {
  const b = bare(w);
  return TITLE_HEADS.has(b) || TITLE_MODIFIERS.has(b);
});

export interface PersonReference {
  /** The name without honorific or title: "Nicholas Felix L. Ty". */
  name: string;
  /** "Mr.", "H.E.", "Dr." ... as written, else null. */
  honorific: string | null;
  /** The position written before the name ("Undersecretary", "Director General"), else null. */
  title: string | null;
}

/**
 * Splits a raw reference to a person into name, honorific and title:
 * "Undersecretary Nicholas Felix L. Ty" -> { name: "Nicholas Felix L. Ty", honorific: null, title: "Undersecretary" };
 * "H.E. Mr. Jullapong Nonsrichai" -> { name: "Jullapong Nonsrichai", honorific: "H.E. Mr.", title: null };
 * "Ms. Woodruff" -> { name: "Woodruff", honorific: "Ms.", title: null }.
 * A trailing apposition ("X, Director of Y") is not read here: only what stands before the name.
 */
export function splitPersonReference(raw: string): PersonReference {
  const text = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/,$/, '')
    // "Pol.Capt.Parichaya": ranks glued to the name by dots.
    .replace(/^((?:\p{Lu}\p{Ll}{0,4}\.){1,3})(?=\p{Lu}\p{Ll})/u, '$1 ');
  const words = text.split(' ').filter(Boolean);
  // The name is the longest tail of words that are neither honorifics nor title words nor lower-case
  // words other than particles; what stands before it is honorifics and title.
  let i = words.length - 1;
  while (i > 0) {
    const w = words[i - 1]!;
    const b = bare(w);
    if (isHonorific(w) || isTitleWord(w) || /^\(.*\)$/.test(w)) break;
    if (!isCapitalised(w) && !NAME_PARTICLES.has(b) && !isInitial(w) && !/^[“"]/.test(w)) break;
    i--;
  }
  const honorifics: string[] = [];
  const title: string[] = [];
  const before = words.slice(0, i);
  before.forEach((w, k) => {
    const b = bare(w);
    if (/^the$/i.test(b) || /^\(.*\)$/.test(w)) return; // "the Right Honourable"; "(PG)"
    // "Professor Emeritus": a rank or an academic post right before a title word begins the title
    const next = before[k + 1];
    const rankOfTitle = isRank(w) && !title.length && !!next && !isHonorific(next) && isTitleWord(next);
    if ((isHonorific(w) && !rankOfTitle) || (b === 'right' && !title.length)) honorifics.push(w);
    else title.push(w);
  });
  rankAsTitle(honorifics, title);
  return {
    name: words.slice(i).join(' ') || text,
    honorific: honorifics.length ? honorifics.join(' ') : null,
    title: title.length ? title.join(' ') : null,
  };
}

/** The words of a person's name without honorific, title, quotes around a nickname and suffixes. */
export function nameParts(name: string): string[] {
  return name
    .replace(/[“”"]/g, ' ')
    .split(/[\s,]+/)
    .filter(Boolean)
    .filter((w) => !NAME_SUFFIXES.has(bare(w).replace(/\./g, '')));
}

/** The family name as it is cited alone: the last word, with a particle before it ("De Lima", "von Friedeburg"). */
export function surnameOf(name: string): string {
  const parts = nameParts(name);
  if (!parts.length) return name;
  let i = parts.length - 1;
  while (i > 1 && NAME_PARTICLES.has(parts[i - 1]!.toLowerCase())) i--;
  return parts.slice(i).join(' ');
}

const SKIPPABLE = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'against', '&', 'to', 'at', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le']);

/**
 * Whether `acronym` stands for `name`: its letters are the initials of the name's words in order,
 * every capitalised word either giving its initial or lying before the first one used (a leading
 * "Philippine"), or after the last one used when a preposition starts the rest ("Regional Support
 * Office" of "RSO" in "Regional Support Office of the Bali Process"). Function words may give
 * their initial ("DOJ": Department of Justice). Hyphenated words give one initial per part or one in all.
 */
export function acronymMatches(acronym: string, name: string): boolean {
  return acronymMatchesMemo(`${acronym}\u0000${name}`);
}
const acronymMatchesMemo = memoString((key: string): boolean => {
  const [acronym, name] = key.split('\u0000') as [string, string];
  const letters = stripPossessive(acronym).replace(/[^\p{Lu}\p{N}]/gu, '').toLowerCase();
  if (letters.length < 2) return false;
  const words = name.replace(/\([^()]*\)/g, ' ').split(/[\s,–—]+/).filter(Boolean);
  // Each word: the initials it can give (a hyphenated word: all parts, or only the first).
  const units = words.map((w) => {
    const parts = w.split('-').filter(Boolean);
    const lower = w.toLowerCase();
    return { optional: SKIPPABLE.has(lower) || !/^[\p{Lu}\d]/u.test(w), whole: parts.map((p) => p[0]!.toLowerCase()).join(''), first: lower[0]!, acronym: isAcronym(w) ? w.replace(/[^\p{Lu}\p{N}]/gu, '').toLowerCase() : '' };
  });
  const n = units.length;
  // reach[i][j]: the first i words can give the first j letters. Linear in words x letters.
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number, started: boolean): boolean => {
    if (j === letters.length) {
      // The rest must be optional, or start with a preposition (a complement the acronym leaves out).
      return i === n || (started && /^(?:of|for|in|on|at)$/i.test(words[i]!)) || units.slice(i).every((u) => u.optional);
    }
    if (i === n) return false;
    const key = (i * 64 + j) * 2 + (started ? 1 : 0);
    const known = memo.get(key);
    if (known !== undefined) return known;
    const u = units[i]!;
    let ok = false;
    for (const give of [u.acronym, u.whole, u.first]) {
      if (give && letters.startsWith(give, j) && go(i + 1, j + give.length, true)) { ok = true; break; }
    }
    // Skip a function word anywhere, or a leading capitalised word before the acronym starts.
    if (!ok && (u.optional || !started)) ok = go(i + 1, j, started);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, false);
});

// ---- string trims written as loops: no regular expression, so no backtracking at all ----------

/** `s` without the characters of `chars` at its end. */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `s` without a parenthesis at its end ("Department of Justice (DOJ)" -> "Department of Justice"), closed or not. */
export function stripTrailingParenthesis(s: string): string {
  const t = s.trimEnd();
  const open = t.lastIndexOf('(');
  if (open < 0) return t;
  const close = t.indexOf(')', open);
  if (close >= 0 && close !== t.length - 1) return t;
  return t.slice(0, open).trimEnd();
}

/** Whether `s` holds only white space and at most one comma. */
export const isBlankOrComma = (s: string): boolean => s.replace(',', '').trim() === '';

/** A line that opens with a bullet ("- ", "• ", "1. ", "2) "): an item of a list. */
export const BULLET_LINE = /^\s*(?:[-*•–—·▪◦●]|\d{1,2}[.)])\s/;
