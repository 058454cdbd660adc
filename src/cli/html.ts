/**
 * A web page -> the text of its article, with the headline and publication date from the page's
 * metadata. linkedom and Readability are plain JavaScript: the playground runs this same code in the
 * browser; the library entry never imports it (it keeps the library small).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ReducedPage {
  /** The headline (when known) on the first line, then the article's paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  /** `YYYY-MM-DD` from the page's metadata (article:published_time, JSON-LD datePublished...), or null. */
  published: string | null;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of a DOM subtree with block elements as paragraphs and <br> as line breaks. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (tag === 'BR') return void out.push('\n');
    const block = BLOCK_TAGS.has(tag);
    if (block) out.push('\n\n');
    if (tag === 'TD' || tag === 'TH') out.push(' ');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) out.push('\n\n');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The date part of an ISO date-time as written (the publisher's local date), or null. */
export function isoDatePart(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return m && !Number.isNaN(Date.parse(m[1]!)) ? m[1]! : null;
}

const DATE_META = ['article:published_time', 'datePublished', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'pubdate', 'publishdate'];

export function reduceHtml(html: string): ReducedPage {
  const { document } = parseHTML(html);
  const metaDate = (): string | null => {
    for (const meta of Array.from(document.querySelectorAll('meta'))) {
      const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').toLowerCase();
      if (DATE_META.some((k) => k.toLowerCase() === key)) {
        const iso = isoDatePart(meta.getAttribute('content'));
        if (iso) return iso;
      }
    }
    return null;
  };
  const fallbackTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? document.title ?? null;
  // Readability changes the DOM it reads, so the metadata is read first.
  const published0 = metaDate();
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as Document).parse();
  } catch {
    article = null;
  }
  const title = (article?.title ?? fallbackTitle)?.trim() || null;
  const published = isoDatePart(article?.publishedTime) ?? published0;
  let body: string;
  if (article?.content) body = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode);
  else body = document.body ? blockText(document.body as unknown as DomNode) : '';
  // The headline first, as a release's own first line, so the document reader takes it as the title.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text, title, published };
}
