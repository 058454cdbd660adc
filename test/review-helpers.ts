/** Reading a rendered review page back (linkedom in Node, the same checks in the browser tests). */
import { parseHTML } from 'linkedom';
import type { ExtractionRecord, Span } from '../src/record.js';

export function parsePage(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The value at a dot path of the record (`events.0.organizers.1`), or undefined. */
export function atPath(record: ExtractionRecord, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The item's span when the path names an item with one (an event's name names the event). */
export function spanAt(record: ExtractionRecord, path: string): Span | null {
  const item = atPath(record, path.replace(/\.name$/, ''));
  const span = item && typeof item === 'object' ? (item as { span?: Span }).span : undefined;
  return span ?? null;
}

/** Each highlight's pieces joined (a highlight cut by a crossing span comes in several pieces). */
export function highlightTexts(root: ParentNode): Map<string, { text: string; start: number; end: number; refs: string[]; kinds: string[] }> {
  const found = new Map<string, { text: string; start: number; end: number; refs: string[]; kinds: string[] }>();
  for (const mark of Array.from(root.querySelectorAll('mark.hl'))) {
    const id = mark.getAttribute('data-hl')!;
    // only the text of this mark's own pieces, not of marks nested in it, is added once per piece
    const entry = found.get(id) ?? {
      text: '',
      start: Number(mark.getAttribute('data-start')),
      end: Number(mark.getAttribute('data-end')),
      refs: (mark.getAttribute('data-ref') ?? '').split(' '),
      kinds: (mark.getAttribute('data-kind') ?? '').split(' '),
    };
    entry.text += mark.textContent ?? '';
    found.set(id, entry);
  }
  return found;
}
