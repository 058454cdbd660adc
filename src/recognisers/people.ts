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
import { CALENDAR_NAMES, CORPORATE_SUFFIX, EVENT_HEADS, GOVERNMENT_LEVELS, HONORIFIC_PAIRS, LINEUP_BEFORE, POST_NOMINALS, LOWER_CASE_OCCUPATIONS, SAYS_VERBS, OCCUPATION_QUALIFIERS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAME_WORDS, ORG_HEADS, PORTFOLIO_WORDS, TITLE_HEADS, TITLES_OF_ORGANISATION } from '../lexicons/who.js';
import { acronymMatches, bare, BULLET_LINE, isAcronym, isCapitalised, isHonorific, isInitial, isTitleWord, rankAsTitle, stripPossessive, stripTrailingParenthesis, surnameOf, trimEndChars, type Word } from '../text/names.js';
import { countryListAt } from '../text/country-lists.js';
import { gazetteerLookup } from '../lexicons/places.js';
import { paragraphWords as sharedParagraphWords, tokenIndex } from '../text/document-words.js';
import { isHeadlineVerb } from '../text/runs.js';
import { memoString } from '../text/memo.js';

type Tags = Map<number, Token>;

const PLACE_PREFIXES = /^(?:Port|City|Bay|Island|Lake|Mount|Mt|River|Saint|St|San|Santa|Fort|Cape|Gulf|North|South|East|West|New|Upper|Lower|Greater)$/;

// "IIT-Guwahati", "UNDP-Asia": an acronym joined to a name is a body's name.
const ACRONYM_PART = /^\p{Lu}{2,}-\p{L}/u;

// "Sen." abbreviates a title; "Sen" without the dot is a family name ("Amartya Sen").
const ABBREVIATED_TITLES: ReadonlySet<string> = new Set(['sen']);

// Things named after people ("the Nobel Prize", "the Sir Anthony Epstein Lecture").
const THING_HEADS = /^(?:Prize|Prizes|Medal|Medals|Lecture|Lectures|Fellowship|Fellowships|Scholarship|Scholarships|Award|Awards|Building|Street|Road|Memorial|Press|Books|Publishing|Publishers|Records|Pictures|Films)$/;

const RANKS = new Set(['chief', 'ambassador', 'admiral', 'vice', 'general', 'colonel', 'captain', 'commander', 'lieutenant', 'major', 'rear', 'brigadier', 'prince', 'princess']);
const STATE_WORDS = new Set(['republic', 'kingdom', 'principality', 'state', 'states', 'government', 'federation', 'commonwealth', 'emirates', 'union']);
const PREFIX_JOINERS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'against', 'in', 'to']);

// A word past the end of the text has no tags (callers look one word ahead).
const tagOf = (tags: Tags, w: Word | undefined): ReadonlySet<string> | undefined => (w ? tags.get(w.start)?.tags : undefined);
/** A title head in a phrase split at spaces, where a comma may stick to the word ("Director, Sustainable Development"). */
const isHeadWord = (w: string): boolean => isTitleHead(w.endsWith(',') ? w.slice(0, -1) : w);
const isTitleHead = (w: string): boolean => TITLE_HEADS.has(stripPossessive(bare(w))) || /^(?:usec|asec)-/i.test(w) || /-(?:in-charge|general|president|chair)$/i.test(w);

// What a word's text alone says about it (memoised): 0 never a name word, 1 a name word, 2 only when tagged
// #FirstName or #LastName (a title word or honorific that is also a name), 3 only when tagged #FirstName (a head noun).
const nameWordClass = memoString((t: string): number => {
  if (!isCapitalised(t) || isAcronym(t) || NOT_NAME_WORDS.has(bare(t)) || isHeadlineVerb(t) || /^(?:states|nations|countries)$/i.test(t) || ACRONYM_PART.test(t)) return 0;
  const b = stripPossessive(bare(t));
  if (ORG_HEADS.has(b) || EVENT_HEADS.has(b)) return 3;
  // "the former Executive Secretaries", "Ministers": a title's plural names a group, no one
  if (b.length > 4 && b.endsWith('s') && (TITLE_HEADS.has(b.slice(0, -1)) || (b.endsWith('ies') && TITLE_HEADS.has(`${b.slice(0, -3)}y`)))) return 0;
  // "Amartya Sen": the abbreviated title written without its dot is a name word
  if (ABBREVIATED_TITLES.has(t.toLowerCase())) return 1;
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

/** A two-word courtesy form ("Tan Sri", "Datuk Seri") at word `i`: its length, else 0. */
export const honorificPairAt = (words: readonly Word[], i: number): number => {
  const a = words[i];
  const b = words[i + 1];
  // most words begin no pair: one set lookup on the first word before any string is built
  if (!a || !b || !PAIR_FIRST_WORDS.has(a.text) || !isCapitalised(b.text)) return 0;
  return HONORIFIC_PAIRS.has(`${a.text.toLowerCase()} ${b.text.toLowerCase()}`) ? 2 : 0;
};
const PAIR_FIRST_WORDS = new Set([...HONORIFIC_PAIRS].flatMap((p) => { const w = p.split(' ')[0]!; return [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]; }));

// written forms ("Sunday", "SUNDAY"), so the test is one set lookup without a lower-casing
const CALENDAR_FORMS: ReadonlySet<string> = new Set([...CALENDAR_NAMES].flatMap((w) => [w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]));
const isCalendarName = (w: Word | undefined): boolean => !!w && CALENDAR_FORMS.has(w.text);
const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/**
 * "Mr Sunday Awulu", "the State Chairman, Sunday Oibe,": a weekday or month begins a name only after an
 * honorific, a title or a comma, and only when a name word follows it.
 */
function calendarNameStarts(words: readonly Word[], i: number, tags: Tags): boolean {
  const next = words[i + 1];
  const prev = words[i - 1];
  if (!isCalendarName(words[i]) || !next || isCalendarName(next) || !isNameWord(next, tags)) return false;
  // (", and Jun Santos": a list item after "and" too)
  return !!prev && (isHonorific(prev.text) || prev.text === ',' || isTitleHead(prev.text) || (/^and$/i.test(prev.text) && words[i - 2]?.text === ','));
}

/**
 * "Park Ji-hoon", "Seo Min-ji": a one-syllable family name that is also an English word ("Park", "Seo", "Song"),
 * before a given name of two syllables joined by a hyphen, the second in lower case.
 */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;
function koreanStyleName(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  const next = words[i + 1];
  return !!next && /^\p{Lu}\p{Ll}{1,5}$/u.test(w.text) && HYPHENED_GIVEN_NAME.test(next.text) && !NOT_NAME_WORDS.has(bare(w.text)) && !isTitleWord(w.text) && !ORG_HEADS.has(bare(w.text));
}

/** "Eng. (Amb.) Mahboub M.", "Col. (Rtd) X": an honorific in brackets right before word `h`, after another honorific. */
const bracketedHonorific = (words: readonly Word[], h: number): boolean =>
  h > 3 && words[h - 1]!.text === ')' && words[h - 3]!.text === '(' && (isHonorific(words[h - 2]!.text) || /^(?:rtd|retd|retired)\.?$/i.test(words[h - 2]!.text)) && isHonorific(words[h - 4]!.text);

/** "Omar al-Bashir", "Abd el-Fattah": a particle glued by a hyphen to a capitalised name. */
const GLUED_PARTICLE = /^(?:al|el|ad|ash|as|at|ar|an|az|ibn|bin|abu|ben|bint|ould|ag)-\p{Lu}/u;

/**
 * A head noun as the family name after one given name (`words[i]`): "Dana Park, co-founder of ...", "Sarah Hall,
 * director" (a title follows in apposition), "product manager Lena Park said", "Dr. John Hall," (a title or
 * honorific before, and the name not going on into a capitalised word or "of"/"for").
 */
function headNounSurname(words: readonly Word[], i: number): boolean {
  const given = words[i]!;
  const head = words[i + 1]!;
  const prev = words[i - 1];
  const next = words[i + 1 + 1];
  if (nameWordClass(head.text) !== 3 || nameWordClass(given.text) !== 1) return false;
  const titleAfter = next?.text === ',' && !!words[i + 3] && isTitleWord(words[i + 3]!.text) && !/^(?:at|in|from|to|near|the|of)$/i.test(prev?.text ?? '');
  const titleBefore = !!prev && (isHonorific(prev.text) || isTitleHead(prev.text)) && !(next && isCapitalised(next.text)) && !/^(?:of|for)$/.test(next?.text ?? '');
  return titleAfter || titleBefore;
}

/** The name cores of a paragraph: runs of name words, particles, initials and quoted nicknames. */
function cores(words: readonly Word[], tags: Tags): Core[] {
  const out: Core[] = [];
  let i = 0;
  while (i < words.length) {
    const pair = honorificPairAt(words, i);
    if (pair) { i += pair; continue; }
    if (!isNameWord(words[i]!, tags) && !isInitial(words[i]!.text) && !calendarNameStarts(words, i, tags) && !koreanStyleName(words, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const w = words[j];
      if (!w) break;
      if (honorificPairAt(words, j)) break;
      if (isNameWord(w, tags) || isInitial(w.text)) { j++; continue; }
      const dash = w.text.indexOf('-');
      if (dash > 0 && dash <= 4 && GLUED_PARTICLE.test(w.text)) { j++; continue; }
      // "Letlet August last night": a month as the family name after one given name, with no number after it.
      if (j === i + 1 && isCalendarName(w) && MONTH_NAMES.has(w.text.toLowerCase()) && isNameWord(words[i]!, tags) && !(words[j + 1] && (/^\d/.test(words[j + 1]!.text) || isCapitalised(words[j + 1]!.text)))) { j++; continue; }
      // A nickname in parentheses: Noboyuki (Nobi) Hayashi.
      if (w.text === '(' && words[j + 1] && isNameWord(words[j + 1]!, tags) && words[j + 2]?.text === ')' && words[j + 3] && isNameWord(words[j + 3]!, tags) && j > i) { j += 3; continue; }
      // "de la Cruz", "van der Berg", "bin Salman": particles, then the name goes on.
      if (NAME_PARTICLES.has(w.text.toLowerCase())) {
        let q = j;
        while (q < words.length && q - j < 3 && NAME_PARTICLES.has(words[q]!.text.toLowerCase())) q++;
        if (words[q] && isNameWord(words[q]!, tags)) { j = q + 1; continue; }
      }
      // "Rajesh a/l Subramaniam", "Devi d/o Raman": "son/daughter of", split by the tokeniser into three words
      if (/^[asd]$/.test(w.text) && words[j + 1]?.text === '/' && /^[lpo]$/.test(words[j + 2]?.text ?? '') && words[j + 3] && isNameWord(words[j + 3]!, tags) && words[j + 2]!.end === words[j + 3]!.start - 1 && w.end === words[j + 1]!.start) { j += 4; continue; }
      // A nickname in quotes: Arnaldo “Arnell” A. Ignacio.
      if (/^["“]$/.test(w.text) && words[j + 1] && isNameWord(words[j + 1]!, tags) && /^["”]$/.test(words[j + 2]?.text ?? '') && words[j + 3] && (isNameWord(words[j + 3]!, tags) || isInitial(words[j + 3]!.text))) { j += 3; continue; }
      if (j === i + 1 && headNounSurname(words, i)) { j++; break; }
      // ", Jr."
      // (", Sr. Electrical Engineer": "Senior" in a title, not a suffix)
      if (w.text === ',' && words[j + 1] && NAME_SUFFIXES.has(bare(words[j + 1]!.text)) && !(words[j + 2] && /^\p{Lu}\p{Ll}/u.test(words[j + 2]!.text))) { j += 2; continue; }
      // "Samuel Whitlock Jr., Principal": the suffix without a comma, after two name words at least
      if (j - i >= 2 && /^\p{Lu}/u.test(w.text) && NAME_SUFFIXES.has(bare(w.text)) && !(words[j + 1] && /^\p{Lu}\p{Ll}/u.test(words[j + 1]!.text))) { j++; break; }
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
  const at = bodyAfterPreposition(text);
  // "a child psychologist at Northgate University": an occupation in lower case, then the body it works at
  const occupation = at && /^an?\s/i.test(phrase.trim()) ? /^[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}$/.exec(text.slice(0, at.index)) : null;
  if (at && occupation && /^[\p{Lu}]/u.test(text.slice(at.index + at[0].length))) {
    return { title: occupation[0], affiliation: cleanBody(text.slice(at.index + at[0].length)) };
  }
  if (at) {
    const left = splitTitle(text.slice(0, at.index));
    const body = cleanBody(text.slice(at.index + at[0].length));
    // "Head of the Biotechnology Laboratory at the Institute of Chemistry": the unit headed stays in the title
    if (left.title && left.affiliation && body) return { title: trimEndChars(text.slice(0, at.index).trim(), ',;'), affiliation: body };
    return { title: left.title ?? left.affiliation, affiliation: body || left.affiliation };
  }
  // "NASA Astromaterials Research and Exploration Science (ARES) Scientist": the acronym closes the body's name
  const paren = text.indexOf(' (');
  if (paren > 0) {
    const close = text.indexOf(') ', paren);
    const acronym = close > paren ? text.slice(paren + 2, close) : '';
    const head = text.slice(0, paren);
    const tail = close > paren ? text.slice(close + 2) : '';
    if (isAcronym(acronym) && tail && startsWithTitle(tail) && !startsWithTitle(head) && acronymMatches(acronym, head)) {
      return { title: splitTitle(tail).title ?? tail, affiliation: cleanBody(head) };
    }
  }
  const inCharge = /^(?:in[- ]charge|in charge) of\s+/i.exec(text);
  if (inCharge) return { title: null, affiliation: cleanBody(text.slice(inCharge[0].length)) };
  const words = text.split(' ');
  // The first title word; what stands before it is the body ("UNDP", "World Bank Group", "Sysco’s").
  // a modifier begins the title only when title words run from it to a head ("Senior Programme Officer", not the
  // "Technical" of "Coastmoor Technical University VC")
  const runsToHead = (k: number): boolean => {
    for (let q = k + 1; q < words.length; q++) {
      if (isHeadWord(words[q]!)) return true;
      if (!isTitleWord(words[q]!) && !PORTFOLIO_WORDS.has(bare(words[q]!)) && !/^(?:and|&)$/i.test(words[q]!)) return false;
    }
    return false;
  };
  // "Programme" heads a title only before title words ("Programme Officer"), not inside a body's name ("X Programme Board Member")
  const bodyHead = (k: number): boolean => ORG_HEADS.has(bare(words[k]!)) && k + 1 < words.length && !isTitleWord(words[k + 1]!);
  let t = words.findIndex((w, k) => (isHeadWord(w) && !bodyHead(k)) || (isTitleWord(w) && !bodyHead(k) && runsToHead(k)));
  if (t < 0) return { title: null, affiliation: looksLikeBody(text) ? cleanBody(text) : null };
  let affiliation: string | null = null;
  const before = words.slice(0, t);
  // "Team Lead of the CTF", "Board Member of X": one head noun of a body before the title, with the body named after it
  let unitBefore = false;
  if (before.length) {
    const single = before.length === 1 && !isAcronym(stripPossessive(before[0]!)) && !ACRONYM_PART.test(before[0]!) && !/['’]s$/.test(before[0]!) && !ORG_HEADS.has(bare(before[0]!));
    // "Republican U.S. Sen.", "US Ambassador": a party or a country's abbreviation belongs to the title.
    const country = before.some((w) => /^(?:U\.?S\.?|U\.?K\.?|EU)$/.test(w)) && !before.some((w) => ORG_HEADS.has(bare(w)));
    // "George C. and Helen N. Pardee Professor": a chair named after people (initials) belongs to the title
    const namedChair = before.some((w) => isInitial(w));
    // "Communications and Multimedia Minister", "Acme Digital Director": the portfolios right before the head are the title's
    let p = before.length;
    while (p > 0 && (PORTFOLIO_WORDS.has(bare(before[p - 1]!)) || (p < before.length && p > 1 && /^(?:and|&)$/.test(before[p - 1]!) && PORTFOLIO_WORDS.has(bare(before[p - 2]!))))) p--;
    if (p < before.length && !before.slice(p).some((w) => ORG_HEADS.has(bare(w)))) {
      if (p === 0) t = 0;
      else { before.splice(p); t = p; }
    }
    // "newly elected president": lower-case words before the head qualify the post, they name no body
    // ("District Health Officer": a level of government alone before the post is the title's)
    const lower = before.every((w) => /^\p{Ll}/u.test(w)) || (before.length === 1 && GOVERNMENT_LEVELS.has(bare(before[0]!)));
    if (t === 0 || single || country || namedChair || lower) t = 0; // "Justice Secretary", "Swedish Prime Minister"
    else if (before.length > 1 && /^Board$/.test(before[before.length - 1]!)) {
      // "WACRN Board Secretary", "Acme Board Member": a post on the board is the title, the body is whose board it is
      affiliation = cleanBody(before.slice(0, -1).join(' '));
      t -= 1;
    } else {
      affiliation = cleanBody(before.join(' '));
      unitBefore = before.length === 1 && ORG_HEADS.has(bare(before[0]!));
    }
  }
  // Title words run until "of"/"for"/"and"; complements decide where the body starts.
  let k = t;
  while (k < words.length && !/^(?:of|for|on|to|in)$/i.test(words[k]!)) {
    if (/^(?:and|&)$/i.test(words[k]!) && !(words[k + 1] && isTitleWord(words[k + 1]!))) break;
    k++;
  }
  // "Secretary Delta State Taskforce on Human Trafficking": a body's name written straight after the title head
  if (!affiliation) {
    let j = t + 1;
    while (j < k && isTitleWord(trimEndChars(words[j]!, ','))) j++;
    const run = words.slice(j, k);
    if (j > t && j < k && isHeadWord(words[j - 1]!) && run.every((w) => /^\p{Lu}/u.test(w)) && run.some((w) => ORG_HEADS.has(bare(trimEndChars(w, ','))))) {
      return { title: words.slice(t, j).join(' '), affiliation: cleanBody(words.slice(j).join(' ')) };
    }
  }
  const heads = words.slice(t, k).filter((w) => isHeadWord(w));
  const head = bare(trimEndChars(heads[heads.length - 1] ?? '', ','));
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
    // "Senegal’s Assistant Director of Criminal Police": with the owner written before, "of" and no article is a portfolio.
    // "director of events": a complement in lower case is a portfolio, never a body
    const named = complement.some((w) => /^[\p{Lu}\d]/u.test(w));
    // "Deputy General Secretary of GNAT": a bare acronym after "of" names a body, not a portfolio ("Minister of ICT")
    const acronymBody = complement.length === 1 && isAcronym(stripPossessive(complement[0]!)) && !PORTFOLIO_ACRONYMS.has(stripPossessive(complement[0]!)) && (!affiliation || unitBefore);
    // "Director of Programmes", "Vice President of Sales and Marketing": a field of work, no body
    const portfolio = !withArticle && complement.length > 0 && complement.every((w) => PORTFOLIO_WORDS.has(bare(trimEndChars(w, ','))));
    const ofOrganisation = prep === 'of' && named && !portfolio && ((TITLES_OF_ORGANISATION.has(head) && (withArticle || !affiliation || unitBefore)) || (withArticle && body) || acronymBody);
    if (ofOrganisation && titleWords.length) {
      if (unitBefore) titleWords.unshift(before[0]!);
      const body = rest.slice(1);
      // "President of the Board of Trustees of the Museum": the body's own organ or unit is part of the title
      const unit = UNIT_HEADS.has(bare(body[withArticle ? 1 : 0] ?? ''));
      let lastOf = -1;
      for (let q = body.length - 2; q > 1; q--) if (/^of$/i.test(body[q]!) && /^\p{Lu}/u.test(body[q + 1]!.toLowerCase() === 'the' ? body[q + 2] ?? '' : body[q + 1]!)) { lastOf = q; break; }
      if (unit && lastOf > 0 && body.slice(0, lastOf).some((w, i) => i > 0 && /^of$/i.test(w))) {
        titleWords.push(rest[0]!, ...body.slice(0, lastOf));
        affiliation = cleanBody(body.slice(lastOf + 1).join(' '));
      } else {
        affiliation = cleanBody(body.join(' '));
      }
      rest = [];
      break;
    }
    titleWords.push(...rest.slice(0, end));
    rest = rest.slice(end);
  }
  const title = titleWords.join(' ').replace(/ ?\([A-Z][A-Z\d&.-]{1,12}\)/g, '').replace(/[,;]$/, '').trim();
  // "Head of INTERPOL’s Regional Bureau for West Africa": the unit stays in the title, its owner is the body
  if (!affiliation) {
    const owned = titleWords.findIndex((w, i) => i > 0 && /^(?:of|for|at)$/i.test(titleWords[i - 1]!) && /^\p{Lu}/u.test(w) && /['’]s$/.test(w) && !!titleWords[i + 1] && /^\p{Lu}/u.test(titleWords[i + 1]!));
    if (owned > 0) affiliation = stripPossessive(titleWords[owned]!);
    // "Assistant Secretary-General and UNDP Director for the Bureau": a body's acronym inside the title, before a title word
    const inner = titleWords.findIndex((w, i) => i > 0 && isAcronym(w) && !isHeadWord(w) && !PORTFOLIO_ACRONYMS.has(w) && !!titleWords[i + 1] && isTitleWord(titleWords[i + 1]!));
    if (!affiliation && inner > 0) affiliation = titleWords[inner]!;
  }
  return { title: title || null, affiliation: affiliation || null };
}

// A body's own organs and units ("the Board of Trustees of X", "the Department of Physics of Y").
const UNIT_HEADS: ReadonlySet<string> = new Set(['board', 'committee', 'faculty', 'department', 'school', 'division', 'laboratory', 'unit', 'directorate', 'bureau']);

// Acronyms that name a portfolio or a field, not a body ("Minister of ICT", "Director of HR").
const PORTFOLIO_ACRONYMS: ReadonlySet<string> = new Set(['ICT', 'ICTS', 'IT', 'HR', 'AI', 'STEM', 'R&D', 'PR', 'WASH', 'TVET', 'ESG']);

/**
 * The first " at X" / " with X" / " from X" of a position phrase whose X begins with a capital or a digit
 * ("Senior Researcher at the NEXUS Institute"); "Ivorians from the outside" names no body. One pass of a
 * regular expression without nested repetition.
 */
function bodyAfterPreposition(text: string): RegExpExecArray | null {
  const re = /\s(?:at|with|from)\s+(?:the\s+)?/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/^[\p{Lu}\d]/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) return m;
  }
  return null;
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
      if (!right.length || (right.some((x) => isTitleHead(x.text)) && !acronymSpansAnd(words, k - 1, from) && !portfoliosJoined(words, k - 1))) break;
      k--;
      continue;
    }
    if (PREFIX_JOINERS.has(lower)) { k--; continue; }
    // "Cabinet Secretary for Information, Communication and the Digital Economy X": a comma inside a list of portfolios
    if (w.text === ',' && k > 1 && PORTFOLIO_WORDS.has(bare(words[k - 2]!.text)) && PORTFOLIO_WORDS.has(bare(words[k]?.text ?? '')) && isCapitalised(words[k - 2]!.text)) { k--; continue; }
    // ("Additional Director X": a sentence opener elsewhere, a grade before a title head)
    // ("WHO technical officer Dr. X": the acronym in capitals is a body, not the word "who")
    if ((isCapitalised(w.text) || isAcronym(w.text)) && (!NOT_NAME_WORDS.has(bare(w.text)) || (k < from && isTitleWord(w.text) && isTitleWord(words[k]!.text)) || w.text === 'WHO')) {
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

/**
 * "Communications and Multimedia Minister X", "Trade and Industry Secretary Y": the "and" at word `and` joins two
 * portfolios of one title when a portfolio word stands right before it and no title head in the capitalised run
 * before that ("... Minister of Health and Kansas City Mayor Z" stays two people).
 */
function portfoliosJoined(words: readonly Word[], and: number): boolean {
  const left = words[and - 1];
  if (!left || !isCapitalised(left.text) || !PORTFOLIO_WORDS.has(bare(left.text))) return false;
  for (let q = and - 1; q >= 0 && q >= and - 4; q--) {
    const w = words[q]!;
    if (isTitleHead(w.text)) return false;
    if (!isCapitalised(w.text) && !PREFIX_JOINERS.has(w.text.toLowerCase())) return true;
  }
  return and - 4 < 0;
}

/**
 * "NASA Astromaterials Research and Exploration Science (ARES) Scientist X": the "and" at word `and` lies
 * inside a body's name when the acronym in parentheses after it (before `to`) stands for words on both sides.
 */
function acronymSpansAnd(words: readonly Word[], and: number, to: number): boolean {
  let open = -1;
  for (let q = and + 1; q < to && q < and + 8; q++) if (words[q]!.text === '(') { open = q; break; }
  if (open < 0 || words[open + 2]?.text !== ')' || !isAcronym(words[open + 1]!.text)) return false;
  let a = and;
  while (a > 0 && and - a < 4 && isCapitalised(words[a - 1]!.text)) a--;
  if (a === and) return false;
  const name = words.slice(a, open).map((w) => w.text).join(' ');
  return acronymMatches(words[open + 1]!.text, name);
}

/** The word after the post-nominal letters that follow a name ("X, CMP, CAE, director of ..." / "Y KC, said"): where the apposition may open. */
function afterPostNominals(words: readonly Word[], to: number): number {
  let k = to;
  for (;;) {
    const comma = words[k]?.text === ',' ? 1 : 0;
    const w = words[k + comma];
    if (!w || !POST_NOMINALS.has(w.text.replace(/\./g, '').toUpperCase()) || !/^\p{Lu}/u.test(w.text)) return k;
    k += comma + 1;
  }
}

/** The apposition after a name: ", Title of Body," / " (Title)" / " – Title at Body –". */
function apposition(doc: Document, words: readonly Word[], name: number, tags: Tags): { phrase: string; second: string | null; end: number; position?: boolean } | null {
  const to = afterPostNominals(words, name);
  const open = words[to];
  if (!open) return null;
  // "Dr. X of the Mekong Legal Aid Network", "Dr Y from IIT-Guwahati": the body straight after the name.
  if (/^(?:of|from)$/i.test(open.text) && words[to + 1]) {
    let m = to + 1;
    if (/^the$/i.test(words[m]!.text)) m++;
    let e = m;
    // the body ends before another person ("from Mekong Delta University and Dr B")
    const goesOn = (q: number) => !!words[q] && isCapitalised(words[q]!.text) && !isHonorific(words[q]!.text) && !isTitleHead(words[q]!.text);
    // "of Mexico and UNDP Administrator Helen Clark": after "and", a run up to a title is the next person's position
    const nextPosition = (q: number) => { let r = q; while (r < words.length && r < q + 5 && isCapitalised(words[r]!.text) && !isTitleHead(words[r]!.text)) r++; return r > q && !!words[r] && isTitleHead(words[r]!.text) && isCapitalised(words[r]!.text); };
    // "of Osaka University and Fatoumata Diallo, director of ...": after "and", a given name or a name with a position of its own is the next person
    const nextPerson = (q: number) => {
      if (tagOf(tags, words[q]!)?.has('FirstName') && !ORG_HEADS.has(bare(words[q]!.text))) return true;
      let r = q;
      while (r < words.length && r < q + 4 && isCapitalised(words[r]!.text) && !ORG_HEADS.has(bare(words[r]!.text)) && !isAcronym(words[r]!.text)) r++;
      return r - q >= 2 && words[r]?.text === ',' && !!words[r + 1] && (isTitleWord(words[r + 1]!.text) || /^(?:a|an|the)$/.test(words[r + 1]!.text));
    };
    while (e < words.length && ((isCapitalised(words[e]!.text) && !isHonorific(words[e]!.text)) || isAcronym(words[e]!.text) || (/^(?:of|the|and|for|on)$/i.test(words[e]!.text) && goesOn(e + 1) && !(/^and$/i.test(words[e]!.text) && (nextPosition(e + 1) || nextPerson(e + 1)))))) e++;
    // "Graphic Era (Deemed to be University)": a parenthesis that ends the body's name
    if (words[e]?.text === '(') { const close = skipParenthesis(words, e); if (close > e && words.slice(e, close).some((w) => ORG_HEADS.has(bare(w.text)))) e = close; }
    const body = words.slice(m, e);
    if (body.length && body.some((w) => ORG_HEADS.has(bare(w.text)) || isAcronym(w.text) || ACRONYM_PART.test(w.text))) return { phrase: doc.text.slice(body[0]!.start, body[body.length - 1]!.end), second: null, end: body[body.length - 1]!.end };
    return null;
  }
  // "Julie O. Director General – NAPTIP": a capitalised position straight after the name, a dash, then the body
  if (isCapitalised(open.text) && isTitleWord(open.text)) {
    let q = to;
    while (q < words.length && q < to + 5 && isCapitalised(words[q]!.text) && isTitleWord(words[q]!.text)) q++;
    const dash = words[q];
    if (q > to && isTitleHead(words[q - 1]!.text) && dash && /^[–—]$/.test(dash.text)) {
      let e = q + 1;
      while (e < words.length && e < q + 10 && (isCapitalised(words[e]!.text) || isAcronym(words[e]!.text) || (/^(?:of|the|for|on|&)$/i.test(words[e]!.text) && !!words[e + 1] && isCapitalised(words[e + 1]!.text)))) e++;
      const body = words.slice(q + 1, e);
      if (body.length && body.some((w) => ORG_HEADS.has(bare(w.text)) || isAcronym(w.text)) && !body.some((w) => isHonorific(w.text) || isTitleHead(w.text))) {
        return { phrase: doc.text.slice(words[to]!.start, words[q - 1]!.end), second: doc.text.slice(body[0]!.start, body[body.length - 1]!.end), end: body[body.length - 1]!.end };
      }
    }
  }
  // "Chief A. Idgbe AGA-Africa Programme Country Coordinator for Nigeria and ...": a body and a position straight after the name
  if (isCapitalised(open.text) && !isTitleWord(open.text)) {
    let q = to;
    let bodyWord = false;
    while (q < words.length && q < to + 5 && isCapitalised(words[q]!.text) && !isTitleHead(words[q]!.text) && !isHonorific(words[q]!.text)) {
      if (ACRONYM_PART.test(words[q]!.text) || isAcronym(words[q]!.text) || ORG_HEADS.has(bare(words[q]!.text))) bodyWord = true;
      q++;
    }
    let e = q;
    while (e < words.length && e < q + 4 && isCapitalised(words[e]!.text) && isTitleWord(words[e]!.text)) e++;
    if (bodyWord && q > to && e > q && isTitleHead(words[e - 1]!.text) && !(words[e] && (tagOf(tags, words[e]!)?.has('FirstName') || isCapitalised(words[e]!.text)))) {
      // "... for Nigeria": the complement of the position
      if (/^(?:for|of)$/.test(words[e]?.text ?? '') && words[e + 1] && isCapitalised(words[e + 1]!.text)) {
        e += 2;
        while (e < words.length && e < q + 10 && isCapitalised(words[e]!.text)) e++;
      }
      return { phrase: doc.text.slice(words[to]!.start, words[e - 1]!.end), second: null, end: words[e - 1]!.end, position: true };
    }
  }
  // "Edward Turner chair of the Centre", "Sarah Hayward leader of Camden Council": a position in lower case, no comma.
  if (isTitleHead(open.text) && /^[a-z]/.test(open.text)) return lowerCasePosition(doc, words, to);
  // "Andrea Ghez. a professor of physics": a stray full stop before a lower-case apposition stands for a comma.
  const strayStop = open.text === '.' && /^(?:a|an|the)$/.test(words[to + 1]?.text ?? '');
  const closer = open.text === '(' ? ')' : open.text === ',' || strayStop ? ',' : /^[–—]$/.test(open.text) ? open.text : null;
  if (!closer) return null;
  // ", with Prime Minister X delivering ...", ", during the ceremony": a phrase that opens with a preposition is no apposition.
  if (closer === ',' && words[to + 1] && NOT_APPOSITION_START.test(words[to + 1]!.text)) return null;
  // ", Thursday (April 12) morning in the foyer of the Hospital": a time, not a position or a body
  if (closer === ',' && words[to + 1] && (isCalendarName(words[to + 1]) || /^(?:today|yesterday|tomorrow|on|last|this|next)$/i.test(words[to + 1]!.text))) return null;
  let k = to + 1;
  const stop = (w: Word) => w.text === closer || w.text === ';' || w.text === '.' || w.text === ')' || (closer !== ',' && w.text === ',') || /^[–—]$/.test(w.text);
  while (k < words.length && !stop(words[k]!)) {
    // "Programme Co-lead (Thailand)": a parenthesis inside the phrase.
    if (words[k]!.text === '(' && closer !== ')') {
      const close = words.findIndex((w, q) => q > k && w.text === ')');
      if (close > k && close - k < 8) { k = close + 1; continue; }
    }
    // "Executive Editor of X and Founding Member of Y": a second position is not read ("... and International Cooperation" is no position).
    if (/^(?:and)$/i.test(words[k]!.text) && words[k + 1] && (isHonorific(words[k + 1]!.text) || (isTitleWord(words[k + 1]!.text) && words.slice(to + 1, k).some((x) => /^(?:of|at)$/i.test(x.text)) && headFollows(words, k + 1)))) {
      // "..., the X Professor of Economics and Professor of Law at Northmoor University;": both posts, held at the body
      const tail = isHonorific(words[k + 1]!.text) && !isTitleHead(words[k + 1]!.text) ? 0 : bodyAfterTitleList(words, tags, k);
      if (tail) return { phrase: doc.text.slice(words[to + 1]!.start, words[tail - 1]!.end), second: null, end: words[tail - 1]!.end };
      break;
    }
    // "X, interim provost who is serving as ...": the apposition ends where a clause begins; "X, the Uzbek
    // delegation was led by ...": a clause, no apposition at all, unless a position came first.
    // "at Woodhaugh Gardens, Mayor Rangi Hollis thanked ...": a title and a name, then their verb: the
    // comma closed an opening phrase and the clause's own subject follows, not an apposition
    if (closer === ',' && k > to + 2 && titledSubjectBefore(words, to + 1, k, tags)) return null;
    if (k > to + 1 && (CLAUSE_WORDS.has(words[k]!.text) || finiteVerbAfterNoun(words, k, tags))) {
      if (!startsWithTitle(doc.text.slice(words[to + 1]!.start, words[k - 1]!.end))) return null;
      break;
    }
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
  // (", Chief Nurse,": an occupation after the title words is the position's head, not a name)
  if (t > 0 && t < inner.length && inner.slice(t).every((w) => isCapitalised(w.text) && !ORG_HEADS.has(bare(w.text)) && !isAcronym(w.text) && !LOWER_CASE_OCCUPATIONS.has(w.text.toLowerCase()))) return null;
  // ", Fire Marshal Luisa Ferraro and ...": a title of words we do not all know, then a given name: the next person
  if (closer === ',' && inner.some((w, j) => j < 4 && isCapitalised(w.text) && isTitleHead(w.text) && !!inner[j + 1] && !!tagOf(tags, inner[j + 1]!)?.has('FirstName') && !isTitleWord(inner[j + 1]!.text) && !!inner[j + 2] && isNameWord(inner[j + 2]!, tags) && inner.slice(0, j).every((x) => isCapitalised(x.text) && !ORG_HEADS.has(bare(x.text))))) return null;
  const phrase = doc.text.slice(words[to + 1]!.start, words[k - 1]!.end);
  let second: string | null = null;
  let end = words[k - 1]!.end;
  // "X, Usec-in-Charge, National Prosecution Service (NPS),": a body in a second comma phrase.
  if (closer === ',' && words[k]?.text === ',') {
    let m = k + 1;
    while (m < words.length && !stop(words[m]!)) m++;
    const next = words.slice(k + 1, m);
    // ", Thursday (April 12) morning in the foyer of the Hospital": a time and place, no body
    if (next.length && !NOT_NAME_WORDS.has(bare(next[0]!.text)) && next.some((x) => ORG_HEADS.has(bare(x.text))) && next.every((x) => isCapitalised(x.text) || PREFIX_JOINERS.has(x.text.toLowerCase()) || /^[()]$/.test(x.text) || isAcronym(x.text)) && !next.some((x) => isHonorific(x.text))) {
      second = doc.text.slice(next[0]!.start, next[next.length - 1]!.end);
      end = next[next.length - 1]!.end;
    } else if (next.length && next.length <= 4 && words[m]?.text === ',' && next.every((x) => isCapitalised(x.text)) && gazetteerLookup(doc.text.slice(next[0]!.start, next[next.length - 1]!.end))?.kind === 'country' && startsWithTitle(phrase)) {
      // "X, Minister of Youth and Sports, Mauritius, delivered ...": the country the minister speaks for
      second = doc.text.slice(next[0]!.start, next[next.length - 1]!.end);
      end = next[next.length - 1]!.end;
    } else if ((startsWithTitle(phrase) || (/^the\s/i.test(phrase) && looksLikeTitle(phrase) && !looksLikeBody(phrase))) && !/\s(?:at|with)\s+(?:the\s+)?\p{Lu}/u.test(phrase)) {
      // (not when the phrase names its body already: "head of research at X, and Y, ...": the next person follows)
      // "X, Director of Platform Strategy, from Microsoft", "Y, Chief of Asia, Middle East and Europe at PATH":
      // the position goes on over commas up to the body it is held at
      const tail = bodyAfterTitleList(words, tags, k);
      if (tail) return { phrase: doc.text.slice(words[to + 1]!.start, words[tail - 1]!.end), second: null, end: words[tail - 1]!.end };
    }
  }
  if (words[k] && (words[k]!.text === ')' || (/^[–—]$/.test(words[k]!.text) && closer !== ','))) end = words[k]!.end;
  return { phrase, second, end };
}

const MAX_TITLE_TAIL_WORDS = 14;

/**
 * After a position and the comma at `k`: the rest of the position over at most three more comma phrases,
 * then " at Body" / " from Body" / " with Body" ("..., Middle East and Europe at PATH", "..., from Microsoft",
 * "..., system software at IDC, will ..."); the end (exclusive) of the body's name, else 0. No phrase of the
 * tail may be another person (a given name, an honorific, a position of its own) or a clause (a verb).
 */
function bodyAfterTitleList(words: readonly Word[], tags: Tags, k: number): number {
  if (andNamePhrase(words, k)) return 0;
  let commas = 0;
  for (let q = k + 1; q < words.length && q - k <= MAX_TITLE_TAIL_WORDS; q++) {
    const w = words[q]!;
    const t = w.text;
    if (t === ',') {
      if (++commas > 2) return 0;
      if (andNamePhrase(words, q)) return 0;
      continue;
    }
    const opens = words[q - 1]!.text === ',' || (/^(?:and|&)$/i.test(words[q - 1]!.text) && words[q - 2]?.text === ',');
    if (/^(?:at|from|with)$/.test(t)) {
      let b = q + 1;
      if (/^the$/i.test(words[b]?.text ?? '')) b++;
      const first = b;
      while (b < words.length && (isCapitalised(words[b]!.text) || isAcronym(words[b]!.text) || (/^(?:of|the|and|for|on|&)$/i.test(words[b]!.text) && !!words[b + 1] && isCapitalised(words[b + 1]!.text) && !isHonorific(words[b + 1]!.text)))) {
        if (isHonorific(words[b]!.text)) break;
        b++;
      }
      if (b === first) return 0;
      // "at the Institute for Advanced Study (IAS)": the acronym after the body
      if (words[b]?.text === '(' && words[b + 2]?.text === ')' && isAcronym(words[b + 1]!.text)) b += 3;
      const after = words[b];
      const ends = !after || /^[,;.:)–—]$/.test(after.text) || CLAUSE_WORDS.has(after.text) || SAYS_VERBS.has(after.text) || /^(?:and|in|on)$/.test(after.text);
      // "..., from Nairobi, Kenya": a town or a country is where the person came from, not a body
      const place = b - first <= 3 && !words.slice(first, b).some((x) => ORG_HEADS.has(bare(x.text)) || isAcronym(x.text)) && (!!gazetteerLookup(words.slice(first, b).map((x) => x.text).join(' ')) || words.slice(first, b).every((x) => tagOf(tags, x)?.has('Place')));
      return ends && !place ? b : 0;
    }
    if (/^[.;:()–—"“”]$/.test(t) || CLAUSE_WORDS.has(t) || SAYS_VERBS.has(t) || (isHonorific(t) && !isTitleHead(t)) || isInitial(t)) return 0;
    const tg = tagOf(tags, w);
    if (tg && (tg.has('FirstName') || tg.has('Verb') || tg.has('Pronoun') || tg.has('Date') || tg.has('Value'))) return 0;
    // "..., Ngozi Okeke, Professor at Y": a phrase that opens with a position is another person's
    if (opens && isTitleHead(t) && isCapitalised(t)) return 0;
  }
  return 0;
}

/**
 * ", and Efua Sarpong, head of ...": after the comma at `k`, "and", a few capitalised words that are neither a
 * position nor a body, a comma, then a position: the next person of a list, whatever names compromise knows.
 */
function andNamePhrase(words: readonly Word[], k: number): boolean {
  if (!/^(?:and|&)$/.test(words[k + 1]?.text ?? '')) return false;
  let q = k + 2;
  while (q < words.length && q < k + 7 && isCapitalised(words[q]!.text) && !isTitleWord(words[q]!.text) && !ORG_HEADS.has(bare(words[q]!.text)) && !isAcronym(words[q]!.text)) q++;
  if (q === k + 2 || words[q]?.text !== ',') return false;
  const next = words[q + 1]?.text ?? '';
  return isTitleWord(next) || /^(?:the|a|an)$/i.test(next);
}

/**
 * ", the opening session included a talk by ...": a finite verb in lower case right after a lower-case noun
 * (not after an adverb: "the newly elected president") makes the phrase a clause, not an apposition.
 */
function finiteVerbAfterNoun(words: readonly Word[], k: number, tags: Tags): boolean {
  if (!isFiniteVerb(words[k]!, tags)) return false;
  const prev = words[k - 1]!;
  const pt = tagOf(tags, prev);
  return /^[a-z]+$/.test(prev.text) && !!pt?.has('Noun') && !pt.has('Adverb');
}

/** A finite verb in lower case that compromise tags as nothing else, and no participle qualifying a post. */
function isFiniteVerb(w: Word, tags: Tags): boolean {
  if (!/^[a-z]+$/.test(w.text) || TITLE_PARTICIPLES.has(w.text)) return false;
  const tg = tagOf(tags, w);
  return !!tg?.has('Verb') && (tg.has('PastTense') || tg.has('PresentTense')) && !tg.has('Noun') && !tg.has('Adjective');
}
/**
 * Whether words `from`..`k` are a capitalised title, then a name of two or more capitalised words, and word
 * `k` is a finite verb in lower case: "Mayor Rangi Hollis thanked", "Chief Nurse Ana Ruiz opened".
 */
function titledSubjectBefore(words: readonly Word[], from: number, k: number, tags: Tags): boolean {
  if (!isFiniteVerb(words[k]!, tags)) return false;
  let t = from;
  while (t < k && isCapitalised(words[t]!.text) && isTitleWord(words[t]!.text)) t++;
  if (t === from || !isTitleHead(words[t - 1]!.text) || k - t < 2) return false;
  return words.slice(t, k).every((x) => isCapitalised(x.text) && !isTitleWord(x.text) && !ORG_HEADS.has(bare(x.text)) && !isAcronym(x.text));
}
/** ", of the Baltic Coastal Research Station,": an apposition that is only the body the person comes from. */
function bodyFrom(phrase: string): string | null {
  const m = /^(?:of|from)\s(?:the\s)?(?=\p{Lu})/u.exec(phrase);
  const rest = m ? phrase.slice(m[0].length) : '';
  return m && looksLikeBody(rest) && namesOnly(rest) ? cleanBody(rest) : null;
}
// past forms that qualify a post ("president elected in May", "minister designate")
const TITLE_PARTICIPLES: ReadonlySet<string> = new Set(['elected', 'appointed', 'designate', 'designated', 'retired', 'nominated', 'emeritus', 'based']);

// Words that start a clause (a verb, an auxiliary, a relative), never a title or a body written beside a name.
// the same words as a set, for the test on every word of an apposition
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'who', 'whose', 'which', 'that', 'said', 'says', 'added', 'noted', 'told', 'stressed', 'delivered', 'gave', 'opened', 'closed', 'welcomed', 'presented', 'spoke', 'explained', 'highlighted', 'emphasised', 'emphasized', 'underlined', 'urged', 'called', 'announced']);
const CLAUSE_START = /^(?:was|were|is|are|has|have|had|will|would|can|could|shall|should|may|might|must|did|does|do|who|whose|which|that|said|says|added|noted|told|stressed|delivered|gave|opened|closed|welcomed|presented|spoke|explained|highlighted|emphasi[sz]ed|underlined|urged|called|announced)$/;
// Words that open a phrase after a comma that is not written about the name before it (", with X", ", during the visit").
const NOT_APPOSITION_START = /^(?:with|during|at|in|on|after|before|for|to|from|by|while|when|where|as|who|which|that|but|and|or|said|says)$/;

/** Whether a position's head noun follows word `k` before the next "of"/"at"/"for" or punctuation ("Founding Member of"). */
function headFollows(words: readonly Word[], k: number): boolean {
  for (let q = k; q < words.length && q < k + 6; q++) {
    const t = words[q]!.text;
    if (isTitleHead(t)) return true;
    if (!isTitleWord(t)) return false;
  }
  return false;
}

/** "chair of Fitzrovia Community Centre Limited": lower-case position words, a preposition, then a capitalised body. */
function lowerCasePosition(doc: Document, words: readonly Word[], to: number): { phrase: string; second: string | null; end: number } | null {
  let k = to;
  while (k < words.length && k < to + 4 && /^[a-z]/.test(words[k]!.text) && isTitleWord(words[k]!.text)) k++;
  if (!words[k] || !/^(?:of|at|for|with)$/.test(words[k]!.text)) return null;
  let e = k + 1;
  if (words[e] && /^the$/i.test(words[e]!.text)) e++;
  const bodyStart = e;
  while (e < words.length && (isCapitalised(words[e]!.text) || isAcronym(words[e]!.text) || (/^(?:of|the|and|for|on|&)$/i.test(words[e]!.text) && words[e + 1] && isCapitalised(words[e + 1]!.text)))) e++;
  if (e === bodyStart) return null;
  return { phrase: doc.text.slice(words[to]!.start, words[e - 1]!.end), second: null, end: words[e - 1]!.end };
}

/** Whether the capitalised word `w` stands elsewhere in the text too, as a word of its own. */
function namedElsewhere(doc: Document, w: Word): boolean {
  return (capitalisedCounts(doc).get(w.text) ?? 0) > 1;
}
const capitalisedMemo = new WeakMap<Document, Map<string, number>>();
/** How often each capitalised word stands in the text (counted once per document). */
function capitalisedCounts(doc: Document): Map<string, number> {
  let counts = capitalisedMemo.get(doc);
  if (counts) return counts;
  counts = new Map();
  const re = /(?<![\p{L}\d])\p{Lu}\p{Ll}+(?![\p{L}\d])/gu;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  capitalisedMemo.set(doc, counts);
  return counts;
}

/** "product lead at Harbourline", "head of research at X": a post in lower case that ends with a title head, then a body. */
function lowerPositionAt(phrase: string): boolean {
  const m = /^([a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3})\s(?:at|of|with|for)\s(?:the\s)?\p{Lu}/u.exec(phrase);
  if (!m) return false;
  const ws = m[1]!.split(' ');
  return isTitleHead(ws[ws.length - 1]!) || (ws.length > 1 && ws.some((w) => isTitleHead(w)) && !/^(?:and|or)$/.test(ws[ws.length - 1]!));
}

/**
 * The bracket that opens at word `open` after a name holds one to six capitalised words (joiners aside) that
 * are no place, no title and no date: a body's name ("(Veridian Health)", "(Lagos Fintech Hub)").
 */
function bracketedBody(doc: Document, words: readonly Word[], open: number, tags: Tags): boolean {
  const close = skipParenthesis(words, open);
  if (close === open) return false;
  const inner = words.slice(open + 1, close - 1);
  if (!inner.length || inner.length > 6 || !/^\p{Lu}/u.test(inner[0]!.text)) return false;
  if (!inner.every((w) => /^[\p{Lu}\d]/u.test(w.text) || PREFIX_JOINERS.has(w.text.toLowerCase()) || w.text === '&')) return false;
  if (inner.some((w) => isTitleHead(w.text) || isHonorific(w.text) || isCalendarName(w))) return false;
  const text = doc.text.slice(inner[0]!.start, inner[inner.length - 1]!.end);
  if (gazetteerLookup(text) || inner.every((w) => tagOf(tags, w)?.has('Place'))) return false;
  return true;
}

// "a child psychologist at Northgate University", "an economist with the Central Bank": an occupation and a body.
const LOWER_OCCUPATION = /^an?\s[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,3}\s(?:at|with|from)\s(?:the\s)?[\p{Lu}]/u;
const looksLikeTitle = (phrase: string): boolean => phrase.split(/\s+/).some((w) => isHeadWord(w)) || /^(?:in[- ]charge|head) of\b/i.test(phrase);
const startsWithTitle = (phrase: string): boolean => {
  const words = phrase.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
  if (/^(?:in[- ]charge)\b/i.test(words[0] ?? '')) return true;
  // A title head, maybe after its modifiers ("Deputy Director", "Senior Researcher", "Counter Trafficking Program Officer").
  for (const word of words.slice(0, 5)) {
    const w = trimEndChars(word, ',;:');
    if (isTitleHead(w)) return true;
    // ("District Commissioner for Moshi", "Provincial Director"): a level of government before the head
    if (!isTitleWord(w) && !/^(?:and|&)$/i.test(w) && !GOVERNMENT_LEVELS.has(w.toLowerCase())) return false;
  }
  return false;
};
const looksLikeBody = (phrase: string): boolean => {
  const ws = phrase.split(/\s+/);
  return /^[\p{Lu}]/u.test(phrase) && (ws.some((w) => ORG_HEADS.has(bare(trimEndChars(w, '),;')))) || (ws.length <= 3 && ws.some((w) => isAcronym(w) || ACRONYM_PART.test(w))));
};

/**
 * The shape of a list: a name-shaped core that stands next to a person in a list ("Danny Choo, Haleo
 * Shiiya and Hiroko Tabuchi") is a person too. Walks left to right, then right to left, so a person
 * anywhere in the list reaches every item; each step is one look at the neighbour, so it stays linear.
 */
function listMates(doc: Document, words: readonly Word[], tags: Tags, found: Read[], waiting: Core[]): void {
  const ends = new Map<number, Read>();
  const starts = new Map<number, Read>();
  const note = (r: Read) => { ends.set(r.to, r); starts.set(r.from, r); };
  for (const r of found) note(r);
  const taken = new Set<Core>();
  // an item of a list starts after a separator or at the start; after "and", the item before is a list item too
  // ("Ministry of Finance and Economic Management, X": "Economic Management" ends a body's name, it is no item)
  const startsItem = (c: Core) => {
    const prev = words[c.from - 1];
    if (!prev || /^[,;:(]$/.test(prev.text)) return true;
    return /^and$/i.test(prev.text) && (words[c.from - 2]?.text === ',' || ends.has(c.from - 1));
  };
  // the first item of a list opens after a lower-case word: "readings by (poets) A, B and C"
  const opensList = (c: Core) => { const prev = words[c.from - 1]; return !!prev && /^\p{Ll}+$/u.test(prev.text) && !/^(?:the|a|an|of|for|and|or|to|in|at|on)$/.test(prev.text); };
  const adopt = (c: Core, first = false) => {
    // "..., Alexandria Area Economic Development Director Nicole F.": the body in another person's position is no list item
    if (!(startsItem(c) || (first && opensList(c))) || found.some((r) => r.from <= c.from && c.to <= r.to)) return;
    const r = readPerson(doc, words, c, tags, true);
    if (!r) return;
    taken.add(c);
    found.push(r);
    note(r);
  };
  // the end of the item before a separator run that ends at `k` (a parenthesis after the item is skipped)
  // after an item with an apposition ("A, Director, B"), a bare comma may go on inside the apposition: only "; " or " and " part items there
  // ("A (Org), B": an apposition in brackets is closed, the comma after it parts items)
  const parts = (r: Read, a: number, k: number) => words[r.to - 1]!.end <= r.mention.end || words[r.to - 1]!.text === ')' || !(k - a === 1 && words[a]!.text === ',');
  const leftNeighbour = (k: number): boolean => {
    for (let a = k - 1; a >= Math.max(0, k - 2); a--) {
      if (!onlySeparators(words, a, k)) break;
      const r = ends.get(a);
      if (r && parts(r, a, k)) return true;
      // "A (Org), B": the item ends before its parenthesis
      if (words[a - 1]?.text === ')') for (let q = a - 2; q >= Math.max(0, a - 9); q--) if (words[q]!.text === '(') { if (ends.has(q)) return true; break; }
    }
    return false;
  };
  for (const c of waiting) if (leftNeighbour(c.from)) adopt(c);
  for (let k = waiting.length - 1; k >= 0; k--) {
    const c = waiting[k]!;
    if (taken.has(c)) continue;
    const after = skipParenthesis(words, c.to);
    for (let b = after + 1; b <= after + 2; b++) if (onlySeparators(words, after, b) && starts.has(b)) { adopt(c, words[after]?.text === ','); break; }
  }
  found.sort((x, y) => x.mention.start - y.mention.start);
}

/** A position written in lower case right before word `h`, maybe after the body it belongs to (see readPerson). */
function lowerTitleBefore(doc: Document, words: readonly Word[], h: number, tags: Tags): { start: number; parts: TitleParts } | null {
  let k = h;
  if (words[k - 1]?.text === ')' && words[k - 3]?.text === '(' && isAcronym(words[k - 2]!.text)) k -= 3; // "(CEO)"
  const end = k;
  let head = false;
  // "Kenya Forest Service head of conservation Mary N.": a post in lower case with its field after "of"
  for (let f = 1; f <= 2; f++) {
    const of = words[k - f - 1];
    const post = words[k - f - 2];
    if (of?.text !== 'of' || !post || !/^[a-z][a-z-]*$/.test(post.text) || !isTitleHead(post.text) || ORG_HEADS.has(post.text)) continue;
    if (!words.slice(k - f, k).every((w) => /^[a-z][a-z-]*$/.test(w.text) && !isTitleHead(w.text) && !/^(?:the|a|an|and)$/.test(w.text))) continue;
    k -= f + 2;
    head = true;
    break;
  }
  const fieldEnd = k;
  while (k > 0 && end - k < 4 + (end - fieldEnd)) {
    const t = words[k - 1]!.text;
    if (!/^[a-z][a-z-]*$/.test(t)) break;
    // "Tan Sri X and chief executive officer Y": "and" joins two posts ("founder and chief executive"), not a person and a post
    if (t === 'and' && !(words[k - 2] && /^[a-z]/.test(words[k - 2]!.text) && isTitleHead(words[k - 2]!.text))) break;
    if (isTitleHead(t)) head = true;
    // ("engineering director", "product manager": a field before the post belongs to it)
    // ("graphic designer", "documentary filmmaker": a qualifier of the occupation too)
    else if (!(isTitleWord(t) || ORG_HEADS.has(t) || (head && PORTFOLIO_WORDS.has(t) && t !== 'and') || (head && OCCUPATION_QUALIFIERS.has(t)))) break;
    k--;
  }
  // ("FATA MNCH program, X": a body's head noun in lower case ends no post)
  if (!head || k === end || (fieldEnd === end && (!isTitleHead(words[end - 1]!.text) || ORG_HEADS.has(bare(words[end - 1]!.text))))) return null;
  const title = textOf(doc, words, k, end);
  // the body before it: a capitalised run ("Bernama", "MCMC"), not a sentence's first word
  // ("A and the general secretary of X": an article right before the post leaves no body before it)
  let b0 = /^the$/i.test(words[k - 1]?.text ?? '') ? k : prefixStart(words, k, tags);
  // "president Joyce N. and Zambia Federation of Employers executive director Harrington C.": after a post in
  // lower case the words up to "and" are that post's holder, and the body starts after "and"
  if (b0 < k && words[b0 - 1] && /^[a-z]/.test(words[b0 - 1]!.text) && isTitleHead(words[b0 - 1]!.text)) {
    const and = words.slice(b0, k).findIndex((w) => /^(?:and|&)$/.test(w.text));
    if (and > 0) b0 += and + 1;
  }
  // ("..., and WHO technical officer Dr. X": a list's "and" opens no body)
  while (b0 < k && /^(?:and|&)$/.test(words[b0]!.text)) b0++;
  // (a person's name before the post is no body: "chairman Tan Sri Lim, and chief executive ...")
  const body = b0 < k && !words.slice(b0, k).some((w) => isHonorific(w.text) || honorificPairAt(words, b0) > 0) && looksLikeBodyRun(words, b0, k, tags) ? cleanBody(textOf(doc, words, b0, k)) : null;
  // "Lead author X": capitalised title words before it belong to the title
  // ("Artistic director X" opening a sentence: an adjective capitalised by its place, no body)
  const sentenceFirst = b0 === 0 || /^[.!?:;"“”]$/.test(words[b0 - 1]!.text);
  const capitalisedAdjective = k - b0 === 1 && sentenceFirst && !!tagOf(tags, words[b0])?.has('Adjective') && !tagOf(tags, words[b0])?.has('Organization') && !isAcronym(words[b0]!.text) && !ORG_HEADS.has(bare(words[b0]!.text));
  if (body && (capitalisedAdjective || textOf(doc, words, b0, k).split(/\s+/).every((w) => isTitleWord(w)))) return { start: b0, parts: { title: textOf(doc, words, b0, end), affiliation: null } };
  return { start: body ? b0 : k, parts: { title, affiliation: body || null } };
}

/**
 * "the Trust's executive director, Mary A.", "the chief economist of Banco Sur, Ana R.": a post in lower
 * case, with its owner before it or its body after "of"/"at", then a comma and the name. `c` is the comma.
 */
function lowerTitleBeforeComma(doc: Document, words: readonly Word[], c: number, tags: Tags): { start: number; parts: TitleParts } | null {
  if (words[c]?.text !== ',') return null;
  const b0 = prefixStart(words, c, tags);
  let p = b0;
  if (p < c && /^the$/i.test(words[p - 1]?.text ?? '')) p--;
  if (b0 < c && /^(?:of|at)$/.test(words[p - 1]?.text ?? '') && looksLikeBodyRun(words, b0, c, tags)) {
    const lower = lowerTitleBefore(doc, words, p - 1, tags);
    // (only "the chief economist of X, Y": after "A, chairperson of X, Mr Y" the post is A's)
    if (!lower || lower.parts.affiliation || !/^the$/i.test(words[lower.start - 1]?.text ?? '')) return null;
    return { start: lower.start, parts: { title: lower.parts.title, affiliation: cleanBody(textOf(doc, words, b0, c)) } };
  }
  if (b0 < c) return null;
  const lower = lowerTitleBefore(doc, words, c, tags);
  // the owner must be written: "Oxfam's", "the Trust's" (a bare "director, X" is too weak a cue), or the
  // article that makes the post an apposition: "The outgoing president, X, ..."
  if (lower && (lower.parts.affiliation || /^the$/i.test(words[lower.start - 1]?.text ?? ''))) return lower;
  // "The museum's director, X,": a body's head noun as owner
  const noun = lower ? commonNounOwner(words[lower.start - 1]?.text) : null;
  if (lower && noun && /^the$/i.test(words[lower.start - 2]?.text ?? '')) return { start: lower.start - 2, parts: { title: lower.parts.title, affiliation: noun } };
  return null;
}

/** "Speakers include X", "The panel featured X": a line-up opens right before the word at `from`. */
function lineupBefore(doc: Document, words: readonly Word[], from: number): boolean {
  const prev = words[from - 1];
  if (bulletOfLineup(doc, words[from]!.start)) return true;
  if (!prev || !/^(?:include|includes|included|including|were|are|featured|featuring|features|by|:)$/i.test(prev.text)) return false;
  return LINEUP_BEFORE.test(doc.text.slice(Math.max(0, prev.end - 60), prev.end));
}

const BULLET_OPENING = /^\s*(?:[-*•–—·▪◦●]|\d{1,2}[.)])\s+$/;
/**
 * "The panel featured:" then "- audiobook narrator Priyanka Chaudhuri-Moss;": a name at the start of a bulleted
 * line (after its mark and a lower-case post) under a line that opens a line-up with a colon.
 */
function bulletOfLineup(doc: Document, at: number): boolean {
  const para = doc.paragraphAt(at);
  if (!para || !BULLET_LINE.test(para.text)) return false;
  const lead = doc.text.slice(para.start, at);
  if (!BULLET_OPENING.test(lead) && !/^\s*(?:[-*•–—·▪◦●]|\d{1,2}[.)])\s+(?:[a-z][\p{L}-]*\s+){1,6}$/u.test(lead)) return false;
  let k = para.index - 1;
  while (k >= 0 && k > para.index - 12 && BULLET_LINE.test(doc.paragraphs[k]!.text)) k--;
  const head = doc.paragraphs[k]?.text.trimEnd() ?? '';
  return head.endsWith(':') && (LINEUP_BEFORE.test(head.slice(-60)) || LINEUP_BEFORE.test(head.slice(-61, -1)));
}

/** "Dr A and Dr B from IIT-Guwahati": B's body is A's too, when nothing is written about A alone. */
function shareAffiliations(words: readonly Word[], found: Read[]): void {
  const byStart = new Map(found.map((r) => [r.from, r]));
  for (const r of found) {
    const m = r.mention;
    if (m.title || m.affiliation || words[r.to]?.text !== 'and' || words[r.to - 1]!.end !== m.end) continue;
    const next = byStart.get(r.to + 1);
    if (next && next.mention.affiliation && !next.mention.title && /^(?:of|from)$/i.test(words.find((w) => w.start >= next.mention.end)?.text ?? '')) m.affiliation = next.mention.affiliation;
  }
}

/**
 * "given by Northern Glaciology and Polar Survey (NGPS) Chief Scientist X": a name with nothing of its own
 * (no honorific, no title) inside the position written around another person's name is part of that position.
 */
function insideAnother(r: Read, found: readonly Read[]): boolean {
  const m = r.mention;
  if (m.honorific || m.affiliation) return false;
  // a name with a title of its own stays, unless it is one word inside another's apposition ("..., Secretary Volta Regional Committee")
  const single = !m.name.includes(' ');
  return found.some((o) => o !== r && o.mention.context.start <= m.start && m.end <= o.mention.context.end &&
    (m.title ? single && m.start >= o.mention.end : m.end <= o.mention.start || m.start >= o.mention.end));
}

/** A person read at one core, with the word indices its reference covers (title before to apposition after). */
interface Read {
  mention: PersonMention;
  from: number;
  to: number;
}

const SEPARATORS = new Set([',', ';', 'and']);
const AFTER_SAYING = new Set(['said', 'says', 'added', 'adds', 'noted', 'stated', 'explained', 'continued', 'concluded', 'remarked', 'stressed', 'emphasised', 'emphasized', 'observed']);

/** The word after a parenthesis that opens at `k` and closes within a few words ("(Banco Sur)"), else `k`. */
function skipParenthesis(words: readonly Word[], k: number): number {
  if (words[k]?.text !== '(') return k;
  for (let q = k + 1; q < words.length && q <= k + 8; q++) if (words[q]!.text === ')') return q + 1;
  return k;
}

/** Whether words [a, b) hold only list separators (", ", "; ", " and ", ", and "). */
function onlySeparators(words: readonly Word[], a: number, b: number): boolean {
  if (b <= a || b - a > 2 || a < 0 || b > words.length) return false;
  for (let k = a; k < b; k++) if (!SEPARATORS.has(words[k]!.text.toLowerCase())) return false;
  return true;
}

/**
 * "Earlier, RGU Vice Chancellor, Prof X", "Addressing participants at the opening ceremony, Senegal’s
 * Assistant Director, Y": the comma that closes a sentence's opening phrase (a first word that begins no
 * name, and no other comma before it) bounds nothing, unlike a comma inside a list.
 */
function isOpenerComma(words: readonly Word[], c: number): boolean {
  if (words[c]?.text !== ',') return false;
  let k = c - 1;
  while (k >= 0 && c - k <= 25 && !/^[.:;,]$/.test(words[k]!.text)) k--;
  if (k >= 0 && (c - k > 25 || words[k]!.text === ',' || words[k]!.text === ';')) return false;
  const first = words[k + 1];
  if (!first || k + 1 >= c) return false;
  // "... a quote from Kofi Annan, former Secretary General": the phrase ends with a name, whose position follows
  if (c - k > 3 && [words[c - 1]!, words[c - 2]!].every((w) => isCapitalised(w.text) && nameWordClass(w.text) === 1)) return false;
  return c - k === 2 ? isCapitalised(first.text) : NOT_NAME_WORDS.has(bare(first.text)) || /^\p{Lu}\p{Ll}+ing$/u.test(first.text);
}

/**
 * Whether a position phrase that starts at word `s0` begins there: after a sentence's opening phrase, a
 * preposition or a verb, not after another name ("John M. Musser Professor of X, Y") or inside a list
 * ("A, Director, B"); lower-case title words before it ("former") belong to it.
 */
function positionBounded(words: readonly Word[], s0: number): boolean {
  let s2 = s0;
  while (s2 > 0 && /^[a-z]/.test(words[s2 - 1]!.text) && isTitleWord(words[s2 - 1]!.text)) s2--;
  const boundary = words[s2 - 1];
  if (!boundary) return true;
  if (/^[,)]$/.test(boundary.text)) return isOpenerComma(words, s2 - 1);
  // "Guild president and CEO, X": the body whose position it is may stand before it
  if (s2 < s0 && (ORG_HEADS.has(bare(boundary.text)) || isAcronym(boundary.text))) return true;
  return (!isCapitalised(boundary.text) && !isInitial(boundary.text)) || NOT_NAME_WORDS.has(bare(boundary.text));
}

/**
 * The position written before a name and a comma: "the Deputy General Secretary of GNAT, Kwame D.",
 * "Vanuatu’s Director General, Ministry of Finance, Letlet August" (a title, then a body). `c` is the comma.
 */
function titleBeforeComma(doc: Document, words: readonly Word[], c: number, tags: Tags): { start: number; parts: TitleParts } | null {
  if (words[c]?.text !== ',') return null;
  const bounded = (s0: number) => positionBounded(words, s0);
  const s2 = prefixStart(words, c, tags);
  if (s2 >= c) return null;
  const phrase = textOf(doc, words, s2, c);
  if (looksLikeTitle(phrase)) return bounded(s2) && !nameAfterTitle(words, s2, c, tags) ? { start: s2, parts: splitTitle(phrase) } : null;
  if (!looksLikeBody(phrase) || words[s2 - 1]?.text !== ',') return null;
  const s3 = prefixStart(words, s2 - 1, tags);
  const title = textOf(doc, words, s3, s2 - 1);
  if (s3 >= s2 - 1 || !looksLikeTitle(title) || !bounded(s3)) return null;
  const parts = splitTitle(title);
  // "Vanuatu’s Director General, Ministry of Finance, X": the body named is more exact than the owner before the title
  const owner = parts.affiliation !== null && /^\S+['’]s\s/.test(title.replace(/^the\s+/i, ''));
  return { start: s3, parts: { title: parts.title, affiliation: owner ? cleanBody(phrase) : parts.affiliation ?? cleanBody(phrase) } };
}

/**
 * "Massman Companies CEO Jeff Hohn, ...": a given name right after the last title head of words [s, c) ends
 * a person's reference there, so the phrase is no position written before the next name.
 */
function nameAfterTitle(words: readonly Word[], s: number, c: number, tags: Tags): boolean {
  let last = -1;
  for (let k = s; k < c; k++) if (isTitleHead(words[k]!.text)) last = k;
  const next = words[last + 1];
  if (last < 0 || last + 1 >= c || !next || !isCapitalised(next.text) || isTitleWord(next.text) || ORG_HEADS.has(bare(next.text)) || isAcronym(next.text)) return false;
  return !!tagOf(tags, next)?.has('FirstName') || isHonorific(next.text);
}

/**
 * A body's name holds no lower-case words but its joiners ("Ministry of Health and Family Welfare"):
 * "WHO country representatives and other staff across the region" is a list of people, no body.
 */
const namesOnly = (phrase: string): boolean => phrase.replace(/\([^()]*\)/g, ' ').split(/\s+/).every((w) => !/^\p{Ll}/u.test(w) || PREFIX_JOINERS.has(w) || NAME_PARTICLES.has(w));

/** "federation's", "museum's": a body's head noun in lower case as owner, the noun; null otherwise (the agents resolver ties it to the body named in full). */
function commonNounOwner(word: string | undefined): string | null {
  if (!word || !/^\p{Ll}+['’]s$/u.test(word)) return null;
  const noun = stripPossessive(word);
  return ORG_HEADS.has(noun) ? noun : null;
}

/** "the union's president", "the company's chief executive": a post in lower case after its owner's possessive. */
function ownedLowerPost(phrase: string): boolean {
  const m = /^(?:the|its|their|his|her) (?:[\p{L}-]+['’]s )(?:[a-z-]+ ){0,2}([a-z-]+)$/u.exec(phrase);
  return !!m && isTitleHead(m[1]!);
}

/** "AGA-Africa Programme Board Member": a capitalised phrase that ends with a title head after a body's name. */
function endsWithPosition(phrase: string): boolean {
  const ws = phrase.split(/\s+/);
  if (ws.length < 2 || ws.length > 8 || !isTitleHead(ws[ws.length - 1]!) || !ws.every((w) => /^[\p{Lu}\d]/u.test(w) || PREFIX_JOINERS.has(w))) return false;
  const parts = splitTitle(phrase);
  return parts.title !== null && parts.affiliation !== null;
}

/**
 * "Senior Hydrologist at the Institute for River Studies", "Visiting Scholar with the Bank": a few capitalised
 * words, none a body's head or an acronym, then "at"/"with" and a body: a position our title words do not know,
 * held at that body (a body's name never goes on with "at").
 */
function positionAtBody(phrase: string): TitleParts | null {
  const ws = phrase.replace(/^the\s+/i, '').split(/\s+/);
  const at = ws.findIndex((w) => w === 'at' || w === 'with');
  if (at < 1 || at > 4) return null;
  for (let k = 0; k < at; k++) {
    const w = ws[k]!;
    if (!/^\p{Lu}\p{Ll}/u.test(w) || ORG_HEADS.has(bare(w)) || isHonorific(w) || NOT_NAME_WORDS.has(bare(w))) return null;
  }
  const rest = ws.slice(/^the$/i.test(ws[at + 1] ?? '') ? at + 2 : at + 1).join(' ');
  if (!/^\p{Lu}/u.test(rest) || NOT_NAME_WORDS.has(bare(rest.split(' ')[0]!)) || !namesOnly(rest)) return null;
  return { title: ws.slice(0, at).join(' '), affiliation: cleanBody(rest) };
}

/** Words [a, b) name a body rather than a person: a body's head noun, an acronym, or no given name among them. */
function looksLikeBodyRun(words: readonly Word[], a: number, b: number, tags: Tags): boolean {
  let named = false;
  for (let k = a; k < b; k++) {
    const w = words[k]!;
    if (ORG_HEADS.has(bare(w.text)) || isAcronym(w.text) || tagOf(tags, w)?.has('Organization')) return true;
    if (tagOf(tags, w)?.has('FirstName')) named = true;
  }
  return !named;
}

const OPENING_QUALIFIERS = new Set(['former', 'retired', 'veteran', 'renowned', 'eminent', 'noted', 'celebrated', 'distinguished']);

/**
 * "Former programme director and the brain behind the aircraft, Manas V. in his address": a sentence that
 * opens with a position (in lower case after its first word), maybe goes on with "and" a description, and
 * names the person after its first comma. Bounded to 25 words back.
 */
function openingPosition(doc: Document, words: readonly Word[], from: number): { title: string; start: number } | null {
  const c = from - 1;
  if (words[c]?.text !== ',') return null;
  let k = c - 1;
  while (k >= 0 && c - k <= 25 && !/^[.;:,!?]$/.test(words[k]!.text)) k--;
  if (c - k > 25 || (k >= 0 && words[k]!.text !== '.')) return null;
  const s = k + 1;
  const fits = (t: string) => { const b = bare(t); return isTitleWord(t) || LOWER_CASE_OCCUPATIONS.has(b) || OCCUPATION_QUALIFIERS.has(b) || OPENING_QUALIFIERS.has(b); };
  const isHead = (t: string) => isTitleHead(t) || LOWER_CASE_OCCUPATIONS.has(bare(t));
  if (!words[s] || !/^\p{Lu}\p{Ll}/u.test(words[s]!.text) || !fits(words[s]!.text)) return null;
  let e = s + 1;
  while (e < c && e < s + 5 && /^[a-z][a-z-]*$/.test(words[e]!.text) && words[e]!.text !== 'and' && fits(words[e]!.text)) e++;
  if (!isHead(words[e - 1]!.text) || !(e === c || /^(?:and|&)$/.test(words[e]!.text))) return null;
  return { title: textOf(doc, words, s, e), start: s };
}

/** A core shaped like a personal name: two to five words, none of them a body's or an event's head, not a place. */
function nameShaped(words: readonly Word[], core: Core, tags: Tags): boolean {
  const n = core.to - core.from;
  if (n < 2 || n > 6) return false;
  let letters = 0;
  for (let k = core.from; k < core.to; k++) {
    const w = words[k]!;
    if (isCapitalised(w.text) && !isInitial(w.text)) {
      if (nameWordClass(w.text) !== 1 && !isCalendarName(w)) return false;
      letters++;
    }
  }
  if (letters < 2) return false;
  if (PLACE_PREFIXES.test(words[core.from]!.text)) return false;
  return !words.slice(core.from, core.to).every((w) => tagOf(tags, w)?.has('Place'));
}

/** Reads the person at a core (`listed`: the shape of a list of people says it is one); null when no cue says so. */
function readPerson(doc: Document, words: readonly Word[], core: Core, tags: Tags, listed: boolean): Read | null {
  let { from } = core;
  const { to } = core;
  const before0 = words[from - 1];
  // "Malta Ian Borg", "Asylum Sofia Voultepsi", "Migration Ugochi Daniels": the name starts at the first person word
  // (not after an honorific or a title, nor at the start of a list item: "and Khalifa Shaheen Al Marar").
  const atItemStart = !before0 || /^[,;(:.]$/.test(before0.text) || (/^(?:and|&)$/i.test(before0.text) && words[from - 2]?.text === ',') || isHonorific(before0.text) || honorificPairAt(words, from - 2) > 0;
  // "Hiroko Tabuchi and Hideki Francis Onda": after another name and "and", a new name begins.
  const afterName = /^and$/i.test(before0?.text ?? '') && nameShaped(words, { from: Math.max(0, from - 3), to: from - 1 }, tags) && !isCapitalised(words[from - 4]?.text ?? 'x');
  // (right after a title's head the name begins: "President Amirul Haque Amin", whose given name compromise may not know)
  const afterTitleHead = !!before0 && isTitleHead(before0.text) && !PORTFOLIO_WORDS.has(bare(words[from]!.text));
  if (to - from >= 2 && !atItemStart && !afterName && !listed && !afterTitleHead) {
    const firstNameAt = words.slice(from, to - 1).findIndex((w) => !!tagOf(tags, w)?.has('FirstName'));
    const lead = (w: Word) => { const tg = tagOf(tags, w); return !tg?.has('FirstName') && !tg?.has('LastName') && !isInitial(w.text); };
    if (firstNameAt > 0 && words.slice(from, from + firstNameAt).every(lead)) from += firstNameAt;
    else if (firstNameAt < 0 && to - from >= 3) {
      const personAt = words.slice(from, to - 1).findIndex((w) => !!tagOf(tags, w)?.has('Person') && !tagOf(tags, w)?.has('Place'));
      if (personAt > 0 && words.slice(from, from + personAt).every(lead)) from += personAt;
    }
    while (to - from >= 3 && lead(words[from]!) && tagOf(tags, words[from]!)?.has('Place')) from++;
  }
  // "Cabinet Secretary for Trade Eliud Owalo said": the portfolio a title's "for"/"of" leads to ends before the name
  // ("... and the Blue Economy Wanjiru K.", "... Skills Development Odhiambo O.": up to the last portfolio word, two words left at least)
  if (to - from >= 3 && /^(?:for|of|and|&|the)$/.test(words[from - 1]?.text ?? '')) {
    let last = -1;
    for (let q = from; q <= to - 3; q++) if (PORTFOLIO_WORDS.has(bare(words[q]!.text)) || ORG_HEADS.has(bare(words[q]!.text))) last = q;
    if (last >= 0 && !words.slice(from, last + 1).some((w) => tagOf(tags, w)?.has('FirstName'))) from = last + 1;
  }
  // "Director Education Ravi Kumar", "Joint Secretary Planning A. Mehra": a portfolio written straight after a
  // title's head, without "of", is the title's; the name starts after it (two name words left at least)
  if (to - from >= 3 && words[from - 1] && isCapitalised(words[from - 1]!.text) && isTitleHead(words[from - 1]!.text)) {
    let q = from;
    while (q < to - 2 && PORTFOLIO_WORDS.has(bare(words[q]!.text)) && !/^(?:and|&)$/.test(words[q]!.text) && !tagOf(tags, words[q]!)?.has('FirstName')) q++;
    from = q;
  }
  // "Port Selene", "Fort Mason": a place's name, unless a title or honorific says otherwise.
  if (PLACE_PREFIXES.test(words[from]!.text) && !(words[from - 1] && (isHonorific(words[from - 1]!.text) || isTitleHead(words[from - 1]!.text)))) return null;
  // A place alone ("Sri Lanka", "Thailand") is not a person.
  // "Dr Leontyne Marsh", "Speakers included Leontyne Marsh": a pair that compromise takes for a place is a
  // person after an honorific or a title, or in a line-up, unless the gazetteer knows it as a place.
  if (words.slice(from, to).every((w) => tagOf(tags, w)?.has('Place') && !tagOf(tags, w)?.has('FirstName')) && !(from > 0 && LOWER_CASE_OCCUPATIONS.has(words[from - 1]!.text))) {
    const cue = listed || (from > 0 && (isHonorific(words[from - 1]!.text) || isTitleHead(words[from - 1]!.text))) || startsWithTitle(apposition(doc, words, to, tags)?.phrase ?? '');
    if (!cue || to - from < 2 || gazetteerLookup(textOf(doc, words, from, to))) return null;
  }
  const prev = words[from - 1];
  const next = words[to];
  if (next && (ORG_HEADS.has(bare(next.text)) || EVENT_HEADS.has(bare(next.text)) || THING_HEADS.test(next.text)) && isCapitalised(next.text)) return null; // part of a body's or a thing's name
  if (prev && /^(?:the|a|an)$/i.test(prev.text)) return null; // "the Savanna Research Station": a personal name takes no article
  if (to - from >= 2 && THING_HEADS.test(words[to - 1]!.text)) return null; // "Sir Anthony Epstein Lectures": a thing named after a person
  // "Robert Imme, Sr. Electrical Engineer": "Sr." after a name and a comma is "Senior", no honorific
  if (prev && /^Sr\.?$/.test(prev.text) && words[from - 2]?.text === ',') return null;
  const honorificBefore = !!prev && (isHonorific(prev.text) || honorificPairAt(words, from - 2) > 0 || bracketedHonorific(words, from));
  // "journalist Tom Rivers": an occupation in lower case right before a name of two or three words
  const occupationBefore = !!prev && LOWER_CASE_OCCUPATIONS.has(prev.text) && to - from >= 2 && to - from <= 3;
  const titleBefore = !!prev && (isTitleHead(prev.text) || occupationBefore || (prev.text === ')' && !!words[from - 4] && isTitleHead(words[from - 4]!.text)));
  const tg = tagOf(tags, words[from]!);
  // ("were Morag Sinclair": a given name compromise does not know, before a surname it does)
  const lastTag = to - from >= 2 ? tagOf(tags, words[to - 1]!) : undefined;
  const surnameLast = !!lastTag?.has('LastName') && !lastTag.has('Place') && !tg?.has('Place') && !tg?.has('Organization') && !tg?.has('Adjective') && !ORG_HEADS.has(bare(words[from]!.text));
  const tagged = (!!tg && (tg.has('FirstName') || (tg.has('Person') && to - from >= 2)) && !(tg.has('Place') && !tg.has('FirstName'))) || surnameLast;
  const app = apposition(doc, words, to, tags);
  const appTitle = app && (startsWithTitle(app.phrase) || endsWithPosition(app.phrase) || ownedLowerPost(app.phrase)) && to - from >= 2;
  const single = to - from === 1;
  const strong = honorificBefore || titleBefore || (tagged && !single) || !!appTitle;
  // The cues below cost more: each is tried only when the ones before it said nothing.
  // "Deputy of the Majilis of the Parliament of the Republic of K Marat Bashimov": a position phrase right before.
  const prefixTitle = () => {
    const p0 = prefixStart(words, from, tags);
    return p0 < from && splitTitle(textOf(doc, words, p0, from)).title !== null && !!words[from - 1] && isCapitalised(words[from - 1]!.text);
  };
  const shaped = () => nameShaped(words, { from, to }, tags);
  // "the Head of the Regional Bureau, Kedji Marcellin Abbé,": a position, a comma, then the name.
  // ("The outgoing president, Thabo N.,": a post in lower case with its article, as lowerTitleBeforeComma reads it)
  const commaTitle = () => words[from - 1]?.text === ',' && (titleBeforeComma(doc, words, from - 1, tags) ?? lowerTitleBeforeComma(doc, words, from - 1, tags)) !== null;
  // "Dilshod Akhatov said", "said Jane Doe, CEO of X": a verb of saying next to a name-shaped pair.
  const afterWord = words[to];
  const saying = () => (!!afterWord && SAYS_VERBS.has(afterWord.text) && !(prev && /^(?:the|a|an|this|its|their|our)$/i.test(prev.text))) ||
    (!!prev && AFTER_SAYING.has(prev.text) && (!afterWord || /^[,.;:]$/.test(afterWord.text))) ||
    (!!prev && prev.text === 'to' && /^according$/i.test(words[from - 2]?.text ?? '')) ||
    // "..., Manas Bihari Verma in his deliberation cautioned": a name and "in his/her" speech, address or remarks
    (!!afterWord && afterWord.text === 'in' && /^(?:his|her)$/.test(words[to + 1]?.text ?? '') && /^(?:speech|address|remarks|keynote|presentation|lecture|talk|deliberations?|opening|closing|inaugural|welcome|message|statement)$/.test(words[to + 2]?.text ?? ''));
  // "Olumide Fashola, a lawyer specialising in ...", "X, an audiobook narrator,": an occupation in lower case in an
  // apposition with its article
  const articleOccupation = () => words[to]?.text === ',' && /^(?:a|an)$/.test(words[to + 1]?.text ?? '') &&
    words.slice(to + 2, to + 5).some((w) => LOWER_CASE_OCCUPATIONS.has(w.text));
  if (!strong && (single || !(prefixTitle() || (shaped() && (listed || commaTitle() || saying() || articleOccupation()))))) return null;
  if (single && !(honorificBefore || titleBefore)) return null;
  // "Chief Nurse", "Senior Engineer": an occupation after a title word is the title's head, no one's name
  if (single && !honorificBefore && LOWER_CASE_OCCUPATIONS.has(words[from]!.text.toLowerCase())) return null;
  // "Chief Corporate Architect": a word between title words is a title word too; "the Helen N. Pardee Professor": a named chair.
  const namedChair = !honorificBefore && (/^the$/i.test(prev?.text ?? '') || words.slice(from, to).some((w) => isInitial(w.text)));
  if (next && isCapitalised(next.text) && isTitleHead(next.text) && (single || namedChair)) return null;
  // "Alexandria Area Economic Development Director Nicole F.": a run before a title and the next person's given name is their position's body
  if (next && isCapitalised(next.text) && isTitleWord(next.text) && !honorificBefore) {
    let q = to;
    while (q < words.length && q < to + 4 && isCapitalised(words[q]!.text) && isTitleWord(words[q]!.text)) q++;
    if (q > to && isTitleHead(words[q - 1]!.text) && words[q] && (isHonorific(words[q]!.text) || tagOf(tags, words[q]!)?.has('FirstName'))) return null;
  }

  // Honorifics directly before the name, then the position phrase before them.
  let h = from;
  for (;;) {
    if (h > 1 && honorificPairAt(words, h - 2)) { h -= 2; continue; }
    if (h > 0 && (isHonorific(words[h - 1]!.text) || /^(?:the|right)$/i.test(words[h - 1]!.text) && h > 1 && isHonorific(words[h - 2]!.text))) { h--; continue; }
    if (bracketedHonorific(words, h)) { h -= 3; continue; }
    break;
  }
  let honorific = h < from ? textOf(doc, words, h, from).replace(/^the\s+/i, '') : null;
  let start = prefixStart(words, h, tags);
  let before = splitTitle(textOf(doc, words, start, h));
  // "Sysco’s Chief Administrative Officer, Neil Russell,", "the Minister of Justice, Y,", "the Secretary-General, the Rt Hon Y".
  const comma = words[h - 1]?.text === ',' ? h - 1 : h < from && /^the$/i.test(words[h - 1]?.text ?? '') && words[h - 2]?.text === ',' ? h - 2 : -1;
  // (a post in lower case there gives way to a post written in apposition: "The jury chair, X, professor of graphic art,")
  let commaLower = false;
  if (start === h && comma >= 0) {
    const capital = titleBeforeComma(doc, words, comma, tags);
    const found = capital ?? lowerTitleBeforeComma(doc, words, comma, tags);
    if (found) {
      before = found.parts;
      start = found.start;
      commaLower = !capital;
    }
  }
  // "...; Minister of Foreign Affairs, Education and Sports of the Principality of L Dominique Hasler": a title with a comma inside.
  if (!before.title && start > 0 && words[start - 1]?.text === ',') {
    const s2 = prefixStart(words, start - 1, tags);
    const phrase = textOf(doc, words, s2, h);
    if (s2 < start - 1 && looksLikeTitle(phrase) && positionBounded(words, s2)) {
      before = splitTitle(phrase);
      start = s2;
    }
  }
  // "Bernama chief executive officer (CEO) X", "the station director Dr. Y": a position in lower case before the name
  let lowerTitle = commaLower;
  if (!before.title && (start === h || (h - start === 3 && words[start]!.text === '('))) {
    const lower = lowerTitleBefore(doc, words, h, tags);
    if (lower) { before = lower.parts; start = lower.start; lowerTitle = true; }
  }
  // "Granite Partners founder and CEO Rick B.": a lower-case post joined by "and" to the title, after the body
  if (before.title && !before.affiliation && start > 1 && /^(?:and|&)$/.test(words[start - 1]!.text) && /^[a-z]/.test(words[start - 2]!.text) && isTitleHead(words[start - 2]!.text)) {
    let k = start - 2;
    while (k > 0 && start - k < 5 && /^[a-z][a-z-]*$/.test(words[k - 1]!.text) && isTitleWord(words[k - 1]!.text)) k--;
    const b0 = prefixStart(words, k, tags);
    const body = b0 < k && looksLikeBodyRun(words, b0, k, tags) ? cleanBody(textOf(doc, words, b0, k)) : null;
    before = { title: trimEndChars(textOf(doc, words, k, h), ' ,'), affiliation: body };
    start = body ? b0 : k;
  }
  // "Harbourline CEO Marta F.": one proper word before the title, which the release names again elsewhere
  // (its company), is the body; a portfolio, a demonym or a place stays in the title ("Justice Secretary", "Swedish Prime Minister")
  if (before.title && !before.affiliation && start < h) {
    const w0 = words[start]!;
    const rest = before.title.slice(w0.text.length).trim();
    const tg = tagOf(tags, w0);
    if (before.title.startsWith(`${w0.text} `) && rest && startsWithTitle(rest) && /^\p{Lu}\p{Ll}+$/u.test(w0.text) && !isTitleWord(w0.text) && !PORTFOLIO_WORDS.has(bare(w0.text)) &&
      !tg?.has('Place') && !tg?.has('Adjective') && !tg?.has('Demonym') && !tg?.has('FirstName') && !gazetteerLookup(w0.text) && namedElsewhere(doc, w0)) {
      before = { title: rest, affiliation: w0.text };
    }
  }
  let title = before.title;
  let affiliation = before.affiliation;
  // "Keynote speaker X": the part in the programme is no body (and an apposition may give the post and the body)
  if (affiliation && PROGRAMME_PARTS.has(affiliation.toLowerCase())) {
    affiliation = null;
    if (title && /^speakers?$/i.test(title)) title = null;
  }
  let bracketBody = false;
  if (app) {
    const fromBody = bodyFrom(app.phrase);
    // ", widely regarded as the most powerful scientist in Britain": praise, not a position
    const plainTitle = looksLikeTitle(app.phrase) && !looksLikeBody(app.phrase) && (/^(?:\p{Lu}|(?:the|a|an|former|acting|interim)\s)/u.test(app.phrase) || lowerPositionAt(app.phrase));
    if (ownedLowerPost(app.phrase) && /^\S+ \p{Ll}/u.test(app.phrase)) {
      // "X, the union's president,": the post after a common noun's possessive (the owner names no body)
      if (!title || lowerTitle) title = app.phrase.slice(app.phrase.search(/['’]s /) + 3);
      // "the federation's treasurer": a body's head noun as owner
      const owner = commonNounOwner(app.phrase.split(' ')[1]);
      if (!affiliation && owner) affiliation = owner;
    } else if (startsWithTitle(app.phrase) || plainTitle || LOWER_OCCUPATION.test(app.phrase) || app.position) {
      const after = splitTitle(app.phrase);
      const rankOnly = !title || lowerTitle || title.split(/\s+/).every((w) => RANKS.has(bare(w)));
      if (rankOnly && after.title) title = after.title;
      affiliation ??= after.affiliation;
      if (!title) title = after.title;
    } else if (endsWithPosition(app.phrase)) {
      // "Markus Green, AGA-Africa Programme Board Member,": a body, then the position held there
      const after = splitTitle(app.phrase);
      if (!title || lowerTitle) title = after.title;
      affiliation ??= after.affiliation;
    } else if (positionAtBody(app.phrase)) {
      const held = positionAtBody(app.phrase)!;
      if (!title || lowerTitle) title = held.title;
      affiliation ??= held.affiliation;
    } else if (looksLikeBody(app.phrase) && namesOnly(app.phrase)) {
      affiliation ??= cleanBody(app.phrase);
    } else if (fromBody) {
      affiliation ??= fromBody;
    } else if (doc.text[words[to]!.start] === '(' && bracketedBody(doc, words, to, tags)) {
      // "Priya N. (Veridian Health)": a capitalised name in brackets after a person is the body they come from
      affiliation ??= app.phrase;
      bracketBody = true;
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
  // "Former programme director and the brain behind X, Name in his address ...": the position that opens the sentence
  if (!title && start === h && h === from) {
    const opening = openingPosition(doc, words, from);
    if (opening) { title = opening.title; start = opening.start; }
  }
  // the occupation before the name is the title only when no other title is written
  if (!title && occupationBefore && start === h && h === from) {
    // "nurse educator Paul Okello", "investigative journalist X": one word before the occupation qualifies it
    const qualifier = words[from - 2];
    // ("- audiobook narrator X": on a bulleted line, the one word between the mark and the occupation qualifies it)
    const qualified = !!qualifier && /^[a-z][a-z-]{2,}$/.test(qualifier.text) && (LOWER_CASE_OCCUPATIONS.has(qualifier.text) || OCCUPATION_QUALIFIERS.has(qualifier.text) ||
      BULLET_OPENING.test(doc.text.slice(doc.paragraphAt(qualifier.start)?.start ?? qualifier.start, qualifier.start)));
    // "poet and broadcaster Maya O.": two occupations joined by "and"
    const joined = !qualified && qualifier?.text === 'and' && !!words[from - 3] && LOWER_CASE_OCCUPATIONS.has(words[from - 3]!.text);
    title = qualified ? `${qualifier!.text} ${prev!.text}` : joined ? textOf(doc, words, from - 3, from) : prev!.text;
    // "the BBC journalist X", "District Legal Services Authority, Thoubal panel lawyer X": the body before the occupation
    const q = qualified ? from - 2 : joined ? from - 3 : from - 1;
    if (joined) start = from - 3;
    const b0 = affiliation ? q : prefixStart(words, q, tags);
    if (b0 < q && isCapitalised(words[q - 1]!.text)) {
      const run = textOf(doc, words, b0, q);
      const place = q - b0 === 1 || words.slice(b0, q).every((w) => tagOf(tags, w)?.has('Place'));
      const b1 = place && words[b0 - 1]?.text === ',' ? prefixStart(words, b0 - 1, tags) : b0;
      if (b1 < b0 - 1 && looksLikeBody(textOf(doc, words, b1, b0 - 1))) {
        affiliation = cleanBody(textOf(doc, words, b1, q));
        start = b1;
      } else if (looksLikeBody(run) || words.slice(b0, q).some((w) => tagOf(tags, w)?.has('Organization'))) {
        affiliation = cleanBody(run);
        start = b0;
      }
    }
  }
  // A rank alone is kept as the title only when nothing better was written ("Ambassador Choi").
  const first = words[from]!;
  const last = words[to - 1]!;
  const end = last.end - (/['’]s$/.test(last.text) ? 2 : 0); // "Woodruff’s"
  const name = doc.text.slice(first.start, end);
  const withApp = app && (looksLikeTitle(app.phrase) || looksLikeBody(app.phrase) || bracketBody || LOWER_OCCUPATION.test(app.phrase) || !!bodyFrom(app.phrase));
  const context = { start: words[Math.min(start, h)]!.start, end: Math.max(end, withApp ? app.end : end) };
  let toWord = to;
  if (withApp) while (toWord < words.length && words[toWord]!.end <= app.end) toWord++;
  // "a smallholder farmer from Masvingo, Zimbabwe": where a person comes from is a place, no affiliation
  // (a place the gazetteer knows, or one followed by its country)
  const at = affiliation ? doc.text.indexOf(affiliation, first.start) : -1;
  const countryAfter = at >= 0 ? /^,\s?(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u.exec(doc.text.slice(at + affiliation!.length, at + affiliation!.length + 40)) : null;
  const origin = !!affiliation && (!!gazetteerLookup(affiliation) || gazetteerLookup(countryAfter?.[1] ?? '')?.kind === 'country') && !/\p{Lu}\p{Ll}+\s\p{Lu}/u.test(affiliation);
  if (origin && /\bfrom\s$/.test(doc.text.slice(Math.max(0, at - 6), at))) affiliation = null;
  // "Keynote speaker X", "Guest speaker X, deputy director of ...": the part in the programme is neither a body nor a post
  const programmePart = PROGRAMME_PARTS.has((words[from - 2]?.text ?? '').toLowerCase()) && /^speakers?$/i.test(words[from - 1]?.text ?? '');
  if (affiliation && PROGRAMME_PARTS.has(affiliation.toLowerCase())) affiliation = null;
  if (programmePart && title && /^speakers?$/i.test(title)) title = '';
  // "Prof. Marc T.": the abbreviation alone is a form of address, as "Dr." is, not a post
  if (title && /^Prof\.?$/.test(title) && !honorific) { honorific = title; title = ''; }
  const mention: PersonMention = { start: first.start, end, text: name, name, honorific, title: title || null, affiliation: affiliation || null, context };
  return { mention, from: Math.min(start, h), to: toWord };
}

/** Words that say what part a speaker has in a programme ("keynote speaker", "guest speaker"). */
const PROGRAMME_PARTS: ReadonlySet<string> = new Set(['keynote', 'guest', 'featured', 'invited', 'main', 'motivational', 'plenary', 'opening', 'closing', 'special', 'lead', 'panel']);

export function findPeople(doc: Document): PersonMention[] {
  const tags = tokenIndex(doc);
  const out: PersonMention[] = [];
  const paragraphWords = sharedParagraphWords(doc);
  // Context spans by start, to test in one step whether a word is already inside a person's reference.
  const inside = new Uint8Array(doc.text.length + 1);
  for (const words of paragraphWords) {
    const found: Read[] = [];
    const waiting: Core[] = [];
    for (const core of cores(words, tags)) {
      const read = readPerson(doc, words, core, tags, lineupBefore(doc, words, core.from));
      if (read) found.push(read);
      else if (nameShaped(words, core, tags) && !/^(?:the|a|an)$/i.test(words[core.from - 1]?.text ?? '')) waiting.push(core);
    }
    if (waiting.length && found.length) listMates(doc, words, tags, found, waiting);
    shareAffiliations(words, found);
    // ("Halvorsen Semiconductor, Inc.": a company's legal form after the words says they name no one)
    for (const r of found) if (!insideAnother(r, found) && !CORPORATE_SUFFIX.test(doc.text.slice(r.mention.end, r.mention.end + 16))) out.push(r.mention);
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
      // "in August": a month or weekday alone refers back to "Letlet August" only after a title or an honorific
      if (isCalendarName(w) && !(i > 0 && (isHonorific(words[i - 1]!.text) || isTitleHead(words[i - 1]!.text)))) continue;
      const end = w.start + form.length;
      out.push({ start: w.start, end, text: form, name: form, honorific: null, title: null, affiliation: null, context: { start: w.start, end } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const personRecogniser = defineRecogniser({
  name: 'people',
  kind: 'people',
  // a one-word "name" inside a body's full name is a word of that name ("... Cooperation Programme Phase II" has no person "Phase")
  recognise: (ctx, found) => findPeople(ctx.doc).filter((p) => /\s/.test(p.name) ||
    !found.organisations.some((o) => o.form === 'name' && o.start <= p.start && p.end <= o.end && o.end - o.start > p.end - p.start)),
});
