/** The command's arguments: parsed with node's util.parseArgs, checked, and given defaults. */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export const FORMATS = ['json', 'jsonl', 'jsonld', 'csv', 'html', 'tables', 'parquet'] as const;
/** Formats that write a folder of tables (--out DIR) rather than a stream. */
export const DATASET_FORMATS: readonly Format[] = ['tables', 'parquet'];
export type Format = (typeof FORMATS)[number];

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_SECONDS = 120;

export interface CliOptions {
  command: 'extract' | 'schema' | 'help' | 'version';
  /** Files, folders, glob patterns; `-` is stdin. Empty: stdin. */
  inputs: string[];
  /** null: not given (json for one document, jsonl for a batch). */
  format: Format | null;
  out: string | null;
  jsonl: boolean;
  html: boolean;
  jobs: number;
  /** Seconds one document may take on a worker thread before it is given up; 0: no limit. */
  timeout: number;
  maxBytes: number;
  csvQuotations: boolean;
  referenceDate: string | null;
  withText: boolean;
  quiet: boolean;
  /** Exit 0 even when documents failed (for engines that fail a task on a non-zero exit). */
  exitZero: boolean;
}

/** Bad usage: the command prints the message and exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `usage: eventext [options] [file | folder | glob | -]...
       eventext schema

Reads press releases and prints what events they report: names, types, dates,
places, organisers, attendees, speakers and quotations (one record per document).

inputs
  file.txt, page.html        a release as plain text, or a web page (reduced to its article)
  folder/                    every .txt .text .md .html .htm .json .jsonl .ndjson file under it
  'releases/**/*.txt'        a glob pattern (quote it so the shell leaves it alone)
  data.jsonl                 JSON Lines: {"id", "text"} or {"id", "html"} per line (optional
                             "source" or "url": where it was published)
  item.json                  one such object (a corpus file, for example)
  -  (or nothing)            stdin: one release, or JSON Lines with --jsonl

options
  -f, --format FORMAT        json (pretty; an array for a batch), jsonl (one record per line,
                             with id and source), jsonld (schema.org; warnings on stderr),
                             csv (a row per event), html (a review page: the text with what
                             was read highlighted, the records beside it; one page for a batch)
                             default: json for one document, jsonl for a batch
                             tables: a folder (--out DIR) of tidy CSV tables with keys:
                             documents, events, organizers, attendees, speakers, quotations,
                             entities (one id per body or person across all releases), and
                             datapackage.json (a Frictionless Data Package v2)
                             parquet: the same tables as Parquet files
      --csv-quotations       with csv: a row per quotation instead of a row per event
  -o, --out FILE             write to FILE instead of stdout (tables, parquet: a folder)
      --jsonl                read stdin and every file as JSON Lines; each input line gives
                             exactly one output line, in order (line in, line out)
      --html                 read stdin and text files as HTML pages
  -j, --jobs N               worker threads (default: the number of cores, ${availableParallelism()} here)
      --timeout SECONDS      give up a document still running after this long on a worker
                             thread, with an error line (default ${DEFAULT_TIMEOUT_SECONDS}; 0: no limit;
                             not applied with --jobs 1 or one document, which run in-process)
      --max-bytes N          skip documents (files, lines) over N bytes with an error line
                             (default 5MB; accepts 500k, 20MB)
      --reference-date DATE  YYYY-MM-DD used for year-less dates when a release has no date
      --with-text            json, jsonl: add the text that was read to each record (spans
                             index it; for HTML input it is the reduced article text)
      --exit-zero            exit 0 even when some documents failed (their lines still carry
                             "error"): Spark's RDD.pipe and Hadoop Streaming fail a task on 1
  -q, --quiet                no progress bar (it is only drawn when stderr is a terminal) and
                             no warnings on stderr
  -h, --help                 this help
  -V, --version              the version

exit status: 0 all documents read, 1 some failed (their lines carry "error"), 2 bad usage

examples
  eventext release.txt
  eventext --format csv --out events.csv releases/
  eventext --format html --out review.html releases/
  eventext --format tables --out dataset/ releases/
  cat items.jsonl | eventext --jsonl > records.jsonl
  spark: rdd_of_json_lines.pipe("eventext --jsonl --jobs 1 --exit-zero")
  eventext schema > record.schema.json`;

const SPEC = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  jsonl: { type: 'boolean' },
  html: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  timeout: { type: 'string' },
  'max-bytes': { type: 'string' },
  'csv-quotations': { type: 'boolean' },
  'reference-date': { type: 'string' },
  'with-text': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'exit-zero': { type: 'boolean' },
} as const;

/** `5MB`, `500k`, `1048576` -> bytes (k and M are powers of 1024). */
export function parseByteSize(value: string): number | null {
  const m = /^(\d{1,15})\s?(k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(value.trim());
  if (!m) return null;
  const unit = (m[2] ?? '').charAt(0).toLowerCase();
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Number(m[1]) * factor;
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : null;
}

export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (err) {
    // parseArgs' own message suggests `--` for unknown options; say it shorter.
    const unknown = /Unknown option '([^']{1,200})'/.exec((err as Error).message);
    throw new UsageError(unknown ? `unknown option ${unknown[1]}` : (err as Error).message.split('\n')[0]!);
  }
  const { values, positionals } = parsed;
  const base: CliOptions = {
    command: 'extract', inputs: positionals, format: null, out: values.out ?? null, jsonl: values.jsonl ?? false,
    html: values.html ?? false, jobs: availableParallelism(), timeout: DEFAULT_TIMEOUT_SECONDS, maxBytes: DEFAULT_MAX_BYTES,
    csvQuotations: values['csv-quotations'] ?? false, referenceDate: null, withText: values['with-text'] ?? false,
    quiet: values.quiet ?? false, exitZero: values['exit-zero'] ?? false,
  };
  if (values.help) return { ...base, command: 'help' };
  if (values.version) return { ...base, command: 'version' };
  if (positionals[0] === 'schema') {
    if (positionals.length > 1) throw new UsageError('`eventext schema` takes no other argument');
    return { ...base, command: 'schema', inputs: [] };
  }

  if (values.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(values.format)) {
      throw new UsageError(`--format ${JSON.stringify(values.format)} is not known; use one of ${FORMATS.join(', ')}`);
    }
    base.format = values.format as Format;
  }
  if (base.csvQuotations) {
    if (base.format && base.format !== 'csv') throw new UsageError('--csv-quotations goes with --format csv (or alone, which implies it)');
    base.format = 'csv';
  }
  if (values.jobs !== undefined) {
    const jobs = /^\d{1,4}$/.test(values.jobs) ? Number(values.jobs) : NaN;
    if (!(jobs >= 1 && jobs <= 1024)) throw new UsageError(`--jobs ${JSON.stringify(values.jobs)}: give a whole number of threads from 1 to 1024`);
    base.jobs = jobs;
  }
  if (values.timeout !== undefined) {
    const seconds = /^\d{1,7}(?:\.\d{1,3})?$/.test(values.timeout) ? Number(values.timeout) : NaN;
    if (Number.isNaN(seconds)) throw new UsageError(`--timeout ${JSON.stringify(values.timeout)}: give seconds, such as 30 (0 for no limit)`);
    base.timeout = seconds;
  }
  if (values['max-bytes'] !== undefined) {
    const bytes = parseByteSize(values['max-bytes']);
    if (bytes === null) throw new UsageError(`--max-bytes ${JSON.stringify(values['max-bytes'])}: give a size in bytes such as 5000000, 500k or 20MB`);
    base.maxBytes = bytes;
  }
  if (values['reference-date'] !== undefined) {
    const d = values['reference-date'];
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) {
      throw new UsageError(`--reference-date ${JSON.stringify(d)}: give a calendar date as YYYY-MM-DD`);
    }
    base.referenceDate = d;
  }
  if (base.out === '') throw new UsageError('--out needs a file name');
  if (base.format && DATASET_FORMATS.includes(base.format) && !base.out) {
    throw new UsageError(`--format ${base.format} writes a folder of tables: give it with --out DIR`);
  }
  return base;
}
