/** Hostile inputs and record checks without vitest, so a child process can use them too. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Every `span` in a record, wherever it sits. */
export function spansOf(value: unknown, out: { start: number; end: number }[] = []): { start: number; end: number }[] {
  if (Array.isArray(value)) value.forEach((v) => spansOf(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'span') out.push(v as { start: number; end: number });
      else spansOf(v, out);
    }
  }
  return out;
}

const WORDS = ['Alpha', 'Bravo', 'Council', 'Ministry', 'Delta', 'Regional', 'National', 'Forum', 'Harbour', 'Kestrel', 'Summit', 'Training', 'Director', 'General', 'Workshop', 'Mr', 'Dr', 'Ambassador'];

/** Hostile inputs of about `size` code units, by kind; each is built, never read from anywhere. */
export const HOSTILE: Readonly<Record<string, (size: number) => string>> = {
  'no whitespace (letters)': (n) => 'a'.repeat(n),
  'no whitespace (letters and punctuation)': (n) => 'Ab.c,D;e-F(g)'.repeat(Math.ceil(n / 13)).slice(0, n),
  'quotation marks': (n) => '"“”‘’\'«»„'.repeat(Math.ceil(n / 9)).slice(0, n),
  'quotation marks with spaces': (n) => '" “ ” \' '.repeat(Math.ceil(n / 8)).slice(0, n),
  'nested parentheses': (n) => '('.repeat(Math.floor(n / 2)) + 'x' + ')'.repeat(Math.floor(n / 2)),
  'nested parentheses with spaces': (n) => '( '.repeat(Math.floor(n / 4)) + 'x ' + ') '.repeat(Math.floor(n / 4)),
  'capitalised words in a row': (n) => {
    const out: string[] = [];
    for (let i = 0, len = 0; len < n; i++) {
      const w = WORDS[(i * 7 + (i >> 3)) % WORDS.length]!;
      out.push(w);
      len += w.length + 1;
    }
    return out.join(' ').slice(0, n);
  },
  'hyphenated words in one sentence': (n) => 'well-known cross-border '.repeat(Math.ceil(n / 24)).slice(0, n),
  'line breaks only': (n) => '\n'.repeat(n),
  'control characters': (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(i % 32)).join(''),
  'lone surrogates': (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(i % 2 ? 0xd83d : 0xdc00 + (i % 64))).join(''),
  'dates without end': (n) => '12 March 2025, '.repeat(Math.ceil(n / 15)).slice(0, n),
  'quotations without end': (n) => 'He said "we will meet on Monday in Paris" and '.repeat(Math.ceil(n / 47)).slice(0, n),
  'honorifics and titles': (n) => 'Mr. Dr. H.E. Minister of State for '.repeat(Math.ceil(n / 35)).slice(0, n),
};

/** Our own release, repeated with blank lines between copies to at least `size` code units. */
export function repeatedRelease(size: number): string {
  const release = readFileSync(fileURLToPath(new URL('../fixtures/guards-river-basin-conference.txt', import.meta.url)), 'utf8');
  return Array.from({ length: Math.max(1, Math.ceil(size / (release.length + 2))) }, () => release).join('\n\n');
}

/** The input a hostile test names: a HOSTILE kind, or 'release'; 'capitalised words' counts words. */
export function hostileInput(kind: string, size: number): string {
  if (kind === 'release') return repeatedRelease(size);
  if (kind === 'capitalised words') return HOSTILE['capitalised words in a row']!(size * 20).split(' ').slice(0, size).join(' ');
  const make = HOSTILE[kind];
  if (!make) throw new Error(`no hostile input named ${kind}`);
  return make(size);
}
