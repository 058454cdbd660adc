/**
 * The review page renderer (src/review/), read back with linkedom: the text is whole, every
 * highlight covers exactly the span of the field it names, nothing from the input becomes markup.
 * Expected values come from extract() at test time, so rule changes do not break these tests.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract, toJsonLd } from '../src/index.js';
import type { ExtractionRecord } from '../src/record.js';
import { escapeHtml, jsonForScript } from '../src/review/escape.js';
import { evidenceCollector } from '../src/review/evidence.js';
import { extractForReview } from '../src/review/extract.js';
import { HIGHLIGHT_KINDS, highlightsOf, renderHighlightedText, type Highlight } from '../src/review/highlights.js';
import { reviewPage, reviewSection } from '../src/review/page.js';
import { fixture } from './helpers.js';
import { atPath, highlightTexts, parsePage, spanAt } from './review-helpers.js';

const RIVER = fixture('review-river-delta-forum.txt');
const HOSTILE = fixture('review-hostile-release.txt');

const pageOf = (text: string, id = 'doc.txt') => {
  const { record, evidence } = extractForReview(text);
  return { record, evidence, html: reviewPage([{ id, source: id, text, record, evidence }]) };
};

describe('escaping', () => {
  it('escapes the five HTML characters and CR in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\r`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#13;');
  });

  it('writes JSON that cannot end a script element and parses back to the same value', () => {
    const value = { text: '</script><script>alert(1)</script><!-- & \u2028 \u2029 -->' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('highlighted text', () => {
  /** Random text with random spans: nested, crossing, equal, touching. */
  const spansOver = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r', '<', '&', '"', "'", 'é', '😀'), maxLength: 60 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      // (no span fits in an empty text)
      text.length ? fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)).filter(([a, b]) => a !== b), { maxLength: 8 }) : fc.constant([]),
    ),
  );

  it('keeps the text whole and each highlight covers its own range, whatever the spans', () => {
    fc.assert(
      fc.property(spansOver, ([text, pairs]) => {
        const highlights: Highlight[] = pairs
          .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b), ties: [{ kind: 'speaker' as const, ref: `r${a}-${b}`, label: 'x' }] }))
          .sort((x, y) => x.start - y.start || y.end - x.end);
        const unique = highlights.filter((h, i) => highlights.findIndex((o) => o.start === h.start && o.end === h.end) === i);
        const doc = parsePage(`<!doctype html><html><body><div id="t">${renderHighlightedText(text, unique)}</div></body></html>`);
        expect(doc.getElementById('t')!.textContent).toBe(text);
        const found = highlightTexts(doc.getElementById('t')!);
        expect(found.size).toBe(unique.length);
        for (const h of found.values()) expect(h.text).toBe(text.slice(h.start, h.end));
      }),
      { numRuns: 300 },
    );
  });

  it('nests a span inside another and cuts a crossing one into pieces of one highlight', () => {
    const text = 'abcdefghij';
    const html = renderHighlightedText(text, [
      { start: 0, end: 6, ties: [{ kind: 'quotation', ref: 'q', label: 'q' }] },
      { start: 1, end: 3, ties: [{ kind: 'speaker', ref: 's', label: 's' }] },
      { start: 4, end: 9, ties: [{ kind: 'date', ref: 'd', label: 'd' }] },
    ]);
    const doc = parsePage(`<div id="t">${html}</div>`);
    const pieces = Array.from(doc.querySelectorAll('mark[data-hl="h3"]'));
    expect(pieces.map((p) => p.textContent)).toEqual(['ef', 'ghi']);
    expect(pieces[0]!.parentElement!.getAttribute('data-hl')).toBe('h1');
    expect(pieces[1]!.getAttribute('data-part')).toBe('1');
    expect(doc.querySelector('mark[data-hl="h2"]')!.parentElement!.getAttribute('data-hl')).toBe('h1');
  });
});

describe('highlights of a record', () => {
  it('ties every record span to its field, and dates and places to the event fields they fill', () => {
    const { record, evidence } = extractForReview(RIVER);
    const { highlights, problems } = highlightsOf(RIVER, record, evidence);
    expect(problems).toEqual([]);
    const refs = highlights.flatMap((h) => h.ties.map((t) => ({ ...t, start: h.start, end: h.end })));
    const spanned = record.events.reduce((n, e) => n + 1 + e.organizers.length + e.attendees.length + e.speakers.length, record.quotations.length);
    expect(refs.filter((t) => t.kind !== 'date' && t.kind !== 'place')).toHaveLength(spanned);
    for (const t of refs) {
      expect(atPath(record, t.ref), t.ref).toBeDefined();
      const span = spanAt(record, t.ref);
      if (t.kind !== 'date' && t.kind !== 'place') expect({ start: t.start, end: t.end }).toEqual(span);
    }
    // The fixture states its dates and place: each event date and stated place part is highlighted.
    const e1 = record.events[0]!;
    for (const field of ['startDate', 'endDate'] as const) if (e1[field]) expect(refs.some((t) => t.ref === `events.0.${field}`), field).toBe(true);
    for (const t of refs.filter((x) => x.kind === 'place')) {
      expect(RIVER.slice(t.start, t.end).toLowerCase()).toBe(String(atPath(record, t.ref)).toLowerCase());
    }
  });

  it('reports spans that do not lie in the text instead of breaking', () => {
    const record: ExtractionRecord = extract(RIVER);
    const short = RIVER.slice(0, 50);
    const { highlights, problems } = highlightsOf(short, record, { dates: [], places: [] });
    expect(problems.length).toBeGreaterThan(0);
    for (const h of highlights) expect(h.end).toBeLessThanOrEqual(short.length);
    const page = reviewPage([{ id: 'x', source: 'x', text: short, record }]);
    expect(parsePage(page).querySelector('.release-text')!.textContent).toBe(short);
    expect(page).toContain('is not inside the text');
  });

  it('leaves out publication dates and origins from the evidence', () => {
    const { debug, evidence } = evidenceCollector();
    debug('dates', [{ start: 0, end: 4, iso: '2024-01-01', isoEnd: null, published: true }, { start: 5, end: 9, iso: '2024-01-02', isoEnd: null, published: false }, 'junk']);
    debug('places', [{ start: 0, end: 4, name: 'Oslo', cue: 'from' }, { start: 5, end: 9, name: 'Bergen', cue: 'in' }, { start: -1, end: 2, name: 'x' }]);
    expect(evidence).toEqual({ dates: [{ start: 5, end: 9, iso: '2024-01-02', isoEnd: null }], places: [{ start: 5, end: 9, name: 'Bergen' }] });
  });
});

describe('review page', () => {
  it('shows the text whole, a legend, a table per event, the quotations and the JSON-LD', () => {
    const { record, html } = pageOf(RIVER);
    const doc = parsePage(html);
    expect(doc.querySelector('.release-text')!.textContent).toBe(RIVER);
    expect(Array.from(doc.querySelectorAll('.legend .key')).map((k) => k.getAttribute('data-kind'))).toEqual([...HIGHLIGHT_KINDS]);
    expect(doc.querySelectorAll('.event table.fields')).toHaveLength(record.events.length);
    expect(doc.querySelectorAll('table.speakers tbody tr')).toHaveLength(record.events[0]!.speakers.length);
    expect(doc.querySelectorAll('table.quotations tbody tr')).toHaveLength(record.quotations.length);
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(JSON.parse(scripts[0]!.textContent!)).toEqual(toJsonLd(record, { url: undefined }));
    for (const h of highlightTexts(doc).values()) {
      expect(h.text).toBe(RIVER.slice(h.start, h.end));
      for (const ref of h.refs) expect(atPath(record, ref), ref).toBeDefined();
    }
    // every speaker's row shows title, affiliation, roles and on-behalf-of cells
    expect(doc.querySelectorAll('table.speakers thead th')).toHaveLength(5);
  });

  it('shows the record warnings and the JSON-LD warnings', () => {
    const text = 'A note with no event in it at all.';
    const record = extract(text);
    const html = reviewSection({ id: 1, source: 's', text, record }, { anchor: 'd' });
    for (const w of record.warnings) expect(html).toContain(escapeHtml(w));
    const withGaps = extract(RIVER);
    withGaps.events[0]!.startDate = null;
    const section = reviewSection({ id: 1, source: 's', text: RIVER, record: withGaps }, { anchor: 'd' });
    expect(section).toContain('JSON-LD');
    expect(section).toContain('no startDate');
  });

  it('makes nothing of a hostile release but text: no element, attribute or script from the input', () => {
    const { record, html } = pageOf(HOSTILE, '<img src=x onerror=alert(1)>.txt');
    const doc = parsePage(html);
    expect(doc.querySelector('.release-text')!.textContent).toBe(HOSTILE);
    expect(Array.from(doc.querySelectorAll('script')).map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(doc.querySelectorAll('img, iframe, svg, b, object, embed, a[href^="javascript"]')).toHaveLength(0);
    const handlers = Array.from(doc.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`));
    expect(handlers).toEqual([]);
    expect(doc.title).toBe(record.document.title ?? 'eventext review: <img src=x onerror=alert(1)>.txt');
    const ld = JSON.parse(doc.querySelector('script')!.textContent!);
    expect(ld).toEqual(toJsonLd(record));
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });

  it('gives a batch one page: an index entry and a section per document, with JSON-LD ids apart', () => {
    const docs = [RIVER, HOSTILE].map((text, i) => ({ id: `d${i}`, source: `d${i}.txt`, text, ...extractForReview(text) }));
    const doc = parsePage(reviewPage(docs));
    expect(doc.querySelectorAll('section.doc')).toHaveLength(2);
    expect(Array.from(doc.querySelectorAll('#index a')).map((a) => a.getAttribute('href'))).toEqual(['#doc-1', '#doc-2']);
    expect(doc.getElementById('doc-2')!.querySelector('.release-text')!.textContent).toBe(HOSTILE);
    const graphs = Array.from(doc.querySelectorAll('script')).map((s) => JSON.parse(s.textContent!) as { '@graph': Array<{ '@id': string }> });
    expect(graphs[1]!['@graph'][0]!['@id']).toBe('_:d1-article');
    const ids = new Set(Array.from(doc.querySelectorAll('[id]')).map((e) => e.id));
    expect(ids.size).toBe(doc.querySelectorAll('[id]').length);
  });
});
