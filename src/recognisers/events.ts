/**
 * Event mentions: proper names ("Thematic Dialogue on ...", "24th Conference of the ...") and
 * common ones ("a two-day workshop", "the training", "a courtesy call", "the event").
 * One pass over the words of each paragraph: find an event noun from the lexicon, then grow the
 * name to the left over capitalised words and to the right over "on/of/for ..." tails.
 */
import type { Context } from '../context.js';
import type { EventMention, MentionSet } from '../mentions.js';
import type { EventType } from '../record.js';
import { defineRecogniser } from '../pipeline.js';
import { ANAPHORIC_NOUNS, BRAND_EVENT_PARTS, BRAND_EVENT_REGIONS, EVENT_MODIFIERS, EVENT_NOUNS, FACILITY_HEADS, NAME_CONNECTORS, NAME_TAIL_OPENERS, OBJECT_EVENT_NOUNS, ROOM_NOUNS, COMPANY_PLURALS, TRADE_NOUNS, WEAK_EVENT_NOUNS, WEAK_NOUN_COMPOUNDS, PROPER_ONLY_NOUNS } from '../lexicons/events.js';
import { MONTHS, WEEKDAYS } from '../lexicons/months.js';
import { gazetteerLookup } from '../lexicons/places.js';
import { ORG_HEADS, TITLE_HEADS } from '../lexicons/who.js';
import { ATTENDEE_NOUNS } from '../lexicons/attendees.js';
import { tokenPosition } from '../text/document-words.js';
import { bare, stripPossessive } from '../text/names.js';
import { isTypedEventNoun, singularForms } from '../text/event-nouns.js';

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’&-]*(?:\.(?=[\p{L}]))?[\p{L}\p{N}'’-]*/gu;
const MAX_NOUN_WORDS = 4;
const nounKeys = Object.keys(EVENT_NOUNS);
const MAX_LEFT = 8;
const MAX_TAIL = 24;

/** Words that end a lower-case tail: verbs, relatives and prepositions of the clause around it. */
const TAIL_ENDERS = new Set([
  'for', 'from', 'at', 'in', 'with', 'by', 'to', 'which', 'that', 'who', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'should',
  'can', 'may', 'might', 'must', 'shall', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'did', 'and', 'held', 'organised',
  'organized', 'conducted', 'on', 'the', 'a', 'an', 'this', 'its', 'their', 'as', 'where', 'when', 'while', 'during', 'after', 'before',
  // participles of "... run by X", "... hosted by X" (compromise may tag them nouns)
  'run', 'led', 'hosted', 'convened', 'facilitated', 'delivered', 'sponsored', 'funded', 'supported', 'coordinated', 'attended', 'offered',
]);
/** "two-day", "3-week", "half-day", "week-long": how long an event lasts, kept in its name. */
const DURATION = /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|half|full|multi)-(?:day|days|week|weeks|hour|month)(?:-long)?$|^(?:day|week|month)-long$/;
const RELATIVE_DAY = /^(?:yesterday|today|tomorrow|tonight|last|next|this)$/;
const isCapitalised = (w: Word): boolean => /^[\p{Lu}\d]/u.test(w.text);
const isDateWord = (w: Word): boolean => MONTHS[w.lower.replace(/\.$/, '')] !== undefined && w.lower.length > 2 || WEEKDAYS[w.lower] !== undefined;

/** Words that start a clause or are verbs in title case: a proper name never grows left over them. */
const NAME_STOPPERS = new Set([
  'holds', 'hold', 'held', 'host', 'hosts', 'hosted', 'launches', 'launched', 'opens', 'opened', 'organises', 'organizes', 'conducts',
  'conducted', 'delivers', 'delivered', 'convenes', 'convened', 'attend', 'attends', 'attended', 'join', 'joins', 'joined', 'at', 'in',
  'on', 'during', 'for', 'the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'and', 'of', 'to', 'with', 'by', 'from',
  'after', 'before', 'as', 'under', 'upcoming', 'latest', 'new', 'wraps', 'ends', 'concludes', 'kicks', 'begins', 'starts', 'marks',
  'celebrates', 'welcomes', 'announces', 'co-hosts', 'co-organises', 'co-organizes', 'visits', 'visit', 'vows', 'said', 'says',
]);

function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    // "‘community conversation’": a closing single quote (or a plural's possessive mark) is no part of the word
    let t = stripPossessive(m[0]);
    while (t.length > 1 && (t.endsWith("'") || t.endsWith('’'))) t = t.slice(0, -1);
    out.push({ text: t, lower: t.toLowerCase(), start: offset + m.index!, end: offset + m.index! + t.length });
  }
  return out;
}

/** First words of the event nouns, singular and plural: most words are not one, and are skipped at once. */
const FIRST_WORDS: ReadonlySet<string> = new Set(nounKeys.flatMap((k) => {
  const first = k.split(' ')[0]!;
  return [first, `${first}s`, `${first}es`, first.endsWith('y') ? `${first.slice(0, -1)}ies` : first];
}));

/** The longest event noun starting at word i: its key and the number of words. */
function eventNounAt(words: readonly Word[], i: number): { key: string; size: number } | null {
  if (!FIRST_WORDS.has(words[i]!.lower)) return null;
  // the words of a multi-word noun stand side by side (one space or hyphen between): how many do here
  let adjacent = 1;
  while (adjacent < MAX_NOUN_WORDS && i + adjacent < words.length && words[i + adjacent]!.start - words[i + adjacent - 1]!.end === 1) adjacent++;
  for (let n = adjacent; n >= 1; n--) {
    let joined = words[i]!.lower;
    for (let k = 1; k < n; k++) joined += ` ${words[i + k]!.lower}`;
    if (EVENT_NOUNS[joined] !== undefined) return { key: joined, size: n };
    for (const one of singularForms(joined)) if (EVENT_NOUNS[one] !== undefined) return { key: one, size: n };
  }
  return null;
}

const gapText = (text: string, a: Word, b: Word, offset: number) => text.slice(a.end - offset, b.start - offset);

/** Event mentions in one paragraph. */
export function findEventMentions(text: string, offset: number, paragraph: number, inTitle: boolean, isVerbAt: (at: number) => boolean = () => false): EventMention[] {
  const words = wordsOf(text, offset);
  const out: EventMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const noun = eventNounAt(words, i);
    if (!noun) continue;
    const last = i + noun.size - 1;
    const head = words[last]!;
    const plural = /[^s]s$/.test(head.lower) && !noun.key.endsWith('s') || head.lower === 'trainings' || head.lower === 'events';
    let type = EVENT_NOUNS[noun.key] ?? 'other';
    const generic = EVENT_NOUNS[noun.key] === null;
    // (a line's first word is capitalised whatever it is: "Workshop on gender sensitisation conducted" is a headline in sentence case)
    const capitalised = isCapitalised(head) && !(i === 0 && !isCapitalised(words[1] ?? head));
    // "to launch the first ...", "will host": the word is a verb here; "Foreign Affairs",
    // "Global Programme": a generic noun in capitals belongs to a body's name
    if ((noun.size === 1 && !capitalised && isVerbAt(head.start)) || (EVENT_NOUNS[noun.key] === null && isCapitalised(head))) { i = last; continue; }
    // "the Convention on Biological Diversity", "a convention against torture": a treaty, not a gathering
    // ("the Organized Crime Convention", "the Geneva Convention": in capitals a convention is a treaty, unless
    // counted or yearly: "the 75th Annual Convention", "Convention 2025")
    if (noun.key === 'convention' && (/^(?:on|against|for|concerning|relating|between)$/.test(words[last + 1]?.lower ?? '') ||
      (capitalised && !/^(?:\d{4}|\d+(?:st|nd|rd|th)|annual|biennial|national|general|state)$/i.test(words[i - 1]?.text ?? '') && !/^\d{4}$/.test(words[last + 1]?.text ?? '')))) { i = last; continue; }

    // grow left: capitalised words (proper) or known modifiers (common), side by side
    let left = i;
    // "a two-day course": a duration makes a weak noun an event, but the name stays the noun phrase after it
    let lasting = false;
    while (left > 0 && i - left < MAX_LEFT) {
      const w = words[left - 1]!;
      const gap = gapText(text, w, words[left]!, offset);
      // "its annual delegates' conference", "a members’ meeting": whose gathering it is
      const owners = !capitalised && /^['’] $/.test(gap) && ATTENDEE_NOUNS.has(w.lower);
      // ("Workers' Rights Week", "Farmers' Day": a plural's possessive inside a capitalised name)
      // (not a body's head: "Mango Seed Ventures' Autumn Demo Day" is the firm's event)
      const pluralInName = capitalised && /^['’] $/.test(gap) && isCapitalised(w) && w.lower.endsWith('s') && w.lower.length > 3 && !ORG_HEADS.has(w.lower);
      if (!/^[ \u00a0]$|^-$/.test(gap) && !owners && !pluralInName) break;
      if (capitalised) {
        // "Great Lakes Boat and Marine Show": "and" between capitalised words inside the name
        if ((w.lower === 'and' || w.lower === '&') && left > 1 && isCapitalised(words[left - 2]!) && !NAME_STOPPERS.has(words[left - 2]!.lower) && !isDateWord(words[left - 2]!) && gapText(text, words[left - 2]!, w, offset) === ' ') { left -= 2; continue; }
        // "Chiefs of Police Conference", "Heads of Customs Meeting": a lower-case "of" between capitalised words inside the name
        if (w.text === 'of' && left > 1 && isCapitalised(words[left - 2]!) && !NAME_STOPPERS.has(words[left - 2]!.lower) && !isDateWord(words[left - 2]!) && gapText(text, words[left - 2]!, w, offset) === ' ' && !EVENT_NOUNS[words[left - 2]!.lower]) { left -= 2; continue; }
        // "Lunar New Year Open House": a stopper word inside a longer capitalised name goes on
        const inName = w.lower === 'new' && left > 1 && isCapitalised(words[left - 2]!) && !NAME_STOPPERS.has(words[left - 2]!.lower) && gapText(text, words[left - 2]!, w, offset) === ' ';
        if (!isCapitalised(w) || (NAME_STOPPERS.has(w.lower) && !inName) || isDateWord(w)) break;
      } else if (!EVENT_MODIFIERS.has(w.lower) && !/^\d{4}$/.test(w.text) && !(isCapitalised(w) && gazetteerLookup(w.text)?.kind === 'city') && !owners &&
        // ("the book fair", "a quiz night": what a weak noun is about, right before it)
        !(left === i && WEAK_EVENT_NOUNS.has(noun.key) && WEAK_NOUN_COMPOUNDS.has(w.lower))) {
        // "the Berlin event", "the Cairo meeting": a city may stand before a common noun
        lasting = !generic && DURATION.test(w.lower);
        break;
      }
      left--;
    }
    // in a title-case headline a verb before the name ends it; the body repeats names anyway
    // grow right: "on/of/for" + a tail of capitalised words and connectors; a common noun takes
    // a short lower-case tail after "on" ("regional training on smuggling of migrants")
    let right = last;
    // (a lower-case noun's tail opened by an article: "town hall meeting on the proposed Riverside Road improvements"
    // names the meeting by its subject; capitals inside it make it no proper name)
    let articleTail = false;
    const next = words[last + 1];
    const opener = next && gapText(text, head, next, offset) === ' ' ? next.lower : '';
    const lowerTail = !capitalised && opener === 'on';
    if (NAME_TAIL_OPENERS.has(opener) && (capitalised || opener === 'on' || opener === 'of')) {
      let k = last + 2;
      let lastCap = -1;
      let lowerRun = 0;
      let pendingLower = 0;
      let capsSeen = false;
      while (k < words.length && k - last <= MAX_TAIL) {
        const w = words[k]!;
        const gap = gapText(text, words[k - 1]!, w, offset);
        if (!/^[ \u00a0]$|^ ?[-–&] ?$|^, $/.test(gap)) break;
        if (gap === ', ' && !(isCapitalised(w) && capitalised)) break;
        if (isDateWord(w) || (/^\d/.test(w.text) && !/^(?:19|20)\d{2}$/.test(w.text))) break;
        // "... Report in Stockholm": a place after "in"/"at" ends the name
        if ((w.lower === 'in' || w.lower === 'at') && words[k + 1] && (gazetteerLookup(words[k + 1]!.text) || gazetteerLookup(`${words[k + 1]!.text} ${words[k + 2]?.text ?? ''}`))) break;
        if (isCapitalised(w)) { lastCap = k; lowerRun = 0; pendingLower = 0; capsSeen = true; }
        // ("roundtable on the new inspection methodology": an article right after "on" opens the tail, it ends nothing)
        else if (lowerTail && k === last + 2 && /^(?:the|a|an)$/.test(w.lower) && words[k + 1] && !isCapitalised(words[k + 1]!) && !TAIL_ENDERS.has(words[k + 1]!.lower)) { articleTail = true; }
        // (a lower-case noun's tail that has turned to a title takes the title's connectors: "session on Local Response to Trafficking in Persons")
        else if (NAME_CONNECTORS.has(w.lower) && !(lowerTail && !capsSeen && (k === last + 2 || /^(?:for|from|at|in|with|by|to|the|a|an)$/.test(w.lower)))) { lowerRun++; if (lowerRun > 2) break; }
        // ("town hall on proposed changes to bus routes": "to" after a noun that takes it, then a noun, goes on; no name ends on it)
        else if (lowerTail && w.lower === 'to' && k - last <= 5 && lastCap === k - 1 && /(?:s|ment|tion|sion|ance|ence|ess|onse)$/.test(words[k - 1]!.lower) && !!words[k + 1] && !isCapitalised(words[k + 1]!) && !TAIL_ENDERS.has(words[k + 1]!.lower) && !isVerbAt(words[k + 1]!.start) && !RELATIVE_DAY.test(words[k + 1]!.lower)) { /* the noun after it ends the name */ }
        // ("course on investigating forced labour": a gerund's object may open with a participle)
        else if (lowerTail && k - last <= 6 && !TAIL_ENDERS.has(w.lower) && (EVENT_NOUNS[w.lower] === undefined || WEAK_EVENT_NOUNS.has(w.lower)) && (!isVerbAt(w.start) || (lastCap === k - 1 && /ing$/.test(words[k - 1]!.lower) && /ed$/.test(w.lower))) && !RELATIVE_DAY.test(w.lower)) lastCap = k;
        // "launch of a new Global Partnership": up to two lower-case words before a capitalised one
        else if (!lowerTail && pendingLower < 2 && !TAIL_ENDERS.has(w.lower) && !isVerbAt(w.start) && adjectiveBeforeName(words, k)) pendingLower++;
        else break;
        k++;
      }
      if (lastCap > last + 1) right = lastCap;
    }
    // "Harbour Design Summit 2026", "TPAC 2010": a year right after a capitalised name is part of it
    const yearAfter = words[right + 1];
    if (capitalised && yearAfter && /^(?:19|20)\d{2}$/.test(yearAfter.text) && gapText(text, words[right]!, yearAfter, offset) === ' ') right++;
    // "Open Infrastructure Summit Week", "Climate Forum Series": a span of the event's days is part of its name
    const spanAfter = words[right + 1];
    if (capitalised && right === last && spanAfter && /^(?:Week|Weekend|Series|Days)$/.test(spanAfter.text) && gapText(text, head, spanAfter, offset) === ' ') right++;
    // a capitalised word right after a capitalised noun: the noun is part of a body's or a
    // building's name ("Pacific Islands Forum Secretariat", "Conference Centre")
    const after = words[right + 1];
    // ("the Town Hall auditorium", "the seminar room": the noun names the room, in any case)
    if (right === last && after && ROOM_NOUNS.has(after.lower) && gapText(text, head, after, offset) === ' ') { i = last; continue; }
    // ("conference manager for ...", "the summit coordinator": a post named after the event it serves, in lower case)
    // ("trade show professionals", "the trade show industry": the noun qualifies people or a trade)
    if (right === last && !capitalised && after && (TITLE_HEADS.has(after.lower) || ATTENDEE_NOUNS.has(after.lower) || TRADE_NOUNS.has(after.lower)) && gapText(text, head, after, offset) === ' ') { i = last; continue; }
    // "Hanley Wood Exhibitions", "Northway Events": a capitalised plural after a name, with no article, is a business
    if (plural && capitalised && right === last && left < i && COMPANY_PLURALS.has(head.lower) && !/^(?:the|its|their|this|these|our)$/i.test(words[left - 1]?.lower ?? '')) { i = last; continue; }
    if (capitalised && right === last && after && isCapitalised(after) && !isDateWord(after) && gapText(text, head, after, offset) === ' ' && !/^\d/.test(after.text)) {
      i = last;
      continue;
    }
    let start = words[left]!.start;
    let end = words[right]!.end;
    // "Climate Forum: Financing Coastal Resilience in Small Island States": a subtitle in title case after a
    // colon belongs to a capitalised name (not to a head alone, "Webinar: ...", which labels a line)
    if (capitalised && (left < i || right > last)) {
      const subtitle = SUBTITLE.exec(text.slice(end - offset, end - offset + 160));
      if (subtitle) end += subtitle[0].length;
    }
    // "the three-day summit": a length between the article and the noun still refers back
    const before = lasting ? words[left - 2] : words[left - 1];
    const determiner = (before && /^(?:the|this|that|these|those|said)$/i.test(before.lower)) || datedAfterArticle(words, left) ||
      (generic && left === i && /\b(?:the|this|that)\s+(?:[\p{L}\d’'-]+\s+){1,2}$/iu.test(text.slice(Math.max(0, words[i]!.start - offset - 30), words[i]!.start - offset)));
    const tailCapitalised = right > last && !articleTail && words.slice(last + 1, right + 1).some(isCapitalised);
    let proper = (capitalised && (left < i || right > last || (!generic && !WEAK_EVENT_NOUNS.has(noun.key) && !determiner))) || tailCapitalised;
    // a title in quotation marks right before or after the noun is the event's name:
    // a roundtable “Application of ...”, the “... Through the Ages” Exhibition
    // ("a public lecture titled “...”": lower-case modifiers before the noun do not stop it)
    // ('hosted "Working in the Heat," a half-day seminar on protecting workers': the title stands before, whatever tail follows)
    if ((left === i || !proper) && (right === last || !tailCapitalised)) {
      const quoted = quotedTitleBeside(text, words[left]!.start - offset, words[last]!.end - offset);
      if (quoted) {
        start = offset + quoted.start;
        end = offset + quoted.end;
        proper = true;
        // "The workshop titled “... Entrepreneurship training for Community Midwives”": the title's own head says what it is
        type = headTypeOf(wordsOf(text.slice(quoted.start, quoted.end), 0)) ?? type;
      }
    }
    // "The event was titled TOKYO'S NEXT APP STAR", "the forum, called “...”": the name given after the noun
    if (!proper && right === last) {
      const titled = titledNameAfter(text, end - offset);
      if (titled) {
        start = offset + titled.start;
        end = offset + titled.end;
        proper = true;
      }
    }
    // "the opening of the fifth school": a ceremony's noun with what it opens or unveils is an event
    // ("the grand opening of its new bakery plant": the noun's last word says what it is)
    if (!proper && left === i && right === last && OBJECT_EVENT_NOUNS.has(noun.key.split(' ').pop()!) && determiner) {
      const object = objectAfter(words, last);
      if (object > last) { right = object; end = words[right]!.end; }
    }
    // a weak noun ("session", "programme") alone is no event; generic nouns only as "the event"
    // ("the challenge, which ends on Tuesday": kept as a reference back, which names no event of its own)
    if (PROPER_ONLY_NOUNS.has(noun.key) && !(proper && capitalised && left < i)) { i = last; continue; }
    const weakAlone = !proper && !lasting && WEAK_EVENT_NOUNS.has(noun.key) && left === i && right === last && !ANAPHORIC_NOUNS.has(noun.key);
    if (weakAlone && !(determiner && !inTitle && /^(?:the|this)$/i.test(before?.lower ?? ''))) { i = last; continue; }
    if (generic && !determiner && left === i && !capitalised) { i = last; continue; }
    // "the programme of the Harbour Design Summit": the programme is the event's, the event is the one named after it
    if ((noun.key === 'programme' || noun.key === 'program') && right > last && words.slice(last + 2, right + 1).some((w) => isTypedEventNoun(w.lower))) { i = last; continue; }
    const name = trimTrailingCommas(text.slice(start - offset, end - offset));
    out.push({
      start, end, text: name, name, type, proper, noun: noun.key,
      definite: Boolean(determiner) && left === i && right === last && !proper, generic, plural, inTitle, paragraph,
      ...(weakAlone ? { referenceOnly: true } : {}),
    });
    i = Math.max(right, last);
    // a quoted title after the noun is this event's name: the event nouns inside it name nothing more
    while (i + 1 < words.length && words[i + 1]!.end <= end) i++;
  }
  return out;
}

/**
 * Events a verb reports ("visited India from 16-20 December", "will be launched on 14 March",
 * "called on the Vice President"): a mention named after the verb's noun, which joins an event
 * of that noun named elsewhere ("Launch of the 2013 Human Development Report").
 */
export const VERB_EVENT = /\b(?<verb>visited|visits|is visiting|will visit|(?:was|were|will be|is being|to be) launched|called on|met with)\b(?:\s+(?:the\s+)?(?<object>[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*){0,3}))?/gu;

const BRAND_WORD = /(?<![\p{L}\d])\p{Lu}[\p{L}\d]*\p{Ll}\p{Lu}[\p{L}\d]*(?![\p{L}\d])/gu;

/**
 * "for BrindleConf 2024", "HackOrbit 2025 ran from ...", "at KubeCon Europe": a brand's one-word event name
 * (BRAND_EVENT_PARTS), with a region after it and the year of its edition.
 */
export function findBrandEvents(text: string, offset: number, paragraph: number, inTitle: boolean): EventMention[] {
  const out: EventMention[] = [];
  for (const m of text.matchAll(BRAND_WORD)) {
    const noun = BRAND_EVENT_PARTS.find(([re]) => re.test(m[0]))?.[1];
    if (!noun) continue;
    let end = m.index! + m[0].length;
    // ("CivicHack Porto", "KubeCon Europe": the edition's region or city)
    const region = /^ (\p{Lu}[\p{L}]+)/u.exec(text.slice(end));
    if (region && (BRAND_EVENT_REGIONS.has(region[1]!) || gazetteerLookup(region[1]!)?.kind === 'city')) end += region[0].length;
    const year = /^ (?:19|20)\d{2}(?![\d])/.exec(text.slice(end));
    if (year) end += year[0].length;
    const name = text.slice(m.index!, end);
    const start = offset + m.index!;
    // (a name refers to nothing before it: not definite, so "BrindleConf 2025" joins no earlier conference)
    out.push({ start, end: start + name.length, text: name, name, type: EVENT_NOUNS[noun] ?? 'other', proper: true, noun, definite: false, generic: false, plural: false, inTitle, paragraph });
  }
  return out;
}

export function findVerbEvents(text: string, offset: number, paragraph: number, inTitle: boolean): EventMention[] {
  const out: EventMention[] = [];
  for (const m of text.matchAll(VERB_EVENT)) {
    const verb = m.groups!.verb!.toLowerCase();
    const object = m.groups!.object;
    const launch = /launched/.test(verb);
    const visit = /visit/.test(verb);
    if (visit && !(object && gazetteerLookup(object))) continue;
    // "The exhibition was launched on 2 October at a webinar": the launch is that webinar, named by its own noun
    if (launch && atNamedEvent(text.slice(m.index! + m[0].length), true)) continue;
    const noun = launch ? 'launch' : visit ? 'visit' : verb === 'met with' ? 'meeting' : 'courtesy call';
    // a launch joins the event named for it ("Launch of the ... Report"); a call or a meeting is
    // named by what the text says ("called on the Vice President")
    const name = visit ? `visit to ${object}` : launch ? noun : m[0];
    const start = offset + m.index!;
    out.push({
      start, end: start + m[0].length, text: m[0], name, type: EVENT_NOUNS[noun] ?? 'other', proper: false, noun,
      definite: launch, generic: false, plural: false, inTitle, paragraph,
    });
  }
  // "cut the ribbon to officially open the Fitzrovia Community Centre": the opening of a building is a ceremony
  for (const m of text.matchAll(OPENING_VERB)) {
    const object = m.groups!.object!;
    const head = object.split(/\s+/).pop()!.toLowerCase();
    if (!FACILITY_HEADS.has(head)) continue;
    const start = offset + m.index! + m[0].length - object.length;
    const name = `opening of the ${object}`;
    out.push({ start, end: start + object.length, text: object, name, type: 'ceremony', proper: false, noun: 'opening', definite: false, generic: false, plural: false, inTitle, paragraph });
  }
  // "The government today launched the Delhi Robotics League": the launch of what the verb names is the event
  for (const m of text.matchAll(LAUNCH_VERB)) {
    const object = m.groups!.object!;
    const words = object.split(/\s+/);
    if (words.some((w) => MONTHS[w.toLowerCase()] !== undefined || WEEKDAYS[w.toLowerCase()] !== undefined) || isTypedEventNoun(words[words.length - 1]!.toLowerCase())) continue;
    if (words.length === 1 && !/^(?:the|its|their)\s/.test(m[0].slice(m[0].indexOf(' ') + 1))) continue;
    // "unveiled its AI tutoring assistant at DevLearn Summit 2026": the launch is part of the event named after "at"
    if (atNamedEvent(text.slice(m.index! + m[0].length))) continue;
    const start = offset + m.index! + m[0].length - object.length;
    const article = /\sthe\s(?:new\s)?$/.test(m[0].slice(0, m[0].length - object.length)) ? 'the ' : '';
    out.push({ start, end: start + object.length, text: object, name: `launch of ${article}${object}`, type: 'launch', proper: false, noun: 'launch', definite: false, generic: false, plural: false, inTitle, paragraph });
  }
  return out;
}

/** The rest of a clause says "at/during <an event>" ("... assistant at DevLearn Summit 2026, ..."). */
function atNamedEvent(rest: string, indefinite = false): boolean {
  const m = (indefinite ? AT_AN_EVENT : AT_NAMED_EVENT).exec(rest);
  return !!m && m[1]!.split(/\s+/).some((w) => isTypedEventNoun(w.toLowerCase()));
}

const AT_NAMED_EVENT = /^[^.!?;]{0,100}?\b(?:at|during)\s+(?:the\s+|its\s+|their\s+|this\s+year[’']s\s+)?((?:[\p{L}\d’'-]+\s?){1,6})/u;
const AT_AN_EVENT = /^[^.!?;]{0,100}?\b(?:at|during)\s+(?:an?\s+)((?:[\p{L}\d’'-]+\s?){1,6})/u;

/** "launched the Delhi Robotics League", "will unveil its new Green Schools Charter": a capitalised name after the verb. */
const LAUNCH_VERB = /\b(?:launch(?:es|ed)?|unveil(?:s|ed)?)\s(?:the\s|its\s|their\s)?(?:new\s)?(?<object>[\p{Lu}][\p{L}'’-]*(?:\s(?:of\s|for\s|and\s|the\s)?[\p{Lu}][\p{L}'’-]*){0,6})/gu;

/** "opened the new Riverside Health Centre", "will inaugurate the ... Library": a capitalised building after the verb. */
const OPENING_VERB = /\b(?:open(?:s|ed)?|inaugurat(?:e|es|ed)|dedicat(?:e|es|ed))\s(?:the\s)?(?:new\s)?(?<object>[\p{Lu}][\p{L}'’-]*(?:\s(?:of\s|for\s|and\s|the\s)?[\p{Lu}][\p{L}'’-]*){0,6})/gu;

/** A colon, then a title-case subtitle that runs to the end of its line or clause, or to its verb ("...: Lessons from the Field"). */
const SUBTITLE = /^:\s\p{Lu}[\p{L}\d'’-]*(?:\s(?:[\p{Lu}\d][\p{L}\d'’-]*|of|the|and|for|in|on|a|an|to|with|from|at|by|&)){1,14}(?=\s*$|\n|[,;]\s|\.(?:\s|$)|\s(?:was|were|is|are|will|has|had|took|takes|opens|opened|drew|draws|brought|brings|ran|runs)\s)/u;
const TITLED = /^,?\s(?:(?:was|is|will be|has been|were|are)\s)?(?:titled|entitled|called|named|dubbed|themed)\s?:?\s/;
const QUOTED_TITLE_LATER = /\s(?:titled|entitled|themed)\s?:?\s(?=[“"‘])/;
const TITLED_LATER = /\s(?:was|is|will be|has been)\s(?:titled|entitled|called|named|dubbed|themed)\s?:?\s/;
const TITLE_WORD = /^(?:[\p{Lu}\d][\p{L}\d'’&-]*|of|the|and|for|in|on|a|to|with|&)$/u;

/** The name given right after an event noun ("was titled X", "called X"): a quoted title, else a run of capitalised words. */
function titledNameAfter(text: string, from: number): { start: number; end: number } | null {
  // right after the noun, or after a short phrase of place ("The evening event at the tech hub was titled X")
  let cue = TITLED.exec(text.slice(from, from + 30));
  let at = cue ? from + cue[0].length : -1;
  if (!cue) {
    const ahead = text.slice(from, from + 70);
    // ("held a webinar on 18 February 2025 titled “...”": a quoted title after the event's date)
    const later = TITLED_LATER.exec(ahead) ?? QUOTED_TITLE_LATER.exec(ahead);
    if (!later || /[.;:!?,]/.test(ahead.slice(0, later.index)) || !/^\s(?:at|in|on|held|organi[sz]ed|hosted)\s/.test(ahead)) return null;
    cue = later;
    at = from + later.index + later[0].length;
  }
  if (/^[“"‘]/.test(text.slice(at, at + 1))) return quotedTitleBeside(text, at - 1, at - 1) ?? quotedTitleBeside(text, from, from);
  const words = wordsOf(text.slice(at, at + 200), at);
  let k = 0;
  while (k < words.length && k < 12 && TITLE_WORD.test(words[k]!.text) && (k === 0 || words[k]!.start - words[k - 1]!.end <= 1)) k++;
  while (k > 0 && !/^[\p{Lu}\d]/u.test(words[k - 1]!.text)) k--;
  return k >= 2 ? { start: at, end: words[k - 1]!.end } : null;
}

/** The type of the last event noun before a title's first connector ("Training Workshop for ..." -> workshop), if any. */
function headTypeOf(words: readonly Word[]): EventType | null {
  let found: EventType | null = null;
  for (let k = 0; k < words.length; k++) {
    if (k > 0 && NAME_TAIL_OPENERS.has(words[k]!.lower)) break;
    const noun = eventNounAt(words, k);
    if (noun && EVENT_NOUNS[noun.key]) found = EVENT_NOUNS[noun.key]!;
  }
  return found;
}

/** "of the fifth school", "of a new health centre": the object of a ceremony's noun, up to five lower-case words; the index of its last word, else `last`. */
function objectAfter(words: readonly Word[], last: number): number {
  if (words[last + 1]?.lower !== 'of' || !/^(?:the|a|an|its|their|our)$/.test(words[last + 2]?.lower ?? '')) return last;
  let k = last + 3;
  while (k < words.length && k - last <= 7 && !TAIL_ENDERS.has(words[k]!.lower) && !isDateWord(words[k]!) && !/^\d/.test(words[k]!.text)) {
    // "at the opening of the training": the first session of an event, not the opening of a building
    const inner = eventNounAt(words, k);
    if (inner && !WEAK_EVENT_NOUNS.has(inner.key)) return last;
    k++;
  }
  return k - 1 > last + 2 ? k - 1 : last;
}

/** "of a new Global Partnership": after an article, one or two lower-case words right before a capitalised one. */
function adjectiveBeforeName(words: readonly Word[], k: number): boolean {
  const prev = words[k - 1];
  const next = words[k + 1];
  if (!prev || !next) return false;
  const afterArticle = /^(?:a|an|the)$/.test(prev.lower) || (/^(?:a|an|the)$/.test(words[k - 2]?.lower ?? '') && !isCapitalised(prev));
  return afterArticle && (isCapitalised(next) || (!NAME_CONNECTORS.has(next.lower) && isCapitalised(words[k + 2] ?? next)));
}

/** "the April 18 seminar", "the 12 May workshop", "Saturday's clean-up": a date between the article and the noun still refers back. */
function datedAfterArticle(words: readonly Word[], left: number): boolean {
  let k = left - 1;
  let dated = false;
  while (k >= 0 && left - k <= 3 && (/^\d{1,2}(?:st|nd|rd|th)?,?$/.test(words[k]!.lower) || MONTHS[words[k]!.lower.replace(/\.$/, '')] !== undefined || WEEKDAYS[words[k]!.lower] !== undefined)) {
    dated = true;
    k--;
  }
  return dated && k >= 0 && /^(?:the|this|that|last|next)$/.test(words[k]!.lower);
}

/** A quoted title (3 to 20 words) that ends right before `from` or starts right after `to`. */
function quotedTitleBeside(text: string, from: number, to: number): { start: number; end: number } | null {
  const before = /[”"]\s?$/.exec(text.slice(Math.max(0, from - 3), from));
  if (before) {
    const close = from - before[0].length;
    const open = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('"', close - 1));
    if (open >= 0 && close - open < 200) return titleSpan(text, open + 1, close);
  }
  // "opened “Lives on the Water”, an exhibition of ...": the title in apposition, in title case (not words someone said)
  // (the comma may stand inside the marks: 'hosted "Working in the Heat," a half-day seminar')
  // (and a length may stand before the noun: "a half-day seminar")
  const apposed = /(?:[”"],|,[”"]) an? (?:[\p{L}\d]{1,12}-(?:hour|day|week|month|night|long) )?$/u.exec(text.slice(Math.max(0, from - 30), from));
  if (apposed) {
    const close = from - apposed[0].length;
    const open = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('"', close - 1));
    const span = open >= 0 && close - open < 120 ? titleSpan(text, open + 1, close) : null;
    if (span && text.slice(span.start, span.end).split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|on|in|for|a|an|to|with|at)$/.test(w))) return span;
  }
  // right after the noun, or after "titled", "entitled", "themed", "on" ("a webinar on ‘Prospect of ...’")
  const after = QUOTE_AFTER.exec(text.slice(to, to + 24));
  if (after) {
    const open = to + after[0].length;
    const mark = after[0][after[0].length - 1]!;
    const closers = mark === '“' ? ['”'] : mark === '‘' ? ['’'] : mark === "'" ? ["'"] : ['"', '”'];
    const close = closers.map((c) => closingMark(text, c, open)).filter((x) => x > 0).sort((a, b) => a - b)[0];
    if (close !== undefined && close - open < 200) return titleSpan(text, open, close);
  }
  return null;
}

const QUOTE_AFTER = /^\s?(?:,\s?)?(?:(?:titled|entitled|themed|called|named|dubbed|on|of)\s?:?\s)?[“"‘]/;

/** The closing `mark` after `from`; for ’ one that ends a word and is not followed by a letter (not an apostrophe). */
function closingMark(text: string, mark: string, from: number): number {
  for (let at = text.indexOf(mark, from); at >= 0 && at - from < 200; at = text.indexOf(mark, at + 1)) {
    if (mark !== '’' || !/\p{L}/u.test(text[at + 1] ?? '')) return at;
  }
  return -1;
}

function titleSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  const inner = text.slice(start, end).replace(/[,.]$/, '');
  const n = inner.split(/\s+/).length;
  if (n < 2 || n > 20 || !/^[\p{Lu}\d]/u.test(inner)) return null;
  return { start, end: start + inner.length };
}

export const eventRecogniser = defineRecogniser({
  name: 'events',
  kind: 'events',
  recognise(ctx: Context, found?: Readonly<MentionSet>): EventMention[] {
    const { doc } = ctx;
    const out: EventMention[] = [];
    const brands: EventMention[] = [];
    // "the Ministry of Labour and Vocational Training": a body's name that ends on an event noun is the body's
    const bodies = (found?.organisations ?? []).filter((o) => {
      const first = o.name.split(/\s+/)[0]!.toLowerCase();
      return o.form === 'name' && ORG_HEADS.has(stripPossessive(first)) && !EVENT_NOUNS[first];
    });
    // "the Halvorsen Trust for Social Dialogue", "the Congress of Farm Workers' Unions": an event's name inside a
    // longer body's name, after the body's head and its preposition or before its last head noun, is the body's
    const head = (w: string) => ORG_HEADS.has(stripPossessive(bare(w))) && !EVENT_NOUNS[stripPossessive(bare(w))];
    const fieldOfBody = (m: EventMention) => (found?.organisations ?? []).some((o) => {
      if (o.form !== 'name' || o.start > m.start || m.end > o.end || o.end - o.start <= m.end - m.start) return false;
      const before = doc.text.slice(o.start, m.start).trim().split(/\s+/);
      const after = doc.text.slice(m.end, o.end).trim().split(/\s+/).filter(Boolean);
      return (before.length >= 2 && /^(?:for|of|on)$/i.test(before[before.length - 1]!) && before.slice(0, -1).some(head)) ||
        (after.length > 0 && after.length <= 2 && !after.some((w) => /^(?:and|&)$/i.test(w)) && head(after[after.length - 1]!));
    });
    const bodyName = (m: EventMention) => m.proper && (bodies.some((o) => o.start <= m.start && m.end <= o.end) || fieldOfBody(m));
    // compromise's tags, looked up by offset: "to launch" is a verb, "the launch" a noun
    const position = tokenPosition(doc);
    const isVerbAt = (at: number) => {
      const k = position.get(at);
      const token = k === undefined ? undefined : doc.tokens[k];
      const tags = token?.tags;
      if (!token || !tags || !tags.has('Verb') || tags.has('Noun') || tags.has('Gerund')) return false;
      const prev = doc.tokens[k! - 1];
      const next = doc.tokens[k! + 1];
      // compromise's first pass tags a bare form a verb where its post-tagger would see a noun:
      // "safe boat handling" (after an adjective or article), "Workshop on ..." (a line's first word before "on/of/for")
      // "workshop on labour rights for ...": a third-person form between a noun and a preposition is a plural noun
      if (tags.has('PresentTense') && !tags.has('Infinitive')) {
        if (prev?.tags.has('Noun') && !prev.post.trim() && next?.tags.has('Preposition') && /s$/.test(token.text)) return false;
      }
      if (tags.has('Infinitive')) {
        const sameSentence = prev !== undefined && prev.sentence === token.sentence && !/[.!?:\n]/.test(prev.post);
        if (sameSentence && (prev.tags.has('Adjective') || prev.tags.has('Determiner'))) return false;
        if (!sameSentence && next && /^(?:on|of|for)$/i.test(next.text)) return false;
      }
      return true;
    };
    for (const p of doc.paragraphs) {
      const inTitle = doc.title !== null && p.start === doc.title.start;
      if (!inTitle && p.end <= doc.headerEnd) continue;
      out.push(...findEventMentions(p.text, p.start, p.index, inTitle, isVerbAt).filter((m) => !bodyName(m)));
      out.push(...findVerbEvents(p.text, p.start, p.index, inTitle));
      brands.push(...findBrandEvents(p.text, p.start, p.index, inTitle));
    }
    // "the opening of the Pacific Ocean Summit 2025": the opening of an event is that event's first day
    for (const [k, m] of out.entries()) {
      const of = m.proper && m.noun === 'opening' ? /^(?:(?:official|grand|formal)\s)?opening of (?:the\s)?/i.exec(m.name) : null;
      if (!of) continue;
      const object = m.name.slice(of[0].length);
      const head = object.replace(/\s(?:19|20)\d{2}$/, '').split(/\s+/).pop()!.toLowerCase();
      const type = EVENT_NOUNS[head];
      if (!type) continue;
      const start = m.start + of[0].length;
      out[k] = { ...m, start, text: object, name: object, type, noun: head };
    }
    // "Leaders from 18 Pacific Islands Forum member countries": a body's name before its members is no event
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]!;
      if (m.proper && MEMBERS_AFTER.test(doc.text.slice(m.end, m.end + 20))) out.splice(k, 1);
      // "the rally organised by the Congress of Independent Unions": a head that names bodies too, as the agent, is the body
      else if (m.proper && ORG_HEADS.has(m.noun) && AGENT_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start))) out.splice(k, 1);
    }
    // (a name found from its apposition goes before the phrase, where the text has it: clustering reads in order)
    insertInOrder(out, namedInApposition(doc.text, out));
    insertInOrder(out, namedByOwnedEvent(doc, out));
    // (a brand's event name only where no other name covers it: "Quillon DevSummit 2025, its annual developer conference")
    insertInOrder(out, brands.filter((b) => !out.some((o) => o.start < b.end && b.start < o.end)));
    markAppositives(doc.text, out);
    typeFromEarlierCompound(out);
    return out;
  },
});

/** "organised by the ", "hosted by ": what follows is who does it. */
const AGENT_BEFORE = /\b(?:organi[sz]ed|hosted|convened|sponsored|run|led|called|supported|funded)\s(?:jointly\s)?by\s(?:the\s)?$/i;
/** After a body's name used as a modifier: "Forum member countries", "Forum members", "Forum secretariat". */
const MEMBERS_AFTER = /^\s(?:member\s(?:countries|states|nations|economies|governments|organi[sz]ations)|members|secretariat|countries|leaders)\b/;

/** Puts each of `added` among `mentions` where the text has it (clustering reads mentions in order). */
function insertInOrder(mentions: EventMention[], added: readonly EventMention[]): void {
  for (const named of added) {
    const at = mentions.findIndex((o) => o.start > named.start);
    mentions.splice(at < 0 ? mentions.length : at, 0, named);
  }
}

/** ", the company's annual conference", ", its yearly forum", ", a 24-hour contest": a common phrase set beside a name just before it. */
const APPOSITION_GAP = /^,\s(?:(?:the|its|their|our|his|her)\s(?:[\p{Lu}][\p{L}&.-]*(?:\s[\p{Lu}][\p{L}&.-]*){0,3}[’']s\s)?|an?\s[\p{L}\d]+-[\p{L}]+\s|(?:the\s)?(?:[\p{Lu}][\p{L}&.-]*(?:\s[\p{Lu}][\p{L}&.-]*){0,3}|company|organi[sz]ation|association|group|agency|ministry|university|network|council|society|foundation|firm)[’']s\s)$/u;

/** ", its annual developer ", ", the company's yearly ": an owner's phrase before a common event noun set beside a name. */
// (or an indefinite one: "Verses Without Borders, a free online poetry festival")
// (or a definite one with a measure: "HackHarbour 2024, the 36-hour hackathon run by ...")
// (or a named owner's: "HackGreen, the University's annual sustainability hackathon")
const OWNED_APPOSITION = /,\s(?:its|their|our|an?|the(?=\s[\d\p{Ll}-]+-(?:hour|day|week|month|night)\s)|the\s(?:company|organi[sz]ation|association|group|agency|ministry|university|network|council|society|foundation|firm|club|institute|country|nation|city|region|world|continent)[’']s|(?:the\s)?\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}[’']s)\s(?:[\p{Ll}\d][\p{L}\d-]*\s){0,4}$/u;
/** " is Zentrafy's annual open ", " was the city's first ": a name said to be the event noun that follows. */
const COPULA_GAP = /^\s(?:is|was)\s(?:(?:the|its|their|our|an?)\s|\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,3}[’']s\s)(?:[\p{Ll}\d][\p{L}\d-]*\s){0,3}$/u;
/** The word before a name that an apposition says is an event: a verb of holding it, or "at". */
// ("opened registration for Corvane Build 2025, its annual developer conference", "came together for X, a ...", "notes from X, ...")
const HOLDING_BEFORE = /^(?:hosted|hosts|hosting|held|holds|holding|organi[sz]ed|organi[sz]es|staged|stages|opened|opens|launched|convened|convenes|off|presented|presents|at|attended|attend|during|for|to|from|joined)$/;
const MAX_APPOSED_NAME_WORDS = 6;

/** Where a capitalised name (a year may close it) ending at `end` starts, when a verb of holding it or "at" stands before it. */
function heldNameBefore(text: string, end: number, opening = false): number | null {
  const before = wordsOf(text.slice(Math.max(0, end - 120), end), Math.max(0, end - 120));
  let k = before.length;
  // ("opened Warp and Weft, an exhibition of ...": a title's small words between two capitalised ones)
  // (not a preposition after a date: "on Sunday 16 March for TideHack 2025")
  const titleJoiner = (q: number): boolean => /^(?:and|of|the|&|for)$/.test(before[q]!.text) && q + 1 < before.length && isCapitalised(before[q + 1]!) && q > 0 && isCapitalised(before[q - 1]!) && !isDateWord(before[q - 1]!);
  while (k > 0 && before.length - k < MAX_APPOSED_NAME_WORDS && (isCapitalised(before[k - 1]!) || /^(?:19|20)\d{2}$/.test(before[k - 1]!.text) || (k < before.length && titleJoiner(k - 1))) &&
    (k === before.length || /^ $/.test(text.slice(before[k - 1]!.end, before[k]!.start)))) k--;
  // ("the third edition of Verses Without Borders": the edition of a name is held)
  const editionOf = (before[k - 1]?.lower === 'of' && /^(?:edition|instalment|installment)$/.test(before[k - 2]?.lower ?? '')) ||
    // ("took part in FloodHack, a 36-hour hackathon", "competed in X, a ..."): taking part in a name
    (before[k - 1]?.lower === 'in' && /^(?:part|participated|participate|participating|competed|compete|competing|joined)$/.test(before[k - 2]?.lower ?? ''));
  // ("MANILA — PixelCon 2025, the country's largest gaming convention, closed": the name opens the sentence)
  const opens = opening && k < before.length && SENTENCE_OPENING.test(text.slice(Math.max(0, (before[k - 1]?.end ?? before[k]!.start - 4)), before[k]!.start));
  // ("the Kuwait Institute for Scientific Research, a staff reunion": a joiner inside a body's name holds nothing)
  const joinerInName = /^(?:for|to|from)$/.test(before[k - 1]?.lower ?? '') && !!before[k - 2] && isCapitalised(before[k - 2]!) && !isDateWord(before[k - 2]!) && !/^\d/.test(before[k - 2]!.text);
  if (k === before.length || !isCapitalised(before[k]!) || joinerInName || !(HOLDING_BEFORE.test(before[k - 1]?.lower ?? '') || editionOf || opens)) return null;
  return before[k]!.start;
}
/** What stands right before a name that opens a sentence: a full stop, a dateline's dash, a line break. */
const SENTENCE_OPENING = /(?:^|[.!?]\s|\s[—–]\s?|\s--\s?|\n)$/;

/**
 * "hosted BuildWeek 2026, its annual developer conference": a capitalised name no event noun marks, which the
 * owner's common phrase in apposition says is an event. Each becomes a proper mention of the phrase's type, and
 * the phrase is marked as set beside it (the same event).
 */
function namedInApposition(text: string, mentions: EventMention[]): EventMention[] {
  const out: EventMention[] = [];
  for (const m of mentions) {
    if (m.proper || m.generic || m.plural) continue;
    const gap = OWNED_APPOSITION.exec(text.slice(Math.max(0, m.start - 80), m.start));
    // (a definite phrase only as ", the 48-hour hackathon": otherwise "the" refers back to an event named before)
    if (!gap || (m.definite && !/^,\s(?:the)\s/.test(gap[0]))) continue;
    const end = m.start - gap[0].length;
    // (a name may open the sentence before an owner's phrase: "Pixels for Paws, our annual charity marathon, ran ...")
    const start = heldNameBefore(text, end, /[’']s\s|^,\s(?:our|its|their)\s/.test(gap[0]));
    if (start === null) continue;
    // ("has launched Walls That Spoke, an online exhibition": the name is the exhibition's, not a launch's object)
    const launched = mentions.findIndex((o) => o.start === start && o.end === end && !o.proper && o.name.startsWith('launch of '));
    if (launched >= 0) mentions.splice(launched, 1);
    if (mentions.some((o) => o.start < end && o.end > start)) continue;
    const name = text.slice(start, end);
    out.push({ start, end, text: name, name, type: m.type, proper: true, noun: m.noun, definite: false, generic: false, plural: false, inTitle: m.inTitle, paragraph: m.paragraph });
    m.besideStart = start;
  }
  return out;
}

/** ", the company's annual product event", ", its yearly customer gathering": an owner's "event" set beside a name. */
const OWNED_EVENT = /,\s(?:its|their|our|the\s(?:company|firm|organi[sz]ation|group|association|club|network|university|institute)[’']s)\s((?:[\p{Ll}\d][\p{L}\d-]*\s){0,3})(?:event|gathering|showcase|get-together)\b/gu;

/** What kind of event an owner's "X event" is, by its modifiers: a product event is a launch, a customer event a conference. */
function ownedEventType(modifiers: string): EventType {
  if (/\b(?:product|launch|release)\b/.test(modifiers)) return 'launch';
  if (/\b(?:developers?|customers?|users?|partners?|technology|tech|industry|flagship)\b/.test(modifiers)) return 'conference';
  return 'other';
}

/**
 * "at LaunchPad 2025, the company's annual product event": "event" is too weak a noun to be a mention of
 * its own, but set beside a capitalised name after a verb of holding it (or "at"), it says that name is one.
 */
function namedByOwnedEvent(doc: Context['doc'], mentions: readonly EventMention[]): EventMention[] {
  const { text } = doc;
  const out: EventMention[] = [];
  OWNED_EVENT.lastIndex = 0;
  for (let m = OWNED_EVENT.exec(text); m; m = OWNED_EVENT.exec(text)) {
    const end = m.index;
    const start = heldNameBefore(text, end);
    if (start === null) continue;
    if (mentions.some((o) => o.start < end && o.end > start)) continue;
    const name = text.slice(start, end);
    const paragraph = doc.paragraphs.find((p) => p.start <= start && start < p.end);
    if (!paragraph || paragraph.end <= doc.headerEnd) continue;
    out.push({ start, end, text: name, name, type: ownedEventType(m[1] ?? ''), proper: true, noun: 'event', definite: false, generic: false, plural: false, inTitle: false, paragraph: paragraph.index });
  }
  return out;
}

/**
 * "the first training session ... the second session": a weak noun alone takes the type of the compound it
 * shortens, written before it ("training session" is a training, so is its "second session").
 */
function typeFromEarlierCompound(mentions: EventMention[]): void {
  const compounds = new Map<string, EventType>();
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const words = m.noun.split(' ');
    if (words.length > 1) compounds.set(words[words.length - 1]!, m.type);
    else if (!m.proper && WEAK_EVENT_NOUNS.has(m.noun)) m.type = compounds.get(m.noun) ?? m.type;
  }
}

/** The words between two ceremonies of one occasion: "... on Friday with a ". */
const CEREMONY_WITH = /^[^.!?]{0,80}\swith\san?\s$/;

/** Marks each common phrase that stands in apposition to the event mention right before it (same event). */
function markAppositives(text: string, mentions: EventMention[]): void {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let k = 1; k < sorted.length; k++) {
    const m = sorted[k]!;
    if (m.proper || m.generic || m.plural) continue;
    // the mention that ends last before this one (a launch's shorter object may start at the same word)
    let p: EventMention | undefined;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) if (sorted[j]!.end <= m.start && (!p || sorted[j]!.end > p.end)) p = sorted[j];
    if (!p || m.start - p.end > 60) continue;
    const gap = text.slice(p.end, m.start);
    // ("BrindleConf 2024, our third annual developer conference": an owner's phrase beside a proper name)
    // ("HackOrbit is Zentrafy's annual open hackathon": the same said with "is")
    if (APPOSITION_GAP.test(gap) || (p.proper && (OWNED_APPOSITION.exec(gap)?.index === 0 || COPULA_GAP.test(gap)))) m.besideStart = p.start;
    // "celebrated the grand opening of its plant on Friday with a ribbon-cutting ceremony": one ceremony
    else if (m.type === 'ceremony' && p.type === 'ceremony' && CEREMONY_WITH.test(gap)) m.besideStart = p.start;
  }
}

/** The phrase without trailing spaces and commas (a loop: `/[\s,]+$/` backtracks on long runs of spaces). */
function trimTrailingCommas(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === ',' || /\s/.test(s[end - 1]!))) end--;
  return s.slice(0, end);
}
