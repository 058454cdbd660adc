import { readFileSync } from 'node:fs';
import type { EventLeaf } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsonld from 'jsonld';
import {
  blankNodeIds,
  EVENT_TYPES,
  ExtractionRecordSchema,
  jsonLdWarnings,
  SCHEMA_ORG_EVENT_TYPE,
  toJsonLd,
  type Agent,
  type EventRecord,
  type ExtractionRecord,
  type Speaker,
} from '../src/index.js';
import { nameKey } from '../src/jsonld/agents.js';
import { fixture } from './helpers.js';

type Node = Record<string, unknown>;

const WORKSHOP = fixture('coastal-fisheries-workshop.txt');
/** What a correct extraction of fixtures/coastal-fisheries-workshop.txt gives, written by hand (shared with jsonld-rdf.test.ts). */
const workshopRecord = (): ExtractionRecord =>
  JSON.parse(readFileSync(new URL('./data/jsonld-coastal-fisheries-workshop.record.json', import.meta.url), 'utf8')) as ExtractionRecord;

const event = (overrides: Partial<EventRecord> = {}): EventRecord => ({
  id: 'e1',
  name: 'Annual Water Policy Forum',
  type: 'forum',
  startDate: '2024-06-03',
  endDate: null,
  location: { venue: null, city: 'Lusaka', region: null, country: 'Zambia' },
  attendanceMode: null,
  organizers: [],
  attendees: [],
  participantCount: null,
  speakers: [],
  span: { start: 0, end: 10 },
  ...overrides,
});
const record = (events: EventRecord[], rest: Partial<ExtractionRecord> = {}): ExtractionRecord => ({
  schemaVersion: 1,
  document: { title: 'Forum held', published: '2024-06-04', language: 'en' },
  events,
  quotations: [],
  warnings: [],
  ...rest,
});
const org = (name: string, aliases: string[] = [], role: Agent['role'] = 'organizer', kind: Agent['kind'] = 'organization'): Agent => ({
  name, aliases, kind, role, span: { start: 0, end: 1 },
});
const speaker = (name: string, more: Partial<Speaker> = {}): Speaker => ({
  name, aliases: [], kind: 'person', title: null, affiliation: null, roles: ['speaker'], onBehalfOf: null, span: { start: 0, end: 1 }, ...more,
});

const nodes = (r: ExtractionRecord): Node[] => toJsonLd(r)['@graph'] as unknown as Node[];
const byId = (graph: Node[], id: unknown): Node => {
  const found = graph.find((n) => n['@id'] === (id as { '@id': string })['@id'] || n['@id'] === id);
  if (!found) throw new Error(`no node ${JSON.stringify(id)}`);
  return found;
};
const ofType = (graph: Node[], type: string): Node[] => graph.filter((n) => n['@type'] === type);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Every `{"@id": ...}` reference anywhere under a value. */
function references(value: unknown, out: string[] = [], top = true): string[] {
  if (Array.isArray(value)) value.forEach((v) => references(v, out, false));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (!top && keys.length === 1 && keys[0] === '@id') out.push((value as { '@id': string })['@id']);
    else for (const [k, v] of Object.entries(value)) if (k !== '@id') references(v, out, false);
  }
  return out;
}

describe('toJsonLd on a hand-built record of the coastal fisheries workshop', () => {
  const r = workshopRecord();
  const graph = nodes(r);

  it('is a valid record whose spans point at what it says', () => {
    expect(() => ExtractionRecordSchema.parse(r)).not.toThrow();
    const e = r.events[0]!;
    const mentioned = [e, ...e.organizers, ...e.speakers].map((x) => WORKSHOP.slice(x.span.start, x.span.end));
    expect(mentioned).toEqual([e.name, ...e.organizers.map((o) => o.name), ...e.speakers.map((s) => s.name)]);
    expect(e.attendees.map((a) => WORKSHOP.slice(a.span.start, a.span.end))).toEqual(e.attendees.map((a) => a.category));
    expect(r.quotations.map((q) => WORKSHOP.slice(q.span.start, q.span.end))).toEqual(r.quotations.map((q) => q.text));
  });

  it('is one schema.org graph: the article, the event, four agents and the quotation', () => {
    const doc = toJsonLd(r);
    expect(doc['@context']).toBe('https://schema.org');
    expect(graph.map((n) => n['@type'])).toEqual(['NewsArticle', 'EducationEvent', 'Organization', 'Organization', 'Person', 'Person', 'Quotation']);
  });

  it('describes the article', () => {
    expect(graph[0]).toEqual({
      '@type': 'NewsArticle',
      '@id': '_:article',
      headline: 'Coastal States Hold Regional Workshop on Illegal Fishing Investigations',
      datePublished: '2025-03-14',
      inLanguage: 'en',
      about: { '@id': '_:e1' },
      mentions: [{ '@id': '_:org-1' }, { '@id': '_:org-2' }, { '@id': '_:person-1' }, { '@id': '_:person-2' }],
    });
  });

  it('describes the event with its place, mode, organisers, speakers, audience and size', () => {
    expect(graph[1]).toEqual({
      '@type': 'EducationEvent',
      '@id': '_:e1',
      name: 'Regional Workshop on Illegal Fishing Investigations',
      keywords: 'workshop',
      startDate: '2025-03-11',
      endDate: '2025-03-12',
      location: {
        '@type': 'Place',
        name: 'Harbourview Hotel',
        address: { '@type': 'PostalAddress', addressLocality: 'Suva', addressCountry: 'Fiji' },
      },
      eventAttendanceMode: { '@id': 'https://schema.org/OfflineEventAttendanceMode' },
      organizer: [{ '@id': '_:org-1' }, { '@id': '_:org-2' }],
      performer: [{ '@id': '_:person-1' }, { '@id': '_:person-2' }],
      audience: [
        { '@type': 'Audience', audienceType: 'fisheries agencies' },
        { '@type': 'Audience', audienceType: 'coast guards' },
        { '@type': 'Audience', audienceType: 'prosecution services of eight Pacific states' },
      ],
      maximumAttendeeCapacity: 42,
    });
  });

  it('gives people their title and points their affiliation (an alias) at the organiser node', () => {
    expect(byId(graph, '_:org-1')).toEqual({ '@type': 'Organization', '@id': '_:org-1', name: 'Marine Resources Authority of Kestrel Bay', alternateName: 'MRA' });
    expect(byId(graph, '_:org-2')).toEqual({ '@type': 'Organization', '@id': '_:org-2', name: 'Southern Ocean Enforcement Network', alternateName: 'SOEN' });
    expect(byId(graph, '_:person-1')).toEqual({
      '@type': 'Person', '@id': '_:person-1', name: 'Tomasi Vuni', alternateName: 'Vuni', jobTitle: 'Director General', affiliation: { '@id': '_:org-1' },
    });
    expect(byId(graph, '_:person-2')).toEqual({
      '@type': 'Person', '@id': '_:person-2', name: 'Elena Marsh', jobTitle: 'Programme Manager', affiliation: { '@id': '_:org-2' },
    });
  });

  it('attributes the quotation to the speaker node, inside the article, at the event', () => {
    expect(graph[6]).toEqual({
      '@type': 'Quotation',
      '@id': '_:quote-1',
      text: r.quotations[0]!.text,
      creator: { '@id': '_:person-1' },
      isPartOf: { '@id': '_:article' },
      recordedAt: { '@id': '_:e1' },
    });
  });

  it('has nothing to warn about: Google has all it requires', () => {
    expect(jsonLdWarnings(r)).toEqual([]);
  });
});

describe('agents in several roles', () => {
  it('are one node referenced from every role, matched on name and aliases', () => {
    const council = org('Regional Water Council', ['RWC']);
    const r = record(
      [
        event({
          organizers: [council, org('Lake Basin Trust', [], 'sponsor')],
          speakers: [
            speaker('RWC', { kind: 'organization', roles: ['presenter'] }),
            speaker('Amara Phiri', { title: 'Chair', affiliation: 'the Regional Water Council' }),
          ],
        }),
        event({ id: 'e2', name: 'site visit', type: 'visit', speakers: [speaker('Amara Phiri', { aliases: ['Phiri'], title: 'Board Chair' })] }),
      ],
      {
        quotations: [
          { text: 'Water knows no borders.', speaker: 'Phiri', deliveredBy: null, eventId: 'e2', span: { start: 0, end: 1 } },
          { text: 'We will publish the data.', speaker: 'Regional Water Council', deliveredBy: null, eventId: null, span: { start: 0, end: 1 } },
        ],
      },
    );
    const graph = nodes(r);
    const agents = graph.filter((n) => n['@type'] === 'Organization' || n['@type'] === 'Person');
    expect(agents.map((a) => a.name)).toEqual(['Regional Water Council', 'Lake Basin Trust', 'Amara Phiri']);
    const [e1, e2] = [byId(graph, '_:e1'), byId(graph, '_:e2')];
    expect(e1.organizer).toEqual({ '@id': '_:org-1' });
    expect(e1.sponsor).toEqual({ '@id': '_:org-2' });
    expect(e1.performer).toEqual([{ '@id': '_:org-1' }, { '@id': '_:person-1' }]);
    expect(e2.performer).toEqual({ '@id': '_:person-1' });
    // The first stated title wins; the alias from the second event is kept.
    expect(byId(graph, '_:person-1')).toMatchObject({ jobTitle: 'Chair', alternateName: 'Phiri', affiliation: { '@id': '_:org-1' } });
    const quotes = ofType(graph, 'Quotation');
    expect(quotes.map((q) => q.creator)).toEqual([{ '@id': '_:person-1' }, { '@id': '_:org-1' }]);
    expect(quotes[0]!.recordedAt).toEqual({ '@id': '_:e2' });
    expect(quotes[1]).not.toHaveProperty('recordedAt');
  });

  it('merges two nodes that a later mention shows are one agent, keeping the fullest name', () => {
    const r = record([
      event({ organizers: [org('LBT')], speakers: [speaker('Lake Basin Trust', { kind: 'organization' })] }),
      event({ id: 'e2', name: 'board meeting', type: 'meeting', organizers: [org('LBT', ['Lake Basin Trust'])] }),
    ]);
    const graph = nodes(r);
    expect(graph.filter((n) => n['@type'] === 'Organization')).toEqual([
      { '@type': 'Organization', '@id': '_:org-1', name: 'Lake Basin Trust', alternateName: 'LBT' },
    ]);
    expect(byId(graph, '_:e1')).toMatchObject({ organizer: { '@id': '_:org-1' }, performer: { '@id': '_:org-1' } });
    expect(byId(graph, '_:e2')).toMatchObject({ organizer: { '@id': '_:org-1' } });
  });

  it('never merges a person with an organisation of the same name', () => {
    const graph = nodes(record([event({ organizers: [org('Jordan', [], 'host', 'country')], speakers: [speaker('Jordan')] })]));
    expect(byId(graph, '_:org-1')).toEqual({ '@type': 'GovernmentOrganization', '@id': '_:org-1', name: 'Jordan' });
    expect(byId(graph, '_:person-1')).toEqual({ '@type': 'Person', '@id': '_:person-1', name: 'Jordan' });
  });

  it('makes the deliverer of remarks the contributor and their author the creator', () => {
    const r = record(
      [event({ speakers: [speaker('Ruth Banda', { onBehalfOf: 'Paul Mwale' }), speaker('Paul Mwale', { title: 'Minister' })] })],
      { quotations: [{ text: 'We are ready.', speaker: 'Paul Mwale', deliveredBy: 'Ruth Banda', eventId: 'e1', span: { start: 0, end: 1 } }] },
    );
    const [quote] = ofType(nodes(r), 'Quotation');
    expect(quote).toMatchObject({ creator: { '@id': '_:person-2' }, contributor: { '@id': '_:person-1' } });
  });
});

describe('document ids', () => {
  it('scope every blank-node id, and references follow', () => {
    const doc = toJsonLd(workshopRecord(), { id: 'rel 7' });
    const graph = doc['@graph'] as unknown as Node[];
    expect(graph.map((n) => n['@id'])).toEqual([
      '_:rel_20_7-article', '_:rel_20_7-e1', '_:rel_20_7-org-1', '_:rel_20_7-org-2', '_:rel_20_7-person-1', '_:rel_20_7-person-2', '_:rel_20_7-quote-1',
    ]);
    const ids = graph.map((n) => n['@id']);
    for (const ref of references(graph).filter((r) => r.startsWith('_:'))) expect(ids).toContain(ref);
  });

  it('keep distinct document ids distinct', () => {
    const made = ['a/b', 'a_2f_b', 'a-b', 'a b', 'a_b', '', 'é', 'e\u0301'].map((id) => blankNodeIds(id)('x'));
    expect(new Set(made).size).toBe(made.length);
    expect(blankNodeIds()('e1')).toBe('_:e1');
  });
});

describe('nameKey', () => {
  it('ignores case, spacing, curly quotes, a leading "the" and trailing punctuation', () => {
    expect(nameKey('The  Ministry of\u00a0Water.')).toBe('ministry of water');
    expect(nameKey('Women\u2019s Forum;')).toBe(nameKey("women's forum"));
    expect(nameKey('Theatre Guild')).toBe('theatre guild');
  });

  it('stays linear on long runs of punctuation', () => {
    const start = performance.now();
    expect(nameKey(`x${'.'.repeat(100_000)}y`)).toHaveLength(100_002);
    expect(nameKey(`x${'.'.repeat(100_000)}`)).toBe('x');
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('records without events, and odd records', () => {
  it('gives the article alone for a record with no events', () => {
    const r = record([], { warnings: ['no event found'] });
    expect(toJsonLd(r)).toEqual({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', '@id': '_:article', headline: 'Forum held', datePublished: '2024-06-04', inLanguage: 'en' }],
    });
    expect(jsonLdWarnings(r)).toEqual([]);
  });

  it('keeps quotations of a record with no events, their unknown speaker a Person', () => {
    const r = record([], {
      document: { title: null, published: null, language: 'en' },
      quotations: [
        { text: 'It went well.', speaker: 'Noor Haddad', deliveredBy: null, eventId: null, span: { start: 0, end: 1 } },
        { text: 'Nobody said this.', speaker: null, deliveredBy: null, eventId: null, span: { start: 0, end: 1 } },
      ],
    });
    expect(nodes(r)).toEqual([
      { '@type': 'NewsArticle', '@id': '_:article', inLanguage: 'en', mentions: { '@id': '_:person-1' } },
      { '@type': 'Person', '@id': '_:person-1', name: 'Noor Haddad' },
      { '@type': 'Quotation', '@id': '_:quote-1', text: 'It went well.', creator: { '@id': '_:person-1' }, isPartOf: { '@id': '_:article' } },
      { '@type': 'Quotation', '@id': '_:quote-2', text: 'Nobody said this.', isPartOf: { '@id': '_:article' } },
    ]);
  });

  it('rejects what is not a record with a clear TypeError', () => {
    expect(() => toJsonLd({ schemaVersion: 1 } as unknown as ExtractionRecord)).toThrow(TypeError);
    expect(() => toJsonLd({ ...record([]), events: [{ name: 'x' }] } as unknown as ExtractionRecord)).toThrow(/^toJsonLd\(\) takes an extraction record; events\.0\.id: /);
    expect(() => toJsonLd(null as unknown as ExtractionRecord)).toThrow(/toJsonLd\(\) takes an extraction record; the record: /);
  });

  it('gives the article a url only when it is an absolute web address, and warns otherwise', () => {
    expect(nodes(record([]))[0]).not.toHaveProperty('url');
    expect(toJsonLd(record([]), { url: 'https://example.org/a' })['@graph'][0]).toMatchObject({ url: 'https://example.org/a' });
    const warnings: string[] = [];
    expect(toJsonLd(record([]), { url: 'example.org/a', warnings })['@graph'][0]).not.toHaveProperty('url');
    expect(warnings).toEqual(['url "example.org/a" is not an absolute web address: the article\'s url is left out']);
  });

  it('warns, and leaves recordedAt out, when a quotation names an event the record lacks', () => {
    const r = record([event()], { quotations: [{ text: 'Hello.', speaker: null, deliveredBy: null, eventId: 'e7', span: { start: 0, end: 1 } }] });
    expect(ofType(nodes(r), 'Quotation')[0]).not.toHaveProperty('recordedAt');
    expect(jsonLdWarnings(r)).toEqual(['quotation 1 names event e7, which the record does not have: its recordedAt is left out']);
  });

  it('gives a place and a virtual location for a mixed event with a stated place', () => {
    const [, e] = nodes(record([event({ attendanceMode: 'mixed', location: { venue: 'Town Hall', city: null, region: 'Central Province', country: null } })]));
    expect(e!.location).toEqual([
      { '@type': 'Place', name: 'Town Hall', address: { '@type': 'PostalAddress', addressRegion: 'Central Province' } },
      { '@type': 'VirtualLocation' },
    ]);
    expect(e!.eventAttendanceMode).toEqual({ '@id': 'https://schema.org/MixedEventAttendanceMode' });
  });
});

describe("Google's Event requirements", () => {
  it('are met by a complete record: no warnings, and options.warnings is left as it was', () => {
    const warnings = ['earlier warning'];
    toJsonLd(record([event()]), { warnings });
    expect(warnings).toEqual(['earlier warning']);
  });

  it('produce the JSON-LD anyway and say what is missing, onto the array the caller gives', () => {
    const r = record([
      event({ startDate: null, location: null }),
      event({ id: 'e2', name: 'webinar', type: 'webinar', startDate: '--05-20', endDate: '--05-21', location: null, attendanceMode: 'online' }),
      event({ id: 'e3', name: 'briefing', type: 'briefing', location: { venue: 'Press Room', city: null, region: null, country: null } }),
    ]);
    const graph = toJsonLd(r, { warnings: r.warnings })['@graph'] as unknown as Node[];
    expect(r.warnings).toEqual([
      `event e1 ("Annual Water Policy Forum"): no startDate; Google's Event rich results require one`,
      `event e1 ("Annual Water Policy Forum"): no location; Google's Event rich results require one`,
      `event e2 ("webinar"): startDate --05-20 has no year, so it is left out; Google's Event rich results require a startDate`,
      `event e2 ("webinar"): endDate --05-21 has no year, so it is left out`,
      `event e2 ("webinar"): the online location has no web address; Google's Event rich results require location.url`,
      `event e3 ("briefing"): the location has no city, region or country; Google's Event rich results require location.address`,
    ]);
    expect(jsonLdWarnings(r)).toEqual(r.warnings);
    const [e1, e2, e3] = ['_:e1', '_:e2', '_:e3'].map((id) => byId(graph, id));
    expect(e1).toEqual({ '@type': 'ConferenceEvent', '@id': '_:e1', name: 'Annual Water Policy Forum', keywords: 'forum' });
    expect(e2).toEqual({
      '@type': 'EducationEvent', '@id': '_:e2', name: 'webinar', keywords: 'webinar',
      location: { '@type': 'VirtualLocation' }, eventAttendanceMode: { '@id': 'https://schema.org/OnlineEventAttendanceMode' },
    });
    expect(e3!.location).toEqual({ '@type': 'Place', name: 'Press Room' });
  });

  it('leave out a publication date without a year, and say so', () => {
    const r = record([], { document: { title: 'T', published: '--06-04', language: 'en' } });
    expect(nodes(r)[0]).not.toHaveProperty('datePublished');
    expect(jsonLdWarnings(r)).toEqual(['publication date --06-04 has no year: datePublished is left out']);
  });
});

describe('the event type mapping', () => {
  it('gives every one of our types a schema.org Event type, as documented', () => {
    expect(Object.keys(SCHEMA_ORG_EVENT_TYPE).sort()).toEqual([...EVENT_TYPES].sort());
    const graph = nodes(record(EVENT_TYPES.map((type, i) => event({ id: `e${i + 1}`, name: `${type} event`, type }))));
    const types = Object.fromEntries(EVENT_TYPES.map((type, i) => [type, byId(graph, `_:e${i + 1}`)['@type']]));
    expect(types).toEqual({
      conference: 'ConferenceEvent', summit: 'ConferenceEvent', forum: 'ConferenceEvent',
      workshop: 'EducationEvent', training: 'EducationEvent', seminar: 'EducationEvent', webinar: 'EducationEvent',
      exhibition: 'ExhibitionEvent', reception: 'SocialEvent',
      meeting: 'Event', dialogue: 'Event', consultation: 'Event', roundtable: 'Event', panel: 'Event', briefing: 'Event',
      launch: 'Event', ceremony: 'Event', visit: 'Event', other: 'Event',
    });
    expect(byId(graph, `_:e${EVENT_TYPES.indexOf('other') + 1}`)).not.toHaveProperty('keywords');
  });
});

describe('typing with schema-dts', () => {
  it('rejects at compile time a property that schema.org does not have on the type', () => {
    // tsc --noEmit checks this file: the directives fail the build if the errors ever go away.
    const ok: Omit<EventLeaf, '@type'> = { name: 'x', performer: { '@id': '_:person-1' }, maximumAttendeeCapacity: 3 };
    // @ts-expect-error -- Quotation's property, not Event's
    const wrongType: Omit<EventLeaf, '@type'> = { name: 'x', spokenByCharacter: { '@id': '_:person-1' } };
    // @ts-expect-error -- not a schema.org property at all
    const invented: Omit<EventLeaf, '@type'> = { name: 'x', participantCount: 3 };
    expect([ok, wrongType, invented].length).toBe(3);
  });
});

// Records of any shape the schema allows (names from a small pool, so agents collide across roles).
const NAMES = ['Lake Basin Trust', 'Amara Phiri', 'LBT', 'Ministry of Water', 'the Ministry of Water', 'Jordan', 'Paul Mwale'];
const name = fc.constantFrom(...NAMES);
const span = fc.constant({ start: 0, end: 1 });
const date = fc.option(fc.constantFrom('2024-06-03', '2024-06-03T09:30', '--06-03'), { nil: null });
const agentArb = fc.record({
  name, aliases: fc.array(name, { maxLength: 2 }), kind: fc.constantFrom('organization', 'person', 'country'),
  role: fc.constantFrom('organizer', 'co-organizer', 'host', 'chair', 'co-chair', 'partner', 'sponsor'), span,
}) as fc.Arbitrary<Agent>;
const speakerArb = fc.record({
  name, aliases: fc.array(name, { maxLength: 2 }), kind: fc.constantFrom('person', 'organization'),
  title: fc.option(fc.constantFrom('Minister', 'Director'), { nil: null }), affiliation: fc.option(name, { nil: null }),
  roles: fc.constant(['speaker']), onBehalfOf: fc.option(name, { nil: null }), span,
}) as fc.Arbitrary<Speaker>;
const recordArb = fc
  .array(
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 20 }), type: fc.constantFrom(...EVENT_TYPES), startDate: date, endDate: date,
      location: fc.option(fc.record({
        venue: fc.option(fc.string(), { nil: null }), city: fc.option(fc.string(), { nil: null }),
        region: fc.option(fc.string(), { nil: null }), country: fc.option(fc.string(), { nil: null }),
      }), { nil: null }),
      attendanceMode: fc.option(fc.constantFrom('offline', 'online', 'mixed'), { nil: null }),
      organizers: fc.array(agentArb, { maxLength: 3 }),
      attendees: fc.array(fc.record({ category: fc.string({ minLength: 1 }), count: fc.option(fc.nat(), { nil: null }), span }), { maxLength: 2 }),
      participantCount: fc.option(fc.nat(), { nil: null }), speakers: fc.array(speakerArb, { maxLength: 3 }), span,
    }),
    { maxLength: 3 },
  )
  .chain((events) =>
    fc.record({
      schemaVersion: fc.constant(1 as const),
      document: fc.record({ title: fc.option(fc.string(), { nil: null }), published: date, language: fc.constant('en' as const) }),
      events: fc.constant(events.map((e, i) => ({ ...e, id: `e${i + 1}` }))),
      quotations: fc.array(
        fc.record({
          text: fc.string({ minLength: 1 }), speaker: fc.option(name, { nil: null }), deliveredBy: fc.option(name, { nil: null }),
          eventId: fc.option(fc.constantFrom('e1', 'e2', 'e9'), { nil: null }), span,
        }),
        { maxLength: 3 },
      ),
      warnings: fc.constant([] as string[]),
    }),
  ) as fc.Arbitrary<ExtractionRecord>;

describe('for any valid record', () => {
  it('every reference names a node of the graph, every node id is unique, and no agent name is two nodes of one kind', () => {
    fc.assert(
      fc.property(recordArb, (r) => {
        const graph = nodes(r);
        const ids = graph.map((n) => n['@id']);
        expect(new Set(ids).size).toBe(ids.length);
        for (const ref of references(graph)) {
          if (ref.startsWith('_:')) expect(ids).toContain(ref);
          else expect(ref).toMatch(/^https:\/\/schema\.org\/(Offline|Online|Mixed)EventAttendanceMode$/);
        }
        const people = ofType(graph, 'Person').flatMap((p) => [p.name, ...list(p.alternateName)].map((n) => String(n).toLowerCase().replace(/^the /, '')));
        expect(new Set(people).size).toBe(people.length);
        expect(graph[0]!['@type']).toBe('NewsArticle');
        expect(graph.filter((n) => String(n['@id']).startsWith('_:e'))).toHaveLength(r.events.length);
        // Deterministic, and plain JSON.
        expect(JSON.parse(JSON.stringify(toJsonLd(r)))).toEqual(toJsonLd(r));
      }),
      { numRuns: 200 },
    );
  });
});

describe('for any valid record, a JSON-LD processor', () => {
  const context = JSON.parse(readFileSync(new URL('./data/schemaorg-context.jsonld', import.meta.url), 'utf8')) as unknown;
  // Offline: the local schema.org context (no @vocab) for schema.org, nothing for anything else.
  const documentLoader = async (url: string) => {
    if (!/^https?:\/\/schema\.org\/?$/.test(url)) throw new Error(`offline test: no document for ${url}`);
    return { contextUrl: null, documentUrl: url, document: context };
  };
  const options = { documentLoader, safe: true } as unknown as jsonld.Options.ToRdf;

  it('loads the graph in safe mode (no term dropped), one triple per name and a node per event', async () => {
    await fc.assert(
      fc.asyncProperty(recordArb, async (r) => {
        const quads = (await jsonld.toRDF(toJsonLd(r) as unknown as jsonld.JsonLdDocument, options)) as unknown as Array<{
          predicate: { value: string };
          object: { value: string };
        }>;
        const eventTypes = new Set(['Event', 'ConferenceEvent', 'EducationEvent', 'ExhibitionEvent', 'SocialEvent'].map((t) => `http://schema.org/${t}`));
        expect(quads.filter((q) => eventTypes.has(q.object.value))).toHaveLength(r.events.length);
        const names = quads.filter((q) => q.predicate.value === 'http://schema.org/name').map((q) => q.object.value);
        for (const e of r.events) expect(names).toContain(e.name);
      }),
      { numRuns: 60 },
    );
  });
});
