/** Shared by the guard tests: record checks, hostile inputs and a noise-resistant timer. */
import { expect } from 'vitest';
import { ExtractionRecordSchema, type ExtractionRecord } from '../src/record.js';

/** Every `span` in a record, wherever it sits. */
export function spansOf(value: unknown, out: { start: number; end: number }[] = []): { start: number; end: number }[] {
  if (Array.isArray(value)) value.forEach((v) => spansOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'span') out.push(v as { start: number; end: number });
      else spansOf(v, out);
    }
  }
  return out;
}

/** The record is schema-valid and every span lies inside `text` (and is not empty). */
export function expectSoundRecord(record: ExtractionRecord, text: string): void {
  expect(ExtractionRecordSchema.parse(record)).toEqual(record);
  for (const s of spansOf(record)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.start).toBeLessThan(s.end);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
}

const WORDS = ['Alpha', 'Bravo', 'Council', 'Ministry', 'Delta', 'Regional', 'National', 'Forum', 'Harbour', 'Kestrel', 'Summit', 'Training', 'Director', 'General', 'Workshop', 'Mr', 'Dr', 'Ambassador'];

/** Hostile inputs of about `size` code units, by kind; each is built, never read from anywhere. */
export const HOSTILE: Readonly<Record<string, (size: number) => string>> = {
  'no whitespace (letters)': (n) => 'a'.repeat(n),
  'no whitespace (letters and punctuation)': (n) => 'Ab.c,D;e-F(g)'.repeat(Math.ceil(n / 13)).slice(0, n),
  'quotation marks': (n) => '"“”‘’\'«»„'.repeat(Math.ceil(n / 9)).slice(0, n),
  'quotation marks with spaces': (n) => '" “ ” \' '.repeat(Math.ceil(n / 8)).slice(0, n),
  'nested parentheses': (n) => '('.repeat(Math.floor(n / 2)) + 'x' + ')'.repeat(Math.floor(n / 2)),
  'nested parentheses with spaces': (n) => '( '.repeat(Math.floor(n / 4)) + 'x ' + ') '.repeat(Math.floor(n / 4)),
  'capitalised words in a row': (n) => {
    const out: string[] = [];
    for (let i = 0, len = 0; len < n; i++) {
      const w = WORDS[(i * 7 + (i >> 3)) % WORDS.length]!;
      out.push(w);
      len += w.length + 1;
    }
    return out.join(' ').slice(0, n);
  },
  'hyphenated words in one sentence': (n) => 'well-known cross-border '.repeat(Math.ceil(n / 24)).slice(0, n),
  'line breaks only': (n) => '\n'.repeat(n),
  'control characters': (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(i % 32)).join(''),
  'lone surrogates': (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(i % 2 ? 0xd83d : 0xdc00 + (i % 64))).join(''),
  'dates without end': (n) => '12 March 2025, '.repeat(Math.ceil(n / 15)).slice(0, n),
  'quotations without end': (n) => 'He said "we will meet on Monday in Paris" and '.repeat(Math.ceil(n / 47)).slice(0, n),
  'honorifics and titles': (n) => 'Mr. Dr. H.E. Minister of State for '.repeat(Math.ceil(n / 35)).slice(0, n),
};

/** Milliseconds for one call of `run`. */
export function timeOnce(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * The ratio of the time `run(big)` takes to the time `run(small)` takes, robust to timer noise:
 * one warm-up of each, then `rounds` interleaved runs of both, and the minimum of each (the run
 * least disturbed by GC, JIT and the other test files sharing the CPU).
 */
export function timeRatio(run: (text: string) => unknown, small: string, big: string, rounds = 4): { small: number; big: number; ratio: number } {
  run(small);
  run(big);
  let bestSmall = Infinity;
  let bestBig = Infinity;
  for (let i = 0; i < rounds; i++) {
    bestSmall = Math.min(bestSmall, timeOnce(() => run(small)));
    bestBig = Math.min(bestBig, timeOnce(() => run(big)));
  }
  return { small: bestSmall, big: bestBig, ratio: bestBig / bestSmall };
}
