#!/usr/bin/env node
/**
 * The command: releases in (stdin, files, folders, globs, JSON Lines, HTML), records out (json,
 * jsonl, jsonld, csv), in input order, on a worker-thread pool. `eventext --help` says it all.
 */
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { DATASET_FORMATS, parseCliArgs, USAGE, UsageError, type CliOptions } from './cli/args.js';
import type { InputItem, InputSettings } from './cli/inputs.js';
import type { Layout, TaskSettings } from './cli/render.js';

/** The built worker beside this file (dist/cli-worker.js). */
const WORKER_FILE = new URL('./cli-worker.js', import.meta.url);

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Writes with back-pressure, so a slow reader of our output slows the batch instead of filling memory. */
async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** The dataset writer of --format tables/parquet, with a folder problem reported as bad usage. */
async function openDatasetFolder(folder: string, format: 'csv' | 'parquet') {
  const { openDataset, DatasetFolderError } = await import('./cli/dataset.js');
  try {
    return await openDataset(folder, format, version());
  } catch (err) {
    throw err instanceof DatasetFolderError ? new UsageError(err.message) : err;
  }
}

async function extractAll(opts: CliOptions): Promise<number> {
  // Loaded only to extract, so --help, --version and usage errors answer at once.
  const [{ csvHeader }, { countDocuments, isSingleDocument, readInputs }, { inProcessRunner, mapInOrder, poolRunner }, { createProgress, progressWanted }, { warningLines }] = await Promise.all([
    import('./cli/csv.js'),
    import('./cli/inputs.js'),
    import('./cli/pool.js'),
    import('./cli/progress.js'),
    import('./cli/warnings.js'),
  ]);
  if (!opts.inputs.length && process.stdin.isTTY) {
    throw new UsageError('no input: name files, folders or glob patterns, or pipe a release (or JSON Lines with --jsonl) into stdin');
  }
  const inputSettings: InputSettings = { jsonl: opts.jsonl, html: opts.html, maxBytes: opts.maxBytes };
  const single = isSingleDocument(opts.inputs, inputSettings, (p) => {
    try {
      return statSync(p);
    } catch {
      return null;
    }
  });
  const format = opts.format ?? (single ? 'json' : 'jsonl');
  const dataset = DATASET_FORMATS.includes(format);
  const layout: Layout = format === 'csv' || format === 'jsonl' || dataset ? 'lines' : single ? 'single' : format === 'json' ? 'array' : 'lines';
  const settings: TaskSettings = { format, layout, csvQuotations: opts.csvQuotations, withText: opts.withText, referenceDate: opts.referenceDate };
  // html: a batch is one page (its start, a section per document, then the index); sections are numbered.
  const review = format === 'html' ? await import('./cli/review-batch.js') : null;
  if (review) settings.generator = `eventext ${version()}`;
  const page = review && layout !== 'single' ? review.reviewBatchFrame(settings.generator) : null;

  // A dataset is a folder of tables, written at the end from rows spilled as documents come in.
  const tables = dataset ? await openDatasetFolder(opts.out!, format === 'parquet' ? 'parquet' : 'csv') : null;
  const out = opts.out && !tables ? createWriteStream(opts.out) : process.stdout;
  const opened = opts.out && !tables ? Promise.race([once(out, 'open'), once(out, 'error').then(([e]) => Promise.reject(e))]) : null;
  if (opened) {
    await opened.catch((err: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot write --out ${opts.out}: ${err.code ?? err.message}; check the folder exists and is writable`);
    });
  }
  // One document, or one thread asked for: no workers to start.
  const runner = single || opts.jobs === 1 ? inProcessRunner(settings) : poolRunner(settings, opts.jobs, WORKER_FILE, opts.timeout * 1000);
  // Counting costs a second directory walk (and a read of JSON Lines files): only for a drawn bar.
  const total = progressWanted(process.stderr, !opts.quiet) && !single ? await countDocuments(opts.inputs, inputSettings) : null;
  const progress = createProgress(process.stderr, !opts.quiet, total);
  let failed = 0;
  let count = 0;
  try {
    if (format === 'csv') await write(out, csvHeader(opts.csvQuotations));
    if (layout === 'array') await write(out, '[');
    if (page) await write(out, page.start());
    const items = readInputs(opts.inputs, inputSettings, process.stdin);
    const number = page ? review!.positioned<InputItem>() : (item: InputItem) => item;
    for await (const result of mapInOrder(items, (item) => runner.run(number(item)), Math.max(4, opts.jobs * 4))) {
      if (!result.ok) failed++;
      progress.tick(result.ok);
      page?.add(result.index);
      if (result.warnings && !opts.quiet) process.stderr.write(warningLines(result.warnings, progressWanted(process.stderr, true)));
      if (tables) await tables.add(result.output);
      else await write(out, layout === 'array' ? (count ? ',\n' : '\n') + result.output : result.output);
      count++;
    }
    if (layout === 'array') await write(out, count ? '\n]\n' : ']\n');
    if (page) await write(out, page.end());
    if (tables) await tables.finish();
  } catch (err) {
    await tables?.abort();
    throw err;
  } finally {
    progress.stop();
    await runner.close();
    if (opts.out && !tables) {
      out.end();
      await once(out, 'finish');
    }
  }
  return failed && !opts.exitZero ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const opts = parseCliArgs(argv);
  switch (opts.command) {
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    case 'version':
      process.stdout.write(version() + '\n');
      return 0;
    case 'schema': {
      const { recordJsonSchema } = await import('./record.js');
      process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
      return 0;
    }
    default:
      return extractAll(opts);
  }
}

// A reader that stops early (`eventext ... | head`) is no failure of ours: stop quietly.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: Error) => {
    if (err instanceof UsageError) {
      process.stderr.write(`eventext: ${err.message}\n(see eventext --help)\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`eventext: unexpected failure: ${err.stack ?? err.message}\nPlease report it with the command you ran.\n`);
      process.exitCode = 1;
    }
  },
);
