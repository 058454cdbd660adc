/**
 * Where the record's dates and places were read. The record gives spans for names, agents,
 * attendees, speakers and quotations but not for dates and places; the date and place
 * recognisers' mentions (seen through `extract`'s `debug` option) say where those were written.
 */
import type { ExtractOptions } from '../context.js';

/** A date written in the text: its span and the ISO value(s) the date recogniser read. */
export interface DateEvidence {
  start: number;
  end: number;
  /** ISO date (or date-time, or `--MM-DD`) of the first day. */
  iso: string;
  /** ISO date of the last day of a range, else null. */
  isoEnd: string | null;
}

/** A place written in the text: its span and the name the place recogniser read. */
export interface PlaceEvidence {
  start: number;
  end: number;
  name: string;
}

export interface ReviewEvidence {
  dates: DateEvidence[];
  places: PlaceEvidence[];
}

export const NO_EVIDENCE: ReviewEvidence = { dates: [], places: [] };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/**
 * The debug hook and what it saw. Mentions are read by shape, not by type, so a recogniser that
 * changes its mention type leaves highlights out rather than breaking the page. Publication
 * dates and origins ("participants from X") are left out: they are never an event's date or place.
 */
export function evidenceCollector(): { debug: NonNullable<ExtractOptions['debug']>; evidence: ReviewEvidence } {
  const evidence: ReviewEvidence = { dates: [], places: [] };
  const debug = (stage: string, items: readonly unknown[]): void => {
    if (stage === 'dates') {
      for (const m of items) {
        if (!isObject(m) || !isOffset(m.start) || !isOffset(m.end) || typeof m.iso !== 'string' || m.published === true) continue;
        evidence.dates.push({ start: m.start, end: m.end, iso: m.iso, isoEnd: typeof m.isoEnd === 'string' ? m.isoEnd : null });
      }
    } else if (stage === 'places') {
      for (const m of items) {
        if (!isObject(m) || !isOffset(m.start) || !isOffset(m.end) || typeof m.name !== 'string' || m.cue === 'from') continue;
        evidence.places.push({ start: m.start, end: m.end, name: m.name });
      }
    }
  };
  return { debug, evidence };
}
