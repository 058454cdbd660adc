/**
 * Speakers on releases written for these tests in styles the rules were not written against: each
 * fixture (fixtures/people-*.txt) asserts exactly the speakers a careful reader takes, with title,
 * affiliation and roles.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { Document } from '../src/document.js';
import { findPeople } from '../src/recognisers/people.js';
import type { Speaker } from '../src/record.js';
import { fixture } from './helpers.js';

const brief = (s: Speaker) => [s.name, s.title, s.affiliation, s.roles];
const speakersOf = (name: string) => extract(fixture(name)).events.flatMap((e) => e.speakers.map(brief));
const people = (text: string) => findPeople(new Document(text)).map((p) => [p.name, p.title, p.affiliation]);

describe('Indian civil-service titles, two occupations, a host (fixtures/people-civil-service-titles.txt)', () => {
  it('reads the speakers with their titles and roles', () => {
    expect(speakersOf('people-civil-service-titles.txt')).toEqual([
      // "Director Education X": the portfolio written straight after the title head is the title's, not the name's
      ['Meenakshi Rawat', 'Director Education', null, ['opening remarks']],
      // "Hosted by novelist and columnist X, the evening programme featured readings by ...": both occupations; the host leads
      ['Farida Qureshi', 'novelist and columnist', null, ['moderator']],
      ['Arjun Bisht', null, null, ['presenter']],
      ['Kavya Menon', null, null, ['presenter']],
      // "A talk was given by": a talk is part of the event, not an event of its own
      ['Sudhir Awasthi', 'Head of the Physics Department', 'Lucknow University', ['speaker']],
      ['Harleen Gill', 'Deputy Commissioner', null, ['speaker']],
    ]);
  });
  it('people who were only present keep their grades ("Additional", "Joint") and portfolio', () => {
    const found = people(fixture('people-civil-service-titles.txt'));
    expect(found).toContainEqual(['Prakash Tiwari', 'Additional Director', null]);
    expect(found).toContainEqual(['Alok Srivastava', 'Joint Secretary Finance', null]);
  });
  it('a clause after a comma is no apposition of the name before it', () => {
    expect(people('Hosted by comedian Tunde Bakare, the quiz night raised money for the library.')).toEqual([['Tunde Bakare', 'comedian', null]]);
    expect(people('Ms Ruth Adeyemi, the newly elected president of the union, spoke first.')).toEqual([['Ruth Adeyemi', 'newly elected president of the union', null]]);
  });
});

describe('a tech conference wire release with line-ups (fixtures/people-tech-lineup.txt)', () => {
  it('reads line-ups, brackets, a Korean name, a suffix without a comma and a company before a title', () => {
    expect(speakersOf('people-tech-lineup.txt')).toEqual([
      ['Inês Carvalho', 'head of logistics', 'Mercadão Foods', ['speaker']],
      // "Park Ji-hoon": a family name that is also an English verb, before a hyphened given name
      ['Park Ji-hoon', 'chief technologist', 'Seorae Motors', ['speaker']],
      ['Dariusz Kowalczyk', 'co-founder', 'Voltwise', ['speaker']],
      // "The panel featured A (Org), B (Org) and C": panelists, the body in brackets is where each comes from
      ['Adaeze Nwosu', null, 'Kano Logistics Hub', ['panelist']],
      ['Matthias Brenner', null, 'Rheinfracht', ['panelist']],
      ['Yuki Sato', null, null, ['panelist']],
      ['Henrik Aaltonen', 'Senior Software Engineer', 'Pohjola Grid', ['presenter']],
      // ', platform lead at Quillstone': a post in lower case ending in a title head, then the body
      ['Tomás "Tommy" Herrera Jr.', 'platform lead', 'Quillstone', ['presenter']],
      // "of Kyushu Institute of Technology and Mariama Bah, director ...": the body ends before the next person
      ['Kenji Moriyama', null, 'Kyushu Institute of Technology', ['speaker']],
      ['Mariama Bah', 'director', 'Banjul Maker Space', ['speaker']],
      // "Quillstone CEO X": a word the release names again as a company, before the title, is the body
      ['Leonor Brandão', 'CEO', 'Quillstone', ['closing remarks']],
    ]);
  });
});

describe('a city council forum with a bulleted panel (fixtures/people-council-forum-bullets.txt)', () => {
  it('gives each bulleted person the role of the line-up above, and parts people in a list of titles', () => {
    expect(speakersOf('people-council-forum-bullets.txt')).toEqual([
      ['Bridget O\'Rourke', 'Councillor', null, ['moderator']],
      ['Desmond Achterberg', 'Chief of Police', null, ['presenter']],
      // ", Fire Marshal Luisa Ferraro and ...": a title we know only by its head, then a given name: the next person
      ['Luisa Ferraro', 'Fire Marshal', null, ['presenter']],
      ['Kemal Yıldız', null, null, ['presenter']],
      // "Panelists were:" then "- Name, Title, Body" lines
      ['Grace Mwangi', 'Executive Director', 'Marlow Bay Tenants Union', ['panelist']],
      ['Samuel "Sam" Whitlock Jr.', 'Principal', 'Eastside High School', ['panelist']],
      ['Ingrid Solberg', 'Coordinator', 'Harbour Youth Network', ['panelist']],
      ['Theodore Banks', 'Mayor', null, ['speaker']],
      // "Reverend" is a courtesy form, so "Mayor ... and Reverend" is no one's title
      ['Josiah Adeyemi', null, 'St Luke\'s Church', ['speaker']],
    ]);
  });
  it('a line-up is read only over the lines right after its opener', () => {
    const text = 'The Harbour Council held a forum on Tuesday.\n\nSpeakers:\n- Ada Mensah, Chair, Harbour Trust\n- Tom Reyes, Director, Bay Clinic\n\nResidents thanked the council.\n\n- Lena Ortiz, Treasurer, Harbour Trust';
    expect(extract(text).events.flatMap((e) => e.speakers.map(brief))).toEqual([
      ['Ada Mensah', 'Chair', 'Harbour Trust', ['speaker']],
      ['Tom Reyes', 'Director', 'Bay Clinic', ['speaker']],
    ]);
  });
});

describe('an NGO workshop in West African press style (fixtures/people-ngo-workshop-accra.txt)', () => {
  it('binds "moderated by" to its own list, reads a vote of thanks and a post on a board', () => {
    expect(speakersOf('people-ngo-workshop-accra.txt')).toEqual([
      ['Efua Asante-Darko', 'Deputy Minister for Lands and Natural Resources', null, ['opening remarks']],
      ['Kofi Boakye-Ansah', 'Executive Director', 'WACRN', ['welcome remarks']],
      // "a marine ecologist with the University of Dakar": the university is her body, not a presenter of its own
      ['Aminata Sow', 'marine ecologist', 'University of Dakar', ['facilitator']],
      ['Chukwuemeka Obi', 'Programme Manager', 'Niger Delta Mangrove Trust', ['facilitator']],
      ['Nana Yaa Owusu', 'journalist', null, ['moderator']],
      // "A panel discussion moderated by X brought together A, B and C": the panelists
      ['Akosua Frimpong', 'chairperson', 'Ada Fish Processors Association', ['panelist']],
      ['Ibrahim Jalloh', null, 'Sierra Leone Environment Protection Agency', ['panelist']],
      ['Grace Tetteh', null, null, ['panelist']],
      // "The vote of thanks was given by X, WACRN Board Secretary"
      ['Abena Kyei', 'Board Secretary', 'WACRN', ['closing remarks']],
    ]);
  });
});

describe('a Malaysian news-agency report (fixtures/people-bernama-summit.txt)', () => {
  it('reads "Speakers at the first plenary session included", "a/l" names and leaves those only present', () => {
    expect(speakersOf('people-bernama-summit.txt')).toEqual([
      ['Ahmad Zulkifli Hamzah', 'Deputy Prime Minister', null, ['keynote']],
      ['Wong Mei Ling', 'country manager', 'Cloudbridge Malaysia', ['speaker']],
      ['Rajesh a/l Subramaniam', 'head of talent', 'Petronas Digital', ['speaker']],
      ['Aziz Rahman', 'editor', 'TechAsia magazine', ['moderator']],
    ]);
  });
  it('"X and chief executive officer Y": the post after "and" is Y\'s alone', () => {
    expect(people(fixture('people-bernama-summit.txt'))).toContainEqual(['Nurul Izzah Abdul Rahman', 'chief executive officer', null]);
  });
});

describe('a ministry statement read on the minister\'s behalf (fixtures/people-ministry-statement.txt)', () => {
  const events = extract(fixture('people-ministry-statement.txt')).events;
  it('puts the speakers at the briefing the text names after "during" and by "The briefing"', () => {
    expect(events.map((e) => [e.name, e.speakers.map((s) => [...brief(s), s.onBehalfOf])])).toEqual([
      ['National Water Conference', []],
      ['Stakeholder Briefing', [
        // "in a statement read on her behalf by X": X delivered the remarks of the minister named before
        ['Petrus Nangolo', 'Executive Director', null, ['speaker'], 'Tjiuai Hangula'],
        // "Minister of Agriculture, Water and Land Reform X": the portfolio ends before the name
        ['Tjiuai Hangula', 'Minister of Agriculture, Water and Land Reform', null, ['speaker'], null],
        // "Col. (Rtd) X": an honorific in brackets; "The briefing" is a place where he spoke, not a briefing he gave
        ['Abisai Shilongo', 'chairperson', 'Namibia Water Users Forum', ['speaker'], null],
      ]],
    ]);
  });
  it('reads no one from a plural title or a role someone plays', () => {
    const names = findPeople(new Document(fixture('people-ministry-statement.txt'))).map((p) => p.name);
    expect(names).not.toContain('Secretaries');
    expect(events.flatMap((e) => e.speakers.map((s) => s.name))).not.toContain('Nelson Mandela');
    const gala = extract('The Arts Council held a conference on Friday. One of the presenters took on the role of Miriam Makeba, and Dr Ama Owusu gave the keynote.');
    expect(gala.events.flatMap((e) => e.speakers.map(brief))).toEqual([['Ama Owusu', null, null, ['keynote']]]);
  });
});
