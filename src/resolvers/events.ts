/**
 * Event assembly: groups event mentions into events (a proper name and the later "the Dialogue",
 * "the event" that refer back to it), picks the main event, drops events that are only history,
 * and fills each record's dates, place, attendance mode and size from the sentences about it.
 * Organisers, attendees and speakers are left empty for the roles resolver.
 */
import type { Context } from '../context.js';
import type { Document, Sentence } from '../document.js';
import type { DateMention, EventMention, PlaceMention } from '../mentions.js';
import { defineResolver } from '../pipeline.js';
import type { AttendanceMode, EventRecord, EventType, Location } from '../record.js';
import { MIXED_CUES, MODE_CUE_WORDS, OFFLINE_CUES, ONLINE_CUES, PARTLY_ONLINE_CUES } from '../lexicons/events.js';
import { readParticipantCount } from '../text/counts.js';
import { gazetteerLookup, isCityOfItsName, townCountry } from '../lexicons/places.js';
import { findTimes } from '../text/dates.js';
import { MONTHS } from '../lexicons/months.js';
import { addDays, format } from 'date-fns';

/** One event of the release: its mentions, in text order. */
export interface EventCluster {
  mentions: EventMention[];
  /** The mention that names it best (a proper name, else the fullest common phrase). */
  naming: EventMention;
  score: number;
}

/** Verbs that report an event happening, being organised or announced. */
const HAPPENING = /\b(?:held|hold|holds|holding|host(?:s|ed|ing)?|co-host(?:s|ed|ing)?|convene[sd]?|convening|conduct(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing)|co-organi[sz](?:e|es|ed|ing)|deliver(?:s|ed|ing)?|launch(?:es|ed|ing)?|took place|take place|takes place|taken place|taking place|will be|was|were|opened|open(?:s|ing)?|kick(?:ed|s)? off|began|begin|start(?:s|ed)?|attend(?:s|ed|ing)?|participat(?:e|ed|ing)|join(?:s|ed)?|trained|gathered|brought together|bringing together|welcomed|visited|visit(?:s|ing)?|called on|met|scheduled|celebrat(?:e|es|ed|ing)|commemorat(?:e|es|ed|ing)|announce[sd]?|invite[sd]?|ended|concluded|wrapped up|headline)\b/i;
/** Words that put an event in the past history of a body, not in this release. */
const HISTORY = /\b(?:set up|established|founded|created|since|originally|began back|first held|previous(?:ly)?|last year|ago|adopted at|in the past)\b/i;

const fold = (s: string) => s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/[’']s\b/g, '').replace(/\s+/g, ' ').trim();

const sentenceCache = new WeakMap<Document, Map<number, Sentence | undefined>>();

/** The sentence that holds offset `at` (looked up once per offset: clusters ask many times). */
function sentenceOf(doc: Document, at: number): Sentence | undefined {
  let cache = sentenceCache.get(doc);
  if (!cache) sentenceCache.set(doc, (cache = new Map()));
  if (!cache.has(at)) cache.set(at, doc.sentenceAt(at));
  return cache.get(at);
}

const headWord = (noun: string): string => noun.slice(noun.lastIndexOf(' ') + 1);

/** Groups mentions into events: same proper name, or a later short form that refers back. */
export function clusterMentions(mentions: readonly EventMention[]): EventCluster[] {
  const clusters: EventCluster[] = [];
  // Each name is folded once, and exact names are looked up in a map: with a scan per mention the
  // clustering was quadratic in the number of mentions (hostile input has thousands).
  const keys = new Map<EventMention, string>();
  const keyOf = (m: EventMention) => {
    let k = keys.get(m);
    if (k === undefined) keys.set(m, (k = fold(m.name)));
    return k;
  };
  const byKey = new Map<string, EventCluster>();
  const body = mentions.filter((m) => !m.inTitle);
  const title = mentions.filter((m) => m.inTitle);
  const add = (m: EventMention, c: EventCluster) => {
    c.mentions.push(m);
    if (!byKey.has(keyOf(m))) byKey.set(keyOf(m), c);
    if (better(m, c.naming)) c.naming = m;
  };
  const clusterAt = new Map<number, EventCluster>();
  for (const m of [...body, ...title]) {
    const key = keyOf(m);
    // same name (or one name inside the other, for proper names)
    let home = byKey.get(key);
    // "DevLearn Summit 2026, the company's annual conference": the phrase beside a name is that event
    if (!home && m.besideStart !== undefined) home = clusterAt.get(m.besideStart);
    if (!home && m.proper) {
      home = clusters.find((c) => c.naming.proper && c.naming.noun === m.noun && (keyOf(c.naming).includes(key) || key.includes(keyOf(c.naming))));
      // ("DevSummit", "DevSummit 2025" after "Quillon DevSummit 2025, its annual developer conference": words of a longer
      // name, whatever its noun, when they are more than one word or a brand's one ("Summit" alone is no name)
      if (key.includes(' ') || /\p{Ll}\p{Lu}/u.test(m.name)) home ??= clusters.find((c) => c.naming.proper && ` ${keyOf(c.naming)} `.includes(` ${key} `));
    }
    // "the Dialogue", "the workshop", "this event": the latest event of that noun or type, else the first
    // a headline mention: the event whose name shares its words, else the first one of its noun
    if (!home && m.inTitle) {
      const words = new Set(key.split(' ').filter((w) => w.length > 3));
      home = clusters.find((c) => c.mentions.some((x) => !x.inTitle && x.noun === m.noun && keyOf(x).split(' ').some((w) => words.has(w)))) ??
        clusters.find((c) => c.mentions.some((x) => x.noun === m.noun));
    }
    if (!home && (m.definite || m.generic) && !m.inTitle) {
      const candidates = clusters.filter((c) => c.mentions.some((x) => x.start < m.start || m.inTitle));
      // ("the three-day meeting" after the "Annual Scientific Meeting": the same head word)
      home = [...candidates].reverse().find((c) => c.mentions.some((x) => x.noun === m.noun || headWord(x.noun) === m.noun || (!m.generic && x.type === m.type && x.type !== 'other'))) ??
        (m.generic && !m.plural ? candidates[0] : undefined);
    }
    if (home) add(m, home);
    else if (clusters.length < MAX_EVENT_CLUSTERS && !m.referenceOnly) {
      const c: EventCluster = { mentions: [], naming: m, score: 0 };
      clusters.push(c);
      add(m, c);
    }
    const placed = home ?? clusters[clusters.length - 1];
    if (placed?.mentions.includes(m)) clusterAt.set(m.start, placed);
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  return clusters;
}

/** No release reports this many distinct events; past it, new names are not clustered (bounds the work). */
const MAX_EVENT_CLUSTERS = 200;

/** A proper name beats a common phrase; among equals, the longer one; a generic noun never names. */
function better(a: EventMention, b: EventMention): boolean {
  if (a.generic !== b.generic) return !a.generic;
  if (a.proper !== b.proper) return a.proper;
  const bareA = a.name.toLowerCase() === a.noun || a.definite;
  const bareB = b.name.toLowerCase() === b.noun || b.definite;
  if (bareA !== bareB) return !bareA;
  if (a.inTitle !== b.inTitle) return !a.inTitle;
  return a.name.length > b.name.length;
}

function sentencesOf(doc: Document, c: EventCluster): Sentence[] {
  const out: Sentence[] = [];
  for (const m of c.mentions) {
    const s = sentenceOf(doc, m.start);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Another event the release reports: dated in its own sentence, not history, not only in the headline. */
function isReported(doc: Document, c: EventCluster, main: EventCluster, dates: readonly DateMention[], year: number | null = null): boolean {
  if (c === main || c.naming.generic || isHistory(doc, c, year) || c.mentions.every((m) => m.inTitle)) return false;
  // "restructure the Sessions from an in-person meeting to an all-virtual experience": a format the event changed from
  if (c.mentions.every((m) => /\bfrom (?:an?|the|its) $/i.test(doc.text.slice(Math.max(0, m.start - 10), m.start)) && /^ (?:in)?to /.test(doc.text.slice(m.end, m.end + 6)))) return false;
  return eventDate(doc, c, dates) !== null;
}

/** Two names of one event: they share two or more capitalised words ("First Session of the ... Strategic Dialogue"). */
function sameEvent(a: string, b: string): boolean {
  const caps = (s: string) => new Set(s.split(/[\s-]+/).filter((w) => /^[\p{Lu}]/u.test(w) && w.length > 2).map((w) => w.toLowerCase()));
  const x = caps(a);
  let shared = 0;
  for (const w of caps(b)) if (x.has(w)) shared++;
  return shared >= 2;
}

/** The members of a series: singular mentions of the series' noun with a date of their own. */
function splitSeries(doc: Document, series: EventCluster, dates: readonly DateMention[], all: readonly EventCluster[]): EventCluster[] {
  const out: EventCluster[] = [];
  // "The Nairobi meeting, 10 - 12 June": an event of the series' noun named on its own
  const siblings = all.filter((c) => c !== series && !c.naming.plural && c.naming.noun === series.naming.noun && eventDate(doc, c, dates));
  for (const m of series.mentions) {
    if (m.inTitle || m === series.naming) continue;
    const single: EventCluster = { mentions: [m], naming: m, score: 0 };
    if (eventDate(doc, single, dates)) out.push(single);
  }
  // one dated mention is the series itself written again, not a member
  if (out.length + siblings.length < 2) return [];
  out.push(...siblings);
  out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  series.mentions = series.mentions.filter((m) => !out.some((c) => c.naming === m));
  return out;
}

/** "The events include ...", "the programme will feature ...": what the day's programme lists after the cue. */
const PROGRAMME_LIST = /\b(?:events|activities|programme|program|celebrations|festivities|highlights|agenda)\s(?:will\s|also\s)?(?:include[sd]?|including|comprise[sd]?|feature[sd]?)\b/i;

function listedInProgramme(doc: Document, m: EventMention): boolean {
  const s = sentenceOf(doc, m.start);
  const cue = s && !m.inTitle ? PROGRAMME_LIST.exec(s.text) : null;
  return !!cue && m.start >= s!.start + cue.index + cue[0].length;
}

/** Clusters that became members of the series: they are not reported again as events of their own. */
function isMember(c: EventCluster, members: readonly EventCluster[]): boolean {
  return members.includes(c);
}

/** Score for being the main event: early, named, reported as happening, dated. */
function scoreCluster(doc: Document, c: EventCluster, dates: readonly DateMention[], firstBody: number, year: number | null = null, reportedUpTo: string | null = null): number {
  let score = 0;
  const first = c.mentions.find((m) => !m.inTitle);
  if (c.mentions.some((m) => m.inTitle)) score += 2;
  if (c.naming.proper) score += 2;
  if (c.naming.generic) score -= 2;
  if (first) {
    const para = first.paragraph - firstBody;
    score += para <= 0 ? 3 : para === 1 ? 1.5 : 0;
  } else {
    score -= 1;
  }
  score += Math.min(3, c.mentions.length - 1) * 0.75;
  for (const s of sentencesOf(doc, c).slice(0, 3)) {
    if (HAPPENING.test(s.text)) { score += 1.5; break; }
  }
  const date = eventDate(doc, c, dates);
  if (date) score += 2;
  // ("The alliance has scheduled a candlelight vigil for Saturday" at the end of a report on a rally): an event
  // still to come, first named late in the release, is what comes next, not what the release reports
  // (`reportedUpTo`: the publication day of a release that reports an event already held; in a preview, null)
  if (reportedUpTo && date?.iso && date.iso.slice(0, 10) > reportedUpTo && first && first.paragraph - firstBody >= 2) score -= 2;
  if (isHistory(doc, c, year)) score -= 6;
  return score;
}

/** Every mention of the event sits in a sentence about the past of some body ("set up in 2013"). */
function isHistory(doc: Document, c: EventCluster, year: number | null = null): boolean {
  const ss = sentencesOf(doc, c);
  return ss.length > 0 && ss.every((s) => HISTORY.test(s.text) || (year !== null && earlierYear(s.text, year)));
}

/** "the state visits of the two Presidents in 2017" in a release of 2018: a year before the release's. */
function earlierYear(text: string, year: number): boolean {
  const m = /\b(?:in|during|of) ((?:19|20)\d{2})\b/.exec(text);
  return !!m && Number(m[1]) < year;
}

/** The date of an event: in the sentence of one of its mentions, nearest to it; never the publication date. */
function eventDate(doc: Document, c: EventCluster, dates: readonly DateMention[]): DateMention | null {
  for (const m of c.mentions) {
    if (m.inTitle) continue;
    const s = sentenceOf(doc, m.start);
    if (!s) continue;
    const inSentence = dates.filter((d) => !d.published && d.precision !== 'week' && d.start >= s.start && d.end <= s.end && !isReportDate(doc, d));
    if (!inSentence.length) continue;
    inSentence.sort((a, b) => distance(a, m) - distance(b, m));
    // "on Saturday and Sunday, 27 and 28 September": the weekday right before a written date is that date's
    const first = inSentence[0]!;
    const written = first.precision === 'relative' ? inSentence.find((d) => d.precision === 'date' && d.start >= first.end && d.start - first.end <= 16) : undefined;
    return written ?? first;
  }
  return null;
}

/** "the White House said on Friday": the day of a statement, not of the event. */
const REPORTED = /\b(?:said|says|announced|stated|reported|added|noted|told\s+\w+|confirmed)\s+(?:on\s+|this\s+|last\s+)?$/i;
/** "Corvane Systems today opened registration for ...", "X on Monday announced": the day of the announcement, before its verb. */
const ANNOUNCING_AFTER = /^,?\s(?:officially\s|formally\s)?(?:announced|announces|opened\sregistration|opens\sregistration|released|published|issued|confirmed|revealed|unveiled\splans)\b/i;
function isReportDate(doc: Document, d: DateMention): boolean {
  return REPORTED.test(doc.text.slice(Math.max(0, d.start - 30), d.start)) || ANNOUNCING_AFTER.test(doc.text.slice(d.end, d.end + 30));
}

const distance = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/**
 * The sentence after each of `ss` that refers back to the event: "It took place in San Salvador on December 17.",
 * "Held on 23 July in Manila, the workshop ...".
 */
const REFERS_BACK = /^\s*(?:It|Held|Hosted|Co-hosted|Organi[sz]ed|Convened|Conducted|Taking\s+place)\s/;
function withFollowers(doc: Document, ss: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of ss) {
    out.push(s);
    const next = doc.sentences[s.index + 1];
    if (next && REFERS_BACK.test(next.text) && !ss.includes(next) && !out.includes(next)) out.push(next);
  }
  return out;
}

/** The first group of `places` in sentence `s` (with a venue or city of another group there to complete it). */
function placesIn(s: Sentence, places: readonly PlaceMention[]): PlaceMention[] {
  const inS = places.filter((p) => p.start >= s.start && p.end <= s.end && p.cue !== 'dateline');
  if (!inS.length) return [];
  // the group nearest after the mention, else the first one
  const groups = [...new Set(inS.map((p) => p.group))];
  const chosen = inS.filter((p) => p.group === groups[0]);
  // a venue group and a city group in the same sentence complete each other
  for (const g of groups.slice(1)) {
    const more = inS.filter((p) => p.group === g && !chosen.some((x) => x.placeKind === p.placeKind));
    if (more.length && more.every((p) => p.placeKind !== 'venue' || !chosen.some((x) => x.placeKind === 'venue'))) chosen.push(...more);
  }
  return chosen;
}

/** Whether two ISO dates (full or year-less days) are at most `days` apart. */
function withinDays(a: string | null, b: string | null, days: number): boolean {
  if (!a || !b || a.startsWith('--') !== b.startsWith('--')) return false;
  const day = (d: string) => Date.parse(d.startsWith('--') ? `2000${d.slice(1, 7)}` : d.slice(0, 10));
  const gap = Math.abs(day(a) - day(b)) / 86_400_000;
  return Number.isFinite(gap) && gap <= days;
}

/** A sentence about an event's next edition: "will be held again next year in", "next year's summit will be in". */
const NEXT_EDITION = /\b(?:(?:held|hosted|staged|take place|return|returns|be back)\s(?:again\s)?next\syear|next\syear[’']s\s(?:edition|summit|conference|meeting|forum|festival|congress|session|event)|the\snext\s(?:edition|summit|conference|meeting|forum|congress|session|round)\s(?:will|is\sto|is\sset|is\sscheduled))\b/i;

/** Where the event is: the places written in the sentences about it ("held in Hanoi, Viet Nam"). */
function eventLocation(doc: Document, c: EventCluster, places: readonly PlaceMention[], isMain: boolean, online: boolean, firstBody: number): Location | null {
  // ("The summit will be held again next year in Frankfurt": a sentence about the next edition places that one, not this)
  const ss = withFollowers(doc, sentencesOf(doc, c)).filter((s) => !NEXT_EDITION.test(s.text));
  // ("at LaunchPad 2025, the company's ...": a word unknown as a place inside the event's own name is no place)
  const inName = (p: PlaceMention) => !p.known && c.mentions.some((m) => m.proper && p.start >= m.start && p.end <= m.end);
  const usable = places.filter((p) => p.cue !== 'from' && p.cue !== 'other' && p.cue !== 'headline' && (p.known || p.cue !== 'dateline') && !inName(p));
  let chosen: PlaceMention[] = [];
  for (const s of ss) {
    chosen = placesIn(s, usable);
    if (chosen.length) break;
  }
  // a venue named in a later sentence about the event ("The April 18th event ... at the Library")
  if (chosen.length && !chosen.some((p) => p.placeKind === 'venue')) {
    const venue = usable.find((p) => p.placeKind === 'venue' && p.cue !== 'dateline' && ss.slice(0, 3).some((s) => p.start >= s.start && p.end <= s.end));
    if (venue) chosen.push(venue);
  }
  // no town: the town named in a later sentence about the event, in the same country ("... in Kaduna State." ... "on Thursday in Kaduna")
  if (chosen.length && !chosen.some((p) => p.placeKind === 'city')) {
    const country = chosen.find((p) => p.placeKind !== 'venue' && p.country)?.country ?? null;
    const town = usable.find((p) => p.placeKind === 'city' && p.cue !== 'dateline' && (country === null || p.country === null || p.country === country) &&
      ss.slice(0, 4).some((s) => p.start >= s.start && p.end <= s.end));
    if (town) chosen.push(town);
  }
  // a country alone in the sentences about the main event: the town of that country in the lead sentence
  // ("... officially established today in Beijing." ... "attended the ceremony ... in China")
  if (isMain && chosen.length && !chosen.some((p) => p.placeKind === 'city' || p.placeKind === 'venue')) {
    const country = chosen.find((p) => p.placeKind === 'country')?.country;
    const lead = doc.paragraphs[firstBody]?.sentences[0];
    const town = lead && placesIn(lead, usable.filter((p) => p.cue === 'in' || p.cue === 'at')).find((p) => p.placeKind === 'city' && p.country === country);
    if (town) chosen.push(town);
  }
  if (!chosen.length && isMain) {
    const label = usable.filter((p) => p.cue === 'label');
    if (label.length) chosen = label.filter((p) => p.group === label[0]!.group);
  }
  // the lead sentence of the release is about its main event ("Over 30 participants ... gathered in Moscow")
  if (!chosen.length && isMain) {
    const lead = doc.paragraphs[firstBody]?.sentences[0];
    if (lead) chosen = placesIn(lead, usable.filter((p) => p.cue === 'in' || p.cue === 'at'));
  }
  // the place the headline names, when the body names none ("Thousands march in Pietermaritzburg as ...")
  if (!chosen.length && isMain && !online) {
    const headline = places.filter((p) => p.cue === 'headline' && p.known);
    if (headline.length) chosen = headline.filter((p) => p.group === headline[0]!.group);
  }
  if (!chosen.length && isMain && !online) {
    const dateline = places.filter((p) => p.cue === 'dateline');
    if (dateline.length) chosen = dateline;
  }
  // a venue alone: the dateline's city is the town it stands in
  if (isMain && chosen.length && chosen.every((p) => p.placeKind === 'venue')) chosen.push(...places.filter((p) => p.cue === 'dateline'));
  if (!chosen.length) return null;
  // an online event has no place unless the text names a venue or says where it was held
  if (online && !chosen.some((p) => p.placeKind === 'venue' || p.cue === 'label')) return null;
  const loc: Location = { venue: null, city: null, region: null, country: null };
  for (const p of chosen) {
    const slot = p.placeKind;
    // a country the text states is kept as written ("Viet Nam", "Turkey"); one filled in comes from the gazetteer
    // (not in capitals: "SINGAPORE —" is the dateline's way of writing Singapore)
    if (loc[slot] === null) loc[slot] = slot === 'country' && p.known && p.text && !isAllCapitals(p.text) ? p.text : p.name;
    // "SINGAPORE —", "DJIBOUTI, 3 May": a dateline names a city, here the one that bears its country's name
    if (slot === 'country' && p.cue === 'dateline' && loc.city === null && isCityOfItsName(p.name)) loc.city = p.name;
    if ((p.placeKind === 'city' || p.placeKind === 'region') && p.country && loc.country === null) loc.country = p.country;
  }
  // the country of a city the gazetteer knows, a dateline's city included (the spec lets a gazetteer fill it in)
  if (loc.country === null && loc.city !== null) {
    const entry = gazetteerLookup(loc.city);
    loc.country = entry?.kind === 'city' ? entry.country : (townCountry(loc.city) ?? null);
  }
  return loc;
}

const isAllCapitals = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();

/** "from an in-person meeting to an all-virtual experience", "instead of": the event moved online, it is not both. */
const MOVED_ONLINE = /\b(?:instead of|rather than|from an? in[- ]person|switch(?:ed|ing)? (?:to|from)|cancel(?:led|ed|lation of))\b/i;

function attendanceMode(texts: readonly string[]): AttendanceMode | null {
  const joined = texts.join(' ');
  if (!MODE_CUE_WORDS.test(joined)) return null;
  if (MIXED_CUES.some((r) => r.test(joined))) return 'mixed';
  if (ONLINE_CUES.some((r) => r.test(joined))) return OFFLINE_CUES.some((r) => r.test(joined)) && /\bin[- ]person\b/i.test(joined) && !MOVED_ONLINE.test(joined) ? 'mixed' : 'online';
  if (PARTLY_ONLINE_CUES.some((r) => r.test(joined))) return 'mixed';
  if (OFFLINE_CUES.some((r) => r.test(joined))) return 'offline';
  return null;
}

function typeOf(c: EventCluster): EventType {
  if (!c.naming.generic) return c.naming.type;
  return c.mentions.find((m) => !m.generic)?.type ?? 'other';
}

/** "Date: Friday, July 12, 2019" / "WHEN: May 14, 2024": a labelled date line. */
const DATE_LABEL = /(?:^|\n|\s)(?:date|dates|when|schedule)\s*:\s*$/i;

/** A year that closes a capitalised name ("Embedded Linux Conference North America 2020"): when every such year of the body agrees, the release's year. */
const YEAR_WORD = /\b(?:19|20)\d{2}\b/g;
function nameYear(doc: Document): string | undefined {
  const body = doc.text.slice(doc.headerEnd, doc.bodyEnd);
  const years = new Set<string>();
  for (const m of body.matchAll(YEAR_WORD)) {
    if (body[m.index - 1] !== ' ') continue;
    const word = body.slice(Math.max(0, m.index - 30), m.index - 1).split(' ').pop() ?? '';
    // a capitalised word before the year; "September 2022" is a date, not a name
    if (/^[\p{Lu}]/u.test(word) && MONTHS[word.toLowerCase().replace(/\.$/, '')] === undefined) years.add(m[0]);
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** The date of an event with what the rest of the text adds: a time stated for the same day, a year. */
export function completeDate(doc: Document, date: DateMention, dates: readonly DateMention[], name: string): { start: string; end: string | null } {
  let start = date.iso;
  let end = date.isoEnd;
  // the same day written again with a time ("The April 18th event is scheduled from 6:30 p.m.")
  if (!start.includes('T')) {
    const timed = dates.find((d) => d !== date && d.iso.includes('T') && d.iso.slice(0, 10) === start && !d.published);
    if (timed) start = timed.iso;
  }
  // no year known: the year of the same day written in full elsewhere, or a year in the name
  if (start.startsWith('--')) {
    const mmdd = start.slice(2, 7);
    const full = dates.find((d) => !d.iso.startsWith('--') && d.iso.slice(5, 10) === mmdd);
    const year = full?.iso.slice(0, 4) ?? /\b((?:19|20)\d{2})\b/.exec(name)?.[1] ?? nameYear(doc);
    if (year) {
      start = `${year}${start.slice(1)}`;
      if (end?.startsWith('--')) end = `${year}${end.slice(1)}`;
    }
  }
  return { start, end };
}

const DURATION_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, fifteen: 15,
};
/** "a three-day training", "the 5-day meeting", "two day workshop": how many days the event runs. */
const DURATION = /\b(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen)[- ]days?\b/i;
/** "after three days of talks", "over four days": the length of the event as days spent on it. */
const DAYS_SPENT = /\b(?:after|over|for)\s(?<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen)\s(?:full\s)?days\sof\s/i;
/** A verb that ends the event just before a date: "which will end today", "closed ... on July 2", "concludes on Friday". */
const END_CUE = /\b(?:end|ends|ended|ending|close|closes|closed|conclude|concludes|concluded|completed|finished|wraps?\s+up|wrapped\s+up|runs\s+(?:until|till|through)|run\s+(?:until|till|through))\b/i;
/** A verb of ending right after a day: "yesterday wrapped up", "today closed", "will today conclude". */
const END_AFTER = /^\s(?:officially\s|formally\s)?(?:close[sd]?|end(?:s|ed)?|conclude[sd]?|wrap(?:s|ped)?\sup|finish(?:es|ed)?)\b/i;
/** "Doors open at 7pm": when the audience may come in, the start of an evening event. */
const DOORS_OPEN = /\bdoors\s+open\b/i;
/** A sentence that says an event is held or shown at a place and time ("will take place", "is held", "will be broadcast"). */
const HELD_OR_SHOWN = /\b(?:takes?\s+place|took\s+place|take\s+place|(?:is|was|will\s+be)\s+(?:held|broadcast|streamed|livestreamed|screened))\b/i;
/** A verb that starts the event just before a time: "begins at 6pm", "which began at 11 am", "kicks off at 9:30 a.m.". */
const START_CUE = /\b(?:begins?|began|starts?|started|opens?|opened|kicks?\s+off|kicked\s+off|commences?|commenced|gets?\s+under\s?way|runs?\s+from|scheduled\s+(?:for|from))\s+(?:at\s+|from\s+)?$/i;

/** How many days the event runs, as a number before one of its mentions ("a three-day training on first aid"). */
function durationDays(doc: Document, c: EventCluster, echoes: readonly EventMention[]): number | null {
  for (const m of [...c.mentions, ...echoes]) {
    if (m.inTitle) continue;
    // "..., which closed on Sunday after three days of debate": the length said in the mention's own sentence
    // ("... within 30 days.  Side event on ...": a number of days in the sentence before is no length of this one)
    const sentence = doc.sentenceAt(m.start);
    const d = DURATION.exec(doc.text.slice(Math.max(0, sentence?.start ?? 0, m.start - 30), m.end)) ?? DAYS_SPENT.exec(sentence?.text ?? '');
    if (!d) continue;
    const raw = d.groups!.n!.toLowerCase();
    const n = /^\d/.test(raw) ? Number(raw) : DURATION_WORDS[raw];
    if (n !== undefined && n >= 2 && n <= 31) return n;
  }
  return null;
}

/** `iso` moved by `days` (a year-less --MM-DD date is moved inside a common year). */
function shiftDay(iso: string, days: number): string {
  const yearless = iso.startsWith('--');
  const [y, m, d] = yearless ? [2001, Number(iso.slice(2, 4)), Number(iso.slice(5, 7))] : [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
  const moved = addDays(new Date(y, m - 1, d), days);
  const text = format(moved, 'yyyy-MM-dd');
  return yearless ? `--${text.slice(5)}` : text;
}

/** Days compare by their month and day when either has no year. */
const dayKey = (iso: string) => (iso.startsWith('--') ? iso.slice(2, 7) : iso.slice(0, 10));
const later = (a: string, b: string) => (a.startsWith('--') || b.startsWith('--') ? dayKey(a) > dayKey(b) : a.slice(0, 10) > b.slice(0, 10));

/**
 * What the sentences about the event add to its date: an end stated with a verb of ending ("which
 * will end today"), an end or start from its length ("a three-day training" that began on 6 August;
 * "the four-day gathering" that closed on 2 July), and a start time said apart ("It ... begins at 6pm").
 */
function refineDates(doc: Document, c: EventCluster, date: DateMention, when: { start: string; end: string | null }, dates: readonly DateMention[], echoes: readonly EventMention[]): { start: string | null; end: string | null } {
  let { start, end } = when;
  const ss = withFollowers(doc, sentencesOf(doc, c));
  const inEvent = (d: DateMention) => ss.some((s) => d.start >= s.start && d.end <= s.end);
  // the verb stands in the same clause, at most 60 characters before the date, or right after it ("yesterday
  // wrapped up a three-day workshop", "will today close the session")
  const endCued = (d: DateMention) => {
    const before = doc.text.slice(Math.max(doc.sentenceAt(d.start)?.start ?? 0, d.start - 60), d.start);
    return END_CUE.test(before.slice(before.lastIndexOf(';') + 1)) || END_AFTER.test(doc.text.slice(d.end, d.end + 30));
  };
  if (end === null) {
    const closing = dates.find((d) => d !== date && !d.isoEnd && d.precision !== 'week' && inEvent(d) && later(d.iso, start) && endCued(d));
    if (closing) end = closing.iso.slice(0, 10);
  }
  const days = end === null ? durationDays(doc, c, echoes) : null;
  // "It runs until 30 June 2026": the only date given is the last day; when the event began the text does not say
  if (days === null && end === null && endCued(date) && /\b(?:until|till|through)\s+(?:\w+\s+)?$/i.test(doc.text.slice(Math.max(0, date.start - 12), date.start))) {
    return { start: null, end: start.slice(0, 10) };
  }
  if (days !== null) {
    // the date the text gives is the last day when a verb of ending stands before it
    if (endCued(date)) {
      end = start.slice(0, 10);
      start = shiftDay(start, -(days - 1));
    } else {
      end = shiftDay(start, days - 1);
    }
  }
  // (a year-less day takes no time: the record's --MM-DD form has none)
  if (!start.includes('T') && !start.startsWith('--')) {
    // the sentences naming the event's noun ("Sir Paul's lecture ... It is free and begins at 6pm") count too,
    // and "Doors open at 7pm" in the paragraph that names the event or the next one
    const noun = c.naming.noun.toLowerCase();
    const more = withFollowers(doc, doc.sentences.filter((s) => s.start >= doc.headerEnd && s.text.toLowerCase().includes(noun)));
    const paragraphs = new Set(ss.flatMap((s) => [s.paragraph, s.paragraph + 1]));
    const doors = doc.sentences.filter((s) => paragraphs.has(s.paragraph) && DOORS_OPEN.test(s.text));
    start = withStartTime(doc, [...ss, ...[...more, ...doors].filter((s) => !ss.includes(s))], start, dates);
  }
  return { start, end: end !== null && end !== dayKey(start) && end !== start.slice(0, 10) ? end : null };
}

/** A start time stated in a sentence about the event that gives no other day ("It is free and begins at 6pm"). */
function withStartTime(doc: Document, ss: readonly Sentence[], start: string, dates: readonly DateMention[]): string {
  const day = dayKey(start);
  for (const s of ss) {
    if (dates.some((d) => d.start >= s.start && d.end <= s.end && !d.published && dayKey(d.iso) !== day)) continue;
    // ("will take place at the Civic Hall, Accra, at 10:00 GMT", "broadcast ... from 8pm": "at" or "from" a time,
    // in a sentence that holds or names the event, starts it, unless a verb of ending stands before)
    const held = HELD_OR_SHOWN.test(s.text);
    for (const t of findTimes(s.text)) {
      const before = s.text.slice(Math.max(0, t.start - 40), t.start);
      if (!START_CUE.test(before) && !(held && /\b(?:at|from)\s+$/.test(before) && !END_CUE.test(before))) continue;
      return `${start.slice(0, 10)}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    }
  }
  return start;
}

/**
 * The main event's unnamed mentions of its own noun in the lead paragraphs that were grouped apart
 * ("The ASEAN Digital Ministers Meeting ... begin here today. The two-day virtual meeting will be chaired by ..."):
 * they still say how long it runs and how it is attended.
 */
export function leadEchoes(main: EventCluster, mentions: readonly EventMention[], firstBody: number, taken: readonly EventCluster[]): EventMention[] {
  return mentions.filter((m) => !m.inTitle && !m.proper && !m.plural && !m.generic && m.noun === main.naming.noun && m.paragraph <= firstBody + 1 &&
    !main.mentions.includes(m) && !taken.some((c) => c.mentions.includes(m)));
}

export function buildRecord(doc: Document, c: EventCluster, dates: readonly DateMention[], places: readonly PlaceMention[], isMain: boolean, firstBody: number, others: readonly Sentence[] = [], echoes: readonly EventMention[] = []): EventRecord {
  let date = eventDate(doc, c, dates);
  if (!date && isMain) {
    // a labelled date line, else the first event date in the opening paragraphs
    date = dates.find((d) => !d.published && DATE_LABEL.test(doc.text.slice(Math.max(0, d.start - 20), d.start))) ?? null;
    const opening = doc.paragraphs.filter((p) => p.index >= firstBody && p.index <= firstBody + 1);
    date ??= dates.find((d) => !d.published && d.precision !== 'week' && !isReportDate(doc, d) && opening.some((p) => d.start >= p.start && d.end <= p.end)) ?? null;
  }
  const when = date ? refineDates(doc, c, date, completeDate(doc, date, dates, c.naming.name), dates, echoes) : null;
  // the sentences about the event, with one that refers back to it ("It gathered ..., with UNICEF joining virtually")
  const ss = withFollowers(doc, sentencesOf(doc, c));
  const texts = ss.map((s) => s.text);
  const paragraphs = [...new Set(c.mentions.map((m) => m.paragraph))].map((i) => doc.paragraphs[i]!.text);
  if (isMain) {
    const firstPara = doc.paragraphs[firstBody];
    if (firstPara) texts.push(firstPara.text);
    if (doc.title) texts.push(doc.title.text);
  }
  const echoed = withFollowers(doc, echoes.map((m) => sentenceOf(doc, m.start)).filter((x): x is Sentence => x !== undefined)).map((x) => x.text);
  let mode = attendanceMode(isMain ? [...texts, ...paragraphs, ...echoed] : texts);
  // "Sessions will also be streamed live on the website": a stream said anywhere in the body is the main event's
  if (isMain && mode === null) {
    const elsewhere = new Set(others);
    const body = doc.sentences.filter((s) => s.start >= doc.headerEnd && s.end <= doc.bodyEnd && !elsewhere.has(s)).map((s) => s.text).join(' ');
    if (MODE_CUE_WORDS.test(body) && PARTLY_ONLINE_CUES.some((r) => r.test(body))) mode = 'mixed';
  }
  // the main event's size may be stated anywhere, except in the sentences about another event
  const bodyStart = doc.headerEnd;
  const count = isMain
    ? readParticipantCount(doc.text.slice(bodyStart, doc.bodyEnd), (at) => others.some((s) => s.start <= bodyStart + at && bodyStart + at < s.end))
    : readParticipantCount(texts.join(' '));
  return {
    id: 'e0',
    name: c.naming.name,
    type: typeOf(c),
    startDate: when?.start ?? null,
    endDate: when?.end ?? null,
    location: eventLocation(doc, c, places, isMain, mode === 'online', firstBody),
    attendanceMode: mode,
    organizers: [],
    attendees: [],
    participantCount: count,
    speakers: [],
    span: { start: c.naming.start, end: c.naming.end },
  };
}

export const eventResolver = defineResolver({
  name: 'events',
  resolve(state, ctx: Context) {
    const { doc } = ctx;
    const { events: mentions, dates } = state.mentions;
    if (!mentions.length) return state;
    // "Dr. X, a lecturer at Eastbrook University": a place in a person's apposition is where they work, not where the event is
    const places = state.mentions.places.filter((pl) => !state.mentions.people.some((p) => p.end <= pl.start && pl.end <= p.context.end));
    const firstBody = doc.paragraphs.find((p) => p.start >= doc.headerEnd)?.index ?? 0;
    const clusters = clusterMentions(mentions);
    // ("a special $25 members pass was also on sale": mentions that only refer back to an event named nowhere)
    if (!clusters.length) return state;
    const year = ctx.referenceDate?.getFullYear() ?? null;
    const published = doc.published?.iso ?? null;
    // a release that reports what was held: its lead paragraph dates something on or before the publication day
    const lead = doc.paragraphs[firstBody];
    const reportsPast = published !== null && !!lead && dates.some((d) => !d.published && !!d.iso && d.start >= lead.start && d.end <= lead.end && d.iso.slice(0, 10) <= published);
    for (const c of clusters) c.score = scoreCluster(doc, c, dates, firstBody, year, reportsPast ? published : null);
    const ranked = [...clusters].sort((a, b) => b.score - a.score || a.mentions[0]!.start - b.mentions[0]!.start);
    const main = ranked[0]!;
    // a series ("regional meetings ... in Beijing, Berlin, Kathmandu and Cairo"): a mention with
    // a date of its own, or an event of the same noun named on its own, is one of its events
    const members = main.naming.plural ? splitSeries(doc, main, dates, ranked) : [];
    const secondary = ranked.slice(1).filter((c) => !isMember(c, members) && isReported(doc, c, main, dates, year));
    const otherSentences = secondary.flatMap((c) => sentencesOf(doc, c)).filter((s) => !sentencesOf(doc, main).includes(s));
    const mainRecord = buildRecord(doc, main, dates, places, true, firstBody, otherSentences, leadEchoes(main, mentions, firstBody, [...secondary, ...members]));
    const records = [mainRecord];
    for (const m of members) {
      const record = buildRecord(doc, m, dates, places, false, firstBody);
      if (m.naming.generic) record.type = mainRecord.type;
      if (record.location?.city && !record.name.includes(record.location.city)) record.name = `${record.name} in ${record.location.city}`;
      records.push(record);
    }
    for (const c of secondary) {
      const date = eventDate(doc, c, dates)!;
      if (sameEvent(c.naming.name, main.naming.name) && completeDate(doc, date, dates, c.naming.name).start === mainRecord.startDate) continue;
      const record = buildRecord(doc, c, dates, places, false, firstBody);
      // "The opening ceremony at the Palladium Cultural Centre" in a release about a week in Warsaw: a venue with
      // no town of its own stands in the main event's town
      const home = mainRecord.location;
      if (record.location?.venue && !record.location.city && !record.location.region && home?.city && (!record.location.country || record.location.country === home.country)) {
        record.location = { ...record.location, city: home.city, country: record.location.country ?? home.country };
      }
      // "32 researchers took part in a one-day training ... the day before the forum opened": a side event with no
      // place of its own, held within days of the main one and not online, is in the main event's town
      if (!record.location && home?.city && record.attendanceMode !== 'online' && withinDays(record.startDate, mainRecord.startDate, 3) &&
        !sentencesOf(doc, c).some((x) => NEXT_EDITION.test(x.text))) {
        record.location = { venue: null, city: home.city, region: home.region, country: home.country };
      }
      records.push(record);
    }
    // "The events include a Panel Discussion ..., a staff meeting ... and a dinner ...": each is an event of the day's
    // programme, on its day and at its place unless it says otherwise, organised by whoever organises the whole
    const programme: EventRecord[] = [];
    // each listed event with the mention that lists it, found once
    const listed = ranked.flatMap((c) => {
      if (c === main || c.naming.generic || isMember(c, members) || secondary.includes(c) || sameEvent(c.naming.name, main.naming.name)) return [];
      const m = c.mentions.find((x) => listedInProgramme(doc, x));
      return m ? [{ c, m }] : [];
    });
    const listedAt = listed.map((l) => l.m).sort((a, b) => a.start - b.start);
    for (const { c, m } of listed) {
      const record = buildRecord(doc, c, dates, places, false, firstBody);
      record.startDate ??= mainRecord.startDate;
      // a place written with this item, before the next one ("a staff meeting ... at the IGAD Secretariat"), else the day's place
      const sentenceEnd = sentenceOf(doc, m.start)!.end;
      const nextItem = /, (?:and )?(?:an?|the) | and (?:an?|the) /.exec(doc.text.slice(m.end, sentenceEnd));
      const until = Math.min(listedAt.find((x) => x.start > m.start)?.start ?? sentenceEnd, nextItem ? m.end + nextItem.index : sentenceEnd);
      const own = places.filter((p) => p.start >= m.end && p.end <= until && (p.cue === 'at' || p.cue === 'in'));
      const base = mainRecord.location ?? { venue: null, city: null, region: null, country: null };
      record.location = own.length ? { ...base, ...Object.fromEntries(own.map((p) => [p.placeKind, p.name])) } : mainRecord.location && { ...mainRecord.location };
      programme.push(record);
    }
    programme.sort((a, b) => a.span.start - b.span.start);
    records.push(...programme);
    for (const record of records.slice(1)) {
      // "the Cairo meeting": the city in the name is where it is
      const city = record.name.split(/\s+/).map((w) => gazetteerLookup(w)).find((e) => e?.kind === 'city');
      if (!record.location && city) record.location = { venue: null, city: city.name, region: null, country: city.country };
    }
    if (members.length) {
      // the series runs from its first member's start to its last one's end
      const starts = records.slice(1).map((r) => r.startDate).filter((d): d is string => d !== null).sort();
      const ends = records.slice(1).map((r) => r.endDate ?? r.startDate).filter((d): d is string => d !== null).sort();
      if (starts.length) mainRecord.startDate = starts[0]!;
      if (ends.length && ends[ends.length - 1] !== mainRecord.startDate) mainRecord.endDate = ends[ends.length - 1]!;
      mainRecord.location = null;
    }
    const seriesOf = new Map([...records.slice(1, 1 + members.length), ...programme].map((r) => [r, mainRecord] as const));
    return { ...state, events: records, seriesOf };
  },
});
