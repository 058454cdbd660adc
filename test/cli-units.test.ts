/** The command's parts in-process: argument checks, JSON Lines reading, CSV cells, ordered pool. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseByteSize, parseCliArgs, UsageError } from '../src/cli/args.js';
import { csvErrorRow, csvHeader, csvRows, EVENT_COLUMNS, neutraliseCell, QUOTATION_COLUMNS } from '../src/cli/csv.js';
import { blockText, isoDatePart, reduceHtml } from '../src/cli/html.js';
import { countDocuments, itemFromJsonLine, itemFromJsonText, parseJsonSafely, readJsonLines, splitLines } from '../src/cli/inputs.js';
import { mapInOrder } from '../src/cli/pool.js';
import { duration, progressLine } from '../src/cli/progress.js';
import type { ExtractionRecord } from '../src/record.js';
import { parseCsv } from './cli-csv.js';

const parse = parseCsv;

const lines = async (chunks: string[], max = 100) => {
  const out: (string | number)[] = [];
  for await (const l of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(l.bytes ? l.bytes.toString() : l.size);
  return out;
};

describe('arguments', () => {
  it('gives defaults and reads every option', () => {
    const o = parseCliArgs(['-f', 'csv', '--csv-quotations', '-j', '3', '--max-bytes', '20MB', '--reference-date', '2024-02-29', '-o', 'x.csv', 'a.txt', '-']);
    expect(o).toMatchObject({ command: 'extract', format: 'csv', csvQuotations: true, jobs: 3, maxBytes: 20 * 1024 ** 2, referenceDate: '2024-02-29', out: 'x.csv', inputs: ['a.txt', '-'] });
    expect(parseCliArgs([]).maxBytes).toBe(5 * 1024 * 1024);
    expect(parseCliArgs([]).timeout).toBe(120);
    expect(parseCliArgs(['--timeout', '2.5']).timeout).toBe(2.5);
    expect(parseCliArgs(['--csv-quotations']).format).toBe('csv');
    expect(parseCliArgs(['schema']).command).toBe('schema');
  });

  it.each([
    [['--format', 'xml'], /--format "xml" is not known; use one of json, jsonl, jsonld, csv/],
    [['--jobs', '0'], /give a whole number of threads/],
    [['--jobs', 'two'], /give a whole number of threads/],
    [['--max-bytes', '5 parsecs'], /give a size in bytes/],
    [['--timeout', 'soon'], /give seconds, such as 30/],
    [['--reference-date', '12/03/2024'], /YYYY-MM-DD/],
    [['--nope'], /^unknown option --nope$/],
    [['--format', 'json', '--csv-quotations'], /goes with --format csv/],
    [['schema', 'extra'], /takes no other argument/],
  ])('refuses %j as bad usage', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('reads byte sizes', () => {
    expect(parseByteSize('5000')).toBe(5000);
    expect(parseByteSize('500k')).toBe(512_000);
    expect(parseByteSize('2 MB')).toBe(2 * 1024 ** 2);
    expect(parseByteSize('0')).toBeNull();
    expect(parseByteSize('-3')).toBeNull();
  });
});

describe('JSON Lines reading', () => {
  it('splits on \\n, drops \\r, keeps a last line without \\n, across chunk borders', async () => {
    expect(await lines(['a\r\nb', 'c\n', '\nd'])).toEqual(['a', 'bc', '', 'd']);
    expect(await lines(['x\n'])).toEqual(['x']);
  });

  it('counts a line over the limit instead of holding it', async () => {
    expect(await lines(['short\n' + 'y'.repeat(30), 'z'.repeat(30) + '\nok\n'], 40)).toEqual(['short', 60, 'ok']);
  });

  it('never lets __proto__ or constructor keys reach a prototype', () => {
    const line = '{"id":"p","text":"t","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    const parsed = parseJsonSafely(line) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['id', 'text']);
    const item = itemFromJsonLine({ bytes: Buffer.from(line), size: line.length }, 1, 'in.jsonl', 1000);
    expect(item).toEqual({ id: 'p', source: 'in.jsonl', text: 't' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
  });

  it('reads a .json file as one document, its path the id when it has none', () => {
    expect(itemFromJsonText('{"text":"T","source":"https://a.example"}', 'c/x.json', 'c/x.json', 'c/x.json', 'want')).toEqual({ id: 'c/x.json', source: 'https://a.example', text: 'T' });
    expect(itemFromJsonText('[{"text":"T"}]', 'c/x.json', 'c/x.json', 'c/x.json', 'want')).toEqual({ id: 'c/x.json', source: 'c/x.json', error: 'c/x.json is not a JSON object; want' });
  });

  it('turns each bad line into an error item numbered by its line', async () => {
    const input = ['{"id":"a","text":"A"}', '[1]', '{"id":true,"text":"B"}', '{"text":5}', '{"url":"https://x.example/1","html":"<p>C</p>"}', '{"text":"é'].join('\n');
    const items = [];
    for await (const item of readJsonLines(Readable.from([Buffer.from(input)]), 'f.jsonl', 1000)) items.push(item);
    expect(items).toEqual([
      { id: 'a', source: 'f.jsonl', text: 'A' },
      { id: 2, source: 'f.jsonl', error: 'line 2 is not a JSON object; each line must be a JSON object with a "text" (or "html") string and an optional "id"' },
      { id: 3, source: 'f.jsonl', error: 'line 3: "id" must be a string or a number' },
      { id: 4, source: 'f.jsonl', error: 'line 4 has no "text" or "html" string; each line must be a JSON object with a "text" (or "html") string and an optional "id"' },
      { id: 5, source: 'https://x.example/1', html: '<p>C</p>' },
      { id: 6, source: 'f.jsonl', error: 'line 6 is not valid JSON; each line must be a JSON object with a "text" (or "html") string and an optional "id"' },
    ]);
  });
});

const record: ExtractionRecord = {
  schemaVersion: 1,
  document: { title: '=Headline, "quoted"', published: '2024-05-03', language: 'en' },
  events: [
    {
      id: 'e1', name: 'Harbour safety seminar', type: 'seminar', startDate: '2024-06-11', endDate: null,
      location: { venue: 'Maritime Training Centre', city: 'Northhaven', region: null, country: null }, attendanceMode: 'offline',
      organizers: [{ name: '+Port Authority', aliases: [], kind: 'organization', role: 'host', span: { start: 0, end: 4 } }],
      attendees: [{ category: 'harbour pilots', count: 12, span: { start: 0, end: 4 } }, { category: 'tug operators', count: null, span: { start: 0, end: 4 } }],
      participantCount: 40,
      speakers: [
        { name: 'Ines Varga', aliases: [], kind: 'person', title: 'Harbour Master', affiliation: 'Port Authority', roles: ['opening remarks'], onBehalfOf: null, span: { start: 0, end: 4 } },
        { name: '@handle', aliases: [], kind: 'person', title: null, affiliation: null, roles: [], onBehalfOf: null, span: { start: 0, end: 4 } },
      ],
      span: { start: 0, end: 4 },
    },
  ],
  quotations: [{ text: '-A safe harbour,\nsaid "she"', speaker: 'Ines Varga', deliveredBy: null, eventId: 'e1', span: { start: 10, end: 30 } }],
  warnings: [],
};

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as formulas, and only those', () => {
    expect(['=1+1', '+33 1', '-2', '@SUM(A1)', '\tx', '\rx', 'plain', '-', 'a=b'].map(neutraliseCell)).toEqual(["'=1+1", "'+33 1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'plain', '-', 'a=b']);
    expect(neutraliseCell(-2)).toBe(-2);
    expect(neutraliseCell(null)).toBeNull();
  });

  it('writes a row per event starting with id and source, with lists joined and cells quoted', () => {
    const csv = csvHeader(false) + csvRows('=doc', 'in/a.txt', record, false);
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([...EVENT_COLUMNS]);
    expect(rows).toHaveLength(2);
    expect(Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, rows[1]![i]]))).toEqual({
      id: "'=doc", source: 'in/a.txt', title: `'=Headline, "quoted"`, published: '2024-05-03', event_id: 'e1',
      event_name: 'Harbour safety seminar', event_type: 'seminar', start_date: '2024-06-11', end_date: '',
      venue: 'Maritime Training Centre', city: 'Northhaven', region: '', country: '', attendance_mode: 'offline',
      organizers: "'+Port Authority (host)", organizer_count: '1', attendees: 'harbour pilots (12); tug operators',
      participant_count: '40', speakers: "Ines Varga (Harbour Master, Port Authority); @handle", speaker_count: '2',
      quotation_count: '1', warnings: '', error: '',
    });
    expect(csv).toContain(`"'=Headline, ""quoted"""`);
  });

  it('writes a row per quotation, keeping line breaks inside the quoted cell', () => {
    const rows = parse(csvHeader(true) + csvRows(7, '-', record, true)) as string[][];
    expect(rows).toEqual([[...QUOTATION_COLUMNS], ['7', '-', `'=Headline, "quoted"`, '2024-05-03', '1', 'e1', 'Ines Varga', '', `'-A safe harbour,\nsaid "she"`, '10', '30', '']]);
  });

  it('keeps a document without events as one row, and an unreadable one as an error row', () => {
    const empty: ExtractionRecord = { ...record, events: [], quotations: [], warnings: ['no event found'] };
    const [row] = parse(csvRows('d', 's', empty, false)) as string[][];
    expect(row).toHaveLength(EVENT_COLUMNS.length);
    expect(row!.slice(0, 4)).toEqual(['d', 's', `'=Headline, "quoted"`, '2024-05-03']);
    expect(row!.slice(-3)).toEqual(['0', 'no event found', '']);
    expect(parse(csvErrorRow(3, 'f.jsonl', 'line 3 is empty', true))).toEqual([['3', 'f.jsonl', '', '', '', '', '', '', '', '', '', 'line 3 is empty']]);
  });
});

describe('HTML reduction', () => {
  it('keeps paragraphs and line breaks and drops scripts, styles and navigation-free noise', () => {
    const { document } = { document: reduceHtml('<html><body><p>One <b>two</b></p><script>x()</script><ul><li>a</li><li>b<br>c</li></ul></body></html>') };
    expect(document.text).toBe('One two\n\na\n\nb\nc');
    expect(blockText({ nodeType: 3, nodeName: '#text', textContent: '  spaced \n out ', childNodes: [] })).toBe('spaced out');
  });

  it('reads the date part of metadata dates as written', () => {
    expect(isoDatePart('2023-09-18T23:30:00-05:00')).toBe('2023-09-18');
    expect(isoDatePart('September 18, 2023')).toBeNull();
    expect(isoDatePart(null)).toBeNull();
  });
});

describe('ordered pool window', () => {
  async function* numbers(n: number) {
    for (let i = 0; i < n; i++) yield i;
  }

  it('yields in input order whatever order the work finishes in, never over the window', async () => {
    let inFlight = 0;
    let most = 0;
    const run = async (i: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (i * 7) % 5));
      inFlight--;
      return i * 10;
    };
    const out: number[] = [];
    for await (const r of mapInOrder(numbers(40), run, 6)) out.push(r);
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => i * 10));
    expect(most).toBe(6);
  });

  it('passes a failure to read the input on to the consumer, once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* failing() {
      yield 1;
      await gate;
      throw new Error('disk gone');
    }
    const it = mapInOrder(failing(), async (i) => i, 8);
    expect((await it.next()).value).toBe(1);
    release();
    await expect(it.next()).rejects.toThrow('disk gone');
  });

  it('yields a finished result while the next input is still awaited (a coprocess is never stalled)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slowSecond() {
      yield 1;
      await gate;
      yield 2;
    }
    const it = mapInOrder(slowSecond(), async (i) => i, 8);
    expect((await it.next()).value).toBe(1);
    release();
    expect((await it.next()).value).toBe(2);
    expect((await it.next()).done).toBe(true);
  });
});

describe('progress', () => {
  it('counts documents, rate and errors, with a bar and an ETA when the total is known', () => {
    expect(progressLine(120, 1, 4)).toBe('eventext  120 documents | 30.0/s | 1 error');
    expect(progressLine(1, 0, 0)).toBe('eventext  1 document | 0.0/s | 0 errors');
    expect(progressLine(250, 2, 5, 1000)).toBe(`eventext  [${'█'.repeat(6)}${'░'.repeat(18)}] 250/1000 documents | 50.0/s | ETA 15s | 2 errors`);
    expect(duration(185)).toBe('3m05s');
    expect(duration(7300)).toBe('2h01m');
  });

  it('knows the total from files, folders and JSON Lines files, not from stdin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventext-count-'));
    try {
      mkdirSync(join(dir, 'f'));
      writeFileSync(join(dir, 'f/a.txt'), 'x');
      writeFileSync(join(dir, 'f/b.jsonl'), '{"text":"1"}\n{"text":"2"}\n{"text":"3"}');
      writeFileSync(join(dir, 'c.jsonl'), '{"text":"1"}\n\n');
      const settings = { jsonl: false, html: false, maxBytes: 1000 };
      expect(await countDocuments([join(dir, 'f'), join(dir, 'c.jsonl'), join(dir, 'missing.txt')], settings)).toBe(1 + 3 + 2 + 1);
      expect(await countDocuments([join(dir, 'f'), '-'], settings)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('one document task', () => {
  it('turns a failure inside extraction into the error output in place, in each format', async () => {
    const { runTask } = await import('../src/cli/task.js');
    const item = { id: 'x', source: 's', text: 42 as unknown as string };
    const base = { csvQuotations: false, withText: false, referenceDate: null };
    const json = await runTask(item, { ...base, format: 'jsonld', layout: 'lines' });
    expect(json).toEqual({ ok: false, output: '{"id":"x","source":"s","error":"extract() takes the release text as a string; got number"}\n' });
    const csv = await runTask(item, { ...base, format: 'csv', layout: 'lines' });
    expect(csv.ok).toBe(false);
    expect(parse(csv.output)[0]!.at(-1)).toBe('extract() takes the release text as a string; got number');
  });
});

describe('worker pool', () => {
  it('gives up a document over the timeout, and one whose worker fails, with errors in place; the rest go on in order', async () => {
    const { poolRunner } = await import('../src/cli/pool.js');
    const settings = { format: 'jsonl' as const, layout: 'lines' as const, csvQuotations: false, withText: false, referenceDate: null };
    const runner = poolRunner(settings, 2, new URL('./cli-fake-worker.mjs', import.meta.url), 400);
    async function* items() {
      for (const [id, text] of [['a', 'one'], ['b', 'slow'], ['c', 'two'], ['d', 'crash'], ['e', 'three']] as const) yield { id, source: 's', text };
    }
    const out: string[] = [];
    try {
      for await (const r of mapInOrder(items(), (item) => runner.run(item), 8)) out.push(r.output);
    } finally {
      await runner.close();
    }
    expect(out).toEqual([
      'a:one\n',
      '{"id":"b","source":"s","error":"gave up after 0.4 s (--timeout); the document may be pathological, or raise --timeout"}\n',
      'c:two\n',
      '{"id":"d","source":"s","error":"worker failed: boom"}\n',
      'e:three\n',
    ]);
  });
});
