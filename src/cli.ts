#!/usr/bin/env node
/** The command: `eventext [file]` prints the record as JSON; `eventext --jsonl` reads and writes JSON Lines. */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { extract } from './extract.js';
import { recordJsonSchema } from './record.js';

const USAGE = `usage: eventext [file]            extract from a file (or stdin) and print the record as JSON
       eventext --jsonl            read {"id","text"} JSON Lines on stdin, write one record per line
       eventext schema             print the record's JSON Schema`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (argv[0] === 'schema') {
    process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n');
    return 0;
  }
  if (argv.includes('--jsonl')) return jsonLines();
  const file = argv.find((a) => !a.startsWith('-'));
  const text = readFileSync(file ?? 0, 'utf8');
  process.stdout.write(JSON.stringify(extract(text), null, 2) + '\n');
  return 0;
}

async function jsonLines(): Promise<number> {
  let failed = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = lineNo;
    try {
      const item = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (item && item.id != null) id = item.id;
      if (typeof item?.text !== 'string') throw new Error('line has no "text" string');
      process.stdout.write(JSON.stringify({ id, ...extract(item.text) }) + '\n');
    } catch (err) {
      failed++;
      process.stdout.write(JSON.stringify({ id, error: (err as Error).message }) + '\n');
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    process.stderr.write(`eventext: ${err.message}\n`);
    process.exit(2);
  },
);
