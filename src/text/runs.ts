/**
 * Capitalised runs: stretches of capitalised words joined by the function words that names use
 * ("Ministry of Foreign Affairs of the Republic of Indonesia", "Council Against Trafficking"),
 * cut where one name ends and the next begins ("X and the Y", "X, Y"). Linear in the words.
 */
import { EVENT_HEADS, FIELD_WORDS, NOT_NAME_START, NOT_NAME_WORDS, ORG_HEADS, PORTFOLIO_BODIES, PORTFOLIO_HEADS, PORTFOLIO_WORDS } from '../lexicons/who.js';
import { EVENT_NOUNS } from '../lexicons/events.js';
import { gazetteerLookup } from '../lexicons/places.js';
import { acronymMatches, bare, isAcronym, isCapitalised, stripPossessive, wordsOf, type Word } from './names.js';

export interface Run {
  start: number;
  end: number;
  /** The words of the run (without a parenthesised acronym written after it). */
  words: Word[];
  /** "(IACAT)" right after the run. */
  acronym: Word | null;
}

// Bodies whose name says where they sit ("Embassy of Japan in Cambodia", "Japanese Association in Cambodia").
const IN_PLACE_HEADS = new Set(['embassy', 'consulate', 'mission', 'delegation', 'association', 'representation', 'chamber', 'community']);
const JOINERS = new Set(['of', 'for', 'and', 'on', 'against', '&', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'the', 'in']);
const PREPOSITIONS = new Set(['of', 'for', 'on', 'against', 'in', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das']);
// Capitalised verbs of headlines ("X and Y Hold Dialogue") and the prepositions after a name: they end a name.
const HEADLINE_VERB_WORDS: ReadonlySet<string> = new Set([
  'hold', 'holds', 'host', 'hosts', 'organise', 'organises', 'organize', 'organizes', 'convene', 'convenes', 'launch', 'launches',
  'visit', 'visits', 'deliver', 'delivers', 'conduct', 'conducts', 'sign', 'signs', 'open', 'opens', 'welcome', 'welcomes',
  'meet', 'meets', 'call', 'calls', 'urge', 'urges', 'say', 'says', 'said', 'train', 'trains', 'join', 'joins', 'lead', 'leads',
  'advance', 'advances', 'vow', 'vows', 'celebrate', 'celebrates', 'mark', 'marks', 'announce', 'announces',
  'co-organise', 'co-organises', 'co-organize', 'co-organizes', 'coorganise', 'coorganises', 'coorganize', 'coorganizes',
  'co-host', 'co-hosts', 'cohost', 'cohosts', 'discuss', 'discusses', 'agree', 'agrees',
  'to', 'with', 'at', 'from', 'by', 'as', 'via', 'into', 'under', 'amid', 'after', 'before', 'during', 'through', 'about',
]);
/** A headline verb or a preposition, in any case ("Hold", "HOSTS", "with"). */
export const isHeadlineVerb = (w: string): boolean => w.length <= 12 && (HEADLINE_VERB_WORDS.has(w) || HEADLINE_VERB_WORDS.has(w.toLowerCase()));

// joiners are short: a longer word is not looked up (no lower-casing on every word)
export const isJoiner = (w: string): boolean => w.length <= 7 && (JOINERS.has(w) || JOINERS.has(w.toLowerCase()));
export const isNameWord = (w: Word): boolean => (isCapitalised(w.text) || isAcronym(w.text)) && !isHeadlineVerb(w.text);

/**
 * The capitalised runs of `text` (offsets from `base`). A run starts at a capitalised word that can
 * begin a name, takes joiners only when a capitalised word follows, and stops at other punctuation.
 */
export function capitalisedRuns(text: string, base = 0): Run[] {
  return capitalisedRunsOf(wordsOf(text, base));
}

// "Trafficking in Persons", "Trade in Endangered Species": dealing nouns whose "in" names the goods, inside a body's name
const DEALING_NOUNS = new Set(['trafficking', 'trade', 'traffic', 'smuggling', 'dealing']);
/**
 * Whether "in" goes on with the name: after a head that says where the body sits ("Embassy of Japan in
 * Cambodia"), inside a purpose ("Centre for Excellence in Teaching", "Commission against Trafficking in Persons").
 */
function inJoinsName(taken: readonly Word[]): boolean {
  const last = bare(taken[taken.length - 1]!.text);
  return taken.some((t) => IN_PLACE_HEADS.has(bare(t.text)) || t.text === 'for') || (DEALING_NOUNS.has(last) && taken.some((t) => t.text === 'against' || t.text === 'Against'));
}

const isLocatingModifier = (w: string): boolean => w.length > 7 && (w.endsWith('-based') || w.endsWith('-headquartered'));

const isDigitLed = (w: string): boolean => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
const isPossessiveWord = (w: string): boolean => w.length > 2 && (w.endsWith("'s") || w.endsWith('’s'));

/** The capitalised runs of words already split (see `wordsOf`). */
export function capitalisedRunsOf(words: readonly Word[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    // most words are lower case: they start no run (tested first, before any regex or lower-casing)
    if (!isCapitalised(w.text) && !isAcronym(w.text)) {
      i++;
      continue;
    }
    // "The Open Web Families Trust": after "the" a capitalised word names, it is not a headline verb
    const afterThe = i > 0 && /^the$/i.test(words[i - 1]!.text) && isCapitalised(w.text) && words[i + 1] !== undefined && isNameWord(words[i + 1]!);
    const lower = bare(w.text);
    // "the Edinburgh-based Lantern Press Collective": where a body is based is no part of its name
    if (isLocatingModifier(lower)) {
      i++;
      continue;
    }
    if ((!isNameWord(w) && !afterThe) || (NOT_NAME_WORDS.has(lower) && !acronymInMixedCase(words, i)) || NOT_NAME_START.has(lower) || w.text === '(') {
      i++;
      continue;
    }
    const taken: Word[] = [w];
    let j = i + 1;
    let acronym: Word | null = null;
    let inner: Word | null = null;
    while (j < words.length) {
      const x = words[j]!;
      // "the University's Institute for Advanced Studies", "the Association's 80th Scientific Sessions": a body's possessive ends its name
      if (isOwningHead(taken[taken.length - 1]!.text)) break;
      // ("Savanna Ventures' Spring Demo Day": a plural head's possessive mark stands between the words, outside them)
      const lastTaken = taken[taken.length - 1]!;
      if (x.start - lastTaken.end === 2 && lastTaken.text.endsWith('s') && ORG_HEADS.has(bare(lastTaken.text)) && lastTaken.text.length > 4) break;
      // "Ghana's Ministry of Arts", "Nairobi’s County Assembly": a place's possessive owns the body, it is no part of its name
      if (isPossessiveWord(taken[taken.length - 1]!.text) && taken.length === 1 && isNameWord(x) && gazetteerLookup(stripPossessive(taken[0]!.text)) !== undefined) break;
      // "the University of Colorado Boulder’s 72nd annual Conference": a number after any possessive starts what it owns
      // ("Pennsylvania's 17th District" stays one name: a capitalised word goes on after the number)
      if (isDigitLed(x.text) && isPossessiveWord(taken[taken.length - 1]!.text) && !(words[j + 1] && isNameWord(words[j + 1]!))) break;
      const afterJoiner = isJoiner(taken[taken.length - 1]!.text);
      if ((isNameWord(x) || (afterJoiner && isCapitalised(x.text))) && !NOT_NAME_WORDS.has(bare(x.text))) {
        // An acronym after a name ends it ("Embassy of Japan in Cambodia AKP"), unless a head noun follows.
        if (isAcronym(x.text) && !afterJoiner && !isAcronym(taken[taken.length - 1]!.text)) {
          const next = words[j + 1];
          if (!next || !ORG_HEADS.has(bare(next.text))) break;
        }
        taken.push(x);
        j++;
        continue;
      }
      // "(HTSM)" inside a name, or "(IACAT)" after it.
      if (x.text === '(' && words[j + 2]?.text === ')' && isAcronym(words[j + 1]!.text)) {
        const next = words[j + 3];
        if (next && isNameWord(next) && ORG_HEADS.has(bare(next.text)) && !acronym) {
          taken.push(x, words[j + 1]!, words[j + 2]!);
          j += 3;
          continue;
        }
        // "Regional Support Office (RSO) of the Bali Process": the name goes on after its acronym.
        const after = words[j + 4];
        const afterThe = words[j + 5];
        if (next && /^(?:of|for)$/i.test(next.text) && after && (isCapitalised(after.text) && !NOT_NAME_WORDS.has(bare(after.text)) || (after.text.toLowerCase() === 'the' && afterThe && isCapitalised(afterThe.text)))) {
          inner = words[j + 1]!;
          taken.push(x, words[j + 1]!, words[j + 2]!);
          j += 3;
          continue;
        }
        acronym = words[j + 1]!;
        break;
      }
      // Joiners: up to two ("of the"), then a capitalised word must follow. "in" only after a body's head ("Embassy ... in Bangkok").
      // "in Midrand for the National Congress of ...": "for" before an event's name is a purpose, no joiner, after words without a body's head
      if (x.text.toLowerCase() === 'for' && !taken.some((t) => ORG_HEADS.has(bare(t.text))) && eventNameAfter(words, j + 1)) break;
      if (isJoiner(x.text) && (x.text.toLowerCase() !== 'in' || inJoinsName(taken))) {
        const y = words[j + 1];
        const z = words[j + 2];
        // ("School of Journalism and Media Studies": a word that is no name alone goes on when a name word follows it)
        if (y && isCapitalised(y.text) && (!isDigitLed(y.text) || (!!z && isNameWord(z))) && (!NOT_NAME_WORDS.has(bare(y.text)) || (!isAcronym(y.text) && !!z && isCapitalised(z.text) && !NOT_NAME_WORDS.has(bare(z.text)) && z.start === y.end + 1))) {
          taken.push(x, y);
          j += 2;
          continue;
        }
        // ("the Ministry of Trade on the 14th hosted": a number after the joiners goes on only before a name word)
        if (y && z && y.text.toLowerCase() === 'the' && isCapitalised(z.text) && (!isDigitLed(z.text) || (!!words[j + 3] && isNameWord(words[j + 3]!)))) {
          taken.push(x, y, z);
          j += 3;
          continue;
        }
      }
      break;
    }
    if (!acronym && inner) acronym = inner;
    // "Irish Nurses and Midwives Organisation (INMO)": an acronym that spells the whole run keeps it one name
    const whole = !!acronym && taken.length > 2 && acronymMatches(acronym.text, taken.map((w) => w.text).join(' ')) && !acronymMatches(acronym.text, taken.slice(taken.findIndex((w) => /^(?:and|&)$/i.test(w.text)) + 1).map((w) => w.text).join(' '));
    for (const part of whole ? [taken] : splitAtCoordination(taken, acronym !== null)) {
      runs.push({ start: part[0]!.start, end: part[part.length - 1]!.end, words: part, acronym: part === taken || part[part.length - 1] === taken[taken.length - 1] ? acronym : null });
    }
    i = acronym ? j + 3 : j;
  }
  return runs;
}

/** A word (lower case, bare) that heads an event's name: an event head or an event noun ("congress", "festival"). */
export const isEventHead = (w: string): boolean => EVENT_HEADS.has(w) || !!EVENT_NOUNS[w];

/** Whether the capitalised words from `k` ("the National Congress") end on an event's head noun before any joiner. */
function eventNameAfter(words: readonly Word[], k: number): boolean {
  if (words[k]?.text.toLowerCase() === 'the') k++;
  let last: Word | null = null;
  for (; k < words.length && isCapitalised(words[k]!.text) && !isJoiner(words[k]!.text); k++) last = words[k]!;
  return !!last && isEventHead(bare(last.text));
}

/** "WHO Philippines", "with WHO and ILO": an acronym among words in mixed case is a body's, not a shouted "Who". */
function acronymInMixedCase(words: readonly Word[], i: number): boolean {
  const w = words[i]!.text;
  if (w.length < 3 || !isAcronym(w)) return false;
  const mixed = (x: Word | undefined) => !!x && /\p{Ll}/u.test(x.text);
  return mixed(words[i - 1]) || mixed(words[i + 1]);
}

/** A body's head noun in the possessive ("University's", "Foundation’s"). */
const isOwningHead = (w: string): boolean => w.length > 4 && (w.endsWith("'s") || w.endsWith('’s')) && ORG_HEADS.has(bare(stripPossessive(w)));

const hasRealHead = (ws: readonly Word[]): boolean => ws.some((w) => ORG_HEADS.has(bare(w.text)) && !isAcronym(w.text));
const hasHead = (ws: readonly Word[]): boolean => ws.some((w) => ORG_HEADS.has(bare(w.text)) && !isAcronym(w.text)) || (ws.length === 1 && isAcronym(ws[0]!.text));
const startsWithHead = (ws: readonly Word[]): boolean => !!ws[0] && ORG_HEADS.has(bare(ws[0].text)) && !EVENT_HEADS.has(bare(ws[0].text));

/**
 * "Ministry of Health and Medical Services": after a ministry's "of", portfolio words joined by
 * "and" are one more portfolio of the same body, though "Services" is also a head noun.
 */
function continuesPortfolio(current: readonly Word[], rest: readonly Word[]): boolean {
  const of = current.findIndex((w) => w.text.toLowerCase() === 'of');
  if (of < 1 || !PORTFOLIO_BODIES.has(bare(current[0]!.text))) return false;
  const portfolio = (w: Word) => PORTFOLIO_WORDS.has(bare(w.text)) || PORTFOLIO_HEADS.has(bare(w.text));
  return current.slice(of + 1).every(portfolio) && rest.every(portfolio);
}

/**
 * "Clearwater Cloud and Pinecrest Bank": a name of two words or more with no head noun, then a body named
 * with a head of its own. Not when fields or portfolios are being joined ("Financial Crime and Anti-Corruption
 * Centre", "Ontario Arts and Culture Fund") or the left side opens with an acronym ("INTERPOL ...").
 */
function headlessThenBody(current: readonly Word[], rest: readonly Word[]): boolean {
  const field = (w: Word) => PORTFOLIO_WORDS.has(bare(w.text)) || FIELD_WORDS.has(bare(w.text));
  return current.length >= 2 && !hasHead(current) && !isAcronym(current[0]!.text) && !current.some(field) &&
    rest.length >= 2 && hasRealHead(rest) && !PORTFOLIO_WORDS.has(bare(rest[0]!.text)) && /^\p{Lu}/u.test(rest[0]!.text);
}

/**
 * Cuts a run where "and" joins two names: before "and the", before a body's head noun ("and
 * Department of ..."), or between two bodies outside a complement ("IJM and IACAT"), but not inside
 * one ("Committees on Development and Foreign Affairs", "Network on the World Bank and IMF").
 */
export function splitAtCoordination(words: readonly Word[], acronymAfter = false): Word[][] {
  const out: Word[][] = [];
  let current: Word[] = [];
  let prepositionSeen = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    const lower = w.text.toLowerCase();
    // "RSO BALI PROCESS AND IACAT": in capitals, AND always joins two names.
    if (w.text === 'AND' && current.length) {
      out.push(current);
      current = [];
      prepositionSeen = false;
      continue;
    }
    if ((lower === 'and' || lower === '&') && current.length) {
      const rest = words.slice(k + 1);
      const restUntilJoiner = rest.slice(0, Math.max(1, rest.findIndex((r) => isJoiner(r.text)) < 0 ? rest.length : rest.findIndex((r) => isJoiner(r.text))));
      // ("Ministry of Solidarity and the Fight against Poverty": after a body's "of", "and the" goes on with a field of
      // its portfolio, unless a body's head follows: "Ministry of Health and the World Health Organization")
      // (a forum or a network named after "and the" is a body too: "Department of X and the People Forum for Human Rights")
      const afterThe = rest.slice(1, 1 + Math.max(1, rest.slice(1).findIndex((r) => /^(?:and|&|,)$/i.test(r.text)) < 0 ? rest.length : rest.slice(1).findIndex((r) => /^(?:and|&|,)$/i.test(r.text))));
      // ("... for Social Dialogue and the Nursing and Allied Workers' Forum": the name after "the" may join its own fields)
      const andAfter = 1 + afterThe.length;
      if (/^(?:and|&)$/i.test(rest[andAfter]?.text ?? '')) {
        const tail = rest.slice(andAfter + 1);
        const upTo = tail.findIndex((r) => isJoiner(r.text) || r.text === ',');
        const fieldsThen = upTo < 0 ? tail : tail.slice(0, upTo);
        if (fieldsThen.length >= 2 && /^\p{Lu}/u.test(fieldsThen[0]!.text) && !startsWithHead(fieldsThen) && (ORG_HEADS.has(bare(fieldsThen[fieldsThen.length - 1]!.text)) || EVENT_HEADS.has(bare(fieldsThen[fieldsThen.length - 1]!.text)))) afterThe.push(...rest.slice(andAfter, andAfter + 1 + fieldsThen.length));
      }
      const theField = rest[0]?.text.toLowerCase() === 'the' && prepositionSeen && hasRealHead(current) && !hasRealHead(afterThe) && !afterThe.some((r) => EVENT_HEADS.has(bare(r.text)) && isCapitalised(r.text));
      const split =
        (rest[0]?.text.toLowerCase() === 'the' && !theField) ||
        startsWithHead(rest) ||
        (prepositionSeen && hasRealHead(current) && hasRealHead(restUntilJoiner) && /^\p{Lu}/u.test(rest[0]?.text ?? '') && !continuesPortfolio(current, restUntilJoiner)) ||
        (!prepositionSeen && hasHead(current) && hasHead(restUntilJoiner)) ||
        (!prepositionSeen && headlessThenBody(current, restUntilJoiner)) ||
        (!prepositionSeen && current.length === 1 && isAcronym(current[0]!.text)) ||
        // "our sponsors Halcyra and Quorvo": two one-word names with no head are two names (with "and", not "&",
        // which firms write inside one: "Brindle & Bean"), unless the pair is a place's name ("Trinidad and Tobago")
        // or the tail of a longer name before its acronym ("..., Asthma and Immunology (ACAAI)")
        (!acronymAfter && lower === 'and' && k === 1 && words.length === 3 && !hasHead(current) && !hasHead(rest) && !isAcronym(rest[0]!.text) && isCapitalised(rest[0]!.text) &&
          gazetteerLookup(words.map((x) => x.text).join(' ')) === undefined) ||
        // "Office on Drugs and Crime and Europol": a name that has joined its own fields already ends at a second "and"
        (prepositionSeen && hasRealHead(current) && current.some((c) => /^(?:and|&)$/i.test(c.text)) && /^\p{Lu}/u.test(rest[0]?.text ?? ''));
      if (split) {
        out.push(current);
        current = [];
        prepositionSeen = false;
        continue;
      }
    }
    if (!current.length && lower === 'the') continue;
    if (PREPOSITIONS.has(lower)) prepositionSeen = true;
    current.push(w);
  }
  if (current.length) out.push(current);
  // No run ends on a joiner.
  return out.map((ws) => {
    let e = ws.length;
    while (e > 0 && isJoiner(ws[e - 1]!.text)) e--;
    return ws.slice(0, e);
  }).filter((ws) => ws.length > 0);
}

/** The text of a run's words as written (from the first word's start to the last word's end). */
export const runText = (text: string, base: number, run: { start: number; end: number }): string => text.slice(run.start - base, run.end - base);

/**
 * What a run names, by its head noun: the last head among the words before its first preposition
 * ("Regional Support Office" of "... of the Bali Process"), skipping trailing place words.
 */
export function headKind(words: readonly Word[]): 'organization' | 'event' | null {
  let end = words.findIndex((w, k) => k > 0 && PREPOSITIONS.has(w.text.toLowerCase()));
  if (end < 0) end = words.length;
  for (let k = end - 1; k >= 0; k--) {
    const b = stripPossessive(bare(words[k]!.text));
    // "National Congress of the Federation of Mine Workers", "General Assembly of the Union": a sitting of the body after "of the"
    if (EVENT_NOUNS[b] && ORG_HEADS.has(b) && /^of$/i.test(words[end]?.text ?? '') && /^the$/i.test(words[end + 1]?.text ?? '') &&
      words.slice(end + 2).some((w) => ORG_HEADS.has(stripPossessive(bare(w.text))) && !EVENT_NOUNS[stripPossessive(bare(w.text))])) return 'event';
    if (ORG_HEADS.has(b)) return 'organization';
    if (EVENT_HEADS.has(b)) return 'event';
  }
  return null;
}
