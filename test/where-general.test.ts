/**
 * Where and when, on releases written for these tests (fixtures/where-*.txt): publication dates in
 * headers, bylines and datelines of many forms, the place of this event (not the publisher's seat
 * nor an earlier meeting's town), dates and times, attendance mode and head counts. Each assertion
 * is a general construction, with counter-examples beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord, ExtractionRecord } from '../src/record.js';
import { Document } from '../src/document.js';
import { findPlaces } from '../src/recognisers/places.js';
import { fixture } from './helpers.js';

const run = (name: string): ExtractionRecord => extract(fixture(name));
const main = (r: ExtractionRecord): EventRecord => r.events[0]!;
const place = (e: EventRecord) => e.location && [e.location.city, e.location.country];

describe('publication dates in headers, bylines and datelines', () => {
  it('"DODOMA – 14 March 2023 –": a dateline with dashes gives the release date; the event keeps its own day and town', () => {
    const r = run('where-dateline-dash-date.txt');
    expect(r.document.published).toBe('2023-03-14');
    expect(main(r).startDate).toBe('2023-03-13');
    expect(place(main(r))).toEqual(['Arusha', 'Tanzania']);
  });
  it('"Agriculture | 10 June 2019": a byline field with the date, under the lead paragraph', () => {
    const r = run('where-byline-bar-date.txt');
    expect(r.document.published).toBe('2019-06-10');
    expect(main(r)).toMatchObject({ startDate: '2019-06-04', endDate: '2019-06-06', participantCount: 60 });
    expect(main(r).location).toEqual({ venue: 'Agricultural Research Station', city: 'Kitale', region: null, country: 'Kenya' });
  });
  it('"Press release issued: 3 February 2014", and "on Thursday [6 February]" takes its year from it', () => {
    const r = run('where-issued-label.txt');
    expect(r.document.published).toBe('2014-02-03');
    expect(main(r).startDate).toBe('2014-02-06');
  });
  it('"Publication date: 21.09.2017": a labelled day-first date with dots; "Today" is that day', () => {
    const r = run('where-dotted-publish-date.txt');
    expect(r.document.published).toBe('2017-09-21');
    expect(main(r).startDate).toBe('2017-09-21');
  });
  it('"2016-03-09 10:22 Views 312": a time-stamped site line; the wire dateline\'s town is not the place', () => {
    const r = run('where-stamp-line.txt');
    expect(r.document.published).toBe('2016-03-09');
    expect(place(main(r))).toEqual(['Rotterdam', 'Netherlands']);
  });
  it('"MAPUTO, (AIM / Health Desk - 12th April, 2022)": an agency tag holding the date', () => {
    const r = run('where-dateline-agency-paren.txt');
    expect(r.document.published).toBe('2022-04-12');
    expect(place(main(r))).toEqual(['Maputo', 'Mozambique']);
  });
  it('"Jos, Nov. 2, 2021 The ...": a dateline running straight into the first sentence', () => {
    const r = run('where-dateline-no-dash.txt');
    expect(r.document.published).toBe('2021-11-02');
    expect(main(r).location?.city).toBe('Jos');
  });
  it('"3-8- 2019 – Port Louis, Mauritius –": a day-first numeric date before the place', () => {
    const r = run('where-dateline-date-first.txt');
    expect(r.document.published).toBe('2019-08-03');
    expect(main(r).startDate).toBe('2019-08-05');
    expect(place(main(r))).toEqual(['Port Louis', 'Mauritius']);
  });
  it('"NIAMEY, March 3 (Sahel Press) --": a year-less dateline is no publication date, but "today" is its day', () => {
    const r = run('where-dateline-yearless.txt');
    expect(r.document.published).toBeNull();
    expect(main(r).startDate).toBe('--03-03');
  });
});

describe('the place of this event', () => {
  it('"in Amman Sunday": the weekday is not part of the town; an earlier meeting\'s town and the dateline are not the place', () => {
    const e = main(run('where-trailing-time-words.txt'));
    expect(e.location).toEqual({ venue: null, city: 'Amman', region: null, country: 'Jordan' });
  });
  it('"gathered in Shanghai on Monday": "on Monday" is cut off; the Beijing dateline is the agency\'s', () => {
    const e = main(run('where-on-weekday.txt'));
    expect(place(e)).toEqual(['Shanghai', 'China']);
  });
  it('"It took place in Lima on November 20.": a sentence that refers back with "It"', () => {
    const e = main(run('where-it-took-place.txt'));
    expect(place(e)).toEqual(['Lima', 'Peru']);
    expect(e.startDate).toBe('--11-20');
  });
  it('"Held on 12 and 13 May 2021 in Lusaka, the sessions ...": a sentence that opens with "Held"', () => {
    const e = main(run('where-held-opener.txt'));
    expect(place(e)).toEqual(['Lusaka', 'Zambia']);
  });
  it('the lead sentence ("gathered in Windhoek") places the main event named only later', () => {
    const e = main(run('where-lead-sentence.txt'));
    expect(place(e)).toEqual(['Windhoek', 'Namibia']);
  });
  it('"in Kano State" is a region in the country of its seat; the town comes from the next sentence, not the Abuja dateline', () => {
    const e = main(run('where-region-then-town.txt'));
    expect(e.location).toEqual({ venue: null, city: 'Kano', region: 'Kano State', country: 'Nigeria' });
  });
  it('"brought 120 publishers to the Riverside Exhibition Centre in Leeds": "to" after a verb of bringing says where', () => {
    const e = main(run('where-brought-to.txt'));
    expect(e.location).toEqual({ venue: 'Riverside Exhibition Centre', city: 'Leeds', region: null, country: 'United Kingdom' });
  });
  it('"in Temple" is a town (a venue noun alone names no venue); "at IDC", "visiting Delegates", "in Earth Recycling day events" are no towns', () => {
    const e = main(run('where-not-towns.txt'));
    expect(e.location).toEqual({ venue: null, city: 'Temple', region: null, country: 'United States' });
    const doc = new Document(fixture('where-not-towns.txt'));
    const names = doc.paragraphs.flatMap((p) => findPlaces(p.text, p.start, p.index, 0)).map((p) => p.name);
    expect(names).toEqual(['Temple', 'Temple']);
  });
});

describe('countries of towns', () => {
  it('a town the text marks as a place ("the facility in Mbarara") gets its country from the towns table of the same data package', () => {
    expect(main(run('where-town-country.txt')).location).toEqual({ venue: null, city: 'Mbarara', region: null, country: 'Uganda' });
  });
  it('"attended the ceremony ... in Kenya": a country alone is completed by the lead sentence\'s town in that country', () => {
    expect(main(run('where-lead-country-town.txt')).location).toEqual({ venue: null, city: 'Mombasa', region: null, country: 'Kenya' });
  });
});

describe('dates and times of the event', () => {
  it('"has begun a four-day workshop" with its opening "on Monday": the end from the length', () => {
    const e = main(run('where-duration-begins.txt'));
    expect([e.startDate, e.endDate]).toEqual(['2022-03-14', '2022-03-17']);
  });
  it('"closed the three-day online summit on 12 May 2021": the date given is the last day, the start from the length', () => {
    const e = main(run('where-duration-closed.txt'));
    expect([e.startDate, e.endDate]).toEqual(['2021-05-10', '2021-05-12']);
  });
  it('"opened yesterday ... which will end today": the end from a verb of ending', () => {
    const e = main(run('where-end-today.txt'));
    expect([e.startDate, e.endDate]).toEqual(['2022-09-08', '2022-09-09']);
  });
  it('"on Friday [8 March]" is the bracketed day; "It begins at 6.30pm" in a later sentence gives the time', () => {
    const e = main(run('where-start-time-apart.txt'));
    expect(e.startDate).toBe('2019-03-08T18:30');
  });
  it('a weekday alone ("Thursday evening") against the release date; "said Tuesday" is the day of a statement', () => {
    const e = main(run('where-bare-weekday.txt'));
    expect(e.startDate).toBe('2021-05-20');
  });
  it('no publication date: the year that closes a name in the body ("Conference Asia 2021"), not a month\'s year ("March 2015")', () => {
    const e = main(run('where-name-year.txt'));
    expect([e.startDate, e.endDate, e.participantCount]).toEqual(['2021-07-06', '2021-07-09', 900]);
  });
  it('"opens here today" under a year-less dateline, and the length from "The two-day virtual meeting" in the next paragraph', () => {
    const e = main(run('where-lead-echo.txt'));
    expect([e.startDate, e.endDate, e.attendanceMode]).toEqual(['--02-09', '--02-10', 'online']);
  });
});

describe('attendance mode', () => {
  it('"from an in-person meeting in Lisbon to an all-virtual experience", livestreamed: online, and the planned town is no place', () => {
    const e = main(run('where-mode-moved-online.txt'));
    expect(e.attendanceMode).toBe('online');
    expect(e.location).toBeNull();
  });
  it('held in a town "with two United Nations agencies joining virtually" (in a sentence opening with "It"): mixed', () => {
    const e = main(run('where-mode-joined-virtually.txt'));
    expect(e.attendanceMode).toBe('mixed');
    expect(place(e)).toEqual(['Accra', 'Ghana']);
  });
  it('a ceremony at a theatre "broadcast live on national television": mixed', () => {
    expect(main(run('where-mode-broadcast-live.txt')).attendanceMode).toBe('mixed');
  });
  it('"will meet virtually from 5-8 October": online, and the secretariat\'s dateline is no place', () => {
    const e = main(run('where-mode-meet-virtually.txt'));
    expect([e.attendanceMode, e.location, e.startDate, e.endDate]).toEqual(['online', null, '--10-05', '--10-08']);
  });
  it('"Online registration for the workshop", "an online article", "virtual events" in general: no mode', () => {
    expect(main(run('where-mode-not-a-mode.txt')).attendanceMode).toBeNull();
  });
});

describe('participant counts', () => {
  it('"The participants, 163 in total": a stated total beats a rounder count before it and a sub-count after it', () => {
    expect(main(run('where-count-total.txt')).participantCount).toBe(163);
  });
  it('"Thirty-six school nurses ... have been trained": a compound number word opening the sentence', () => {
    expect(main(run('where-count-words.txt')).participantCount).toBe(36);
  });
  it('"more than 3,500 registrants from 88 countries": registrants are a head count; the countries are not', () => {
    expect(main(run('where-count-registrants.txt')).participantCount).toBe(3500);
  });
  it('"featured nearly 45 representatives"', () => {
    expect(main(run('where-count-featured.txt')).participantCount).toBe(45);
  });
  it('"Over 100 young people will debate ...": a count as the subject of a sentence about the event', () => {
    expect(main(run('where-count-subject.txt')).participantCount).toBe(100);
  });
});

describe('a state or country written after a town', () => {
  it('"in Paris, TX." puts the town in Texas, United States (a postal code only after a town and a comma)', () => {
    const r = extract(fixture('where-city-state-code.txt'));
    expect(main(r).location).toEqual({ venue: null, city: 'Paris', region: 'Texas', country: 'United States' });
    // alone, "IN" and "OR" are words, not states
    expect(findPlaces('The fair opened in Dallas. IN short, OR not, it went well.', 0, 0, 0).map((p) => [p.name, p.placeKind])).toEqual([['Dallas', 'city']]);
    expect(findPlaces('It was held in Salem, OR, last May.', 0, 0, 0).map((p) => [p.name, p.country])).toEqual([['Salem', 'United States'], ['Oregon', 'United States']]);
  });
});

describe('a weekday under a dateline without a year', () => {
  it('"ACCRA, March 3 (Coastwire) -- The Summit opened in Accra Tuesday": the dateline\'s day; "would be held on Friday" is not read so', () => {
    const e = main(extract(fixture('where-weekday-dateline.txt')));
    expect([e.name, e.startDate, e.endDate, e.location?.city]).toEqual(['West African Nurses Summit', '--03-03', null, 'Accra']);
  });
});

describe('a dateline in brackets', () => {
  it('"(Regional ... Secretariat, Belize City, Belize) Fisheries officers ...": the places in its last parts; a headline in capitals gives no category', () => {
    const e = main(extract(fixture('where-bracket-dateline.txt')));
    expect(e.location).toEqual({ venue: null, city: 'Belize City', region: null, country: 'Belize' });
    expect(e.attendees.map((a) => a.category)).toEqual(['Fisheries officers from eleven member states']);
    // "(Reuters)", with no comma, is an agency's tag, not a place
    expect(findPlaces('(Reuters) Officials met.', 0, 0, 0)).toEqual([]);
  });
});
