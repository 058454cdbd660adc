/**
 * Speakers' titles and affiliations read from the general shapes a release writes them in: a position
 * that goes on over commas up to the body it is held at, a country after a minister's portfolio, a chair
 * named after people, a body's acronym after "of". Every fixture is a release written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { Document } from '../src/document.js';
import { extract } from '../src/extract.js';
import { findPeople } from '../src/recognisers/people.js';
import type { Speaker } from '../src/record.js';
import { fixture } from './helpers.js';

const people = (text: string) => findPeople(new Document(text)).map((p) => ({ name: p.name, title: p.title, affiliation: p.affiliation }));
const brief = (s: Speaker) => ({ name: s.name, title: s.title, affiliation: s.affiliation });
const speakersOf = (text: string) => extract(text).events.flatMap((e) => e.speakers.map(brief));

describe('a position and the body it is held at (fixtures/speakers-title-tails.txt)', () => {
  const speakers = speakersOf(fixture('speakers-title-tails.txt'));
  const of = (name: string) => speakers.find((s) => s.name === name);

  it('", from Body" after a position: its field of work stays in the title', () => {
    expect(of('Orla Brennigan')).toEqual({ name: 'Orla Brennigan', title: 'Director of Developer Relations', affiliation: 'Quayside Systems' });
  });
  it('a position with a list of regions, then "at Body" (a second position after "and a former" is left out)', () => {
    expect(of('Tomasz Wierzbicki')).toEqual({ name: 'Tomasz Wierzbicki', title: 'Chief of Europe, Africa and Latin America', affiliation: 'Meridian Networks' });
  });
  it('a lower-case position and portfolio, then "at Body"', () => {
    expect(of('Haruto Sagami')).toEqual({ name: 'Haruto Sagami', title: 'senior vice president, storage platforms', affiliation: 'Kestrel Data' });
  });
  it('"Director, Portfolio at the Body said"', () => {
    expect(people(fixture('speakers-title-tails.txt')).find((p) => p.name === 'Kofi Ansah-Boateng')).toEqual({ name: 'Kofi Ansah-Boateng', title: 'Director, Regional Integration', affiliation: 'Coastal States Secretariat' });
  });
  it('a chair named after people (initials) is the title; two posts joined by "and" share the body after them', () => {
    expect(of('Ines Valbuena')).toEqual({ name: 'Ines Valbuena', title: 'Robert K. and Marion T. Ashdown Professor of Information Systems and Professor of Law', affiliation: 'Northmoor University' });
    expect(of('Dmitri Olesky')).toEqual({ name: 'Dmitri Olesky', title: 'Clara J. Whitcombe Professor of Linguistics, Cognitive Science, and Centre for Language Policy', affiliation: 'Hollin College' });
  });
  it('a country in the comma phrase after a minister’s portfolio is the affiliation', () => {
    expect(of('Aroha Ngata')).toEqual({ name: 'Aroha Ngata', title: 'Minister of Trade and Tourism', affiliation: 'Samoa' });
  });
  it('"of" and a body’s acronym; a body’s head noun before the title head stays in the title', () => {
    expect(of('Efua Mensimah')).toEqual({ name: 'Efua Mensimah', title: 'Deputy General Secretary', affiliation: 'TUCOM' });
    expect(of('Saoirse Quill')).toEqual({ name: 'Saoirse Quill', title: 'Team Lead', affiliation: 'BRDF' });
  });
  it('"from the interior" names no body: the whole phrase is the title', () => {
    expect(of('Paulo Tavita')).toEqual({ name: 'Paulo Tavita', title: 'Minister of Fisheries and Islanders from the interior', affiliation: null });
  });
  it('counter-examples: a position of the next person in a list, and a verb before "at", give no body', () => {
    expect(of('Leontyne Marsh')).toEqual({ name: 'Leontyne Marsh', title: 'Director', affiliation: null });
    expect(of('Rafael Okonjo')).toEqual({ name: 'Rafael Okonjo', title: 'Professor', affiliation: 'Hollin College' });
    expect(people(fixture('speakers-title-tails.txt')).find((p) => p.name === 'Gwendolyn Ashcombe')).toEqual({ name: 'Gwendolyn Ashcombe', title: 'CEO', affiliation: null });
  });
  it('lists exactly these speakers', () => {
    expect(speakers.map((s) => s.name)).toEqual([
      'Orla Brennigan', 'Tomasz Wierzbicki', 'Haruto Sagami', 'Ines Valbuena', 'Dmitri Olesky', 'Aroha Ngata',
      'Efua Mensimah', 'Saoirse Quill', 'Paulo Tavita', 'Leontyne Marsh', 'Rafael Okonjo',
    ]);
  });
});

describe('small shapes of a position', () => {
  it('a name compromise takes for a place is a person after an honorific or a title, or in a line-up', () => {
    expect(people('Dr Leontyne Marsh spoke at the forum.')).toEqual([{ name: 'Leontyne Marsh', title: null, affiliation: null }]);
    expect(people('The forum was held in Port Moresby, where the delegates met.')).toEqual([]);
  });
  it('a title’s "of ICT" is a portfolio, not a body', () => {
    expect(people('Minister of ICT Rahel Tesfaye opened the session.')).toEqual([{ name: 'Rahel Tesfaye', title: 'Minister of ICT', affiliation: null }]);
  });
});

describe('positions written before the name (fixtures/speakers-prefix-positions.txt)', () => {
  const text = fixture('speakers-prefix-positions.txt');
  const speakers = speakersOf(text);
  const of = (name: string) => speakers.find((s) => s.name === name);

  it('in a list of "Body Title Name", the body before the next title is no person of its own', () => {
    expect(of('Marguerite Okonkwo')).toEqual({ name: 'Marguerite Okonkwo', title: 'CEO', affiliation: 'Tallis Freight' });
    // the portfolio right before the title head is the title's, the place before it the body
    expect(of('Rhiannon Pettifer')).toEqual({ name: 'Rhiannon Pettifer', title: 'Workforce Development Director', affiliation: 'Dulverton County' });
  });
  it('"Communications and Multimedia Minister X": two portfolios joined by "and" before the title are the title', () => {
    expect(people('The talks were chaired by Communications and Multimedia Minister Datuk Azmi Rahman. Then Trade Minister Lee Wen spoke, and so did the Minister of Health and Harbour City Mayor Olu Bankole.')).toEqual([
      { name: 'Azmi Rahman', title: 'Communications and Multimedia Minister', affiliation: null },
      { name: 'Lee Wen', title: 'Trade Minister', affiliation: null },
      { name: 'Olu Bankole', title: 'Mayor', affiliation: 'Harbour City' },
    ]);
  });
  it('"Body founder and chairman Name": the lower-case post joined by "and" is in the title, the body before it the affiliation', () => {
    expect(of('Anselm Drury')).toEqual({ name: 'Anselm Drury', title: 'founder and chairman', affiliation: 'Bexley Capital' });
  });
  it('an acronym in parentheses closes a body named across "and"; no person is read inside the body', () => {
    expect(of('Ilkka Rautio')).toEqual({ name: 'Ilkka Rautio', title: 'Chief Scientist', affiliation: 'Northern Glaciology and Polar Survey' });
    expect(speakers.map((s) => s.name)).not.toContain('Northern Glaciology');
  });
  it('a position our title words do not know, "at" a body, splits there', () => {
    expect(people(text).find((p) => p.name === 'Saga Bergqvist')).toEqual({ name: 'Saga Bergqvist', title: 'Senior Glaciologist', affiliation: 'Polar Survey' });
  });
  it('a body named by its head noun, then in full for the same person: the full name is the affiliation', () => {
    expect(of('Beatrix Oyelowo')).toEqual({ name: 'Beatrix Oyelowo', title: 'Dean', affiliation: 'College of Applied Logistics' });
  });
  it('"University VC, Prof X": the abbreviated post is the title, the body before it the affiliation', () => {
    expect(of('Devraj Malhotra')).toEqual({ name: 'Devraj Malhotra', title: 'VC', affiliation: 'Coastmoor Technical University' });
  });
  it('"Country’s Title, Ministry of X, Name": the ministry is the affiliation, not the country', () => {
    expect(of('Corazon Pech')).toEqual({ name: 'Corazon Pech', title: 'Director General', affiliation: 'Ministry of Transport and Logistics' });
  });
  it('counter-examples: staff listed after a name are no body; "the company’s founder and CEO" names no body', () => {
    expect(of('Ferdinand Achebe-Lowe')).toEqual({ name: 'Ferdinand Achebe-Lowe', title: 'Regional Director', affiliation: null });
    const later = people(text).filter((p) => p.name === 'Anselm Drury').pop();
    expect(later).toEqual({ name: 'Anselm Drury', title: 'founder and CEO', affiliation: null });
  });
  it('lists exactly these speakers', () => {
    expect(speakers.map((s) => s.name)).toEqual([
      'Marguerite Okonkwo', 'Rhiannon Pettifer', 'Anselm Drury', 'Ilkka Rautio', 'Beatrix Oyelowo', 'Devraj Malhotra', 'Corazon Pech', 'Ferdinand Achebe-Lowe',
    ]);
  });
});

describe('more small shapes', () => {
  it('"of Mexico and UNDP Administrator Y": the body after a name stops before the next person’s position', () => {
    expect(people('The report was launched by President Teodoro Ruiz of Belize and UNDP Administrator Anika Strand.')).toEqual([
      { name: 'Teodoro Ruiz', title: 'President', affiliation: null },
      { name: 'Anika Strand', title: 'Administrator', affiliation: 'UNDP' },
    ]);
  });
  it('lower-case words in a parenthesis after a body’s name do not unmake the body', () => {
    expect(people('Dr Lena Foss from Graphic Arts (Deemed to be University), Dehradun, spoke.')).toEqual([{ name: 'Lena Foss', title: null, affiliation: 'Graphic Arts' }]);
  });
});

describe('positions written loosely (fixtures/speakers-loose-positions.txt)', () => {
  const text = fixture('speakers-loose-positions.txt');
  const speakers = speakersOf(text);
  const of = (name: string) => speakers.find((s) => s.name === name);

  it('"Name Title – BODY": a position straight after the name, a dash, then the body', () => {
    expect(of('Ama Serwaa-Mensah')).toEqual({ name: 'Ama Serwaa-Mensah', title: 'Executive Director', affiliation: 'CLIMAR' });
  });
  it('"Name, Body Title,": the body’s name (with an acronym joined by a hyphen) before the post', () => {
    expect(of('Pieter Vos')).toEqual({ name: 'Pieter Vos', title: 'Member', affiliation: 'SAFE-Migration Network Steering Committee' });
  });
  it('"Name, Title Body on X": a body written straight after the title head, and no person read inside it', () => {
    expect(of('Efosa Ighodaro')).toEqual({ name: 'Efosa Ighodaro', title: 'Secretary', affiliation: 'Volta Regional Committee on Labour Mobility' });
    expect(speakers.map((s) => s.name)).not.toContain('Volta');
  });
  it('"Head of BODY’s Unit": the unit stays in the title, its owner is the affiliation', () => {
    expect(of('Thandeka Mthembu')).toEqual({ name: 'Thandeka Mthembu', title: 'Head of UNHCR’s Regional Bureau for Southern Africa', affiliation: 'UNHCR' });
  });
  it('a field of work after "of" stays in the title; a company after "of" is the affiliation', () => {
    expect(of('Selorm Agbeko')).toEqual({ name: 'Selorm Agbeko', title: 'Director of Programmes', affiliation: null });
    expect(of('Abena Oduro')).toEqual({ name: 'Abena Oduro', title: 'Dean of Students', affiliation: null });
    expect(of('Kenji Morita')).toEqual({ name: 'Kenji Morita', title: 'President', affiliation: 'Tamarind Logistics' });
  });
  it('lists exactly these speakers', () => {
    expect(speakers.map((s) => s.name)).toEqual(['Ama Serwaa-Mensah', 'Pieter Vos', 'Efosa Ighodaro', 'Thandeka Mthembu', 'Selorm Agbeko', 'Kenji Morita', 'Abena Oduro', 'Emeka Obiano']);
  });
  it('"Chief Name Body Title for X and ...": a body and a position straight after the name win over the courtesy "Chief"', () => {
    expect(of('Emeka Obiano')).toEqual({ name: 'Emeka Obiano', title: 'Country Director for Ghana', affiliation: 'SAHEL-Youth Initiative' });
    expect(people('Chief Obafemi Adeyemi spoke.')).toEqual([{ name: 'Obafemi Adeyemi', title: 'Chief', affiliation: null }]);
  });
});

describe('a portfolio before the name (fixtures/speakers-portfolio-names.txt)', () => {
  const text = fixture('speakers-portfolio-names.txt');
  const found = people(text);

  it('the portfolio a title leads to ends before the name, over a list of portfolios with commas', () => {
    expect(found).toEqual([
      { name: 'Wanjiru Karanja', title: 'County Executive Member for Trade, Tourism and the Blue Economy', affiliation: null },
      { name: 'Odhiambo Ochieng', title: 'Principal Secretary for Labour and Skills Development', affiliation: null },
      { name: 'Hope Muthoni', title: 'Chief Officer for Water', affiliation: null },
      { name: 'Tafadzwa Moyo', title: 'Minister of Sports', affiliation: null },
    ]);
  });
  it('the speakers keep those titles', () => {
    expect(speakersOf(text)).toEqual([
      { name: 'Odhiambo Ochieng', title: 'Principal Secretary for Labour and Skills Development', affiliation: null },
      { name: 'Hope Muthoni', title: 'Chief Officer for Water', affiliation: null },
      { name: 'Tafadzwa Moyo', title: 'Minister of Sports', affiliation: null },
    ]);
  });
  it('counter-examples: a unit’s head noun ends the body, not the name; a known given name is never stripped', () => {
    expect(people('The Director of Health Services Odhiambo Ochieng spoke.')).toEqual([{ name: 'Odhiambo Ochieng', title: 'Director', affiliation: 'Health Services' }]);
    expect(people('The Minister of Trade Grace Wanjiku Mwangi spoke.')).toEqual([{ name: 'Grace Wanjiku Mwangi', title: 'Minister of Trade', affiliation: null }]);
  });
});

describe('an occupation and the body before it, a position that opens the sentence (fixtures/speakers-occupation-body.txt)', () => {
  const text = fixture('speakers-occupation-body.txt');

  it('reads these speakers', () => {
    expect(speakersOf(text)).toEqual([
      // "Body, Town panel lawyer Name": the body with its town
      { name: 'Romola Thokchom', title: 'panel lawyer', affiliation: 'State Legal Aid Authority, Bishnupur' },
      // "Retired judge and the author of ..., Name in his address": the position that opens the sentence; "in his address" marks a person
      { name: 'Ibomcha Leishangthem', title: 'Retired judge', affiliation: null },
      // counter-example: a demonym before the occupation is no body
      { name: 'Sanatombi Khuman', title: 'journalist', affiliation: null },
    ]);
  });
  it('counter-examples: a sentence opener that is no position gives no title; a list before the comma gives none', () => {
    expect(people('Meanwhile, Ama Kyei said the fair would return.')).toEqual([{ name: 'Ama Kyei', title: null, affiliation: null }]);
    expect(people('Retired teachers, parents and pupils, Ama Owusu said, filled the hall.')).toEqual([{ name: 'Ama Owusu', title: null, affiliation: null }]);
  });
  it('"the BBC journalist X": a body’s acronym before the occupation', () => {
    expect(people('The BBC journalist Tom Rivers spoke.')).toEqual([{ name: 'Tom Rivers', title: 'journalist', affiliation: 'BBC' }]);
  });
});

describe('a body’s acronym inside a title', () => {
  it('"Assistant Secretary-General and UNDP Director for the Bureau": the acronym before a title word is the affiliation', () => {
    expect(people('The report was presented by Ingrid Solberg, Assistant Secretary-General and UNEP Director for the Bureau of Policy.')).toEqual([
      { name: 'Ingrid Solberg', title: 'Assistant Secretary-General and UNEP Director for the Bureau of Policy', affiliation: 'UNEP' },
    ]);
  });
  it('counter-example: a portfolio acronym in a title is no body', () => {
    expect(people('Minister of ICT Affairs Rahel Tesfaye opened the session.')).toEqual([{ name: 'Rahel Tesfaye', title: 'Minister of ICT Affairs', affiliation: null }]);
  });
});

describe('guards on the shapes above', () => {
  it('"from Nairobi, Kenya" after a position is where the person came from, not a body', () => {
    expect(people('The panel included Rehema Njoroge, Director of Research, from Nairobi, Kenya, and Tobias Abel, CEO, from Acme Holdings.')).toEqual([
      { name: 'Rehema Njoroge', title: 'Director of Research', affiliation: null },
      { name: 'Tobias Abel', title: 'CEO', affiliation: 'Acme Holdings' },
    ]);
  });
  it('"Chief Nurse": an occupation after a title word is the title, no person', () => {
    expect(people('The ward opened on Monday. Ama Boateng, Chief Nurse, said it was ready.')).toEqual([{ name: 'Ama Boateng', title: 'Chief Nurse', affiliation: null }]);
  });
  it('"Name, Body Title," alone is cue enough for a person', () => {
    expect(people('The ward opened on Monday. Wanjiru Kamau, Nyeri County Governor, spoke.')).toEqual([{ name: 'Wanjiru Kamau', title: 'Governor', affiliation: 'Nyeri County' }]);
  });
});

describe('a body’s own organs and units (fixtures/speakers-units-of-bodies.txt)', () => {
  it('"Chairman of the Board of Governors of the Museum": the organ is in the title, the body it belongs to the affiliation (named in full)', () => {
    expect(speakersOf(fixture('speakers-units-of-bodies.txt'))).toEqual([
      { name: 'Eleanor Whitcombe-Adeyemi', title: 'Chairman of the Board of Governors', affiliation: 'Harbour Maritime Museum' },
      { name: 'Anders Lindahl', title: 'Head of the Department of Oceanography', affiliation: 'Coldwater University' },
      // counter-example: "the Council of Harbour Towns" is a body in its own right, not an organ of one
      { name: 'Mariana Costa', title: 'President', affiliation: 'Council of Harbour Towns' },
    ]);
  });
});
