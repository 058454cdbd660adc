/**
 * The dataset's `datapackage.json`: a Frictionless Data Package (v2) describing every table, with
 * field types, primary keys and foreign keys, so that the frictionless tools, R's frictionless and
 * pandas readers load the tables with their types. Built from the table definitions in tables.ts.
 */
import { LIST_DELIMITER, TABLE_NAMES, TABLES, type FieldDef, type TableDef, type TableName } from './tables.js';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export type DatasetFormat = 'csv' | 'parquet';

/** A written table file: its name in the folder, size and SHA-256. */
export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** A Table Schema field descriptor. */
export function fieldDescriptor(field: FieldDef): Record<string, unknown> {
  const out: Record<string, unknown> = { name: field.name, type: field.type, description: field.description };
  if (field.type === 'list') Object.assign(out, { delimiter: LIST_DELIMITER, itemType: 'string' });
  const constraints: Record<string, unknown> = {};
  if (field.required) constraints.required = true;
  if (field.enum) constraints.enum = [...field.enum];
  if (field.pattern) constraints.pattern = field.pattern;
  if (Object.keys(constraints).length) out.constraints = constraints;
  return out;
}

/** The Table Schema of one table. */
export function tableSchema(table: TableDef): Record<string, unknown> {
  const schema: Record<string, unknown> = {
    fields: table.fields.map(fieldDescriptor),
    // Empty cells are missing values in every field, text ones too (no value here is an empty string).
    missingValues: [''],
    primaryKey: [...table.primaryKey],
  };
  if (table.foreignKeys.length) {
    schema.foreignKeys = table.foreignKeys.map((fk) => ({ fields: [...fk.fields], reference: { resource: fk.resource, fields: [...fk.referenced] } }));
  }
  return schema;
}

const MEDIA_TYPES: Record<DatasetFormat, string> = { csv: 'text/csv', parquet: 'application/vnd.apache.parquet' };

/** The resource of one table in `format`, with the file's size and hash when known. */
export function tableResource(table: TableDef, format: DatasetFormat, file?: WrittenFile): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    name: table.name,
    type: 'table',
    path: file?.path ?? `${table.name}.${format}`,
    format,
    mediatype: MEDIA_TYPES[format],
    description: table.description,
  };
  if (format === 'csv') Object.assign(resource, { encoding: 'utf-8', dialect: { header: true, delimiter: ',', quoteChar: '"', doubleQuote: true } });
  if (file) Object.assign(resource, { bytes: file.bytes, hash: `sha256:${file.sha256}` });
  resource.schema = tableSchema(table);
  return resource;
}

/** The whole descriptor. `files` gives each table's written file (size and hash). */
export function dataPackage(format: DatasetFormat, version: string, files: Partial<Record<TableName, WrittenFile>> = {}): Record<string, unknown> {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'eventext-dataset',
    title: 'Events extracted from press releases',
    description:
      `Tidy tables written by eventext ${version} (\`--format ${format === 'csv' ? 'tables' : 'parquet'}\`): documents, the events they report, ` +
      'organisers, attendee categories, speakers and quotations, and the bodies, people and countries they name as entities ' +
      'with one id across all documents. Text cells that a spreadsheet would run as a formula start with an apostrophe in the CSV files.',
    resources: TABLE_NAMES.map((name) => tableResource(TABLES[name], format, files[name])),
  };
}
