/**
 * People, speakers and quotations read from their context (issue 12): names that compromise does not
 * know, read as people from a title, an apposition, the shape of a list or a verb of saying; speaker
 * line-ups; quote attribution. Every fixture is a release written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document.js';
import { extract } from '../src/extract.js';
import { findPeople } from '../src/recognisers/people.js';
import type { Speaker } from '../src/record.js';
import { fixture } from './helpers.js';

const people = (text: string) => findPeople(new Document(text)).map((p) => ({ name: p.name, honorific: p.honorific, title: p.title, affiliation: p.affiliation }));
const names = (text: string) => findPeople(new Document(text)).map((p) => p.name);
const brief = (s: Speaker) => ({ name: s.name, title: s.title, affiliation: s.affiliation, roles: s.roles });
const speakersOf = (text: string) => extract(text).events.flatMap((e) => e.speakers.map(brief));

describe('names read from their context (fixtures/people-names-in-context.txt)', () => {
  const text = fixture('people-names-in-context.txt');
  const found = people(text);
  const byName = (n: string) => found.find((p) => p.name === n);

  it('a position, a comma, then the name', () => {
    expect(byName('Yaw Boateng-Mensah')).toEqual({ name: 'Yaw Boateng-Mensah', honorific: null, title: 'Deputy Registrar', affiliation: 'Coastal Polytechnic' });
  });
  it('a weekday as a given name after an honorific', () => {
    expect(byName('Monday Okoro')).toEqual({ name: 'Monday Okoro', honorific: 'Mr', title: 'Branch Treasurer', affiliation: 'Harbour Pilots Guild' });
  });
  it('a two-word honorific', () => {
    expect(byName('Azlan Harun')).toEqual({ name: 'Azlan Harun', honorific: 'Tan Sri', title: 'Chairman', affiliation: 'Board of Governors' });
  });
  it('a particle glued by a hyphen', () => {
    expect(byName('Layla al-Rashidi')).toEqual({ name: 'Layla al-Rashidi', honorific: null, title: 'Ambassador', affiliation: null });
  });
  it('a lower-case position right after the name, without a comma', () => {
    expect(byName('Oskari Lindqvist')).toEqual({ name: 'Oskari Lindqvist', honorific: null, title: 'chair', affiliation: 'Harbour Ratepayers Association' });
  });
  it('a nickname in parentheses, in a list next to a person', () => {
    expect(byName('Marisol (Sol) Etxeberria')).toBeDefined();
  });
  it('a verb of saying after or before the name', () => {
    expect(byName('Dilnoza Yusupova')).toBeDefined();
    expect(byName('Teodora Vlasceanu')).toEqual({ name: 'Teodora Vlasceanu', honorific: null, title: 'chief economist', affiliation: 'Banco del Litoral' });
  });
  it('reads no person from a newspaper, a title, a lecture series, a month or a place in a position', () => {
    const all = found.map((p) => p.name);
    for (const not of ['Daily Courier', 'Corporate Architect', 'Corporate', 'Anthony Ferreira Lectures', 'August', 'Asia Pacific', 'Pilots Guild']) expect(all).not.toContain(not);
  });
  it('finds exactly these people', () => {
    expect(found.map((p) => p.name)).toEqual([
      'Yaw Boateng-Mensah', 'Monday Okoro', 'Azlan Harun', 'Layla al-Rashidi', 'Oskari Lindqvist', 'Marisol (Sol) Etxeberria',
      'Dilnoza Yusupova', 'Teodora Vlasceanu', 'Ngozi Okeke',
    ]);
  });
});

describe('small context rules', () => {
  it('a weekday is a name only between an honorific or title and a name', () => {
    expect(names('The board met on Sunday. Mr Sunday Adeyemi chaired it.')).toEqual(['Sunday Adeyemi']);
    expect(names('The forum opened on Monday March 3 in the town hall.')).toEqual([]);
  });
  it('a month is a family name only right after one given name', () => {
    expect(names('Director General Ruvani August opened the meeting in August.')).toEqual(['Ruvani August']);
  });
  it('an apposition that is a clause is not read', () => {
    expect(people('The Kazakh delegation was led by Deputy Minister Galym Sarsenov, the Uzbek delegation was led by Deputy Minister Bakhtiyor Nurov.')).toEqual([
      { name: 'Galym Sarsenov', honorific: null, title: 'Deputy Minister', affiliation: null },
      { name: 'Bakhtiyor Nurov', honorific: null, title: 'Deputy Minister', affiliation: null },
    ]);
  });
  it('a phrase after a comma that opens with a preposition is no apposition', () => {
    expect(people('The meeting was chaired by Minister Datuk Rafiq Osman, with Prime Minister Tan Sri Hamid Yusof speaking at 10 am during the ceremony.')).toEqual([
      { name: 'Rafiq Osman', honorific: 'Datuk', title: 'Minister', affiliation: null },
      { name: 'Hamid Yusof', honorific: 'Tan Sri', title: 'Prime Minister', affiliation: null },
    ]);
  });
  it('praise after a name is no title', () => {
    expect(people('Sir Peter Vance, widely regarded as the finest geneticist in Europe, will speak.')).toEqual([{ name: 'Peter Vance', honorific: 'Sir', title: null, affiliation: null }]);
  });
  it('a portfolio joined by "and" stays in the title', () => {
    expect(people('Tomasz Wielgosz, Minister of Foreign Affairs and International Cooperation, met the press.')[0]!.title).toBe('Minister of Foreign Affairs and International Cooperation');
  });
  it('a position after an opening phrase and its comma; an owner before the title keeps "of" in it', () => {
    expect(people('Addressing delegates at the opening session, Palmera’s Deputy Director of Customs, Oumar Sy, highlighted the risks.')).toEqual([
      { name: 'Oumar Sy', honorific: null, title: 'Deputy Director of Customs', affiliation: 'Palmera' },
    ]);
  });
  it('a position after another name is not this name’s ("the John K. Weller Professor of Law, X")', () => {
    expect(names('Lena Rask, the Harold F. Weller Professor of Law, Ethics and Policy at Norland University, spoke.')).toEqual(['Lena Rask']);
  });
  it('a capitalised pair after "the" is no person, nor is a body said to say something', () => {
    expect(names('The Harbour Gazette said the plan works. The Daily Courier said so too.')).toEqual([]);
  });
});

describe('speaker line-ups (fixtures/people-lineup-webinar.txt)', () => {
  const speakers = speakersOf(fixture('people-lineup-webinar.txt'));
  it('lists every speaker with title, affiliation and role', () => {
    expect(speakers).toEqual([
      { name: 'Halvard Moen', title: null, affiliation: 'NORDAG-Bergen', roles: ['presenter'] },
      { name: 'Ifeoma Chukwu', title: null, affiliation: 'NORDAG-Bergen', roles: ['presenter'] },
      // ("Prof" alone: a form of address, no title)
      { name: 'Tuyet Lan Pham', title: null, affiliation: 'Mekong Delta University', roles: ['presenter'] },
      { name: 'Bartholomew Asante', title: null, affiliation: 'Institute of Dryland Studies', roles: ['presenter'] },
      { name: 'Emeka Obiora', title: 'Vice Chancellor', affiliation: 'Riverbend University', roles: ['opening remarks'] },
      { name: 'Sigrun Haldorsen', title: 'soil chemist', affiliation: 'Fjordland College', roles: ['speaker'] },
      { name: 'Kwabena Asante-Nyarko', title: 'Director', affiliation: 'Savanna Research Station', roles: ['speaker'] },
      { name: 'Wiremu Tane', title: 'lead hydrologist', affiliation: 'Basin Authority', roles: ['speaker'] },
      { name: 'Zainab', title: null, affiliation: null, roles: ['facilitator'] },
      { name: 'Ruqayya Bello', title: null, affiliation: null, roles: ['facilitator'] },
      { name: 'Marta Szymańska', title: null, affiliation: null, roles: ['panelist'] },
      { name: 'Oyelaran Adeyemi', title: null, affiliation: null, roles: ['panelist'] },
      { name: 'Teuila Faleolo', title: null, affiliation: null, roles: ['panelist'] },
      { name: 'Rafael Quispe Mamani', title: null, affiliation: null, roles: ['moderator'] },
      { name: 'Chidinma Eze', title: 'Dean', affiliation: 'Faculty of Agronomy', roles: ['speaker'] },
    ]);
  });
  it('makes no speaker of a region in a position, nor of a newspaper', () => {
    const all = speakers.map((s) => s.name);
    for (const not of ['Coastal Plains', 'Upper Basin', 'Daily Courier', 'Ngozi Okeke']) expect(all).not.toContain(not);
  });
  it('makes no organiser of the towns written beside speakers', () => {
    expect(extract(fixture('people-lineup-webinar.txt')).events[0]!.organizers.map((o) => o.name)).not.toContain('NORDAG-Bergen');
  });
});

describe('quote attribution (fixtures/people-quotes-attribution.txt)', () => {
  const record = extract(fixture('people-quotes-attribution.txt'));
  const said = record.quotations.map((q) => [q.text.slice(0, 24), q.speaker]);
  it('attributes every quotation', () => {
    expect(said).toEqual([
      // "it said": the body a reported sentence names before "said in a statement"
      ['The forum is open to eve', 'Fenwick River Trust'],
      // a quotation paragraph after "the Chief Executive, the Rt Hon X KC, said:" (not "her" of "In her speech")
      ['Safety on the water star', 'Marguerite Osei-Blackwood'],
      // "she": the person the sentence before is about, past a hyphenated adjective and a demonym
      ['Nobody plans to fall in,', 'Ilse Vandermeer'],
      // "the harbour chief said": a body's noun qualifying a person's title refers back to the person
      ['Most calls we answer cou', 'Tobiah Quarshie'],
      // “...” – Name, title: a signature after a dash
      ['I learned more in one mo', 'Rukmini Desai'],
      ['The council will match e', 'Wen Jiahui'],
    ]);
  });
  it('reads the speaker’s body in full where the text names it by its head noun, and the welcome as its role', () => {
    const sp = record.events[0]!.speakers.find((s) => s.name === 'Marguerite Osei-Blackwood')!;
    expect(brief(sp)).toEqual({ name: 'Marguerite Osei-Blackwood', title: 'Chief Executive', affiliation: 'Fenwick River Trust', roles: ['welcome remarks'] });
  });
});

describe('title references and who speaks (fixtures/people-title-references.txt)', () => {
  const speakers = speakersOf(fixture('people-title-references.txt'));
  it('lists exactly the people who spoke', () => {
    expect(speakers).toEqual([
      // "the Governor remarked": a title alone refers back to the Governor named before
      { name: 'Amara Nwosu-Hale', title: 'Governor', affiliation: null, roles: ['speaker'] },
      // "Sheikh Khalid underlined": the person whose name begins with "Khalid", not "Omar bin Khalid ..."
      { name: 'Khalid bin Rashid Al Mansoori', title: 'Minister of Marine Affairs', affiliation: null, roles: ['speaker'] },
      // a lower-case position before the honorific
      { name: 'Ilkka Rautio', title: 'station director', affiliation: null, roles: ['presenter'] },
      // "Md." abbreviates a given name; the unit headed stays in the title, the body after "at" is the affiliation
      { name: 'Md. Anwarul Karim', title: 'Head of the Tidal Dynamics Laboratory', affiliation: 'Bengal Institute of Oceanography', roles: ['speaker'] },
      // "said in her report"
      { name: 'Joanne Whitlock', title: null, affiliation: null, roles: ['speaker'] },
    ]);
  });
  it('makes no speaker of a person quoted in a presentation, nor of one the delegation called on', () => {
    const all = speakers.map((s) => s.name);
    expect(all).not.toContain('Rachel Carson');
    expect(all).not.toContain('Tomas Ekdahl');
    expect(all).not.toContain('Omar bin Khalid Al Fahim');
  });
  it('reads a lower-case position and the body before it', () => {
    expect(people('Meanwhile, Bernama chief executive officer (CEO) Nur Afida Kamal said the open house was a tradition. Lead author Selim Haq, Director of the Report Office, spoke.')).toEqual([
      { name: 'Nur Afida Kamal', honorific: null, title: 'chief executive officer', affiliation: 'Bernama' },
      { name: 'Selim Haq', honorific: null, title: 'Director', affiliation: 'Report Office' },
    ]);
  });
});

describe('credentials, a delegation, times and things handed over (fixtures/people-credentials-delegation.txt)', () => {
  const text = fixture('people-credentials-delegation.txt');
  const record = extract(text);
  const found = people(text);
  const byName = (n: string) => found.find((p) => p.name === n);
  it('reads the position after post-nominal letters, and a lower-case portfolio stays in the title', () => {
    expect(byName('Dario Ferrante')).toEqual({ name: 'Dario Ferrante', honorific: null, title: 'director of events', affiliation: 'Northbank Convention Centre' });
    // "CMP, CAE" are credentials, not bodies; "Guild president and CEO": the guild (named in full before) is
    expect(byName('Margit Halvorsen')).toEqual({ name: 'Margit Halvorsen', honorific: null, title: 'president and CEO', affiliation: 'Guild' });
  });
  it('"Sr." after a name and a comma is "Senior" in the title', () => {
    expect(byName('Tomasz Lewicki')).toEqual({ name: 'Tomasz Lewicki', honorific: null, title: 'Sr. Exhibit Designer', affiliation: 'Lakeshore Displays' });
    expect(found.map((p) => p.name)).not.toContain('Exhibit Designer');
  });
  it('a time after the name is no affiliation; a position after another name and "former" is not this name’s', () => {
    expect(byName('Helene Marchetti')).toEqual({ name: 'Helene Marchetti', honorific: 'Dr.', title: 'Speaker', affiliation: 'Assembly' });
    expect(byName('Marchetti')).toEqual({ name: 'Marchetti', honorific: 'Dr.', title: null, affiliation: null });
  });
  it('lists the speakers: "opened by", "the delegation was represented by" (the body whose delegation it is), "spoke as resource person"', () => {
    expect(record.events[0]!.speakers.map(brief)).toEqual([
      { name: 'Helene Marchetti', title: 'Speaker', affiliation: 'Assembly', roles: ['opening remarks'] },
      { name: 'Ayodele Bankole', title: 'Head of Member Services', affiliation: 'Exhibition Makers Guild', roles: ['speaker'] },
      { name: 'Yusuf Demir', title: 'Representative of the Regional Chapters', affiliation: 'Exhibition Makers Guild', roles: ['speaker'] },
      { name: 'Priyanka Sen', title: 'lawyer', affiliation: null, roles: ['presenter'] },
    ]);
  });
  it('presenting awards is no presentation, and a person quoted in a talk did not speak', () => {
    const roles = record.events[0]!.speakers.find((s) => s.name === 'Helene Marchetti')!.roles;
    expect(roles).not.toContain('presenter');
    expect(record.events[0]!.speakers.map((s) => s.name)).not.toContain('Cesar Ortiz');
  });
  it('attributes the quotations, one signed after a dash', () => {
    expect(record.quotations.map((q) => q.speaker)).toEqual(['Margit Halvorsen', 'Dario Ferrante', 'Tomasz Lewicki']);
  });
});

describe('bodies presenting', () => {
  it('bodies that set problem statements or hand over awards are no presenters; bodies that present sessions are', () => {
    const set = extract('Coding Week opens in Tamsin\n\nStudents began the hackathon on Monday to solve problem statements presented by the Ministry of Water Resources and the Ministry of Rural Roads.');
    expect(set.events[0]!.speakers).toEqual([]);
    const talks = extract('Coding Week opens in Tamsin\n\nThe hackathon opened on Monday with sessions presented by the Ministry of Water Resources.');
    expect(talks.events[0]!.speakers.map((s) => [s.name, s.roles])).toEqual([['Ministry of Water Resources', ['presenter']]]);
  });
});
