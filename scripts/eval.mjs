#!/usr/bin/env node
// Scores the built command on the dev corpus with the shared scorer (../shared/eval/score.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.error('eval: ../shared is not beside the project; nothing to score');
  process.exit(0);
}
const r = spawnSync(process.execPath, [join(shared, 'eval', 'score.mjs'), '--corpus', join(shared, 'corpus', 'dev'),
  '--run', `"${process.execPath}" "${join(root, 'dist', 'cli.js')}" --jsonl`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
