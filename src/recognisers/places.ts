/**
 * Places: venues, cities, regions and countries. A place is read after a cue ("in Hanoi,
 * Viet Nam", "held at the Riverside Hotel", "Location: Elver Park") or from a dateline
 * ("JAKARTA —", "Bangkok (Thailand), 19 December 2024 –"). Names are checked against the
 * gazetteer (countries, capitals and large cities, generated from data packages); a capitalised
 * name after a strong cue ("held in Durham") is kept as a city the gazetteer does not know.
 */
import type { Context } from '../context.js';
import type { PlaceMention } from '../mentions.js';
import { defineRecogniser } from '../pipeline.js';
import { EVENT_NOUNS } from '../lexicons/events.js';
import { MONTHS, WEEKDAYS } from '../lexicons/months.js';
import { CANADIAN_PROVINCES, capitalOf, gazetteerLookup, NOT_PLACE_WORDS, ORGANISATION_WORDS, REGION_NOUNS, REGIONS, TIME_WORDS, US_POSTAL_CODES, VENUE_NOUNS } from '../lexicons/places.js';
import { acronymMatches, stripPossessive } from '../text/names.js';
import { isTypedEventNoun } from '../text/event-nouns.js';
import { ABSOLUTE_DATE_SOURCE } from '../text/dates.js';

// A capitalised name of up to six words; "of", "de", "the" and "'s" may join its words.
// A capitalised word; a final period only after a short word ("St.", "Ill.", "U.S."), never a sentence's end.
const CAP = "[\\p{Lu}](?:[\\p{L}\\p{N}'’&-]|\\.(?=\\p{L}))*(?:(?<!\\p{L}{5})\\.)?";
const NAME = `${CAP}(?:(?:\\s|\\s(?:of|de|del|da|upon|on|the|and)\\s(?:the\\s)?|[’']s\\s)${CAP}){0,6}`;
export const CUED = new RegExp(
  `(?<![\\p{L}])(?<cue>held in|held at|hosted in|hosted at|took place in|taking place in|takes place in|visit to|trip to|travel to|travels to|traveled to|travelled to|in|In|at|At|to|from|visited|visiting|visits|(?:[Ll]ocation|LOCATION|[Vv]enue|VENUE|[Ww]here|WHERE|[Pp]lace)\\s*:)\\s+(?<the>the\\s+)?(?<name>${NAME})`,
  'gu',
);
export const FOLLOWER = new RegExp(`^(?:\\s*,\\s*|\\s+in\\s+|\\s*\\(\\s*)(?:the\\s+)?(?<name>${NAME})\\)?`, 'u');
// ("MINDELO, Cabo Verde –", "PORT LOUIS, Sierra Leone —": the country after the town may have two or three words)
export const DATELINE = new RegExp(`^(?<name>${CAP}(?:\\s${CAP}){0,4})(?:\\s*\\((?<paren>[^()]{1,40})\\))?(?:\\s*,\\s*(?<region>[\\p{Lu}][\\p{L}.]{1,13}(?:\\s[\\p{Lu}][\\p{L}.]{1,13}){0,2}))?(?:\\s*\\([^()]{1,40}\\))?\\s*(?:[,/|]|[–—-])`, 'u');

const PLACE_RANK: Readonly<Record<PlaceMention['placeKind'], number>> = { venue: 0, city: 1, region: 2, country: 3 };

const words = (s: string) => s.toLowerCase().split(/[\s-]+/);

interface ReadPlace {
  placeKind: PlaceMention['placeKind'];
  name: string;
  country: string | null;
  known: boolean;
}

/** What a capitalised name is: a venue, a known city/region/country, or unknown (null). */
export function classifyPlace(name: string): ReadPlace | null {
  const clean = name.replace(/[.,]$/, '').trim();
  const ws = words(clean);
  const lastWord = ws[ws.length - 1] ?? '';
  const entry = gazetteerLookup(clean);
  if (entry) return { placeKind: entry.kind, name: entry.name, country: entry.country, known: true };
  const region = REGIONS[clean.toLowerCase()] ?? REGIONS[`${clean.toLowerCase()}.`];
  if (region && /^[\p{Lu}]/u.test(clean)) return { placeKind: 'region', name: region, country: CANADIAN_PROVINCES.has(region) ? 'Canada' : 'United States', known: true };
  // "Kaduna State", "Zhejiang Province": a region named after its seat (a known city) is in that city's country
  if (ws.length >= 2 && REGION_NOUNS.has(lastWord)) {
    const seat = gazetteerLookup(clean.slice(0, clean.lastIndexOf(' ')));
    if (seat?.kind === 'city') return { placeKind: 'region', name: clean, country: seat.country, known: true };
  }
  // "Djibouti City", "Kuwait City": a capital written with "City" is that city
  if (ws.length >= 2 && lastWord === 'city' && /City$/.test(clean)) {
    const base = gazetteerLookup(clean.slice(0, -' City'.length));
    if (base?.kind === 'city' || base?.kind === 'country') return { placeKind: 'city', name: clean, country: base.kind === 'city' ? base.country : base.name, known: true };
  }
  // a venue noun alone ("in Temple", "in Mall") names no venue: a venue is a name and its noun
  if (ws.length >= 2 && (VENUE_NOUNS.has(stripPossessive(lastWord)) || /\bof\b/.test(clean) && ws.some((w) => VENUE_NOUNS.has(w)))) {
    // ("at Redbrook University's engineering campus": the venue is the university)
    return { placeKind: 'venue', name: clean.replace(/['’]s$/, ''), country: null, known: true };
  }
  return null;
}

/**
 * A capitalised name that may be a town the gazetteer does not list: no organisation words. A word
 * in capitals is an acronym in running text ("at IDC", "(WPRO)"), a town only in a dateline.
 */
function mayBeTown(name: string, capitals = false): boolean {
  const ws = words(name);
  if (ws.length > 3) return false;
  if (ws.some((w) => ORGANISATION_WORDS.has(w) || NOT_PLACE_WORDS.has(w)) || isTimeWord(ws[0]!)) return false;
  // "at DevLearn Summit 2026", "at Harbour Expo": an event's name, not a town's
  if (EVENT_NOUNS[ws[ws.length - 1]!] != null) return false;
  return /^[\p{Lu}][\p{Ll}]/u.test(name) || (capitals && /^[\p{Lu}]{3,}$/u.test(name));
}

/** A weekday, a month or a word like "today" (a final stop or comma left on). */
function isTimeWord(word: string): boolean {
  const w = word.replace(/[.,]$/, '');
  return TIME_WORDS.has(w) || MONTHS[w] !== undefined || WEEKDAYS[w] !== undefined;
}

/**
 * A place name cut before the words of time that the name pattern runs on into: "Khartoum Monday",
 * "Beijing on Monday", "Manila Today" are Khartoum, Beijing, Manila. A word scan.
 */
export function trimTimeWords(name: string, after = ''): string {
  const ws = name.split(' ');
  for (let k = 1; k < ws.length; k++) {
    const w = ws[k]!.toLowerCase().replace(/[.,]$/, '');
    // a weekday in full, "today", or a month after "on" or before its day ("in Paris on December 17"; "Cape May" keeps its name)
    const month = MONTHS[w] !== undefined && (/^(?:on|in)$/i.test(ws[k - 1]!) || /^\s*\d/.test(k + 1 < ws.length ? ws[k + 1]! : after));
    const time = TIME_WORDS.has(w) || (WEEKDAYS[w] !== undefined && w.length > 5) || month;
    if (!time) continue;
    let cut = k;
    while (cut > 1 && /^(?:on|of|the|and|de|da|del|upon)$/i.test(ws[cut - 1]!)) cut--;
    return ws.slice(0, cut).join(' ');
  }
  return name;
}

/** "Turkey's Mediterranean city of Antalya", "Russia's Sochi", "China's capital Beijing": a place in a country named before it. */
const CITY_OF = new RegExp(`^\\s+(?:city|town|port\\s+city|capital|resort|province)(?:\\s+of)?,?\\s+(?<name>${NAME})`, 'u');

function inCountry(name: string, after: string): { country: string; name: string; extra: number } | null {
  const mark = name.search(/[’']s\s/);
  if (mark <= 0) return null;
  const owner = name.slice(0, mark);
  const rest = name.slice(mark + 3);
  // the country as the text writes it ("Turkey's"), as for any country the text states
  if (gazetteerLookup(owner)?.kind !== 'country') return null;
  // "Turkey's Mediterranean city of Antalya": the name after "city of" is the place
  const cityOf = CITY_OF.exec(after);
  if (cityOf) return { country: owner, name: trimTimeWords(dropFullStop(cityOf.groups!.name!)), extra: cityOf[0].length - cityOf.groups!.name!.length };
  return { country: owner, name: rest, extra: -1 };
}

/** "Embassy in Manila", "Office in Bangkok": a body's seat, not where an event is. */
const OFFICE_WORDS = new Set(['embassy', 'consulate', 'office', 'offices', 'mission', 'ministry', 'department', 'bureau', 'delegation', 'representation', 'branch', 'headquarters', 'co-operation', 'cooperation']);

/**
 * Whether the capitalised name just before `at` in `text` (with "of", "for", "the", "and" inside, up to
 * seven words) is a body's ("Embassy of Canada", "Office of the UN Resident Coordinator"). A word scan, no regex.
 */
export function seatOfBody(text: string, at: number): boolean {
  const ws = text.slice(Math.max(0, at - 80), at).trimEnd().split(' ');
  for (let k = ws.length - 1, n = 0; k >= 0 && n < 7; k--, n++) {
    const w = ws[k]!;
    if (!/^[\p{Lu}]/u.test(w) && !/^(?:of|for|the|and)$/.test(w)) return false;
    if (OFFICE_WORDS.has(w.toLowerCase())) return true;
  }
  return false;
}

/**
 * What may follow a town's name: punctuation, the end, or a function word ("in Durham on Monday",
 * "in Standerton last week"). A lower-case noun after it makes the name a modifier: "in World Refugee day events".
 */
const AFTER_TOWN = /^(?:[\s]*$|[\s]*[^\s\p{L}\p{N}]|\s+(?:on|at|in|for|from|to|with|and|or|during|this|last|next|earlier|later|today|tonight|yesterday|tomorrow|where|which|that|who|since|until|till|between|as|by|after|before|over|when|while|is|was|were|are|will|has|have|had|recently|city|town|county|district|province|state|itself|\d)(?![\p{L}]))/u;
function endsPlace(text: string, at: number): boolean {
  return AFTER_TOWN.test(text.slice(at, at + 20));
}

/** A full stop and a capitalised function word inside a matched name: the next sentence has begun. */
const SENTENCE_BREAK = /\.\s(?=(?:In|At|On|The|It|This|He|She|They|We|During|After|Meanwhile|However|But)\s)/;

/** Verbs that bring people to the place of an event: "to" after them says where it is. */
const BROUGHT_TO = /\b(?:brought|brings|bringing|drew|draws|drawing|attracted|attracts|welcomed|welcomes|came|come|flocked)\b/i;

/** The words before `at` in its sentence, up to 100 characters. */
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 100), at);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
  return stop < 0 ? window : window.slice(stop + 2);
}

const LABEL_LINE = /^\s*(?:location|venue|where|place)\s*:/i;

/** "conference," -> "conference": punctuation cut off the end by a scan (a regex with `+$` backtracks on long runs). */
function withoutTrailingMarks(w: string): string {
  let end = w.length;
  while (end > 0 && /[^\p{L}-]/u.test(w[end - 1]!)) end--;
  return w.slice(0, end);
}

/** Last words of the event nouns of several words ("day" of "tree planting day"): "Planting Day at X" ends an event's name. */
const EVENT_NOUN_LAST_WORDS: ReadonlySet<string> = new Set(Object.keys(EVENT_NOUNS).filter((k) => k.includes(' ')).map((k) => k.slice(k.lastIndexOf(' ') + 1)));

/** A name in the possessive followed, within four words, by an event noun ("Boulder’s 72nd annual Conference"). */
export function ownsEventAfter(name: string, after: string): boolean {
  if (!/['’]s$/.test(name)) return false;
  const ws = after.trim().split(/\s+/, 4);
  for (const w of ws) {
    const word = withoutTrailingMarks(w.toLowerCase());
    if (isTypedEventNoun(word) || EVENT_NOUNS[word] !== undefined) return true;
    if (w !== word && /[,.;:]$/.test(w)) return false;
  }
  return false;
}

/**
 * "the Portuguese capital hosted", "in the Kenyan capital", "in the capital of Ghana": the capital of a country named by its
 * demonym or name, when the capital's own name does not follow ("the Kenyan capital, Nairobi" is read from that name).
 */
const COUNTRY_CAPITAL = /(?<![\p{L}])(?:(?<cue>in|at)\s)?[Tt]he\s(?:(?<demonym>\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?)\scapital|capital\sof\s(?<country>\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?))(?![\p{L}])(?:,?\s(?:city\sof\s)?(?<named>\p{Lu}[\p{L}'’-]{1,20}(?:\s\p{Lu}[\p{L}'’-]{1,20})?))?/gu;

function countryCapitals(text: string, offset: number, paragraph: number, firstGroup: number, taken: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  let group = firstGroup;
  for (const m of text.matchAll(COUNTRY_CAPITAL)) {
    const found = capitalOf(m.groups!.demonym ?? m.groups!.country!);
    if (!found) continue;
    const cue = m.groups!.cue === 'at' ? 'at' : 'in';
    // "the Kenyan capital, Nairobi": the city as named, when the gazetteer knows it
    const named = m.groups!.named;
    const read = named ? classifyPlace(named) : null;
    if (named && read?.placeKind === 'city') {
      const start = offset + m.index + m[0].length - named.length;
      if (!taken.some((p) => p.start < start + named.length && start < p.end)) out.push({ start, end: start + named.length, text: named, ...read, country: read.country ?? found.country, cue, group: group++, paragraph });
      continue;
    }
    const start = offset + m.index + (m.groups!.cue ? m.groups!.cue.length + 1 : 0);
    const phrase = named ? m[0].slice(0, m[0].lastIndexOf(named)) : m[0];
    const text = phrase.slice(start - offset - m.index).trimEnd().replace(/,$/, '');
    const end = start + text.length;
    if (taken.some((p) => p.start < end && start < p.end)) continue;
    out.push({ start, end, text, placeKind: 'city', name: found.city, country: found.country, known: true, cue, group: group++, paragraph });
  }
  return out;
}

/** Places in one paragraph. */
export function findPlaces(text: string, offset: number, paragraph: number, firstGroup: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  let group = firstGroup;
  let consumed = 0;
  CUED.lastIndex = 0;
  for (let m = CUED.exec(text); m; m = CUED.exec(text)) {
    const full = m.groups!.name!;
    // "from Europe and Central Asia. In Kathmandu, ...": the name ends at the sentence; the search goes on from "In"
    const cut = SENTENCE_BREAK.exec(full);
    const nameText = cut ? full.slice(0, cut.index + 1) : full;
    const nameStart = m.index + m[0].length - full.length;
    if (cut) CUED.lastIndex = nameStart + cut.index + cut[0].length;
    const cueWord = m.groups!.cue!.toLowerCase();
    let cue: PlaceMention['cue'] = /:$/.test(cueWord) ? 'label' : cueWord === 'from' ? 'from' : /\bat$/.test(cueWord) ? 'at' : cueWord === 'to' ? 'other' : 'in';
    const strong = /held|hosted|place|:|visit|trip|travel/.test(cueWord);
    // "brought 450 companies to the Events Center in Las Vegas", "drew 125 professionals to Capitol Hill": where the event is
    const broughtTo = cueWord === 'to' && BROUGHT_TO.test(clauseBefore(text, m.index!));
    if (broughtTo) cue = 'at';
    // "Co-operation in Europe", "Embassy of Japan in Cambodia": the cue stands inside a name
    if (m.index! < consumed) continue;
    // "the visiting Parliamentarians": an adjective, no visit to a place
    if (cueWord === 'visiting' && /(?:^|\s)(?:the|a|an|our|their|its)$/i.test(text.slice(Math.max(0, m.index - 8), m.index).trimEnd())) continue;
    const capBefore = /(?:^|\s)([\p{Lu}][\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    const wordBefore = capBefore?.[1]!.toLowerCase() ?? '';
    // a known place after a word that is not a body's ("the Report in Stockholm") is still a place
    const known = gazetteerLookup(nameText) !== undefined && !OFFICE_WORDS.has(wordBefore) && !seatOfBody(text, m.index!);
    // "... and Decent Work at the Labadi Beach Hotel": a venue after "at the" is a place, whatever stands before
    const venueAfterAt = cue === 'at' && m.groups!.the !== undefined && classifyPlace(nameText)?.placeKind === 'venue';
    const insideName = capBefore !== null && !strong && !known && !venueAfterAt && EVENT_NOUNS[wordBefore.replace(/s$/, '')] === undefined && !EVENT_NOUN_LAST_WORDS.has(wordBefore) &&
      MONTHS[wordBefore.replace(/\.$/, '')] === undefined && WEEKDAYS[wordBefore] === undefined;
    if (insideName) continue;
    // "the Embassy of Canada in Portugal": the seat of a body named just before, not a place of the event
    if (capBefore !== null && !strong && seatOfBody(text, m.index!)) continue;
    // "at the University of Colorado Boulder’s 72nd annual Conference": the possessive owns the event, it is not where it was
    if (!strong && ownsEventAfter(nameText, text.slice(nameStart + nameText.length, nameStart + nameText.length + 60))) continue;
    const written = dropFullStop(nameText);
    let name = trimTimeWords(written, text.slice(nameStart + written.length, nameStart + written.length + 4));
    let start = nameStart;
    const chain: PlaceMention[] = [];
    // "Turkey's Mediterranean city of Antalya", "Russia’s Sochi city": the country, then the town in it
    const nested = inCountry(name, text.slice(start + name.length));
    if (nested) {
      const at = nested.extra < 0 ? start + name.length - nested.name.length : start + name.length + nested.extra;
      const read = classifyPlace(nested.name) ?? (mayBeTown(nested.name) ? { placeKind: 'city' as const, name: nested.name, country: null, known: false } : null);
      if (read && read.placeKind !== 'country') {
        const place = { ...read, country: nested.country };
        chain.push({ start: offset + at, end: offset + at + nested.name.length, text: nested.name, ...place, cue, group, paragraph });
        out.push(...chain);
        consumed = at + nested.name.length;
        group++;
        continue;
      }
    }
    let read = classifyPlace(name);
    // "from Cambodia and Laos": the first of two places joined by "and"
    if (!read && name.includes(' and ')) {
      const head = name.slice(0, name.indexOf(' and '));
      const r = classifyPlace(head);
      if (r) { name = head; read = r; }
    }
    // "at the Boathouse Studio on Mersea Island": a venue, then the street or island it stands on
    if (!read && name.includes(' on ')) {
      const head = name.slice(0, name.indexOf(' on '));
      const r = classifyPlace(head);
      if (r?.placeKind === 'venue') { name = head; read = r; }
    }
    // "the Riverside Hotel Manila": a known place may close a longer name; try the tail words
    if (!read) {
      const ws = name.split(/\s+/);
      for (let k = 1; k < ws.length && !read; k++) {
        const tail = ws.slice(k).join(' ');
        const r = classifyPlace(tail);
        if (r && r.placeKind !== 'venue' && !ws.slice(0, k).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) {
          start += name.length - tail.length;
          name = tail;
          read = r;
        }
      }
    }
    // (an unknown name of two words or more "at" is a venue, "held at Moscone West"; towns are written "in")
    if (!read && !m.groups!.the && !broughtTo && (strong || cue === 'in' || cue === 'at') && mayBeTown(name) && endsPlace(text, start + name.length)) read = { placeKind: cue === 'at' && /\s/.test(name) ? 'venue' : 'city', name, country: null, known: false };
    if (!read) continue;
    chain.push({ start: offset + start, end: offset + start + name.length, text: name, ...read, cue, group, paragraph });
    // what follows: ", Viet Nam", ", Missouri", " in Manila", " (Thailand)"
    let at = start + name.length;
    for (let n = 0; n < 3; n++) {
      const f = FOLLOWER.exec(text.slice(at));
      if (!f) break;
      const fname = trimTimeWords(dropFullStop(f.groups!.name!));
      const previous = chain[chain.length - 1]!;
      // (the code may end a sentence: "in Alexandria, MN. The event ...")
      const code = /^[A-Z]{2}(?![\p{L}])/u.exec(fname)?.[0];
      const postal = previous.placeKind === 'city' && code && f[0].startsWith(',') && Object.hasOwn(US_POSTAL_CODES, code) ? US_POSTAL_CODES[code]! : null;
      const fread = (postal ? { placeKind: 'region' as const, name: postal, country: 'United States', known: true } : null) ?? classifyPlace(fname) ??
        (previous.placeKind === 'venue' && mayBeTown(fname) ? { placeKind: 'city' as const, name: fname, country: null, known: false } : null);
      // each follower is larger than the place before it: venue, city, region, country ("in Thailand, the WHO Office" is no chain)
      if (!fread || PLACE_RANK[fread.placeKind] <= PLACE_RANK[previous.placeKind]) break;
      const written = postal ? code! : fname;
      const fstart = at + f[0].indexOf(written);
      chain.push({ start: offset + fstart, end: offset + fstart + written.length, text: written, ...fread, cue, group, paragraph });
      if (postal) { at = fstart + written.length; break; }
      at += f[0].length;
    }
    // "Alexandria, MN", "Coventry, R.I.": the state or country written after a town says whose town it is
    const qualifier = chain.find((p) => (p.placeKind === 'region' || p.placeKind === 'country') && p.country);
    for (const p of chain) if (p.placeKind === 'city' && qualifier && chain.indexOf(qualifier) > chain.indexOf(p)) p.country = qualifier.country;
    out.push(...chain);
    consumed = at;
    group++;
  }
  if (/\bcapital\b/.test(text)) out.push(...countryCapitals(text, offset, paragraph, group, out));
  return out;
}

/** What may stand before a dateline on its line: a metadata date ("date 2020-07-08"), a date and a dash ("15-1-2016 – Djibouti City"). */
const DATELINE_LEAD = new RegExp(`^\\s*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+|(?:${ABSOLUTE_DATE_SOURCE})\\s*[–—-]\\s*)`, 'iu');
/** After a dateline's place: a date ("Oct. 3", "19 December"), a number, an agency's tag and a dash, or a tag holding the date ("(WAM - 02nd May, 2021)"). */
const DATELINE_REST = /^\s*(?:\(?[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d|\d|\(?[\p{Lu}]+\)?\s*[–—-]|\([^()\d]{1,60}\d)/u;

/** "JAKARTA —", "Bangkok (Thailand), 19 December 2024 –", "SALISBURY, Md-", "AKP Phnom Penh, October 11 —", "CHENNAI: ...", "KUALA LUMPUR, The ...". */
export function findDateline(paragraphText: string, paragraphStart: number, paragraph: number, group: number): PlaceMention[] {
  const lead = DATELINE_LEAD.exec(paragraphText)?.[0].length ?? 0;
  const text = paragraphText.slice(lead);
  const offset = paragraphStart + lead;
  const m = DATELINE.exec(text);
  if (!m) return colonDateline(text, offset, paragraph, group) ?? bracketDateline(text, offset, paragraph, group);
  const rest = text.slice(m[0].length, m[0].length + 80);
  const head = m.groups!.name!;
  // a city in capitals that the gazetteer knows opens a dateline whatever follows ("CHENNAI:", "KUALA LUMPUR, The ...")
  const capitalCity = /^[\p{Lu}\s.'-]+$/u.test(head) && head.length > 2 && gazetteerLookup(head)?.kind === 'city';
  const dated = DATELINE_REST.test(rest) || lead > 0;
  // a dateline goes on to a date or a dash soon after the place
  if (!dated && !/[–—-]$/.test(m[0]) && !capitalCity) return [];
  // "CAWZ — Confederation of Allied Workers of Zambia": a site's header, an acronym and the name it spells, no dateline
  if (/^[\p{Lu}]{2,10}$/u.test(head) && acronymMatches(head, text.slice(m[0].length).split('\n')[0]!.trim())) return [];
  const ws = head.split(/\s+/);
  const out: PlaceMention[] = [];
  for (let k = 0; k < ws.length; k++) {
    const name = ws.slice(k).join(' ');
    const read = classifyPlace(name);
    const allCaps = /^[\p{Lu}\s.'-]+$/u.test(name) && name.length > 2;
    // a name the gazetteer does not know: in capitals, or any town-like name when a date follows it
    const unknownTown = k === 0 && ws.length <= 3 && (allCaps || (dated && mayBeTown(name)));
    if (!read && !unknownTown) continue;
    const start = head.length - name.length;
    const place = read ?? { placeKind: 'city' as const, name: titleCase(name), country: null, known: false };
    if (place.placeKind === 'venue') return [];
    out.push({ start: offset + start, end: offset + start + name.length, text: name, ...place, name: read ? place.name : allCaps ? titleCase(name) : name, cue: 'dateline', group, paragraph });
    break;
  }
  if (!out.length) return out;
  for (const extra of [m.groups!.paren, m.groups!.region]) {
    if (!extra) continue;
    const read = classifyPlace(extra) ?? (REGIONS[extra.toLowerCase()] ? classifyPlace(extra) : null);
    if (!read) continue;
    const start = m[0].indexOf(extra);
    out.push({ start: offset + start, end: offset + start + extra.length, text: extra, ...read, cue: 'dateline', group, paragraph });
  }
  // a dateline says where the release was issued: only a country it states itself is kept
  const city = out[0]!;
  if (city.placeKind === 'city') city.country = out.find((p) => p.placeKind === 'country')?.name ?? null;
  return out;
}

/** "CHENNAI: As many as ...", "NEW DELHI: The ...": a known city in capitals and a colon ("Date: 12 May" is a label, not this). */
const CAPITALS_COLON = /^(?<name>[\p{Lu}][\p{Lu}.'’ -]{1,30}):\s/u;
function colonDateline(text: string, offset: number, paragraph: number, group: number): PlaceMention[] | null {
  const name = CAPITALS_COLON.exec(text)?.groups?.name;
  const entry = name ? gazetteerLookup(name) : undefined;
  if (!name || entry?.kind !== 'city') return null;
  return [{ start: offset, end: offset + name.length, text: name, placeKind: 'city', name: entry.name, country: null, known: true, cue: 'dateline', group, paragraph }];
}

/** "(CARICOM Secretariat, Turkeyen, Greater Georgetown Guyana) Officials of ...": a dateline in brackets, the places last. */
const BRACKET_DATELINE = /^\((?<inner>[^()\n]{3,90})\)\s(?=[\p{Lu}])/u;
function bracketDateline(text: string, offset: number, paragraph: number, group: number): PlaceMention[] {
  const inner = BRACKET_DATELINE.exec(text)?.groups?.inner;
  if (!inner || !inner.includes(',')) return [];
  const out: PlaceMention[] = [];
  // the words of the last two parts, each and in pairs ("Greater Georgetown Guyana", "Belize City, Belize": a city, then its country)
  const cut = inner.lastIndexOf(',', inner.lastIndexOf(',') - 1) + 1;
  const last = inner.slice(cut);
  const base = offset + 1 + cut;
  for (const w of last.matchAll(/[\p{Lu}][\p{L}’'-]+(?:\s[\p{Lu}][\p{L}’'-]+)?/gu)) {
    for (const name of [w[0], w[0].split(/\s/)[0]!, w[0].split(/\s/)[1] ?? '']) {
      const read = name && classifyPlace(name);
      if (!read || read.placeKind === 'venue' || out.some((p) => p.placeKind === read.placeKind)) continue;
      const start = base + w.index! + w[0].indexOf(name);
      out.push({ start, end: start + name.length, text: name, ...read, cue: 'dateline', group, paragraph });
      break;
    }
  }
  const country = out.find((p) => p.placeKind === 'country');
  for (const p of out) if (p.placeKind === 'city' && country) p.country = country.name;
  return out.some((p) => p.placeKind === 'city' || p.placeKind === 'country') ? out : [];
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export const placeRecogniser = defineRecogniser({
  name: 'places',
  kind: 'places',
  recognise(ctx: Context): PlaceMention[] {
    const { doc } = ctx;
    const out: PlaceMention[] = [];
    let datelineSeen = false;
    for (const p of doc.paragraphs) {
      // a first paragraph taken for the title may still open with a dateline ("LISBON, 14 November 2025 – The ...")
      if (doc.title && p.start === doc.title.start && !LABEL_LINE.test(p.text)) {
        if (!datelineSeen && p.index === 0) {
          const d = findDateline(p.text, p.start, p.index, 0);
          if (d.length && /^\s*\d|^\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d/u.test(p.text.slice(d[d.length - 1]!.end - p.start).replace(/^[\s,)]+/, ''))) {
            datelineSeen = true;
            out.push(...d);
            out.push(...findPlaces(p.text, p.start, p.index, d[d.length - 1]!.group + 1));
            continue;
          }
        }
        // "Thousands march in Pietermaritzburg as unions demand ...": a place the headline says the news happened in
        const group = out.length ? out[out.length - 1]!.group + 1 : 0;
        out.push(...findPlaces(p.text, p.start, p.index, group).filter((f) => f.cue === 'in' && f.placeKind !== 'venue').map((f) => ({ ...f, cue: 'headline' as const })));
        continue;
      }
      // the dateline opens the first body paragraph, or stands on a line of its own in the header
      if (!datelineSeen && p.index <= 6) {
        const d = findDateline(p.text, p.start, p.index, out.length ? out[out.length - 1]!.group + 1 : 0);
        if (d.length) {
          datelineSeen = true;
          out.push(...d);
        }
        if (p.start >= doc.headerEnd) datelineSeen = true;
      }
      // a "Location:" line is read wherever it stands, even where it was taken for the header or the title
      if (p.end <= doc.headerEnd && !LABEL_LINE.test(p.text)) continue;
      const found = findPlaces(p.text, p.start, p.index, out.length ? out[out.length - 1]!.group + 1 : 0);
      out.push(...found.filter((f) => !out.some((o) => o.start === f.start)));
    }
    return out;
  },
});

/** "Manila." at a sentence end is "Manila"; "St." and "D.C." keep their stop. */
function dropFullStop(name: string): string {
  return /\p{L}{3}\.$/u.test(name) ? name.slice(0, -1) : name;
}
