/**
 * Releases of our own in styles the rules were not written against (a museum's exhibition, a
 * volunteers' planting day, a union's workshop): each fact a careful reader takes from them.
 * The misses they showed became rules; what the record still gets wrong is asserted as it is,
 * with a note, so that a change to it is seen.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord } from '../src/record.js';
import { fixture } from './helpers.js';

const only = (name: string): EventRecord => {
  const { events } = extract(fixture(name));
  expect(events).toHaveLength(1);
  return events[0]!;
};
const who = (e: EventRecord) => ({
  organisers: e.organizers.map((o) => [o.name, o.role]),
  attendees: e.attendees.map((a) => [a.category, a.count]),
  speakers: e.speakers.map((s) => [s.name, s.title, s.affiliation, s.roles]),
});

describe('releases in styles of their own', () => {
  it('a museum opens “Lives on the Water”, an exhibition that runs until 30 June', () => {
    const e = only('general-exhibition-quoted.txt');
    // "runs until 30 June 2026" is the last day; the opening Saturday has no date to count from
    expect([e.name, e.type, e.startDate, e.endDate, e.location?.city]).toEqual(['Lives on the Water', 'exhibition', null, '2026-06-30', 'Can Tho']);
    expect(who(e)).toEqual({
      organisers: [['Delta Heritage Museum', 'organizer'], ['Nordic Culture Fund', 'partner']],
      attendees: [['visitors', 300], ['students', null], ['local artists', null]],
      speakers: [['Pham Van Duc', 'museum director', null, ['speaker']]],
    });
  });

  it('volunteers plant mangroves on a planting day organised with the county, at a creek near the dateline town', () => {
    const e = only('general-mangrove-planting.txt');
    expect([e.name, e.type, e.startDate, e.location]).toEqual(['planting day', 'other', '2026-05-21', { venue: 'Mtwapa Creek', city: 'Mombasa', region: null, country: 'Kenya' }]);
    // not yet read: the Trust the volunteers "joined ... to plant" is its organiser
    expect(who(e).organisers).toEqual([['Global Ocean Fund', 'sponsor'], ['Kilifi County Government', 'partner']]);
  });

  it('a union holds a two-day workshop on labour rights; shop stewards took part; an ILO coordinator presented', () => {
    const e = only('general-union-workshop.txt');
    expect([e.name, e.type, e.startDate, e.endDate, e.location?.city, e.location?.country]).toEqual(['workshop on labour rights', 'workshop', '2026-04-14', '2026-04-15', 'Maseru', 'Lesotho']);
    expect(who(e)).toEqual({
      organisers: [['Domestic Workers Union of Lesotho', 'organizer'], ['International Labour Organization', 'partner']],
      attendees: [['shop stewards', 35], ['organisers from six districts', null]],
      speakers: [['Thabo Mokoena', 'Country Coordinator', 'ILO', ['presenter']]],
    });
  });

  it('a collective streams its International Poetry Night on YouTube, with readings by three poets', () => {
    const e = only('general-poetry-stream.txt');
    expect([e.name, e.type, e.startDate, e.attendanceMode]).toEqual(['International Poetry Night', 'other', '2026-07-18T19:00', 'online']);
    expect(who(e)).toEqual({
      // "Hosted by poet and broadcaster Maya Okafor": the spec counts who hosted among the organisers
      organisers: [['Lantern Poetry Collective', 'organizer'], ['Maya Okafor', 'host']],
      attendees: [],
      // "Hosted by poet and broadcaster Maya Okafor": both occupations are her title, and the host of readings by others leads them
      speakers: [
        ['Maya Okafor', 'poet and broadcaster', null, ['moderator']],
        ['Tomasz Wierzbicki', null, null, ['presenter']],
        ['Aiko Tanabe', null, null, ['presenter']],
        ['Joaquín Ruiz', null, null, ['presenter']],
      ],
    });
  });

  it('a network runs a webinar that 150 conservationists, researchers and officials took part in; a moderator and two presenters', () => {
    const e = only('general-wetlands-webinar.txt');
    // "on Wednesday" in a release dated Thursday 5 March
    expect([e.name, e.type, e.startDate, e.attendanceMode]).toEqual(['webinar on wetland restoration', 'webinar', '2026-03-04', 'online']);
    expect(who(e)).toEqual({
      organisers: [['East African Wetlands Network', 'organizer']],
      attendees: [['conservationists', 150], ['researchers', null], ['government officials', null]],
      speakers: [
        ['Grace Wanjiru', 'Programme Manager', 'EAWN', ['moderator']],
        // ("Prof." alone: a form of address, no title)
        ['Samuel Otieno', null, 'Makerere University', ['presenter']],
        ['Halima Yusuf', 'hydrologist', 'Tanzania Water Institute', ['presenter']],
      ],
    });
  });

  it('unions and employers meet in a tripartite dialogue that a minister opened', () => {
    const e = only('general-tripartite-dialogue.txt');
    expect([e.name, e.type, e.startDate, e.location?.venue, e.location?.city]).toEqual(['tripartite dialogue on overtime pay', 'dialogue', '2026-01-20', 'Ministry of Labour', 'Phnom Penh']);
    expect(who(e).speakers).toEqual([
      ['International Labour Organization', null, null, ['presenter']],
      ['Heng Sour', 'Labour Minister', null, ['opening remarks']],
    ]);
  });
});
