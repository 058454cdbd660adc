/**
 * Organisers the text names without "organised by": participles, pronoun subjects, possessives,
 * a body's name before the event noun, joint initiatives, series. Each fixture is written in a
 * wording of its own; the counter-examples hold what must not become an organiser.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord } from '../src/record.js';
import { fixture } from './helpers.js';

const events = (name: string): EventRecord[] => extract(fixture(name)).events;
const organisers = (e: EventRecord | undefined) => (e?.organizers ?? []).map((o) => [o.name, o.role]);

describe('organisers without "organised by"', () => {
  it('reads a participle that opens the sentence ("Co-organised by X and Y, the symposium ...")', () => {
    const [e] = events('organisers-participle-symposium.txt');
    expect(e?.name).toBe('2025 Symposium on Maritime History');
    expect(organisers(e)).toEqual([['Pacific Archives Foundation', 'co-organizer'], ['National Maritime Museum', 'co-organizer']]);
  });

  it('reads a pronoun subject as the body the sentence is about ("X has urged ... as it begins a training")', () => {
    const [e] = events('organisers-pronoun-first-aid.txt');
    expect(e?.type).toBe('training');
    expect(organisers(e)).toEqual([['Lakeside Red Crescent Society', 'organizer']]);
  });

  it("reads a body's possessive before the event's name as its organiser", () => {
    const [e] = events('organisers-possessive-conference.txt');
    expect(e?.name).toBe('41st Annual Conference');
    expect(organisers(e)).toEqual([['Northern Beekeepers Association', 'organizer']]);
  });

  it("reads a body's name right before a common event noun (\"two UNHCR training sessions\")", () => {
    const [e] = events('organisers-modifier-sessions.txt');
    expect(organisers(e)).toEqual([['UNHCR', 'organizer'], ['Government of Norway', 'sponsor']]);
  });

  it('reads "the lecture is a joint initiative of A, B and C"', () => {
    const [e] = events('organisers-joint-initiative-lecture.txt');
    expect(organisers(e)).toEqual([['Institute for Ocean Studies', 'organizer'], ['Faculty of Engineering', 'organizer'], ['Tidal Power Society', 'organizer']]);
  });

  it('gives the events of a series to the body that holds the series, and keeps the plural noun', () => {
    const all = events('organisers-series-forums.txt');
    expect(all.map((e) => e.name)).toEqual(['in-person session', 'online session']);
    expect(organisers(all[0])).toEqual([['Millbrook Public Library', 'organizer']]);
  });

  it('does not make the leader of a delegation, or the author of a report, an organiser', () => {
    const [e] = events('organisers-counter-examples.txt');
    expect(e?.type).toBe('visit');
    expect(organisers(e)).toEqual([]);
  });
});

describe('subjects and lists the organiser cues must read through', () => {
  it('skips an apposition between the subject and its verb ("X (OHF), the nonprofit ..., today will kick off its summit")', () => {
    const [e] = events('organisers-apposition-kickoff.txt');
    expect(e?.name).toBe('Harbor Data Summit');
    expect(organisers(e)).toEqual([['Open Harbor Foundation', 'organizer']]);
  });

  it('reads "organized by the geography and biology departments of X" as X, and keeps an earlier event\'s organiser out', () => {
    const [e] = events('organisers-departments-held-by.txt');
    expect(e?.type).toBe('webinar');
    expect(organisers(e)).toEqual([['Lakeview University', 'organizer']]);
    expect(e?.attendees.map((a) => a.category)).toEqual(['Soil scientists from across the region']);
  });

  it('reads "the consultation held by X" and "convened by the Tanzania government"', () => {
    const [e] = events('organisers-held-by.txt');
    expect(organisers(e)).toEqual([['Coastal Fisheries Commission', 'organizer'], ['Tanzania government', 'organizer']]);
  });

  it('reads an acronym among mixed-case words as a body ("WHO Kenya"), and a country\'s government by name', () => {
    const [e] = events('organisers-government-acronym.txt');
    expect(organisers(e)).toEqual([['WHO Kenya', 'organizer'], ['Ministry of Health', 'organizer']]);
  });
});

describe('announcements and coordinated events', () => {
  it('"A (ACR) and Related Sessions hosted by Chile": the host of the first event named', () => {
    const [e] = events('organisers-announced-coordinated.txt');
    expect(e?.name).toBe('Pacific Fisheries Ministers Meeting');
    expect(organisers(e)).toEqual([['Chile', 'host']]);
  });

  it('"X proudly announced the grand opening of its new centre" makes X the organiser', () => {
    const [e] = events('organisers-announced-opening.txt');
    expect([e?.name, e?.type]).toEqual(['grand opening of its new service centre', 'ceremony']);
    expect(organisers(e)).toEqual([['Ridgeway Tools', 'organizer']]);
  });
});

describe('owners named around the event', () => {
  it('"praised/thanked X and Y for hosting the open house" makes them its organiser and host; thanks "for its support" do not', () => {
    const [e] = events('organisers-thanked-for-hosting.txt');
    expect(e?.name).toBe('spring open house');
    // (the guild holds "its" open house and organises it; the trust thanked for hosting it is its host, as "X hosted" makes a host)
    expect(organisers(e)).toEqual([['Riverside Craft Guild', 'organizer'], ['Old Mill Trust', 'host']]);
  });

  it('"the Harvest Expo, its biggest trade event": the body before the appositive owns it, a cooperative being a body', () => {
    const [e] = events('organisers-its-flagship.txt');
    expect(e?.name).toBe('Harvest Expo');
    expect(organisers(e)).toEqual([['Valley Orchard Growers Cooperative', 'organizer']]);
  });

  it('a dateline run into the first sentence ("Tamale, Sept. 14, 2025 The Association ... as it begins") still leaves the body as subject', () => {
    const [e] = events('organisers-dateline-run-on.txt');
    expect(organisers(e)).toEqual([['Northern Lifeguard Association', 'organizer']]);
    // "The course ends on Thursday" in a release of Sunday 14 September: the Thursday ahead
    expect([e?.startDate, e?.endDate]).toEqual(['2025-09-15', '2025-09-18']);
  });
});

describe('names with a phase', () => {
  it('"supported by the Coastal Resilience Partnership Programme Phase III": the whole name is the partner, no person "Phase"', () => {
    const [e] = events('organisers-programme-phase.txt');
    expect(organisers(e)).toEqual([['Coastal Resilience Partnership Programme Phase III', 'partner']]);
    expect(e?.speakers).toEqual([]);
  });
});
