/**
 * Every regular expression in src/ must be free of catastrophic backtracking (ReDoS), checked with
 * recheck's pure-JavaScript backend (offline, no Java, no native binary). New regexes are found
 * automatically: regex literals are read from the TypeScript syntax tree of every src/**\/*.ts,
 * and `new RegExp(...)` values are caught by a spy on the RegExp constructor while every src
 * module is imported and extract() runs on our fixtures (so lexicon-built patterns count too).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { check, type AttackPattern } from 'recheck';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAFE_FILE = join(root, 'test', 'data', 'redos-safe.json');
const RECHECK_VERSION: string = JSON.parse(readFileSync(join(root, 'node_modules', 'recheck', 'package.json'), 'utf8')).version;
const srcDir = join(root, 'src');

interface FoundRegex {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Regex literals, read from the syntax tree (not by a regex over the source, which comments and strings would fool). */
export function regexLiterals(file: string): FoundRegex[] {
  const text = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: FoundRegex[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(tree);
      const slash = literal.lastIndexOf('/');
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
      out.push({ source: literal.slice(1, slash), flags: literal.slice(slash + 1), where: `${relative(root, file)}:${line}` });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return out;
}

/** Counts `new RegExp(...)` / `RegExp(...)` calls in the source, to be sure the spy saw them all. */
function constructorCalls(file: string): number {
  const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  let count = 0;
  const visit = (node: ts.Node): void => {
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') count++;
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return count;
}

const files = sourceFiles(srcDir);
const constructed: FoundRegex[] = [];
const constructedAt = new Set<string>();
const NativeRegExp = globalThis.RegExp;

beforeAll(async () => {
  // Catch every RegExp that code in src/ builds, with the src line that built it.
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      noteConstruction(made);
      return made;
    },
    apply(target, thisArg, args) {
      const made = Reflect.apply(target, thisArg, args) as RegExp;
      noteConstruction(made);
      return made;
    },
  });
  try {
    for (const file of files) {
      if (file.endsWith('cli.ts')) continue; // runs the command when imported
      await import(/* @vite-ignore */ file);
    }
    const { extract } = await import('../src/extract.js');
    const fixtures = join(root, 'fixtures');
    for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.txt'))) extract(readFileSync(join(fixtures, name), 'utf8'));
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
}, 120_000);

afterAll(() => {
  globalThis.RegExp = NativeRegExp;
});

function noteConstruction(made: RegExp): void {
  const stack = new Error().stack?.split('\n') ?? [];
  // the first frame outside this file is the code that built it
  const caller = stack.slice(1).find((line) => !line.includes('redos.test.ts'));
  if (!caller || !caller.includes(srcDir) || caller.includes('node_modules')) return;
  const where = relative(root, caller.replace(/^.*?\(?(\/[^()]*?):(\d+):\d+\)?$/, '$1:$2'));
  constructed.push({ source: made.source, flags: made.flags, where });
  constructedAt.add(where.replace(/:\d+$/, ''));
}

/** The attack string recheck proposes, with every pump repeated `times` times. */
export function attackString(attack: AttackPattern, times: number): string {
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + attack.suffix;
}

/**
 * recheck's fuzzer is not deterministic on large patterns (the same regex was found safe on one
 * run and polynomial on the next, with the same seed). A polynomial verdict is therefore checked
 * against V8 itself: the attack is run at two lengths, 4x apart. A real quadratic takes ~16x as
 * long on the longer one (and seconds at that length); only a match that stays fast and grows at
 * most ~linearly is taken as a false alarm. Exponential verdicts are never second-guessed.
 */
export function runsLinearlyInV8(r: Pick<FoundRegex, 'source' | 'flags'>, attack: AttackPattern): boolean {
  const re = new NativeRegExp(r.source, r.flags.replace(/[gy]/g, ''));
  const best = (text: string): number => {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      re.exec(text);
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  };
  const short = best(attackString(attack, 3_000));
  const long = best(attackString(attack, 12_000));
  return long < 100 && long <= Math.max(short, 1) * 8;
}

async function verdict(r: FoundRegex): Promise<string | null> {
  // the pure backend runs in this process: no Java, no native agent, no network
  process.env.RECHECK_BACKEND = 'pure';
  // generous timeout: the pure backend is slow on a loaded machine, and a timeout fails the test.
  // A fixed seed: for large regexes recheck fuzzes, and a random seed once reported a linear date
  // regex as polynomial (an "attack" V8 runs in linear time); the verdict must not vary run to run.
  const result = await check(r.source, r.flags, { timeout: 60_000, randomSeed: 20_240_601 });
  if (result.status === 'safe') return null;
  if (result.status === 'vulnerable') {
    if (result.complexity.type === 'polynomial' && result.attack && runsLinearlyInV8(r, result.attack)) return null;
    const attack = result.attack ? ` attack ${JSON.stringify(result.attack.pattern)}` : '';
    return `${r.where} /${r.source}/${r.flags}: ${result.complexity.type} backtracking${attack}`;
  }
  return `${r.where} /${r.source}/${r.flags}: could not be checked (${JSON.stringify(result.error)})`;
}

describe('ReDoS: every regular expression in src/', () => {
  it('finds the regexes of src/ (literals and constructed ones)', () => {
    const literals = files.flatMap(regexLiterals);
    expect(literals.length).toBeGreaterThan(10);
    expect(literals.some((r) => r.where.startsWith('src/document.ts'))).toBe(true);
    // DATE_LINE and DATELINE in document.ts are built with new RegExp from shared date sources
    expect(constructed.some((r) => r.where.startsWith('src/document.ts') && r.source.includes('dmyDay'))).toBe(true);
    // every file that calls RegExp(...) was seen building at least one
    const callers = files.filter((f) => !f.endsWith('cli.ts') && constructorCalls(f) > 0).map((f) => relative(root, f));
    for (const file of callers) expect(constructedAt, `${file} calls new RegExp but no construction was seen`).toContain(file);
  });

  it('recognises a vulnerable regex when it sees one (the checker works offline)', async () => {
    expect(await verdict({ source: '^(a+)+$', flags: '', where: 'probe' })).toMatch(/exponential/);
    expect(await verdict({ source: '\\s*,\\s*$', flags: '', where: 'probe' })).toMatch(/polynomial/);
    // the V8 confirmation keeps a real quadratic: an attack on it is slow and grows ~16x for 4x
    expect(runsLinearlyInV8({ source: '\\s*,\\s*$', flags: '' }, { pumps: [{ prefix: '', pump: ' ', bias: 0 }], suffix: '\\x00', base: 0, string: '', pattern: '' })).toBe(false);
    expect(runsLinearlyInV8({ source: '^[a-z]+,', flags: '' }, { pumps: [{ prefix: '', pump: 'a', bias: 0 }], suffix: '!', base: 0, string: '', pattern: '' })).toBe(true);
    expect(await verdict({ source: '^[a-z]{1,6}\\b', flags: 'i', where: 'probe' })).toBeNull();
  }, 60_000);

  it('finds no regex with catastrophic backtracking', async () => {
    const all = [...files.flatMap(regexLiterals), ...constructed];
    const unique = new Map<string, FoundRegex>();
    for (const r of all) if (!unique.has(`/${r.source}/${r.flags}`)) unique.set(`/${r.source}/${r.flags}`, r);
    // recheck's pure backend needs minutes for the few hundred patterns of src/, too slow for every
    // CI run: patterns it has already found safe (same source, flags and recheck version) are kept
    // in test/data/redos-safe.json. A new or changed pattern is always checked here; regenerate the
    // whole file with EVENTEXT_REDOS_FULL=1 (checks everything and rewrites it), or only add new ones with EVENTEXT_REDOS_UPDATE=1, or add the new patterns
    // found safe with EVENTEXT_REDOS_UPDATE=1 (checks only those; drops patterns no longer in src/).
    const full = process.env.EVENTEXT_REDOS_FULL === '1';
    const update = full || process.env.EVENTEXT_REDOS_UPDATE === '1';
    const known: { recheck: string; safe: string[] } = existsSync(SAFE_FILE) ? JSON.parse(readFileSync(SAFE_FILE, 'utf8')) : { recheck: '', safe: [] };
    const safe = new Set(!full && known.recheck === RECHECK_VERSION ? known.safe : []);
    const problems: string[] = [];
    const checkedSafe: string[] = [];
    for (const [key, r] of unique) {
      if (safe.has(key)) { checkedSafe.push(key); continue; }
      const problem = await verdict(r);
      if (problem) problems.push(problem);
      else checkedSafe.push(key);
    }
    if (update && !problems.length) writeFileSync(SAFE_FILE, JSON.stringify({ recheck: RECHECK_VERSION, safe: checkedSafe.sort() }, null, 1) + '\n');
    expect(problems, `vulnerable regexes:\n${problems.join('\n')}`).toEqual([]);
  }, 900_000);
});
