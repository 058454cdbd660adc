/**
 * Direct quotations: the words inside quotation marks, one mention per quoted stretch.
 *
 * One linear pass over the marks of each body paragraph. “ ” „ « » ‹ › are unambiguous; straight
 * marks (" ') open or close by what stands around them; ’ and ' inside a word (don't) or after a
 * plural (Philippines') are apostrophes. Marks of the other family inside an open quotation are
 * nested quotes and belong to it. A quotation never crosses a paragraph end: one that is still
 * open there either continues (the next paragraph opens with a mark: the English convention for
 * quotations over several paragraphs) or ends there with a warning.
 *
 * Whether a quoted stretch is words said (and by whom) or a title is decided by the quotes resolver.
 */
import type { QuotationMention } from '../mentions.js';
import type { Span } from '../record.js';
import { defineRecogniser } from '../pipeline.js';
import type { Paragraph } from '../document.js';

type Family = 'double' | 'single' | 'guillemet';

const FAMILY: Readonly<Record<string, Family>> = {
  '“': 'double', '”': 'double', '„': 'double', '"': 'double',
  '‘': 'single', '’': 'single', "'": 'single',
  '«': 'guillemet', '»': 'guillemet', '‹': 'guillemet', '›': 'guillemet',
};
const MARKS = /[“”„"‘’'«»‹›]/g;

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
/** What may stand right before an opening mark: start, space, an opening bracket or dash, another mark. */
const opensAfter = (c: string | undefined): boolean => c === undefined || /[\s([{\-–—/:;,“‘«‹"']/.test(c);
/** What may stand right after a closing mark: end, space, punctuation, another mark. */
const closesBefore = (c: string | undefined): boolean => c === undefined || /[\s.,;:!?)\]}\-–—”’»›"'…]/.test(c);

/** How a mark at `i` of `text` reads: opening, closing, either, or not a mark at all (an apostrophe). */
function markRole(text: string, i: number): 'open' | 'close' | 'either' | 'none' {
  const c = text[i]!;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  switch (c) {
    case '“': case '„': case '«': case '‹': return 'open';
    case '”': case '»': case '›': return isSpace(prev) && isLetter(next) ? 'either' : 'close';
    case '‘': return isLetter(prev) ? 'none' : 'open';
    case '’': case "'":
      if (isLetter(prev) && isLetter(next)) return 'none'; // don't, O'Neil
      if (opensAfter(prev) && (isLetter(next) || next === '“' || next === '"')) return c === "'" ? 'open' : 'none';
      if (!isSpace(prev) && closesBefore(next)) return 'close';
      return 'none';
    case '"':
      if (opensAfter(prev) && !isSpace(next)) return isSpace(prev) || prev === undefined ? 'open' : 'either';
      if (!isSpace(prev) && closesBefore(next)) return 'close';
      return 'either';
    default: return 'none';
  }
}

/** A single closing mark after a plural with more text after it ("the Philippines’ own plan") is a possessive. */
function looksPossessive(text: string, i: number): boolean {
  return /s/i.test(text[i - 1] ?? '') && text[i + 1] === ' ' && /\p{Ll}/u.test(text[i + 2] ?? '');
}

interface Open {
  at: number;
  mark: string;
  family: Family;
}

export interface QuotedStretch {
  open: number;
  /** Offset of the closing mark, or -1 when the paragraph ended first. */
  close: number;
  /** Where an unclosed stretch stops: the next opening mark of its family, else the paragraph end. */
  until: number;
  mark: string;
}

/**
 * Quoted stretches of `text` between `from` and `to` (one paragraph). Double marks and guillemets
 * are paired first; single marks are paired only outside them, so apostrophes cannot swallow a
 * double-quoted stretch. A double-quoted stretch inside a single-quoted one (British style) is nested
 * and dropped. Two linear passes over the marks.
 */
export function scanQuotes(text: string, from: number, to: number): QuotedStretch[] {
  const marks: number[] = [];
  MARKS.lastIndex = from;
  for (let m = MARKS.exec(text); m && m.index < to; m = MARKS.exec(text)) marks.push(m.index);
  const doubles = pairMarks(text, marks.filter((i) => FAMILY[text[i]!] !== 'single'), to);
  const outside: number[] = [];
  let d = 0;
  for (const i of marks) {
    if (FAMILY[text[i]!] !== 'single') continue;
    while (d < doubles.length && doubles[d]!.until < i) d++;
    const q = doubles[d];
    if (q && q.open < i && i < q.until) continue;
    outside.push(i);
  }
  const singles = pairMarks(text, outside, to);
  // Both lists are in text order and neither overlaps itself: one walk drops the nested doubles.
  const closedSingles = singles.filter((q) => q.close >= 0);
  const kept: QuotedStretch[] = [];
  let s = 0;
  for (const q of doubles) {
    while (s < closedSingles.length && closedSingles[s]!.close < q.open) s++;
    const outer = closedSingles[s];
    if (!(outer && outer.open < q.open && q.open < outer.close)) kept.push(q);
  }
  return [...kept, ...singles].sort((a, b) => a.open - b.open);
}

/** Pairs opening and closing marks of one pass, in order. */
function pairMarks(text: string, marks: readonly number[], to: number): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  // Single closing marks still to come, counted from the end, so the possessive test stays linear.
  const closesAfter: number[] = new Array(marks.length);
  let closesSoFar = 0;
  for (let k = marks.length - 1; k >= 0; k--) {
    closesAfter[k] = closesSoFar;
    if (FAMILY[text[marks[k]!]!] === 'single' && markRole(text, marks[k]!) === 'close') closesSoFar++;
  }
  let open: Open | null = null;
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k]!;
    const c = text[i]!;
    const family = FAMILY[c]!;
    const role = markRole(text, i);
    if (role === 'none') continue;
    if (!open) {
      if (role !== 'close') open = { at: i, mark: c, family };
      continue;
    }
    if (family !== open.family) continue; // a nested quotation of the other family
    if (role === 'open' && c !== '"' && c !== "'") {
      // A second opening mark of the same family: the first one was never closed.
      out.push({ open: open.at, close: -1, until: i, mark: open.mark });
      open = { at: i, mark: c, family };
      continue;
    }
    if (role === 'open' && c === "'") continue; // an opening single mark inside a single-quoted text: nested
    if (family === 'single' && looksPossessive(text, i) && closesAfter[k]! > 0) continue;
    out.push({ open: open.at, close: i, until: i, mark: open.mark });
    open = null;
  }
  if (open) out.push({ open: open.at, close: -1, until: to, mark: open.mark });
  return out;
}

/** Whether a paragraph begins with an opening quotation mark. */
function opensWithMark(p: Paragraph): boolean {
  return /^[“„"‘'«‹]/.test(p.text);
}

export const quotationRecogniser = defineRecogniser({
  name: 'quotations',
  kind: 'quotations',
  recognise(ctx) {
    const { doc } = ctx;
    const paragraphs = doc.paragraphs.filter((p) => p.start >= doc.headerEnd && p.end <= doc.bodyEnd);
    const out: QuotationMention[] = [];
    let carried = false; // the previous paragraph left a quotation open that this one continues
    const unclosed: number[] = [];
    paragraphs.forEach((p, n) => {
      const next = paragraphs[n + 1];
      const found = scanQuotes(doc.text, p.start, p.end);
      let continuing = false;
      for (const q of found) {
        const closed = q.close >= 0;
        const startsParagraph = q.open === p.start;
        const single = FAMILY[q.mark] === 'single';
        // Left open at the paragraph end (not at a following opening mark), and the next paragraph opens with a mark.
        const continues = !closed && q.until === p.end && next !== undefined && opensWithMark(next) && next.index === p.index + 1;
        if (!closed && single && !startsParagraph) continue; // an unmatched apostrophe, not a quotation
        let innerStart = q.open + 1;
        let innerEnd = closed ? q.close : q.until;
        while (innerStart < innerEnd && /\s/.test(doc.text[innerStart]!)) innerStart++;
        while (innerEnd > innerStart && /\s/.test(doc.text[innerEnd - 1]!)) innerEnd--;
        if (innerEnd <= innerStart) continue;
        if (!closed && !continues) unclosed.push(q.open);
        const end = closed ? q.close + 1 : innerEnd;
        out.push({
          start: q.open, end, text: doc.text.slice(q.open, end), inner: { start: innerStart, end: innerEnd }, closed,
          paragraph: p.index, mark: q.mark, continues, continuation: carried && startsParagraph,
        });
        if (continues) continuing = true;
      }
      carried = continuing;
    });
    if (unclosed.length) {
      const more = unclosed.length > 1 ? ` (and ${unclosed.length - 1} more)` : '';
      ctx.warnings.push(`quotation opened at offset ${unclosed[0]}${more} is not closed before the end of its paragraph or the next opening mark; read up to there`);
    }
    return out;
  },
});
