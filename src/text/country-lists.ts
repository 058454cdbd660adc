/** Lists of countries after a name ("ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone"). */
import { gazetteerLookup } from '../lexicons/places.js';
import type { Run } from './runs.js';

// ", Ghana, Liberia and Sierra Leone": more places listed after a name that ends with one.
const PLACE_LIST_AFTER = /^(?:,\s?[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,2}){0,8},?\s(?:and|&)\s[\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*){0,2}/u;

/**
 * "ILO Country Office for Nigria, Ghana, Liberia and Sierra Leone": a body serving several countries
 * names them all. The length of the list of known places after `run` (0 when there is none).
 */
export function countryListAfter(text: string, run: Run): number {
  const last = run.words[run.words.length - 1]!;
  const beforeLast = run.words[run.words.length - 2];
  if (!beforeLast || !/^(?:for|of|in)$/i.test(beforeLast.text)) return 0;
  return countryListAt(text, last.start, run.end);
}

/** The length of ", B, C and D" after the country that runs from `start` to `end` (0 when they are not all countries). */
export function countryListAt(text: string, start: number, end: number): number {
  if (gazetteerLookup(text.slice(start, end))?.kind !== 'country') return 0;
  const m = PLACE_LIST_AFTER.exec(text.slice(end, end + 200));
  if (!m) return 0;
  const items = m[0].split(/,\s?|\s(?:and|&)\s/).map((x) => x.trim()).filter(Boolean);
  return items.every((x) => gazetteerLookup(x)?.kind === 'country') ? m[0].length : 0;
}
