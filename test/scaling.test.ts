/**
 * Time grows linearly with the input: extract on 4x the text takes at most 5x the time, for a
 * normal release (ours, repeated) and for hostile inputs. Noise is kept out by warming up and
 * taking the fastest of several interleaved runs (see timeRatio), measured again with more runs
 * before failing, at sizes where one run takes tens to hundreds of milliseconds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { fixturePath } from './helpers.js';
import { HOSTILE, timeOnce, timeRatio } from './guards-helpers.js';

const MAX_RATIO = 5;

function repeatTo(unit: string, size: number, glue: string): string {
  return Array.from({ length: Math.max(1, Math.round(size / (unit.length + glue.length))) }, () => unit).join(glue);
}

function expectLinear(name: string, small: string, big: string): void {
  const run = (t: string) => extract(t);
  let { small: a, big: b } = timeRatio(run, small, big);
  if (b / a > MAX_RATIO) {
    // a loaded machine can slow one size more than the other: measure again, longer, keep the best
    const again = timeRatio(run, small, big, 8);
    a = Math.min(a, again.small);
    b = Math.min(b, again.big);
  }
  const ratio = b / a;
  const line = `${name}: ${small.length} chars ${a.toFixed(1)} ms, ${big.length} chars ${b.toFixed(1)} ms, ratio ${ratio.toFixed(2)}`;
  console.log(`scaling ${line}`);
  expect(ratio, line).toBeLessThanOrEqual(MAX_RATIO);
}

describe('extract time grows linearly with the input (4x the text, at most 5x the time)', () => {
  it('for a normal release, repeated', () => {
    const release = readFileSync(fixturePath('guards-river-basin-conference.txt'), 'utf8');
    expectLinear('release', repeatTo(release, 20_000, '\n\n'), repeatTo(release, 80_000, '\n\n'));
  }, 120_000);

  it.each([
    'no whitespace (letters and punctuation)',
    'quotation marks',
    'quotation marks with spaces',
    'nested parentheses',
    'nested parentheses with spaces',
    'capitalised words in a row',
    'hyphenated words in one sentence',
    'dates without end',
    'quotations without end',
    'honorifics and titles',
  ])('for %s', (kind) => {
    const make = HOSTILE[kind]!;
    // big enough that one run takes 100 ms or more: a run of a few ms is all timer and GC noise
    let size = 30_000;
    while (size < 240_000 && timeOnce(() => extract(make(size))) < 100) size *= 2;
    expectLinear(kind, make(size), make(4 * size));
  }, 120_000);
});
