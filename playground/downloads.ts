/** The record as the files a person downloads: JSON (with the text, as `--with-text`), JSON-LD, CSV (as `--format csv`). */
import { csvHeader, csvRows } from '../src/cli/csv.js';
import { toJsonLd } from '../src/jsonld.js';
import type { ExtractionRecord } from '../src/record.js';

export type DownloadKind = 'json' | 'jsonld' | 'csv';

export interface Download {
  name: string;
  type: string;
  content: string;
}

/** A file name's stem without folders or extension, else "release". */
export function baseName(fileName: string | null): string {
  const stem = (fileName ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
  return stem || 'release';
}

/** One download of the record; `source` names the document in the CSV (its file, or "pasted"). */
export function downloadOf(kind: DownloadKind, text: string, record: ExtractionRecord, fileName: string | null): Download {
  const base = baseName(fileName);
  const source = fileName ?? 'pasted';
  switch (kind) {
    case 'json':
      return { name: `${base}.record.json`, type: 'application/json', content: JSON.stringify({ text, ...record }, null, 2) + '\n' };
    case 'jsonld':
      return { name: `${base}.jsonld`, type: 'application/ld+json', content: JSON.stringify(toJsonLd(record), null, 2) + '\n' };
    case 'csv':
      return { name: `${base}.csv`, type: 'text/csv', content: csvHeader(false) + csvRows(base, source, record, false) };
  }
}
