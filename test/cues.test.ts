/**
 * Skip tests (the attendee list cues' and the attendance mode's cue words): wherever one cue of a list matches, the
 * skip test must say yes, or an attendee list or an attendance mode would be lost. Checked on every
 * sentence of the fixtures and on arbitrary strings built from the cues' own words.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document.js';
import { ATTENDEE_CUE_WORDS, ATTENDEE_LIST_CUES } from '../src/lexicons/attendees.js';
import { MIXED_CUES, MODE_CUE_WORDS, OFFLINE_CUES, ONLINE_CUES, PARTLY_ONLINE_CUES } from '../src/lexicons/events.js';
import { fixture, fixturePath } from './helpers.js';

const LISTS: Record<string, { cues: readonly RegExp[]; skip: (text: string) => boolean }> = {
  'ATTENDEE_CUE_WORDS': { cues: ATTENDEE_LIST_CUES, skip: (t) => ATTENDEE_CUE_WORDS.test(t) },
  'MODE_CUE_WORDS': { cues: [...MIXED_CUES, ...ONLINE_CUES, ...PARTLY_ONLINE_CUES, ...OFFLINE_CUES], skip: (t) => MODE_CUE_WORDS.test(t) },
};

const matchesOne = (cues: readonly RegExp[], text: string) =>
  cues.some((cue) => {
    cue.lastIndex = 0;
    const hit = cue.test(text);
    cue.lastIndex = 0;
    return hit;
  });

const sentences = readdirSync(fixturePath('.'))
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => new Document(fixture(f)).sentences.map((s) => s.text));

describe('cue words', () => {
  for (const [name, { cues, skip: any }] of Object.entries(LISTS)) {
    it(`${name}: says yes on every fixture sentence where a cue matches, and skips some`, () => {
      let matched = 0;
      for (const s of sentences) {
        if (!matchesOne(cues, s)) continue;
        matched++;
        expect(any(s), s).toBe(true);
      }
      expect(sentences.some((s) => !any(s))).toBe(true);
      expect(matched).toBeGreaterThan(0);
    });

    it(`${name}: never says no where a cue matches, on strings made of the cues' words`, () => {
      const vocabulary = [...new Set(cues.flatMap((c) => c.source.match(/[A-Za-z]{2,}/g) ?? []))];
      const text = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(' ', ', ', 'the ', 'The ', 'X ', '-', '\n')), { maxLength: 14 }).map((parts) => parts.join(' '));
      fc.assert(fc.property(text, (t) => !matchesOne(cues, t) || any(t)), { numRuns: 400 });
    });
  }
});
