/**
 * Memory and time of the dataset writer alone (spill, entity index, final tables) for many
 * documents, without extracting each one: the dev corpus is extracted once, and its rows are fed
 * N times under distinct ids, as the workers would send them.
 *
 *   NODE_OPTIONS=--expose-gc npx tsx scripts/dataset-scale.ts [N=100000] [--distinct] [--parquet]
 *
 * (--expose-gc lets it measure the live heap after a collection, not garbage waiting for one.)
 *
 * --distinct renames every body and person per document ("<name> 123"), so the entity index grows
 * with every document: the worst case for memory, where nothing is named twice.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../src/index.js';
import { openDataset } from '../src/cli/dataset.js';
import { documentTables, type DocumentTables } from '../src/cli/tables.js';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const distinct = args.includes('--distinct');
const format = args.includes('--parquet') ? 'parquet' : 'csv';
const corpus = new URL('../../shared/corpus/dev/', import.meta.url);
const docs = readdirSync(corpus).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(new URL(f, corpus), 'utf8')) as { id: string; source: string; text: string });
const tables = docs.map((d) => documentTables(extract(d.text)));

/** A document's tables with every entity name made its own (for --distinct). */
function renamed(t: DocumentTables, n: number): DocumentTables {
  return { ...t, entities: t.entities.map((e) => ({ ...e, names: e.names.map(([name, p]) => [`${name} ${n}`, p]), links: e.links.map((l) => `${l}${n}`), localKey: `${e.localKey}${n}` })) };
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const heap = (): number => (gc(), process.memoryUsage().heapUsed);
const out = mkdtempSync(join(tmpdir(), 'eventext-scale-'));
const before = heap();
const started = process.hrtime.bigint();
const writer = await openDataset(out, format, 'scale');
let peak = 0;
for (let i = 0; i < count; i++) {
  const j = i % docs.length;
  const t = distinct ? renamed(tables[j]!, i) : tables[j]!;
  await writer.add(JSON.stringify({ id: `r${i}-${docs[j]!.id}`, source: docs[j]!.source, ...t }));
  if (i % 10_000 === 0) peak = Math.max(peak, heap());
}
const fed = Number(process.hrtime.bigint() - started) / 1e9;
const afterFeed = heap();
await writer.finish();
const total = Number(process.hrtime.bigint() - started) / 1e9;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
console.log(`${count} documents (${format}${distinct ? ', every name distinct' : ', corpus names repeating'}): fed in ${fed.toFixed(1)} s, total ${total.toFixed(1)} s; ` +
  `heap before ${mb(before)}, after feeding ${mb(afterFeed)} (peak sampled ${mb(peak)}), max RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
for (const f of readdirSync(out).sort()) console.log(`  ${f}`);
rmSync(out, { recursive: true, force: true });
