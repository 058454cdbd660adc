import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { findEventMentions } from '../src/recognisers/events.js';
import { readParticipantCount } from '../src/text/counts.js';
import { fixture } from './helpers.js';

const events = (name: string) => extract(fixture(name)).events.map(({ organizers, attendees, speakers, span, ...e }) => e);
const mentions = (text: string) => findEventMentions(text, 0, 0, false).map((m) => [m.name, m.type, m.proper]);

describe('event mentions', () => {
  it('proper names with their "on/of" tails', () => {
    expect(mentions('They held a Thematic Dialogue on Preventing and Responding to Trafficking in Persons into Cyber-Scam Centers.')).toEqual([
      ['Thematic Dialogue on Preventing and Responding to Trafficking in Persons into Cyber-Scam Centers', 'dialogue', true],
    ]);
    expect(mentions('the Third Annual Meeting of the Coastal Patrol Working Group in Suva')[0]).toEqual(['Third Annual Meeting of the Coastal Patrol Working Group', 'meeting', true]);
    expect(mentions('will host the 2025 Regional Forum on Water Security.')[0]).toEqual(['2025 Regional Forum on Water Security', 'forum', true]);
  });
  it('unnamed events: "a two-day workshop", "the training", "a courtesy call"', () => {
    expect(mentions('They held a two-day workshop.')).toEqual([['workshop', 'workshop', false]]);
    expect(mentions('After the training, they left.')).toEqual([['training', 'training', false]]);
    expect(mentions('She paid a courtesy call on the Minister.')).toEqual([['courtesy call', 'visit', false]]);
    expect(mentions('It was a comprehensive training programme for consuls.')).toEqual([['training programme', 'training', false]]);
  });
  it('types from the event noun lexicon', () => {
    const typeOf = (t: string) => findEventMentions(t, 0, 0, false)[0]?.type;
    expect(typeOf('a news conference')).toBe('briefing');
    expect(typeOf('a ribbon cutting ceremony')).toBe('ceremony');
    expect(typeOf('a round table')).toBe('roundtable');
    expect(typeOf('the handover')).toBe('ceremony');
    expect(typeOf('an exhibition')).toBe('exhibition');
    expect(typeOf('a summit')).toBe('summit');
    expect(typeOf('a webinar')).toBe('webinar');
    expect(typeOf('the festival')).toBe('other');
  });
  it('a capitalised event noun inside a body\'s or building\'s name is no event', () => {
    expect(mentions('the Pacific Islands Forum Secretariat said')).toEqual([]);
    expect(mentions('at the Foreign Affairs Ministry')).toEqual([]);
    expect(mentions('under the Global Programme on Crime')).toEqual([]);
  });
  it('a quoted title beside the noun is the name', () => {
    expect(mentions('a roundtable “Application of Rights in Digital Spaces” was held')[0]).toEqual(['Application of Rights in Digital Spaces', 'roundtable', true]);
  });
});

describe('participant counts', () => {
  it.each([
    ['The workshop was attended by 57 participants.', 57],
    ['more than 30 participants joined', 30],
    ['for over a hundred officials from the region', 100],
    ['Some 40 delegates from ten countries', 40],
    ['trained sixteen (16) prosecutors', 16],
    ['connecting the office with 16 police and immigration officials', 16],
    ['The delegation consisted of 9 members of parliament.', null],
    ['leaders from 20 countries', null],
    ['in 2024 officials said', null],
  ])('%s', (text, n) => {
    expect(readParticipantCount(text)).toBe(n);
  });
});

describe('events on fixture releases', () => {
  it('a named annual meeting with a webinar after it; a background conference is not reported', () => {
    expect(events('events-annual-meeting-hanoi.txt')).toEqual([
      {
        id: 'e1', name: 'Third Annual Meeting of the Mekong Border Management Working Group', type: 'meeting', startDate: '2024-10-02', endDate: null,
        location: { venue: null, city: 'Hanoi', region: null, country: 'Vietnam' }, attendanceMode: null, participantCount: 57,
      },
      {
        id: 'e2', name: 'Regional Webinar on Document Fraud Detection', type: 'webinar', startDate: '2024-10-03', endDate: null,
        location: null, attendanceMode: 'online', participantCount: null,
      },
    ]);
  });
  it('later mentions ("the Meeting", "the event") are the same event, and its first mention is the span', () => {
    const text = fixture('events-annual-meeting-hanoi.txt');
    const [e1] = extract(text).events;
    expect(text.slice(e1!.span.start, e1!.span.end)).toBe('Third Annual Meeting of the Mekong Border Management Working Group');
  });
  it('a dateline "Bangkok (Thailand), date –", "yesterday", a venue, "some 40 delegates"; countries of origin are not the place', () => {
    expect(events('events-bangkok-training-yesterday.txt')).toEqual([
      {
        id: 'e1', name: 'training on fair recruitment', type: 'training', startDate: '2024-12-18', endDate: null,
        location: { venue: 'Riverside Hotel', city: 'Bangkok', region: null, country: 'Thailand' }, attendanceMode: null, participantCount: 40,
      },
    ]);
  });
  it('a courtesy call "on Tuesday at 10 a.m." and a forum "between 4 and 6 March" of next year with "over a hundred officials"', () => {
    expect(events('events-courtesy-call-manila.txt')).toEqual([
      {
        id: 'e1', name: 'courtesy call', type: 'visit', startDate: '2024-10-01T10:00', endDate: null,
        location: { venue: 'Department of Labor and Employment', city: 'Manila', region: null, country: 'Philippines' }, attendanceMode: null, participantCount: null,
      },
      {
        id: 'e2', name: 'follow-up forum', type: 'forum', startDate: '2025-03-04', endDate: '2025-03-06',
        location: { venue: null, city: 'Cebu', region: null, country: 'Philippines' }, attendanceMode: null, participantCount: 100,
      },
    ]);
  });
  it('"JAKARTA —" with no publication date: --MM-DD, mixed mode, "more than 30 participants"', () => {
    expect(events('events-dateline-hybrid-workshop.txt')).toEqual([
      {
        id: 'e1', name: 'workshop on coastal flood warnings', type: 'workshop', startDate: '--11-12', endDate: '--11-13',
        location: { venue: null, city: 'Jakarta', region: null, country: 'Indonesia' }, attendanceMode: 'mixed', participantCount: 30,
      },
    ]);
  });
  it('"next Tuesday" and "from 6:30 p.m." give the start time; the venue comes from the next sentence', () => {
    expect(events('events-town-hall-next-tuesday.txt')).toEqual([
      {
        id: 'e1', name: 'town hall meeting', type: 'meeting', startDate: '2017-04-18T18:30', endDate: null,
        location: { venue: 'Lincoln Public Library', city: 'Springfield', region: null, country: 'United States' }, attendanceMode: null, participantCount: null,
      },
    ]);
  });
  it('a cross-month range with the year from the name, held virtually', () => {
    expect(events('events-virtual-forum.txt')).toEqual([
      {
        id: 'e1', name: '2025 Regional Forum on Climate Finance', type: 'forum', startDate: '2025-09-30', endDate: '2025-10-02',
        location: null, attendanceMode: 'online', participantCount: null,
      },
    ]);
  });
});

describe('attendance mode', () => {
  const mode = (body: string) => extract(`Agency holds regional workshop\n\n${body}\n`).events[0]?.attendanceMode ?? null;
  it.each([
    ['The Agency held a regional workshop on 3 May. The workshop was held virtually.', 'online'],
    ['The Agency held a regional workshop on 3 May via Zoom.', 'online'],
    ['The Agency held a webinar on 3 May.', 'online'],
    ['The Agency held a hybrid workshop on 3 May.', 'mixed'],
    ['The Agency held a regional workshop on 3 May in person and online.', 'mixed'],
    ['The Agency held a regional workshop on 3 May at the Grand Hotel.', null],
    ['The Agency held an in-person workshop on 3 May.', 'offline'],
  ])('%s', (body, expected) => {
    expect(mode(body)).toBe(expected);
  });
});

describe('robustness', () => {
  it('never throws and keeps the record valid on odd input', () => {
    for (const text of ['workshop', '“', 'On 31 February 2024 the Meeting of', 'in in in at at from', 'a'.repeat(5000), '12-15 November '.repeat(300)]) {
      expect(() => extract(text)).not.toThrow();
    }
  });
  it('stays linear: a long release is read quickly', () => {
    const text = fixture('events-annual-meeting-hanoi.txt').repeat(60);
    const t0 = performance.now();
    extract(text);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});

describe('events in other styles', () => {
  const first = (text: string) => {
    const { organizers, attendees, speakers, span, id, ...e } = extract(text, { referenceDate: '2024-11-01' }).events[0]!;
    return e;
  };
  it('the day a statement was made is not the event date; "travel to Brazil" is where the visit is', () => {
    expect(first('WASHINGTON (AP) — The President will travel to Brazil next week for a state visit, the White House said on Friday.')).toEqual({
      name: 'state visit', type: 'visit', startDate: null, endDate: null,
      location: { venue: null, city: null, region: null, country: 'Brazil' }, attendanceMode: null, participantCount: null,
    });
  });
  it('"the launch of a new Global Partnership on ..." keeps its name, "yesterday" against the dateline', () => {
    const e = first('NAIROBI, 3 March 2022 – Ministers gathered in Nairobi yesterday for the launch of a new Global Partnership on Plastic Pollution.');
    expect([e.name, e.type, e.startDate, e.location?.city, e.location?.country]).toEqual(['launch of a new Global Partnership on Plastic Pollution', 'launch', '2022-03-02', 'Nairobi', 'Kenya']);
  });
  it('a quoted webinar title with a weekday, a date and a time range, via Microsoft Teams', () => {
    const e = first('The webinar "Digital Tools for Teachers" will take place on Thursday, 14 November 2024, from 14:00 to 16:00 CET via Microsoft Teams.');
    expect([e.name, e.type, e.startDate, e.attendanceMode]).toEqual(['Digital Tools for Teachers', 'webinar', '2024-11-14T14:00', 'online']);
  });
  it('a series of meetings is one event over the whole period, with each dated meeting after it', () => {
    const r = extract('Agency opens a series of regional meetings\n\nThe agency today opened a series of regional meetings on water. The meeting in Lima, from 3 - 4 June, brings together ministers. The Nairobi meeting, 10 - 12 June, follows.\n');
    expect(r.events.map((e) => [e.name, e.startDate, e.endDate, e.location?.city ?? null])).toEqual([
      ['regional meetings on water', '--06-03', '--06-12', null],
      ['meeting in Lima', '--06-03', '--06-04', 'Lima'],
      ['Nairobi meeting', '--06-10', '--06-12', 'Nairobi'],
    ]);
  });
});
