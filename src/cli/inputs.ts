/**
 * The command's inputs as one lazy stream of documents: stdin, files, folders, glob patterns and
 * JSON Lines. Nothing is read before it is needed, so a batch of any size holds only the documents
 * in flight. A bad input becomes a document with `error` in its place, never a stop.
 */
import { createReadStream, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One document to read, or the reason it cannot be read. */
export interface InputItem {
  id: string | number;
  /** The file it came from (`-` for stdin), or the `source`/`url` field of its JSON line. */
  source: string;
  text?: string;
  html?: string;
  error?: string;
}

export interface InputSettings {
  /** Read stdin and every file as JSON Lines. */
  jsonl: boolean;
  /** Read stdin and text files as HTML. */
  html: boolean;
  maxBytes: number;
}

export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
export const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
/** What a folder walk picks up. */
export const FOLDER_PATTERN = '**/*.{txt,text,md,html,htm,xhtml,json,jsonl,ndjson}';

const STDIN = '-';

/** Is this argument list exactly one document (so `--format json` prints a bare record)? */
export function isSingleDocument(inputs: readonly string[], settings: InputSettings, statOf: (p: string) => Stats | null): boolean {
  if (settings.jsonl || inputs.length > 1) return false;
  const only = inputs[0] ?? STDIN;
  if (only === STDIN) return true;
  const st = statOf(only);
  return !!st && st.isFile() && !JSONL_EXTENSIONS.has(extname(only).toLowerCase());
}

/** What one argument names: files (in sorted order), stdin, or the reason it names nothing. */
type Expansion = { files: string[] } | { stdin: true } | { error: string };

async function expand(arg: string): Promise<Expansion> {
  if (arg === STDIN) return { stdin: true };
  const st = await stat(arg).catch(() => null);
  if (st?.isDirectory()) {
    const files = (await glob(FOLDER_PATTERN, { cwd: arg, onlyFiles: true, absolute: false, dot: false })).sort();
    if (!files.length) return { error: `folder ${arg} holds no .txt, .md, .html, .json or .jsonl file; name the files or use a glob pattern` };
    return { files: files.map((f) => joinPath(arg, f)) };
  }
  if (st) return { files: [arg] };
  if (isDynamicPattern(arg)) {
    // Paths come back as the pattern was written: absolute for an absolute pattern, else relative.
    const files = (await glob(arg, { onlyFiles: true, absolute: isAbsolute(arg) })).sort();
    return files.length ? { files } : { error: `no file matches the pattern ${arg}` };
  }
  return { error: `cannot read ${arg}: no such file or folder` };
}

const isJsonLinesFile = (path: string, settings: InputSettings): boolean => settings.jsonl || JSONL_EXTENSIONS.has(extname(path).toLowerCase());

export async function* readInputs(inputs: readonly string[], settings: InputSettings, stdin: NodeJS.ReadableStream): AsyncGenerator<InputItem> {
  for (const arg of inputs.length ? inputs : [STDIN]) {
    const found = await expand(arg);
    if ('stdin' in found) yield* settings.jsonl ? readJsonLines(stdin, STDIN, settings.maxBytes) : [await readStdinDocument(stdin, settings)];
    else if ('error' in found) yield { id: arg, source: arg, error: found.error };
    else for (const file of found.files) yield* readFileInput(file, settings);
  }
}

/**
 * How many documents (output items) the inputs hold, for the progress bar; null when stdin is
 * among them. JSON Lines files are read once more to count their lines (only when a bar is drawn).
 */
export async function countDocuments(inputs: readonly string[], settings: InputSettings): Promise<number | null> {
  let count = 0;
  for (const arg of inputs.length ? inputs : [STDIN]) {
    const found = await expand(arg);
    if ('stdin' in found) return null;
    if ('error' in found) count++;
    else for (const file of found.files) count += isJsonLinesFile(file, settings) ? await countLines(file) : 1;
  }
  return count;
}

async function countLines(path: string): Promise<number> {
  let lines = 0;
  let last = 10;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
      if (chunk.length) last = chunk[chunk.length - 1]!;
    }
  } catch {
    return 1; // unreadable: one error line
  }
  return last === 10 ? lines : lines + 1;
}

function joinPath(dir: string, file: string): string {
  return dir.endsWith('/') ? dir + file : `${dir}/${file}`;
}

async function* readFileInput(path: string, settings: InputSettings): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  if (isJsonLinesFile(path, settings)) {
    yield* readJsonLines(createReadStream(path), path, settings.maxBytes);
    return;
  }
  const base = { id: path, source: path };
  let bytes: Buffer;
  try {
    const st = await stat(path);
    if (!st.isFile()) return yield { ...base, error: `${path} is not a regular file` };
    if (st.size > settings.maxBytes) return yield { ...base, error: overLimit(`${path} is`, st.size, settings.maxBytes) };
    bytes = await readFile(path);
  } catch (err) {
    return yield { ...base, error: `cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
  if (ext === '.json') {
    const decoded = decodeText(bytes);
    yield 'error' in decoded ? { ...base, error: `${path} ${decoded.error}` } : itemFromJsonText(decoded.text, path, path, path, WANT_FILE);
    return;
  }
  yield documentFromBytes(bytes, base, settings.html || HTML_EXTENSIONS.has(ext));
}

async function readStdinDocument(stdin: NodeJS.ReadableStream, settings: InputSettings): Promise<InputItem> {
  const base = { id: STDIN, source: STDIN };
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    // Past the limit keep counting (to report the size) but stop holding bytes.
    if (size <= settings.maxBytes) parts.push(buf);
  }
  if (size > settings.maxBytes) return { ...base, error: overLimit('stdin holds', size, settings.maxBytes) };
  return documentFromBytes(Buffer.concat(parts), base, settings.html);
}

function overLimit(what: string, size: number, max: number): string {
  return `${what} ${size} bytes, over the --max-bytes limit of ${max}; raise --max-bytes or split the input`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes -> text, refusing what is not UTF-8 text (binary files, other encodings). */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.subarray(0, 8192).includes(0)) return { error: 'is not text (it holds NUL bytes; is it a binary file?)' };
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { error: 'is not UTF-8 text; convert it first (for example with iconv -t UTF-8)' };
  }
}

const HTML_START = /^\s{0,200}(?:<!doctype html|<html[\s>])/i;

function documentFromBytes(bytes: Uint8Array, base: { id: string | number; source: string }, html: boolean): InputItem {
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { ...base, error: `${base.source === STDIN ? 'stdin' : base.source} ${decoded.error}` };
  return html || HTML_START.test(decoded.text) ? { ...base, html: decoded.text } : { ...base, text: decoded.text };
}

/** One line of a byte stream: its bytes, or null when it ran over the limit (then only its size is kept). */
export interface RawLine {
  bytes: Buffer | null;
  size: number;
}

/**
 * Splits a byte stream on \n (dropping a \r before it), holding at most `maxBytes` of any one
 * line: a longer line is counted, not kept. A last line without \n counts; nothing after the last
 * \n does.
 */
export async function* splitLines(stream: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<RawLine> {
  let parts: Buffer[] = [];
  let size = 0;
  const finish = (): RawLine => {
    let bytes = size <= maxBytes + 1 ? Buffer.concat(parts) : null;
    if (bytes && bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, -1);
    const line = { bytes: bytes && bytes.length <= maxBytes ? bytes : null, size: bytes ? bytes.length : size };
    parts = [];
    size = 0;
    return line;
  };
  let pendingTail = false;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, nl < 0 ? chunk.length : nl);
      size += piece.length;
      if (size <= maxBytes + 1) parts.push(piece);
      else parts = [];
      if (nl < 0) {
        pendingTail = size > 0;
        break;
      }
      yield finish();
      pendingTail = false;
      start = nl + 1;
    }
  }
  if (pendingTail) yield finish();
}

/** JSON.parse that drops keys which could reach a prototype if the object were ever merged. */
export function parseJsonSafely(line: string): unknown {
  return JSON.parse(line, (key, value: unknown) => (key === '__proto__' || key === 'constructor' || key === 'prototype' ? undefined : value));
}

const WANT_LINE = 'each line must be a JSON object with a "text" (or "html") string and an optional "id"';
const WANT_FILE = 'a .json file must hold one JSON object with a "text" (or "html") string and an optional "id" (for many documents, use JSON Lines: .jsonl)';

/** One JSON line -> a document, or an error item with the line number as its id when it has none. */
export function itemFromJsonLine(line: RawLine, lineNo: number, source: string, maxBytes: number): InputItem {
  const where = `line ${lineNo}`;
  if (!line.bytes) return { id: lineNo, source, error: overLimit(`${where} is`, line.size, maxBytes) };
  const decoded = decodeText(line.bytes);
  if ('error' in decoded) return { id: lineNo, source, error: `${where} ${decoded.error}` };
  return itemFromJsonText(decoded.text, lineNo, source, where, WANT_LINE);
}

/**
 * JSON text holding one document object -> the document; `fallbackId` when it has no "id". Only the
 * known fields are read (own properties), so no key of the input can reach a prototype.
 */
export function itemFromJsonText(json: string, fallbackId: string | number, source: string, where: string, want: string): InputItem {
  const base = { id: fallbackId, source };
  if (!json.trim()) return { ...base, error: `${where} is empty; ${want}` };
  let value: unknown;
  try {
    value = parseJsonSafely(json);
  } catch {
    // The engine's own message differs between Node versions; the line number is what finds the problem.
    return { ...base, error: `${where} is not valid JSON; ${want}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ...base, error: `${where} is not a JSON object; ${want}` };
  const obj = value as Record<string, unknown>;
  const field = (name: string): unknown => (Object.hasOwn(obj, name) ? obj[name] : undefined);
  const id = field('id');
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) base.id = id;
  else if (id !== undefined && id !== null) return { ...base, error: `${where}: "id" must be a string or a number` };
  const ownSource = field('source') ?? field('url');
  if (typeof ownSource === 'string' && ownSource) base.source = ownSource;
  const text = field('text');
  const html = field('html');
  if (typeof text === 'string') return { ...base, text };
  if (typeof html === 'string') return { ...base, html };
  return { ...base, error: `${where} has no "text" or "html" string; ${want}` };
}

export async function* readJsonLines(stream: NodeJS.ReadableStream | AsyncIterable<Buffer | string>, source: string, maxBytes: number): AsyncGenerator<InputItem> {
  let lineNo = 0;
  try {
    for await (const line of splitLines(stream as AsyncIterable<Buffer>, maxBytes)) {
      yield itemFromJsonLine(line, ++lineNo, source, maxBytes);
    }
  } catch (err) {
    yield { id: source === STDIN ? lineNo + 1 : source, source, error: `cannot read ${source === STDIN ? 'stdin' : source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  }
}
