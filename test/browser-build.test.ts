/**
 * The browser builds (tsup): the library as one ESM file without Node built-ins, exposed as
 * `eventext/browser`, and the plugin that fails the build when a built-in leaks in. Chromium runs
 * them in test/browser/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isNodeBuiltin, noNodeBuiltins } from '../scripts/no-node-builtins.js';
import { inlineSafeScript } from '../scripts/playground-page.js';
import { extract, toJsonLd } from '../src/index.js';
import { fixture } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('browser build', () => {
  it('names Node built-ins, with or without node:, and their subpaths, and no packages', () => {
    for (const s of ['node:fs', 'fs', 'fs/promises', 'path', 'worker_threads', 'node:test']) expect(isNodeBuiltin(s), s).toBe(true);
    for (const s of ['zod', 'compromise', 'date-fns/parseISO', '@mozilla/readability', 'linkedom']) expect(isNodeBuiltin(s), s).toBe(false);
  });

  it('fails a build that imports a Node built-in, naming it and who imported it', async () => {
    const failed = await build({
      stdin: { contents: "import { readFileSync } from 'node:fs'; import { join } from 'path'; export const x = [readFileSync, join];", resolveDir: ROOT, sourcefile: 'leaky.ts', loader: 'ts' },
      bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', plugins: [noNodeBuiltins()],
    }).then(() => null, (err: { errors: Array<{ text: string }> }) => err.errors.map((e) => e.text));
    expect(failed).toHaveLength(2);
    expect(failed![0]).toMatch(/^Node built-in "node:fs" imported by .*leaky\.ts/);
    expect(failed![1]).toMatch(/^Node built-in "path" imported by /);
    // and the same code builds for Node without it (the plugin is what fails it)
    await expect(build({ stdin: { contents: "import 'node:fs';", resolveDir: ROOT, loader: 'ts' }, bundle: true, platform: 'node', write: false, logLevel: 'silent' })).resolves.toBeDefined();
  });

  it('is one self-contained ESM file, exposed as eventext/browser, with the same API and results', async () => {
    const file = join(ROOT, 'dist/browser/eventext.js');
    const code = readFileSync(file, 'utf8');
    // (the scanner of the TypeScript compiler: it tells imports from text in strings)
    const { importedFiles } = ts.preProcessFile(code, true, true);
    expect(importedFiles.map((f) => f.fileName)).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { default: string; types: string }> };
    expect(pkg.exports['./browser']).toEqual({ types: './dist/index.d.ts', default: './dist/browser/eventext.js' });
    const lib = (await import('eventext/browser' as string)) as typeof import('../src/index.js');
    const text = fixture('review-river-delta-forum.txt');
    expect(lib.extract(text)).toEqual(extract(text));
    expect(lib.toJsonLd(lib.extract(text))).toEqual(toJsonLd(extract(text)));
    expect(lib.ExtractionRecordSchema.safeParse(extract(text)).success).toBe(true);
    expect(Object.keys(lib).sort()).toEqual(Object.keys(await import('../dist/index.js' as string)).sort());
  });

  it('escapes what would end or change the playground\'s inline script', () => {
    const js = 'var a="</script><script>x()</script>",b=/<\\/script>/,c="<!-- x -->";';
    const safe = inlineSafeScript(js);
    expect(safe).not.toMatch(/<\/script|<!--/i);
    const run = (src: string) => new Function(`${src}; return [a, String(b), c];`)() as string[];
    expect(run(safe)).toEqual(run(js));
  });
});
