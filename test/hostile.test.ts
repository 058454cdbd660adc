/**
 * Hostile inputs finish in bounded time with a sound record. The bounds are generous wall-clock
 * limits (about ten times what they take on 2 cores today), so only a hang or a quadratic blow-up
 * fails them; test/scaling.test.ts checks the growth itself.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, extract } from '../src/index.js';
import { fixturePath } from './helpers.js';
import { HOSTILE, expectSoundRecord, timeOnce } from './guards-helpers.js';

function bounded(text: string, limitMs: number) {
  let record!: ReturnType<typeof extract>;
  const ms = timeOnce(() => {
    record = extract(text);
  });
  expectSoundRecord(record, text);
  console.log(`hostile ${expect.getState().currentTestName}: ${text.length} chars in ${Math.round(ms)} ms`);
  expect(ms, `took ${Math.round(ms)} ms for ${text.length} chars`).toBeLessThan(limitMs);
  return { record, ms };
}

describe('hostile inputs finish in bounded time', () => {
  it('1 MB without whitespace', () => {
    bounded(HOSTILE['no whitespace (letters)']!(1_000_000), 20_000);
    bounded(HOSTILE['no whitespace (letters and punctuation)']!(1_000_000), 30_000);
  }, 120_000);

  it('200 KB of quotation marks', () => {
    bounded(HOSTILE['quotation marks']!(200_000), 20_000);
    bounded(HOSTILE['quotation marks with spaces']!(200_000), 20_000);
  }, 120_000);

  it('50,000 nested parentheses', () => {
    bounded(HOSTILE['nested parentheses']!(100_001), 20_000);
    bounded(HOSTILE['nested parentheses with spaces']!(200_002), 20_000);
  }, 120_000);

  it('100,000 capitalised words in a row', () => {
    const words = HOSTILE['capitalised words in a row']!(2_000_000).split(' ').slice(0, 100_000).join(' ');
    expect(words.split(' ')).toHaveLength(100_000);
    bounded(words, 40_000);
  }, 120_000);

  it('a 5 MB release: read up to DEFAULT_MAX_LENGTH, with a warning', () => {
    const release = readFileSync(fixturePath('guards-river-basin-conference.txt'), 'utf8');
    const text = Array.from({ length: Math.ceil(5_000_000 / (release.length + 2)) }, () => release).join('\n\n');
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const { record } = bounded(text, 60_000);
    expect(record.warnings).toContain(`input is ${text.length} characters long; only the first ${DEFAULT_MAX_LENGTH} were read`);
  }, 180_000);

  it.each(['hyphenated words in one sentence', 'line breaks only', 'control characters', 'lone surrogates', 'dates without end', 'quotations without end', 'honorifics and titles'])(
    '200 KB of %s',
    (kind) => {
      bounded(HOSTILE[kind]!(200_000), 20_000);
    },
    120_000,
  );
});
