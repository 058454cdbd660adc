/**
 * The kinds of event general releases report, mapped to the record's types, and names given in
 * quotation marks after "on"/"titled". Each fixture is a release of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord } from '../src/record.js';
import { fixture } from './helpers.js';

const events = (name: string): EventRecord[] => extract(fixture(name)).events;
const brief = (e: EventRecord | undefined) => e && { name: e.name, type: e.type, startDate: e.startDate };

describe('kinds of event', () => {
  it('reads an event noun inside curly single quotes (‘listening session’)', () => {
    expect(brief(events('events-kinds-single-quotes.txt')[0])).toEqual({ name: 'listening session', type: 'meeting', startDate: '2026-06-10' });
  });

  it('a grand opening "with a ribbon cutting" is one ceremony; the body that celebrates the opening organises it', () => {
    const all = events('events-kinds-grand-opening.txt');
    expect(all).toHaveLength(1);
    const [opening] = all;
    // "the grand opening of its new Northfield bread plant": the opening is named with what it opens
    expect(brief(opening)).toEqual({ name: 'grand opening of its new Northfield bread plant', type: 'ceremony', startDate: '2025-02-28' });
    expect(opening?.organizers.map((o) => o.name)).toEqual(['Golden Crust Bakeries']);
    expect(opening?.attendees.map((a) => a.category)).toEqual(['state and local leaders']);
  });

  it('an open house is a reception, with its whole capitalised name', () => {
    expect(events('events-kinds-open-house.txt').map(brief)).toEqual([{ name: 'Lunar New Year Open House', type: 'reception', startDate: '2025-02-02' }]);
  });

  it('a dawn service is a ceremony', () => {
    expect(events('events-kinds-dawn-service.txt').map(brief)).toEqual([{ name: 'Dawn Service', type: 'ceremony', startDate: '2025-04-25' }]);
  });

  it('a title in single quotation marks after "a webinar on" is its name', () => {
    expect(brief(events('events-kinds-quoted-webinar.txt')[0])).toEqual({ name: 'Water, soils and the next harvest: A climate outlook', type: 'webinar', startDate: '2025-06-04' });
  });

  it('"The workshop titled: “... training for ...”" is named by the title and typed by its head; the words inside name no other event', () => {
    expect(events('events-kinds-titled-workshop.txt').map(brief)).toEqual([
      { name: 'Safe Motherhood refresher and Business Skills training for Health Visitors', type: 'training', startDate: '2025-06-08' },
    ]);
  });

  it('a lecture is no seminar; "the opening of the new dental clinic" is a ceremony', () => {
    expect(brief(events('events-kinds-lecture-opening.txt')[0])).toEqual({ name: 'Marlow Memorial Lecture', type: 'other', startDate: '2025-10-09T18:00' });
    const mentions: { name: string; type: string }[] = [];
    extract(fixture('events-kinds-lecture-opening.txt'), { debug: (stage, items) => { if (stage === 'events' && items.length && 'noun' in (items[0] as object)) mentions.push(...(items as { name: string; type: string }[])); } });
    expect(mentions.map((m) => [m.name, m.type])).toContainEqual(['opening of the new dental clinic', 'ceremony']);
  });

  it('"The evening event at the tech hub was titled CODE FOR THE COAST": the name given after the noun', () => {
    expect(events('events-kinds-titled-meetup.txt').map((e) => e.name)).toEqual(['CODE FOR THE COAST']);
  });

  it('"officially opened the Hillcrest Primary School" reports the opening as a ceremony', () => {
    expect(events('events-kinds-opened-school.txt').map((e) => [e.name, e.type])).toEqual([['opening of the Hillcrest Primary School', 'ceremony']]);
  });

  it('political consultations are the event; visits "in 2017" in a release of 2019 are history, and awards received are none', () => {
    expect(events('events-kinds-consultations-history.txt').map((e) => [e.name, e.type, e.startDate])).toEqual([['political consultations', 'consultation', '2019-10-01']]);
  });
});

describe('names grown from a common noun', () => {
  it('a lower-case noun whose "on" tail turns to a title takes its connectors, up to a known place; "The activity is part of a collaboration between A and B"', () => {
    const [e] = events('events-lower-noun-title-tail.txt');
    expect(brief(e)).toEqual({ name: 'first training session on Fair Recruitment to Jobs in Agriculture and Care Work', type: 'training', startDate: null });
    expect(e?.location?.city).toBe('Nairobi');
    expect(e?.organizers.map((o) => [o.name, o.role])).toEqual([['Dunmore Labour Inspectorate', 'organizer'], ['Migrant Workers Advice Network', 'organizer']]);
  });
});

describe('events a verb reports', () => {
  it('"X today launched the Clean Rivers Pledge": the launch of it, on the day of the dateline (not of the metadata line), by X', () => {
    const all = events('events-launch-verb.txt');
    expect(all.map(brief)).toEqual([{ name: 'launch of the Clean Rivers Pledge', type: 'launch', startDate: '2025-05-09' }]);
    expect(all[0]?.organizers.map((o) => [o.name, o.role])).toEqual([['Nairobi Water Board', 'organizer']]);
    // the metadata line's date ("2025-05-10 Valley Courier Staff") gives no count of staff
    expect(all[0]?.attendees).toEqual([]);
  });
});

describe('gatherings named in the words of their region', () => {
  it('an imbizo is a public meeting; "together with Kenyan water engineers" names no partner body', () => {
    const [e] = events('events-kinds-imbizo.txt');
    expect(brief(e)).toEqual({ name: 'Ward 7 Imbizo', type: 'meeting', startDate: '2025-06-14' });
    // ("led by Executive Mayor Cllr. Thandi Nkosi": the mayor who leads the imbizo, read since "Cllr." keeps its dot)
    expect(e?.organizers.map((o) => [o.name, o.role])).toEqual([['Umhlaba Local Municipality', 'host'], ['Thandi Nkosi', 'organizer']]);
  });
});

describe('headlines in sentence case', () => {
  it('"Workshop on safe boat handling held for fishers": a capital that only opens the line makes no proper name, and the tail takes "boat" as a noun', () => {
    const [e] = events('events-sentence-case-headline.txt');
    expect(brief(e)).toEqual({ name: 'workshop on safe boat handling', type: 'workshop', startDate: '2026-03-02' });
    expect(e?.organizers.map((o) => o.name)).toEqual(['Lakeshore Fishers Union']);
  });
});

describe("a day's programme", () => {
  it('"The events include A, B and C": each is an event on the day and at the place of the whole, organised by its organiser', () => {
    const all = events('events-programme-list.txt');
    expect(all.map((e) => [e.name, e.type, e.startDate, e.location?.venue ?? null, e.location?.city ?? null, e.location?.country ?? null])).toEqual([
      ['celebrations', 'other', '2026-03-14', null, 'Kuwait City', 'Kuwait'],
      ['Roundtable on Desalination', 'roundtable', '2026-03-14', null, 'Kuwait City', 'Kuwait'],
      ['reunion', 'other', '2026-03-14', 'GWRC Headquarters', 'Kuwait City', 'Kuwait'],
      ['gala dinner', 'reception', '2026-03-14', null, 'Kuwait City', 'Kuwait'],
    ]);
    // "X (GWRC) as part of the celebrations ... is holding several events", after a dateline with two dashes
    expect(all.map((e) => e.organizers.map((o) => [o.name, o.role]))).toEqual([
      [['Gulf Water Research Council', 'organizer']],
      [['Gulf Water Research Council', 'organizer'], ['Kuwait Institute for Scientific Research', 'partner']],
      [['Gulf Water Research Council', 'organizer']],
      [['Gulf Water Research Council', 'organizer']],
    ]);
  });
});

describe('what an event is not', () => {
  it('"move its annual congress from an in-person meeting to an online event": the meeting is a format it changed from, no event of its own', () => {
    expect(events('events-format-change.txt').map(brief)).toEqual([{ name: 'annual congress', type: 'conference', startDate: '2026-03-24' }]);
  });
});
