#!/usr/bin/env node
// Writes test/data/schemaorg-context.jsonld: a local stand-in for the schema.org JSON-LD context,
// generated from schema-dts's own declarations (node_modules/schema-dts/dist/schema.d.ts), so the
// terms the JSON-LD test accepts are exactly the terms our output is type-checked against.
//
// It has the shape of the context schema.org publishes (every class, enumeration member and
// property as an explicit term mapped to `schema:Name`; properties whose range has URL but not Text
// coerced to `@id`; properties whose range has Date coerced to `Date`), with one deliberate
// difference: no `@vocab`. With `@vocab`, a misspelt or invented term would silently expand to a
// schema.org IRI; without it, jsonld's safe mode rejects any term that is not schema.org's.
//
// Usage: node scripts/schemaorg-context.mjs [--check]   (--check: exit 1 when the file is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const schemaDtsDir = dirname(require.resolve('schema-dts/package.json'));
const schemaDtsVersion = JSON.parse(readFileSync(join(schemaDtsDir, 'package.json'), 'utf8')).version;
const declarations = readFileSync(join(schemaDtsDir, 'dist', 'schema.d.ts'), 'utf8');
const outFile = join(root, 'test', 'data', 'schemaorg-context.jsonld');

// Helper types of schema-dts that are not schema.org classes.
const NOT_SCHEMA_ORG = new Set(['WithContext', 'WithActionConstraints', 'JsonLdObject', 'IdReference', 'MergeLeafTypes', 'Graph']);

const classes = new Set();
for (const m of declarations.matchAll(/"@type": "([A-Za-z0-9]+)"/g)) classes.add(m[1]);
for (const m of declarations.matchAll(/^export type ([A-Z0-9][A-Za-z0-9]*)\b/gm)) {
  if (!m[1].endsWith('Leaf') && !NOT_SCHEMA_ORG.has(m[1])) classes.add(m[1]);
}
const members = new Set();
for (const m of declarations.matchAll(/"https:\/\/schema\.org\/([A-Za-z0-9]+)"/g)) members.add(m[1]);

/** property name -> the names in its range (unioned over every type that declares it). */
const ranges = new Map();
for (const m of declarations.matchAll(/^ {4}"([A-Za-z0-9]+)"\?: SchemaValue<([A-Za-z0-9 |]+), "/gm)) {
  const range = ranges.get(m[1]) ?? new Set();
  for (const name of m[2].split('|')) range.add(name.trim());
  ranges.set(m[1], range);
}

const context = {
  type: '@type',
  id: '@id',
  schema: 'http://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};
for (const name of [...new Set([...classes, ...members])].sort()) context[name] = { '@id': `schema:${name}` };
for (const name of [...ranges.keys()].sort()) {
  const range = ranges.get(name);
  const term = { '@id': `schema:${name}` };
  if (range.has('URL') && !range.has('Text')) term['@type'] = '@id';
  else if (range.has('Date')) term['@type'] = 'Date';
  context[name] = term;
}

// One term a line: diffs between schema-dts versions stay readable.
const lines = Object.entries(context).map(([term, value]) => `  ${JSON.stringify(term)}: ${JSON.stringify(value)}`);
const text = `{"@context": {\n${lines.join(',\n')}\n}}\n`;
const summary = `${classes.size} classes, ${members.size} enumeration members, ${ranges.size} properties (schema-dts ${schemaDtsVersion})`;

if (process.argv.includes('--check')) {
  const current = readFileSync(outFile, 'utf8');
  if (current !== text) {
    console.error(`${outFile} is stale: run node scripts/schemaorg-context.mjs`);
    process.exit(1);
  }
  console.log(`up to date: ${summary}`);
} else {
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile}: ${summary}`);
}
