import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Document } from '../src/document.js';
import { createContext } from '../src/context.js';
import { emptyMentionSet } from '../src/mentions.js';
import { RECOGNISERS } from '../src/recognisers/index.js';
import { findOrganisations } from '../src/recognisers/organisations.js';
import { findPeople, splitTitle } from '../src/recognisers/people.js';
import { findAttendees, splitCategories } from '../src/recognisers/attendees.js';
import { agentResolver } from '../src/resolvers/agents.js';
import { roleResolver } from '../src/resolvers/roles.js';
import type { ResolutionState } from '../src/pipeline.js';
import type { EventRecord } from '../src/record.js';
import { fixture } from './helpers.js';

/** The recognisers, the agents resolver, one event in place (as the events resolver leaves it), then the roles resolver. */
function who(text: string, name = 'the event', type: EventRecord['type'] = 'other', more: [string, EventRecord['type']][] = []): { event: EventRecord; state: ResolutionState } {
  const doc = new Document(text);
  const ctx = createContext(doc, {}, []);
  const mentions = emptyMentionSet();
  for (const r of RECOGNISERS) (mentions as unknown as Record<string, unknown>)[r.kind] = r.recognise(ctx, mentions);
  let state: ResolutionState = agentResolver.resolve({ mentions, entities: [], events: [], quotations: [] }, ctx);
  const event: EventRecord = {
    id: 'e1', name, type, startDate: null, endDate: null, location: null, attendanceMode: null,
    organizers: [], attendees: [], participantCount: null, speakers: [], span: { start: 0, end: 1 },
  };
  const at = (n: string) => Math.max(0, text.indexOf(n));
  const others = more.map(([n, t], i): EventRecord => ({ ...event, id: `e${i + 2}`, name: n, type: t, span: { start: at(n), end: at(n) + n.length } }));
  event.span = { start: at(name), end: at(name) + name.length };
  state = roleResolver.resolve({ ...state, events: [event, ...others] }, ctx);
  return { event: state.events[0]!, state };
}

const orgNames = (text: string) => findOrganisations(new Document(text)).filter((o) => o.form === 'name').map((o) => [o.name, o.acronym]);
const person = (text: string) => findPeople(new Document(text)).map((p) => ({ name: p.name, honorific: p.honorific, title: p.title, affiliation: p.affiliation }));

describe('organisation names in full', () => {
  it.each([
    ['The workshop was organised by the Regional Support Office of the Bali Process in Bangkok.', [['Regional Support Office of the Bali Process', null]]],
    ['Officials of the Philippine Inter-Agency Council Against Trafficking (IACAT) attended.', [['Philippine Inter-Agency Council Against Trafficking', 'IACAT']]],
    ['The Ministry of Home Affairs of the Republic of Palmera hosted the meeting.', [['Ministry of Home Affairs of the Republic of Palmera', null]]],
    ['International Organization for Migration Viet Nam led the first session.', [['International Organization for Migration Viet Nam', null]]],
    ['The Department of Justice (DOJ) convened the workshop.', [['Department of Justice', 'DOJ']]],
    ['The Embassy of the Republic of Palmera in Bangkok and the Organization for Security and Co-operation in Europe met.', [['Embassy of the Republic of Palmera in Bangkok', null], ['Organization for Security and Co-operation in Europe', null]]],
    ['The Southern College of Fisheries, Aquaculture and Marine Science (SCFAMS) opened.', [['Southern College of Fisheries, Aquaculture and Marine Science', 'SCFAMS']]],
    ['Staff from the Harbour Liaison Office (HLO) of the Southern Seas Compact joined.', [['Harbour Liaison Office of the Southern Seas Compact', 'HLO']]],
    ['The study is funded by the Coastal Resilience Partnership Programme Phase III.', [['Coastal Resilience Partnership Programme Phase III', null]]],
  ])('%s', (text, expected) => {
    expect(orgNames(text)).toEqual(expected);
  });

  it('makes a body of a place\'s government in lower case, not of a region', () => {
    expect(orgNames('The Philippine government and the region face new threats.')).toEqual([['Philippine government', null]]);
    expect(orgNames('The Maharashtra government on Monday launched a contest; in December government offices closed.')).toEqual([['Maharashtra government', null]]);
    expect(orgNames('The region and the Federal government face new threats.')).toEqual([]);
  });

  it('cuts people and positions out of bodies', () => {
    expect(orgNames('World Bank Group President David Malpass and IMF Managing Director Kristalina Georgieva spoke.').map(([n]) => n)).toEqual(['World Bank Group', 'IMF']);
    expect(orgNames('Director of the Harbour Office for Coastal Affairs and Fisheries Matteo Rossi spoke.').map(([n]) => n)).toEqual(['Harbour Office for Coastal Affairs and Fisheries']);
  });
});

describe('people with honorific, title and affiliation', () => {
  it.each([
    ['The Dialogue opened with remarks by Undersecretary Nicholas Felix L. Ty on Monday.', { name: 'Nicholas Felix L. Ty', honorific: null, title: 'Undersecretary', affiliation: null }],
    ['In her remarks, Ms. Maria de la Cruz, Director for Consular Affairs at the DFA, thanked the hosts.', { name: 'Maria de la Cruz', honorific: 'Ms.', title: 'Director for Consular Affairs', affiliation: 'DFA' }],
    ['The panel was moderated by Anan Srisuk, Programme Co-lead (Thailand), who closed the day.', { name: 'Anan Srisuk', honorific: null, title: 'Programme Co-lead (Thailand)', affiliation: null }],
    ['Ambassador Lina Okafor, Deputy Minister for Multilateral Affairs of the Ministry of Foreign Affairs of Palmera, spoke next.', { name: 'Lina Okafor', honorific: null, title: 'Deputy Minister for Multilateral Affairs', affiliation: 'Ministry of Foreign Affairs of Palmera' }],
    ['The keynote was given by the Minister of Justice, Arturo Benitez, on Monday.', { name: 'Arturo Benitez', honorific: null, title: 'Minister of Justice', affiliation: null }],
    ['Director of the OSCE Office for Democratic Institutions and Human Rights Matteo Mecacci spoke.', { name: 'Matteo Mecacci', honorific: null, title: 'Director', affiliation: 'OSCE Office for Democratic Institutions and Human Rights' }],
    ['Stephanie von Friedeburg of the International Finance Corporation closed the forum.', { name: 'Stephanie von Friedeburg', honorific: null, title: null, affiliation: 'International Finance Corporation' }],
    ['H.E. Mr. Jullapong Nonsrichai, Vice Minister for Foreign Affairs of Thailand, co-chaired it.', { name: 'Jullapong Nonsrichai', honorific: 'H.E. Mr.', title: 'Vice Minister for Foreign Affairs of Thailand', affiliation: null }],
    ['Ms. Among Resi – Counter Trafficking Program Officer at IOM Thailand – delivered the first session.', { name: 'Among Resi', honorific: 'Ms.', title: 'Counter Trafficking Program Officer', affiliation: 'IOM Thailand' }],
  ])('%s', (text, expected) => {
    expect(person(text)[0]).toEqual(expected);
  });

  it('reads two people with titles joined by "and"', () => {
    expect(person('UNDP Administrator Helen Clark and Kansas City Mayor Sly James opened the show.')).toEqual([
      { name: 'Helen Clark', honorific: null, title: 'Administrator', affiliation: 'UNDP' },
      { name: 'Sly James', honorific: null, title: 'Mayor', affiliation: 'Kansas City' },
    ]);
  });

  it('splits a position phrase into title and affiliation', () => {
    expect(splitTitle('Deputy Minister of Migration and Asylum')).toEqual({ title: 'Deputy Minister of Migration and Asylum', affiliation: null });
    expect(splitTitle('Deputy of the Majilis of the Parliament of the Republic of Kazakhstan')).toEqual({ title: 'Deputy of the Majilis', affiliation: 'Parliament of the Republic of Kazakhstan' });
    expect(splitTitle('Senior Researcher at the NEXUS Institute')).toEqual({ title: 'Senior Researcher', affiliation: 'NEXUS Institute' });
    expect(splitTitle('World Bank Group President')).toEqual({ title: 'President', affiliation: 'World Bank Group' });
    expect(splitTitle('Justice Secretary')).toEqual({ title: 'Justice Secretary', affiliation: null });
  });
});

describe('attendee categories', () => {
  const categories = (text: string) => {
    const doc = new Document(text);
    return findAttendees(doc, findOrganisations(doc), findPeople(doc)).map((a) => [a.category, a.count]);
  };
  it('splits at coordination and keeps a qualifier that covers both', () => {
    expect(categories('The event was well-attended by member states and observer countries of the Compact with missions in Port Selene, CMSC member agencies, international organizations and civil society organizations.')).toEqual([
      ['member states and observer countries of the Compact with missions in Port Selene', null],
      ['CMSC member agencies', null],
      ['international organizations', null],
      ['civil society organizations', null],
    ]);
  });
  it('shares a head noun across "international and civil society organizations"', () => {
    expect(categories('The conference is a platform for key stakeholders, including national authorities, international and civil society organizations, and the private sector, to discuss next steps.')).toEqual([
      ['national authorities', null], ['international organizations', null], ['civil society organizations', null], ['private sector', null],
    ]);
  });
  it('reads counts and a list of places as one category', () => {
    expect(categories('Over three days, more than 30 participants from Cambodia, Lao PDR, Thailand and Viet Nam took part in the training.')).toEqual([
      ['participants from Cambodia, Lao PDR, Thailand and Viet Nam', 30],
    ]);
    expect(categories('The course brought together sixteen (16) prosecutors and 9 investigators.')).toEqual([['prosecutors', 16], ['investigators', 9]]);
  });
  it('lists the bodies themselves when officials come from named bodies', () => {
    expect(categories('The DOJ convened representatives coming from the Palmera National Police (PNP), National Bureau of Inquiry (NBI), and the Coast Guard Command, among others.')).toEqual([
      ['Palmera National Police', null], ['National Bureau of Inquiry', null], ['Coast Guard Command', null],
    ]);
  });
  it('splitCategories keeps "A and B of X" whole but splits "A and B"', () => {
    const text = 'judges and prosecutors of the region, lenders and donors';
    expect(splitCategories(text).map((p) => text.slice(p.start, p.end))).toEqual(['judges and prosecutors of the region', 'lenders', 'donors']);
  });
});

describe('roles on a regional dialogue (fixture)', () => {
  const { event, state } = who(fixture('who-regional-dialogue.txt'), 'Regional Dialogue on Maritime Labour Trafficking', 'dialogue');
  it('organisers: the headline and the subject of "held", not the chair of an organiser', () => {
    expect(event.organizers.map((o) => [o.name, o.role])).toEqual([
      ['Regional Fisheries Coordination Office of the Southern Seas Compact', 'organizer'],
      ['Palmeran Coastal Ministries Steering Council', 'organizer'],
    ]);
    expect(event.organizers[0]!.aliases).toEqual(['RFCO Southern Seas Compact', 'RFCO']);
    expect(event.organizers[1]!.aliases).toEqual(['CMSC', 'Council']);
  });
  it('resolves acronym-first forms, acronyms and short forms to one entity', () => {
    const names = state.entities.filter((e) => e.kind === 'organization').map((e) => e.name);
    expect(names).toEqual([
      'Palmeran Coastal Ministries Steering Council',
      'Regional Fisheries Coordination Office of the Southern Seas Compact',
      'Ministry of Home Affairs of the Republic of Palmera',
      // "the approach the Palmeran government has taken": a government named in lower case is a body
      'Palmeran government',
      // a collective is a body ("Collective" is an organisation head)
      'Harbour Rights Collective',
      'International Organization for Migration Palmera',
      'National Anti-Fraud Commission',
    ]);
  });
  it('attendees', () => {
    expect(event.attendees.map((a) => a.category)).toEqual([
      'member states and observer countries of the Compact with missions in Port Selene',
      'CMSC member agencies', 'international organizations', 'civil society organizations',
    ]);
  });
  it('speakers: bodies that present and sit on the panel, remarks delivered on behalf', () => {
    expect(event.speakers.map((s) => [s.name, s.kind, s.title, s.roles, s.onBehalfOf])).toEqual([
      ['Palmeran Coastal Ministries Steering Council', 'organization', null, ['presenter', 'panelist'], null],
      ['Regional Fisheries Coordination Office of the Southern Seas Compact', 'organization', null, ['presenter', 'panelist'], null],
      ['Harbour Rights Collective', 'organization', null, ['presenter', 'panelist'], null],
      ['International Organization for Migration Palmera', 'organization', null, ['panelist'], null],
      ['National Anti-Fraud Commission', 'organization', null, ['panelist'], null],
      ['Tomas Ferreira', 'person', 'Undersecretary', ['opening remarks'], null],
      ['Rowena T. Balagtas', 'person', 'Assistant Secretary', ['opening remarks'], 'Tomas Ferreira'],
    ]);
  });
});

describe('roles on a consular training (fixture)', () => {
  const { event } = who(fixture('who-consular-training.txt'), 'consular training programme', 'training');
  it('organisers: "jointly conducted" and "in partnership with"', () => {
    expect(event.organizers.map((o) => [o.name, o.role]).sort()).toEqual([
      ['Department of Justice', 'partner'],
      ['Embassy of the Republic of Palmera in Bangkok', 'organizer'],
      ['International Organization for Migration Viet Nam', 'organizer'],
      ['Ministry of Home Affairs of the Republic of Palmera', 'organizer'],
    ]);
  });
  it('speakers: sessions led by bodies, remarks, keynote, moderator and facilitator', () => {
    expect(event.speakers.map((s) => [s.name, s.title, s.affiliation, s.roles])).toEqual([
      ['Department of Justice', null, null, ['presenter']],
      ['A21', null, null, ['presenter']],
      ['International Organization for Migration Viet Nam', null, null, ['presenter']],
      ['Mekong Legal Aid Network', null, null, ['presenter']],
      ['Maria de la Cruz', 'Director for Consular Affairs', 'DFA', ['welcome remarks']],
      ['Arturo Benitez', 'Minister of Justice', null, ['keynote']],
      ['Lina Okafor', 'Deputy Minister for Multilateral Affairs', 'Ministry of Foreign Affairs of Palmera', ['closing remarks']],
      ['Anan Srisuk', 'Programme Co-lead (Thailand)', null, ['moderator']],
      ['Helene van der Berg', null, 'Mekong Legal Aid Network', ['facilitator']],
    ]);
  });
  it('attendees with a count', () => {
    expect(event.attendees.map((a) => [a.category, a.count])).toEqual([['participants from Cambodia, Lao PDR, Thailand and Viet Nam', 30]]);
  });
});

describe('roles on a business forum announcement (fixture)', () => {
  const { event } = who(fixture('who-business-forum.txt'), '2025 Small Business Forum', 'forum');
  it('organiser that announces and hosts, sponsors that fund', () => {
    expect(event.organizers.map((o) => [o.name, o.role])).toEqual([
      // "is pleased to announce that it will host": the announcing body hosts
      ['Harbor City Chamber of Commerce', 'host'],
      ['First Coast Bank', 'sponsor'],
      ['Gulf Shore Community Foundation', 'sponsor'],
    ]);
  });
  it('speakers from a "Speakers include" list, roles by surname later', () => {
    expect(event.speakers.map((s) => [s.name, s.title, s.affiliation, s.roles])).toEqual([
      ['Dana Whitfield', 'President', 'Harbor City Chamber of Commerce', ['opening remarks']],
      ['Luis Ortega', 'Mayor', 'Harbor City', ['keynote']],
      ['Priya Nair', 'State Senator', null, ['speaker']],
    ]);
  });
  it('attendees from "bring together" and a WHO: line', () => {
    expect(event.attendees.map((a) => a.category)).toEqual(['small business owners', 'lenders', 'local government officials', 'local officials']);
  });
});

describe('roles across events (fixture)', () => {
  const text = fixture('who-friendship-week.txt');
  it('a pronoun subject, an auspices partner, "participants included"; the press briefing is another event', () => {
    const { state } = who(text, 'Harvest Friendship Week', 'other', [['joint press briefing', 'briefing']]);
    const [week, briefing] = state.events;
    expect(week!.organizers.map((o) => [o.name, o.role])).toEqual([['Palmera-Selene Cultural Council', 'partner']]);
    expect(week!.attendees.map((a) => a.category)).toEqual(["farmers' cooperatives", 'school choirs', 'local artisans']);
    expect(week!.speakers.map((s) => [s.name, s.title, s.affiliation, s.roles])).toEqual([['Ana Duarte', 'Chair', 'Organising Committee', ['opening remarks', 'closing remarks']]]);
    expect(briefing!.speakers.map((s) => [s.name, s.title])).toEqual([['Kenji Moreau', 'Ambassador of Selene']]);
  });
  it('leaves out what is said about an event the record does not hold', () => {
    const { event } = who(text, 'Harvest Friendship Week', 'other');
    expect(event.speakers.map((s) => s.name)).toEqual(['Ana Duarte']);
  });
});

describe('properties', () => {
  it('every mention points at its own text, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', 'Ms. Ana Reyes, Director of the Harbour Office (HO), ', 'attended by officials from A, B and C. '), (noise, seed) => {
        const text = seed + noise;
        if (!text.trim()) return;
        const doc = new Document(text);
        const orgs = findOrganisations(doc);
        const people = findPeople(doc);
        for (const m of [...orgs, ...people, ...findAttendees(doc, orgs, people)]) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      { numRuns: 150 },
    );
  });
});
