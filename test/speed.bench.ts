/**
 * Speed (npm run bench): on the dev corpus texts, side by side, extract(), a bare compromise
 * nlp(text) and chrono-node's parse. After the vitest bench table it prints the ratio
 * extract / bare nlp (target: at most 1.25) and the throughput in KB/s, measured over the whole
 * corpus with interleaved rounds (the median round), so the numbers are comparable run to run.
 * Needs ../shared (the dev corpus); without it, it says so and measures nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { afterAll, bench, describe } from 'vitest';
import { extract } from '../src/index.js';

const TARGET_RATIO = 1.25;
const corpusDir = process.env.EVENTEXT_CORPUS ?? fileURLToPath(new URL('../../shared/corpus/dev/', import.meta.url));
const texts: string[] = existsSync(corpusDir)
  ? readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort().map((f) => (JSON.parse(readFileSync(join(corpusDir, f), 'utf8')) as { text: string }).text)
  : [];
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

const runners: Record<string, (text: string) => unknown> = {
  'extract()': (t) => extract(t),
  'bare compromise nlp(text)': (t) => nlp(t),
  'chrono-node parse(text)': (t) => chrono.parse(t),
};

/** Milliseconds per pass over the corpus, by runner: median of interleaved rounds after a warm-up. */
function measure(rounds: number): Record<string, number> {
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(runners).map((k) => [k, []]));
  for (const run of Object.values(runners)) for (const t of texts) run(t);
  for (let i = 0; i < rounds; i++) {
    for (const [name, run] of Object.entries(runners)) {
      const t0 = performance.now();
      for (const t of texts) run(t);
      times[name]!.push(performance.now() - t0);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
}

if (!texts.length) {
  console.log(`bench: no dev corpus at ${corpusDir} (../shared is not beside the project); nothing measured`);
  describe.skip('speed on the dev corpus (no corpus)', () => {
    bench('skipped', () => {});
  });
} else {
  describe(`speed on the dev corpus (${texts.length} texts, ${(bytes / 1024).toFixed(1)} KB)`, () => {
    for (const [name, run] of Object.entries(runners)) {
      bench(name, () => {
        for (const t of texts) run(t);
      }, { time: 3_000, warmupTime: 500 });
    }
  });

  // at file level: vitest bench runs no afterAll inside a describe
  afterAll(() => {
      const ms = measure(Number(process.env.EVENTEXT_BENCH_ROUNDS ?? 15));
      const kbps = (name: string) => (bytes / 1024 / (ms[name]! / 1000)).toFixed(0);
      const ratio = ms['extract()']! / ms['bare compromise nlp(text)']!;
      const lines = [
        '',
        `speed over the dev corpus: ${texts.length} texts, ${(bytes / 1024).toFixed(1)} KB, median of interleaved rounds`,
        ...Object.keys(runners).map((name) => `  ${name.padEnd(28)} ${ms[name]!.toFixed(1).padStart(8)} ms per pass  ${kbps(name).padStart(6)} KB/s`),
        `  ratio extract / bare nlp: ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'})`,
        `  ratio chrono parse / bare nlp: ${(ms['chrono-node parse(text)']! / ms['bare compromise nlp(text)']!).toFixed(2)}`,
        '',
      ];
      console.log(lines.join('\n'));
  });
}
