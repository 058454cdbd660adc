/**
 * Releases in styles the rules were not written against (golden-* by the coordinator, general-* by
 * us): each assertion is a general construction the rules must read, not one release's string.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord, ExtractionRecord } from '../src/record.js';
import { Document } from '../src/document.js';
import { findPeople } from '../src/recognisers/people.js';
import { fixture } from './helpers.js';

const run = (name: string): ExtractionRecord => extract(fixture(name));
const main = (r: ExtractionRecord): EventRecord => r.events[0]!;
const speaker = (e: EventRecord, name: string) => e.speakers.find((s) => s.name === name);
const categories = (e: EventRecord) => e.attendees.map((a) => a.category);

describe('ministerial roundtable (golden)', () => {
  const e = main(run('golden-ministerial-roundtable.txt'));
  it('reads a venue after "at the" even when a capitalised name stands before the cue', () => {
    expect(e.location).toEqual({ venue: 'Labadi Beach Hotel', city: 'Accra', region: null, country: 'Ghana' });
  });
  it('keeps a list of countries inside a body\'s name', () => {
    expect(speaker(e, 'Kwame Boateng')).toMatchObject({ title: 'Director', affiliation: 'ILO Country Office for Nigeria, Ghana, Liberia and Sierra Leone', roles: ['keynote'] });
  });
});

describe('NGO webinar (golden)', () => {
  const e = main(run('golden-ngo-webinar.txt'));
  it('keeps a capitalised verb-like word after "the" in a body\'s name', () => {
    expect(e.organizers.map((o) => o.name)).toEqual(['Open Web Families Trust']);
  });
  it('reads an occupation in lower case before a name as the title', () => {
    expect(speaker(e, 'Tom Rivers')).toMatchObject({ title: 'journalist', roles: ['moderator'] });
  });
  it('reads "a child psychologist at X" as title and affiliation', () => {
    expect(speaker(e, 'Amara Singh')).toMatchObject({ title: 'child psychologist', affiliation: 'Northgate University' });
  });
  it('reads a counted group "joining via Zoom" as attendees', () => {
    expect(categories(e)).toEqual(['parents', 'teachers']);
    expect(e.attendanceMode).toBe('online');
  });
});

describe('embassy reception (golden)', () => {
  const e = main(run('golden-embassy-reception.txt'));
  it('reads the dateline of a first paragraph, not the seat of the organiser', () => {
    expect(e.location).toEqual({ venue: null, city: 'Lisbon', region: null, country: 'Portugal' });
  });
  it('reads "guests, who included" lists whole', () => {
    expect(categories(e)).toEqual(['former participants of the programme', 'officials of the Portuguese Ministry of Foreign Affairs', 'representatives of universities']);
  });
  it('reads "on behalf of X, ... were delivered by Y"', () => {
    expect(speaker(e, 'Paul Leclerc')).toMatchObject({ title: 'Deputy Head of Mission', onBehalfOf: 'Daniel Moreau' });
    const moreau = speaker(e, 'Daniel Moreau')!;
    expect(moreau.affiliation === null || moreau.affiliation === 'Canada').toBe(true);
    expect(moreau.title).toMatch(/^Minister of Foreign Affairs/);
  });
});

describe('university symposium (general)', () => {
  const e = main(run('general-university-symposium.txt'));
  it('reads a department at a university as the host, and a sponsor', () => {
    expect(e.organizers.map((o) => [o.name, o.role])).toEqual([['Department of Geography', 'host'], ['Greenwater Foundation', 'sponsor']]);
  });
  it('reads a date range with a year, a venue, a keynote lecture and a panel', () => {
    expect([e.startDate, e.endDate, e.location?.venue]).toEqual(['2026-04-09', '2026-04-10', 'Marlow Auditorium']);
    expect(speaker(e, 'Hannah Whitcombe')).toMatchObject({ affiliation: 'Institute for Ocean Studies', roles: ['keynote'] });
    expect(['Samuel Okafor', 'Lucia Ferraro', 'Brian Tully'].map((n) => speaker(e, n)?.roles)).toEqual([['panelist'], ['panelist'], ['panelist']]);
  });
  // "Prof." alone is a form of address, as "Dr." is (the corpus's annotators give no title for "Prof X")
  it('keeps a rank written as an honorific as the title, but not "Prof." alone nor a courtesy form', () => {
    expect(['Hannah Whitcombe', 'Samuel Okafor', 'Lucia Ferraro', 'Brian Tully'].map((n) => speaker(e, n)?.title)).toEqual([null, null, null, 'Capt.']);
  });
});

describe('corporate product launch (general)', () => {
  const r = run('general-product-launch.txt');
  const e = main(r);
  it('does not run a name across a wire service tag, and reads the dateline before it as the publication date', () => {
    expect(e.organizers.some((o) => /PRNewswire/.test(o.name))).toBe(false);
    expect(r.document.published).toBe('2025-09-15');
  });
  it('reads the company that "launched the X at an event" as the organiser of the launch', () => {
    expect(e.organizers.map((o) => [o.name, o.role])).toEqual([['Brightlane Inc.', 'organizer'], ['Off-Grid Energy Alliance', 'partner']]);
  });
  it('does not make a body that launched a thing at another kind of event its organiser', () => {
    const w = main(extract('The Harbour Institute held a two-day workshop on coastal flooding in Portmere on 4 May 2026. At the workshop, the Tidewater Agency launched a new flood map for the estuary.'));
    expect([w.type, w.organizers.map((o) => o.name)]).toEqual(['workshop', ['Harbour Institute']]);
  });
  it('reads the attendees, the partner and the presenter', () => {
    expect(categories(e)).toEqual(['investors', 'retailers', 'journalists']);
    expect(e.organizers.map((o) => [o.name, o.role])).toContainEqual(['Off-Grid Energy Alliance', 'partner']);
    expect(speaker(e, 'Maya Lindqvist')).toMatchObject({ title: 'Chief Executive Officer', roles: ['presenter'] });
  });
});

describe('town hall notice with Date:/Time:/Location: lines (general)', () => {
  const r = run('general-town-hall.txt');
  const e = main(r);
  it('takes the headline, not a labelled line, as the title, and the block\'s date for the event, not the publication', () => {
    expect([r.document.title, r.document.published]).toEqual(['Town Hall Meeting on the Riverside Road Project', null]);
    expect(e.name).toBe('Town Hall Meeting on the Riverside Road Project');
  });
  it('reads the labelled block as the event, even where the header took it', () => {
    expect(e.startDate).toBe('2026-06-18T18:30');
    expect(e.location?.venue).toBe('Ashford Community Center');
  });
  it('reads "X invites A and B to a meeting" as host and attendees', () => {
    expect(e.organizers.map((o) => [o.name, o.role])).toEqual([['City of Ashford', 'host']]);
    expect(categories(e)).toEqual(['residents', 'business owners']);
  });
  it('reads officials who "will answer questions" as speakers, with "Council Member" whole', () => {
    expect(e.speakers.map((s) => s.name)).toEqual(['Carla Mendes', 'Raj Patel']);
    expect(speaker(e, 'Raj Patel')?.title).toBe('Council Member');
  });
});

describe('regional consultation (general)', () => {
  const e = main(run('general-regional-consultation.txt'));
  it('reads co-chairs, the supporting body, the dates and the place', () => {
    expect(e.organizers.map((o) => [o.name, o.role])).toEqual([['Government of Fiji', 'co-chair'], ['Government of Tuvalu', 'co-chair'], ['International Organization for Migration', 'partner']]);
    expect([e.type, e.startDate, e.endDate, e.location?.city, e.location?.country]).toEqual(['consultation', '2025-10-21', '2025-10-23', 'Suva', 'Fiji']);
  });
});

describe('NGO training notice (general)', () => {
  const e = main(run('general-ngo-training.txt'));
  it('ends a counted category before "in City, Country," and the day range', () => {
    expect(e.attendees).toMatchObject([{ category: 'community health workers', count: 35 }]);
    expect([e.startDate, e.endDate, e.location?.city, e.location?.country, e.participantCount]).toEqual(['2026-01-26', '2026-01-28', 'Mbale', 'Uganda', 35]);
  });
  it('reads facilitators with a title head of their own and a qualified occupation', () => {
    expect(speaker(e, 'Esther Nakato')).toMatchObject({ title: 'Senior Trainer', affiliation: 'Uganda Red Cross Society', roles: ['facilitator'] });
    expect(speaker(e, 'Paul Okello')).toMatchObject({ title: 'nurse educator', roles: ['facilitator'] });
  });
});

describe('wire story (general)', () => {
  const e = main(run('general-wire-desalination.txt'));
  it('reads the convener, the dateline city and "delegations from" without the verb', () => {
    expect(e.organizers.map((o) => o.name)).toEqual(['Intergovernmental Authority on Development']);
    expect(e.location?.city).toBe('Nairobi');
    // the subject of "met" after the dateline's " - " attended too
    expect(categories(e)).toEqual(['East African water ministers', 'delegations from Kenya, Somalia, Djibouti and Ethiopia']);
  });
  it('reads a possessive country before a title as the affiliation', () => {
    const kamau = findPeople(new Document(fixture('general-wire-desalination.txt'))).find((p) => p.name === 'Joseph Kamau');
    expect(kamau).toMatchObject({ title: 'Cabinet Secretary for Water', affiliation: 'Kenya' });
  });
  it('does not take "after the opening session" for opening remarks: the minister quoted at the summit is a plain speaker', () => {
    // The quotes resolver lists a person quoted at the event; no role cue gives "opening remarks".
    expect(e.speakers.map((s) => [s.name, s.roles])).toEqual([['Joseph Kamau', ['speaker']]]);
  });
});

describe('surnames that look like honorifics', () => {
  it('keeps "Tan" as a family name, not an honorific', () => {
    const r = extract('The Riverside Institute held a seminar on coastal law on 3 May 2025. Professor Mei Lin Tan gave the keynote address.');
    expect(r.events[0]?.speakers.map((s) => [s.name, s.roles])).toEqual([['Mei Lin Tan', ['keynote']]]);
  });
});
