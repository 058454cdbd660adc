/**
 * The playground page: a release in (typed, pasted, opened or dropped), the review view out,
 * updated as the text changes (debounced), and the record to download. Runs offline.
 */
import { reviewSection } from '../src/review/page.js';
import type { ExtractionRecord } from '../src/record.js';
import sample from '../fixtures/review-river-delta-forum.txt';
import { downloadOf, type DownloadKind } from './downloads.js';
import { readRelease, recordOf } from './read.js';

/** Wait this long after the last keystroke before reading again: typing stays smooth on long texts. */
export const DEBOUNCE_MS = 250;

/** Files larger than this are refused (the command's default --max-bytes). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

interface Current {
  text: string;
  record: ExtractionRecord;
  fileName: string | null;
}

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the playground page has no #${id}`);
  return el as T;
};

function start(): void {
  const input = byId<HTMLTextAreaElement>('release');
  const review = byId<HTMLDivElement>('review');
  const status = byId<HTMLParagraphElement>('status');
  const reference = byId<HTMLInputElement>('reference-date');
  const fileInput = byId<HTMLInputElement>('file');
  const dropHint = byId<HTMLDivElement>('drop-hint');
  const buttons: Record<DownloadKind, HTMLButtonElement> = {
    json: byId('download-json'),
    jsonld: byId('download-jsonld'),
    csv: byId('download-csv'),
  };
  let fileName: string | null = null;
  let current: Current | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (message: string, problem = false): void => {
    status.textContent = message;
    status.classList.toggle('problem', problem);
  };
  const setCurrent = (value: Current | null): void => {
    current = value;
    for (const b of Object.values(buttons)) b.disabled = value === null;
  };

  const update = (): void => {
    clearTimeout(timer);
    const raw = input.value;
    if (!raw.trim()) {
      review.replaceChildren();
      setCurrent(null);
      say('');
      return;
    }
    try {
      const began = performance.now();
      const read = readRelease(raw, fileName);
      const { record, evidence } = recordOf(read, reference.value || null);
      const ms = Math.round(performance.now() - began);
      // Every string in this markup was escaped by the renderer; the page's policy runs no other script.
      review.innerHTML = reviewSection({ id: fileName ?? 'pasted', source: fileName ?? 'pasted text', text: read.text, record, evidence }, { anchor: 'doc' });
      setCurrent({ text: read.text, record, fileName });
      const what = read.html ? `the article of a web page (${read.text.length} characters)` : `${read.text.length} characters`;
      say(`Read ${what} in ${ms} ms: ${record.events.length} event${record.events.length === 1 ? '' : 's'}, ${record.quotations.length} quotation${record.quotations.length === 1 ? '' : 's'}.`);
    } catch (err) {
      setCurrent(null);
      say(`Could not read this text: ${err instanceof Error ? err.message : String(err)}`, true);
    }
  };
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(update, DEBOUNCE_MS);
  };

  const load = (text: string, name: string | null): void => {
    fileName = name;
    input.value = text;
    update();
  };
  const loadFile = async (file: File): Promise<void> => {
    if (file.size > MAX_FILE_BYTES) return say(`${file.name} is ${file.size} bytes, over the ${MAX_FILE_BYTES}-byte limit of the playground.`, true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (bytes.subarray(0, 8192).includes(0)) return say(`${file.name} is not text (it holds NUL bytes); open a .txt or .html file.`, true);
      load(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''), file.name);
    } catch {
      say(`${file.name} is not UTF-8 text; save it as UTF-8 and try again.`, true);
    }
  };

  input.addEventListener('input', () => {
    // Typing or pasting makes it the person's own text, whatever file it came from.
    if (fileName && !input.value) fileName = null;
    schedule();
  });
  reference.addEventListener('change', update);
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void loadFile(file);
    fileInput.value = '';
  });
  byId('sample').addEventListener('click', () => load(sample, 'sample.txt'));

  // Drops anywhere on the page; the hint shows while a file is dragged over it.
  let depth = 0;
  document.addEventListener('dragenter', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    depth++;
    dropHint.hidden = false;
  });
  document.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (!depth) dropHint.hidden = true;
  });
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    dropHint.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void loadFile(file);
  });

  for (const kind of Object.keys(buttons) as DownloadKind[]) {
    buttons[kind].addEventListener('click', () => {
      if (!current) return;
      const file = downloadOf(kind, current.text, current.record, current.fileName);
      const url = URL.createObjectURL(new Blob([file.content], { type: `${file.type};charset=utf-8` }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }
  if (input.value.trim()) update();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
