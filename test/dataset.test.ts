/**
 * The dataset (`--format tables`, `--format parquet`) on hand-written records, so that every row and
 * id here is known: name normalisation, entities within and across releases, the rows of a record,
 * the folder the writer leaves (CSV and Parquet, equal rows), its Data Package and the README's
 * DuckDB query. End-to-end runs of the command on the corpus are in dataset-cli.test.ts.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, EventRecord, ExtractionRecord, Quotation, Speaker } from '../src/record.js';
import { ExtractionRecordSchema } from '../src/record.js';
import { isAcronym, isDistinctive, localEntities, normaliseName } from '../src/cli/entities.js';
import { EntityIndex, entityIdOf } from '../src/cli/entity-index.js';
import { dataPackage } from '../src/cli/datapackage.js';
import { openDataset, type DocumentPayload } from '../src/cli/dataset.js';
import { documentTables, TABLE_NAMES, TABLES } from '../src/cli/tables.js';
import { asCsvText, coOrganisedTrainings, dataPackageValidator, duckdb, keyProblems, readAllCsv, readCsvTable, readmeSql, readParquetTable } from './dataset-helpers.js';

const span = { start: 0, end: 1 };
const org = (name: string, aliases: string[] = [], role: Agent['role'] = 'organizer', kind: Agent['kind'] = 'organization'): Agent => ({ name, aliases, kind, role, span });
const person = (name: string, extra: Partial<Speaker> = {}): Speaker => ({ name, aliases: [], kind: 'person', title: null, affiliation: null, roles: ['speaker'], onBehalfOf: null, span, ...extra });
const event = (id: string, extra: Partial<EventRecord> = {}): EventRecord => ({
  id, name: `Event ${id}`, type: 'training', startDate: null, endDate: null, location: null, attendanceMode: null,
  organizers: [], attendees: [], participantCount: null, speakers: [], span, ...extra,
});
const record = (events: EventRecord[], quotations: Quotation[] = [], extra: Partial<ExtractionRecord> = {}): ExtractionRecord =>
  ExtractionRecordSchema.parse({ schemaVersion: 1, document: { title: null, published: null, language: 'en' }, events, quotations, warnings: [], ...extra });
const quote = (text: string, speaker: string | null, extra: Partial<Quotation> = {}): Quotation => ({ text, speaker, deliveredBy: null, eventId: null, span, ...extra });

describe('names', () => {
  it('folds case, whitespace, accents, a leading "the", possessives, punctuation and "&"', () => {
    const same = [
      ['Regional Support Office of the Bali Process', 'regional  support office of the BALI process'],
      ['the Embassy of Canada', 'Embassy of Canada'],
      ["INTERPOL's HTSM Unit", 'INTERPOL’s HTSM Unit'],
      ['U.S. Naval Academy', 'US Naval Academy'],
      ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'],
      ['Research & Development Council', 'Research and Development Council'],
      ['Melanie Gómez', 'Melanie Gomez'],
    ];
    for (const [a, b] of same) expect(normaliseName(a!), `${a} / ${b}`).toBe(normaliseName(b!));
    expect(normaliseName('Ministry of Health')).not.toBe(normaliseName('Ministry of Justice'));
    expect(normaliseName('The')).toBe('the');
  });

  it('tells acronyms from names', () => {
    for (const a of ['RSO', 'KEMLU', 'MoA', 'U.S.', 'IACAT']) expect(isAcronym(a), a).toBe(true);
    for (const n of ['Sysco', 'A21', 'RSO Bali Process', 'Oracle', 'R']) expect(isAcronym(n), n).toBe(false);
  });

  it('ties releases only through distinctive forms', () => {
    expect(isDistinctive('RSO Bali Process', 'organization')).toBe(true);
    expect(isDistinctive('Sysco', 'organization')).toBe(true);
    expect(isDistinctive('RSO', 'organization')).toBe(false);
    expect(isDistinctive('the Council', 'organization')).toBe(false);
    expect(isDistinctive('University', 'organization')).toBe(false);
    expect(isDistinctive('Helen Clark', 'person')).toBe(true);
    expect(isDistinctive('Clark', 'person')).toBe(false);
    expect(isDistinctive('H. Clark', 'person')).toBe(false);
  });
});

describe('entities within a release', () => {
  it('makes an organiser of one event and a speaker of another one entity, and resolves an affiliation by its acronym', () => {
    const rec = record([
      event('e1', { organizers: [org('Regional Support Office of the Bali Process', ['RSO'])] }),
      event('e2', {
        speakers: [
          { ...person('Regional Support Office of the Bali Process'), kind: 'organization', aliases: ['RSO Bali Process'] },
          person('Jake Sharman', { affiliation: 'RSO' }),
        ],
      }),
    ], [quote('We are glad.', 'Jake Sharman')]);
    const { entities, refs } = localEntities(rec);
    expect(entities).toHaveLength(2);
    const rso = refs.get('organizer:0:0');
    expect(refs.get('speaker:1:0')).toBe(rso);
    expect(refs.get('affiliation:1:1')).toBe(rso);
    expect(refs.get('quotationSpeaker:0')).toBe(refs.get('speaker:1:1'));
    expect(entities[rso!]!.links).toEqual(['organization:regionalsupportofficeofthebaliprocess', 'organization:rsobaliprocess']);
    expect(entities[rso!]!.names.map(([n]) => n)).toEqual(['Regional Support Office of the Bali Process', 'RSO', 'RSO Bali Process']);
  });

  it('does not join two bodies through a shared generic short form', () => {
    const rec = record([event('e1', { organizers: [org('Council of Europe', ['the Council']), org('European Council', ['the Council'])] })]);
    expect(new Set(localEntities(rec).refs.values()).size).toBe(2);
  });

  it('gives a reference named by no agent, or by two, an entity of its own', () => {
    const rec = record([event('e1', {
      organizers: [org('Alpha Health Fund', ['AHF']), org('Asian Housing Federation', ['AHF'])],
      speakers: [person('Rita Moss', { affiliation: 'AHF' }), person('Tom Reyes', { affiliation: 'Harbour Authority', onBehalfOf: 'Ana Lim' })],
    })]);
    const { entities, refs } = localEntities(rec);
    // Two organisers share the acronym AHF: within one release it joins them (the release says AHF for both).
    expect(refs.get('organizer:0:0')).toBe(refs.get('organizer:0:1'));
    const harbour = entities[refs.get('affiliation:0:1')!]!;
    expect([harbour.kind, harbour.names]).toEqual(['organization', [['Harbour Authority', 0]]]);
    expect(entities[refs.get('onBehalfOf:0:1')!]!.kind).toBe('person');
  });
});

describe('the rows of a record', () => {
  it('gives one row per event, organiser, attendee, speaker and quotation, entities as local numbers', () => {
    const rec = record([
      event('e1', {
        name: 'Coastal Safety Training', startDate: '2024-03-04T09:00', endDate: '--03-06',
        location: { venue: 'Harbour Hall', city: 'Eastport', region: null, country: 'Fiji' }, attendanceMode: 'offline', participantCount: 40,
        organizers: [org('Coastal Safety Board', ['CSB']), org('Fiji', [], 'partner', 'country')],
        attendees: [{ category: 'harbour masters', count: 12, span }],
        speakers: [person('Ana Lim', { title: 'Director', affiliation: 'CSB', roles: ['opening remarks', 'keynote'] })],
      }),
    ], [quote('Safety first.', 'Ana Lim', { eventId: 'e1' })], { document: { title: 'Training held', published: '2024-03-07', language: 'en' }, warnings: ['w1'] });
    const t = documentTables(rec);
    expect(t.rows.events).toEqual([['e1', 'Coastal Safety Training', 'training', '2024-03-04', null, '2024-03-04T09:00', 'XXXX-03-06', 'Harbour Hall', 'Eastport', null, 'Fiji', 'offline', 40, 0, 1]]);
    expect(t.rows.organizers).toEqual([['e1', 1, 0, 'Coastal Safety Board', 'organization', 'organizer', 0, 1], ['e1', 2, 1, 'Fiji', 'country', 'partner', 0, 1]]);
    expect(t.rows.attendees).toEqual([['e1', 1, 'harbour masters', 12, 0, 1]]);
    expect(t.rows.speakers).toEqual([['e1', 1, 2, 'Ana Lim', 'person', 'Director', 'CSB', 0, ['opening remarks', 'keynote'], null, null, 0, 1]]);
    expect(t.rows.quotations).toEqual([[1, 'e1', 2, 'Ana Lim', null, null, 'Safety first.', 0, 1]]);
    expect([t.title, t.published, t.eventCount, t.quotationCount, t.warnings]).toEqual(['Training held', '2024-03-07', 1, 1, ['w1']]);
    // Every row has one cell per field after document_id.
    for (const table of ['events', 'organizers', 'attendees', 'speakers', 'quotations'] as const) {
      for (const row of t.rows[table]) expect(row).toHaveLength(TABLES[table].fields.length - 1);
    }
  });
});

/** Releases for the cross-release tests: the Bali Process office in three guises, two RSOs, people. */
const RELEASES: Record<string, ExtractionRecord> = {
  a: record([event('e1', { organizers: [org('Regional Support Office of the Bali Process', ['RSO Bali Process', 'RSO']), org('International Justice Mission', ['IJM'])], speakers: [person('Helen Clark')] })]),
  b: record([event('e1', { organizers: [org('RSO Bali Process'), org('Royal Society of Ontario', ['RSO'])] })]),
  c: record([event('e1', { organizers: [org('RSO')], speakers: [person('Clark'), person('Helen Clark', { affiliation: 'the University' })] })]),
  d: record([event('e1', { organizers: [org('Royal Society of Ontario'), org('Ontario Science Society', ['OSS'])], speakers: [person('Mia Amor Mottley', { aliases: ['Mia Mottley'] })] })]),
  e: record([event('e1', { speakers: [person('Mia Mottley', { affiliation: 'University' })] })]),
};

/** Every entity cell of every release -> its id, for a given order of the releases. */
function idsFor(order: string[]): Map<string, string> {
  const index = new EntityIndex();
  const firsts = order.map((id) => {
    const tables = documentTables(RELEASES[id]!);
    return { id, tables, first: index.addDocument(id, tables.entities) };
  });
  index.finish();
  const out = new Map<string, string>();
  for (const { id, tables, first } of firsts) {
    for (const table of ['organizers', 'speakers'] as const) {
      for (const row of tables.rows[table]) out.set(`${id}/${table}/${row[1]}/${row[3]}`, index.idOf(first + (row[2] as number)));
      if (table === 'speakers') for (const row of tables.rows.speakers) if (row[7] !== null) out.set(`${id}/affiliation/${row[1]}`, index.idOf(first + (row[7] as number)));
    }
  }
  return out;
}

describe('entities across releases', () => {
  const ids = idsFor(Object.keys(RELEASES));
  const id = (key: string) => ids.get(key)!;

  it('gives a body one id through the names a release ties together', () => {
    expect(id('b/organizers/1/RSO Bali Process')).toBe(id('a/organizers/1/Regional Support Office of the Bali Process'));
  });

  it('keeps a bare acronym, and a different body with the same acronym, apart', () => {
    const office = id('a/organizers/1/Regional Support Office of the Bali Process');
    expect(id('c/organizers/1/RSO')).not.toBe(office);
    expect(id('b/organizers/2/Royal Society of Ontario')).not.toBe(office);
    expect(id('d/organizers/1/Royal Society of Ontario')).toBe(id('b/organizers/2/Royal Society of Ontario'));
  });

  it('merges people by full name and through a tied alias, never by a surname or a generic word alone', () => {
    expect(id('c/speakers/2/Helen Clark')).toBe(id('a/speakers/1/Helen Clark'));
    expect(id('c/speakers/1/Clark')).not.toBe(id('a/speakers/1/Helen Clark'));
    expect(id('e/speakers/1/Mia Mottley')).toBe(id('d/speakers/1/Mia Amor Mottley'));
    // "the University" (c) and "University" (e) are generic: each release keeps its own.
    expect(id('c/affiliation/2')).not.toBe(id('e/affiliation/1'));
  });

  it('merges two acronym-sharing bodies once some release ties them', () => {
    const tie = record([event('e1', { organizers: [org('Royal Society of Ontario', ['RSO Bali Process'])] })]);
    RELEASES.f = tie;
    try {
      const tied = idsFor(Object.keys(RELEASES));
      expect(tied.get('b/organizers/2/Royal Society of Ontario')).toBe(tied.get('a/organizers/1/Regional Support Office of the Bali Process'));
    } finally {
      delete RELEASES.f;
    }
  });

  it('gives the same ids in any order of the releases', () => {
    fc.assert(fc.property(fc.shuffledSubarray(Object.keys(RELEASES), { minLength: 5, maxLength: 5 }), (order) => {
      expect(idsFor(order)).toEqual(ids);
    }), { numRuns: 30 });
  });

  it('counts documents, picks the canonical name and ranks the names', () => {
    const index = new EntityIndex();
    for (const name of ['a', 'b', 'c']) index.addDocument(name, documentTables(RELEASES[name]!).entities);
    index.finish();
    const office = [...index.entityRows()].find((e) => e.name === 'Regional Support Office of the Bali Process')!;
    expect(office).toEqual({
      entityId: entityIdOf('organization', 'organization:regionalsupportofficeofthebaliprocess'),
      name: 'Regional Support Office of the Bali Process', kind: 'organization',
      names: ['RSO Bali Process', 'RSO', 'Regional Support Office of the Bali Process'], documentCount: 2,
    });
    expect(office.entityId).toMatch(/^org-[0-9a-f]{16}$/);
  });
});

describe('the dataset folder', () => {
  let dir: string;
  const payload = (id: string | number, rec: ExtractionRecord, source = `releases/${id}.txt`): string => JSON.stringify({ id, source, ...documentTables(rec) } satisfies DocumentPayload);

  /** Three trainings: the Bali office with IJM (2024, twice, once as "RSO Bali Process"), with the Ontario society (2025). */
  const TRAININGS = [
    payload('t1', record([event('e1', { startDate: '2024-05-02', organizers: [org('Regional Support Office of the Bali Process', ['RSO Bali Process']), org('International Justice Mission', ['IJM'])] })])),
    payload('t2', record([event('e1', { startDate: '2024-09-10', organizers: [org('RSO Bali Process'), org('International Justice Mission')], speakers: [person('=HYPERLINK("x")', { affiliation: '@IJM' })] })])),
    payload('t3', record([event('e1', { startDate: '2025-01-15', organizers: [org('Regional Support Office of the Bali Process'), org('Royal Society of Ontario', ['RSO']), org('Ana Lim', [], 'chair', 'person')] }), event('e2', { type: 'workshop', organizers: [org('International Justice Mission'), org('Royal Society of Ontario')] })])),
    JSON.stringify({ id: 'broken', source: 'releases/broken.txt', error: 'is not UTF-8 text' }),
    payload('t1', record([event('e1', { type: 'seminar', startDate: '--06-01' })])),
  ];

  const writeDataset = async (format: 'csv' | 'parquet', folder: string) => {
    const writer = await openDataset(folder, format, '0.0.0-test');
    for (const p of TRAININGS) await writer.add(p);
    return writer.finish();
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eventext-dataset-'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await writeDataset('csv', dir);
    await writeDataset('parquet', dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes every table, the package, and nothing else; leaves no temporary files and other files alone', () => {
    expect(readdirSync(dir).sort()).toEqual([...TABLE_NAMES.flatMap((t) => [`${t}.csv`, `${t}.parquet`]), 'datapackage.json', 'notes.txt'].sort());
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('writes each header from the table definitions', () => {
    for (const t of TABLE_NAMES) expect(readCsvTable(dir, t).header).toEqual(TABLES[t].fields.map((f) => f.name));
  });

  it('has a row per document, a failed one with its error, a repeated id made unique with a warning', () => {
    expect(readCsvTable(dir, 'documents').rows.map((r) => [r.document_id, r.event_count, r.error, r.warnings])).toEqual([
      ['t1', '1', '', '[]'], ['t2', '1', '', '[]'], ['t3', '2', '', '[]'], ['broken', '', 'is not UTF-8 text', ''],
      ['t1#2', '1', '', '["document id \\"t1\\" repeats in the input; this one is \\"t1#2\\""]'],
    ]);
    expect(readCsvTable(dir, 'events').rows.filter((r) => r.document_id === 't1#2').map((r) => [r.start_date, r.start_iso])).toEqual([['', 'XXXX-06-01']]);
  });

  it('has unique keys and every foreign key present', () => {
    expect(keyProblems(readAllCsv(dir))).toEqual([]);
  });

  it('finds a broken key (the check can fail)', () => {
    const tables = readAllCsv(dir);
    tables.organizers[0] = { ...tables.organizers[0]!, entity_id: 'org-0000000000000000' };
    tables.events.push({ ...tables.events[0]! });
    expect(keyProblems(tables)).toEqual([
      `events: primary key ["t1","e1"] repeats`,
      `organizers: entity_id = ["org-0000000000000000"] is not in entities`,
    ]);
  });

  it('neutralises formula-like text in CSV, as --format csv does, and keeps it as it is in Parquet', async () => {
    const speaker = readCsvTable(dir, 'speakers').rows[0]!;
    expect([speaker.name, speaker.affiliation]).toEqual([`'=HYPERLINK("x")`, "'@IJM"]);
    const parquet = (await readParquetTable(dir, 'speakers'))[0]!;
    expect([parquet.name, parquet.affiliation]).toEqual(['=HYPERLINK("x")', '@IJM']);
  });

  it('gives the entities their ids, canonical names and document counts', () => {
    const entities = readCsvTable(dir, 'entities').rows;
    const office = entities.find((e) => e.name === 'Regional Support Office of the Bali Process')!;
    expect(office).toEqual({ entity_id: entityIdOf('organization', 'organization:regionalsupportofficeofthebaliprocess'), name: 'Regional Support Office of the Bali Process', kind: 'organization', names: '["RSO Bali Process","Regional Support Office of the Bali Process"]', document_count: '3' });
    const organizers = readCsvTable(dir, 'organizers').rows;
    expect(new Set(organizers.filter((o) => /Bali/.test(o.name!)).map((o) => o.entity_id))).toEqual(new Set([office.entity_id]));
    expect(entities.map((e) => e.entity_id)).toEqual([...entities.map((e) => e.entity_id!)].sort());
  });

  it('writes the same rows to Parquet as to CSV', async () => {
    for (const t of TABLE_NAMES) {
      const csv = readCsvTable(dir, t).rows;
      const parquet = (await readParquetTable(dir, t)).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCsvText(v)])));
      expect(parquet, t).toEqual(csv);
    }
  });

  it('describes the tables in a Data Package that validates against the v2 profile', () => {
    const validate = dataPackageValidator();
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { $schema: string; resources: { name: string; path: string; format: string; bytes: number; schema: { fields: { name: string }[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }[] };
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    // The Parquet run came last: its package describes the Parquet files, with their sizes.
    expect(pkg.resources.map((r) => [r.name, r.path, r.format])).toEqual(TABLE_NAMES.map((t) => [t, `${t}.parquet`, 'parquet']));
    for (const r of pkg.resources) expect(r.bytes).toBe(readFileSync(join(dir, r.path)).length);
    // Every foreign key names fields of its table and the primary key of the table it references.
    const byName = new Map(pkg.resources.map((r) => [r.name, r]));
    for (const r of pkg.resources) {
      for (const fk of r.schema.foreignKeys ?? []) {
        for (const f of fk.fields) expect(r.schema.fields.map((x) => x.name)).toContain(f);
        expect(byName.get(fk.reference.resource)!.schema.primaryKey).toEqual(fk.reference.fields);
      }
    }
  });

  it('rejects a broken package (the validator is not vacuous)', () => {
    const validate = dataPackageValidator();
    const pkg = dataPackage('csv', '0.0.0') as { resources: { schema: { fields: { type: string }[] }; path?: string }[] };
    expect(validate(pkg)).toBe(true);
    pkg.resources[1]!.schema.fields[0]!.type = 'text';
    expect(validate(pkg)).toBe(false);
    const noPath = dataPackage('csv', '0.0.0') as { resources: { path?: string }[] };
    delete noPath.resources[0]!.path;
    expect(validate(noPath)).toBe(false);
  });

  it("answers the README's DuckDB query from the CSV and the Parquet tables", async () => {
    const expected = [
      [2024, 'International Justice Mission', 'Regional Support Office of the Bali Process', 2],
      [2024, 'Regional Support Office of the Bali Process', 'International Justice Mission', 2],
      [2025, 'Regional Support Office of the Bali Process', 'Royal Society of Ontario', 1],
      [2025, 'Royal Society of Ontario', 'Regional Support Office of the Bali Process', 1],
    ];
    expect(coOrganisedTrainings(readAllCsv(dir))).toEqual(expected);
    for (const format of ['csv', 'parquet'] as const) {
      const { views, query } = readmeSql(format, dir);
      const rows = await duckdb(views + query);
      expect(rows.map((r) => [Number(r.year), r.body, r.partner, Number(r.trainings)]), format).toEqual(expected);
    }
  });

  it('refuses a file as the folder, with a clear message', async () => {
    const file = join(dir, 'notes.txt');
    await expect(openDataset(file, 'csv', '0')).rejects.toThrow(/is a file; --format tables writes a folder/);
  });

  it('drops its temporary files when a run is given up', async () => {
    const folder = join(dir, 'aborted');
    const writer = await openDataset(folder, 'csv', '0');
    await writer.add(TRAININGS[0]!);
    await writer.abort();
    expect(existsSync(folder) && readdirSync(folder)).toEqual([]);
  });
});
