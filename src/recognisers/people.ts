/**
 * People's names, with the honorific, title and affiliation written around them: before the name
 * ("UNDP Administrator Helen Clark", "Director of the OSCE Office for ... Matteo Mecacci"), after it
 * ("Maria de la Cruz, Director for Consular Affairs at the DFA", "X (Coordinator)", "X – Senior
 * Researcher at Y –") or both ways ("the Minister of Justice, Y,"). A name needs a cue: an honorific,
 * a title, compromise's #FirstName/#Person tags, or a title in apposition.
 */
import type { PersonMention } from '../mentions.js';
import type { Document, Token } from '../document.js';
import { defineRecogniser } from '../pipeline.js';
import { EVENT_HEADS, LOWER_CASE_OCCUPATIONS, OCCUPATION_QUALIFIERS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, ORG_HEADS, TITLE_HEADS, TITLES_OF_ORGANISATION } from '../lexicons/who.js';
import { bare, isAcronym, isCapitalised, isHonorific, isInitial, isTitleWord, rankAsTitle, stripPossessive, stripTrailingParenthesis, surnameOf, trimEndChars, type Word } from '../text/names.js';
import { countryListAt } from '../text/country-lists.js';
import { paragraphWords as sharedParagraphWords, tokenIndex } from '../text/document-words.js';
import { isHeadlineVerb } from '../text/runs.js';
import { memoString } from '../text/memo.js';

type Tags = Map<number, Token>;

const PLACE_PREFIXES = /^(?:Port|City|Bay|Island|Lake|Mount|Mt|River|Saint|St|San|Santa|Fort|Cape|Gulf|North|South|East|West|New|Upper|Lower|Greater)$/;

const RANKS = new Set(['ambassador', 'admiral', 'vice', 'general', 'colonel', 'captain', 'commander', 'lieutenant', 'major', 'rear', 'brigadier', 'prince', 'princess']);
const STATE_WORDS = new Set(['republic', 'kingdom', 'principality', 'state', 'states', 'government', 'federation', 'commonwealth', 'emirates', 'union']);
const PREFIX_JOINERS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'against', 'in', 'to']);

const tagOf = (tags: Tags, w: Word): ReadonlySet<string> | undefined => tags.get(w.start)?.tags;
const isTitleHead = (w: string): boolean => TITLE_HEADS.has(stripPossessive(bare(w))) || /^(?:usec|asec)-/i.test(w) || /-(?:in-charge|general|president|chair)$/i.test(w);

// What a word's text alone says about it (memoised): 0 never a name word, 1 a name word, 2 only when tagged
// #FirstName or #LastName (a title word or honorific that is also a name), 3 only when tagged #FirstName (a head noun).
const nameWordClass = memoString((t: string): number => {
  if (!isCapitalised(t) || isAcronym(t) || NOT_NAME_WORDS.has(bare(t)) || isHeadlineVerb(t) || /^(?:states|nations|countries)$/i.test(t)) return 0;
  const b = stripPossessive(bare(t));
  if (ORG_HEADS.has(b) || EVENT_HEADS.has(b)) return 3;
  if (isHonorific(t) || isTitleWord(t)) return 2;
  return 1;
});

/** A word that can be part of a personal name here. */
function isNameWord(w: Word, tags: Tags): boolean {
  if (!isCapitalised(w.text)) return false; // as nameWordClass says, without its cache lookup
  const c = nameWordClass(w.text);
  if (c <= 1) return c === 1;
  const tg = tagOf(tags, w);
  return c === 2 ? !!tg && (tg.has('FirstName') || tg.has('LastName')) : !!tg?.has('FirstName');
}

interface Core {
  from: number; // word index
  to: number; // exclusive
}

/** The name cores of a paragraph: runs of name words, particles, initials and quoted nicknames. */
function cores(words: readonly Word[], tags: Tags): Core[] {
  const out: Core[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i]!, tags) && !isInitial(words[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const w = words[j];
      if (!w) break;
      if (isNameWord(w, tags) || isInitial(w.text)) { j++; continue; }
      // "de la Cruz", "van der Berg", "bin Salman": particles, then the name goes on.
      if (NAME_PARTICLES.has(w.text.toLowerCase())) {
        let q = j;
        while (q < words.length && q - j < 3 && NAME_PARTICLES.has(words[q]!.text.toLowerCase())) q++;
        if (words[q] && isNameWord(words[q]!, tags)) { j = q + 1; continue; }
      }
      // A nickname in quotes: Arnaldo “Arnell” A. Ignacio.
      if (/^["“]$/.test(w.text) && words[j + 1] && isNameWord(words[j + 1]!, tags) && /^["”]$/.test(words[j + 2]?.text ?? '') && words[j + 3] && (isNameWord(words[j + 3]!, tags) || isInitial(words[j + 3]!.text))) { j += 3; continue; }
      // ", Jr."
      if (w.text === ',' && words[j + 1] && NAME_SUFFIXES.has(bare(words[j + 1]!.text))) { j += 2; continue; }
      break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

const textOf = (doc: Document, words: readonly Word[], from: number, to: number): string =>
  from >= to ? '' : doc.text.slice(words[from]!.start, words[to - 1]!.end);

/** Strips "(DMW)", a leading "the" and a possessive: "the Department of Migrant Workers (DMW)" -> "Department of Migrant Workers". */
const cleanBody = (s: string): string =>
  trimEndChars(stripPossessive(stripTrailingParenthesis(s).replace(/^the\s+/i, '')), ' \t\n,;.–—-').trim();

export interface TitleParts {
  title: string | null;
  affiliation: string | null;
}

/**
 * Splits a position phrase into title and affiliation: "Director of the OSCE Office for X" ->
 * Director / OSCE Office for X; "Deputy Minister of Migration and Asylum" -> all title;
 * "Deputy of the Majilis of the Parliament of the Republic of K" -> Deputy of the Majilis / Parliament of ...;
 * "Senior Researcher at the NEXUS Institute" -> Senior Researcher / NEXUS Institute;
 * "UNDP Administrator" -> Administrator / UNDP.
 */
export function splitTitle(phrase: string): TitleParts {
  const text = phrase.replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an|as)\s+/i, '').replace(/[,;:.]$/, '');
  if (!text) return { title: null, affiliation: null };
  const at = /\s(?:at|with|from)\s+(?:the\s+)?/i.exec(text);
  // "a child psychologist at Northgate University": an occupation in lower case, then the body it works at
  const occupation = at && /^an?\s/i.test(phrase.trim()) ? /^[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}$/.exec(text.slice(0, at.index)) : null;
  if (at && occupation && /^[\p{Lu}]/u.test(text.slice(at.index + at[0].length))) {
    return { title: occupation[0], affiliation: cleanBody(text.slice(at.index + at[0].length)) };
  }
  if (at) {
    const left = splitTitle(text.slice(0, at.index));
    return { title: left.title ?? left.affiliation, affiliation: cleanBody(text.slice(at.index + at[0].length)) || left.affiliation };
  }
  const inCharge = /^(?:in[- ]charge|in charge) of\s+/i.exec(text);
  if (inCharge) return { title: null, affiliation: cleanBody(text.slice(inCharge[0].length)) };
  const words = text.split(' ');
  // The first title word; what stands before it is the body ("UNDP", "World Bank Group", "Sysco’s").
  let t = words.findIndex((w) => isTitleHead(w) || (isTitleWord(w) && words.slice(words.indexOf(w) + 1).some((x) => isTitleHead(x))));
  if (t < 0) return { title: null, affiliation: looksLikeBody(text) ? cleanBody(text) : null };
  let affiliation: string | null = null;
  const before = words.slice(0, t);
  if (before.length) {
    const single = before.length === 1 && !isAcronym(stripPossessive(before[0]!)) && !/['’]s$/.test(before[0]!) && !ORG_HEADS.has(bare(before[0]!));
    // "Republican U.S. Sen.", "US Ambassador": a party or a country's abbreviation belongs to the title.
    const country = before.some((w) => /^(?:U\.?S\.?|U\.?K\.?|EU)$/.test(w)) && !before.some((w) => ORG_HEADS.has(bare(w)));
    if (single || country) t = 0; // "Justice Secretary", "Swedish Prime Minister"
    else affiliation = cleanBody(before.join(' '));
  }
  // Title words run until "of"/"for"/"and"; complements decide where the body starts.
  let k = t;
  while (k < words.length && !/^(?:of|for|on|to|in)$/i.test(words[k]!)) {
    if (/^(?:and|&)$/i.test(words[k]!) && !(words[k + 1] && isTitleWord(words[k + 1]!))) break;
    k++;
  }
  const heads = words.slice(t, k).filter((w) => isTitleHead(w));
  const head = bare(heads[heads.length - 1] ?? '');
  const titleWords = words.slice(t, k);
  let rest = words.slice(k);
  while (rest.length) {
    const prep = rest[0]!.toLowerCase();
    // The next complement: up to the next "of"/"for".
    let end = 1;
    while (end < rest.length && !/^(?:of|for)$/i.test(rest[end]!)) end++;
    const complement = rest.slice(1, end);
    const withArticle = complement[0]?.toLowerCase() === 'the';
    const body = complement.some((w) => ORG_HEADS.has(bare(w)) || STATE_WORDS.has(bare(w))) || complement.some((w) => isAcronym(w) && !/^(?:U\.?S\.?|U\.?K\.?)$/.test(w));
    const ofOrganisation = prep === 'of' && (TITLES_OF_ORGANISATION.has(head) || (withArticle && body));
    if (ofOrganisation && titleWords.length) {
      affiliation = cleanBody(rest.slice(1).join(' '));
      rest = [];
      break;
    }
    titleWords.push(...rest.slice(0, end));
    rest = rest.slice(end);
  }
  const title = titleWords.join(' ').replace(/ ?\([A-Z][A-Z\d&.-]{1,12}\)/g, '').replace(/[,;]$/, '').trim();
  return { title: title || null, affiliation: affiliation || null };
}

/** The position phrase written before a name: walks left over title words, bodies and joiners. */
function prefixStart(words: readonly Word[], from: number, tags: Tags): number {
  let k = from;
  let sawTitle = false;
  // A title and body before a name run to a dozen words at most; the bound keeps a run of
  // thousands of capitalised words linear instead of quadratic.
  while (k > 0 && from - k < MAX_PREFIX_WORDS) {
    const w = words[k - 1]!;
    const lower = w.text.toLowerCase();
    if (w.text === ')' && words[k - 3]?.text === '(') { k -= 3; continue; }
    if (lower === 'and' || lower === '&') {
      // "Tourism and Antiquities Prince Sultan": inside a body's name; "... and Kansas City Mayor Sly James": a new person.
      const right = words.slice(k, from);
      if (!right.length || right.some((x) => isTitleHead(x.text))) break;
      k--;
      continue;
    }
    if (PREFIX_JOINERS.has(lower)) { k--; continue; }
    if ((isCapitalised(w.text) || isAcronym(w.text)) && !NOT_NAME_WORDS.has(bare(w.text))) {
      if (isTitleHead(w.text)) sawTitle = true;
      // Another person's name ends the phrase.
      const tg = tagOf(tags, w);
      if (tg?.has('FirstName') && !isTitleWord(w.text) && sawTitle) break;
      k--;
      continue;
    }
    break;
  }
  while (k < from && PREFIX_JOINERS.has(words[k]!.text.toLowerCase())) k++;
  return k;
}

const MAX_PREFIX_WORDS = 16;

/** The apposition after a name: ", Title of Body," / " (Title)" / " – Title at Body –". */
function apposition(doc: Document, words: readonly Word[], to: number): { phrase: string; second: string | null; end: number } | null {
  const open = words[to];
  if (!open) return null;
  // "Dr. X of the Mekong Legal Aid Network": the body straight after the name.
  if (/^of$/i.test(open.text) && words[to + 1]) {
    let m = to + 1;
    if (/^the$/i.test(words[m]!.text)) m++;
    let e = m;
    while (e < words.length && (isCapitalised(words[e]!.text) || isAcronym(words[e]!.text) || (/^(?:of|the|and|for|on)$/i.test(words[e]!.text) && words[e + 1] && isCapitalised(words[e + 1]!.text)))) e++;
    const body = words.slice(m, e);
    if (body.length && body.some((w) => ORG_HEADS.has(bare(w.text)) || isAcronym(w.text))) return { phrase: doc.text.slice(body[0]!.start, body[body.length - 1]!.end), second: null, end: body[body.length - 1]!.end };
    return null;
  }
  const closer = open.text === '(' ? ')' : open.text === ',' ? ',' : /^[–—]$/.test(open.text) ? open.text : null;
  if (!closer) return null;
  let k = to + 1;
  const stop = (w: Word) => w.text === closer || w.text === ';' || w.text === '.' || w.text === ')' || (closer !== ',' && w.text === ',') || /^[–—]$/.test(w.text);
  while (k < words.length && !stop(words[k]!)) {
    // "Programme Co-lead (Thailand)": a parenthesis inside the phrase.
    if (words[k]!.text === '(' && closer !== ')') {
      const close = words.findIndex((w, q) => q > k && w.text === ')');
      if (close > k && close - k < 8) { k = close + 1; continue; }
    }
    // "Executive Editor of X and Founding Member of Y": a second position is not read.
    if (/^(?:and)$/i.test(words[k]!.text) && words[k + 1] && (isHonorific(words[k + 1]!.text) || (isTitleWord(words[k + 1]!.text) && words.slice(to + 1, k).some((x) => /^(?:of|at)$/i.test(x.text))))) break;
    k++;
  }
  // "Director of the ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone,": a list of countries inside a body's name
  if (closer === ',' && words[k]?.text === ',' && k > to + 1) {
    const list = countryListAt(doc.text, words[k - 1]!.start, words[k - 1]!.end);
    if (list) {
      const listEnd = words[k - 1]!.end + list;
      while (k < words.length && words[k]!.end <= listEnd) k++;
    }
  }
  if (k === to + 1) return null;
  // ", Daniel Moreau, were delivered by ...": a clause goes on after the name, not an apposition
  if (closer === ',' && CLAUSE_START.test(words[to + 1]!.text)) return null;
  // ", Alder Barbara McKinney": the next person with a title, not an apposition.
  const inner = words.slice(to + 1, k);
  let t = 0;
  while (t < inner.length && (isTitleWord(inner[t]!.text) || isHonorific(inner[t]!.text))) t++;
  if (t > 0 && t < inner.length && inner.slice(t).every((w) => isCapitalised(w.text) && !ORG_HEADS.has(bare(w.text)) && !isAcronym(w.text))) return null;
  const phrase = doc.text.slice(words[to + 1]!.start, words[k - 1]!.end);
  let second: string | null = null;
  let end = words[k - 1]!.end;
  // "X, Usec-in-Charge, National Prosecution Service (NPS),": a body in a second comma phrase.
  if (closer === ',' && words[k]?.text === ',') {
    let m = k + 1;
    while (m < words.length && !stop(words[m]!)) m++;
    const next = words.slice(k + 1, m);
    if (next.length && next.some((x) => ORG_HEADS.has(bare(x.text))) && next.every((x) => isCapitalised(x.text) || PREFIX_JOINERS.has(x.text.toLowerCase()) || /^[()]$/.test(x.text) || isAcronym(x.text)) && !next.some((x) => isHonorific(x.text))) {
      second = doc.text.slice(next[0]!.start, next[next.length - 1]!.end);
      end = next[next.length - 1]!.end;
    }
  }
  if (words[k] && (words[k]!.text === ')' || (/^[–—]$/.test(words[k]!.text) && closer !== ','))) end = words[k]!.end;
  return { phrase, second, end };
}

// Words that start a clause (a verb, an auxiliary, a relative), never a title or a body written beside a name.
const CLAUSE_START = /^(?:was|were|is|are|has|have|had|will|would|can|could|shall|should|may|might|must|did|does|do|who|whose|which|that|said|says|added|noted|told|stressed|delivered|gave|opened|closed|welcomed|presented|spoke|explained|highlighted|emphasi[sz]ed|underlined|urged|called|announced)$/;
// "a child psychologist at Northgate University", "an economist with the Central Bank": an occupation and a body.
const LOWER_OCCUPATION = /^an?\s[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}\s(?:at|with|from)\s(?:the\s)?[\p{Lu}]/u;
const looksLikeTitle = (phrase: string): boolean => phrase.split(/\s+/).some((w) => isTitleHead(w)) || /^(?:in[- ]charge|head) of\b/i.test(phrase);
const startsWithTitle = (phrase: string): boolean => {
  const words = phrase.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  if (/^(?:in[- ]charge)\b/i.test(words[0] ?? '')) return true;
  // A title head, maybe after its modifiers ("Deputy Director", "Senior Researcher", "Counter Trafficking Program Officer").
  for (const w of words.slice(0, 5)) {
    if (isTitleHead(w)) return true;
    if (!isTitleWord(w) && !/^(?:and|&)$/i.test(w)) return false;
  }
  return false;
};
const looksLikeBody = (phrase: string): boolean => {
  const ws = phrase.split(/\s+/);
  return /^[\p{Lu}]/u.test(phrase) && (ws.some((w) => ORG_HEADS.has(bare(w))) || (ws.length <= 3 && ws.some((w) => isAcronym(w))));
};

export function findPeople(doc: Document): PersonMention[] {
  const tags = tokenIndex(doc);
  const out: PersonMention[] = [];
  const paragraphWords = sharedParagraphWords(doc);
  // Context spans by start, to test in one step whether a word is already inside a person's reference.
  const inside = new Uint8Array(doc.text.length + 1);
  for (const words of paragraphWords) {
    for (const core of cores(words, tags)) {
      let { from } = core;
      const { to } = core;
      // "Malta Ian Borg", "Asylum Sofia Voultepsi", "Migration Ugochi Daniels": the name starts at the first person word.
      if (to - from >= 2) {
        const firstNameAt = words.slice(from, to - 1).findIndex((w) => !!tagOf(tags, w)?.has('FirstName'));
        const lead = (w: Word) => { const tg = tagOf(tags, w); return !tg?.has('FirstName') && !tg?.has('LastName') && !isInitial(w.text); };
        if (firstNameAt > 0 && words.slice(from, from + firstNameAt).every(lead)) from += firstNameAt;
        else if (firstNameAt < 0 && to - from >= 3) {
          const personAt = words.slice(from, to - 1).findIndex((w) => !!tagOf(tags, w)?.has('Person') && !tagOf(tags, w)?.has('Place'));
          if (personAt > 0 && words.slice(from, from + personAt).every(lead)) from += personAt;
        }
        while (to - from >= 3 && lead(words[from]!) && tagOf(tags, words[from]!)?.has('Place')) from++;
      }
      // "Port Selene", "Fort Mason": a place's name, unless a title or honorific says otherwise.
      if (PLACE_PREFIXES.test(words[from]!.text) && !(words[from - 1] && (isHonorific(words[from - 1]!.text) || isTitleHead(words[from - 1]!.text)))) continue;
      // A place alone ("Sri Lanka", "Thailand") is not a person.
      if (words.slice(from, to).every((w) => tagOf(tags, w)?.has('Place') && !tagOf(tags, w)?.has('FirstName')) && !(from > 0 && LOWER_CASE_OCCUPATIONS.has(words[from - 1]!.text))) continue;
      const prev = words[from - 1];
      const next = words[to];
      if (next && (ORG_HEADS.has(bare(next.text)) || EVENT_HEADS.has(bare(next.text)) || /^(?:Prize|Medal|Lecture|Fellowship|Scholarship|Building|Street|Road)$/.test(next.text)) && isCapitalised(next.text)) continue; // part of a body's or a thing's name
      const honorificBefore = !!prev && (isHonorific(prev.text) || (prev.text === ')' && false));
      // "journalist Tom Rivers": an occupation in lower case right before a name of two or three words
      const occupationBefore = !!prev && LOWER_CASE_OCCUPATIONS.has(prev.text) && to - from >= 2 && to - from <= 3;
      const titleBefore = !!prev && (isTitleHead(prev.text) || occupationBefore || (prev.text === ')' && !!words[from - 4] && isTitleHead(words[from - 4]!.text)));
      const tg = tagOf(tags, words[from]!);
      const tagged = !!tg && (tg.has('FirstName') || (tg.has('Person') && to - from >= 2)) && !(tg.has('Place') && !tg.has('FirstName'));
      const app = apposition(doc, words, to);
      const appTitle = app && startsWithTitle(app.phrase) && to - from >= 2;
      const single = to - from === 1;
      // "Deputy of the Majilis of the Parliament of the Republic of K Marat Bashimov": a position phrase right before.
      const prefixTitle = !single && !honorificBefore && !titleBefore && (() => {
        const p0 = prefixStart(words, from, tags);
        return p0 < from && splitTitle(textOf(doc, words, p0, from)).title !== null && !!words[from - 1] && isCapitalised(words[from - 1]!.text);
      })();
      if (!(honorificBefore || titleBefore || (tagged && !single) || appTitle || prefixTitle)) continue;
      if (single && !(honorificBefore || titleBefore)) continue;

      // Honorifics directly before the name, then the position phrase before them.
      let h = from;
      while (h > 0 && (isHonorific(words[h - 1]!.text) || /^(?:the|right)$/i.test(words[h - 1]!.text) && h > 1 && isHonorific(words[h - 2]!.text))) h--;
      let honorific = h < from ? textOf(doc, words, h, from).replace(/^the\s+/i, '') : null;
      let start = prefixStart(words, h, tags);
      let before = splitTitle(textOf(doc, words, start, h));
      // "Sysco’s Chief Administrative Officer, Neil Russell,", "the Minister of Justice, Y,".
      if (start === h && words[h - 1]?.text === ',') {
        const s2 = prefixStart(words, h - 1, tags);
        const boundary = words[s2 - 1];
        const phrase = textOf(doc, words, s2, h - 1);
        if (s2 < h - 1 && looksLikeTitle(phrase) && (!boundary || !/^[,)]$/.test(boundary.text))) {
          before = splitTitle(phrase);
          start = s2;
        }
      }
      // "...; Minister of Foreign Affairs, Education and Sports of the Principality of L Dominique Hasler": a title with a comma inside.
      if (!before.title && start > 0 && words[start - 1]?.text === ',') {
        const s2 = prefixStart(words, start - 1, tags);
        const boundary = words[s2 - 1];
        const phrase = textOf(doc, words, s2, h);
        if (s2 < start - 1 && looksLikeTitle(phrase) && (!boundary || !/^[,)]$/.test(boundary.text))) {
          before = splitTitle(phrase);
          start = s2;
        }
      }
      let title = before.title;
      let affiliation = before.affiliation;
      if (app) {
        if (startsWithTitle(app.phrase) || (looksLikeTitle(app.phrase) && !looksLikeBody(app.phrase)) || LOWER_OCCUPATION.test(app.phrase)) {
          const after = splitTitle(app.phrase);
          const rankOnly = !title || title.split(/\s+/).every((w) => RANKS.has(bare(w)));
          if (rankOnly && after.title) title = after.title;
          affiliation ??= after.affiliation;
          if (!title) title = after.title;
        } else if (looksLikeBody(app.phrase)) {
          affiliation ??= cleanBody(app.phrase);
        }
        if (app.second && !affiliation) affiliation = cleanBody(app.second);
      }
      // "Prof. Hannah Whitcombe", "Capt. Brian Tully": a rank or post among the honorifics, when no title is written
      if (!title && honorific) {
        const honorifics = honorific.split(/\s+/);
        const ranked: string[] = [];
        rankAsTitle(honorifics, ranked);
        if (ranked.length) {
          title = ranked[0]!;
          honorific = honorifics.length ? honorifics.join(' ') : null;
        }
      }
      // the occupation before the name is the title only when no other title is written
      if (!title && occupationBefore && start === h && h === from) {
        // "nurse educator Paul Okello", "investigative journalist X": one word before the occupation qualifies it
        const qualifier = words[from - 2];
        title = qualifier && /^[a-z][a-z-]{2,}$/.test(qualifier.text) && (LOWER_CASE_OCCUPATIONS.has(qualifier.text) || OCCUPATION_QUALIFIERS.has(qualifier.text)) ? `${qualifier.text} ${prev!.text}` : prev!.text;
      }
      // A rank alone is kept as the title only when nothing better was written ("Ambassador Choi").
      const first = words[from]!;
      const last = words[to - 1]!;
      const end = last.end - (/['’]s$/.test(last.text) ? 2 : 0); // "Woodruff’s"
      const name = doc.text.slice(first.start, end);
      const context = { start: words[Math.min(start, h)]!.start, end: Math.max(end, app && (looksLikeTitle(app.phrase) || looksLikeBody(app.phrase)) ? app.end : end) };
      out.push({ start: first.start, end, text: name, name, honorific, title: title || null, affiliation: affiliation || null, context });
    }
  }
  // A family name alone refers back to a person already named ("Whitfield will open the forum").
  const surnames = new Set(out.filter((p) => p.name.includes(' ')).map((p) => surnameOf(p.name)));
  for (const p of out) inside.fill(1, p.context.start, p.context.end);
  const taken = (at: number) => inside[at] === 1;
  // a word that begins no family name is passed over without building strings
  const firstWords = new Set([...surnames].map((s) => s.split(' ')[0]!));
  for (const words of paragraphWords) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const core = stripPossessive(w.text);
      if (!firstWords.has(core) && !firstWords.has(w.text)) continue;
      const two = words[i + 1] ? `${w.text} ${words[i + 1]!.text}` : '';
      const form = surnames.has(two) ? two : surnames.has(core) ? core : null;
      if (!form || taken(w.start) || (words[i + 1] && isCapitalised(words[i + 1]!.text) && form !== two && !/['’]s$/.test(w.text))) continue;
      if (i > 0 && isCapitalised(words[i - 1]!.text) && !isHonorific(words[i - 1]!.text) && !isTitleHead(words[i - 1]!.text) && !/^(?:The|A|An)$/.test(words[i - 1]!.text)) continue;
      const end = w.start + form.length;
      out.push({ start: w.start, end, text: form, name: form, honorific: null, title: null, affiliation: null, context: { start: w.start, end } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const personRecogniser = defineRecogniser({
  name: 'people',
  kind: 'people',
  recognise: (ctx) => findPeople(ctx.doc),
});
