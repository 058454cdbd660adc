/**
 * What the playground reads: pasted or dropped text as it is, a web page reduced to its article
 * by the command's own reduction (src/cli/html.ts: Readability over linkedom, which is plain
 * JavaScript), then the record with the evidence the review view highlights. linkedom rather than
 * the browser's DOMParser: a page reads exactly as with the command, and a hostile page never
 * becomes browser DOM (Chromium reports a parsed `onerror=` attribute as a policy violation even
 * in an inert DOMParser document).
 */
import { reduceHtml } from '../src/cli/html.js';
import type { ExtractionRecord } from '../src/record.js';
import type { ReviewEvidence } from '../src/review/evidence.js';
import { extractForReview } from '../src/review/extract.js';

export interface ReadRelease {
  /** The text extraction reads (for a page: its article), which the spans index. */
  text: string;
  /** From a page's metadata, else null. */
  title: string | null;
  published: string | null;
  /** Read as an HTML page. */
  html: boolean;
}

const HTML_FILE = /\.(?:html?|xhtml)$/i;
/** The command's test for a page given as text (src/cli/inputs.ts). */
const HTML_START = /^\s{0,200}(?:<!doctype html|<html[\s>])/i;

/** Whether the input is a web page: an .html file, or text that starts like one. */
export function isHtmlInput(raw: string, fileName: string | null): boolean {
  return (fileName !== null && HTML_FILE.test(fileName)) || HTML_START.test(raw);
}

/** Text as it is, or a page reduced to its article. */
export function readRelease(raw: string, fileName: string | null): ReadRelease {
  if (!isHtmlInput(raw, fileName)) return { text: raw, title: null, published: null, html: false };
  return { ...reduceHtml(raw), html: true };
}

/**
 * The record of what was read, as the command makes it (src/cli/task.ts): a page's metadata date
 * wins over a date read in the text, and its title stands in when the text gives none.
 */
export function recordOf(read: ReadRelease, referenceDate: string | null): { record: ExtractionRecord; evidence: ReviewEvidence } {
  const reference = read.published ?? referenceDate;
  const result = extractForReview(read.text, reference ? { referenceDate: reference } : {});
  if (read.published) result.record.document.published = read.published;
  if (read.title && !result.record.document.title) result.record.document.title = read.title;
  return result;
}
