/**
 * A table as a Parquet file (hyparquet-writer, pure JavaScript), streamed one row group at a time,
 * so a table of any length holds only one group in memory. Loaded only for `--format parquet`.
 */
import type { FieldDef, TableDef } from './tables.js';

/** Parquet value of a cell: dates as Date (stored as DATE days), lists joined, JSON arrays as arrays (JSON type). */
export type ParquetValue = string | number | Date | string[] | null;

interface SchemaElement {
  name: string;
  type?: 'BYTE_ARRAY' | 'INT32';
  converted_type?: 'UTF8' | 'DATE' | 'JSON';
  repetition_type?: 'REQUIRED' | 'OPTIONAL';
  num_children?: number;
}

/** The Parquet column of a Table Schema field: string/list -> UTF8, integer -> INT32, date -> DATE, array -> JSON. */
export function parquetColumn(field: FieldDef): SchemaElement {
  const repetition_type = field.required ? 'REQUIRED' : 'OPTIONAL';
  switch (field.type) {
    case 'integer':
      return { name: field.name, type: 'INT32', repetition_type };
    case 'date':
      return { name: field.name, type: 'INT32', converted_type: 'DATE', repetition_type };
    case 'array':
      return { name: field.name, type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type };
    default:
      return { name: field.name, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type };
  }
}

export function parquetSchema(table: TableDef): SchemaElement[] {
  return [{ name: 'root', num_children: table.fields.length }, ...table.fields.map(parquetColumn)];
}

/** Rows in groups of this many: a group is what the writer holds in memory at once. */
const ROW_GROUP_SIZE = 20_000;

/** Writes `rows` (objects keyed by field name) to `path` as one Parquet file. */
export async function writeParquetTable(path: string, table: TableDef, rows: AsyncIterable<Record<string, ParquetValue>>, createdBy: string): Promise<void> {
  const { fileWriter, parquetWriteRows } = await import('hyparquet-writer');
  const writer = fileWriter(path);
  await parquetWriteRows({
    writer,
    rows,
    columns: table.fields.map((f) => ({ name: f.name })),
    schema: parquetSchema(table) as Parameters<typeof parquetWriteRows>[0]['schema'],
    rowGroupSize: ROW_GROUP_SIZE,
    createdBy,
  });
}
