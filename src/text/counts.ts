/** Participant counts: "attended by 57 participants", "more than 30 participants", "over a hundred officials". */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, 'a hundred': 100, 'one hundred': 100, hundred: 100,
  'two hundred': 200, 'three hundred': 300, 'a thousand': 1000, 'one thousand': 1000, dozen: 12, 'a dozen': 12, 'two dozen': 24,
};

/** Nouns for people taking part: a count before one of them is a participant count. */
export const PARTICIPANT_NOUNS =
  '(?:participants?|attendees?|delegates?|delegations?|guests?|officials?|officers?|representatives?|people|persons|members|' +
  'prosecutors?|judges?|investigators?|practitioners?|experts?|stakeholders?|students?|leaders?|trainees?|professionals?|' +
  'personnel|staff|policymakers|parliamentarians|legislators|journalists|youths?|women|participating\\s+\\w+|security\\s+forces|forces|visitors|' +
  'law\\s+enforcers?|teachers?|health\\s+workers?|workers|farmers|fishers|volunteers|advocates|partners|police\\s+officers?|agents)';

const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const QUALIFIER = '(?<q>more\\s+than|over|some|about|around|nearly|almost|approximately|roughly|at\\s+least|as\\s+many\\s+as|up\\s+to|close\\s+to|an\\s+estimated)';
export const COUNT = new RegExp(
  `(?<![\\p{L}\\d,.])(?:${QUALIFIER}\\s+)?(?<n>\\d{1,3}(?:,\\d{3})*|\\d+|${NUMBER_WORD})(?:\\s*\\(\\d{1,5}\\))?\\s+` +
    `(?:(?!from\\b|of\\b|in\\b|countries\\b|organi[sz]ations\\b|agencies\\b|nations\\b|states\\b|institutions\\b|sessions\\b|days?\\b|years?\\b)[\\p{L}'’-]+\\s+){0,4}?${PARTICIPANT_NOUNS}\\b`,
  'giu',
);

/** Nouns that are a head count on their own; other nouns ("officials", "members") need a cue. */
const STRONG_NOUN = /(?:participants?|attendees?|delegates?|trainees?|guests?)$/i;
const CUE_BEFORE = /\b(?:attended by|brought together|bringing together|bring together|gathered|gathering|convened|convening|with|for|trained|training|connecting|engaged|including|joined by|group of|total of|welcomed|hosted|among)\s+$/i;
const CUE_AFTER = /^[^.!?]{0,160}?\b(?:attended|participated|took part|joined|gathered|convened|met|engaged|registered|were trained|completed|graduated|(?:are|is|were) expected)\b/i;

// Every count starts with a digit or a number word: text with neither is not scanned with COUNT
// (a 'giu' pattern, which V8 tries slowly at every position).
const MAY_COUNT = new RegExp(`\\d|\\b(?:${NUMBER_WORD})\\b`, 'i');

/** The first participant count in `text`, or null. Word numbers and "over a hundred" are read. */
export function readParticipantCount(text: string, skip: (at: number) => boolean = () => false): number | null {
  if (!MAY_COUNT.test(text)) return null;
  for (const m of text.matchAll(COUNT)) {
    if (skip(m.index!)) continue;
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    const after = text.slice(m.index! + m[0].length);
    if (!STRONG_NOUN.test(m[0]) && !CUE_BEFORE.test(before) && !CUE_AFTER.test(after)) continue;
    const raw = m.groups!.n!.toLowerCase().replace(/\s+/g, ' ');
    const n = /^\d/.test(raw) ? Number(raw.replace(/,/g, '')) : NUMBER_WORDS[raw];
    if (n === undefined || !Number.isFinite(n)) continue;
    // a year or a small ordinal-like number is not a head count
    if (n >= 1900 && n <= 2100 && !/,/.test(raw)) continue;
    if (n < 2) continue;
    return n;
  }
  return null;
}
