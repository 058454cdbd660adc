/**
 * The frame of a review page: its head (style sheet, content security policy), header, the batch
 * index and the end. Light on purpose (no record code): the command's main thread writes the frame
 * of a batch page while the worker threads render the sections (page.ts).
 */
import { escapeHtml } from './escape.js';
import { REVIEW_CSS } from './style.js';

/** What the batch index shows of a document. */
export interface ReviewIndexEntry {
  anchor: string;
  id: string | number;
  source: string;
  title: string | null;
  events: number;
  quotations: number;
  warnings: number;
  /** Set when the document could not be read. */
  error: string | null;
}

export interface ReviewPageOptions {
  /** The page's title (default: the document's headline, or "eventext review"). */
  title?: string;
  /** Named in the footer and the generator meta tag, e.g. "eventext 0.1.0". */
  generator?: string;
}

/**
 * No script, no fetch, no image, font or style sheet from anywhere; inline style only. The
 * JSON-LD block is data, which a policy does not govern.
 */
export const REVIEW_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The batch's index: a link to each document's section, with its counts or its error. */
export function reviewIndexHtml(entries: readonly ReviewIndexEntry[]): string {
  const failed = entries.filter((e) => e.error !== null).length;
  const items = entries.map((e) => {
    const label = e.title ? `${e.title} (${e.id})` : String(e.id);
    const stat = e.error !== null
      ? `<span class="failed">not read</span>`
      : `<span class="stat">${e.events} event${e.events === 1 ? '' : 's'}, ${e.quotations} quotation${e.quotations === 1 ? '' : 's'}${e.warnings ? `, ${e.warnings} warning${e.warnings === 1 ? '' : 's'}` : ''}</span>`;
    return `<li><a href="#${escapeHtml(e.anchor)}">${escapeHtml(label)}</a> ${stat}</li>`;
  });
  const summary = `${entries.length} document${entries.length === 1 ? '' : 's'}${failed ? `, ${failed} not read` : ''}`;
  return `<nav class="index" id="index" aria-label="Documents"><h2>Documents <span class="stat">${summary}</span></h2><ol>${items.join('')}</ol></nav>`;
}

/** The page up to the first section: head (style, policy), page header, `<main>`. */
export function reviewPageStart(options: ReviewPageOptions & { batch?: boolean } = {}): string {
  const title = options.title ?? 'eventext review';
  const heading = options.batch ? title : 'eventext review';
  const generator = options.generator ? `<meta name="generator" content="${escapeHtml(options.generator)}">` : '';
  const intro = options.batch
    ? '<p>What was read in each document: <a href="#index">index of documents</a>.</p>'
    : '<p>What was read in this release: each value highlighted where it was found, the record beside it.</p>';
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REVIEW_PAGE_CSP)}">\n${generator}\n<title>${escapeHtml(title)}</title>\n` +
    `<style>${REVIEW_CSS}</style>\n</head>\n<body>\n<header class="page-header"><h1>${escapeHtml(heading)}</h1>${intro}</header>\n` +
    `<main${options.batch ? ' class="batch"' : ''}>\n`
  );
}

/** The rest of the page after the last section. */
export function reviewPageEnd(options: ReviewPageOptions = {}): string {
  const by = options.generator ? `Made by ${escapeHtml(options.generator)}. ` : '';
  return `</main>\n<footer class="page-footer">${by}The page embeds each record as schema.org JSON-LD.</footer>\n</body>\n</html>\n`;
}

