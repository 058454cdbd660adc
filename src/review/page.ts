/**
 * The review page: the release text with every extracted value highlighted by kind, the record
 * beside it (a table per event, the quotations), the warnings, and the record's JSON-LD embedded
 * as structured data. One page per release, or one page for a batch with an index of documents.
 * Browser-safe (no Node module): the command's `--format html` and the playground both render
 * with these functions.
 *
 * The page runs no script and loads nothing: a Content-Security-Policy meta tag forbids both, and
 * every piece of input text is escaped (see escape.ts), so a hostile release shows as text.
 */
import { toJsonLd } from '../jsonld.js';
import type { ExtractionRecord } from '../record.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { NO_EVIDENCE, type ReviewEvidence } from './evidence.js';
import { HIGHLIGHT_KIND_LABELS, HIGHLIGHT_KINDS, highlightsOf, renderHighlightedText } from './highlights.js';
import { reviewIndexHtml, reviewPageEnd, reviewPageStart, type ReviewIndexEntry, type ReviewPageOptions } from './frame.js';
import { eventTable, quotationsTable } from './tables.js';

/** One document to review: the text that was read, its record and where its dates and places were read. */
export interface ReviewDocument {
  id: string | number;
  /** Where it came from (a file, `-`, a web address); shown as text, never as a link. */
  source: string;
  text: string;
  record: ExtractionRecord;
  /** From `extractForReview` (or `evidenceCollector`); without it dates and places are not highlighted. */
  evidence?: ReviewEvidence | null;
}

export interface ReviewSectionOptions {
  /** The section's element id (the index links to it); ids inside the section start with it. */
  anchor: string;
  /** Scopes the JSON-LD blank-node ids (`toJsonLd`'s `id`): give it when a page holds several documents. */
  jsonLdId?: string;
  /** The article's web address for the JSON-LD (`toJsonLd`'s `url`). */
  url?: string;
}

const WEB_ADDRESS = /^https?:\/\/\S/i;

/** The legend: one key per kind of highlight, in the colour of its marks. */
export function legendHtml(): string {
  const keys = HIGHLIGHT_KINDS.map((k) => `<li><span class="key" data-kind="${k}">${HIGHLIGHT_KIND_LABELS[k]}</span></li>`);
  return `<ul class="legend" aria-label="Legend">${keys.join('')}</ul>`;
}

function warningsHtml(groups: Array<{ source: string; items: string[] }>): string {
  const shown = groups.filter((g) => g.items.length);
  if (!shown.length) return '';
  const body = shown.map((g) => `<p class="source">${escapeHtml(g.source)}</p><ul>${g.items.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`).join('');
  return `<div class="warnings" role="note"><h3>Warnings</h3>${body}</div>`;
}

/** The graph and its warnings; a record `toJsonLd` refuses gives no graph and says why. */
function jsonLdOf(record: ExtractionRecord, options: ReviewSectionOptions): { graph: unknown; warnings: string[] } {
  const warnings: string[] = [];
  try {
    const url = options.url && WEB_ADDRESS.test(options.url) ? { url: options.url } : {};
    const id = options.jsonLdId !== undefined ? { id: options.jsonLdId } : {};
    return { graph: toJsonLd(record, { ...url, ...id, warnings }), warnings };
  } catch (err) {
    return { graph: null, warnings: [`no JSON-LD: ${err instanceof Error ? err.message : String(err)}`] };
  }
}

function metaHtml(doc: ReviewDocument): string {
  const { record } = doc;
  const parts = [
    `source ${doc.source || '—'}`,
    `published ${record.document.published ?? 'not stated'}`,
    `${record.events.length} event${record.events.length === 1 ? '' : 's'}`,
    `${record.quotations.length} quotation${record.quotations.length === 1 ? '' : 's'}`,
  ];
  return `<p class="meta">${parts.map((p) => `<span>${escapeHtml(p)}</span>`).join('')}</p>`;
}

/** One document's section: header, warnings, the highlighted text beside the events and quotations, its JSON-LD. */
export function reviewSection(doc: ReviewDocument, options: ReviewSectionOptions): string {
  const { record, text } = doc;
  const { highlights, problems } = highlightsOf(text, record, doc.evidence ?? NO_EVIDENCE);
  const jsonLd = jsonLdOf(record, { url: doc.source, ...options });
  const anchor = escapeHtml(options.anchor);
  const heading = record.document.title ?? String(doc.id);
  const events = record.events.length ? record.events.map(eventTable).join('') : '<p class="empty">No event found.</p>';
  return (
    `<section class="doc" id="${anchor}" aria-labelledby="${anchor}-title">` +
    `<header><h2 id="${anchor}-title">${escapeHtml(heading)}</h2>${metaHtml(doc)}</header>` +
    warningsHtml([
      { source: 'Record', items: record.warnings },
      { source: 'JSON-LD', items: jsonLd.warnings },
      { source: 'Review page', items: problems },
    ]) +
    '<div class="doc-body">' +
    `<div class="text-col"><h3>Text</h3>${legendHtml()}<p class="hint">Point at a highlight, or tab to it, to see the field it fills.</p>` +
    `<div class="release-text" lang="en">${renderHighlightedText(text, highlights, `${options.anchor}-h`)}</div></div>` +
    `<div class="record-col"><h3>Events</h3>${events}<h3>Quotations</h3>${quotationsTable(record)}</div>` +
    '</div>' +
    (jsonLd.graph ? `<script type="application/ld+json">${jsonForScript(jsonLd.graph)}</script>` : '') +
    '</section>'
  );
}

/** The section of a document that could not be read: its id, source and the error. */
export function reviewErrorSection(id: string | number, source: string, error: string, anchor: string): string {
  const a = escapeHtml(anchor);
  return (
    `<section class="doc failed" id="${a}" aria-labelledby="${a}-title"><header><h2 id="${a}-title">${escapeHtml(String(id))}</h2>` +
    `<p class="meta"><span>source ${escapeHtml(source || '—')}</span></p></header><p class="error" role="alert">Not read: ${escapeHtml(error)}</p></section>`
  );
}

export function reviewIndexEntry(doc: ReviewDocument, anchor: string): ReviewIndexEntry {
  const { record } = doc;
  return {
    anchor, id: doc.id, source: doc.source, title: record.document.title, events: record.events.length,
    quotations: record.quotations.length, warnings: record.warnings.length, error: null,
  };
}

/**
 * A whole page: one document gives a page of its own (titled by its headline), several give one
 * page with an index and a section each.
 */
export function reviewPage(docs: readonly ReviewDocument[], options: ReviewPageOptions = {}): string {
  if (docs.length === 1) {
    const doc = docs[0]!;
    const title = options.title ?? doc.record.document.title ?? `eventext review: ${doc.id}`;
    return reviewPageStart({ ...options, title }) + reviewSection(doc, { anchor: 'doc' }) + '\n' + reviewPageEnd(options);
  }
  const anchors = docs.map((_, i) => `doc-${i + 1}`);
  const sections = docs.map((doc, i) => reviewSection(doc, { anchor: anchors[i]!, jsonLdId: String(doc.id) }) + '\n');
  const index = reviewIndexHtml(docs.map((doc, i) => reviewIndexEntry(doc, anchors[i]!)));
  return reviewPageStart({ ...options, batch: true }) + sections.join('') + index + '\n' + reviewPageEnd(options);
}
