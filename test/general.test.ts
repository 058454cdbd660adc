/**
 * Releases in styles the rules were not written against (golden-* by the coordinator, general-* by
 * us): each assertion is a general construction the rules must read, not one release's string.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord, ExtractionRecord } from '../src/record.js';
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
