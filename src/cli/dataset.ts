/**
 * Writes the dataset folder (`--format tables` CSV, `--format parquet`): documents arrive in input
 * order from the workers, each with its rows and local entities. Rows are spilled to temporary
 * files inside the output folder and only the entity index stays in memory, so 100,000 releases
 * take the memory of their entities, not of their records. At the end the entity ids are known:
 * the spilled rows are rewritten with them into the final tables, `entities` and `datapackage.json`
 * are written, and the files are moved into place together (a failed run leaves the folder as it was).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from './csv.js';
import { dataPackage, type DatasetFormat, type WrittenFile } from './datapackage.js';
import { EntityIndex } from './entity-index.js';
import type { ParquetValue } from './parquet.js';
import { dayOf, LIST_DELIMITER, ROW_TABLES, TABLE_NAMES, TABLES, type Cell, type DocumentTables, type FieldDef, type TableDef, type TableName } from './tables.js';

/** What a worker sends for one document: its rows, or the error in its place. */
export type DocumentPayload = { id: string | number; source: string } & ({ error: string } | DocumentTables);

/** A cell as CSV text: lists joined, JSON arrays as JSON, formula-like text neutralised as in `--format csv`. */
export function csvCell(field: FieldDef, value: Cell): string | number | null {
  if (value === null) return null;
  if (Array.isArray(value)) {
    if (field.type === 'list') return value.length ? neutraliseCell(value.join(LIST_DELIMITER)) : null;
    return JSON.stringify(value);
  }
  return neutraliseCell(value);
}

/** A cell as a Parquet value: dates as Date, lists joined, JSON arrays kept as arrays; text as it is (no spreadsheet reads Parquet). */
export function parquetCell(field: FieldDef, value: Cell): ParquetValue {
  if (value === null) return null;
  if (field.type === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  if (Array.isArray(value) && field.type === 'list') return value.length ? value.join(LIST_DELIMITER) : null;
  return value;
}

async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (!stream.write(line)) await once(stream, 'drain');
}

async function closeStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  stream.end();
  await once(stream, 'close');
}

/** Size and SHA-256 of a file, read as a stream. */
async function fileDigest(path: string, name: string): Promise<WrittenFile> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { path: name, bytes, sha256: hash.digest('hex') };
}

/** The spilled rows of a table, one JSON array per line, as they were written. */
async function* spilledRows(path: string): AsyncGenerator<Cell[]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as Cell[];
}

/** Table -> the positions of its entity fields. */
const entityColumns = (table: TableDef): number[] => table.fields.flatMap((f, i) => (f.entity ? [i] : []));

export interface DatasetWriter {
  /** One document's worker output (a DocumentPayload as JSON). */
  add(output: string): Promise<void>;
  /** Writes the tables and moves them into the folder; returns the files written. */
  finish(): Promise<string[]>;
  /** Drops the temporary files (after a failure). */
  abort(): Promise<void>;
}

/** Thrown when the output folder cannot be used; the command reports it as bad usage. */
export class DatasetFolderError extends Error {
  override name = 'DatasetFolderError';
}

/**
 * Opens `folder` (created when missing) for a dataset in `format`. Existing tables of an earlier
 * run are replaced at the end; other files in the folder are left alone.
 */
export async function openDataset(folder: string, format: DatasetFormat, version: string): Promise<DatasetWriter> {
  const st = await stat(folder).catch(() => null);
  if (st && !st.isDirectory()) throw new DatasetFolderError(`--out ${folder} is a file; --format ${format === 'csv' ? 'tables' : 'parquet'} writes a folder of tables`);
  try {
    await mkdir(folder, { recursive: true });
  } catch (err) {
    throw new DatasetFolderError(`cannot create --out ${folder}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let work: string;
  try {
    work = await mkdtemp(join(folder, '.eventext-'));
  } catch (err) {
    throw new DatasetFolderError(`cannot write in --out ${folder}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const spillTables = ['documents', ...ROW_TABLES] as const;
  const spills = Object.fromEntries(spillTables.map((t) => [t, createWriteStream(join(work, `${t}.spill.jsonl`))])) as Record<(typeof spillTables)[number], WriteStream>;
  const index = new EntityIndex();
  // Ids given so far: a repeated id becomes "id#2" (then "#3"...), so document_id stays a key.
  const taken = new Set<string>();
  const documentId = (raw: string | number): string => {
    const base = String(raw);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
    taken.add(id);
    return id;
  };
  let closed = false;

  const add = async (output: string): Promise<void> => {
    const payload = JSON.parse(output) as DocumentPayload;
    const id = documentId(payload.id);
    if ('error' in payload) {
      await writeLine(spills.documents, JSON.stringify([id, payload.source, null, null, null, null, null, payload.error]) + '\n');
      return;
    }
    const warnings = id !== String(payload.id) ? [...payload.warnings, `document id ${JSON.stringify(String(payload.id))} repeats in the input; this one is ${JSON.stringify(id)}`] : payload.warnings;
    await writeLine(spills.documents, JSON.stringify([id, payload.source, payload.title, dayOf(payload.published), payload.eventCount, payload.quotationCount, warnings, null]) + '\n');
    const first = index.addDocument(id, payload.entities);
    for (const table of ROW_TABLES) {
      const columns = entityColumns(TABLES[table]);
      for (const cells of payload.rows[table]) {
        const row: Cell[] = [id, ...cells];
        // Local entity numbers -> numbers in the whole run, replaced by ids at the end.
        for (const c of columns) if (typeof row[c] === 'number') row[c] = first + (row[c] as number);
        await writeLine(spills[table], JSON.stringify(row) + '\n');
      }
    }
  };

  const rowsOf = async function* (table: TableName): AsyncGenerator<Cell[]> {
    if (table === 'entities') {
      for (const e of index.entityRows()) yield [e.entityId, e.name, e.kind, e.names, e.documentCount];
      return;
    }
    const columns = entityColumns(TABLES[table]);
    for await (const row of spilledRows(join(work, `${table}.spill.jsonl`))) {
      for (const c of columns) if (typeof row[c] === 'number') row[c] = index.idOf(row[c] as number);
      yield row;
    }
  };

  const writeCsv = async (path: string, table: TableDef, rows: AsyncIterable<Cell[]>): Promise<void> => {
    const out = createWriteStream(path);
    await writeLine(out, stringify([table.fields.map((f) => f.name)]));
    let batch: (string | number | null)[][] = [];
    const flush = async (): Promise<void> => {
      if (batch.length) await writeLine(out, stringify(batch, { cast: { number: (n) => String(n) } }));
      batch = [];
    };
    for await (const row of rows) {
      batch.push(row.map((v, i) => csvCell(table.fields[i]!, v)));
      if (batch.length >= 1000) await flush();
    }
    await flush();
    await closeStream(out);
  };

  const writeParquet = async (path: string, table: TableDef, rows: AsyncIterable<Cell[]>): Promise<void> => {
    const { writeParquetTable } = await import('./parquet.js');
    const objects = async function* (): AsyncGenerator<Record<string, ParquetValue>> {
      for await (const row of rows) yield Object.fromEntries(row.map((v, i) => [table.fields[i]!.name, parquetCell(table.fields[i]!, v)]));
    };
    await writeParquetTable(path, table, objects(), `eventext ${version}`);
  };

  const abort = async (): Promise<void> => {
    closed = true;
    await Promise.all(Object.values(spills).map((s) => closeStream(s).catch(() => {})));
    await rm(work, { recursive: true, force: true });
  };

  const finish = async (): Promise<string[]> => {
    if (closed) throw new Error('dataset already closed');
    closed = true;
    try {
      await Promise.all(Object.values(spills).map(closeStream));
      index.finish();
      const files: Partial<Record<TableName, WrittenFile>> = {};
      const names: string[] = [];
      for (const table of TABLE_NAMES) {
        const name = `${table}.${format}`;
        const path = join(work, name);
        if (format === 'csv') await writeCsv(path, TABLES[table], rowsOf(table));
        else await writeParquet(path, TABLES[table], rowsOf(table));
        files[table] = await fileDigest(path, name);
        names.push(name);
      }
      await writeFile(join(work, 'datapackage.json'), JSON.stringify(dataPackage(format, version, files), null, 2) + '\n');
      names.push('datapackage.json');
      for (const name of names) await rename(join(work, name), join(folder, name));
      return names.map((n) => join(folder, n));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  };

  return { add, finish, abort };
}
