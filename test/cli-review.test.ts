/**
 * `eventext --format html` (the review page) and the warnings `--format jsonld` prints on stderr,
 * through the BUILT command (dist/cli.js). Expected values come from extract() at test time.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reduceHtml } from '../src/cli/html.js';
import { extract, jsonLdWarnings, toJsonLd } from '../src/index.js';
import { fixture } from './helpers.js';
import { highlightTexts, parsePage } from './review-helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');

function run(args: string[], input = '') {
  const jobs = args.includes('--jobs') ? [] : ['--jobs', '1'];
  const r = spawnSync(process.execPath, [CLI, ...jobs, ...args], { input, cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const RIVER_FILE = 'fixtures/review-river-delta-forum.txt';
const HOSTILE_FILE = 'fixtures/review-hostile-release.txt';
const PAGE_FILE = 'fixtures/cli-library-launch-page.html';

describe('eventext --format html', () => {
  it('gives one release a page of its own: the text whole, the highlights on it, the JSON-LD in it', () => {
    const r = run(['--format', 'html', RIVER_FILE]);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const doc = parsePage(r.out);
    const text = fixture('review-river-delta-forum.txt');
    const record = extract(text);
    expect(doc.querySelectorAll('section.doc')).toHaveLength(1);
    expect(doc.querySelector('nav.index')).toBeNull();
    expect(doc.querySelector('.release-text')!.textContent).toBe(text);
    expect(doc.title).toBe(record.document.title);
    expect(doc.querySelector('meta[name="generator"]')!.getAttribute('content')).toMatch(/^eventext \d+\.\d+\.\d+/);
    const marks = [...highlightTexts(doc).values()];
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m.text).toBe(text.slice(m.start, m.end));
    expect(JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!)).toEqual(toJsonLd(record));
  });

  it('gives a batch one page with an index and a section per document in input order, also on worker threads', () => {
    for (const jobs of ['1', '2']) {
      const r = run(['--format', 'html', '--jobs', jobs, RIVER_FILE, HOSTILE_FILE, 'no-such-file.txt']);
      expect(r.code).toBe(1); // one input could not be read
      const doc = parsePage(r.out);
      const sections = Array.from(doc.querySelectorAll('section.doc'));
      expect(sections.map((s) => s.id)).toEqual(['doc-1', 'doc-2', 'doc-3']);
      expect(Array.from(doc.querySelectorAll('nav.index li a')).map((a) => a.getAttribute('href'))).toEqual(['#doc-1', '#doc-2', '#doc-3']);
      expect(sections[1]!.querySelector('.release-text')!.textContent).toBe(fixture('review-hostile-release.txt'));
      expect(sections[2]!.querySelector('.error')!.textContent).toContain('no-such-file.txt');
      expect(doc.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(2);
      expect(Array.from(doc.querySelectorAll('script')).every((s) => s.getAttribute('type') === 'application/ld+json')).toBe(true);
    }
  });

  it('shows a web page as the article text that was read', () => {
    const r = run(['--format', 'html', PAGE_FILE]);
    expect(r.code).toBe(0);
    expect(parsePage(r.out).querySelector('.release-text')!.textContent).toBe(reduceHtml(fixture('cli-library-launch-page.html')).text);
  });

  it('gives a document that cannot be read a page that says why', () => {
    const r = run(['--format', 'html'], 'binary\u0000data');
    expect(r.code).toBe(1);
    const doc = parsePage(r.out);
    expect(doc.querySelector('.error')!.textContent).toMatch(/not text/);
  });

  it('is listed in --help', () => {
    expect(run(['--help']).out).toMatch(/html \(a review page/);
  });
});

describe('eventext --format jsonld warnings', () => {
  it('prints the record and JSON-LD warnings on stderr, named by document, and leaves stdout the graph', () => {
    // An event with no date and no place: Google's Event requirements are not met.
    const dir = mkdtempSync(join(tmpdir(), 'eventext-jsonld-'));
    const file = join(dir, 'undated.txt');
    const text = 'The Ministry of Health held a training workshop for nurses.\n';
    writeFileSync(file, text);
    try {
      const r = run(['--format', 'jsonld', file]);
      const record = extract(text);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toEqual(toJsonLd(record));
      const expected = [...record.warnings, ...jsonLdWarnings(record)];
      expect(jsonLdWarnings(record).length).toBeGreaterThan(0);
      expect(r.err).toBe(expected.map((w) => `eventext: warning: ${file}: ${w}\n`).join(''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names stdin, and --quiet keeps stderr empty', () => {
    const r = run(['--format', 'jsonld'], 'Nothing happened here.');
    expect(r.err).toContain('eventext: warning: stdin: no event found');
    expect(run(['--format', 'jsonld', '--quiet'], 'Nothing happened here.').err).toBe('');
  });
});
