/**
 * The highlights of the release text: every span the record (and the date and place evidence)
 * ties to a field, merged per range, and the text rendered with them as nested `<mark>` elements.
 * The marks only wrap text: the page's text content is the release text, character for character.
 */
import type { EventRecord, ExtractionRecord, Span } from '../record.js';
import { escapeHtml } from './escape.js';
import type { ReviewEvidence } from './evidence.js';

export const HIGHLIGHT_KINDS = ['event', 'date', 'place', 'organizer', 'attendee', 'speaker', 'quotation'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** The legend's words for each kind. */
export const HIGHLIGHT_KIND_LABELS: Record<HighlightKind, string> = {
  event: 'Event name',
  date: 'Date',
  place: 'Place',
  organizer: 'Organiser',
  attendee: 'Attendee',
  speaker: 'Speaker',
  quotation: 'Quotation',
};

/** One record field that a stretch of text fills. */
export interface Tie {
  kind: HighlightKind;
  /** The field's path in the record, dot-separated: `events.0.organizers.1`, `events.0.startDate`, `quotations.2`. */
  ref: string;
  /** What a person reads when pointing at the highlight: `e1 organiser (host): Ministry of Health`. */
  label: string;
}

/** A stretch of text and every field it fills (one range, one highlight). */
export interface Highlight extends Span {
  ties: Tie[];
}

const KIND_ORDER = new Map(HIGHLIGHT_KINDS.map((k, i) => [k, i]));

/** The date part of an ISO date or date-time (`--MM-DD` as it is). */
const datePart = (iso: string): string => iso.slice(0, 10);

function quotationLabel(index: number, speaker: string | null, deliveredBy: string | null): string {
  const by = speaker ? `said by ${speaker}` : 'speaker not known';
  return `Quotation ${index + 1}, ${by}${deliveredBy ? ` (delivered by ${deliveredBy})` : ''}`;
}

function eventTies(event: EventRecord, i: number, evidence: ReviewEvidence): Array<Tie & Span> {
  const at = `events.${i}`;
  const e = event.id;
  const ties: Array<Tie & Span> = [{ ...event.span, kind: 'event', ref: `${at}.name`, label: `${e} event name: ${event.name}` }];
  for (const d of evidence.dates) {
    if (event.startDate && datePart(d.iso) === datePart(event.startDate)) {
      ties.push({ start: d.start, end: d.end, kind: 'date', ref: `${at}.startDate`, label: `${e} start date: ${event.startDate}` });
    }
    if (event.endDate && (datePart(d.iso) === datePart(event.endDate) || (d.isoEnd !== null && datePart(d.isoEnd) === datePart(event.endDate)))) {
      ties.push({ start: d.start, end: d.end, kind: 'date', ref: `${at}.endDate`, label: `${e} end date: ${event.endDate}` });
    }
  }
  const location = event.location;
  if (location) {
    for (const field of ['venue', 'city', 'region', 'country'] as const) {
      const value = location[field];
      if (!value) continue;
      for (const p of evidence.places) {
        if (p.name.toLowerCase() === value.toLowerCase()) {
          ties.push({ start: p.start, end: p.end, kind: 'place', ref: `${at}.location.${field}`, label: `${e} ${field}: ${value}` });
        }
      }
    }
  }
  event.organizers.forEach((o, j) => ties.push({ ...o.span, kind: 'organizer', ref: `${at}.organizers.${j}`, label: `${e} organiser (${o.role}): ${o.name}` }));
  event.attendees.forEach((a, j) =>
    ties.push({ ...a.span, kind: 'attendee', ref: `${at}.attendees.${j}`, label: `${e} attendee: ${a.category}${a.count !== null ? ` (${a.count})` : ''}` }),
  );
  event.speakers.forEach((s, j) => {
    const roles = s.roles.length ? ` (${s.roles.join(', ')})` : '';
    const behalf = s.onBehalfOf ? `, on behalf of ${s.onBehalfOf}` : '';
    ties.push({ ...s.span, kind: 'speaker', ref: `${at}.speakers.${j}`, label: `${e} speaker${roles}: ${s.name}${behalf}` });
  });
  return ties;
}

/** A span boundary inside a surrogate pair would split a character in two: move it out. */
function outsidePair(text: string, offset: number, direction: -1 | 1): number {
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  const inside = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  return inside ? offset + direction : offset;
}

/**
 * Every highlight of the record over `text`, in text order (start, then the longer first), with
 * the ties of one range merged. Spans that do not lie inside the text (a record read from another
 * text) are not highlighted; `problems` says which.
 */
export function highlightsOf(text: string, record: ExtractionRecord, evidence: ReviewEvidence): { highlights: Highlight[]; problems: string[] } {
  const all: Array<Tie & Span> = record.events.flatMap((event, i) => eventTies(event, i, evidence));
  record.quotations.forEach((q, i) => all.push({ ...q.span, kind: 'quotation', ref: `quotations.${i}`, label: quotationLabel(i, q.speaker, q.deliveredBy) }));
  const problems: string[] = [];
  const byRange = new Map<string, Highlight>();
  for (const tie of all) {
    if (!(tie.start >= 0 && tie.end <= text.length && tie.start < tie.end)) {
      problems.push(`${tie.ref}: its span ${tie.start}-${tie.end} is not inside the text (${text.length} characters), so it is not highlighted`);
      continue;
    }
    const start = outsidePair(text, tie.start, -1);
    const end = outsidePair(text, tie.end, 1);
    const key = `${start}:${end}`;
    const { kind, ref, label } = tie;
    const found = byRange.get(key);
    if (!found) byRange.set(key, { start, end, ties: [{ kind, ref, label }] });
    else if (!found.ties.some((t) => t.ref === ref)) found.ties.push({ kind, ref, label });
  }
  const highlights = [...byRange.values()];
  for (const h of highlights) h.ties.sort((a, b) => KIND_ORDER.get(a.kind)! - KIND_ORDER.get(b.kind)!);
  highlights.sort((a, b) => a.start - b.start || b.end - a.end);
  return { highlights, problems };
}

/** The opening tag of one piece of a highlight (`part` > 0: it goes on after a crossing span). */
function openMark(h: Highlight, id: string, part: number): string {
  const kinds = [...new Set(h.ties.map((t) => t.kind))];
  const attrs = [
    `class="hl ${kinds.map((k) => `hl-${k}`).join(' ')}"`,
    `data-hl="${id}"`,
    `data-kind="${kinds.join(' ')}"`,
    `data-ref="${escapeHtml(h.ties.map((t) => t.ref).join(' '))}"`,
    `data-start="${h.start}"`,
    `data-end="${h.end}"`,
    `data-tip="${escapeHtml(h.ties.map((t) => t.label).join('\n'))}"`,
    part ? `data-part="${part}"` : 'tabindex="0"',
  ];
  return `<mark ${attrs.join(' ')}>`;
}

/**
 * The text with its highlights as nested `<mark>` elements. Spans that nest (a speaker inside a
 * quotation) nest; spans that cross are cut where the outer one ends and go on in a second piece
 * with the same `data-hl`, so the element tree stays well formed and the text stays whole.
 * `idPrefix` keeps the ids of several documents on one page apart.
 */
export function renderHighlightedText(text: string, highlights: readonly Highlight[], idPrefix = 'h'): string {
  // The text is cut at every boundary; each piece is covered by a set of highlights, outermost first.
  const bounds = new Set<number>([0, text.length]);
  for (const h of highlights) {
    bounds.add(h.start);
    bounds.add(h.end);
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const order = highlights.map((h, i) => ({ h, i, id: `${idPrefix}${i + 1}` }));
  const parts = new Map<number, number>();
  let open: typeof order = [];
  let html = '';
  let active: typeof order = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const from = cuts[c]!;
    const to = cuts[c + 1]!;
    // highlights come sorted by start: add those starting here, drop those that ended
    active = active.filter((a) => a.h.end > from);
    while (next < order.length && order[next]!.h.start <= from) active.push(order[next++]!);
    const wanted = active.filter((a) => a.h.start <= from && a.h.end >= to);
    let keep = 0;
    while (keep < open.length && keep < wanted.length && open[keep] === wanted[keep]) keep++;
    for (let k = open.length - 1; k >= keep; k--) html += '</mark>';
    for (let k = keep; k < wanted.length; k++) {
      const w = wanted[k]!;
      const part = parts.get(w.i) ?? 0;
      parts.set(w.i, part + 1);
      html += openMark(w.h, w.id, part);
    }
    open = wanted;
    html += escapeHtml(text.slice(from, to));
  }
  for (let k = open.length - 1; k >= 0; k--) html += '</mark>';
  return html;
}
