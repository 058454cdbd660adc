/**
 * Attendee categories in the ways releases other than the first ones say them: subjects of
 * "gathered"/"registered for", "drew a crowd of", "watched by", "the public is welcome to attend",
 * counts written as words, lists that end at a predicate or a venue. The counter-examples hold a
 * list cue outside an event, a quotation, and a tally of results.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord } from '../src/record.js';
import { fixture } from './helpers.js';

const main = (name: string): EventRecord => extract(fixture(name)).events[0]!;
const categories = (e: EventRecord) => e.attendees.map((a) => a.category);

describe('attendee categories', () => {
  it('reads the subject of "gathered" without a count and "drew a crowd of"; "people registered for" is a count; not what a quotation says', () => {
    const e = main('attendees-gathered-crowd.txt');
    // "more than 300 people registered": a head count, not a category of who came
    expect(categories(e)).toEqual(['Farm leaders representing 14 river districts', 'residents', 'shop owners', 'volunteers']);
    expect(e.participantCount).toBe(300);
  });

  it('splits "Heads of State, Ministers of Education" and ends a category at "at the <Venue>"; a tally of results is no category', () => {
    const e = main('attendees-summit-list.txt');
    expect(categories(e).slice(0, 4)).toEqual(['African Heads of State', 'Ministers of Education', 'university rectors', 'private sector leaders']);
    expect(categories(e).some((c) => /companies|jobs|start-ups/.test(c))).toBe(false);
  });

  it('reads "watched by", a count in words, "countries and regions" as one qualifier, and "the public is welcome to attend"', () => {
    const e = main('attendees-watched-counter.txt');
    expect(categories(e)).toEqual(['residents', 'representatives of local schools', 'scholars from 24 countries and regions', 'public']);
    expect(e.attendees.find((a) => a.category.startsWith('scholars'))?.count).toBe(60);
  });
});

describe('attendee lists in other shapes', () => {
  it('reads the bodies that participants represent, "the participation of", "addressed", and bulleted lines after "attended by:"', () => {
    const e = main('attendees-bullets-representing.txt');
    expect(categories(e)).toEqual([
      'governments', 'river basin authorities', "farmers' unions from the region",
      'engineers', 'planners and students in the main hall',
      'Ministers of water', 'senior officials of the member states', 'Development partners', 'research institutes',
    ]);
  });

  it('reads "a meeting of EU Trade Ministers" as who meets', () => {
    expect(categories(main('attendees-meeting-of.txt'))).toEqual(['EU Trade Ministers']);
  });
});

describe('what is not an attendee category', () => {
  it('a year is no count ("Festival 2025 saw dance groups"), the host is no attendee, the members of a committee are none', () => {
    expect(categories(main('attendees-counter-years.txt'))).toEqual(['families']);
  });
});

describe('attendees after a wire dateline, in a mix, and addressed', () => {
  it('reads the subject after "(Agency) --", "participants were a mix of people from", and "addressed students, teachers and parents"', () => {
    const e = main('attendees-mix-dateline.txt');
    expect(categories(e)).toEqual(['youth leaders from 12 regions', 'universities', 'farmer cooperatives', 'district assemblies', 'students', 'teachers', 'parents']);
    expect(e.attendees[0]?.count).toBe(30);
  });
});

describe('lists after "the following ...:", the trained, and a place after the category', () => {
  it('reads "audiences from the following groups: A, B and C"; "was led by" after the event and its date is the organiser', () => {
    const e = main('attendees-following-trained.txt');
    expect(categories(e)).toEqual(['Library Star Clubs', 'Amateur Telescope Makers', 'Scout Troops']);
    expect(e.organizers.map((o) => o.name)).toEqual(['Astronomy Outreach Office']);
  });

  it('reads who "have been trained", and leaves the state they are in out of the category ("45 volunteers in Kano State")', () => {
    const e = main('attendees-trained-state.txt');
    expect(e.attendees.map((a) => [a.category, a.count])).toEqual([['rural teachers across the Northern Region', 100], ['volunteers', 45]]);
  });
});

describe('shared modifiers and named examples', () => {
  it('keeps "regional and international partners" whole, drops the bodies it gives "including" as examples, and reads "and by"', () => {
    expect(categories(main('attendees-shared-modifier.txt'))).toEqual([
      'regional and international partners', 'state and local water managers', 'national authorities',
      "farmers' and civil society organisations from the valley", 'Civic Trust',
    ]);
  });
});

describe('the subject of "are attending"', () => {
  it('"Honey producers ..., together with visiting Ugandan researchers, are attending the Forum"', () => {
    expect(categories(main('attendees-are-attending.txt'))).toEqual(['Honey producers from five districts', 'visiting Ugandan researchers']);
  });
});

describe('bullets after "attended by:"', () => {
  it('a capitalised modifier opening a bullet ("Nongovernmental and other partner organizations") keeps its group whole', () => {
    expect(categories(main('attendees-bullet-shared-modifier.txt'))).toEqual([
      'Coastal councils', 'Mayors and deputy mayors of the member towns', 'Nongovernmental and other partner organizations',
    ]);
  });
});
