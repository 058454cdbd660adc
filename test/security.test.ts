/**
 * Security: no eval or Function constructor anywhere in src/; the library entry (src/index.ts and
 * every module it imports) reaches no file system, network, process or worker module; JSON Lines
 * input with __proto__ / constructor keys cannot pollute prototypes in the built command.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
const where = (tree: ts.SourceFile, node: ts.Node) => `${relative(root, tree.fileName)}:${tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1}`;

/** Calls that run a string as code: eval(...), new Function(...), Function(...), and string timers. */
export function codeFromStrings(file: string): string[] {
  const tree = parse(file);
  const found: string[] = [];
  const name = (e: ts.Expression): string | null =>
    ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : ts.isElementAccessExpression(e) && ts.isStringLiteral(e.argumentExpression) ? e.argumentExpression.text : null;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = name(node.expression);
      if (callee === 'eval' || callee === 'Function') found.push(`${where(tree, node)} ${callee}(...)`);
      if ((callee === 'setTimeout' || callee === 'setInterval') && node.arguments?.[0] && ts.isStringLiteralLike(node.arguments[0])) found.push(`${where(tree, node)} ${callee} with a string`);
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** Every module specifier a file imports or re-exports, static or dynamic, and require() calls. */
export function importsOf(file: string): { specifier: string; at: string }[] {
  const tree = parse(file);
  const out: { specifier: string; at: string }[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      // type-only imports vanish from the build
      const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly === true : node.isTypeOnly;
      if (!typeOnly) out.push({ specifier: node.moduleSpecifier.text, at: where(tree, node) });
    }
    if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      const arg = node.arguments[0];
      out.push({ specifier: arg && ts.isStringLiteralLike(arg) ? arg.text : '<computed>', at: where(tree, node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}

/** The local modules reachable from `entry`, and every package (bare specifier) they import. */
function importGraph(entry: string): { modules: string[]; packages: { specifier: string; at: string }[] } {
  const seen = new Set<string>();
  const packages: { specifier: string; at: string }[] = [];
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const imp of importsOf(file)) {
      if (imp.specifier.startsWith('.')) {
        const target = resolve(dirname(file), imp.specifier).replace(/\.js$/, '.ts');
        queue.push(existsSync(target) ? target : join(target, 'index.ts'));
      } else packages.push(imp);
    }
  }
  return { modules: [...seen], packages };
}

const FORBIDDEN = /^(?:node:)?(?:fs|fs\/promises|net|http|https|http2|tls|dgram|dns|dns\/promises|child_process|cluster|worker_threads|vm|inspector|module|os|process|readline|repl)$/;
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);

describe('security', () => {
  it('has no eval, Function constructor or string timers in src/', () => {
    const found = sourceFiles(srcDir).flatMap(codeFromStrings);
    expect(found).toEqual([]);
  });

  it('sees eval and new Function when they are there (the scan works)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventext-sec-'));
    try {
      const file = join(dir, 'probe.ts');
      writeFileSync(file, "const a = eval('1');\nconst f = new Function('return 1');\nconst g = globalThis['eval'];\nimport('node:fs');\n");
      expect(codeFromStrings(file)).toHaveLength(2);
      expect(importsOf(file).map((i) => i.specifier)).toEqual(['node:fs']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports no file, network, process or worker module from the library entry', () => {
    const { modules, packages } = importGraph(join(srcDir, 'index.ts'));
    expect(modules.map((m) => relative(root, m))).toContain('src/extract.ts');
    expect(modules.length).toBeGreaterThan(10);
    const bad = packages.filter((p) => FORBIDDEN.test(p.specifier) || p.specifier === '<computed>');
    expect(bad, bad.map((p) => `${p.at} imports ${p.specifier}`).join('\n')).toEqual([]);
    // and names no network global
    const globals = modules.flatMap((file) => {
      const tree = parse(file);
      const hits: string[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isIdentifier(node) && NETWORK_GLOBALS.has(node.text)) hits.push(`${where(tree, node)} ${node.text}`);
        ts.forEachChild(node, visit);
      };
      visit(tree);
      return hits;
    });
    expect(globals).toEqual([]);
  });

  it('the built library entry imports only its declared runtime packages', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const built = join(root, 'dist', 'index.js');
    expect(existsSync(built), 'build first (npx tsup)').toBe(true);
    const chunks = [built, ...readdirSync(join(root, 'dist')).filter((f) => /^chunk-.*\.js$/.test(f)).map((f) => join(root, 'dist', f))];
    const specifiers = chunks.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import\b|export\b|\})[^'"\n]*\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/gm)].map((m) => m[1] ?? m[2] ?? m[3]!));
    const external = specifiers.filter((s) => !s.startsWith('.'));
    for (const s of external) {
      expect(FORBIDDEN.test(s), `dist imports ${s}`).toBe(false);
      expect(Object.keys(pkg.dependencies), `dist imports ${s}, not a declared dependency`).toContain(s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/'));
    }
  });

  it('extract makes no network call (fetch is a trap while it runs)', () => {
    const original = globalThis.fetch;
    let called = false;
    globalThis.fetch = (() => {
      called = true;
      throw new Error('network');
    }) as typeof fetch;
    try {
      const text = readFileSync(join(root, 'fixtures', 'guards-river-basin-conference.txt'), 'utf8');
      extract(text);
    } finally {
      globalThis.fetch = original;
    }
    expect(called).toBe(false);
  });

  it('keeps Object.prototype clean when the text is full of __proto__ and constructor', () => {
    const record = extract('The __proto__ Council met the constructor of the prototype. "__proto__," said Mr. Constructor Prototype at the __proto__ Forum on 3 May 2024.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });
});

describe('JSON Lines input cannot pollute prototypes in the built command', () => {
  const cli = join(root, 'dist', 'cli.js');
  const text = 'The Ministry of Health held a training workshop for nurses in Kestrel on 3 May 2024.';
  const lines = [
    JSON.stringify({ id: 'plain', text }),
    `{"id":"proto","text":${JSON.stringify(text)},"__proto__":{"polluted":"yes","text":"from the prototype"}}`,
    `{"id":"ctor","text":${JSON.stringify(text)},"constructor":{"prototype":{"polluted":"yes"}}}`,
    `{"id":"proto-no-text","__proto__":{"text":"inherited text must not be read","polluted":"yes"}}`,
    `{"__proto__":{"id":"inherited-id"},"text":${JSON.stringify(text)}}`,
    `{"id":{"__proto__":{"polluted":"yes"}},"text":${JSON.stringify(text)}}`,
    `{"id":"nested","text":${JSON.stringify(text)},"options":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}}`,
    `{"id":"proto-text","text":"__proto__ constructor prototype"}`,
  ];

  it('reads every line, pollutes nothing and reads no inherited field', () => {
    expect(existsSync(cli), 'build first (npx tsup)').toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'eventext-pollution-'));
    try {
      // runs before the command and reports, as it exits, whether any prototype was touched
      const probe = join(dir, 'probe.mjs');
      writeFileSync(probe, `process.on('exit', () => {
  const touched = [Object.prototype, Array.prototype, Function.prototype, String.prototype].some((p) => Object.getOwnPropertyNames(p).includes('polluted') || 'polluted' in {});
  process.stderr.write(touched ? 'PROTOTYPE POLLUTED\\n' : 'prototypes clean\\n');
});\n`);
      // the probe does see pollution
      const polluting = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, '-e', "Object.prototype.polluted = 'yes'"], { encoding: 'utf8' });
      expect(polluting.stderr).toContain('PROTOTYPE POLLUTED');
      const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, cli, '--jsonl'], { input: lines.join('\n') + '\n', encoding: 'utf8', timeout: 60_000 });
      expect(r.stderr).toContain('prototypes clean');
      expect(r.stderr).not.toContain('PROTOTYPE POLLUTED');
      expect([0, 1]).toContain(r.status); // 1: some line had no text; never a crash
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out).toHaveLength(lines.length);
      for (const record of out) {
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
        expect(JSON.stringify(record)).not.toContain('from the prototype');
        expect(JSON.stringify(record)).not.toContain('inherited');
        expect(Object.hasOwn(record, 'polluted')).toBe(false);
      }
      // the line whose text exists only on a __proto__ object is refused, not read
      const noText = out.find((o) => o.id === 'proto-no-text');
      expect(noText && 'error' in noText).toBe(true);
      expect(out.filter((o) => 'schemaVersion' in o).length).toBeGreaterThanOrEqual(6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
