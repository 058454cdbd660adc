import { describe, expect, it } from 'vitest';
import { addForm, findEntity, splitPersonReference, type Entity } from '../src/resolvers/agents.js';
import { acronymMatches, surnameOf } from '../src/text/names.js';

const org = (id: string, name: string, aliases: string[] = []): Entity => ({ id, kind: 'organization', name, aliases, spans: [{ start: 0, end: 1 }], title: null, affiliation: null });
const person = (id: string, name: string, title: string | null = null): Entity => ({ id, kind: 'person', name, aliases: [], spans: [{ start: 0, end: 1 }], title, affiliation: null });

describe('splitPersonReference', () => {
  it.each([
    ['Undersecretary Nicholas Felix L. Ty', { name: 'Nicholas Felix L. Ty', honorific: null, title: 'Undersecretary' }],
    ['Assistant Secretary Rowena T. Balagtas', { name: 'Rowena T. Balagtas', honorific: null, title: 'Assistant Secretary' }],
    ['H.E. Mr. Tomas Ferreira', { name: 'Tomas Ferreira', honorific: 'H.E. Mr.', title: null }],
    ['Ms. Maria de la Cruz', { name: 'Maria de la Cruz', honorific: 'Ms.', title: null }],
    ['Director General Vuni', { name: 'Vuni', honorific: null, title: 'Director General' }],
    ['Secretary Cacdac', { name: 'Cacdac', honorific: null, title: 'Secretary' }],
    ['the Right Honourable Peter Gale', { name: 'Peter Gale', honorific: 'Right Honourable', title: null }],
    ['Pol.Col.Somchai Wattana', { name: 'Somchai Wattana', honorific: 'Pol.Col.', title: null }],
    ['Chief Prosecutor (CP) Anna B. Reyes', { name: 'Anna B. Reyes', honorific: null, title: 'Chief Prosecutor' }],
    ['Dr. Ines van der Berg', { name: 'Ines van der Berg', honorific: 'Dr.', title: null }],
    ['Okafor', { name: 'Okafor', honorific: null, title: null }],
    // a rank or an academic post among the honorifics is the title when no other is written
    ['Prof. Dr. Jana Novak', { name: 'Jana Novak', honorific: 'Dr.', title: 'Prof.' }],
    ['Capt. Brian Tully', { name: 'Brian Tully', honorific: null, title: 'Capt.' }],
    ['Professor Emeritus Alan Reid', { name: 'Alan Reid', honorific: null, title: 'Professor Emeritus' }],
    ['Rev. Samuel Okafor', { name: 'Samuel Okafor', honorific: 'Rev.', title: null }],
  ])('%s', (raw, expected) => {
    expect(splitPersonReference(raw)).toEqual(expected);
  });
});

describe('acronymMatches', () => {
  it.each([
    ['RSO', 'Regional Support Office of the Bali Process', true],
    ['IACAT', 'Philippine Inter-Agency Council Against Trafficking', true],
    ['DOJ', 'Department of Justice', true],
    ['SFA', 'Southern Fisheries Alliance of Coastal States', true],
    ['OSCE', 'Organization for Security and Co-operation in Europe', true],
    ['RSO', 'Regional Office', false],
    ['NBI', 'Department of Justice', false],
  ])('%s for %s: %s', (acronym, name, expected) => {
    expect(acronymMatches(acronym, name)).toBe(expected);
  });
});

describe('surnameOf', () => {
  it('keeps a particle with the family name and drops suffixes', () => {
    expect(surnameOf('Leonor De Castro')).toBe('De Castro');
    expect(surnameOf('Anja von Hollen')).toBe('von Hollen');
    expect(surnameOf('Harold K. Brandt, Jr.')).toBe('Brandt');
  });
});

describe('findEntity', () => {
  const entities: Entity[] = [
    org('a1', 'Regional Support Office of the Bali Process', ['RSO Bali Process']),
    org('a2', 'Philippine Inter-Agency Council Against Trafficking', ['IACAT']),
    org('a3', 'Department of Justice', ['DOJ']),
    org('a4', 'Harbourside Museum of Maritime Art'),
    person('a5', 'Elena Marsh', 'Director'),
    person('a6', 'Sione Vuni', 'Director General'),
    person('a7', 'Leonor De Castro', 'Secretary'),
    person('a8', 'Walter E. "Ted" Okafor, Jr.'),
    org('a9', 'Embassy of the Republic of Palmera in Bangkok'),
  ];
  it.each([
    ['the Regional Support Office of the Bali Process', 'a1'],
    ['the RSO', 'a1'],
    ['RSO Bali Process', 'a1'],
    ["RSO's", 'a1'],
    ['IACAT’s', 'a2'],
    ['the Council', 'a2'],
    ['the DOJ', 'a3'],
    ['the Department', 'a3'],
    ['the Museum', 'a4'],
    ['Ms. Elena Marsh', 'a5'],
    ['Marsh', 'a5'],
    ['Director General Vuni', 'a6'],
    ['Secretary De Castro', 'a7'],
    ['De Castro', 'a7'],
    ['Ted Okafor', 'a8'],
    ['Okafor', 'a8'],
    ['embassy', 'a9'],
    ['The embassy', 'a9'],
  ])('%s -> %s', (raw, id) => {
    expect(findEntity(entities, raw)?.id).toBe(id);
  });
  it('finds nothing for a name the text never gave', () => {
    expect(findEntity(entities, 'Ministry of Health')).toBeUndefined();
    expect(findEntity(entities, 'Kowalski')).toBeUndefined();
    expect(findEntity(entities, '')).toBeUndefined();
  });
});

describe('addForm', () => {
  it('makes the fullest form the name and keeps the others as aliases', () => {
    const e = org('a1', 'RSO');
    addForm(e, 'the Regional Support Office of the Bali Process');
    addForm(e, 'RSO Bali Process');
    addForm(e, 'RSO');
    expect(e.name).toBe('Regional Support Office of the Bali Process');
    expect(e.aliases).toEqual(['RSO', 'RSO Bali Process']);
  });
});
