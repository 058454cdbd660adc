/**
 * Organisation names in full, with the acronym written beside them. compromise alone cuts names
 * short ("Ministry of Foreign Affairs" of "... of the Republic of Indonesia"), so names are built
 * from capitalised runs (src/text/runs.ts) and kept when a body's head noun, a parenthesised
 * acronym that fits, or compromise's #Organization tag says they name a body.
 */
import type { OrganisationMention } from '../mentions.js';
import type { Document, Token } from '../document.js';
import { defineRecogniser } from '../pipeline.js';
import { CORPORATE_SUFFIX, NOT_ORG_ACRONYMS, ORG_HEADS, STRONG_TITLES } from '../lexicons/who.js';
import { acronymMatches, bare, isAcronym, isCapitalised, isHonorific, isTitleWord, stripPossessive, type Word } from '../text/names.js';
import { headKind, isEventHead, isJoiner, type Run } from '../text/runs.js';
import { countryListAfter } from '../text/country-lists.js';
import { paragraphRuns, tokenIndex } from '../text/document-words.js';
import { gazetteerLookup } from '../lexicons/places.js';

/**
 * "American College of Allergy, Asthma and Immunology (ACAAI)": when an acronym does not fit the run
 * before it but fits that run together with the comma-separated runs before, they are one name.
 */
function mergeListsBeforeAcronyms(text: string, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.acronym && !acronymMatches(run.acronym.text, text.slice(run.start, run.end))) {
      let merged: Run | null = null;
      for (let back = out.length - 1, start = run.start; back >= 0 && back >= out.length - 3; back--) {
        const prev = out[back]!;
        if (!/^,\s*$/.test(text.slice(prev.end, start))) break;
        start = prev.start;
        if (acronymMatches(run.acronym.text, text.slice(start, run.end))) {
          merged = { start, end: run.end, words: [...out.slice(back).flatMap((r) => r.words), ...run.words], acronym: run.acronym };
          out.splice(back);
          break;
        }
      }
      if (merged) {
        out.push(merged);
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

/** All-caps datelines and wire names ("VIENNA", "GLOBE NEWSWIRE"), and places in capitals ("TX"). */
function isPlaceOrHeader(run: Run, tags: Map<number, Token>): boolean {
  const caps = run.words.filter((w) => isAcronym(w.text));
  if (caps.length >= 2 && caps.length === run.words.filter((w) => !isJoiner(w.text)).length) return true;
  return run.words.length === 1 && isAcronym(run.words[0]!.text) && !!tags.get(run.words[0]!.start)?.tags.has('Place');
}

/** "the Delhi government": a place or its adjective (one or two capitalised words) before a government noun in lower case. */
const LOWER_GOVERNMENT = /\b(?:[Tt]he|[Ii]ts|[Ii]n)\s((?:[\p{Lu}][\p{L}.-]+\s)?[\p{Lu}][\p{L}.-]+)\s(government|administration)\b/gu;

const isCountryAbbreviation = (w: string): boolean => /^(?:U\.?S\.?A?|U\.?K\.?|E\.?U\.?)$/.test(stripPossessive(w));

/** Whether an acronym can stand for a body (not "COVID-19", "USD", "U.S."). */
export function isBodyAcronym(w: string): boolean {
  const core = stripPossessive(w);
  return isAcronym(core) && !NOT_ORG_ACRONYMS.has(core.toUpperCase()) && !isCountryAbbreviation(core) && !/^\d/.test(core) && !/\./.test(core) && core.length <= 12;
}

/** Words of a line written all in capitals (a shouting headline) are not acronyms one by one. */
const isShoutingLine = (line: string): boolean => {
  if (line.length > 400) return false; // a headline, not a paragraph
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) { letters++; upper++; } else if (c >= 97 && c <= 122) letters++;
  }
  return letters > 20 && upper / letters > 0.6;
};

export function findOrganisations(doc: Document): OrganisationMention[] {
  const tags = tokenIndex(doc);
  const out: OrganisationMention[] = [];
  const nonBody = new Set<string>(); // acronyms the text defines for something that is not a body
  const capitalsOnly: Run[] = []; // "RSO BALI PROCESS AND IACAT", "VIENNA": read after the rest
  const push = (start: number, end: number, name: string, acronym: string | null, form: OrganisationMention['form']) => {
    // "WHO:", "WHAT:", "RSVP:": a notice's label, not a body
    if (doc.text.charCodeAt(end) === 58 && isAcronym(name) && /^[A-Z]{2,5}$/.test(name)) return;
    // "... Cooperation Programme Phase II": a roman numeral after the name's phase or part belongs to it
    const numeral = form === 'name' && /\b(?:Phase|Stage|Part|Round)$/.test(name) ? /^ (?:I{1,3}|IV|VI{0,3}|IX|X|\d{1,2})(?![\p{L}\d])/u.exec(doc.text.slice(end, end + 6)) : null;
    if (numeral) { end += numeral[0].length; name = doc.text.slice(start, end); }
    const bareName = stripPossessive(name);
    out.push({ start, end: end - (name.length - bareName.length), text: doc.text.slice(start, end - (name.length - bareName.length)), name: bareName, acronym, form });
  };
  const allRuns = paragraphRuns(doc);
  for (const para of doc.paragraphs) {
    const runs = mergeListsBeforeAcronyms(doc.text, allRuns[para.index]!.flatMap((r) => trimRun(r, tags)).flatMap(splitAfterCompleteName));
    const shouting = isShoutingLine(para.text);
    runs.forEach((run) => {
      if (isPlaceOrHeader(run, tags)) {
        capitalsOnly.push(run);
        return;
      }
      const first = run.words[0]!;
      // "Police officers", "Government officials from ...": a head noun alone before a plural qualifies the people
      if (run.words.length === 1 && !run.acronym && ORG_HEADS.has(bare(first.text)) && pluralAfter(doc.text, run.end, tags)) return;
      const kind = classify(run, tags) ?? (isCompanyInContext(doc.text, run, tags) ? 'organization' : null);
      if (kind === 'organization') {
        let start = run.start;
        // "the city of Madison Department of Civil Rights": the government a local body belongs to.
        const before = /\b((?:city|town|county|state|province|municipality|borough|village) of\s+)$/i.exec(doc.text.slice(Math.max(0, start - 20), start));
        if (before) start -= before[1]!.length;
        // The acronym written inside the name ("Regional Support Office (RSO) of the Bali Process") is not part of it.
        const end = run.acronym ? run.end : run.end + (countryListAfter(doc.text, run) || portfolioListAfter(doc.text, run));
        const name = doc.text.slice(start, end).replace(/ ?\([^()\s]{2,14}\)(?= )/g, '');
        const acronymFirst = isBodyAcronym(first.text) && run.words.length > 1 && !headKind(run.words);
        const acronym = run.acronym && isBodyAcronym(run.acronym.text) ? run.acronym : null;
        push(start, end, name, acronym?.text ?? null, acronymFirst ? 'acronym' : 'name');
        if (acronym) push(acronym.start, acronym.end, acronym.text, null, 'acronym');
      } else {
        // "27th Ordinary Meeting of the Council of Ministers of the Water Commission", "Annual Meeting of the
        // Society of Toxicology": the body after the event's "of" is named in full
        if (kind === 'event') {
          const tail = bodyAfterEventHead(run);
          if (tail) push(tail.start, tail.end, doc.text.slice(tail.start, tail.end), null, 'name');
        }
        if (run.acronym) nonBody.add(run.acronym.text);
        // An acronym at the start of a run that is not a body: "JCLEC’s Online Delivery Model", "IOM Thailand".
        for (const w of run.words) {
          if (!isBodyAcronym(w.text)) continue;
          if (w !== first && kind === 'event') continue;
          if (shouting || w === first || tags.get(w.start)?.tags.has('Organization')) {
            const core = stripPossessive(w.text);
            push(w.start, w.start + core.length, core, null, 'acronym');
          }
        }
      }
    });
  }
  // "The Maharashtra government", "the Kenyan government", "the UT administration": a government in lower case after its place
  for (const m of doc.text.slice(0, doc.bodyEnd).matchAll(LOWER_GOVERNMENT)) {
    const place = m[1]!;
    const start = m.index! + m[0].length - place.length - m[2]!.length - 1;
    if (out.some((o) => o.start <= start && o.end > start)) continue;
    // (a month or weekday is a date: "in December government ...")
    if (!/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|New|Federal|Local|Provincial|State|National)$/.test(place)) push(start, start + place.length + 1 + m[2]!.length, `${place} ${m[2]}`, null, 'name');
  }
  // In a run of capitals, only the acronyms the rest of the text uses are bodies.
  const known = new Set(out.filter((o) => o.form === 'acronym').map((o) => o.name));
  for (const run of capitalsOnly) for (const w of run.words) if (known.has(w.text)) push(w.start, w.end, w.text, null, 'acronym');
  return withCorporateSuffixes(doc, out.filter((o) => !(o.form === 'acronym' && nonBody.has(o.name))).sort((a, b) => a.start - b.start));
}

const MAX_COMPANY_WORDS = 4;

/**
 * "Nimbara Technologies, Inc.", "Ceyline Beverages PLC": the legal form is part of the company's name as
 * written, not a body of its own. A name found without it takes it on; a legal form found alone ("Halvorsen
 * Semiconductor, Inc.", a name without a body's head noun) makes the capitalised words before it a company.
 */
function withCorporateSuffixes(doc: Document, mentions: OrganisationMention[]): OrganisationMention[] {
  const suffixAt = (end: number) => CORPORATE_SUFFIX.exec(doc.text.slice(end, end + 16));
  const out: OrganisationMention[] = [];
  const taken = new Set<OrganisationMention>();
  for (const m of mentions) {
    if (taken.has(m)) continue;
    const suffix = m.form === 'name' ? suffixAt(m.end) : null;
    if (suffix) {
      const end = m.end + suffix[0].length;
      for (const o of mentions) if (o !== m && o.start >= m.end && o.end <= end) taken.add(o);
      const text = doc.text.slice(m.start, end);
      out.push({ ...m, end, text, name: m.name + suffix[0] });
      continue;
    }
    // a legal form alone: the capitalised words before it (not a sentence's first word only, nor a known mention)
    const alone = /^(?:Inc\.?|PLC|Ltd\.?|LLC|JSC|GmbH|Corp\.?)$/.test(m.name) ? companyBefore(doc, m.start) : null;
    if (alone !== null && !out.some((o) => o.end > alone)) {
      const text = doc.text.slice(alone, m.end);
      out.push({ start: alone, end: m.end, text, name: text, acronym: null, form: 'name' });
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Where the one to four capitalised words right before a legal form at `at` start ("Halvorsen Semiconductor, "), or null. */
function companyBefore(doc: Document, at: number): number | null {
  let k = at;
  while (k > 0 && /[\s,]/.test(doc.text[k - 1]!)) k--;
  if (doc.text[k] !== ',' && !/\s/.test(doc.text[k] ?? '')) return null;
  let start: number | null = null;
  for (let n = 0; n < MAX_COMPANY_WORDS; n++) {
    let b = k;
    while (b > 0 && /[\p{L}\d&'’-]/u.test(doc.text[b - 1]!)) b--;
    if (b === k || !/^\p{Lu}/u.test(doc.text.slice(b, k))) break;
    start = b;
    if (b === 0 || doc.text[b - 1] !== ' ') break;
    k = b - 1;
  }
  return start;
}

/**
 * "Lanternlight Collective and Rose City Animal Rescue": a name of two words or more that ends in a body's head
 * noun is complete, so two names or more after its "and" are another body (not "Ministry of Trade and
 * Industry", whose "Trade" heads nothing, nor "Harbour and Transport Workers' Union").
 */
function splitAfterCompleteName(run: Run): Run[] {
  const words = run.words;
  const and = words.findIndex((w, k) => k >= 2 && /^(?:and|&)$/.test(w.text) && ORG_HEADS.has(bare(words[k - 1]!.text)));
  if (and < 0 || words.length - and - 1 < 2 || !isCapitalised(words[and + 1]!.text)) return [run];
  if (words.slice(0, and).some((w) => /^(?:of|for|on|the)$/i.test(w.text))) return [run];
  const left = words.slice(0, and);
  const right = words.slice(and + 1);
  return [
    { start: left[0]!.start, end: left[left.length - 1]!.end, words: left, acronym: null },
    { start: right[0]!.start, end: right[right.length - 1]!.end, words: right, acronym: run.acronym },
  ];
}

const isPersonWord = (w: Word, tags: Map<number, Token>): boolean => {
  const t = tags.get(w.start)?.tags;
  return !!t && (t.has('FirstName') || (t.has('Person') && !t.has('Place') && !t.has('Organization'))) && !ORG_HEADS.has(bare(w.text));
};
const isPlaceWord = (w: Word, tags: Map<number, Token>): boolean => !!tags.get(w.start)?.tags.has('Place');

/**
 * Cuts the people and positions out of a run, leaving the bodies: "World Bank Group | President David
 * Malpass", "Director of the | OSCE Office for ... | Matteo Mecacci", "President of | Japan Alumni of
 * Cambodia", "Museum’s | Director", "Parliament of the Republic of Kazakhstan | Marat Bashimov".
 */
export function trimRun(run: Run, tags: Map<number, Token>): Run[] {
  const words = run.words;
  const pieces: Word[][] = [];
  let current: Word[] = [];
  const flush = () => {
    while (current.length && isJoiner(current[current.length - 1]!.text)) current.pop();
    while (current.length && isJoiner(current[0]!.text)) current.shift();
    if (current.length) pieces.push(current);
    current = [];
  };
  let k = 0;
  while (k < words.length) {
    const w = words[k]!;
    const b = stripPossessive(bare(w.text));
    const prevJoiner = k > 0 && isJoiner(words[k - 1]!.text);
    // ("the Port Alder Public Library": a title word inside a name whose head follows it is a name word)
    const headAhead = k > 0 && [words[k + 1], words[k + 2]].some((x) => x !== undefined && ORG_HEADS.has(bare(x.text)) && isCapitalised(x.text));
    const title = STRONG_TITLES.has(b) && !prevJoiner && !headAhead;
    const honorific = isHonorific(w.text) && !/^[A-Z]{2,}$/.test(w.text) && (k > 0 || words.length > 1) && !prevJoiner && !isAcronym(w.text);
    if (title || honorific) {
      // "IMF Managing | Director", "OSCE Special | Representative": the position's modifiers go with it.
      while (current.length > 1 && isTitleWord(current[current.length - 1]!.text) && !ORG_HEADS.has(bare(current[current.length - 1]!.text))) current.pop();
      if (current.length === 1 && isTitleWord(current[0]!.text) && !isAcronym(current[0]!.text)) current.pop();
      flush();
      k++;
      while (k < words.length && (isTitleWord(words[k]!.text) || isHonorific(words[k]!.text))) k++;
      // "Deputy Minister for Multilateral Affairs of the Ministry ...": a portfolio, then the body.
      if (title && k < words.length && /^for$/i.test(words[k]!.text)) {
        while (k < words.length && !/^of$/i.test(words[k]!.text)) k++;
      }
      if (title && k < words.length && /^(?:of|for)$/i.test(words[k]!.text)) {
        k++;
        if (words[k]?.text.toLowerCase() === 'the') k++;
        continue;
      }
      // A name follows: skip it up to the next "and".
      while (k < words.length && !/^(?:and|&)$/i.test(words[k]!.text)) k++;
      k++;
      continue;
    }
    // "Museum’s Director": the possessor is the body.
    if (/['’]s$/.test(w.text) && k + 1 < words.length && STRONG_TITLES.has(bare(words[k + 1]!.text))) {
      current.push({ text: stripPossessive(w.text), start: w.start, end: w.end - 2 });
      flush();
      k++;
      continue;
    }
    current.push(w);
    k++;
  }
  flush();
  // A person's name at the end of a body's name: "... Human Rights Matteo Mecacci", "... Kazakhstan Marat Bashimov".
  const trimmed = pieces.map((ws) => {
    for (let p = Math.max(1, ws.length - 4); p < ws.length; p++) {
      const before = ws[p - 1]!;
      if (isJoiner(before.text) || !ws.slice(p).every((x) => !isJoiner(x.text) && !isAcronym(x.text) && !ORG_HEADS.has(bare(x.text)))) continue;
      if (isPersonWord(ws[p]!, tags) || (isPlaceWord(before, tags) && ws.length - p >= 2 && ws.length - p <= 3 && !ws.slice(p).some((x) => isPlaceWord(x, tags)))) {
        return ws.slice(0, p);
      }
    }
    return ws;
  });
  const last = words[words.length - 1]!;
  return trimmed.map((ws) => ({ start: ws[0]!.start, end: ws[ws.length - 1]!.end, words: ws, acronym: ws[ws.length - 1] === last ? run.acronym : null }));
}

/** ", a provider of ...", ", the global maker of ...": an apposition that says the name before it is a business. */
// (the words before the noun qualify it; "a member of the network" says what a person is, not a body)
const COMPANY_APPOSITION = /^,\s(?:a|an|the)\s(?:(?!(?:of|for|in|at|with|to)\s)[\p{L}\d’'-]+\s){0,4}?(?:provider|providers|maker|manufacturer|developer|company|firm|start-?up|supplier|producer|operator|distributor|retailer|publisher|brand|specialist|pioneer|innovator|vendor|consultancy|lender|insurer|bank|platform|marketplace|streamer|broadcaster|studio|label|nonprofit|non-profit|charity)\b/u;
/** "(NASDAQ: ACME)", "(NYSE: XYZ)": a stock listing after the name. */
const TICKER = /^\s?\((?:NASDAQ|Nasdaq|NYSE|NYSE American|LSE|TSX|TSXV|ASX|OTC\w*|NSE|BSE|Euronext|SIX|HKEX|TSE|JSE|SGX)\s?:/;
/** "-- Acme Corp. today announced": the first words after a wire dateline, before the verb. */
const AFTER_WIRE_DATELINE = /(?:--|—|–)\s$/;
const ANNOUNCING = /^,?\s(?:today\s|on\s\w+day\s)?(?:announced|unveiled|launched|introduced|released|announces|unveils|launches|introduces)\b/;

/**
 * A business named without a body's head noun ("Brightlane Learning"): the context says what it is,
 * an apposition ("a provider of ..."), a stock listing, or the announcing subject of a wire release.
 * Not a person's name (compromise's first names) nor a place.
 */
function isCompanyInContext(text: string, run: Run, tags: Map<number, Token>): boolean {
  if (run.words.length > 5 || run.words.some((w) => tags.get(w.start)?.tags.has('FirstName') || tags.get(w.start)?.tags.has('Honorific'))) return false;
  if (run.words.length === 1 && tags.get(run.words[0]!.start)?.tags.has('Place')) return false;
  const after = text.slice(run.end, run.end + 120);
  if (COMPANY_APPOSITION.test(after) || TICKER.test(after)) return true;
  return AFTER_WIRE_DATELINE.test(text.slice(Math.max(0, run.start - 4), run.start)) && ANNOUNCING.test(after);
}

/** A ministry's or department's name with its portfolios: "Ministry of Environment", then ", Science and Technology". */
const PORTFOLIO_BODY = /^(?:(?:[\p{Lu}][\p{L}-]+\s){0,3})?(?:Ministry|Department|Dept\.|Secretariat|Office|Bureau|Committee|Commission|Minister|Secretary|Cabinet Secretary)\s(?:of|for)\s(?:the\s)?(?:[\p{Lu}][\p{L}-]+)(?:\s[\p{Lu}][\p{L}-]+)?$/u;
const PORTFOLIO_WORD = String.raw`[\p{Lu}][\p{Ll}-]+(?:\s[\p{Lu}][\p{Ll}-]+)?`;
const PORTFOLIOS_AFTER = new RegExp(String.raw`^(?:,\s${PORTFOLIO_WORD}){0,3},?\s(?:and|&)\s${PORTFOLIO_WORD}(?![\p{L}])`, 'u');

/**
 * How far a ministry's name runs on over the portfolios listed after a comma ("Ministry of Human
 * Resources, Youth and Sports"): up to the last portfolio, when none of them is a place or a body of
 * its own (not "the Ministry of Health, UNICEF and WHO", "the Ministry of Education, Kenya and Uganda").
 */
function portfolioListAfter(text: string, run: Run): number {
  if (!PORTFOLIO_BODY.test(text.slice(run.start, run.end))) return 0;
  const m = PORTFOLIOS_AFTER.exec(text.slice(run.end, run.end + 120));
  if (!m || !m[0].startsWith(',')) return 0;
  const items = m[0].split(/,\s|\s(?:and|&)\s/).map((x) => x.replace(/^,?\s*/, '').trim()).filter(Boolean);
  if (items.some((x) => gazetteerLookup(x) !== undefined || x.split(/\s/).some((w) => ORG_HEADS.has(bare(w)) || /^(?:Mr|Mrs|Ms|Dr|The)$/.test(w)))) return 0;
  return m[0].length;
}

const MAX_EVENT_NAME_WORDS = 30;

/** The words after an event head's "of (the)" when they name a body by its head noun; null otherwise. */
/** An event's head noun, also one that can name a body ("Congress", "Assembly"): headKind has decided it is an event here. */
function bodyAfterEventHead(run: Run): { start: number; end: number } | null {
  const words = run.words;
  // (no event's name is this long: a run of capitalised words in bad input is not searched word by word)
  if (words.length > MAX_EVENT_NAME_WORDS) return null;
  const of = words.findIndex((w, k) => k > 0 && /^of$/i.test(w.text) && isEventHead(stripPossessive(bare(words[k - 1]!.text))));
  if (of < 0) return null;
  let from = of + 1;
  if (/^the$/i.test(words[from]?.text ?? '')) from++;
  const tail = words.slice(from);
  if (tail.length < 2 || !isCapitalised(tail[0]!.text) || headKind(tail) !== 'organization') return null;
  // "Council of Ministers of the Water Commission": an organ of a body; the body is the one named last after "of the"
  let inner = tail;
  for (let k = tail.length - 3; k > 0; k--) {
    if (!/^of$/i.test(tail[k]!.text) || !/^the$/i.test(tail[k + 1]!.text)) continue;
    const rest = tail.slice(k + 2);
    if (rest.length >= 2 && headKind(rest) === 'organization') { inner = rest; break; }
  }
  return { start: inner[0]!.start, end: inner[inner.length - 1]!.end };
}

/** Whether a lower-case plural noun follows `end` after one space ("Police| officers"). */
function pluralAfter(text: string, end: number, tags: Map<number, Token>): boolean {
  if (text.charCodeAt(end) !== 32 || !/^[a-z]/.test(text.slice(end + 1, end + 2))) return false;
  const next = tags.get(end + 1)?.tags;
  return !!next && next.has('Plural') && !next.has('Verb');
}

/** Whether a run names a body: a head noun, an acronym alone, or compromise's #Organization. */
function classify(run: Run, tags: Map<number, Token>): 'organization' | 'event' | null {
  const words = run.words;
  const head = headKind(words);
  if (head) return head;
  if (words.length === 1) return isBodyAcronym(words[0]!.text) ? 'organization' : null;
  // Acronym-first forms: "RSO Bali Process", "UNITAR CIFAL Jeju", "IOM Thailand".
  if (isBodyAcronym(words[0]!.text) && (words.length <= 4 || /^of$/i.test(words[1]!.text)) && words.length <= 7 && !tags.get(words[1]!.start)?.tags.has('Person')) return 'organization';
  const orgTagged = words.filter((w) => tags.get(w.start)?.tags.has('Organization')).length;
  if (orgTagged >= Math.ceil(words.length / 2) && !words.some((w) => tags.get(w.start)?.tags.has('Person'))) return 'organization';
  if (words.some((w) => ORG_HEADS.has(bare(w.text)))) return 'organization';
  return null;
}

export const organisationRecogniser = defineRecogniser({
  name: 'organisations',
  kind: 'organisations',
  recognise: (ctx) => findOrganisations(ctx.doc),
});
