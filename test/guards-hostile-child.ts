/**
 * Runs extract() on one hostile input in a child process, so test/hostile.test.ts can kill it at
 * its time bound (a synchronous hang in the test worker could not be stopped). Prints one JSON
 * line: the time extract took, the input length, the warnings and any problem with the record.
 *   node --import tsx test/guards-hostile-child.ts KIND SIZE   (the test runs it bundled by esbuild)
 */
import { extract } from '../src/index.js';
import { ExtractionRecordSchema } from '../src/record.js';
import { hostileInput, spansOf } from './guards-inputs.js';

const [kind, size] = [process.argv[2]!, Number(process.argv[3])];
const text = hostileInput(kind, size);
const t0 = performance.now();
const record = extract(text);
const ms = performance.now() - t0;
const problems: string[] = [];
const parsed = ExtractionRecordSchema.safeParse(record);
if (!parsed.success) problems.push(`not schema-valid: ${parsed.error.message.slice(0, 500)}`);
for (const s of spansOf(record)) {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length)) problems.push(`span ${JSON.stringify(s)} outside the text`);
}
process.stdout.write(JSON.stringify({ ms, length: text.length, warnings: record.warnings, problems: problems.slice(0, 5) }) + '\n');
