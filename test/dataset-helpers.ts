/** Reading a dataset folder back for the tests: CSV and Parquet tables, key checks, DuckDB, the README's SQL. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import formats, { type FormatsPlugin } from 'ajv-formats';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { DuckDBInstance } from '@duckdb/node-api';
import { neutraliseCell } from '../src/cli/csv.js';
import { TABLE_NAMES, TABLES, type TableName } from '../src/cli/tables.js';
import { parseCsv } from './cli-csv.js';

export type Row = Record<string, string>;

/** A CSV table as rows of text cells keyed by the header (empty cells are ''). */
export function readCsvTable(dir: string, table: TableName): { header: string[]; rows: Row[] } {
  const [header = [], ...lines] = parseCsv(readFileSync(join(dir, `${table}.csv`), 'utf8'));
  return { header, rows: lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))) };
}

export async function readParquetTable(dir: string, table: TableName): Promise<Record<string, unknown>[]> {
  const file = await asyncBufferFromFile(join(dir, `${table}.parquet`));
  return (await parquetReadObjects({ file })) as Record<string, unknown>[];
}

/** What a Parquet value is as a CSV cell: the same encoding the CSV tables use (formula text neutralised). */
export function asCsvText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === 'bigint' || typeof value === 'number') return String(value);
  return String(neutraliseCell(String(value)));
}

/** Problems with keys: duplicate primary keys, foreign keys that point nowhere (with the undeclared quotation -> event key too). */
export function keyProblems(tables: Record<TableName, Row[]>): string[] {
  const problems: string[] = [];
  const keyOf = (row: Row, fields: readonly string[]) => JSON.stringify(fields.map((f) => row[f]));
  const keys = {} as Record<TableName, Set<string>>;
  for (const name of TABLE_NAMES) {
    const def = TABLES[name];
    keys[name] = new Set();
    for (const row of tables[name]) {
      const k = keyOf(row, def.primaryKey);
      if (keys[name].has(k)) problems.push(`${name}: primary key ${k} repeats`);
      keys[name].add(k);
      for (const f of def.fields) if (f.required && row[f.name] === '') problems.push(`${name}: ${f.name} empty in ${k}`);
    }
  }
  const foreign = (name: TableName) => [
    ...TABLES[name].foreignKeys,
    ...(name === 'quotations' ? [{ fields: ['document_id', 'event_id'], resource: 'events', referenced: ['document_id', 'event_id'] }] : []),
  ];
  for (const name of TABLE_NAMES) {
    for (const fk of foreign(name)) {
      for (const row of tables[name]) {
        if (fk.fields.some((f) => row[f] === '')) continue;
        const k = keyOf(row, fk.fields);
        if (!keys[fk.resource as TableName].has(k)) problems.push(`${name}: ${fk.fields.join(',')} = ${k} is not in ${fk.resource}`);
      }
    }
  }
  return problems;
}

export function readAllCsv(dir: string): Record<TableName, Row[]> {
  return Object.fromEntries(TABLE_NAMES.map((t) => [t, readCsvTable(dir, t).rows])) as Record<TableName, Row[]>;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A validator of the Data Package v2 profile, vendored in test/data (transcribed: there is no network here). */
export function dataPackageValidator() {
  const ajv = new Ajv({ allErrors: true });
  // ajv-formats is CommonJS with `exports.default`: under NodeNext its plugin is the default's default.
  const plugin = formats as unknown as FormatsPlugin & { default?: FormatsPlugin };
  const addFormats = plugin.default ?? plugin;
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/data/datapackage-2.0.schema.json'), 'utf8')) as object);
}

/** The README's DuckDB SQL: its views over CSV or Parquet, then the query, for the dataset in `dir`. */
export function readmeSql(format: 'csv' | 'parquet', dir: string): { views: string; query: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const views = blocks.find((b) => b.startsWith(format === 'csv' ? '-- views over the CSV tables' : '-- views over the Parquet tables'));
  const query = blocks.find((b) => b.startsWith('-- which bodies co-organised'));
  if (!views || !query) throw new Error('README: the DuckDB views or query block is missing');
  return { views: views.replaceAll("'dataset/", `'${dir}/`), query };
}

/** Runs SQL statements in a fresh in-memory DuckDB; returns the last statement's rows as plain JS values. */
export async function duckdb(statements: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(statements);
    return reader.getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** The README query's answer computed in JS from the CSV rows: [year, body, partner, trainings], in the query's order. */
export function coOrganisedTrainings(tables: Record<TableName, Row[]>): [number | null, string, string, number][] {
  const entity = new Map(tables.entities.map((e) => [e.entity_id!, e]));
  const eventOf = new Map(tables.events.map((e) => [`${e.document_id}\u0000${e.event_id}`, e]));
  const byEvent = new Map<string, Row[]>();
  for (const o of tables.organizers) {
    const k = `${o.document_id}\u0000${o.event_id}`;
    byEvent.set(k, [...(byEvent.get(k) ?? []), o]);
  }
  const counts = new Map<string, Set<string>>();
  for (const [k, orgs] of byEvent) {
    const e = eventOf.get(k)!;
    if (e.type !== 'training') continue;
    const year = e.start_date ? Number(e.start_date.slice(0, 4)) : null;
    for (const a of orgs) {
      for (const b of orgs) {
        const ea = entity.get(a.entity_id!)!;
        const eb = entity.get(b.entity_id!)!;
        if (a.entity_id === b.entity_id || ea.kind === 'person' || eb.kind === 'person') continue;
        const key = JSON.stringify([year, ea.name, eb.name]);
        counts.set(key, (counts.get(key) ?? new Set()).add(k));
      }
    }
  }
  const rows = [...counts].map(([key, events]) => [...(JSON.parse(key) as [number | null, string, string]), events.size] as [number | null, string, string, number]);
  // ORDER BY year (NULLS LAST, DuckDB's default), trainings DESC, body, partner
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return rows.sort((a, b) => (a[0] === b[0] ? 0 : a[0] === null ? 1 : b[0] === null ? -1 : a[0] - b[0]) || b[3] - a[3] || text(a[1], b[1]) || text(a[2], b[2]));
}
