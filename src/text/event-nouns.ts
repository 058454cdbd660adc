/**
 * Lookups in the event lexicons that the event recogniser and the role resolver share: whether a word,
 * singular or plural, is an event noun of a given sort.
 */
import { EVENT_NOUNS, WEAK_EVENT_NOUNS } from '../lexicons/events.js';
import { ORGANISED_EVENT_NOUNS } from '../lexicons/roles.js';

/** Singular forms to try for a plural: "meetings", "courses", "ceremonies", "launches". */
export const singularForms = (s: string): string[] =>
  s.endsWith('ies') ? [`${s.slice(0, -3)}y`] : s.endsWith('es') ? [s.slice(0, -1), s.slice(0, -2)] : s.endsWith('s') && !s.endsWith('ss') ? [s.slice(0, -1)] : [];

/** Whether the lexicon gives the noun a type of its own ("hackathon"), unlike a generic one ("event"). */
const hasType = (w: string): boolean => Object.hasOwn(EVENT_NOUNS, w) && EVENT_NOUNS[w] !== null;

/** An event noun that says what kind of event it is ("summit", "workshops"), neither generic ("event") nor weak ("session"). */
export function isTypedEventNoun(word: string): boolean {
  return [word, ...singularForms(word)].some((k) => hasType(k) && !WEAK_EVENT_NOUNS.has(k));
}

/** An event noun an organiser's verb takes as its object, singular or plural ("forums", "trainings"; not "symposia"). */
export function isOrganisedEventNoun(word: string): boolean {
  const w = word.toLowerCase();
  return [w, ...(w.length >= 4 ? singularForms(w) : [])].some((k) => ORGANISED_EVENT_NOUNS.has(k) || hasType(k));
}
