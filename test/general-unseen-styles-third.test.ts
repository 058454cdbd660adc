/**
 * Eleven more releases of our own, in styles the rules were not written against: a wire release on a
 * developer conference, a health orientation, senior officials preparing a ministerial session, a
 * faculty's public lecture, a town's budget listening session, a joint police course, a forum held
 * under a body's auspices, a library's coat drive, a society's meetup, a police department's forum and
 * a boat show. Each assertion is what a
 * careful reader takes from the release; what is still missed is noted beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';
import { attendees, only, organisers, speakers, what } from './fixture-records.js';

describe('a third set of releases in styles of their own', () => {
  it('a wire release: a company hosts "BuildWeek 2026, its annual developer conference"', () => {
    const e = only('general-devcon-wire.txt');
    // a name without an event noun is an event when its owner's phrase stands beside it
    expect(what(e)).toEqual(['BuildWeek 2026', 'conference', '2026-05-14', '2026-05-15', { venue: 'McEnery Convention Center', city: 'San Jose', region: 'California', country: 'United States' }, 'mixed']);
    expect(organisers(e)).toEqual([['Larkspur Robotics Inc.', 'organizer']]);
    expect(attendees(e)).toEqual([['developers', 4000], ['integrators', null], ['investors', null]]);
    // "led a session on": a presenter (not yet: the host company as the CEO's affiliation)
    expect(speakers(e)).toEqual([
      ['Dana Whitfield', 'Chief Executive Officer', null, ['keynote']],
      ['Priya Natarajan', 'vice president of engineering', null, ['presenter']],
    ]);
  });

  it('a ministry, with UNICEF, conducts a two-day orientation for volunteers', () => {
    const e = only('general-health-orientation.txt');
    // "orientation" is a training; the venue's city gives the country
    expect(what(e)).toEqual(['orientation', 'training', '2025-04-07', '2025-04-08', { venue: 'Mzuzu Central Hospital', city: 'Mzuzu', region: null, country: 'Malawi' }, null]);
    expect(organisers(e)).toEqual([['UNICEF', 'partner'], ['Ministry of Health', 'organizer']]);
    expect(attendees(e)).toEqual([['community health volunteers from Mzimba North district', 45]]);
    // "District Health Officer": the level of government and the field belong to the title; "Speaking at the close"
    expect(speakers(e)).toEqual([['Grace Banda', 'District Health Officer', null, ['closing remarks']]]);
  });

  it('senior officials meet to prepare a ministerial session: "as well as" goes on with the list', () => {
    const e = only('general-senior-officials.txt');
    // not yet: the headline's "ministerial session" is the one being prepared, not the officials' meeting
    expect(e.startDate).toBe('2026-03-03');
    expect(e.endDate).toBe('2026-03-05');
    expect(attendees(e)).toEqual([
      ['Senior officials of the member states of the Eastern Rim Economic Community', null],
      ['delegations from seven member states', null],
      ['observers from the African Development Bank', null],
    ]);
    expect(organisers(e)).toEqual([['Ndapewa Shikongo', 'chair']]);
  });

  it('a faculty hosts a public lecture "titled" in quotation marks', () => {
    const e = only('general-public-lecture.txt');
    // the quoted title names the lecture though a lower-case modifier stands before the noun
    expect(what(e)).toEqual(['Courts and Climate: Who Decides?', 'other', '2025-11-12', null, null, null]);
    // "Faculty" heads a body's name; the body before "at" hosts
    expect(organisers(e)).toEqual([['Faculty of Law', 'host']]);
    expect(attendees(e)).toEqual([['students', null], ['practising lawyers', null], ['members of the public', null]]);
    expect(speakers(e)).toEqual([
      ['Amara Osei', 'judge of the regional court of appeal', null, ['presenter']],
      ['Helen Marsh', 'Professor', null, ['moderator']],
    ]);
  });

  it('residents fill the Town Hall auditorium for a listening session', () => {
    const e = only('general-listening-session.txt');
    // "the Town Hall auditorium" is a room, not a town hall meeting
    expect(what(e)).toEqual(['listening session on the proposed fiscal 2027 budget', 'meeting', '2026-03-03', null, null, null]);
    expect(organisers(e)).toEqual([['Board of Selectmen', 'organizer']]);
    // "Residents filled the ...", "... spoke during the public comment period"
    expect(attendees(e)).toEqual([['Residents', null], ['Parents', null], ['teachers', null], ['business owners', null]]);
  });

  it('police officers, prosecutors and inspectors take part in a course organised jointly', () => {
    const e = only('general-joint-course.txt');
    // a gerund's object stays in the name ("on investigating forced labour")
    expect(what(e)).toEqual(['week-long course on investigating forced labour', 'training', '2025-10-13', '2025-10-17', { venue: null, city: 'Bangkok', region: null, country: 'Thailand' }, null]);
    expect(organisers(e)).toEqual([['International Organization for Migration', 'organizer'], ['Royal Thai Police', 'organizer']]);
    // the subject after a dateline's " - "; "Police officers" are people, not a body called "Police"
    expect(attendees(e)).toEqual([
      ['Police officers', null], ['prosecutors', null], ['labour inspectors from five countries', null],
      ['participants from Cambodia, Lao PDR, Myanmar, Thailand and Viet Nam', 32],
    ]);
    expect(e.participantCount).toBe(32);
    // "Police Colonel" is the rank; no body is made up for him
    expect(speakers(e)).toEqual([['Somchai Rattanakul', 'Police Colonel', null, ['opening remarks']]]);
  });

  it('a forum held under a body\'s auspices, "which the Network organises every two years"', () => {
    const { document, events } = extract(fixture('general-coastal-forum.txt'));
    // a dateline alone on its line dates the release, and so the year of "12 and 13 May"
    expect(document.published).toBe('2026-05-14');
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(what(e)).toEqual(['Atlantic Coastal Cities Forum', 'forum', '2026-05-12', '2026-05-13', { venue: null, city: 'Lisbon', region: null, country: 'Portugal' }, null]);
    expect(organisers(e)).toEqual([['European Committee of the Regions', 'partner'], ['Calouste Nunes Foundation', 'partner'], ['Atlantic Cities Network', 'organizer']]);
  });

  it('a library teams up with a food bank to run a coat drive made possible by a grant', () => {
    const { document, events } = extract(fixture('general-coat-drive.txt'));
    // "October 30, 2026 — The ...": a date opening the first paragraph
    expect(document.published).toBe('2026-10-30');
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(what(e)).toEqual(['winter coat drive', 'other', '2026-10-24', null, null, null]);
    expect(organisers(e)).toEqual([['Marlow Public Library', 'organizer'], ['Marlow Community Food Bank', 'organizer'], ['Hollis County Community Fund', 'sponsor']]);
    // "came through the doors" (not yet: the "family reading night" as a second event)
    expect(attendees(e)).toEqual([['parents', 150], ['children', null]]);
  });

  it('"Presented by X and hosted at Y\'s campus, the third Meetup took place"', () => {
    const e = only('general-quantum-meetup.txt');
    // (a meetup is a meeting, as the annotators of every set have it)
    expect(what(e)).toEqual(['Quantum Hardware Meetup', 'meeting', '2026-06-04', null, { venue: 'Redbrook University', city: null, region: null, country: null }, null]);
    // the opening participle's agent organises; the university is where, not a presenter
    expect(organisers(e)).toEqual([['Northside Quantum Society', 'organizer']]);
    expect(attendees(e)).toEqual([['researchers', 300], ['students', null], ['start-up founders', null]]);
    // "talks by A and B"; "Sun-hee Park, co-founder of ...": a head noun as a surname before a title
    expect(speakers(e)).toEqual([
      ['Omar Haddad', 'physicist', 'Redbrook Quantum Lab', ['presenter']],
      ['Sun-hee Park', 'co-founder', 'Qubitry', ['presenter']],
    ]);
  });
  it('a police department hosts a forum "at a church": the town is the department\'s', () => {
    const e = only('general-police-forum.txt');
    // "The Lakeland Police Department will host": a town's own service, and the town is a known one
    expect(what(e)).toEqual(['forum', 'forum', '2026-08-06', null, { venue: null, city: 'Lakeland', region: null, country: 'United States' }, null]);
    expect(organisers(e)).toEqual([['Lakeland Police Department', 'host']]);
    // (not yet: "community safety forum" in full; residents invited are not counted as attending)
    expect(speakers(e)).toEqual([['Marisol Vega', 'Police Chief', null, ['presenter']]]);
  });

  it('a boat show run by a company called "... Exhibitions"', () => {
    const { events } = extract(fixture('general-trade-show.txt'));
    // "show" is an event noun; "and" inside a capitalised name; "Northway Exhibitions" is a business and
    // "show manager" a post, neither an event; "Seminars" in the side rooms are part of the show
    expect(events.map((e) => e.name)).toEqual(['Great Lakes Boat and Marine Show']);
    const e = events[0]!;
    expect(what(e)).toEqual(['Great Lakes Boat and Marine Show', 'exhibition', '2026-03-08', null, { venue: 'Harbor Events Center', city: 'Milwaukee', region: 'Wisconsin', country: 'United States' }, null]);
    // "brought more than 200 dealers and vendors to the Harbor Events Center": the list ends before "to the" and a name
    // ("vendors" is a kind of its own in the counted list; not yet: the start of the show from its range)
    expect(attendees(e)).toEqual([['dealers', 200], ['vendors', null]]);
  });
  it('"the first training session ... the second session": the second is a training too', () => {
    const { events } = extract(fixture('general-training-series.txt'));
    // a weak noun alone takes the type of the compound written before it
    expect(events.map((e) => [e.name, e.type, e.startDate])).toEqual([
      ['first training session on alternative dispute resolution', 'training', '2025-09-01'],
      ['second session', 'training', '2025-09-04'],
    ]);
    // "Forty court registrars took part": a number in words (the headline's "for court staff" too)
    expect(attendees(events[0]!)).toEqual([['court staff', null], ['court registrars', 40]]);
  });
});
