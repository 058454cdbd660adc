/**
 * Attendee cues and category nouns. A cue opens a list of categories ("attended by X, Y and Z");
 * a category noun alone, with a number or a "from ..." qualifier, names one ("40 participants
 * from 20 countries").
 */

/** Phrases after which the categories that took part are listed. Matched case-insensitively, linear. */
export const ATTENDEE_LIST_CUES: readonly RegExp[] = [
  /\b(?:well[- ])?attended by\s+/gi,
  /\bbr(?:ought|ing|ings|inging) together\s+/gi,
  /\bwill host\s+(?=representatives|delegates|participants|officials)/gi,
  /\b(?:session|training|workshop|course|seminar|programme|program|event|meeting|briefing|lecture|class|forum)s? for\s+(?=[a-z])/gi,
  /\b(?:involv(?:e|es|ed|ing)|gather(?:s|ed|ing)?|connect(?:s|ed|ing)? [^,.;]{1,40}? with|engag(?:e|es|ed|ing)|convened|trained|welcom(?:e|es|ed|ing))\s+(?=(?:(?:some|about|around|over|more than|nearly|almost|at least)\s+)?(?:\d[\d,]*|[a-z]+ \(\d+\))\s)/gi,
  /\b(?:delegation|group|team|party) (?:consisted|consists|consisting|comprised|comprising|was composed|composed|included|including) (?:of\s+)?/gi,
  /\bwith participants from\s+/gi,
  // "invites residents and business owners to a town hall meeting"
  /\binvit(?:es|ed|e|ing)\s+(?=[a-z][a-z ,'’-]{2,80}?\sto\s(?:a|an|the|its|our|their)\s)/gi,
  /\b(?:participants|attendees|delegates|guests|audience)(?:,? who)? (?:included|includes|include|comprised) /gi,
  // "with more than 200 parents and teachers joining via Zoom": a counted group that took part
  /\bwith\s+(?=(?:(?:some|about|around|over|more than|nearly|almost|at least)\s+)?\d[\d,]*\s+[a-z][a-z ]{0,40}?\s(?:joining|attending|taking part|participating|in attendance|tuning in)\b)/gi,
  /\bamong (?:the )?(?:participants|attendees|guests|delegates) were\s+/gi,
  /\bparticipants (?:were|came) from\s+/gi,
  /\bplatform for [a-z ]{0,30}?, including\s+/gi,
  /\bfor (?=(?:selected |the )?(?:personnel|delegates|officials|participants|representatives|officers|practitioners|prosecutors|students|members|journalists|staff) (?:of|from)\b)/gi,
  /^WHO:\s*/gm,
  /\bWHO:\s*/g,
];

/** List cues whose categories must hold an attendee noun (a number or a generic noun follows them). */
export const NOUN_REQUIRED_CUES: ReadonlySet<number> = new Set([3, 4]);

/** Nouns that name a category of attendees; used to find "N participants from X" and subjects of "attended". */
export const ATTENDEE_NOUNS: ReadonlySet<string> = new Set([
  'participants', 'delegates', 'officials', 'representatives', 'guests', 'attendees', 'members', 'ministers',
  'prosecutors', 'officers', 'personnel', 'practitioners', 'students', 'experts', 'leaders', 'journalists',
  'parliamentarians', 'legislators', 'stakeholders', 'diplomats', 'agencies', 'organizations', 'organisations',
  'governments', 'authorities', 'investigators', 'judges', 'staff', 'executives', 'customers', 'youth', 'people',
  'volunteers', 'researchers', 'academics', 'teachers', 'trainees', 'media', 'delegations', 'embassies',
  'ngos', 'institutions', 'partners', 'enforcers', 'workers', 'employees', 'residents', 'visitors',
  'parents', 'educators', 'clinicians', 'nurses', 'doctors', 'farmers', 'entrepreneurs', 'alumni', 'advocates',
]);

/** Category nouns that open "X from A, B and C" ("officials from ...", "participants from ..."). */
export const FROM_NOUNS = /\b(?:(?:delegates|delegations|participants|representatives|officials|officers|personnel|parliamentarians|legislators|practitioners|ministers|students|journalists|guests)\s+(?:coming\s+)?from|(?:delegates|representatives|officials|personnel)\s+of)\s+/gi;

/** Number words for counts written out ("sixteen (16) Prosecutors"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
