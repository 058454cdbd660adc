/**
 * End to end: the BUILT command (dist/cli.js) writes datasets of the fixtures and the dev corpus
 * (`../shared/corpus/dev`, read at test time). What extraction finds may change with the rules, so
 * these tests assert properties: keys unique, foreign keys present, no formula-like CSV cell, CSV
 * rows equal Parquet rows, the same entity ids for another input order and another --jobs, the
 * README's DuckDB query equal to the same answer computed from the rows.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_NAMES, type TableName } from '../src/cli/tables.js';
import { asCsvText, coOrganisedTrainings, dataPackageValidator, duckdb, keyProblems, readAllCsv, readmeSql, readParquetTable } from './dataset-helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const CORPUS = join(ROOT, '../shared/corpus/dev/');
const haveCorpus = existsSync(CORPUS);

function runAsync(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

let dir: string;
const tablesDir = () => join(dir, 'tables');
const parquetDir = () => join(dir, 'parquet');
const reversedDir = () => join(dir, 'reversed');
const results: Record<string, { code: number | null; out: string; err: string }> = {};

/** Every input file of the folder walk, in the walk's order (fixtures first, then the corpus). */
function inputFiles(): string[] {
  const walk = (folder: string, prefix: string): string[] => readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|text|md|html|htm|xhtml|json|jsonl|ndjson)$/.test(f))
    .sort()
    .map((f) => prefix + f);
  return [...walk(join(ROOT, 'fixtures'), 'fixtures/'), ...(haveCorpus ? walk(CORPUS, CORPUS) : [])];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eventext-dataset-cli-'));
  // Ids and sources a spreadsheet would run: not from extraction, so the CSV must neutralise them.
  writeFileSync(join(dir, 'hostile.jsonl'), [
    JSON.stringify({ id: '@evil', source: "=cmd|' /C calc'!A0", text: 'The harbour board held a safety training in Eastport on 4 March 2024.' }),
    JSON.stringify({ id: '+1', source: '-2+3', text: 'A workshop on beekeeping was held in the village hall.' }),
  ].join('\n') + '\n');
  const inputs = ['fixtures', ...(haveCorpus ? [CORPUS] : []), join(dir, 'hostile.jsonl')];
  // One run at a time: two threads at most, so the timing tests running beside this file keep
  // their cores (the machine has two). The last run reads the same documents the other way round.
  results.tables = await runAsync(['--jobs', '2', '--quiet', '--format', 'tables', '--out', tablesDir(), ...inputs]);
  results.parquet = await runAsync(['--jobs', '2', '--quiet', '--format', 'parquet', '--out', parquetDir(), ...inputs]);
  const reversed = [join(dir, 'hostile.jsonl'), ...inputFiles().reverse()];
  results.reversed = await runAsync(['--jobs', '1', '--quiet', '--format', 'tables', '--out', reversedDir(), ...reversed]);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--format tables on the fixtures and the dev corpus', () => {
  it('exits 1 (some fixture lines are bad on purpose), prints nothing on stdout and leaves no temporary files', () => {
    for (const r of Object.values(results)) {
      expect(r.code, r.err).toBe(1);
      expect(r.out).toBe('');
    }
    expect(readdirSync(tablesDir()).sort()).toEqual([...TABLE_NAMES.map((t) => `${t}.csv`), 'datapackage.json'].sort());
  });

  it('has a row per document, failed ones with their error', () => {
    const documents = readAllCsv(tablesDir()).documents;
    const batchLines = readFileSync(join(ROOT, 'fixtures/cli-batch.jsonl'), 'utf8').trimEnd().split('\n').length;
    const files = inputFiles().filter((f) => !f.endsWith('.jsonl')).length;
    expect(documents).toHaveLength(files + batchLines + 2);
    const failed = documents.filter((d) => d.error);
    expect(failed.length).toBeGreaterThan(0);
    for (const d of failed) expect([d.event_count, d.title]).toEqual(['', '']);
    if (haveCorpus) expect(documents.filter((d) => d.source?.startsWith('http')).length).toBeGreaterThanOrEqual(100);
  });

  it('has unique keys and every foreign key present', () => {
    expect(keyProblems(readAllCsv(tablesDir()))).toEqual([]);
  });

  it('neutralises every formula-like cell, as --format csv does', () => {
    const tables = readAllCsv(tablesDir());
    for (const name of TABLE_NAMES) {
      for (const row of tables[name]) for (const [k, v] of Object.entries(row)) expect(v === '-' || !/^[=+\-@\t\r]/.test(v), `${name}.${k} = ${v}`).toBe(true);
    }
    expect(tables.documents.find((d) => d.document_id === "'@evil")?.source).toBe("'=cmd|' /C calc'!A0");
    expect(tables.documents.find((d) => d.document_id === "'+1")?.source).toBe("'-2+3");
  });

  it('counts for each entity the documents that name it, and lists no entity that nothing names', () => {
    const tables = readAllCsv(tablesDir());
    const docs = new Map<string, Set<string>>();
    const refs: [TableName, string][] = [['organizers', 'entity_id'], ['speakers', 'entity_id'], ['speakers', 'affiliation_entity_id'], ['speakers', 'on_behalf_of_entity_id'], ['quotations', 'speaker_entity_id'], ['quotations', 'delivered_by_entity_id']];
    for (const [table, field] of refs) {
      for (const row of tables[table]) if (row[field]) docs.set(row[field]!, (docs.get(row[field]!) ?? new Set()).add(row.document_id!));
    }
    expect(tables.entities.length).toBeGreaterThan(0);
    for (const e of tables.entities) expect([e.entity_id, Number(e.document_count)]).toEqual([e.entity_id, docs.get(e.entity_id!)?.size ?? 0]);
    expect(new Set(docs.keys())).toEqual(new Set(tables.entities.map((e) => e.entity_id)));
    // Some body or person is named in more than one release of the corpus.
    if (haveCorpus) expect(tables.entities.some((e) => Number(e.document_count) > 1)).toBe(true);
  });

  it('gives the same entities and ids for the reversed input order with --jobs 1', () => {
    expect(readFileSync(join(reversedDir(), 'entities.csv'), 'utf8')).toBe(readFileSync(join(tablesDir(), 'entities.csv'), 'utf8'));
    const idsOf = (folder: string) => {
      const t = readAllCsv(folder);
      const out = new Map<string, string>();
      for (const table of ['organizers', 'speakers', 'quotations'] as const) {
        for (const row of t[table]) out.set(JSON.stringify([table, row.document_id, row.event_id, row.organizer_index ?? row.speaker_index ?? row.quotation_index]), JSON.stringify(Object.entries(row).filter(([k]) => k.endsWith('entity_id'))));
      }
      return out;
    };
    const forward = idsOf(tablesDir());
    expect(forward.size).toBeGreaterThan(0);
    expect(idsOf(reversedDir())).toEqual(forward);
  });

  it('writes a Data Package that validates against the v2 profile, with each file\'s size', () => {
    const validate = dataPackageValidator();
    const pkg = JSON.parse(readFileSync(join(tablesDir(), 'datapackage.json'), 'utf8')) as { resources: { path: string; bytes: number }[] };
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    for (const r of pkg.resources) expect(r.bytes).toBe(readFileSync(join(tablesDir(), r.path)).length);
  });
});

describe('--format parquet', () => {
  it('writes the same rows as the CSV tables', async () => {
    const csv = readAllCsv(tablesDir());
    for (const t of TABLE_NAMES) {
      const rows = (await readParquetTable(parquetDir(), t)).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCsvText(v)])));
      expect(rows, t).toEqual(csv[t]);
    }
  });
});

describe("the README's DuckDB query", () => {
  it('gives, from the CSV and from the Parquet tables, the answer computed from the rows', async () => {
    const expected = coOrganisedTrainings(readAllCsv(tablesDir()));
    const asRows = (rows: Record<string, unknown>[]) => rows.map((r) => [r.year === null ? null : Number(r.year), r.body, r.partner, Number(r.trainings)]);
    const fromCsv = asRows(await duckdb(Object.values(readmeSql('csv', tablesDir())).join('')));
    expect(fromCsv).toEqual(expected);
    const fromParquet = asRows(await duckdb(Object.values(readmeSql('parquet', parquetDir())).join('')));
    // Parquet holds text as it is; the CSV neutralises formula-like names.
    expect(fromParquet.map(([y, a, b, n]) => [y, asCsvText(a), asCsvText(b), n])).toEqual(expected);
    // The query joins real rows: organiser pairs of trainings exist in the fixtures and corpus.
    if (haveCorpus) expect(expected.length).toBeGreaterThan(0);
  });
});

describe('bad usage', () => {
  it('asks for --out, and refuses a file as the folder, with exit status 2', () => {
    const noOut = run(['--format', 'tables', 'fixtures']);
    expect([noOut.code, noOut.out]).toEqual([2, '']);
    expect(noOut.err).toMatch(/--format tables writes a folder of tables: give it with --out DIR/);
    const file = join(dir, 'hostile.jsonl');
    const onFile = run(['--format', 'parquet', '--out', file, 'fixtures/general-town-hall.txt']);
    expect([onFile.code, onFile.out]).toEqual([2, '']);
    expect(onFile.err).toMatch(/is a file; --format parquet writes a folder of tables/);
  });
});

