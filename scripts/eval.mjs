#!/usr/bin/env node
// The accuracy ratchet: builds the command (tsup), scores it on the dev corpus with the shared
// scorer (../shared/eval/score.mjs), prints the score table and fails when the overall micro F1
// is below the floor recorded in eval-floor.json.
//
//   npm run eval                      build, score, compare with the floor
//   npm run eval -- --no-build        score dist/ as it is
//   npm run eval -- --raise           also write the new score as the floor when it is higher
//   npm run eval -- --errors          any other option goes to the scorer (--errors lists every miss)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.EVENTEXT_SHARED ?? join(root, '..', 'shared');
const floorFile = join(root, 'eval-floor.json');
const args = process.argv.slice(2);
const own = new Set(['--no-build', '--raise']);

if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.log(`eval: no scorer at ${join(shared, 'eval', 'score.mjs')} (../shared is not beside the project); nothing to score`);
  process.exit(0);
}

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['tsup'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.error('eval: the build (tsup) failed');
    process.exit(1);
  }
}

const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error(`eval: ${cli} is missing; build first (npx tsup)`);
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'eventext-eval-'));
const summaryFile = join(work, 'summary.json');
let summary;
try {
  const score = spawnSync(
    process.execPath,
    [join(shared, 'eval', 'score.mjs'), '--corpus', join(shared, 'corpus', 'dev'),
      '--run', `"${process.execPath}" "${cli}" --jsonl`, '--json', summaryFile, ...args.filter((a) => !own.has(a))],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (score.status !== 0 || !existsSync(summaryFile)) {
    console.error(`eval: the scorer exited with ${score.status}`);
    process.exit(1);
  }
  summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Compared at the precision the scorer prints (one decimal of a percentage).
const percent = (f1) => Math.round(1000 * f1) / 10;
const measured = percent(summary.overall.F1);
const floor = JSON.parse(readFileSync(floorFile, 'utf8'));
if (typeof floor.microF1 !== 'number') {
  console.error(`eval: ${floorFile} has no numeric "microF1"`);
  process.exit(1);
}
if (summary.missingPreds) {
  console.error(`eval: ${summary.missingPreds} documents got no prediction`);
  process.exit(1);
}
if (measured < floor.microF1) {
  console.error(`eval: FAIL: micro F1 ${measured} is below the floor ${floor.microF1} (eval-floor.json)`);
  process.exit(1);
}
console.log(`eval: ok: micro F1 ${measured} >= floor ${floor.microF1} (eval-floor.json)`);
if (args.includes('--raise') && measured > floor.microF1) {
  writeFileSync(floorFile, JSON.stringify({ ...floor, microF1: measured }, null, 2) + '\n');
  console.log(`eval: floor raised to ${measured}; commit eval-floor.json`);
}
