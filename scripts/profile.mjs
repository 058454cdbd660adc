#!/usr/bin/env node
// Where extract() spends its time on the dev corpus: runs it under the V8 CPU profiler and prints
// the self time by area (our modules one by one, compromise, zod, the rest) and the top functions.
//
//   npx tsup && node scripts/profile.mjs [rounds=10] [corpus dir]
//   node scripts/profile.mjs --summarise FILE.cpuprofile   (a profile written by `node --cpu-prof`)
// The raw profile is left in the printed .cpuprofile path (open it in Chrome DevTools).
import { Session } from 'node:inspector/promises';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (process.argv[2] === '--summarise') {
  summarise(JSON.parse(readFileSync(process.argv[3], 'utf8')), 'profile ' + process.argv[3]);
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 10);
const corpus = process.argv[3] ?? join(root, '..', 'shared', 'corpus', 'dev');
const texts = readdirSync(corpus).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(readFileSync(join(corpus, f), 'utf8')).text);
const { extract } = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
for (const t of texts) extract(t); // warm-up, outside the profile

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const t of texts) extract(t);
const wall = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
const file = join(tmpdir(), `eventext-${Date.now()}.cpuprofile`);
writeFileSync(file, JSON.stringify(profile));
const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
summarise(profile, `${rounds} passes over ${texts.length} texts (${kb.toFixed(1)} KB): ${(wall / rounds).toFixed(1)} ms per pass, ${((kb * rounds) / (wall / 1000)).toFixed(0)} KB/s`);
console.log(`\nprofile: ${file}`);

function summarise(profile, heading) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  function area(url) {
    if (!url) return '(native, GC, idle)';
    const dist = url.indexOf('/dist/');
    if (url.includes('/node_modules/')) return url.replace(/^.*\/node_modules\/((?:@[^/]+\/)?[^/]+).*$/, '$1');
    if (dist >= 0) return 'eventext (dist)';
    return url.startsWith('node:') ? 'node' : url;
  }
  const areas = new Map();
  const fns = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id);
    total += us;
    areas.set(area(callFrame.url), (areas.get(area(callFrame.url)) ?? 0) + us);
    const where = callFrame.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, 'dist/');
    const key = `${callFrame.functionName || '(anonymous)'}  ${where}:${callFrame.lineNumber + 1}`;
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const pct = (us) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  console.log(heading);
  console.log('\nself time by area:');
  for (const [name, us] of [...areas].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(us)}  ${name}`);
  console.log('\ntop functions by self time:');
  for (const [name, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(us)}  ${name}`);
}
