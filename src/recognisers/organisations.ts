/**
 * Organisation names in full, with the acronym written beside them. compromise alone cuts names
 * short ("Ministry of Foreign Affairs" of "... of the Republic of Indonesia"), so names are built
 * from capitalised runs (src/text/runs.ts) and kept when a body's head noun, a parenthesised
 * acronym that fits, or compromise's #Organization tag says they name a body.
 */
import type { OrganisationMention } from '../mentions.js';
import type { Document, Token } from '../document.js';
import { defineRecogniser } from '../pipeline.js';
import { NOT_ORG_ACRONYMS, ORG_HEADS, STRONG_TITLES } from '../lexicons/who.js';
import { acronymMatches, bare, isAcronym, isHonorific, isTitleWord, stripPossessive, type Word } from '../text/names.js';
import { headKind, isJoiner, type Run } from '../text/runs.js';
import { countryListAfter } from '../text/country-lists.js';
import { paragraphRuns, tokenIndex } from '../text/document-words.js';

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
    const runs = mergeListsBeforeAcronyms(doc.text, allRuns[para.index]!.flatMap((r) => trimRun(r, tags)));
    const shouting = isShoutingLine(para.text);
    runs.forEach((run) => {
      if (isPlaceOrHeader(run, tags)) {
        capitalsOnly.push(run);
        return;
      }
      const kind = classify(run, tags);
      const first = run.words[0]!;
      if (kind === 'organization') {
        let start = run.start;
        // "the city of Madison Department of Civil Rights": the government a local body belongs to.
        const before = /\b((?:city|town|county|state|province|municipality|borough|village) of\s+)$/i.exec(doc.text.slice(Math.max(0, start - 20), start));
        if (before) start -= before[1]!.length;
        // The acronym written inside the name ("Regional Support Office (RSO) of the Bali Process") is not part of it.
        const end = run.acronym ? run.end : run.end + countryListAfter(doc.text, run);
        const name = doc.text.slice(start, end).replace(/ ?\([^()\s]{2,14}\)(?= )/g, '');
        const acronymFirst = isBodyAcronym(first.text) && run.words.length > 1 && !headKind(run.words);
        const acronym = run.acronym && isBodyAcronym(run.acronym.text) ? run.acronym : null;
        push(start, end, name, acronym?.text ?? null, acronymFirst ? 'acronym' : 'name');
        if (acronym) push(acronym.start, acronym.end, acronym.text, null, 'acronym');
      } else {
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
  // In a run of capitals, only the acronyms the rest of the text uses are bodies.
  const known = new Set(out.filter((o) => o.form === 'acronym').map((o) => o.name));
  for (const run of capitalsOnly) for (const w of run.words) if (known.has(w.text)) push(w.start, w.end, w.text, null, 'acronym');
  return out.filter((o) => !(o.form === 'acronym' && nonBody.has(o.name))).sort((a, b) => a.start - b.start);
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
    const title = STRONG_TITLES.has(b) && !prevJoiner;
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
