/**
 * Speaker roles read from the programme's wording: a keynote "presented by" someone, a discussion
 * "which will include" its panellists; and an event named after "the programme of".
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';

describe('speaker roles from a programme', () => {
  it('"the keynote and demonstration, presented by X" is a keynote; "a discussion, which will include A and B" makes them panellists', () => {
    const [e] = extract(fixture('roles-keynote-presented-panel.txt')).events;
    // the programme of the summit is no event of its own; the year belongs to the name
    expect([e?.name, e?.type, e?.startDate, e?.endDate]).toEqual(['Open Hardware Summit 2026', 'summit', '2026-03-12', '2026-03-13']);
    expect(e?.speakers.map((s) => [s.name, s.roles])).toEqual([
      ['Mira Okonkwo', ['keynote']],
      ['Lukas Brandt', ['moderator']],
      ['Priya Raman', ['panelist']],
      ['Tomás Ferreira', ['panelist']],
    ]);
  });
});

describe('who did not speak', () => {
  it('"who was expected to attend the opening session, stayed away" gives no opening remarks; "gave the opening remarks" does', () => {
    const [e] = extract(fixture('roles-expected-to-attend.txt')).events;
    expect(e?.speakers.map((s) => [s.name, s.title, s.roles])).toEqual([['Paul Odongo', 'Water Minister', ['opening remarks']]]);
  });
});

describe('talks between delegations', () => {
  it('heads of delegations take part; "was introduced by X" makes X a presenter; "Ghana and Togo hold talks" names two organisers', () => {
    const [e] = extract(fixture('roles-delegation-introduced.txt')).events;
    expect(e?.organizers.map((o) => [o.name, o.role])).toEqual([['Ghana', 'organizer'], ['Togo', 'organizer']]);
    expect(e?.speakers.map((s) => [s.name, s.title, s.affiliation, s.roles])).toEqual([
      ['Akosua Mensah', 'Deputy Minister of Foreign Affairs', null, ['speaker']],
      ['Koffi Agbeko', 'Secretary General', null, ['speaker']],
      ['Kwame Boateng', null, 'Ghana Revenue Authority', ['presenter']],
    ]);
  });
});
