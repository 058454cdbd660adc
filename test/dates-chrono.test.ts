// eventext's date recogniser next to chrono-node on the date forms of issue 3: where they agree,
// and where each one wins (see scripts/compare-chrono.ts for the whole table).
import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node';
import { CASES, REFERENCE, ours, theirs } from '../scripts/compare-chrono.js';

describe('dates: eventext and chrono-node', () => {
  it('agree on most single dates, ranges, times and relative words', () => {
    const same = CASES.filter((c) => ours(c) === theirs(c));
    expect(same.length).toBeGreaterThanOrEqual(15);
    expect(ours('from 30 September – 2 October')).toBe(theirs('from 30 September – 2 October'));
    expect(ours('on 1 May at 10 a.m. in')).toBe('2024-05-01T10:00');
    expect(theirs('on 1 May at 10 a.m. in')).toBe('2024-05-01T10:00');
  });
  it('eventext wins on day lists and "between" ranges, which chrono reads as one day or a wrong year', () => {
    expect(ours('on 11 and 13 September 2022')).toBe('2022-09-11 / 2022-09-13');
    expect(theirs('on 11 and 13 September 2022')).toBe('2022-09-13');
    expect(ours('between 4 and 6 March')).toBe('2024-03-04 / 2024-03-06');
    expect(theirs('between 4 and 6 March')).not.toBe('2024-03-04 / 2024-03-06');
    expect(ours('on September 01, 02 & 08')).toBe('2024-09-01 / 2024-09-08');
    expect(theirs('on September 01, 02 & 08')).toBe('2002-09-01');
  });
  it('chrono wins on end times, which eventext does not read (the record has no end time)', () => {
    const parsed = chrono.parse('on 5 June from 6:30 p.m. to 8 p.m.', REFERENCE)[0]!;
    expect([parsed.start.get('hour'), parsed.end?.get('hour')]).toEqual([18, 20]);
    expect(ours('on 5 June from 6:30 p.m. to 8 p.m.')).toBe('2024-06-05T18:30');
  });
  it('"last week" is a week, not a day: eventext gives its Monday (precision "week"), chrono the same weekday a week back', () => {
    expect(ours('convened in Bangkok last week')).toBe('2024-09-30');
    expect(theirs('convened in Bangkok last week')).toBe('2024-10-02');
  });
});
