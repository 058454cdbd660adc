/**
 * The JSON-LD loaded by a real JSON-LD processor (jsonld.js), offline: its document loader serves
 * test/data/schemaorg-context.jsonld, a local stand-in for the schema.org context generated from
 * schema-dts (scripts/schemaorg-context.mjs), for "https://schema.org" and nothing else.
 *
 * Unknown terms are caught twice: the local context has no `@vocab`, so safe-mode expansion throws
 * on any term it does not define instead of dropping it; and every IRI of the resulting triples
 * must be a schema.org term that schema-dts knows (what would catch an unknown term under the
 * published context, whose `@vocab` turns anything into a schema.org IRI).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { extract, ExtractionRecordSchema, toJsonLd, type ExtractionRecord, type JsonLdGraph } from '../src/index.js';
import { fixture } from './helpers.js';

const data = (name: string): string => readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8');
const SCHEMA_ORG_CONTEXT = JSON.parse(data('schemaorg-context.jsonld')) as { '@context': Record<string, unknown> };
/** Every schema.org class, enumeration member and property name schema-dts knows. */
const SCHEMA_ORG_TERMS = new Set(
  Object.entries(SCHEMA_ORG_CONTEXT['@context'])
    .filter(([, v]) => typeof v === 'object' && String((v as { '@id': string })['@id']).startsWith('schema:'))
    .map(([k]) => k),
);

const requested: string[] = [];
/** Serves the local context for schema.org's address; anything else would need the network, which the test must never use. */
async function documentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  requested.push(url);
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: null, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  throw new Error(`offline test: no document for ${url}`);
}
// @types/jsonld predates safe mode; jsonld 9 has it.
const options = { documentLoader, safe: true } as unknown as jsonld.Options.Expand;

interface Term { termType: string; value: string; datatype?: { value: string } }
interface Quad { subject: Term; predicate: Term; object: Term }

async function toQuads(doc: JsonLdGraph): Promise<Quad[]> {
  return (await jsonld.toRDF(doc as unknown as jsonld.JsonLdDocument, options)) as unknown as Quad[];
}
async function toNQuads(doc: JsonLdGraph): Promise<string> {
  return (await jsonld.toRDF(doc as unknown as jsonld.JsonLdDocument, { ...options, format: 'application/n-quads' })) as unknown as string;
}

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const XSD = 'http://www.w3.org/2001/XMLSchema#';

/** The IRIs of the triples that are not schema.org terms schema-dts knows (empty when all are). */
function foreignIris(quads: Quad[], allowed: string[] = []): string[] {
  const foreign = new Set<string>();
  const check = (iri: string): void => {
    if (allowed.includes(iri)) return;
    const m = /^https?:\/\/schema\.org\/([A-Za-z0-9]+)$/.exec(iri);
    if (!m || !SCHEMA_ORG_TERMS.has(m[1]!)) foreign.add(iri);
  };
  for (const q of quads) {
    if (q.predicate.value !== RDF_TYPE) check(q.predicate.value);
    if (q.object.termType === 'NamedNode') check(q.object.value);
    const datatype = q.object.datatype?.value;
    if (q.object.termType === 'Literal' && datatype && !datatype.startsWith(XSD) && datatype !== `${RDF_TYPE.slice(0, -4)}langString`) check(datatype);
  }
  return [...foreign];
}

/** A small query helper over the triples: objects of `predicate` on `subject`. */
const objects = (quads: Quad[], subject: string, predicate: string): Term[] =>
  quads.filter((q) => q.subject.value === subject && q.predicate.value === SCHEMA + predicate).map((q) => q.object);
const subjectsOfType = (quads: Quad[], type: string): string[] =>
  quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === SCHEMA + type).map((q) => q.subject.value);
const names = (quads: Quad[], nodes: Term[]): string[] => nodes.flatMap((n) => objects(quads, n.value, 'name').map((t) => t.value));

const workshop = JSON.parse(data('jsonld-coastal-fisheries-workshop.record.json')) as ExtractionRecord;

describe('the local schema.org context', () => {
  it('is what scripts/schemaorg-context.mjs generates from the installed schema-dts', () => {
    const script = fileURLToPath(new URL('../scripts/schemaorg-context.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('lists schema.org terms explicitly, with no @vocab to catch the rest', () => {
    const context = SCHEMA_ORG_CONTEXT['@context'];
    expect(context).not.toHaveProperty('@vocab');
    expect(SCHEMA_ORG_TERMS.size).toBeGreaterThan(2500);
    for (const term of ['Event', 'EducationEvent', 'Quotation', 'startDate', 'organizer', 'performer', 'spokenByCharacter', 'OfflineEventAttendanceMode']) {
      expect(SCHEMA_ORG_TERMS).toContain(term);
    }
    expect(context.startDate).toEqual({ '@id': 'schema:startDate', '@type': 'Date' });
    expect(context.url).toEqual({ '@id': 'schema:url', '@type': '@id' });
  });
});

describe('a JSON-LD processor loading the graph of the coastal fisheries workshop (hand-built record)', () => {
  it('expands it offline, asking only for the schema.org context', async () => {
    requested.length = 0;
    const expanded = await jsonld.expand(toJsonLd(workshop) as unknown as jsonld.JsonLdDocument, options);
    expect(expanded.length).toBe(1 + 1 + 4 + 1);
    expect(new Set(requested)).toEqual(new Set(['https://schema.org']));
  });

  it('gives triples whose every IRI is a schema.org term', async () => {
    expect(foreignIris(await toQuads(toJsonLd(workshop)))).toEqual([]);
  });

  it('gives the N-Quads of the event type, dates, organiser names and quotation creator', async () => {
    const nquads = await toNQuads(toJsonLd(workshop));
    const lines = nquads.trim().split('\n');
    // Blank node labels are the processor's own: match them with \S+.
    const has = (pattern: RegExp): void => expect(lines.some((l) => pattern.test(l)), String(pattern)).toBe(true);
    has(/^_:\S+ <http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> <http:\/\/schema\.org\/EducationEvent> \.$/);
    has(/^_:\S+ <http:\/\/schema\.org\/startDate> "2025-03-11"\^\^<http:\/\/schema\.org\/Date> \.$/);
    has(/^_:\S+ <http:\/\/schema\.org\/endDate> "2025-03-12"\^\^<http:\/\/schema\.org\/Date> \.$/);
    has(/^_:\S+ <http:\/\/schema\.org\/name> "Marine Resources Authority of Kestrel Bay" \.$/);
    has(/^_:\S+ <http:\/\/schema\.org\/eventAttendanceMode> <https:\/\/schema\.org\/OfflineEventAttendanceMode> \.$/);

    const quads = await toQuads(toJsonLd(workshop));
    const [event, ...otherEvents] = subjectsOfType(quads, 'EducationEvent');
    expect(otherEvents).toEqual([]);
    expect(objects(quads, event!, 'startDate').map((t) => [t.value, t.datatype?.value])).toEqual([['2025-03-11', `${SCHEMA}Date`]]);
    expect(names(quads, objects(quads, event!, 'organizer')).sort()).toEqual(['Marine Resources Authority of Kestrel Bay', 'Southern Ocean Enforcement Network']);
    expect(names(quads, objects(quads, event!, 'performer')).sort()).toEqual(['Elena Marsh', 'Tomasi Vuni']);
    const place = objects(quads, event!, 'location')[0]!;
    const address = objects(quads, place.value, 'address')[0]!;
    expect(objects(quads, address.value, 'addressLocality').map((t) => t.value)).toEqual(['Suva']);

    const [quote] = subjectsOfType(quads, 'Quotation');
    const creator = objects(quads, quote!, 'creator');
    expect(names(quads, creator)).toEqual(['Tomasi Vuni']);
    expect(objects(quads, quote!, 'recordedAt').map((t) => t.value)).toEqual([event]);
    // The speaker is the same node as the event's performer, not a copy.
    expect(objects(quads, event!, 'performer').map((t) => t.value)).toContain(creator[0]!.value);
    // And the organisation the speaker spoke for is the organiser node.
    expect(objects(quads, creator[0]!.value, 'affiliation').map((t) => t.value)).toEqual(
      objects(quads, event!, 'organizer').filter((o) => names(quads, [o]).includes('Marine Resources Authority of Kestrel Bay')).map((t) => t.value),
    );
  });

  it('keeps the article url as an IRI', async () => {
    const quads = await toQuads(toJsonLd(workshop, { url: 'https://example.org/news/coastal-workshop' }));
    const [article] = subjectsOfType(quads, 'NewsArticle');
    expect(objects(quads, article!, 'url')).toMatchObject([{ termType: 'NamedNode', value: 'https://example.org/news/coastal-workshop' }]);
    expect(foreignIris(quads, ['https://example.org/news/coastal-workshop'])).toEqual([]);
  });
});

describe('several graphs in one JSON-LD document (a batch written as a JSON array)', () => {
  const other = (): ExtractionRecord => {
    const r = structuredClone(workshop);
    r.events[0]!.organizers = [{ ...r.events[0]!.organizers[0]!, name: 'Kestrel Bay Coast Guard', aliases: ['KBCG'] }];
    return r;
  };
  const organisationNames = (quads: Quad[]): string[] =>
    subjectsOfType(quads, 'Organization').map((s) => objects(quads, s, 'name').map((t) => t.value).sort().join(' | '));

  it('would merge two releases\' _:org-1 into one node without document ids', async () => {
    const quads = await toQuads([toJsonLd(workshop), toJsonLd(other())] as unknown as JsonLdGraph);
    expect(organisationNames(quads)).toContain('Kestrel Bay Coast Guard | Marine Resources Authority of Kestrel Bay');
  });

  it('keeps them apart when each graph is given its document id', async () => {
    const quads = await toQuads([toJsonLd(workshop, { id: 'release-1' }), toJsonLd(other(), { id: 'release 2' })] as unknown as JsonLdGraph);
    // The second release's speakers' affiliations (MRA, SOEN) are its own nodes, as nothing there names them in full.
    expect(organisationNames(quads).sort()).toEqual([
      'Kestrel Bay Coast Guard', 'MRA', 'Marine Resources Authority of Kestrel Bay', 'SOEN', 'Southern Ocean Enforcement Network',
    ]);
    expect(subjectsOfType(quads, 'NewsArticle')).toHaveLength(2);
    expect(foreignIris(quads)).toEqual([]);
  });
});

describe('unknown terms', () => {
  const withExtra = (extra: Record<string, unknown>): JsonLdGraph => {
    const doc = structuredClone(toJsonLd(workshop)) as unknown as { '@graph': Record<string, unknown>[] };
    Object.assign(doc['@graph'][1]!, extra);
    return doc as unknown as JsonLdGraph;
  };

  it('make expansion fail instead of being dropped: an invented property', async () => {
    await expect(jsonld.expand(withExtra({ participantCount: 42 }) as unknown as jsonld.JsonLdDocument, options)).rejects.toMatchObject({
      message: 'Safe mode validation error.',
      details: { event: { code: 'invalid property', details: { property: 'participantCount' } } },
    });
  });

  it('make expansion fail instead of being dropped: an invented type', async () => {
    await expect(jsonld.expand(withExtra({ '@type': 'WorkshopEvent' }) as unknown as jsonld.JsonLdDocument, options)).rejects.toMatchObject({
      details: { event: { code: 'relative @type reference', details: { type: 'WorkshopEvent' } } },
    });
  });

  it('are caught by the IRI check even under a context with @vocab, like the published one', async () => {
    const vocabContext = { '@context': { ...SCHEMA_ORG_CONTEXT['@context'], '@vocab': SCHEMA } };
    const loader = async (url: string) => ({ contextUrl: null, documentUrl: url, document: vocabContext });
    const quads = (await jsonld.toRDF(withExtra({ participantCount: 42 }) as unknown as jsonld.JsonLdDocument, {
      documentLoader: loader,
    } as unknown as jsonld.Options.ToRdf)) as unknown as Quad[];
    expect(foreignIris(quads)).toEqual([`${SCHEMA}participantCount`]);
  });
});

describe('end to end: extract, then JSON-LD, then the processor', () => {
  const fixtures = readdirSync(fileURLToPath(new URL('../fixtures/', import.meta.url))).filter((f) => f.endsWith('.txt'));

  it.each(fixtures)('loads the graph of %s with schema.org terms only', async (name) => {
    const record = extract(fixture(name));
    const doc = toJsonLd(record);
    const quads = await toQuads(doc);
    expect(foreignIris(quads)).toEqual([]);
    const [article, ...more] = subjectsOfType(quads, 'NewsArticle');
    expect(more).toEqual([]);
    if (record.document.title) expect(objects(quads, article!, 'headline').map((t) => t.value)).toEqual([record.document.title]);
    // One event node per record event, whatever extraction finds as it grows.
    const eventTypes = ['Event', 'ConferenceEvent', 'EducationEvent', 'ExhibitionEvent', 'SocialEvent'];
    expect(eventTypes.flatMap((t) => subjectsOfType(quads, t))).toHaveLength(record.events.length);
    expect(subjectsOfType(quads, 'Quotation')).toHaveLength(record.quotations.length);
  });
});

// The hand-made gold records of the shared dev corpus are realistic records of real releases: read
// in place (no text is copied), given the ids and spans gold files leave out, they must all load.
const corpusDir = fileURLToPath(new URL('../../shared/corpus/dev/', import.meta.url));
const goldFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.json')) : [];

/** A gold record (no ids, no spans, `optional` marks) as an extraction record. */
function goldRecord(file: string): ExtractionRecord {
  const { gold } = JSON.parse(readFileSync(corpusDir + file, 'utf8')) as { gold: Record<string, unknown> & { events: Record<string, unknown>[] } };
  const span = { start: 0, end: 0 };
  const withSpans = (items: unknown): unknown => (items as Record<string, unknown>[]).map((item) => ({ aliases: [], ...item, span }));
  return ExtractionRecordSchema.parse({
    schemaVersion: 1,
    document: { ...(gold.document as object), language: 'en' },
    events: gold.events.map((e, i) => ({
      ...e, id: `e${i + 1}`, span, organizers: withSpans(e.organizers), attendees: withSpans(e.attendees), speakers: withSpans(e.speakers),
    })),
    quotations: withSpans(gold.quotations),
    warnings: [],
  });
}

describe.skipIf(goldFiles.length === 0)('the gold records of the dev corpus (read from ../shared)', () => {
  it.each(goldFiles)('%s loads with schema.org terms only, one node per agent', async (file) => {
    const record = goldRecord(file);
    const doc = toJsonLd(record);
    const quads = await toQuads(doc);
    expect(foreignIris(quads)).toEqual([]);
    const graph = doc['@graph'] as unknown as Array<Record<string, unknown>>;
    const agents = graph.filter((n) => /^_:(org|person)-/.test(String(n['@id'])));
    const formsOf = (n: Record<string, unknown>): string[] => [n.name, ...[n.alternateName ?? []].flat()].map((x) => String(x).toLowerCase());
    // Every organiser and speaker is a node under one of its names, and no name is two nodes of one kind.
    for (const e of record.events) {
      for (const a of [...e.organizers, ...e.speakers]) {
        expect(agents.some((n) => formsOf(n).includes(a.name.toLowerCase())), a.name).toBe(true);
      }
    }
    for (const type of ['Person', 'Organization']) {
      const forms = agents.filter((n) => n['@type'] === type).flatMap(formsOf);
      expect(new Set(forms).size, type).toBe(forms.length);
    }
    // A quoted speaker who also spoke at an event is the performer node itself.
    for (const [i, q] of record.quotations.entries()) {
      const event = record.events.find((e) => e.speakers.some((s) => s.name === q.speaker));
      if (!q.speaker || !event) continue;
      const quote = graph.find((n) => n['@id'] === `_:quote-${i + 1}`)!;
      const performers = [graph.find((n) => n['@id'] === `_:${event.id}`)!.performer].flat();
      expect(performers).toContainEqual(quote.creator);
    }
  });
});
