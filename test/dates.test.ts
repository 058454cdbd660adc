import { describe, expect, it } from 'vitest';
import { findDates, findTimes, likelyYear } from '../src/recognisers/dates.js';
import { extract } from '../src/index.js';

const ref = new Date(2024, 9, 9); // Wednesday 9 October 2024
const one = (text: string, reference: Date | null = ref) => {
  const found = findDates(text, 0, reference);
  expect(found.length, `dates in ${JSON.stringify(text)}`).toBeGreaterThan(0);
  const d = found[0]!;
  return [d.iso, d.isoEnd, text.slice(d.start, d.end)];
};

describe('dates: every form of the issue, on short strings', () => {
  it.each([
    ['On 02 October 2024, the', '2024-10-02', null, '02 October 2024'],
    ['held on October 2, 2024 in', '2024-10-02', null, 'October 2, 2024'],
    ['on Oct. 3 and', '2024-10-03', null, 'Oct. 3'],
    ['until 2 Oct when', '2024-10-02', null, '2 Oct'],
    ['on 6 September the', '2024-09-06', null, '6 September'],
    ['from 12-15 November', '2024-11-12', '2024-11-15', '12-15 November'],
    ['from 3-4 May 2019', '2019-05-03', '2019-05-04', '3-4 May 2019'],
    ['on 11 and 13 September 2022', '2022-09-11', '2022-09-13', '11 and 13 September 2022'],
    ['between 4 and 6 March', '2024-03-04', '2024-03-06', '4 and 6 March'],
    ['from 30 September – 2 October', '2024-09-30', '2024-10-02', '30 September – 2 October'],
    ['from Oct. 19 to Nov. 18, 2018', '2018-10-19', '2018-11-18', 'Oct. 19 to Nov. 18, 2018'],
    ['on September 01, 02 & 08', '2024-09-01', '2024-09-08', 'September 01, 02 & 08'],
    ['on 24 September to 6 October this year', '2024-09-24', '2024-10-06', '24 September to 6 October this year'],
    ['on Friday, July 12, 2019', '2019-07-12', null, 'Friday, July 12, 2019'],
    ['dated 2023-12-21', '2023-12-21', null, '2023-12-21'],
  ])('%s', (text, start, end, span) => {
    expect(one(text)).toEqual([start, end, span]);
  });

  it('puts a stated time into the start: "at 10 a.m.", "14:00-16:00", "from 6:30 p.m."', () => {
    expect(one('on 1 May at 10 a.m. in')[0]).toBe('2024-05-01T10:00');
    expect(one('on 5 June, 14:00-16:00, the')[0]).toBe('2024-06-05T14:00');
    expect(one('The April 18th event runs from 6:30 p.m. to 8 p.m.')[0]).toBe('2024-04-18T18:30');
    expect(findTimes('at 12 noon and 3.5 per cent')).toEqual([]);
  });

  it('reads relative dates against the reference date', () => {
    expect(one('the meeting held yesterday')[0]).toBe('2024-10-08');
    expect(one('will meet next Monday')[0]).toBe('2024-10-14');
    expect(one('the dialogue on Tuesday was')[0]).toBe('2024-10-08'); // past tense: the Tuesday before
    expect(one('will be held on Friday')[0]).toBe('2024-10-11'); // future tense: the Friday after
    const week = findDates('convened in Bangkok last week', 0, ref)[0]!;
    expect([week.iso, week.precision]).toEqual(['2024-09-30', 'week']);
  });

  it('gives --MM-DD when no year can be known, and no relative date without a reference', () => {
    expect(one('on 6 September', null)[0]).toBe('--09-06');
    expect(one('from 12-15 November', null).slice(0, 2)).toEqual(['--11-12', '--11-15']);
    expect(findDates('yesterday and next Monday', 0, null)).toEqual([]);
  });

  it('takes the year from the tense when the day is far from the reference', () => {
    expect(likelyYear({ year: null, month: 3, day: 4, hour: null, minute: null }, ref, 'will be held on 4 March')).toBe(2025);
    expect(likelyYear({ year: null, month: 12, day: 28, hour: null, minute: null }, new Date(2025, 0, 5), 'was held on 28 December')).toBe(2024);
    expect(likelyYear({ year: null, month: 10, day: 2, hour: null, minute: null }, ref, 'was held on 2 October')).toBe(2024);
  });

  it('does not read a month-name verb, a count or a percentage as a date', () => {
    expect(findDates('participants may 20 minutes', 0, ref)).toEqual([]);
    expect(findDates('in March 2024 percent', 0, ref).map((d) => d.iso)).toEqual([]);
    expect(findDates('42 participants from 8 countries', 0, ref)).toEqual([]);
  });

  it('never takes the publication date for the event date unless the text says so', () => {
    const r = extract('VIENNA, 10 April 2024 – The Agency will host a Regional Seminar on Water Law in Vienna.\n');
    expect(r.document.published).toBe('2024-04-10');
    expect(r.events[0]!.startDate).toBeNull();
  });
});
