/** Participant counts: "attended by 57 participants", "more than 30 participants", "over a hundred officials". */
import { isPeopleNoun, NOT_ATTENDING_COUNT } from '../lexicons/attendees.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, 'a hundred': 100, 'one hundred': 100, hundred: 100,
  'a thousand': 1000, 'one thousand': 1000, dozen: 12, 'a dozen': 12, 'two dozen': 24,
  // "Four hundred of you joined us", "two thousand fans": the hundreds and thousands written out
  ...Object.fromEntries(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].flatMap((u, k) => [[`${u} hundred`, (k + 2) * 100], [`${u} thousand`, (k + 2) * 1000]])),
};

/** Nouns for people taking part: a count before one of them is a participant count. */
export const PARTICIPANT_NOUNS =
  '(?:participants?|attendees?|delegates?|delegations?|guests?|officials?|officers?|representatives?|people|persons|members|' +
  'prosecutors?|judges?|investigators?|practitioners?|experts?|stakeholders?|students?|leaders?|trainees?|professionals?|' +
  'personnel|staff|policymakers|parliamentarians|legislators|journalists|youths?|women|participating\\s+\\w+|security\\s+forces|forces|visitors|' +
  'law\\s+enforcers?|teachers?|health\\s+workers?|workers|farmers|fishers|volunteers|advocates|partners|police\\s+officers?|agents|' +
  // "more than 400 of you took part": a blog's readers, addressed
  'of\\s+you)';

const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const QUALIFIER = '(?<q>more\\s+than|over|some|about|around|nearly|almost|approximately|roughly|at\\s+least|as\\s+many\\s+as|up\\s+to|close\\s+to|an\\s+estimated)';
export const COUNT = new RegExp(
  `(?<![\\p{L}\\d,.])(?:${QUALIFIER}\\s+)?(?<n>\\d{1,3}(?:,\\d{3})*|\\d+|${NUMBER_WORD})(?:\\s*\\(\\d{1,5}\\))?\\s+` +
    `(?:(?!from\\b|of\\b|in\\b|countries\\b|organi[sz]ations\\b|agencies\\b|nations\\b|states\\b|institutions\\b|sessions\\b|days?\\b|years?\\b)[\\p{L}'’-]+\\s+){0,4}?${PARTICIPANT_NOUNS}\\b`,
  'giu',
);

const VAGUE_BEFORE = /\b(?:several|a few|few|many|some)\s$/i;

/** Nouns that are a head count on their own; other nouns ("officials", "members") need a cue. */
const STRONG_NOUN = /(?:participants?|attendees?|delegates?|trainees?|guests?)$/i;
const CUE_BEFORE = /\b(?:attended by|brought together|bringing together|bring together|gathered|gathering|convened|convening|with|for|trained|training|connecting|engaged|including|joined by|group of|total of|welcomed|welcoming|hosted|among|featured|featuring|drew|drawing|attracted|attracting|reached|reaching|crowd of|audience of|turnout of|in front of)\s+$/i;
const CUE_AFTER = /^[^.!?]{0,160}?\b(?:attended|participated|took part|joined|gathered|convened|met|engaged|registered|were trained|(?:have|has|had) been trained|completed|graduated|watched|tuned in|heard|marched|rallied|paraded|protested|took turns|filled|packed|crowded|squeezed|poured|signed up|turned out|turned up|passed through|flocked|(?:are|is|were) expected|received (?:their |a |the )?(?:[a-z-]+ )?certificates?)\b/i;

// Every count starts with a digit or a number word: text with neither is not scanned with COUNT
// (a 'giu' pattern, which V8 tries slowly at every position).
const MAY_COUNT = new RegExp(`\\d|\\b(?:${NUMBER_WORD})\\b`, 'i');

/**
 * People nouns that PARTICIPANT_NOUNS does not list, read by a plain pattern of their own: "more
 * than 4,000 registrants", "100 community mid-wives", "28 facilitators", "600 viewers".
 */
const MORE_NOUNS: ReadonlySet<string> = new Set([
  'registrants', 'facilitators', 'midwives', 'mid-wives', 'nurses', 'doctors', 'physicians', 'scholars', 'researchers', 'scientists',
  'academics', 'entrepreneurs', 'viewers', 'learners', 'educators', 'athletes', 'children', 'residents', 'mentors', 'coaches',
  'exhibitors', 'panelists', 'panellists', 'investors', 'founders', 'developers', 'engineers', 'fishermen', 'artists', 'writers',
  'poets', 'readers', 'listeners', 'spectators', 'fans', 'runners', 'cyclists', 'vendors', 'traders', 'farmers', 'scouts',
]);

/** Plural nouns of bodies that isPeopleNoun also knows: a count of them is no head count ("130 governments", "450 companies"). */
const BODY_PLURALS: ReadonlySet<string> = new Set([
  'agencies', 'organizations', 'organisations', 'governments', 'authorities', 'embassies', 'ngos', 'institutions', 'companies',
  'firms', 'businesses', 'universities', 'schools', 'teams', 'clubs', 'associations', 'unions', 'cooperatives', 'federations',
  'networks', 'groups', 'committees', 'councils', 'bodies', 'departments', 'ministries', 'delegations', 'media', 'public',
  'countries', 'nations', 'states', 'economies', 'partners', 'exhibitors', 'sponsors', 'suppliers', 'manufacturers', 'producers',
]);
/** Whether a word names people a count of whom is a head count: one of MORE_NOUNS, or an agent noun that is no body's. */
const isCountedPeople = (noun: string): boolean => MORE_NOUNS.has(noun) || (isPeopleNoun(noun) && !BODY_PLURALS.has(noun));

/** A word without the punctuation that closes it ("nurses," -> "nurses"). */
function trimPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && '.,;:!?)"”’'.includes(word[end - 1]!)) end--;
  return word.slice(0, end);
}

/** "more than 4,000 registrants", "100 community mid-wives": a number at most two words before one of MORE_NOUNS. A word scan. */
function morePeople(text: string): { at: number; end: number; n: number; noun: string }[] {
  const words = [...text.matchAll(/\S+/g)];
  const out: { at: number; end: number; n: number; noun: string }[] = [];
  words.forEach((w, i) => {
    const noun = trimPunctuation(w[0].toLowerCase());
    if (!isCountedPeople(noun)) return;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const n = wordNumber(words[k]![0]);
      if (n === null) {
        // the words between the number and the noun are plain words ("community", "school")
        if (!/^[A-Za-z-]+$/.test(words[k]![0])) return;
        continue;
      }
      // "a hundred": the article belongs to the number
      const at = n === 100 && /^(?:a|one)$/i.test(words[k - 1]?.[0] ?? '') ? words[k - 1]!.index : words[k]!.index;
      out.push({ at, end: w.index + w[0].length, n, noun });
      return;
    }
  });
  return out;
}

/** Nouns of MORE_NOUNS that may count their sentence's subject with no other cue ("Sixty nurses ... "). */
const OPENING_NOUNS = /^(?:registrants|facilitators|mid-?wives|nurses|doctors|physicians|scholars|researchers|scientists|academics|entrepreneurs|viewers|learners|educators|athletes|children|residents|mentors|coaches|exhibitors|panel+ists)$/i;
/** Nouns of MORE_PEOPLE that are a head count on their own. */
const STRONG_MORE = /registrants$/i;
/** "The participants, 227 in total, ...": a stated total, preferred to rounder counts ("more than 200 people"). */
const IN_TOTAL = /\b(?<n>\d[\d,]{0,8})\s(?:[a-z]+\s)?in\stotal\b/gi;
/** "In all, some 450 people", "the total number of participants to 66", "a total attendance of 1,200". */
const TOTAL_SAID = /\bIn all,\s(?:(?:some|about|around|nearly|almost|more than|over)\s)?(?<a>\d{1,3}(?:,\d{3})*|\d+)\s(?:people|participants|attendees|delegates|visitors)\b|\btotal (?:number of (?:participants|attendees|delegates|people)|attendance|turnout) (?:to|of|was|stood at|reached) (?<b>\d{1,3}(?:,\d{3})*|\d+)\b/gi;
const TOTAL_CONTEXT = /\b(?:participants|attendees|delegates|trainees|people|members|representatives)\b/i;
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "4,000", "twenty-eight", "hundred" as a number, else null. */
function wordNumber(raw: string): number | null {
  const w = raw.toLowerCase();
  if (/^\d/.test(w)) return /^\d{1,3}(?:,\d{3})*$|^\d{1,7}$/.test(w) ? Number(w.replace(/,/g, '')) : null;
  const [tens, unit] = w.split('-');
  const n = unit ? (TENS[tens!] ?? 0) + (NUMBER_WORDS[unit] ?? 0) : NUMBER_WORDS[w];
  return n === undefined || !Number.isFinite(n) ? null : n;
}


interface Candidate {
  at: number;
  n: number;
  total: boolean;
}

/** A count's value and where it starts: "twenty-eight" is 28, from "twenty" on. */
function valueAt(text: string, at: number, raw: string): { n: number; at: number } | null {
  const word = raw.toLowerCase().replace(/\s+/g, ' ');
  let n = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : NUMBER_WORDS[word];
  if (n === undefined || !Number.isFinite(n)) return null;
  if (n < 10 && text[at - 1] === '-') {
    // the word before the hyphen: "twenty-eight"
    const word = text.slice(Math.max(0, at - 9), at - 1).split(/[^A-Za-z]/).pop() ?? '';
    const t = TENS[word.toLowerCase()];
    if (t) return { n: t + n, at: at - 1 - word.length };
  }
  return { n, at };
}

const QUALIFIER_AT_END = /(?:^|\s)(?:more than|over|some|about|around|nearly|almost|approximately|roughly|at least|as many as|up to|close to|an estimated)$/i;

/** Whether a count stands as the subject at the start of a sentence ("Two hundred teachers have been trained ...", "Over 100 young people will ..."). */
function opensSentence(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at);
  const rest = window.replace(QUALIFIER_AT_END, '');
  const trimmed = rest.trimEnd();
  if (rest.slice(trimmed.length).includes('\n')) return true;
  if (!trimmed) return at - window.length === 0;
  return '.!?:"”'.includes(trimmed[trimmed.length - 1]!);
}

/** The first participant count in `text`, or null; a stated total ("227 in total", "a total of 65") first. Word numbers and "over a hundred" are read. */
export function readParticipantCount(text: string, skip: (at: number) => boolean = () => false): number | null {
  if (!MAY_COUNT.test(text)) return null;
  const found: Candidate[] = [];
  for (const m of text.matchAll(COUNT)) {
    if (skip(m.index!)) continue;
    const value = valueAt(text, m.index! + m[0].indexOf(m.groups!.n!), m.groups!.n!);
    if (!value) continue;
    // "Several hundred workers", "a few thousand fans": a round number said vaguely is no count
    if (VAGUE_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index!)) && /^(?:hundred|thousand|dozen)$/i.test(m.groups!.n!)) continue;
    const start = m.groups!.q ? m.index! : value.at;
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(m.index! + m[0].length);
    if (!STRONG_NOUN.test(m[0]) && !CUE_BEFORE.test(before) && !CUE_AFTER.test(after) && !opensSentence(text, start)) continue;
    found.push({ at: start, n: value.n, total: /total of\s+$/i.test(before) });
  }
  for (const m of morePeople(text)) {
    if (skip(m.at) || found.some((c) => c.at === m.at)) continue;
    const before = text.slice(Math.max(0, m.at - 40), m.at).trimEnd().replace(QUALIFIER_AT_END, ' ');
    const after = text.slice(m.end);
    // (a noun of MORE_NOUNS may open its sentence; any other agent noun needs a cue: "4 promising developers presented ..." were on stage)
    if (!STRONG_MORE.test(m.noun) && !CUE_BEFORE.test(before) && !CUE_AFTER.test(after) && !(OPENING_NOUNS.test(m.noun) && opensSentence(text, m.at))) continue;
    // ("Several hundred dock workers": a round number said vaguely is no count)
    if (VAGUE_BEFORE.test(text.slice(Math.max(0, m.at - 12), m.at)) && m.n % 100 === 0) continue;
    // "the plant will employ about 1,100 people": jobs and capacity, not who came
    if (NOT_ATTENDING_COUNT.test(text.slice(Math.max(0, m.at - 40), m.at))) continue;
    found.push({ at: m.at, n: m.n, total: false });
  }
  // "In all, some 450 people took part", "bringing the total number of participants to 66"
  for (const m of /\b(?:in all|total)\b/i.test(text) ? text.matchAll(TOTAL_SAID) : []) {
    if (skip(m.index!)) continue;
    found.push({ at: m.index!, n: Number((m.groups!.a ?? m.groups!.b)!.replace(/,/g, '')), total: true });
  }
  for (const m of /in\stotal/i.test(text) ? text.matchAll(IN_TOTAL) : []) {
    if (skip(m.index!) || !TOTAL_CONTEXT.test(text.slice(Math.max(0, m.index! - 60), m.index!))) continue;
    found.push({ at: m.index!, n: Number(m.groups!.n!.replace(/,/g, '')), total: true });
  }
  // a year or a small ordinal-like number is not a head count
  const usable = found.filter((c) => c.n >= 2 && !(c.n >= 1900 && c.n <= 2100)).sort((a, b) => a.at - b.at);
  return (usable.find((c) => c.total) ?? usable[0])?.n ?? null;
}
