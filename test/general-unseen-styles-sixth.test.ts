/**
 * A sixth set of releases of our own. Each assertion is what a careful reader takes from the
 * release; what is still missed is noted beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { attendees, only, organisers, what } from './fixture-records.js';

describe('a sixth set of releases in styles of their own', () => {
  it('a college festival: "X’s 31st annual Festival" makes X its organiser and no venue; "in" stays inside "against Trafficking in Women"', () => {
    const e = only('general-printmaking-festival.txt');
    // "on Saturday" before 9 May 2025 (a Friday) is 3 May
    expect(what(e)).toEqual(['Festival of Printmaking', 'other', '2025-05-03', null, null, null]);
    expect(organisers(e)).toEqual([['Lakemont College of Art', 'organizer'], ['Coalition against Trafficking in Women and Girls', 'partner']]);
    // "Students, alumni and collectors from across the state": the spread is said of the whole list, not of its last item
    expect(attendees(e)).toEqual([['visitors', 400], ['Students', null], ['alumni', null], ['collectors', null]]);
  });

  it('"from all over the region" after a single category stays with it; after a list it leaves the last item', () => {
    const one = extract('Teachers from all over the region attended the workshop on reading on 3 March 2025.');
    expect(one.events[0]!.attendees.map((a) => a.category)).toEqual(['Teachers from all over the region']);
    const list = extract('Nurses, midwives and pharmacists from all over the region attended the workshop on 3 March 2025.');
    expect(list.events[0]!.attendees.map((a) => a.category)).toEqual(['Nurses', 'midwives', 'pharmacists']);
  });

  it('a price before a noun is no head count ("a $25 members\' pass")', () => {
    const r = extract('The Riverside Craft Fair opened on 3 March 2025 with 300 visitors, and a special $25 members pass was also on sale.');
    expect(r.events[0]!.attendees.map((a) => [a.category, a.count])).toEqual([['visitors', 300]]);
  });
});
