/**
 * Hostile inputs finish in bounded time with a sound record. Each runs in a child process that is
 * killed at its bound, so a hang or a quadratic blow-up fails the test instead of stalling the run.
 * The bounds are generous wall-clock limits (about ten times what the input takes on 2 cores
 * with the document model alone); test/scaling.test.ts checks the growth itself.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH } from '../src/index.js';

const childSource = fileURLToPath(new URL('./guards-hostile-child.ts', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
let bundleDir = '';
let child = '';

// The child is bundled once to plain JavaScript: started with tsx, each of the 16 children spent
// about two seconds compiling the sources before it could start its clock.
beforeAll(() => {
  bundleDir = mkdtempSync(join(tmpdir(), 'eventext-hostile-'));
  child = join(bundleDir, 'child.mjs');
  buildSync({ entryPoints: [childSource], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: child, logLevel: 'error',
    // the inputs find their fixture beside the test sources, not beside the bundle
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(childSource).href) } });
});
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

interface ChildReport {
  ms: number;
  length: number;
  warnings: string[];
  problems: string[];
}

function bounded(kind: string, size: number, limitMs: number): ChildReport {
  const started = performance.now();
  // the bound covers extract; the child also needs a few seconds to start and build its input
  const r = spawnSync(process.execPath, [child, kind, String(size)], { cwd: root, encoding: 'utf8', timeout: limitMs + 15_000, maxBuffer: 1 << 24 });
  const wall = performance.now() - started;
  expect(r.error?.message ?? null, `${kind} (${size}): killed after ${Math.round(wall)} ms (bound ${limitMs} ms)`).toBeNull();
  expect(r.status, `${kind} (${size}): the child failed: ${r.stderr.slice(-2000)}`).toBe(0);
  const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as ChildReport;
  console.log(`hostile ${kind}: ${report.length} chars in ${Math.round(report.ms)} ms`);
  expect(report.problems).toEqual([]);
  expect(report.ms, `${kind}: ${report.length} chars took ${Math.round(report.ms)} ms`).toBeLessThan(limitMs);
  return report;
}

describe('hostile inputs finish in bounded time', () => {
  it('1 MB without whitespace', () => {
    bounded('no whitespace (letters)', 1_000_000, 20_000);
    bounded('no whitespace (letters and punctuation)', 1_000_000, 30_000);
  }, 150_000);

  it('200 KB of quotation marks', () => {
    bounded('quotation marks', 200_000, 20_000);
    bounded('quotation marks with spaces', 200_000, 20_000);
  }, 150_000);

  it('50,000 nested parentheses', () => {
    bounded('nested parentheses', 100_001, 20_000);
    bounded('nested parentheses with spaces', 200_002, 20_000);
  }, 150_000);

  it('100,000 capitalised words in a row', () => {
    bounded('capitalised words', 100_000, 40_000);
  }, 150_000);

  it('a 5 MB release: read up to DEFAULT_MAX_LENGTH, with a warning', () => {
    const report = bounded('release', 5_000_000, 60_000);
    expect(report.length).toBeGreaterThanOrEqual(5_000_000);
    expect(report.warnings).toContain(`input is ${report.length} characters long; only the first ${DEFAULT_MAX_LENGTH} were read`);
  }, 150_000);

  it.each(['hyphenated words in one sentence', 'line breaks only', 'control characters', 'lone surrogates', 'dates without end', 'quotations without end', 'honorifics and titles'])(
    '200 KB of %s',
    (kind) => {
      bounded(kind, 200_000, 20_000);
    },
    150_000,
  );
});
