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
import { gazetteerLookup, NOT_PLACE_WORDS, ORGANISATION_WORDS, REGIONS, VENUE_NOUNS } from '../lexicons/places.js';
import { stripPossessive } from '../text/names.js';

// A capitalised name of up to six words; "of", "de", "the" and "'s" may join its words.
// A capitalised word; a final period only after a short word ("St.", "Ill.", "U.S."), never a sentence's end.
const CAP = "[\\p{Lu}](?:[\\p{L}\\p{N}'’&-]|\\.(?=\\p{L}))*(?:(?<!\\p{L}{5})\\.)?";
const NAME = `${CAP}(?:(?:\\s|\\s(?:of|de|del|da|upon|on|the|and)\\s(?:the\\s)?|[’']s\\s)${CAP}){0,6}`;
export const CUED = new RegExp(
  `(?<![\\p{L}])(?<cue>held in|held at|hosted in|hosted at|took place in|taking place in|takes place in|visit to|trip to|travel to|travels to|traveled to|travelled to|in|In|at|At|to|from|visited|visiting|visits|(?:[Ll]ocation|LOCATION|[Vv]enue|VENUE|[Ww]here|WHERE|[Pp]lace)\\s*:)\\s+(?<the>the\\s+)?(?<name>${NAME})`,
  'gu',
);
export const FOLLOWER = new RegExp(`^(?:\\s*,\\s*|\\s+in\\s+|\\s*\\(\\s*)(?:the\\s+)?(?<name>${NAME})\\)?`, 'u');
export const DATELINE = new RegExp(`^(?<name>${CAP}(?:\\s${CAP}){0,4})(?:\\s*\\((?<paren>[^()]{1,40})\\))?(?:\\s*,\\s*(?<region>[\\p{Lu}][\\p{L}.]{1,13}))?(?:\\s*\\([^()]{1,40}\\))?\\s*(?:[,/]|[–—-])`, 'u');

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
  const lastWord = words(clean).pop() ?? '';
  const entry = gazetteerLookup(clean);
  if (entry) return { placeKind: entry.kind, name: entry.name, country: entry.country, known: true };
  const region = REGIONS[clean.toLowerCase()] ?? REGIONS[`${clean.toLowerCase()}.`];
  if (region && /^[\p{Lu}]/u.test(clean)) return { placeKind: 'region', name: region, country: 'United States', known: true };
  if (VENUE_NOUNS.has(stripPossessive(lastWord)) || /\bof\b/.test(clean) && words(clean).some((w) => VENUE_NOUNS.has(w))) {
    return { placeKind: 'venue', name: clean, country: null, known: true };
  }
  return null;
}

/** A capitalised name that may be a town the gazetteer does not list: no organisation words. */
function mayBeTown(name: string): boolean {
  const ws = words(name);
  if (ws.length > 3) return false;
  if (ws.some((w) => ORGANISATION_WORDS.has(w) || NOT_PLACE_WORDS.has(w))) return false;
  return /^[\p{Lu}][\p{Ll}]/u.test(name) || /^[\p{Lu}]{3,}$/u.test(name);
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

const LABEL_LINE = /^\s*(?:location|venue|where|place)\s*:/i;

/** Places in one paragraph. */
export function findPlaces(text: string, offset: number, paragraph: number, firstGroup: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  let group = firstGroup;
  let consumed = 0;
  for (const m of text.matchAll(CUED)) {
    const cueWord = m.groups!.cue!.toLowerCase();
    const cue: PlaceMention['cue'] = /:$/.test(cueWord) ? 'label' : cueWord === 'from' ? 'from' : /\bat$/.test(cueWord) ? 'at' : cueWord === 'to' ? 'other' : 'in';
    const strong = /held|hosted|place|:|visit|trip|travel/.test(cueWord);
    // "Co-operation in Europe", "Embassy of Japan in Cambodia": the cue stands inside a name
    if (m.index! < consumed) continue;
    const capBefore = /(?:^|\s)([\p{Lu}][\p{L}'’-]*)\s$/u.exec(text.slice(Math.max(0, m.index! - 40), m.index!));
    const wordBefore = capBefore?.[1]!.toLowerCase() ?? '';
    // a known place after a word that is not a body's ("the Report in Stockholm") is still a place
    const known = gazetteerLookup(m.groups!.name!) !== undefined && !OFFICE_WORDS.has(wordBefore) && !seatOfBody(text, m.index!);
    // "... and Decent Work at the Labadi Beach Hotel": a venue after "at the" is a place, whatever stands before
    const venueAfterAt = cue === 'at' && m.groups!.the !== undefined && classifyPlace(m.groups!.name!)?.placeKind === 'venue';
    const insideName = capBefore !== null && !strong && !known && !venueAfterAt && EVENT_NOUNS[wordBefore.replace(/s$/, '')] === undefined &&
      MONTHS[wordBefore.replace(/\.$/, '')] === undefined && WEEKDAYS[wordBefore] === undefined;
    if (insideName) continue;
    // "the Embassy of Canada in Portugal": the seat of a body named just before, not a place of the event
    if (capBefore !== null && !strong && seatOfBody(text, m.index!)) continue;
    let name = dropFullStop(m.groups!.name!);
    let start = m.index! + m[0].length - name.length;
    const chain: PlaceMention[] = [];
    let read = classifyPlace(name);
    // "from Cambodia and Laos": the first of two places joined by "and"
    if (!read && name.includes(' and ')) {
      const head = name.slice(0, name.indexOf(' and '));
      const r = classifyPlace(head);
      if (r) { name = head; read = r; }
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
    if (!read && !m.groups!.the && (strong || cue === 'in' || cue === 'at') && mayBeTown(name)) read = { placeKind: 'city', name, country: null, known: false };
    if (!read) continue;
    chain.push({ start: offset + start, end: offset + start + name.length, text: name, ...read, cue, group, paragraph });
    // what follows: ", Viet Nam", ", Missouri", " in Manila", " (Thailand)"
    let at = start + name.length;
    for (let n = 0; n < 3; n++) {
      const f = FOLLOWER.exec(text.slice(at));
      if (!f) break;
      const fname = dropFullStop(f.groups!.name!);
      const fread = classifyPlace(fname) ?? (chain[chain.length - 1]!.placeKind === 'venue' && mayBeTown(fname) ? { placeKind: 'city' as const, name: fname, country: null, known: false } : null);
      if (!fread) break;
      const fstart = at + f[0].indexOf(fname);
      chain.push({ start: offset + fstart, end: offset + fstart + fname.length, text: fname, ...fread, cue, group, paragraph });
      at += f[0].length;
    }
    out.push(...chain);
    consumed = at;
    group++;
  }
  return out;
}

/** "JAKARTA —", "Bangkok (Thailand), 19 December 2024 –", "SALISBURY, Md-", "AKP Phnom Penh, October 11 —". */
export function findDateline(paragraphText: string, paragraphStart: number, paragraph: number, group: number): PlaceMention[] {
  // a metadata date ("date 2020-07-08") may stand before the dateline on the same line
  const lead = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+/i.exec(paragraphText)?.[0].length ?? 0;
  const text = paragraphText.slice(lead);
  const offset = paragraphStart + lead;
  const m = DATELINE.exec(text);
  if (!m) return [];
  const rest = text.slice(m[0].length, m[0].length + 60);
  // a dateline goes on to a date or a dash soon after the place
  if (!/^\s*(?:\(?[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d|\d|\(?[\p{Lu}]+\)?\s*[–—-])/u.test(rest) && !/[–—-]$/.test(m[0])) return [];
  const ws = m.groups!.name!.split(/\s+/);
  const out: PlaceMention[] = [];
  for (let k = 0; k < ws.length; k++) {
    const name = ws.slice(k).join(' ');
    const read = classifyPlace(name);
    const allCaps = /^[\p{Lu}\s.'-]+$/u.test(name) && name.length > 2;
    if (!read && !(allCaps && k === 0 && ws.length <= 3)) continue;
    const start = m.groups!.name!.length - name.length;
    const place = read ?? { placeKind: 'city' as const, name: titleCase(name), country: null, known: false };
    if (place.placeKind === 'venue') return [];
    out.push({ start: offset + start, end: offset + start + name.length, text: name, ...place, name: read ? place.name : titleCase(name), cue: 'dateline', group, paragraph });
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
          }
        }
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
