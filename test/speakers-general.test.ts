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

  it('", from Body" after a position: the "of" complement stays in the title', () => {
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
