/**
 * End to end: the BUILT command (dist/cli.js, `npx tsup` first) spawned with real inputs.
 * Expected records come from extract() itself, so these tests check the command's plumbing
 * (inputs, ids, order, formats, errors, exit codes), whatever the extraction finds.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, toJsonLd } from '../src/index.js';
import { parseCsv } from './cli-csv.js';
import { fixture, fixturePath } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');

/** Runs the command; in-process (`--jobs 1`, no worker start-up) unless the test sets --jobs. */
function run(args: string[], input?: string | Buffer, cwd = ROOT) {
  const jobs = args.includes('--jobs') ? [] : ['--jobs', '1'];
  const r = spawnSync(process.execPath, [CLI, ...jobs, ...args], { input: input ?? '', cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const outLines = (out: string) => out.split('\n').filter((l, i, all) => l || i < all.length - 1);
const jsonl = (items: unknown[]) => items.map((x) => JSON.stringify(x)).join('\n') + '\n';

const HARBOUR = fixture('cli-harbour-safety-seminar.txt');
const FISHERIES = fixture('coastal-fisheries-workshop.txt');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventext-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('stdin and files', () => {
  it('reads one release on stdin and prints its record as pretty JSON', () => {
    const r = run([], HARBOUR);
    expect(r.code).toBe(0);
    expect(r.out).toBe(JSON.stringify(extract(HARBOUR), null, 2) + '\n');
    expect(r.err).toBe('');
  });

  it('reads a file; --format jsonl adds its id and source', () => {
    const path = 'fixtures/cli-harbour-safety-seminar.txt';
    expect(JSON.parse(run([path]).out)).toEqual(extract(HARBOUR));
    const r = run(['--format', 'jsonl', path]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(JSON.stringify({ id: path, source: path, ...extract(HARBOUR) }) + '\n');
  });

  it('reads several files in the order given, as JSON Lines by default and as a JSON array with --format json', () => {
    const files = ['fixtures/cli-harbour-safety-seminar.txt', 'fixtures/coastal-fisheries-workshop.txt'];
    const expected = [
      { id: files[0], source: files[0], ...extract(HARBOUR) },
      { id: files[1], source: files[1], ...extract(FISHERIES) },
    ];
    expect(run(files).out).toBe(jsonl(expected));
    expect(JSON.parse(run(['--format', 'json', ...files]).out)).toEqual(expected);
  });
});

describe('folders and glob patterns', () => {
  beforeAll(() => {
    mkdirSync(join(dir, 'tree/sub'), { recursive: true });
    writeFileSync(join(dir, 'tree/a.txt'), HARBOUR);
    writeFileSync(join(dir, 'tree/sub/b.html'), readFileSync(fixturePath('cli-library-launch-page.html')));
    writeFileSync(join(dir, 'tree/c.jsonl'), jsonl([{ id: 'c1', text: FISHERIES }, { text: HARBOUR }]));
    writeFileSync(join(dir, 'tree/d.json'), JSON.stringify({ id: 'd1', url: 'https://news.example.org/d1', text: FISHERIES, gold: {} }));
    writeFileSync(join(dir, 'tree/ignored.pdf'), '%PDF-1.7');
  });

  it('walks a folder for text, HTML, JSON and JSON Lines files, in sorted order', () => {
    const r = run(['tree'], undefined, dir);
    expect(r.code).toBe(0);
    const got = outLines(r.out).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(got.map((g) => [g.id, g.source])).toEqual([
      ['tree/a.txt', 'tree/a.txt'],
      ['c1', 'tree/c.jsonl'],
      [2, 'tree/c.jsonl'],
      ['d1', 'https://news.example.org/d1'],
      ['tree/sub/b.html', 'tree/sub/b.html'],
    ]);
    expect(got[0]).toEqual({ id: 'tree/a.txt', source: 'tree/a.txt', ...extract(HARBOUR) });
    expect(got[1]).toEqual({ id: 'c1', source: 'tree/c.jsonl', ...extract(FISHERIES) });
    expect(got[3]).toEqual({ id: 'd1', source: 'https://news.example.org/d1', ...extract(FISHERIES) });
    expect((got[4]!.document as { published: string }).published).toBe('2023-09-18');
  });

  it('expands a glob pattern, and says when a pattern or a path matches nothing', () => {
    const r = run(['tree/*.txt', 'tree/*.docx', 'tree/missing.txt'], undefined, dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      jsonl([
        { id: 'tree/a.txt', source: 'tree/a.txt', ...extract(HARBOUR) },
        { id: 'tree/*.docx', source: 'tree/*.docx', error: 'no file matches the pattern tree/*.docx' },
        { id: 'tree/missing.txt', source: 'tree/missing.txt', error: 'cannot read tree/missing.txt: no such file or folder' },
      ]),
    );
    const absolute = join(dir, 'tree/*.txt');
    expect(JSON.parse(run([absolute, '--format', 'jsonl']).out).id).toBe(join(dir, 'tree/a.txt'));
  });
});

describe('JSON Lines, line in and line out', () => {
  const batch = readFileSync(fixturePath('cli-batch.jsonl'), 'utf8');
  const want = 'each line must be a JSON object with a "text" (or "html") string and an optional "id"';

  it('gives one output line per input line, in order, bad lines as errors in place (exit 1)', () => {
    const r = run(['--jsonl', '--jobs', '2'], batch);
    expect(r.code).toBe(1);
    const got = outLines(r.out);
    expect(got).toHaveLength(batch.trimEnd().split('\n').length);
    const texts = batch.split('\n').map((l) => (l.startsWith('{') ? (JSON.parse(l) as { text?: string }).text : undefined));
    expect(got[0]).toBe(JSON.stringify({ id: 'north-1', source: '-', ...extract(texts[0]!) }));
    expect(got[1]).toBe(JSON.stringify({ id: 2, source: '-', error: `line 2 is not valid JSON; ${want}` }));
    const page = JSON.parse(got[2]!) as { id: string; document: { title: string; published: string } };
    expect([page.id, page.document.title, page.document.published]).toEqual(['north-2', 'Volunteers Meet', '2022-11-02']);
    expect(got[3]).toBe(JSON.stringify({ id: 'north-3', source: '-', error: `line 4 has no "text" or "html" string; ${want}` }));
    expect(got[4]).toBe(JSON.stringify({ id: 5, source: '-', error: `line 5 is empty; ${want}` }));
    // The line with __proto__ and constructor keys: read as plain data, its id is its line number.
    expect(got[5]).toBe(JSON.stringify({ id: 6, source: '-', ...extract(texts[5]!) }));
    expect(got[6]).toBe(JSON.stringify({ id: 7, source: '-', ...extract(texts[6]!) }));
  });

  it('exits 0 with --exit-zero (for Spark and Hadoop Streaming), the error lines unchanged', () => {
    const strict = run(['--jsonl'], batch);
    const lenient = run(['--jsonl', '--exit-zero'], batch);
    expect([strict.code, lenient.code]).toEqual([1, 0]);
    expect(lenient.out).toBe(strict.out);
  });

  it('gives the same output with --jobs 1 (in-process) and --jobs 2 (worker threads), also as CSV', () => {
    const items = [HARBOUR, FISHERIES, fixture('posted-on-youth-forum.txt'), fixture('dateline-city-council-briefing.txt')];
    const input = jsonl([...items, ...items, ...items].map((text, i) => ({ id: `d${i}`, text }))) + batch;
    for (const format of ['jsonl', 'csv']) {
      const one = run(['--jsonl', '--jobs', '1', '--format', format], input);
      const two = run(['--jsonl', '--jobs', '2', '--format', format], input);
      expect(one.code).toBe(1);
      expect(two.code).toBe(1);
      expect(two.out).toBe(one.out);
      // csv: a header, then at least one row per document (one per event).
      if (format === 'jsonl') expect(outLines(one.out)).toHaveLength(12 + 7);
      else expect(parseCsv(one.out).length).toBeGreaterThanOrEqual(1 + 12 + 7);
    }
  });
});

describe('HTML', () => {
  it('reduces a page to its article, with the headline and the metadata date', () => {
    const r = run(['--with-text', '--format', 'jsonl', 'fixtures/cli-library-launch-page.html']);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.out) as { text: string; document: { title: string; published: string } };
    expect(rec.text.split('\n\n')[0]).toBe('Riverside Libraries Launch Mobile Reading Service for Rural Schools');
    expect(rec.text).toContain('The service brings two converted buses, each carrying some four thousand books, to villages');
    expect(rec.text).toContain('over the summer.\nTimetables are published');
    for (const noise of ['Contact us', 'All rights reserved', 'analytics', 'font-family']) expect(rec.text).not.toContain(noise);
    expect(rec.document).toEqual({ title: 'Riverside Libraries Launch Mobile Reading Service for Rural Schools', published: '2023-09-18', language: 'en' });
    const { text: _text, ...withoutText } = rec as unknown as Record<string, unknown>;
    expect(withoutText).toEqual({ id: 'fixtures/cli-library-launch-page.html', source: 'fixtures/cli-library-launch-page.html', ...extract(rec.text, { referenceDate: '2023-09-18' }) });
  });

  it('takes the date from the page metadata when the text has none (--html on stdin)', () => {
    const page = '<html><head><meta name="date" content="2021-04-30"><title>Clinic Opens</title></head><body><p>The health ministry opened a rural clinic on Friday.</p></body></html>';
    const rec = JSON.parse(run(['--html'], page).out) as { document: { title: string; published: string } };
    expect(rec.document).toEqual({ title: 'Clinic Opens', published: '2021-04-30', language: 'en' });
  });
});

describe('CSV', () => {
  it('writes a header, a row per document in order, formula cells neutralised and errors as rows', () => {
    const input = jsonl([{ id: '=HYPERLINK("http://x.example")', text: HARBOUR }, { id: '@SUM(1)', text: '' }]) + '{broken\n';
    const r = run(['--jsonl', '--format', 'csv', '--jobs', '1'], input);
    expect(r.code).toBe(1);
    const lines = outLines(r.out);
    expect(lines[0]!.startsWith('id,source,title,published,event_id,event_name,event_type,')).toBe(true);
    expect(lines[1]!.startsWith(`"'=HYPERLINK(""http://x.example"")",-,`)).toBe(true);
    expect(lines.at(-2)!.startsWith("'@SUM(1),-,,,")).toBe(true);
    const error = '"line 3 is not valid JSON; each line must be a JSON object with a ""text"" (or ""html"") string and an optional ""id"""';
    expect(lines.at(-1)).toBe(['3', '-', ...Array<string>(20).fill(''), error].join(','));
  });

  it('writes a row per quotation with --csv-quotations', () => {
    const r = run(['--csv-quotations', 'fixtures/cli-harbour-safety-seminar.txt']);
    expect(r.code).toBe(0);
    const quotations = extract(HARBOUR).quotations;
    const rows = parseCsv(r.out);
    expect(rows[0]!.join(',')).toBe('id,source,title,published,quotation_index,event_id,speaker,delivered_by,text,span_start,span_end,error');
    expect(rows.slice(1).map((row) => row[8])).toEqual(quotations.length ? quotations.map((q) => q.text) : ['']);
  });
});

describe('JSON-LD', () => {
  it('writes toJsonLd(record) per document, one graph per line for a batch, blank nodes scoped by the document id', () => {
    const r = run(['--format', 'jsonld', 'fixtures/cli-harbour-safety-seminar.txt', 'fixtures/coastal-fisheries-workshop.txt']);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      jsonl([
        toJsonLd(extract(HARBOUR), { id: 'fixtures/cli-harbour-safety-seminar.txt' }),
        toJsonLd(extract(FISHERIES), { id: 'fixtures/coastal-fisheries-workshop.txt' }),
      ]),
    );
    expect(r.out).toContain('"@id":"_:fixtures_2f_cli-harbour-safety-seminar_2e_txt-article"');
  });

  it('gives a JSON Lines item\'s web address to the graph as the article url, pretty for one document', () => {
    const url = 'https://news.example.org/2024/harbour-seminar';
    const lines = run(['--jsonl', '--format', 'jsonld'], jsonl([{ id: 'h', url, text: HARBOUR }]));
    expect(lines.out).toBe(JSON.stringify(toJsonLd(extract(HARBOUR), { url, id: 'h' })) + '\n');
    expect(lines.out).toContain(`"url":"${url}"`);
    const single = run(['--format', 'jsonld'], HARBOUR);
    expect(single.out).toBe(JSON.stringify(toJsonLd(extract(HARBOUR)), null, 2) + '\n');
  });
});

describe('the library entry stays browser-safe', () => {
  const NODE_ONLY = /^(?:node:|fs|path|os|util|events|stream|worker_threads|child_process|piscina|linkedom|@mozilla\/readability|tinyglobby|cli-progress|csv-stringify)(?:\/|$)/;

  it('dist/index.js and dist/index.cjs reach no Node-only module and none of the command\'s', () => {
    const seen = new Set<string>();
    const external = new Set<string>();
    const walk = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
      for (const m of code.matchAll(/(?:from|import|require)\s*\(?\s*"([^"]+)"/g)) {
        if (m[1]!.startsWith('./')) walk(m[1]!.slice(2));
        else external.add(m[1]!);
      }
    };
    walk('index.js');
    walk('index.cjs');
    expect([...external].filter((name) => NODE_ONLY.test(name))).toEqual([]);
    expect(external.has('compromise')).toBe(true);
  });
});

describe('errors, limits and exit codes', () => {
  it('gives an error line in place for a file over --max-bytes, a binary file and an over-long JSON line', () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'ok.txt'), 'The board met.');
    const r = run(['--max-bytes', '1k', 'big.txt', 'blob.txt', 'latin1.txt', 'ok.txt'], undefined, dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe(
      jsonl([
        { id: 'big.txt', source: 'big.txt', error: 'big.txt is 2000 bytes, over the --max-bytes limit of 1024; raise --max-bytes or split the input' },
        { id: 'blob.txt', source: 'blob.txt', error: 'blob.txt is not text (it holds NUL bytes; is it a binary file?)' },
        { id: 'latin1.txt', source: 'latin1.txt', error: 'latin1.txt is not UTF-8 text; convert it first (for example with iconv -t UTF-8)' },
        { id: 'ok.txt', source: 'ok.txt', ...extract('The board met.') },
      ]),
    );
    const lines = run(['--jsonl', '--max-bytes', '100'], jsonl([{ id: 'long', text: 'y'.repeat(200) }, { id: 'short', text: 'The board met.' }]));
    expect(outLines(lines.out)).toEqual([
      JSON.stringify({ id: 1, source: '-', error: 'line 1 is 223 bytes, over the --max-bytes limit of 100; raise --max-bytes or split the input' }),
      JSON.stringify({ id: 'short', source: '-', ...extract('The board met.') }),
    ]);
  });

  it('writes to --out and exits 2 with a useful message when it cannot', () => {
    const r = run(['--out', join(dir, 'out.jsonl'), '--format', 'jsonl', 'fixtures/cli-harbour-safety-seminar.txt']);
    expect([r.code, r.out]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(JSON.stringify({ id: 'fixtures/cli-harbour-safety-seminar.txt', source: 'fixtures/cli-harbour-safety-seminar.txt', ...extract(HARBOUR) }) + '\n');
    const bad = run(['--out', join(dir, 'no/such/folder/out.csv'), 'fixtures/cli-harbour-safety-seminar.txt']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/cannot write --out .*out\.csv: ENOENT; check the folder exists and is writable/);
  });

  it('exits 2 on bad usage, with the problem and a pointer to --help, and writes nothing on stdout', () => {
    for (const args of [['--format', 'yaml'], ['--jobs', '-1'], ['--frobnicate']]) {
      const r = run(args, 'text');
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^eventext: .+\n\(see eventext --help\)\n$/);
    }
  });

  it('prints --help and --version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    for (const option of ['--format', '--jsonl', '--jobs', '--timeout', '--max-bytes', '--csv-quotations', '--out', '--exit-zero', 'exit status']) expect(help.out).toContain(option);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run(['--version'])).toEqual({ code: 0, out: `${pkg.version}\n`, err: '' });
  });
});
