import { readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, ExtractionRecordSchema, recordJsonSchema } from '../src/index.js';
import { fixture } from './helpers.js';
import { spansOf } from './guards-inputs.js';

const fixtures = readdirSync(fileURLToPath(new URL('../fixtures/', import.meta.url))).filter((f) => f.endsWith('.txt'));

describe('the record', () => {
  it.each(fixtures)('validates against the schema for %s', (name) => {
    const record = extract(fixture(name));
    expect(() => ExtractionRecordSchema.parse(record)).not.toThrow();
    expect(record.schemaVersion).toBe(1);
  });

  it.each(fixtures)('keeps every span inside the original text of %s', (name) => {
    const text = fixture(name);
    for (const s of spansOf(extract(text))) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(s.start).toBeLessThan(s.end);
    }
  });

  it('gives a valid record with a warning for empty and blank input', () => {
    for (const text of ['', '   \n\t ']) {
      const record = extract(text);
      expect(ExtractionRecordSchema.parse(record)).toEqual(record);
      expect(record.events).toEqual([]);
      expect(record.warnings).toEqual(['input is empty: no text to read']);
    }
  });

  it('cuts input over maxLength and says so', () => {
    const record = extract('The council held a meeting. '.repeat(10), { maxLength: 50 });
    expect(record.warnings[0]).toBe('input is 280 characters long; only the first 50 were read');
  });

  it('rejects a non-string with a clear error', () => {
    expect(() => extract(42 as unknown as string)).toThrow(/takes the release text as a string; got number/);
  });

  it('warns about an invalid referenceDate instead of failing', () => {
    const record = extract('The board met on Tuesday.', { referenceDate: 'not a date' });
    expect(record.warnings).toContain('referenceDate option "not a date" is not a valid date; ignored');
  });

  it('ignores a referenceDate outside four-digit years, with a warning', () => {
    const record = extract('The board will meet on 4 March.', { referenceDate: new Date(Date.UTC(-9999, 10, 14)) });
    expect(record.warnings).toContain('referenceDate option -009999-11-14T00:00:00.000Z is outside the years 1000-9999; ignored');
  });

  it('calls the debug callback once per recogniser and resolver', () => {
    const stages: string[] = [];
    extract(fixture('coastal-fisheries-workshop.txt'), { debug: (stage) => stages.push(stage) });
    expect(stages).toEqual(['dates', 'places', 'organisations', 'people', 'events', 'attendees', 'quotations', 'agents', 'events', 'roles', 'local places', 'quotes']);
  });
});

describe('the JSON Schema', () => {
  const schema = recordJsonSchema() as { $schema: string; properties: Record<string, unknown>; required: string[] };

  it('is generated from the zod schema and describes every top-level field', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties).sort()).toEqual(['document', 'events', 'quotations', 'schemaVersion', 'warnings']);
    expect([...schema.required].sort()).toEqual(['document', 'events', 'quotations', 'schemaVersion', 'warnings']);
    const text = JSON.stringify(schema);
    for (const type of ['dialogue', 'roundtable', 'exhibition']) expect(text).toContain(`"${type}"`);
    for (const role of ['co-chair', 'sponsor', 'opening remarks', 'moderator']) expect(text).toContain(`"${role}"`);
  });

  it('is what `eventext schema` prints', () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const printed = JSON.parse(execFileSync(process.execPath, [cli, 'schema'], { encoding: 'utf8' }));
    expect(printed).toEqual(schema);
  });
});
