/** Shared by the guard tests: record checks, hostile inputs and a noise-resistant timer. */
import { expect } from 'vitest';
import { ExtractionRecordSchema, type ExtractionRecord } from '../src/record.js';
import { spansOf } from './guards-inputs.js';

export { HOSTILE, hostileInput, repeatedRelease, spansOf } from './guards-inputs.js';

/** The record is schema-valid and every span lies inside `text` (and is not empty). */
export function expectSoundRecord(record: ExtractionRecord, text: string): void {
  expect(ExtractionRecordSchema.parse(record)).toEqual(record);
  // a stage that throws is caught and reported in a warning; on any input that is a bug of ours
  expect(record.warnings.filter((w) => w.startsWith('internal error'))).toEqual([]);
  for (const s of spansOf(record)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.start).toBeLessThan(s.end);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
}

/** Milliseconds for one call of `run`. */
export function timeOnce(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * The ratio of the time `run(big)` takes to the time `run(small)` takes, robust to timer noise:
 * one warm-up of each, then up to `rounds` interleaved runs of both (fewer when one pair takes
 * more than a share of `budgetMs`, so slow code fails in bounded time rather than stalling the
 * run), and the minimum of each (the run least disturbed by GC, JIT and other processes).
 */
export function timeRatio(run: (text: string) => unknown, small: string, big: string, rounds = 4, budgetMs = 20_000): { small: number; big: number; ratio: number } {
  let bestSmall = timeOnce(() => run(small));
  let bestBig = timeOnce(() => run(big));
  const affordable = Math.max(1, Math.floor(budgetMs / (bestSmall + bestBig)));
  for (let i = 0; i < Math.min(rounds, affordable); i++) {
    bestSmall = Math.min(bestSmall, timeOnce(() => run(small)));
    bestBig = Math.min(bestBig, timeOnce(() => run(big)));
  }
  return { small: bestSmall, big: bestBig, ratio: bestBig / bestSmall };
}
