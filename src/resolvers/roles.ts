/**
 * Roles: who organised, hosted or chaired each event, who attended, and who spoke in what role.
 * Works sentence by sentence: a cue ("organised by", "X and Y hold", "opening remarks", "sessions
 * led by") picks the agents next to it (organisation and person mentions, else capitalised runs),
 * each resolved through the one name resolver (`findEntity`), and attaches them to the event named
 * in the same sentence, else the main event.
 */
import { spansWithin } from '../text/spans.js';
import type { Context } from '../context.js';
import type { Document, Sentence } from '../document.js';
import type { Agent, AgentRole, EventRecord, Speaker, SpeakerRole, Span } from '../record.js';
import type { EventMention } from '../mentions.js';
import { gazetteerLookup } from '../lexicons/places.js';
import { isOrganisedEventNoun } from '../text/event-nouns.js';
import { defineResolver, type ResolutionState } from '../pipeline.js';
import { EVENT_HEADS, NOT_NAME_WORDS, ORG_HEADS, TITLE_HEADS } from '../lexicons/who.js';
import {
  ACTIVE_ORGANISER, ACTIVE_ROLE, AND_NEXT_THANKED, ANNOUNCES, ROLE_AFTER_AS, ROLE_AFTER_AS_NAMES, SPONSOR_AFTER, FOR_ORGANISING, THANKED_FOR_ORGANISING, EVENT_OBJECT_ORGANISER, BODY_ONLY_VERBS, DIRECT_OBJECT_VERBS, EVENT_BOUND_PASSIVES, HANDED_OVER, AUXILIARIES, JOIN_US, ON_BEHALF, ON_BEHALF_OF, ON_HIS_BEHALF,
  ORG_PRESENTED_AFTER, ORG_SPEAKER_CUES, ORGANISER_BILLING, PARTNER_BILLING, PARTNER_CUES, PASSIVE_BY, PASSIVE_BY_AFTER_EVENT, PASSIVE_ORGANISER, SESSION_NOUN, SESSION_WITH, SPEAKER_ROLE_CUES,
} from '../lexicons/roles.js';
import { findEntity, type Entity } from './agents.js';
import { bare, BULLET_LINE, isAcronym, isBlankOrComma, isCapitalised, isHonorific, isTitleWord, splitPersonReference, stripTrailingParenthesis, trimEndChars } from '../text/names.js';
import { paragraphRuns, paragraphWords } from '../text/document-words.js';
import { memoObject, memoString } from '../text/memo.js';

/** A stretch of text that names an agent: an organisation or person mention, or a capitalised run. */
interface Item extends Span {
  /** Where the name itself is (a person's name without title and apposition). */
  name: Span;
  kind: 'organization' | 'person' | 'unknown';
  text: string;
}

const SHORT_FORM = /\b[Tt]he ((?:[Ee]mbassy|[Mm]inistry|[Dd]epartment|[Cc]ouncil|[Cc]ommission|[Ss]ecretariat|[Mm]useum|[Cc]ollege|[Uu]niversity|[Aa]gency|[Ii]nstitute|[Ff]oundation|[Bb]ureau|[Cc]hamber|[Cc]entre|[Cc]enter))\b/g;

// What may stand between two items of a list, spaces folded to one: ", ", " and ", ", and the ", "; ".
const SEPARATOR_FOLDED = /^(?:,|;|,? ?and|,? ?&|,? ?as well as)(?: the)?$/i;
const isSeparator = (gap: string): boolean => SEPARATOR_FOLDED.test(gap.replace(/\s+/g, ' ').trim());

/** The items of a sentence, longest first at each start. */
/** Whether `name` occurs in `text` outside [from, to) on its own: no capitalised word right before or after it. */
function standsAlone(text: string, name: string, from: number, to: number): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at >= from && at < to) continue;
    const before = text.slice(Math.max(0, at - 20), at);
    const after = text.slice(at + name.length, at + name.length + 20);
    // (a capitalised word right before, with only a space between, makes it part of a longer name)
    const lastWord = before.trimEnd().split(/\s/).pop() ?? '';
    const capitalBefore = before !== before.trimEnd() && before.length - before.trimEnd().length === 1 && /^\p{Lu}[\p{L}'’-]*$/u.test(lastWord);
    if (capitalBefore || /^\s(?:and\s|&\s)?\p{Lu}/u.test(after) || /^\p{L}/u.test(after)) continue;
    return true;
  }
  return false;
}

function itemsOf(doc: Document, state: ResolutionState, s: Sentence): Item[] {
  const items: Item[] = [];
  const entities = state.entities;
  const within = <T extends Span>(list: readonly T[]): T[] => spansWithin(list, s);
  // "LUSAKA – The Confederation ...": a dateline's place names where the text was filed, no agent
  const datelines = within(state.mentions.places).filter((p) => p.cue === 'dateline');
  const inDateline = (r: Span) => datelines.some((d) => d.start < r.end && r.start < d.end);
  for (const o of within(state.mentions.organisations)) {
    if (inDateline(o)) continue;
    // "Department of Justice (DOJ)": the acronym written after the name is part of the item.
    const after = /^\s*\(\s*[^()\s]{2,14}\s*\)/.exec(doc.text.slice(o.end, o.end + 20));
    const end = after ? o.end + after[0].length : o.end;
    items.push({ start: o.start, end, name: { start: o.start, end: o.end }, kind: 'organization', text: o.name });
  }
  for (const p of within(state.mentions.people)) {
    items.push({ start: Math.min(p.context.start, p.start), end: Math.max(p.context.end, p.end), name: { start: p.start, end: p.end }, kind: 'person', text: p.name });
  }
  // "the embassy", "the Council": a body named before, by its head noun alone.
  SHORT_FORM.lastIndex = 0;
  for (let m = SHORT_FORM.exec(s.text); m; m = SHORT_FORM.exec(s.text)) {
    const start = s.start + m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (items.some((i) => i.start <= start && end <= i.end)) continue;
    if (!findEntity(entities, m[1]!)) continue;
    items.push({ start, end, name: { start, end }, kind: 'organization', text: m[1]! });
  }
  for (const r of within(paragraphRuns(doc)[s.paragraph] ?? [])) {
    if (inDateline(r)) continue;
    const text = doc.text.slice(r.start, r.end);
    if (r.words.length === 1 && NOT_NAME_WORDS.has(bare(text))) continue;
    // "Separately, X announced ...": a sentence adverb, not a name
    if (r.words.length === 1 && /ly$/.test(text) && doc.text[r.end] === ',') continue;
    if (items.some((i) => i.start <= r.start && r.end <= i.end)) continue;
    if (r.words.every((w) => EVENT_HEADS.has(bare(w.text)))) continue;
    // "Ghana and Togo hold talks": two countries, two items
    const pair = / and /.exec(text);
    // ("sponsorship from Nordlicht Cloud and Quantafy": the first is named alone elsewhere in the text, so two names)
    const namedAlone = (name: string) => name.includes(' ') && standsAlone(doc.text, name, r.start, r.end);
    // ("sponsored by Sahyadri Infotech and Kalpataru Motors", "Vantara Cloud and Ondaflux": a name of two words or
    // more before "and" is a name of its own, when no "of" or "for" ties the two into one body's name)
    const longFirst = pair !== null && pair.index === text.lastIndexOf(' and ') && !/\b(?:of|for|the)\b/.test(text) && text.slice(0, pair.index).split(' ').length >= 2 && /^\p{Lu}/u.test(text.slice(pair.index + 5));
    if (pair && !r.acronym && ((gazetteerLookup(text.slice(0, pair.index))?.kind === 'country' && gazetteerLookup(text.slice(pair.index + 5))?.kind === 'country') ||
      (pair.index === text.lastIndexOf(' and ') && !/\bof\b/.test(text) && namedAlone(text.slice(0, pair.index))) || longFirst)) {
      const second = r.start + pair.index + 5;
      items.push({ start: r.start, end: r.start + pair.index, name: { start: r.start, end: r.start + pair.index }, kind: 'unknown', text: text.slice(0, pair.index) });
      items.push({ start: second, end: r.end, name: { start: second, end: r.end }, kind: 'unknown', text: text.slice(pair.index + 5) });
      continue;
    }
    const after = r.acronym ? doc.text.slice(r.end, r.acronym.end + 1) : '';
    items.push({ start: r.start, end: r.end + after.length, name: { start: r.start, end: r.end }, kind: 'unknown', text });
  }
  // "led by RBC Council Leader Cllr. Anya Bright": a run that ends in a title or a form of address
  // right before a person's name is that person's post, part of the person's item
  for (const p of items) {
    if (p.kind !== 'person') continue;
    // ("Deputy Leader, Cllr. Tom Oduya": a title, then a form of address, each a run of its own)
    for (;;) {
      const run = items.find((r) => r.kind === 'unknown' && r.end <= p.start && /^\.?,?\s+$/.test(doc.text.slice(r.end, p.start)));
      const last = run?.text.split(/\s+/).pop() ?? '';
      if (!run || !(isHonorific(last) || isTitleWord(last))) break;
      p.start = run.start;
      items.splice(items.indexOf(run), 1);
    }
  }
  // "the El Salvador government": a country's government, named by the country and the common noun
  for (const item of items) {
    if (/^ government\b/.test(doc.text.slice(item.end, item.end + 12)) && gazetteerLookup(item.text)?.kind === 'country') {
      item.end += ' government'.length;
      item.name = { start: item.name.start, end: item.end };
      item.text = doc.text.slice(item.name.start, item.end);
      item.kind = 'organization';
    }
  }
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "the physics and chemistry departments of X", "students of X": a body's units in lower case, then the body. */
const UNITS_OF = /^\s*(?:the\s+)?(?:[a-z][a-z-]*,?\s+(?:and\s+)?){0,3}(?:departments?|faculty|faculties|schools?|units?|offices?|divisions?|teams?|chapters?|branch(?:es)?|students|staff|members)\s+of\s+(?:the\s+)?$/;

/** The items of a list that starts at `at` ("X, Y and the Z"), stopping at anything else. */
function listAfter(doc: Document, items: readonly Item[], at: number, limit: number): Item[] {
  const out: Item[] = [];
  let cursor = at;
  for (;;) {
    const gap = (i: Item) => doc.text.slice(cursor, i.start);
    // ("together with the city's Environmental Protection Authority": a place's possessive before the first name)
    let next = items.find((i) => i.start >= cursor && i.end <= limit && (out.length ? isSeparator(gap(i)) || separatorThenDescriptor(gap(i)) : /^(?:the)?$/i.test(gap(i).trim()) || UNITS_OF.test(gap(i)) || PLACE_OWNER.test(gap(i)) || isLocatedGap(gap(i)) || isPlaceOwnerGap(gap(i)) || isDescriptorGap(gap(i))));
    if (!next) break;
    // "the University's Institute for Advanced Studies": the unit the owner's possessive leads to
    const owner = next;
    const possessive = /['’]s$/.test(doc.text.slice(owner.start, owner.end)) ? /^\s$/ : /^['’]s\s$/;
    const owned = items.find((i) => i.start > owner.end && i.start <= owner.end + 3 && i.end <= limit && possessive.test(doc.text.slice(owner.end, i.start)));
    if (owned) next = owned;
    out.push(next);
    cursor = next.end;
  }
  return out;
}

const LOCATING_ENDINGS = ['-based', '-headquartered', '-led', '-run', '-owned', '-funded', '-backed', '-founded', '-managed'];
/** "the Edinburgh-based ", "Nairobi-headquartered ": where the body named next is based (no regex: a hyphenated word of any length). */
function isLocatedGap(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  const last = words[words.length - 1]!.toLowerCase();
  // (and who runs it: "the student-led X", "the community-run Y", "the state-owned Z")
  return words.length <= 2 && (words.length === 1 || words[0]!.toLowerCase() === 'the') && LOCATING_ENDINGS.some((e) => last.endsWith(e) && last.length > e.length) && /\s$/.test(gap);
}

/** Lower-case nouns that say what kind of body is named next ("the nonprofit X", "regional trade body X", "exhibition organiser X"). */
const BODY_DESCRIPTORS: ReadonlySet<string> = new Set([
  'nonprofit', 'non-profit', 'charity', 'ngo', 'body', 'organisation', 'organization', 'group', 'company', 'firm', 'foundation',
  'network', 'association', 'agency', 'organiser', 'organizer', 'platform', 'start-up', 'startup', 'union', 'collective',
  'cooperative', 'co-operative', 'society', 'trust', 'club', 'council', 'institute', 'broadcaster', 'publisher', 'label',
  'accelerator', 'incubator', 'consultancy', 'studio', 'developer', 'retailer', 'bank', 'insurer', 'operator', 'provider',
]);
/** "the nonprofit ", "regional trade body ", "exhibition organiser ": up to four lower-case words ending in a body's descriptor. */
function isDescriptorGap(gap: string): boolean {
  if (!/\s$/.test(gap) || gap.length > 48) return false;
  const words = gap.trim().split(/\s+/);
  if (words[0] === 'the' || words[0] === 'a' || words[0] === 'an') words.shift();
  return words.length >= 1 && words.length <= 3 && words.every((w) => /^[a-z][a-z-]*$/.test(w)) && BODY_DESCRIPTORS.has(words[words.length - 1]!);
}

/** " and the nonprofit ", ", the charity ": a list's separator, then a descriptor of the body named next. */
function separatorThenDescriptor(gap: string): boolean {
  const m = /^\s*(?:,\s*)?(?:and|&)?\s/.exec(gap);
  return !!m && m[0].trim() !== '' && isDescriptorGap(gap.slice(m[0].length));
}

/** "Kuwait's ", "Nepal’s ": a known place's possessive before the body it owns. */
function isPlaceOwnerGap(gap: string): boolean {
  const owner = gap.trim();
  return owner.length > 3 && owner.length < 40 && /\s$/.test(gap) && /['’]s$/.test(owner) && gazetteerLookup(owner.slice(0, -2)) !== undefined;
}

/** "the city's ", "the country's ": a common noun of a place owning the body named next. */
const PLACE_OWNER = /^\s*the\s(?:city|country|state|region|province|county|district|nation|island|town|municipality)['’]s\s$/i;

/** The items of a list that ends at `at` ("X, Y and Z" before "jointly conducted"), right to left. */
function listBefore(doc: Document, items: readonly Item[], at: number, from: number): Item[] {
  const out: Item[] = [];
  let cursor = at;
  for (;;) {
    const gap = (i: Item) => doc.text.slice(i.end, cursor);
    const next = [...items].reverse().find((i) => i.end <= cursor && i.start >= from && (out.length ? isSeparator(gap(i)) : gap(i).trim() === ''));
    if (!next) break;
    // Prefer the longest item ending there.
    const longest = items.filter((i) => i.end === next.end && i.start >= from).sort((a, b) => a.start - b.start)[0]!;
    out.unshift(longest);
    cursor = longest.start;
    // "the Regional Support Office of the Bali Process and the Philippine Inter-Agency Council ...": a leading "the".
    const before = doc.text.slice(Math.max(from, cursor - 4), cursor);
    if (/the\s$/i.test(before)) cursor -= before.length - before.search(/the\s$/i);
  }
  return out;
}

const INSERT_CUE = /,\s*(?:in (?:partnership|collaboration|cooperation) with|with the support of|through|together with)\s/gi;
/** ", in partnership with X, through Y," right before a verb: where that inserted phrase starts, else -1. */
function insertedAfterComma(before: string): number {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',')) return -1;
  let found = -1;
  INSERT_CUE.lastIndex = 0;
  for (let m = INSERT_CUE.exec(trimmed); m; m = INSERT_CUE.exec(trimmed)) found = m.index;
  if (found < 0) return -1;
  const inside = trimmed.slice(found + 1, -1);
  return inside.length <= 640 && inside.split(',').length <= 4 ? found : -1;
}

const PLAIN_INSERT = /\s(?:in (?:partnership|collaboration|cooperation|co-operation|association) with|with the support of|together with)\s/gi;
/** " in partnership with X" (no comma, dash or stop after it) ending `before`: where it starts, else -1. */
function lastPlainInsert(before: string): number {
  let found = -1;
  PLAIN_INSERT.lastIndex = 0;
  for (let m = PLAIN_INSERT.exec(before); m; m = PLAIN_INSERT.exec(before)) found = m.index;
  if (found < 0) return -1;
  const rest = before.slice(found + 1);
  return before.length - found <= 200 && !/[,.;–—]/.test(rest.slice(rest.search(/\s/) + 1)) ? found : -1;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A time between a subject and its verb, at the end of the text before the verb (its closing spaces and commas cut). */
const SUBJECT_TIME = new RegExp(`,?\\s(?:on\\s(?:${WEEKDAY},?\\s)?(?:the\\s\\d{1,2}(?:st|nd|rd|th)|\\d{1,2}(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}(?:,?\\s\\d{4})?|${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?)|on\\s${WEEKDAY}|last\\s(?:week|month|year|${WEEKDAY})|(?:earlier\\s)?this\\s(?:week|month|year|morning|afternoon)|yesterday|today)$`);

/** Skips auxiliaries, adverbs and inserted phrases backwards from a verb: where the subject ends. */
function subjectEnd(doc: Document, items: readonly Item[], at: number, from: number): number {
  let cursor = at;
  for (let guard = 0; guard < 12; guard++) {
    const before = doc.text.slice(from, cursor);
    const trimmed = trimEndChars(before, ' \t\n,');
    let w0 = trimmed.length;
    while (w0 > 0 && /[\p{L}-]/u.test(trimmed[w0 - 1]!)) w0--;
    const lastWord = trimmed.slice(w0);
    // auxiliaries and adverbs ("has successfully", "succesfully", "will today"): any -ly word is an adverb here
    if (lastWord && (AUXILIARIES.has(lastWord.toLowerCase()) || (lastWord.length > 4 && /^[a-z]+ly$/.test(lastWord)))) {
      cursor = from + trimmed.length - lastWord.length;
      continue;
    }
    // "The Museum on Saturday opened", "X last week launched": a time between the subject and its verb
    // ("X on the 14th hosted", "X, on 3 May 2025, opened", "X on March 3 launched", "X yesterday held")
    // (tested on the text with its closing spaces and commas cut: no run of spaces before the end to backtrack over)
    const time = SUBJECT_TIME.exec(trimmed);
    if (time) { cursor = from + time.index; continue; }
    // "– in partnership with X –", ", in partnership with X,", "(IACAT) chaired by the DOJ": inserted phrases.
    const dash = /[–—]\s*(?:in (?:partnership|collaboration|cooperation) with|with the support of|through|together with)[^–—]{1,160}[–—]\s*$/i.exec(before);
    if (dash) { cursor = from + dash.index; continue; }
    // ", the nonprofit organization dedicated to X," after the subject: an apposition
    // ("..., the battery unit of engineering group Keldrath AG (KLDG.DE), ...": a ticker or acronym in brackets inside it)
    const appositive = /,\s*(?:the|a|an)\s+[a-z](?:[^,;:()“”"]|\([^(),;:]{1,20}\)){0,120},\s*$/.exec(before);
    if (appositive && items.some((i) => i.end <= from + appositive.index && /^(?:\([^()]{1,20}\))?$/.test(doc.text.slice(i.end, from + appositive.index).trim()))) {
      cursor = from + appositive.index;
      continue;
    }
    const comma = insertedAfterComma(before);
    if (comma >= 0) { cursor = from + comma; continue; }
    const plain = lastPlainInsert(before);
    if (plain >= 0) { cursor = from + plain; continue; }
    const chaired = /(?:which is |which was |that is )?(?:chaired|led|headed|co-chaired|represented) by\s+(?:the\s+)?$/i;
    const chairItem = [...items].reverse().find((i) => i.end <= cursor && isBlankOrComma(doc.text.slice(i.end, cursor)) && chaired.test(doc.text.slice(Math.max(from, i.start - 40), i.start)));
    if (chairItem) {
      const window = Math.max(from, chairItem.start - 40);
      cursor = from + trimEndChars(doc.text.slice(from, window + chaired.exec(doc.text.slice(window, chairItem.start))!.index), ' \t\n,').length;
      continue;
    }
    break;
  }
  return cursor;
}

// (a two-word noun of the lexicon counts too: "a tree planting organised by")
const hasEventWord = memoString((text: string): boolean => text.split(/[^\p{L}-]+/u).some((w, k, all) => isOrganisedEventNoun(w) || EVENT_HEADS.has(w.toLowerCase()) ||
  (k > 0 && isOrganisedEventNoun(`${all[k - 1]!.toLowerCase()} ${w.toLowerCase()}`))), 2000);
/** "The event was led by", "the consultations held by": an event noun, maybe an auxiliary, right before the cue. */
const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const BEFORE_CUE_SKIPPED = new Set(['was', 'were', 'is', 'are', 'will', 'be', 'has', 'have', 'been', 'being']);
/** "It is ", "It was jointly ", "It has been ": a sentence whose subject is "it", before a passive cue. */
const IT_IS = /^\s*It\s(?:is|was|will\sbe|has\sbeen|had\sbeen)\s(?:\w+ly\s|also\s|again\s)?$/;

const eventNounBefore = (before: string): boolean => {
  const words = before.slice(-60).split(/[^\p{L}-]+/u).filter(Boolean);
  let k = words.length - 1;
  if (k >= 0 && /ly$/.test(words[k]!)) k--;
  while (k >= 0 && BEFORE_CUE_SKIPPED.has(words[k]!.toLowerCase())) k--;
  // "The webinar on 21 March 2025 was led by": the date between the noun and its verb
  while (k >= 0 && (/^\d/.test(words[k]!) || MONTH_OR_DAY.test(words[k]!) || /^(?:on|in|of)$/i.test(words[k]!))) k--;
  const w = words[k];
  return !!w && isOrganisedEventNoun(w) && !/^(?:sessions?|panels?|discussions?|conversations?|debates?|classes|class|talks?|lectures?)$/i.test(w);
};

interface Found<T> {
  at: number;
  value: T;
}

export interface RoleFindings {
  organizers: Found<Omit<Agent, 'span'> & { span: Span }>[];
  speakers: Found<Speaker>[];
}

function agentOf(doc: Document, entities: readonly Entity[], item: Item, role: AgentRole): Agent | null {
  const written = doc.text.slice(item.name.start, item.name.end).replace(/^the\s+/i, '');
  const entity = findEntity(entities, written) ?? findEntity(entities, item.text);
  if (entity) return { name: entity.name, aliases: [...entity.aliases], kind: entity.kind, role, span: { start: item.name.start, end: item.name.end } };
  if (!/\p{Lu}/u.test(written) || NOT_NAME_WORDS.has(bare(written))) return null;
  if (written.split(/\s+/).every((w) => isTitleWord(w) || isHonorific(w))) return null; // "the Speaker"
  const ref = splitPersonReference(written);
  const person = item.kind === 'person' || (item.kind === 'unknown' && (ref.honorific !== null || (ref.title ?? '').split(/\s+/).some((w) => TITLE_HEADS.has(bare(w)))));
  const name = person ? ref.name : stripTrailingParenthesis(written);
  return { name, aliases: [], kind: person ? 'person' : 'organization', role, span: { start: item.name.start, end: item.name.end } };
}

/** The name of an event that opens a place: "opening ceremony", "grand opening", "inauguration", "ribbon cutting". */
const OPENING_EVENT = /\b(?:opening|inauguration|inaugural ceremony|ribbon[- ]cutting)\b/i;

function roleOf(verb: string, table: ReadonlyArray<readonly [RegExp, AgentRole]>, fallback: AgentRole): AgentRole {
  return table.find(([re]) => re.test(verb))?.[1] ?? fallback;
}

/** Organisers, partners and chairs named in one sentence. */
/**
 * An organiser found in a sentence; `ofLaunch`: only if the event it belongs to is a launch ("X launched the Y");
 * `ofOpening`: only if it is an opening ("X opened its new plant").
 */
type FoundOrganiser = Found<Agent> & { item: Item; ofLaunch?: boolean; ofOpening?: boolean; onlyIfNone?: boolean };

/**
 * `previousBody`: the body a sentence before was about (its subject), for "as it begins a training".
 * `events`: the event mentions, for "the Association's 80th Scientific Sessions" and "two INTERPOL trainings".
 */
function organisersIn(doc: Document, entities: readonly Entity[], items: readonly Item[], s: Sentence, previousBody: Item | null = null, events: readonly EventMention[] = [], allEvents: readonly EventMention[] = events): FoundOrganiser[] {
  const out: FoundOrganiser[] = [];
  // `at`: where the event they organise is named (the verb's object, or the cue after the event).
  const add = (list: readonly Item[], role: AgentRole, at?: number, ofLaunch?: boolean, onlyIfNone?: boolean, ofOpening?: boolean) => {
    for (const item of list) {
      const agent = agentOf(doc, entities, item, role);
      if (agent) out.push({ at: at ?? item.start, value: agent, item, ...(ofLaunch ? { ofLaunch } : {}), ...(ofOpening ? { ofOpening } : {}), ...(onlyIfNone ? { onlyIfNone } : {}) });
    }
  };
  // Passive: "organised by X", not "IACAT chaired by the DOJ" (the chair of an organiser).
  const passives: RegExpExecArray[] = [];
  for (const re of [PASSIVE_BY, PASSIVE_BY_AFTER_EVENT]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) passives.push(m);
  }
  passives.sort((a, b) => a.index - b.index);
  for (const m of passives) {
    const at = s.start + m.index;
    const before = doc.text.slice(s.start, at);
    // "a delegation led by X", "a paper presented by Y": these cues name an organiser only after an event noun
    // (or right after an event's name with its tail: "a training on certified seed production run by X")
    // ("Presented by X and hosted at Y, the third Quantum Meetup took place": a participle opening the sentence, the event its subject)
    const openingParticiple = /^\s*$/.test(before) && events.some((e) => e.start > at && e.end <= s.end && /,\s(?:the\s|this\s|its\s)?(?:[\p{L}\d’'-]+\s){0,3}$/u.test(doc.text.slice(Math.max(at, e.start - 40), e.start)));
    // ("It is put on by X and Y": "It" opening the sentence after one about the event stands for it)
    const itForEvent = IT_IS.test(before) && allEvents.some((e) => e.end <= s.start && e.start >= s.start - 600);
    if (EVENT_BOUND_PASSIVES.has(m[1]!.toLowerCase()) && !eventNounBefore(before) && !openingParticiple && !itForEvent && !events.some((e) => e.end <= at && e.end >= at - 2 && e.start >= s.start)) continue;
    const passive = /\b(?:was|were|is|are|be|been|being)\s+(?:\w+ly\s+|also\s+|jointly\s+)?$/i.test(before);
    // (a body's name inside the event's own name, or its acronym after it, is no agent: "the ASEAN Chiefs of Police Conference (ACPC), chaired by X")
    // (nor is a venue: "a hackathon at the University of Lagos organised by X")
    const afterAgent = items.some((i) => i.kind !== 'unknown' && i.end <= at && isBlankOrComma(doc.text.slice(i.end, at)) && !allEvents.some((e) => e.proper && e.start <= i.start && (i.name.end <= e.end || /^ ?\($/.test(doc.text.slice(e.end, i.start)))) &&
      !/\b(?:at|in)\s(?:the\s)?$/i.test(doc.text.slice(Math.max(s.start, i.start - 8), i.start)));
    // "Jointly hosted by X and Y, the symposium will ...": a participle opening the sentence about the event
    const opening = /^\s*(?:(?:jointly|also|co-?)\s*)?$/i.test(before) && hasEventWord(s.text.slice(m.index + m[0].length));
    // "Hosted by: X and Y", "Supported by: Z": an event page's label line, at the start of its line
    const label = m[0].includes(':') && /(?:^|\n)[ \t]*$/.test(doc.text.slice(Math.max(0, at - 20), at));
    if (!passive && !opening && !label && (afterAgent || !hasEventWord(before))) continue;
    add(listAfter(doc, items, at + m[0].length, s.end), roleOf(m[1]!, PASSIVE_ORGANISER, 'organizer'), coordinatedEventStart(doc, events, at, s.start));
  }
  // Partners: "in partnership with X" where the sentence is about an event (money and billing in any sentence).
  ACTIVE_ORGANISER.lastIndex = 0;
  const aboutEvent = hasEventWord(s.text) || out.length > 0 || ACTIVE_ORGANISER.test(s.text);
  for (const [cue, role] of PARTNER_CUES) {
    // ("Threadbare has been made possible by X": money and billing say what they are)
    if (!aboutEvent && role !== 'sponsor' && cue !== PARTNER_BILLING && cue !== ORGANISER_BILLING) continue;
    cue.lastIndex = 0;
    for (let m = cue.exec(s.text); m; m = cue.exec(s.text)) {
      let list = listAfter(doc, items, s.start + m.index + m[0].length, s.end);
      // "with the support of Australian Government funded ASEAN-ACT and UNODC": the funded ones.
      const first = list[0];
      const funded = first && /^\s*-?(?:funded|supported|backed|financed)\s+/i.exec(doc.text.slice(first.end, first.end + 14));
      if (first && funded) list = listAfter(doc, items, first.end + funded[0].length, s.end);
      // ("organiser Tradevia Group said": a body; "union organiser Blessing Adeyemi" is a person's job)
      if (/^through/i.test(m[0]) || cue === ORGANISER_BILLING) list = list.filter((i) => i.kind === 'organization');
      // "together with Chinese scholars": a capitalised word before a lower-case noun qualifies people, it names no body
      list = list.filter((i) => i.kind !== 'unknown' || !/^\s(?!and\s)[a-z]{3,}/.test(doc.text.slice(i.end, i.end + 6)));
      add(list, role, s.start + m.index);
    }
  }
  // "with X as co-organiser and Y as headline sponsor": the agent right before "as" and its role, in any
  // clause (the role names the event's side); not "as partners in development", "as host of the talks",
  // nor "X, as host, welcomed ..." (only spaces or an acronym in brackets may stand between the agent and "as")
  ROLE_AFTER_AS.lastIndex = 0;
  for (let m = ROLE_AFTER_AS.exec(s.text); m; m = ROLE_AFTER_AS.exec(s.text)) {
    const at = s.start + m.index;
    if (/^\s+(?:of|in|for|to|on)\b/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 5))) continue;
    const item = [...items].reverse().find((i) => i.end <= at && /^(?:\s*\([^()]{1,20}\))?\s*$/.test(doc.text.slice(i.end, at)));
    if (item) add([item], roleOf(m[1]!, ROLE_AFTER_AS_NAMES, 'partner'), at);
  }
  // Active: "X and Y hold a dialogue", "the DOJ spearheaded a training": an event follows the verb.
  const verbs: RegExpExecArray[] = [];
  for (const re of [ACTIVE_ORGANISER, EVENT_OBJECT_ORGANISER]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) verbs.push(m);
  }
  for (const m of verbs) {
    const at = s.start + m.index;
    const verb = m[1]!;
    const object = doc.text.slice(at + verb.length, Math.min(s.end, at + verb.length + 120)).split(/[.;:]/)[0]!;
    const objectWords = object.split(/[^\p{L}-]+/u).filter(Boolean).slice(0, 9).map((w) => w.toLowerCase());
    // ("is holding several events", "will host a series of activities": counted generic events are events too)
    // ("held a field day", "staged a fun run": a two-word event noun of the lexicon)
    let eventAt = objectWords.findIndex((w, k) => isOrganisedEventNoun(w) || (k > 0 && !w.endsWith('s') && isOrganisedEventNoun(`${objectWords[k - 1]} ${w}`)) || (/^(?:events|activities)$/.test(w) && /^(?:several|two|three|four|five|many|various|numerous|of)$/.test(objectWords[k - 1] ?? '')));
    // "began a three-day training", "kicked off its annual summit": the event is the verb's direct object
    // ("opened “Lives on the Water”, an exhibition of ...": a quoted title in apposition is the direct object too)
    // ("opened Warp and Weft, an exhibition of ...": or a name the events stage read from its apposition)
    const objectStart = at + verb.length + (object.length - object.trimStart().length);
    const titled = /^\s[“"][^”"]{3,100}[”"],\s(?:an?|the)\s/.test(object) || allEvents.some((e) => e.proper && e.start === objectStart && /^,\s(?:an?|the|its)\s/.test(doc.text.slice(e.end, e.end + 6)));
    // "X invites residents to a town hall meeting": the event is the invitation's destination
    const invitation = /^invit/i.test(verb);
    // ("began a series of regional consultations": the "of" of a series or a round counts the events, it is no preposition before them)
    // ("invites the public to take part in a consultation": the "in" of taking part leads to the event invited to)
    const afterPreposition = (k: number) => objectWords.slice(0, k).some((w, j) => /^(?:by|with|for|to|in|of|before|after|at|during|on)$/.test(w) && !(invitation && w === 'to') &&
      !(invitation && w === 'in' && (objectWords[j - 1] === 'part' || objectWords[j - 1] === 'participate')) &&
      !(w === 'of' && /^(?:series|round|rounds|cycle|programme|program|number|set)$/.test(objectWords[j - 1] ?? '')));
    // "X formally opened its first cell factory": what is opened is a place, and the opening is the event
    // (kept only where the event is an opening: a ceremony or a ribbon cutting)
    const openingOf = (eventAt < 0 || afterPreposition(eventAt)) && /^open(?:s|ed)$/i.test(verb) && /^(?:its|their|our)$/.test(objectWords[0] ?? '');
    if (openingOf) eventAt = 0;
    // ("began regional consultations", "opened public hearings": events in the plural need no article before their adjectives)
    const bareEvents = eventAt > 0 && eventAt <= 2 && /s$/.test(objectWords[eventAt] ?? '') && object.trimStart().split(/\s+/).slice(0, eventAt + 1).every((w) => /^[a-z-]+$/.test(w));
    if (DIRECT_OBJECT_VERBS.test(verb) && !titled && !openingOf && !bareEvents && (eventAt < 0 || eventAt > 5 || !/^(?:the|a|an|its|their|this|two|three|four|five|several|\d+)$/.test(objectWords[0] ?? '') && eventAt > 0)) continue;
    // "Brightlane today launched the SunDock kiosk at an event": what is launched is the object, and
    // the launch is the event, so the subject organises it (kept only where the event is a launch)
    let launchOf = false;
    if (!openingOf && (eventAt < 0 || (afterPreposition(eventAt) && !titled))) {
      if (!/^launch(?:es|ed)$/i.test(verb) || !/^(?:the|a|an|its|their|our|his|her)$/.test(objectWords[0] ?? '')) continue;
      launchOf = true;
      eventAt = 0;
    }
    if (invitation && !objectWords.slice(0, eventAt).includes('to')) continue;
    if (/^deliver/i.test(verb) && /^sessions?$/.test(objectWords[eventAt]!)) continue;
    // "X chaired the closing session": the chair of a session of the event moderates it, and does not chair the event
    if (/chair/i.test(verb) && /^sessions?$/.test(objectWords[eventAt]!) && /^(?:opening|closing|first|second|third|final|last|morning|afternoon|plenary|technical|concluding|inaugural)$/.test(objectWords[eventAt - 1] ?? '')) continue;
    const before = doc.text.slice(Math.max(s.start, at - 30), at);
    if (/\b(?:was|were|is|are|be|been|being)\s+$/i.test(before) && !/ing$/i.test(verb)) continue;
    const end = subjectEnd(doc, items, at, s.start);
    const infinitive = /\bto\s*$/i.test(doc.text.slice(s.start, at)) && /^\s*to\s*$/i.test(doc.text.slice(end, at));
    let list = infinitive ? [] : listBefore(doc, items, end, s.start);
    // "X has called for ... as it begins a training", "It brought together ...": the body the text is about
    if (!list.length && !infinitive && /(?:^|[^\p{L}])(?:it|It|they|They)\s*$/u.test(doc.text.slice(Math.max(s.start, end - 6), end))) {
      const subject = bodySubjectOf(doc, items, s) ?? previousBody;
      if (subject) list = [subject];
    }
    // "IGAD as part of the celebrations of its 30th anniversary is holding ...": an adjunct between the subject and its verb
    if (!list.length && !infinitive) {
      const subject = bodySubjectOf(doc, items, s);
      const between = subject ? doc.text.slice(subject.end, at) : '';
      // (no finite verb before a comma inside it: "X, which was founded in 1990, ..." is a clause of its own)
      const clauses = between.split(',').slice(0, -1);
      if (subject && /^ ?(?:\([^()]{1,20}\))?,? ?(?:as part of|in (?:partnership|collaboration|cooperation|conjunction) with|together with|jointly with|on behalf of|in line with) [^.;:]{0,120}$/i.test(between) &&
        !clauses.some((c) => /\b(?:is|are|was|were|has|have|had|will)\b/.test(c))) list = [subject];
    }
    // "X was in Pacific Harbour to host ...": the subject of the sentence, followed by its verb.
    if (infinitive) {
      const subject = items.find((i) => i.kind === 'organization' && i.end <= at && /^\s*(?:\([^()]*\)\s*)?(?:was|were|is|are|has|have|had|will)\b/i.test(doc.text.slice(i.end, i.end + 20)) && !/\b(?:of|for|from|in|at|on|with|by|to)\s+(?:the\s+)?$/i.test(doc.text.slice(s.start, i.start)));
      if (subject) list = [subject];
      // "The library teamed up with the food bank to run a coat drive": the subject and its partners, together
      const team = !subject ? TEAMED_UP.exec(doc.text.slice(s.start, at)) : null;
      if (team) {
        const lead = items.find((i) => i.kind === 'organization' && i.end <= s.start + team.index && /^\s*(?:\([^()]*\)\s*)?$/.test(doc.text.slice(i.end, s.start + team.index)));
        const partners = listAfter(doc, items, s.start + team.index + team[0].length, at).filter((i) => i.kind === 'organization');
        if (lead) list = [lead, ...partners];
      }
    }
    // "The Department of Geography at Hollins Bay University hosted": the body before "at" is the subject.
    if (list.length === 1 && list[0]!.kind === 'organization') {
      const seat = /\s{1,3}at\s{1,3}(?:the\s{1,3})?$/i.exec(doc.text.slice(Math.max(s.start, list[0]!.start - 12), list[0]!.start));
      const unit = seat ? items.find((i) => i.kind === 'organization' && i.end === list[0]!.start - seat[0].length) : undefined;
      if (unit && /^(?:the)?$/i.test(doc.text.slice(s.start, unit.start).trim())) list = [unit];
    }
    // "the congressman for Pennsylvania's 17th District will hold": not a subject.
    if (list.length && /\b(?:of|for|from|in|at|on|with|by|to|into)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(s.start, list[0]!.start - 12), list[0]!.start))) continue;
    // a list of people delivering talks leaves only the towns written beside them: no organiser there
    if (BODY_ONLY_VERBS.test(verb)) list = list.some((i) => i.kind === 'person') && list.length > 2 ? [] : list.filter((i) => i.kind !== 'person' && findEntity(entities, doc.text.slice(i.name.start, i.name.end))?.kind !== 'person');
    const objectAt = at + verb.length + object.toLowerCase().indexOf(objectWords[eventAt]!);
    add(list, openingOf ? 'host' : roleOf(verb, ACTIVE_ROLE, 'organizer'), objectAt, launchOf, false, openingOf);
  }
  // "a joint initiative of A, B and C", "part of a collaboration between A and B": the bodies behind the event
  JOINT_EFFORT.lastIndex = 0;
  for (let m = JOINT_EFFORT.exec(s.text); m; m = JOINT_EFFORT.exec(s.text)) {
    // ("The activity is part of a collaboration between A and B": a generic noun, or "It", refers to the event)
    const before = s.text.slice(0, m.index);
    if (!hasEventWord(before) && !/(?:^|\s)(?:(?:the|this|that)\s+(?:activity|event|programme|program|gathering|initiative)|it|this)\s*$/i.test(before)) continue;
    add(listAfter(doc, items, s.start + m.index + m[0].length, s.end), 'organizer', s.start + m.index);
  }
  // "the Lakeview School Board's town hall": a possessive owner before any mention of an event noun (the
  // record's name may be another mention's: "town hall on school budget")
  for (const e of allEvents) {
    // (only a mention of a recorded event's noun: "the UN General Assembly's special session" is another event)
    if (events.includes(e) || e.start < s.start || e.end > s.end || e.generic || e.plural || !events.some((r) => r.noun === e.noun)) continue;
    const owner = ownerBefore(doc, items, e.start, s.start);
    if (owner && /^['’]s?\s/.test(doc.text.slice(owner.name.end, e.start))) add([owner], 'organizer', e.start);
  }
  // "the University of X's 72nd annual Conference", "two INTERPOL training sessions": the body owns the event
  for (const e of events) {
    if (e.start < s.start || e.end > s.end) continue;
    // "Salesforce has hailed its online-only World Tour event": the body the sentence is about
    // and "the Scientific Sessions, its flagship professional event": the same owner, in apposition
    // ("the company's annual conference": a body's common noun stands for the body as "its" does)
    const appositive = APPOSED_OWNER.exec(doc.text.slice(e.end, Math.min(s.end, e.end + 60)));
    const pronoun = OWNER_BEFORE.test(doc.text.slice(Math.max(s.start, e.start - 50), e.start)) || (appositive !== null && hasEventWord(appositive[0]));
    // "forced the Association to restructure the Sessions, its flagship event": with no body as subject, the nearest body before
    const nearest = (): Item | null => items.filter((i) => i.kind === 'organization' && i.end <= e.start).pop() ?? null;
    const owner = pronoun ? bodySubjectOf(doc, items, s) ?? nearest() ?? previousBody : ownerBefore(doc, items, e.start, s.start);
    if (owner) add([owner], 'organizer', e.start);
    // "the Annual Meeting of the Society of Toxicology": the body whose meeting the name says it is, when
    // nothing else says who organised it (an alliance's or a council's conference may be someone else's)
    // (the body that ends the name after "of the": "Meeting of the Council of Ministers of the Water Commission")
    const member = e.proper && EVENT_NOUN_OF.test(doc.text.slice(e.start, e.end))
      ? items.filter((i) => i.kind === 'organization' && i.start > e.start && i.end === e.end && /\bof\s(?:the\s)?$/.test(doc.text.slice(e.start, i.start))).sort((a, b) => b.start - a.start)[0]
      : undefined;
    if (member) add([member], 'organizer', e.start, false, true);
  }
  // "The forum, which the Atlantic Cities Network organises every two years, ...": the relative clause's subject
  // (every event noun: "one of the regional dialogues that X is organising" names no recorded event itself)
  for (const e of allEvents) {
    if (e.start < s.start || e.end > s.end) continue;
    const rel = RELATIVE_ORGANISER_OPENING.exec(doc.text.slice(e.end, Math.min(s.end, e.end + 16)));
    if (!rel) continue;
    const body = items.find((i) => i.kind === 'organization' && i.start === e.end + rel[0].length);
    const verb = body && RELATIVE_ORGANISER_VERB.exec(doc.text.slice(body.end, Math.min(s.end, body.end + 40)));
    if (!body || !verb) continue;
    // "This workshop is part of the consultations that X is organising": X organises the whole, and so this part
    const whole = events.find((w) => w.end <= e.start && w.start >= s.start && PART_OF.test(doc.text.slice(w.end, e.start)));
    add([body], roleOf(verb[1]!, ACTIVE_ROLE, 'organizer'), (whole ?? e).start);
  }
  // "its organisers, the Coastal Film Society, announced": a body set beside the word "organisers"
  for (const item of items) {
    if (item.kind !== 'organization' || item.start <= s.start) continue;
    if (ORGANISERS_BESIDE.test(doc.text.slice(Math.max(s.start, item.start - 40), item.start))) add([item], 'organizer');
  }
  SPONSOR_AFTER.lastIndex = 0;
  for (let m = SPONSOR_AFTER.exec(s.text); m; m = SPONSOR_AFTER.exec(s.text)) {
    const at = s.start + m.index;
    const role = /partners?$/i.test(m[0]) ? 'partner' : 'sponsor';
    add(listBefore(doc, items, subjectEnd(doc, items, at, s.start), s.start).filter((i) => i.kind !== 'person'), role);
  }
  ANNOUNCES.lastIndex = 0;
  for (let m = ANNOUNCES.exec(s.text); m; m = ANNOUNCES.exec(s.text)) {
    const at = s.start + m.index;
    add(listBefore(doc, items, subjectEnd(doc, items, at, s.start), s.start), 'organizer');
  }
  // "Teo praised Bernama for organising the open house": the bodies thanked for the deed made the event
  THANKED_FOR_ORGANISING.lastIndex = 0;
  // ("... for hosting the first hearing and the Chamber of Commerce for sponsoring the refreshments": each body its deed;
  // money makes a sponsor, a venue's hosting a host)
  const deedRole = (deed: string): AgentRole => /^(?:sponsoring|funding|donating)$/i.test(deed) ? 'sponsor' : /^(?:co-)?hosting$/i.test(deed) ? 'host' : 'organizer';
  for (let m = THANKED_FOR_ORGANISING.exec(s.text); m; m = THANKED_FOR_ORGANISING.exec(s.text)) {
    let from = s.start + m.index + m[0].length;
    let eventSeen = false;
    for (let n = 0; n < 4 && from < s.end; n++) {
      const list = listAfter(doc, items, from, s.end).filter((i) => i.kind !== 'person' && findEntity(entities, i.text)?.kind !== 'person');
      const last = list[list.length - 1];
      const deed = last && FOR_ORGANISING.exec(doc.text.slice(last.end, last.end + 80));
      const at = last && deed ? last.end + deed[0].length : -1;
      if (at < 0) break;
      // (the first deed is done for an event; a venue's or a sponsor's after it in the same thanks is done for that event too)
      // (not "for organising the transport": organising is for an event only when one is named)
      const forEvent = events.some((e) => e.start >= at && e.start <= at + 40) || hasEventWord(doc.text.slice(at, at + 60));
      const role = deedRole(deed![1]!);
      if (!forEvent && (!eventSeen || role === 'organizer')) break;
      eventSeen = true;
      add(list, role, at);
      const next = AND_NEXT_THANKED.exec(doc.text.slice(at, s.end));
      if (!next) break;
      from = at + next[0].length;
    }
  }
  // Invitations: "Please join X, Y and Z in a Ribbon Cutting Ceremony".
  JOIN_US.lastIndex = 0;
  for (let m = JOIN_US.exec(s.text); m; m = JOIN_US.exec(s.text)) {
    const list = listAfter(doc, items, s.start + m.index + m[0].length, s.end);
    const last = list[list.length - 1];
    if (last && /^\s*(?:in|at|for)\s+(?:a|an|the|our)\b/i.test(doc.text.slice(last.end, last.end + 12))) add(list, 'host');
  }
  return out;
}

/** ", its organisers, the ", "the organiser, ": the word "organisers" in apposition to the name that follows. */
const ORGANISERS_BESIDE = /\b(?:its|their|the|event|festival|conference)\s(?:(?:main|chief|lead)\s)?organi[sz]ers?,\s(?:the\s)?$/i;

/** "teamed up with", "joined forces with": a body and its partners, then "to run" the event. */
const TEAMED_UP = /\s(?:(?:has|have|had)\s)?(?:teamed\sup|joined\sforces|partnered|linked\sup|worked\stogether|collaborated)\swith\s(?:the\s)?/i;

/** ", which (the)": a relative clause after an event's name whose subject may be its organiser. */
const RELATIVE_ORGANISER_OPENING = /^,?\s(?:which|that)\s(?:the\s)?/;
/** The relative clause's verb after the body: "organises", "has hosted since 2010". */
const RELATIVE_ORGANISER_VERB = /^\s?(?:\([^()]{1,20}\)\s)?(?:(?:has|have|had|will|now|also|is|are|was|were)\s)?(?:\w+ly\s)?((?:co-?)?(?:organi[sz]es|organi[sz]ed|organi[sz]ing|hosts|hosted|hosting|holds|held|holding|convenes|convened|convening|runs|ran|running|stages|staged|staging))\b/i;
/** Between a part and its whole: "is part of the", "is one of a series of". */
const PART_OF = /^\s(?:is|was|forms|formed)\s(?:also\s)?(?:part|one)\sof\s(?:the|a|an)\s(?:series\sof\s)?(?:[\p{L}\d-]+\s){0,3}$/u;

/** "a joint initiative by", "a collaboration between": the list after names who made the event. */
const JOINT_EFFORT = /\b(?:is|was|are|were|be)\s+(?:also\s+)?(?:part\s+of\s+)?(?:a|the|an)\s+(?:joint\s+)?(?:initiative|collaboration|partnership|co-?production|venture|effort)\s+(?:of|by|between|among)\s+(?:the\s+)?/gi;

/** Up to three words (ordinals, years, adjectives, capitalised words) between an owner and the event it owns. */
const OWNED_GAP = /^(?:['’]s?)?\s(?:[\p{L}\d][\p{L}\d-]*\s){0,3}$/u;

/** Bodies whose "X meeting" is a sitting of X itself. */
const MEETING_BODY = /\b(?:Council|Committee|Assembly|Board|Parliament|Senate|Congress|Cabinet|Caucus|Commission|Group|Forum|Ministers|Leaders|Summit)\b/;

/** The body that owns the event named at `at`: "X's [annual] <event>", or a body's name right before the event noun. */
function ownerBefore(doc: Document, items: readonly Item[], at: number, from: number): Item | null {
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k]!;
    if (item.end > at || item.kind !== 'organization' || item.start < from) continue;
    const gap = doc.text.slice(item.name.end, at);
    if (gap.length > 40) return null;
    const possessive = /^['’]s?\s/.test(gap);
    // without a possessive only a body's name standing right before the event's words ("the UNODC workshop", "two INTERPOL training sessions")
    // ("ASEAN Digital Ministers Meeting": a body's name before a proper event name is part of that name)
    if (!OWNED_GAP.test(gap) || (!possessive && (!/^\s$/.test(gap) || /^\p{Lu}/u.test(doc.text.slice(at, at + 1))))) return null;
    // "the Council of Ministers meeting", "the Board meeting": the body that meets, not one that organises
    if (!possessive && MEETING_BODY.test(doc.text.slice(item.name.start, item.name.end))) return null;
    // "Kenya's summit" names a country's event, not an organiser
    if (gazetteerLookup(doc.text.slice(item.name.start, item.name.end))) return null;
    return item;
  }
  return null;
}

/**
 * "The ASEAN Digital Ministers Meeting (ADGMIN1) and Related Meetings hosted by Malaysia": a passive cue after
 * coordinated events belongs to the first of them; where the event before `at` starts, else `at`.
 */
function coordinatedEventStart(doc: Document, events: readonly EventMention[], at: number, from: number): number {
  let found = -1;
  let cursor = at;
  for (let guard = 0; guard < 4; guard++) {
    const before = [...events].reverse().find((e) => e.end <= cursor && e.start >= from && /^(?:\s*\([^()]{1,16}\))?\s*(?:(?:and|&|,)\s*)?$/.test(doc.text.slice(e.end, cursor)));
    if (!before || (found >= 0 && !/(?:and|&|,)\s*$/.test(doc.text.slice(before.end, cursor)))) break;
    found = before.start;
    cursor = before.start;
  }
  return found >= 0 ? found : at;
}

/** The body a sentence is about: an organisation that opens it (after "The", "Today, the"), followed by its verb. */
/** "we", "our", "us": a sentence told by the publisher. */
const FIRST_PERSON = /\b(?:[Ww]e|[Oo]ur|us)\b/;
/** A breadcrumb ("Home » Blog » Field Notes", "Home > News") or a menu of three fields or more ("Events | Webinars | Resources"). */
const NAV_LINE = /^Home\s*[»›>/|]|^[^|·•\n]{1,30}(?:\s[|·•]\s[^|·•\n]{1,30}){2,}$/u;
/** "Larkspur Press – News & Blog", "Brickfield Theatre Company | Events": a site's name on a header line. */
const SITE_LINE = /^(\p{Lu}[\p{L}\p{M}&’'. -]{1,60}?)\s[–—|-]\s(?:News|Blog|Newsroom|Press|Media|Events|Updates|Stories)\b/u;

/**
 * The body that publishes the page: the site's name on a header line, else the subject of the "About X"
 * section at the end. An organisation of the text when one has that name; null when the page names none.
 */
function publisherOf(doc: Document, entities: readonly Entity[]): Omit<Agent, 'role'> | null {
  const found = (name: string, start: number): Omit<Agent, 'role'> | null => {
    const entity = findEntity(entities, name);
    if (entity && entity.kind !== 'organization') return null;
    return { name: entity?.name ?? name, aliases: entity ? [...entity.aliases] : [], kind: 'organization', span: { start, end: start + name.length } };
  };
  const header = doc.text.slice(0, doc.headerEnd);
  let at = 0;
  const lines = header.split('\n');
  for (const [k, line] of lines.entries()) {
    const m = SITE_LINE.exec(line.trim());
    if (m) return found(m[1]!, at + line.indexOf(m[1]!));
    // "Green Ghats Collective" over "Home » Blog » Field Notes" or "Events | Webinars | Resources": the site's
    // name stands above its breadcrumb or its menu (a body's name: a head noun such as "Collective", "Network")
    const name = line.trim();
    if (k === 0 && NAV_LINE.test(lines[k + 1]?.trim() ?? '') && /^\p{Lu}[\p{L}\p{M}&’'. -]{2,70}$/u.test(name) && name.split(/\s+/).length <= 8 && name.split(/\s+/).some((w) => ORG_HEADS.has(bare(w)))) {
      return found(name, at + line.indexOf(name));
    }
    at += line.length + 1;
  }
  // (the section after the body: "About Larkspur Press", not "About us", on a line of its own)
  // (where no trailer was found, the whole body after the header is read: the line ends the text)
  const from = doc.bodyEnd < doc.text.length ? Math.max(0, doc.bodyEnd - 1) : doc.headerEnd;
  const about = /(?:^|\n)About (?:the )?(\p{Lu}[\p{L}\p{M}&’'. -]{1,80})(?:\n|$)/u.exec(doc.text.slice(from));
  const name = about?.[1]!.trim() ?? '';
  if (!about || /^(?:Us|Our|This|The Author|Me)\b/i.test(name)) return null;
  return found(name, from + about.index + about[0].indexOf(name));
}

function bodySubjectOf(doc: Document, items: readonly Item[], s: Sentence): Item | null {
  const first = items.find((i) => i.kind === 'organization');
  if (!first || first.start - s.start > 100) return null;
  // after a dateline ("Harbor Town, June 3, 2024 — The Society ..."), the sentence proper begins
  const lead = doc.text.slice(s.start, first.start).replace(/^(?:[^–—]{0,60}(?:[–—]|--)\s*){1,2}/u, '').replace(/^\p{Lu}[^,\n]{0,30},\s(?:[^,\n]{0,20},\s)?[^,\n]{0,20}\d{4}\s/u, '');
  if (!/^\s*(?:[\p{Lu}][\p{L}]+,?\s+)?(?:the\s+)?$/iu.test(lead)) return null;
  return first;
}

/** Quoted stretches of a sentence: cues inside a quotation are someone's words, not the event's programme. */
function quotedRanges(s: Sentence): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < s.text.length; i++) {
    const open = s.text[i];
    if (open !== '“' && open !== '"') continue;
    const close = s.text.indexOf(open === '“' ? '”' : '"', i + 1);
    if (close < 0) break;
    out.push({ start: s.start + i, end: s.start + close + 1 });
    i = close;
  }
  return out;
}

/** " the Prešeren Awards to students", " East Penn Manufacturing with a proclamation": what follows "presented" is handed over. */
function handsOver(after: string): boolean {
  if (!/^\s\S/.test(after)) return false;
  const words = after.trim().split(/\s+/, 6);
  // a thing handed over, or "with" after a recipient named by capitalised words ("East Penn Manufacturing with")
  return words.some((w, k) => {
    const lower = trimEndChars(w.toLowerCase(), ',.;:');
    return lower === 'with' ? k > 0 && /^\p{Lu}/u.test(words[k - 1]!) : HANDED_OVER.has(lower);
  });
}

interface Cue extends Span {
  role: SpeakerRole;
}

/** Every role cue of a sentence (outside quotations), found once per sentence. */
const cuesOf = memoObject((s: Sentence): Cue[] => {
  const cues: Cue[] = [];
  const quoted = quotedRanges(s);
  const add = (start: number, end: number, role: SpeakerRole) => {
    if (role === 'presenter' && /^present/i.test(s.text.slice(start - s.start, end - s.start)) && handsOver(s.text.slice(end - s.start, end - s.start + 60))) return;
    // "during a Breakfast briefing for editors": the event where things were said, not a briefing someone gave
    // ("there will be briefing from each organiser", "gave a briefing", "his briefing": a briefing someone gives)
    if (role === 'presenter' && /^briefing$/i.test(s.text.slice(start - s.start, end - s.start)) && !BRIEFING_GIVEN.test(s.text.slice(Math.max(0, start - s.start - 30), start - s.start)) && !/^\s+(?:by|from)\b/i.test(s.text.slice(end - s.start, end - s.start + 6))) return;
    if (!quoted.some((q) => q.start <= start && end <= q.end)) cues.push({ start, end, role });
  };
  for (const [cue, role] of SPEAKER_ROLE_CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(s.text); m; m = cue.exec(s.text)) add(s.start + m.index, s.start + m.index + m[0].length, role);
  }
  // "Townhall with X", "... session in collaboration with IFC, including IFC COO X".
  SESSION_NOUN.lastIndex = 0;
  for (let m = SESSION_NOUN.exec(s.text); m; m = SESSION_NOUN.exec(s.text)) {
    const after = m.index + m[0].length;
    const w = SESSION_WITH.exec(s.text.slice(after, after + 80).split(/[.;]/)[0]!);
    if (w) add(s.start + after + w.index, s.start + after + w.index + w[0].length, 'speaker');
  }
  return cues;
});

/** The nearest role cue to `span` in the sentence: a specific role (remarks, keynote, presenter...) wins over plain "speaker". */
function nearestRole(s: Sentence, span: Span): { role: SpeakerRole; distance: number } | null {
  let best: { role: SpeakerRole; distance: number } | null = null;
  let generic: { role: SpeakerRole; distance: number } | null = null;
  for (const { start, end, role } of cuesOf(s)) {
    // "... and Y as the moderator": a role given "as" belongs to the name right before it.
    if (start >= span.end && role !== 'speaker' && s.text.lastIndexOf('as ', start - s.start) >= start - s.start - 12 && AS_ROLE.test(s.text.slice(Math.max(0, start - s.start - 12), start - s.start)) && !/^\s*(?:,\s*)?(?:[a-z]+\s)?as\s/.test(s.text.slice(span.end - s.start, start - s.start))) continue;
    // "A, B and C, and a workshop led by D": a cue that ends in "by" names who follows it, never who went before
    // (so does one followed by "by", or a panel's followed by "with": "moderated by Y", "a panel discussion with Z")
    if (start >= span.end && (/\sby$/i.test(s.text.slice(start - s.start, end - s.start)) || /^\s+by\s/i.test(s.text.slice(end - s.start, end - s.start + 5)) ||
      (/\b(?:panel|discussion|conversation|dialogue)\b/i.test(s.text.slice(start - s.start, end - s.start)) && /^\s+with\s/i.test(s.text.slice(end - s.start, end - s.start + 6))))) continue;
    let distance = end <= span.start ? span.start - end : start >= span.end ? start - span.end : 0;
    // "X will open the forum with welcome remarks, and Y will deliver the keynote": Y's cue follows Y.
    if (end <= span.start && /,\s*and\s|;/.test(s.text.slice(end - s.start, span.start - s.start))) distance += 1000;
    // "A panel moderated by X brought together A, B and C": "moderated by" names only the list right after it
    if (end <= span.start && role !== 'speaker' && /^\s+by\s/.test(s.text.slice(end - s.start, end - s.start + 5)) && BY_LIST_ENDS.test(s.text.slice(end - s.start, span.start - s.start))) distance += 1000;
    if (role === 'speaker') {
      if (!generic || distance < generic.distance) generic = { role, distance };
    } else if (!best || distance < best.distance) best = { role, distance };
  }
  // "A panel on X, moderated by Y, featured A, B and C": past the moderator's own list, the panel's members
  if (best && best.role === 'moderator' && best.distance >= 1000 && /\bpanel/i.test(s.text.slice(0, span.start - s.start))) return { role: 'panelist', distance: best.distance - 1000 };
  // "its State of the Union keynote and demonstration, presented by X": what X presents is the keynote
  if (best?.role === 'presenter') {
    const keynote = cuesOf(s).find((c) => c.role === 'keynote' && c.end <= span.start && span.start - c.end < 80 &&
      /^[^.;:]*\b(?:presented|delivered|given)\s+by\s*$/i.test(s.text.slice(c.end - s.start, span.start - s.start)));
    if (keynote) return { role: 'keynote', distance: best.distance };
  }
  return best ?? generic;
}

const BRIEFING_GIVEN = /\b(?:gave|give|gives|giving|given|delivered|delivers|provided|provides|conducted|led|his|her|their)\s+(?:a\s+|the\s+)?(?:[\p{L}-]+\s+)?$/u;
/** Words after which a "moderated by X" list has ended and another group is named. */
const BY_LIST_ENDS = /\b(?:brought together|featur(?:ed|es|ing)|includ(?:ed|es|ing)|compris(?:ed|es|ing)|gathered|joined|alongside|with)\b/i;
const NOT_TALKS = /\b(?:statements?|problems?|challenges?|questions?|tasks?|awards?|prizes?|certificates?|gifts?|trophies|medals?)\s+$/i;
const AS_ROLE = /\bas (?:the |a |an |our )?$/i;

interface SpeakerFinding {
  at: number;
  item: Item;
  roles: SpeakerRole[];
  onBehalfOf: Item | null;
  /** The body the text says the person represented, when the person's own mention gives none. */
  affiliation?: string | null;
  /** The person a title alone refers back to ("the Governor remarked"). */
  entity?: Entity;
}

/** The head nouns of the titles of the people of a text, lower case (built once per entity list). */
const titleHeadsOf = memoObject((entities: readonly Entity[]): string[] => {
  const heads = new Set<string>();
  for (const e of entities) if (e.kind === 'person' && e.title) for (const w of e.title.toLowerCase().split(/\s+/)) if (TITLE_HEADS.has(bare(w))) heads.add(bare(w));
  return [...heads];
});

/**
 * "the Governor remarked on ...", "the minister noted": a title alone, not followed by a name or by "of",
 * refers back to the person with that title named last before it; with a role cue, that person spoke.
 */
function titleReferences(doc: Document, entities: readonly Entity[], items: readonly Item[], s: Sentence): SpeakerFinding[] {
  const out: SpeakerFinding[] = [];
  for (const ref of spansWithin(bareTitlesOf(doc, entities), s)) {
    if (items.some((i) => i.kind === 'person' && i.start <= ref.start && ref.end <= i.end)) continue;
    let person: Entity | undefined;
    let last = -1;
    for (const e of entities) {
      if (e.kind !== 'person' || !e.title) continue;
      const title = e.title.toLowerCase().split(/[\s-]+/);
      if (!ref.wanted.every((w) => title.includes(w))) continue;
      const before = e.spans.filter((x) => x.start < ref.start).pop();
      if (before && before.start > last) { last = before.start; person = e; }
    }
    if (!person) continue;
    const span = { start: ref.start, end: ref.end };
    const cue = nearestRole(s, span);
    if (cue) out.push({ at: span.start, item: { ...span, name: span, kind: 'person', text: person.name }, roles: [cue.role], onBehalfOf: null, entity: person });
  }
  return out;
}

/**
 * Every "the [Deputy] Minister" of a document that names no one after it (no name, no "of"), whose head
 * noun is the head of some person's title there: one pass over the shared paragraph words, per document.
 */
const bareTitlesMemo = new WeakMap<Document, { entities: readonly Entity[]; refs: Array<Span & { wanted: string[] }> }>();
function bareTitlesOf(doc: Document, entities: readonly Entity[]): Array<Span & { wanted: string[] }> {
  const known = bareTitlesMemo.get(doc);
  if (known && known.entities === entities) return known.refs;
  const refs: Array<Span & { wanted: string[] }> = [];
  const heads = new Set(titleHeadsOf(entities));
  if (heads.size) {
    for (const words of paragraphWords(doc)) {
      for (let k = 0; k + 1 < words.length; k++) {
        const the = words[k]!.text;
        if (the !== 'the' && the !== 'The') continue;
        let j = k + 1;
        while (j < words.length && j <= k + 3 && isTitleWord(words[j]!.text) && !TITLE_HEADS.has(bare(words[j]!.text))) j++;
        const head = words[j];
        if (!head || !heads.has(bare(head.text))) continue;
        const after = words[j + 1];
        if (after && (/^(?:of|for|to|and|&)$/i.test(after.text) || isCapitalised(after.text))) continue;
        refs.push({ start: words[k]!.start, end: head.end, wanted: words.slice(k + 1, j + 1).map((w) => bare(w.text)) });
        k = j;
      }
    }
  }
  bareTitlesMemo.set(doc, { entities, refs });
  return refs;
}

/** An event's name that says whose it is: "... Meeting of the ...", "General Assembly of ..." (the noun, then "of"). */
const EVENT_NOUN_OF = /\b(?:Meeting|Meetings|Assembly|Session|Sessions|Congress|Conference|Summit|Convention|Forum|Symposium|Retreat)\sof\s/;

/** "its", "their", "the company's": words that give an event to the body a sentence is about. */
const OWNER_WORD = String.raw`(?:its|their|the\s(?:company|organi[sz]ation|association|group|firm|agency|network|society|foundation|institute|university|council|ministry|department|federation|union|club|centre|center)[’']s)`;
/** ", its flagship event", ", the company's annual conference" right after an event's name. */
const APPOSED_OWNER = new RegExp(String.raw`^,\s${OWNER_WORD}\s(?:[\p{L}\d-]+\s){0,3}[\p{L}-]+`, 'u');
/** "its annual", "the company's first" right before an event's name. */
const OWNER_BEFORE = new RegExp(String.raw`(?:^|\s)${OWNER_WORD}\s(?:[\p{L}\d][\p{L}\d-]*\s){0,3}$`, 'u');

/** The body named right before `noun` ("Council of Europe delegation") last before `before`, by its full name. */
function bodySending(doc: Document, entities: readonly Entity[], noun: string, before: number): string | null {
  let best: { at: number; name: string } | null = null;
  for (const e of entities) {
    if (e.kind === 'person') continue;
    for (const sp of e.spans) {
      if (sp.end > before || (best && sp.start < best.at)) continue;
      if (doc.text.slice(sp.end, sp.end + noun.length + 2).toLowerCase().trimStart().startsWith(noun)) best = { at: sp.start, name: e.name };
    }
  }
  return best?.name ?? null;
}

function speakersIn(doc: Document, entities: readonly Entity[], items: readonly Item[], s: Sentence, excluded: ReadonlySet<Item>, previous: Item | null = null): SpeakerFinding[] {
  const out: SpeakerFinding[] = [];
  // "INTERPOL’s HTSM Unit was represented by Mr. A (Coordinator), ...": the body they speak for.
  const represented = /\b(?:was|were|is|are)\s+represented\s+by\s+/i.exec(s.text);
  const body = represented ? [...items].reverse().find((i) => i.kind !== 'person' && i.end <= s.start + represented.index && /^\s*$/.test(doc.text.slice(i.end, s.start + represented.index))) : undefined;
  // "The delegation was represented by X": the body whose delegation the text named before ("Council of Europe delegation")
  const party = represented && !body ? /\b(?:the|its|their)\s+(delegation|team|mission)\s+$/i.exec(s.text.slice(0, represented.index)) : null;
  const sentBy = party ? bodySending(doc, entities, party[1]!.toLowerCase(), s.start) : null;
  for (const item of items) {
    if (item.kind !== 'person' || excluded.has(item)) continue;
    // "the late King X", "former U.S. President Y": named in passing, not speaking; "a quote from X": cited, not speaking.
    if (/\b(?:late|former|then)\s+$/i.test(doc.text.slice(Math.max(s.start, item.start - 12), item.start))) continue;
    if (CITED_BEFORE.test(doc.text.slice(Math.max(s.start, item.start - 24), item.start))) continue;
    const cue = nearestRole(s, item);
    if (cue) out.push({ at: item.start, item, roles: [cue.role], onBehalfOf: null, affiliation: body && item.start > body.end ? doc.text.slice(body.name.start, body.name.end).replace(/^the\s+/i, '') : sentBy && represented && item.start > s.start + represented.index ? sentBy : null });
  }
  // Bodies: "sessions led by A, B and C", "presentations from ..., including A, B", "A then presented".
  const bodies = items.filter((i) => i.kind !== 'person' && !items.some((p) => p.kind === 'person' && p.start <= i.start && i.end <= p.end));
  for (const [cue, role] of ORG_SPEAKER_CUES) {
    cue.lastIndex = 0;
    for (let m = cue.exec(s.text); m; m = cue.exec(s.text)) {
      const at = s.start + m.index + m[0].length;
      // "problem statements presented by the Ministry", "awards presented by": things handed over or set, not talks
      if (/^presented/i.test(m[0]) && NOT_TALKS.test(s.text.slice(Math.max(0, m.index - 24), m.index))) continue;
      const after = doc.text.slice(at, s.end);
      // "facilitated by accountants from the Cooperative Bank": unnamed people of the body, who are no speakers
      if (/^(?:(?:two|three|four|five|several|some|senior|local|[a-z]+-level)\s+)?[a-z]+s\s+(?:from|of|at|with)\s/.test(after)) continue;
      // The list right after the cue, or after "including" further on; bodies by name anywhere after it.
      const including = /\b(?:including|such as|namely)\s+/i.exec(after);
      const listed = new Set([...listAfter(doc, items, at, s.end), ...(including ? listAfter(doc, items, at + including.index + including[0].length, s.end) : [])]);
      for (const b of bodies) {
        if (b.start < at || excluded.has(b) || /\($/.test(doc.text.slice(b.start - 1, b.start))) continue;
        // ("hosted at Redbrook University's campus": the place of the event, not a presenter)
        if (/\b(?:at|in)\s(?:the\s)?$/i.test(doc.text.slice(Math.max(s.start, b.start - 8), b.start))) continue;
        if (b.kind === 'organization' || listed.has(b)) out.push({ at: b.start, item: b, roles: [role], onBehalfOf: null });
      }
    }
  }
  for (const b of bodies) {
    // ("Twelve startups from the third cohort of the X presented": X names whose they are, it is not the subject)
    // ("the Forum presented its annual Awards": a body that presents an award or prize gives it, it gives no talk)
    const presented = ORG_PRESENTED_AFTER.exec(doc.text.slice(b.name.end, b.name.end + 60));
    if (presented && !handsOver(doc.text.slice(b.name.end + presented[0].length, b.name.end + presented[0].length + 60)) && !/\b(?:of|from|at|in|with|for)\s(?:the\s)?$/i.test(doc.text.slice(Math.max(s.start, b.start - 10), b.start))) out.push({ at: b.start, item: b, roles: ['presenter'], onBehalfOf: null });
  }
  // "as delivered by X on his behalf": X delivered the remarks of the person named before.
  ON_BEHALF.lastIndex = 0;
  for (let m = ON_BEHALF.exec(s.text); m; m = ON_BEHALF.exec(s.text)) {
    const at = s.start + m.index + m[0].length;
    const [deliverer] = listAfter(doc, items, at, s.end).filter((i) => i.kind === 'person');
    if (!deliverer) continue;
    const rest = doc.text.slice(deliverer.end, s.end);
    let original: Item | undefined;
    // the last person named before the cue in the sentence, other than the deliverer
    const personBefore = () => [...items].reverse().find((i) => i.kind === 'person' && i.end <= s.start + m!.index && i !== deliverer);
    const of = ON_BEHALF_OF.exec(rest);
    if (of) original = listAfter(doc, items, deliverer.end + of[0].length, s.end).find((i) => i.kind === 'person');
    else if (ON_HIS_BEHALF.test(rest) || /\bbehalf\b/i.test(m[0])) original = personBefore();
    else {
      // "Remarks on behalf of the Minister of X, Y, were delivered by Z": the original speaker is named first
      const head = BEHALF_OF_BEFORE.exec(s.text.slice(0, m.index));
      const from = head ? s.start + head.index + head[0].length : -1;
      if (head) original = items.find((i) => i.kind === 'person' && i !== deliverer && i.start >= from && i.end <= s.start + m!.index);
    }
    // "Cabinet Secretary X had been due to open the meeting ..., and her speech was read by Y": the owner of the words
    // is the person named before them in the sentence, else the one the text was just about
    if (!original && OWNED_WORDS_BEFORE.test(s.text.slice(Math.max(0, m.index - 60), m.index))) {
      original = personBefore() ?? (previous !== deliverer ? previous ?? undefined : undefined);
    }
    // "The CS made the remarks in a speech read on his behalf by X": the person the text was just about
    if (!original && /\bbehalf\b/i.test(m[0]) && previous && previous !== deliverer && !items.some((i) => i.kind === 'person' && i !== deliverer && i.end <= s.start + m!.index)) original = previous;
    if (!original) continue;
    const own = out.find((f) => f.item === original);
    const roles = own?.roles ?? [nearestRole(s, original)?.role ?? 'speaker'];
    const mine = out.find((f) => f.item === deliverer);
    if (mine) { mine.roles = roles; mine.onBehalfOf = original; }
    else out.push({ at: deliverer.start, item: deliverer, roles, onBehalfOf: original });
  }
  // "X read a speech on behalf of President Y", "X spoke on behalf of the Minister, Y": X delivered Y's words
  ACTIVE_ON_BEHALF.lastIndex = 0;
  for (let m = ACTIVE_ON_BEHALF.exec(s.text); m; m = ACTIVE_ON_BEHALF.exec(s.text)) {
    const at = s.start + m.index;
    const deliverer = [...items].reverse().find((i) => i.kind === 'person' && i.end <= at);
    const original = listAfter(doc, items, at + m[0].length, s.end).find((i) => i.kind === 'person');
    if (!deliverer || !original || deliverer === original) continue;
    const mine = out.find((f) => f.item === deliverer);
    if (mine) mine.onBehalfOf = original;
    else out.push({ at: deliverer.start, item: deliverer, roles: [nearestRole(s, deliverer)?.role ?? 'speaker'], onBehalfOf: original });
  }
  return out;
}

/** "read a speech on behalf of", "delivered the keynote address on behalf of", "spoke on behalf of": the words are another's. */
// ("delivered remarks on behalf of X": no article needed)
const ACTIVE_ON_BEHALF = /\b(?:read|delivered|gave|presented|conveyed)\s(?:out\s)?(?:(?:a|the|his|her|their)\s)?(?:[\w-]+\s){0,2}?(?:speech|message|statement|address|remarks|keynote)\son\sbehalf\sof\s|\bspoke\son\sbehalf\sof\s/gi;
/** "her speech was ", "the Minister's message was ": the words read by someone else were the owner's (right before "read by"). */
const OWNED_WORDS_BEFORE = /(?:^|\s)(?:his|her|their|\p{Lu}[\p{Ll}.]{0,30}[’']s)\s(?:[a-z]{1,20}\s){0,2}?(?:speech|message|statement|address|remarks|keynote)\s(?:was|were|had\sbeen)\s$/u;

const BEHALF_OF_BEFORE = /\bon\s+behalf\s+of\s+/i;
/**
 * A line that opens a list of people, one a line: "Panelists were:", "Speakers:", "The panel will feature:",
 * "Our speakers include the following:". Group 1: the line-up's noun.
 */
const LINEUP_NOUN = /\b(speakers?|panel(?:l)?ists?|panel|presenters?|moderators?|facilitators?|trainers?|keynote speakers?|keynotes?|resource persons?|line-?up)\b/i;
/** The line-up noun of a clause that ends with a colon, within its last 60 characters and no stop after it. */
function lineupHead(text: string): string | null {
  const t = text.trimEnd();
  if (!t.endsWith(':')) return null;
  const tail = t.slice(Math.max(0, t.length - 61), -1);
  const m = LINEUP_NOUN.exec(tail);
  if (m && !/[.;:!?]/.test(tail.slice(m.index))) return m[1]!;
  // "The panel was chaired by X and featured:", "The programme included:": a verb of a line-up ends the line,
  // the sentence's event noun (a panel) says what the people on the lines are
  // ("Sessions were led by:", "Talks were given by:": the people on the lines presented them)
  const by = LINEUP_BY_END.exec(t);
  if (by) return LINEUP_NOUN.exec(t)?.[1] ?? (by[1]!.toLowerCase() === 'moderated' ? 'moderators' : by[1]!.toLowerCase() === 'facilitated' ? 'facilitators' : 'presenters');
  if (!LINEUP_VERB_END.test(t)) return null;
  return LINEUP_NOUN.exec(t)?.[1] ?? 'speakers';
}
/** A line-up's verb right before the colon that ends a sentence. */
const LINEUP_VERB_END = /\b(?:featured|features|featuring|(?:will\s)?include[sd]?|including|comprised|brought together)\s?:$/i;
/** A passive line-up before the colon: "Sessions were led by:", "The talks will be given by:". */
const LINEUP_BY_END = /\b(?:were|was|are|is|will be)\s(led|given|presented|delivered|moderated|facilitated)\sby\s?:$/i;
const lineupRole = (noun: string): SpeakerRole => {
  const n = noun.toLowerCase();
  if (n.startsWith('panel')) return 'panelist';
  if (n.startsWith('presenter') || n.startsWith('resource')) return 'presenter';
  if (n.startsWith('moderator')) return 'moderator';
  if (n.startsWith('facilitator') || n.startsWith('trainer')) return 'facilitator';
  if (n.startsWith('keynote')) return 'keynote';
  return 'speaker';
};
/** A line of a line-up: a bullet ("- ", "• ", "1. "), or a short line that opens with a person's name and is no sentence. */
function lineupLine(text: string, items: readonly Item[], start: number): boolean {
  if (BULLET_LINE.test(text)) return true;
  const first = items.find((i) => i.kind === 'person');
  return !!first && first.start - start <= 4 && text.length <= 160 && !/[.!?]\s*$/.test(text);
}

/** "hosted by [poet and broadcaster] ": the passive cue right before a host's reference. */
const HOSTED_BY_BEFORE = /\b(?:co-?)?hosted\s+by\s+(?:[^\s,.;]+\s+){0,5}$/i;
/** Programmes whose host is their master of ceremonies. */
const HOSTED_SHOW = /\b(?:show|evening|night|gala|quiz|awards|concert|recital|readings?|podcast|broadcast|livestream|talk show)\b/i;
// (also someone a speaker is likened to or plays: "take on the role of X", "the likes of Y", "in honour of Z")
const CITED_BEFORE = /\b(?:(?:quote|quotation|words|saying)s?\s(?:from|of|by)|quoting|citing|in memory of|tribute to|the role of|the likes of|in hono(?:u)?r of|named after)\s$/i;

/** Sentences, joined again where compromise cut after an abbreviation ("the U.S. Embassy", "Hon. X"). */
function clausesOf(doc: Document): Sentence[] {
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    const last = out[out.length - 1];
    // Joined too where the next one opens in lower case ("... keynote speakers: Andrea Ghez. a professor of ..."): a stray full stop.
    if (last && last.paragraph === s.paragraph && (/(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|St|No|Jr|Hon|Rep|Sen|Gov|Gen|Prof|H\.E)\.|\b\p{Lu}\.)$/u.test(last.text.trimEnd()) || /^\s*\p{Ll}/u.test(s.text))) {
      out[out.length - 1] = { ...last, end: s.end, text: doc.text.slice(last.start, s.end) };
    } else {
      out.push(s);
    }
  }
  return out;
}

/** The event a sentence is about: one whose name or mention it holds, else the main event. */
/**
 * Which event an item of a sentence belongs to: the event named last before it in the sentence; an
 * item before any event named in its sentence belongs to the main event; a sentence that names no
 * event goes on about the event its paragraph last named, else the main event.
 */
function eventLocator(state: ResolutionState, doc: Document, clauses: readonly Sentence[]): (s: Sentence, at: number) => EventRecord | undefined {
  const events = state.events;
  const mentions = state.mentions.events;
  const named = new Map<Sentence, { at: number; event: EventRecord }[]>();
  const carried = new Map<Sentence, EventRecord | undefined>();
  let lastParagraph = -1;
  let lastNamed: EventRecord | undefined;
  const recorded = recordedEventWords(events);
  for (const s of clauses) {
    const inSentence = (span: Span) => span.start >= s.start && span.end <= s.end;
    const here: { at: number; event: EventRecord }[] = [];
    // An event named in parentheses ("(organiser of the Film Festival)") is an aside, not where things happen.
    // So is one named inside a person's title or affiliation ("Organising Committee for the Film Festival").
    const aside = (at: number) => /\([^()]*$/.test(doc.text.slice(s.start, at)) || state.mentions.people.some((p) => p.context.start <= at && at < p.context.end);
    for (const e of events) if (inSentence(e.span) && !aside(e.span.start) && !here.some((h) => h.at === e.span.start)) here.push({ at: e.span.start, event: e });
    for (const m of mentions) {
      if (!inSentence(m) || aside(m.start) || here.some((h) => h.at === m.start)) continue;
      // A bare common noun ("the meetings") names an event only where the record says so (its span); a name by name.
      const event = events.find((e) => e.span.start === m.start) ?? (m.proper || m.name.includes(' ') ? events.find((e) => e.name.toLowerCase() === m.name.toLowerCase()) : undefined);
      if (event) here.push({ at: m.start, event });
    }
    // "The embassy is going to hold a joint press conference ..., during which X will speak": an event the
    // record does not hold (an indefinite noun phrase whose head is not in any recorded event's name).
    const indefinite = unrecordedEventAt(s, recorded);
    if (indefinite !== null && !here.some((h) => h.at <= indefinite)) here.push({ at: indefinite, event: UNRECORDED });
    here.sort((a, b) => a.at - b.at);
    // A new paragraph starts afresh, unless it goes on in sequence ("Then there will be ...").
    if (s.paragraph !== lastParagraph) {
      lastParagraph = s.paragraph;
      if (!/^(?:then|afterwards|after that|later|following this|next|subsequently)\b/i.test(s.text.trimStart())) lastNamed = undefined;
    }
    carried.set(s, lastNamed);
    named.set(s, here);
    if (here.length) lastNamed = here[here.length - 1]!.event;
  }
  return (s: Sentence, at: number) => {
    if (!events.length) return undefined;
    const here = named.get(s) ?? [];
    if (!here.length) return carried.get(s) ?? events[0];
    let found: EventRecord | undefined;
    for (const h of here) if (h.at <= at) found = h.event;
    return found ?? carried.get(s) ?? events[0];
  };
}

/**
 * "X made the remarks ... during a Breakfast briefing for Media Editors": a speaker before any event named in
 * the sentence spoke at the event named after "during"/"at" later in it (not at one it is "on" or "ahead of").
 */
function speakerEventAfter(doc: Document, events: readonly EventRecord[], s: Sentence, at: number): EventRecord | null {
  if (events.length < 2 || events.some((e) => e.span.start >= s.start && e.span.start < at)) return null;
  for (const e of events) {
    if (e.span.start <= at || e.span.end > s.end) continue;
    if (DURING_BEFORE.test(doc.text.slice(Math.max(s.start, e.span.start - 40), e.span.start))) return e;
  }
  return null;
}
/**
 * "The briefing was also addressed by X", "The Panel includes X": a definite noun before the speaker that is the
 * type or the head of exactly one recorded event other than the main one (whose name the sentence does not give).
 */
function speakerEventByNoun(events: readonly EventRecord[], s: Sentence, at: number): EventRecord | null {
  if (events.length < 2) return null;
  const re = /\b[Tt]he\s+(\p{L}+)\b/gu;
  let found: EventRecord | null = null;
  for (let m = re.exec(s.text); m && s.start + m.index < at; m = re.exec(s.text)) {
    const noun = m[1]!.toLowerCase();
    const matches = events.slice(1).filter((e) => e.type === noun || e.name.toLowerCase().split(/\s+/).pop() === noun);
    if (matches.length === 1 && events[0]!.type !== noun && events[0]!.name.toLowerCase().split(/\s+/).pop() !== noun) found = matches[0]!;
  }
  return found;
}
const DURING_BEFORE = /\b(?:during|at)\s+(?:the|a|an|this|its)\s+(?:[\p{L}\d-]+\s+){0,3}$/u;

/** Stands for an event the text introduces but the record does not hold: what is said about it is left out. */
export const UNRECORDED: EventRecord = {
  id: 'unrecorded', name: 'unrecorded', type: 'other', startDate: null, endDate: null, location: null, attendanceMode: null,
  organizers: [], attendees: [], participantCount: null, speakers: [], span: { start: 0, end: 0 },
};
// Nouns too general to tell one event from another ("a 3-day virtual event", "a series of activities").
const GENERAL_EVENT_NOUNS = new Set(['event', 'events', 'activity', 'activities', 'programme', 'program', 'press', 'session', 'sessions', 'panel', 'course', 'courses', 'class', 'classes', 'training', 'trainings', 'visit', 'mission', 'drive', 'launch', 'exercise', 'talks', 'talk', 'conversation', 'lecture', 'simulation', 'clinic']);

/** The words of the recorded events' names and their types: an event noun among them is not a new event. */
const recordedEventWords = (events: readonly EventRecord[]): ReadonlySet<string> =>
  new Set(events.flatMap((e) => [...e.name.toLowerCase().split(/[^\p{L}-]+/u), e.type, `${e.type}s`]));

/** Where a clause introduces an event by an indefinite noun phrase that names none of the recorded events (`recorded`: see recordedEventWords). */
function unrecordedEventAt(s: Sentence, recorded: ReadonlySet<string>): number | null {
  const re = /\b(?:a|an)\s+/gi;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
    // The head: the last event noun of the phrase ("a joint press briefing"), up to punctuation.
    let head: string | null = null;
    for (const raw of s.text.slice(m.index + m[0].length, m.index + m[0].length + 80).split(/\s+/).slice(0, 5)) {
      const w = raw.toLowerCase();
      let cut = w.length;
      while (cut > 0 && !/[\p{L}-]/u.test(w[cut - 1]!)) cut--;
      const bareWord = w.slice(0, cut);
      if (isOrganisedEventNoun(bareWord)) head = bareWord;
      else if (head) break;
      if (bareWord !== w) break; // punctuation ends the phrase
    }
    // "the festival featured readings ... and a workshop led by X": a part of the programme the event holds, not another event
    if (head && PROGRAMME_VERB.test(s.text.slice(0, m.index))) continue;
    if (head && !GENERAL_EVENT_NOUNS.has(head) && !recorded.has(head)) return s.start + m.index;
  }
  return null;
}

/** Verbs whose objects are parts of an event's programme. */
const PROGRAMME_VERB = /\b(?:featured|features|featuring|included|includes|including|offered|offers|comprised|consisted of)\b/i;

/** Sub-events that are parts of the main event (its sessions): their speakers spoke at the main event too. */
const PART_OF_MAIN = /\b(?:session|sessions|townhall|town hall|panel|plenary|breakout|segment|track)\b/i;

function mergeAgent(list: Agent[], agent: Agent): void {
  // (a body named once in full and once by its acronym is one agent: "Malaysian National News Agency (Bernama)")
  const known = list.find((a) => a.name === agent.name || a.aliases.includes(agent.name) || agent.aliases.includes(a.name));
  if (!known) list.push(agent);
}

function speakerOf(doc: Document, entities: readonly Entity[], f: SpeakerFinding): Speaker | null {
  const item = f.item;
  const written = doc.text.slice(item.name.start, item.name.end).replace(/^the\s+/i, '');
  const entity = f.entity ?? findEntity(entities, written) ?? (item.kind !== 'person' ? findEntity(entities, item.text) : undefined);
  const behalf = f.onBehalfOf ? (findEntity(entities, doc.text.slice(f.onBehalfOf.name.start, f.onBehalfOf.name.end))?.name ?? f.onBehalfOf.text) : null;
  const span = { start: item.name.start, end: item.name.end };
  if (entity) {
    const person = entity.kind === 'person';
    return { name: entity.name, aliases: [...entity.aliases], kind: person ? 'person' : 'organization', title: person ? entity.title : null, affiliation: person ? (entity.affiliation ?? f.affiliation ?? null) : null, roles: [...f.roles], onBehalfOf: behalf, span };
  }
  if (!/\p{Lu}|\d/u.test(written) || NOT_NAME_WORDS.has(bare(written)) || written.length < 2) return null;
  if (item.kind === 'unknown' && !isAcronym(written) && written.split(/\s+/).length === 1 && !/\d/.test(written) && !/[A-Z]{2}/.test(written)) {
    // A single capitalised word in a list of bodies ("Integrity", "Fiji") is kept only when it looks like a name.
  }
  return { name: stripTrailingParenthesis(written), aliases: [], kind: item.kind === 'person' ? 'person' : 'organization', title: null, affiliation: null, roles: [...f.roles], onBehalfOf: behalf, span };
}

export const roleResolver = defineResolver({
  name: 'roles',
  resolve(state: ResolutionState, ctx: Context): ResolutionState {
    const doc = ctx.doc;
    if (!state.events.length) return state;
    const events = state.events.map((e) => ({ ...e, organizers: [...e.organizers], attendees: [...e.attendees], speakers: [...e.speakers] }));
    const byRef = new Map(state.events.map((e, i) => [e, events[i]!]));
    const clauses = clausesOf(doc);
    const eventFor = eventLocator(state, doc, clauses);
    const targetOf = (s: Sentence, at: number) => byRef.get(eventFor(s, at)!) ?? null;

    let lastSubject: Item | null = null;
    let lineup: { role: SpeakerRole; paragraph: number; last: number } | null = null;
    let lastBody: Item | null = null;
    // the event mentions that name a recorded event (an owner of "the UN General Assembly's special session" organises only that)
    const recordedNames = new Set(state.events.map((e) => e.name.toLowerCase()));
    const recordedMentions = state.mentions.events.filter((m) => state.events.some((e) => e.span.start === m.start) || recordedNames.has(m.name.toLowerCase()) || m.definite);
    let lastBodyParagraph = -1;
    const fallbacks: { event: EventRecord; value: Agent }[] = [];
    for (const s of clauses) {
      if (!/\p{Lu}/u.test(s.text)) continue;
      const target = (at: number) => targetOf(s, at);
      const items = itemsOf(doc, state, s);
      const organisers = organisersIn(doc, state.entities, items, s, lastBody, recordedMentions, state.mentions.events);
      lastBody = bodySubjectOf(doc, items, s) ?? (s.paragraph === lastBodyParagraph ? lastBody : null);
      lastBodyParagraph = s.paragraph;
      for (const o of organisers) {
        // an event the record does not hold ("A follow-up meeting was convened by ...") keeps its organisers
        if (eventFor(s, o.at) === UNRECORDED) continue;
        const event = target(o.at) ?? events[0]!;
        if (o.ofLaunch && event.type !== 'launch') continue;
        if (o.ofOpening && !OPENING_EVENT.test(event.name)) continue;
        if (o.onlyIfNone) fallbacks.push({ event, value: o.value });
        else mergeAgent(event.organizers, o.value);
      }
      // Bodies that organise are not speakers for it; a person who chairs moderates, and a person who hosts
      // speaks when the sentence says how.
      const organiserItems = new Set(organisers.filter((o) => o.value.kind !== 'person').map((o) => o.item));
      const findings = [...speakersIn(doc, state.entities, items, s, organiserItems, lastSubject), ...titleReferences(doc, state.entities, items, s)];
      for (const o of organisers) {
        if (o.value.kind !== 'person') continue;
        // A person who hosts a session, class or lecture gives it.
        let role: SpeakerRole | null = /chair/.test(o.value.role) ? 'moderator' : o.value.role === 'host' && /^\s*(?:\S+\s+){0,3}(?:session|class|lecture|talk|seminar|webinar|workshop|briefing)s?\b/i.test(doc.text.slice(o.at - 40 < 0 ? 0 : o.at, o.at + 60)) ? 'presenter' : null;
        // "Hosted by poet X, the evening features readings by A and B": a person who hosts a programme that others
        // present in (or a show, a night, a gala) leads it: the master of ceremonies
        if (!role && o.value.role === 'host' && HOSTED_BY_BEFORE.test(doc.text.slice(Math.max(s.start, o.item.start - 60), o.item.start)) &&
          (findings.some((f) => f.item.kind === 'person' && f.item !== o.item && f.item.start > o.item.end) || HOSTED_SHOW.test(s.text))) role = 'moderator';
        if (!role) continue;
        const own = findings.find((f) => f.item === o.item);
        if (own) own.roles = [role];
        // (in the order the sentence names them: "Hosted by X, ... readings by A and B")
        else {
          const later = findings.findIndex((f) => f.at > o.at);
          findings.splice(later < 0 ? findings.length : later, 0, { at: o.at, item: o.item, roles: [role], onBehalfOf: null });
        }
      }
      // "She will open Thursday's program": a pronoun subject is the person the text was just about.
      if (lastSubject && /^\s*(?:He|She)\s/.test(s.text) && !items.some((i) => i.kind === 'person' && i.start < s.start + 40)) {
        const cue = nearestRole(s, { start: s.start, end: s.start + 4 });
        // ("He said there will be presentations on ...": what the programme holds, not what he did)
        if (cue && cue.role !== 'speaker' && cue.distance < 40 && !/\bthere (?:will|would|shall) be\b|\bwill (?:also )?include\b/i.test(s.text.slice(0, cue.distance + 8))) findings.push({ at: s.start, item: lastSubject, roles: [cue.role], onBehalfOf: null });
      }
      // "Panelists were:" then a line per person ("- Name, Title, Org"): each line's people take the line-up's role
      if (lineup && s.paragraph !== lineup.paragraph) {
        const para = doc.paragraphs[s.paragraph];
        if (para && s.paragraph === lineup.last + 1 && lineupLine(para.text, items, para.start)) {
          lineup.last = s.paragraph;
          for (const i of items) if (i.kind === 'person' && !findings.some((f) => f.item === i)) findings.push({ at: i.start, item: i, roles: [lineup.role], onBehalfOf: null });
        } else if (s.paragraph !== lineup.last) lineup = null;
      }
      const opener = lineupHead(s.text);
      if (opener && doc.paragraphs[s.paragraph] && s.end >= doc.paragraphs[s.paragraph]!.end - 1) lineup = { role: lineupRole(opener), paragraph: s.paragraph, last: s.paragraph };
      const firstPerson = items.find((i) => i.kind === 'person');
      if (firstPerson) lastSubject = firstPerson;
      for (const f of findings) {
        const speaker = speakerOf(doc, state.entities, f);
        if (!speaker) continue;
        const located = speakerEventAfter(doc, events, s, f.at) ?? target(f.at);
        const event = located === events[0] ? speakerEventByNoun(events, s, f.at) ?? located : located;
        if (!event) continue;
        const lists = [event.speakers];
        if (event !== events[0] && PART_OF_MAIN.test(event.name) && !organisers.length) lists.push(events[0]!.speakers);
        for (const list of lists) {
          const known = list.find((x) => x.name === speaker.name);
          if (known) {
            for (const r of speaker.roles) if (!known.roles.includes(r)) known.roles.push(r);
            known.onBehalfOf ??= speaker.onBehalfOf;
          } else {
            list.push({ ...speaker, roles: [...speaker.roles] });
          }
        }
      }
    }
    for (const f of fallbacks) if (!f.event.organizers.some((o) => o.role !== 'partner' && o.role !== 'sponsor' && o.kind !== 'person')) mergeAgent(f.event.organizers, f.value);
    // "at our Season Launch": the publisher's own event, told in the first person, is organised by the publisher
    // the page names ("Larkspur Press – News", "About X"); "we ... co-hosted with X": the publisher hosts it with X
    const publisher = publisherOf(doc, state.entities);
    if (publisher) {
      for (const e of events) {
        const s = doc.sentenceAt(e.span.start);
        if (!s || s.start < doc.headerEnd || !FIRST_PERSON.test(s.text) || e.organizers.some((o) => o.name === publisher.name)) continue;
        const cohost = /\bco-?host/i.test(s.text);
        // (a co-organiser, partner or sponsor leaves the main organiser to be named: "with the Parish Council as co-organiser")
        if (!cohost && e.organizers.some((o) => o.role !== 'partner' && o.role !== 'sponsor' && o.role !== 'co-organizer')) continue;
        e.organizers.unshift({ ...publisher, aliases: [...publisher.aliases], role: cohost ? 'host' : 'organizer' });
      }
    }
    // "a panel discussion among the presenters": the presenters sat on the panel too.
    if (/\bpanel(?: discussion)? (?:among|between|with) the (?:presenters|speakers)\b/i.test(doc.text)) {
      for (const e of events) for (const sp of e.speakers) if (sp.roles.includes('presenter') && !sp.roles.includes('panelist')) sp.roles.push('panelist');
    }
    // The original speaker of remarks delivered on their behalf is listed too.
    for (const e of events) {
      for (const sp of [...e.speakers]) {
        if (sp.onBehalfOf && !e.speakers.some((x) => x.name === sp.onBehalfOf)) {
          const entity = findEntity(state.entities, sp.onBehalfOf);
          e.speakers.push({ name: sp.onBehalfOf, aliases: entity ? [...entity.aliases] : [], kind: 'person', title: entity?.title ?? null, affiliation: entity?.affiliation ?? null, roles: [...sp.roles], onBehalfOf: null, span: entity?.spans[0] ?? sp.span });
        }
      }
    }
    // Each event of a series is organised by whoever organises the series ("X will hold two forums").
    for (const [member, series] of state.seriesOf ?? []) {
      const m = byRef.get(member);
      const sr = byRef.get(series);
      // (a member with only partners of its own still has the series' organisers: "a Panel Discussion in collaboration with X")
      if (m && sr && !m.organizers.some((o) => o.role !== 'partner' && o.role !== 'sponsor')) {
        m.organizers.unshift(...sr.organizers.filter((o) => !m.organizers.some((x) => x.name === o.name)).map((o) => ({ ...o, aliases: [...o.aliases] })));
      }
    }
    // "speaker" says only that someone spoke: a specific role says more.
    for (const e of events) for (const sp of e.speakers) if (sp.roles.length > 1 && sp.roles.includes('speaker')) sp.roles = sp.roles.filter((r) => r !== 'speaker');
    let c = 0;
    const eventNames = new Set([...events.map((e) => e.name.toLowerCase()), ...state.mentions.events.filter((m) => m.proper).map((m) => m.name.toLowerCase())]);
    for (const a of state.mentions.attendees) {
      while (c < clauses.length - 1 && clauses[c]!.end <= a.start) c++;
      const event = clauses[c] ? targetOf(clauses[c]!, a.start) : events[0]!;
      if (!event) continue;
      const list = event.attendees;
      // "the Killeen Police Department", "the Global Youth Summit": the organiser or an event itself, not who attended
      const key = a.category.toLowerCase().replace(/^the\s+/, '');
      if (eventNames.has(key) || event.organizers.some((o) => /^(?:organizer|co-organizer|host)$/.test(o.role) && [o.name, ...o.aliases].some((n) => n.toLowerCase() === key))) continue;
      if (!list.some((x) => x.category.toLowerCase() === a.category.toLowerCase())) list.push({ category: a.category, count: a.count, span: { start: a.start, end: a.end } });
    }
    return { ...state, events };
  },
});
