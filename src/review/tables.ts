/** The record beside the text: a table per event, then the quotations, as HTML. */
import type { EventRecord, ExtractionRecord, Location } from '../record.js';
import { escapeHtml } from './escape.js';

/** A missing value, shown as a dash that says what it means. */
const NONE = '<span class="none" title="not stated">—</span>';

const cell = (value: string | number | null | undefined): string => (value === null || value === undefined || value === '' ? NONE : escapeHtml(value));

/** "2024-06-11", "2024-06-11 – 2024-06-12", or a dash. */
export function datesText(event: Pick<EventRecord, 'startDate' | 'endDate'>): string | null {
  if (!event.startDate) return event.endDate ? `until ${event.endDate}` : null;
  return event.endDate ? `${event.startDate} – ${event.endDate}` : event.startDate;
}

/** "Marlow Auditorium, Hanoi, Viet Nam": the stated parts of a location in order. */
export function placeText(location: Location | null): string | null {
  if (!location) return null;
  const parts = [location.venue, location.city, location.region, location.country].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

function list(items: string[]): string {
  return items.length ? `<ul class="items">${items.map((i) => `<li>${i}</li>`).join('')}</ul>` : NONE;
}

const tag = (cls: string, value: string): string => `<span class="${cls}">${escapeHtml(value)}</span>`;

function organisers(event: EventRecord): string {
  return list(
    event.organizers.map((o) => {
      const aliases = o.aliases.length ? ` <span class="aliases">also ${escapeHtml(o.aliases.join('; '))}</span>` : '';
      return `${escapeHtml(o.name)} ${tag('role', o.role)}${o.kind !== 'organization' ? ` ${tag('kind', o.kind)}` : ''}${aliases}`;
    }),
  );
}

function attendees(event: EventRecord): string {
  return list(event.attendees.map((a) => `${escapeHtml(a.category)}${a.count !== null ? ` ${tag('count', String(a.count))}` : ''}`));
}

function speakersTable(event: EventRecord): string {
  if (!event.speakers.length) return `<p class="empty">No speakers for ${escapeHtml(event.id)}.</p>`;
  const rows = event.speakers.map(
    (s) =>
      `<tr><td>${escapeHtml(s.name)}${s.kind === 'organization' ? ` ${tag('kind', 'organisation')}` : ''}</td><td>${cell(s.title)}</td><td>${cell(s.affiliation)}</td>` +
      `<td>${s.roles.length ? s.roles.map((r) => tag('role', r)).join(' ') : NONE}</td><td>${cell(s.onBehalfOf)}</td></tr>`,
  );
  return (
    `<div class="scroll"><table class="speakers"><caption>Speakers at ${escapeHtml(event.id)}</caption>` +
    '<thead><tr><th scope="col">Name</th><th scope="col">Title</th><th scope="col">Affiliation</th><th scope="col">Roles</th><th scope="col">On behalf of</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></div>`
  );
}

/** One event: its fields as a two-column table, then its speakers. */
export function eventTable(event: EventRecord): string {
  const row = (name: string, value: string): string => `<tr><th scope="row">${name}</th><td>${value}</td></tr>`;
  return (
    `<div class="event" data-event="${escapeHtml(event.id)}"><table class="fields"><caption><span class="event-id">${escapeHtml(event.id)}</span> ${escapeHtml(event.name)}</caption><tbody>` +
    row('Name', escapeHtml(event.name)) +
    row('Type', escapeHtml(event.type)) +
    row('Dates', cell(datesText(event))) +
    row('Place', cell(placeText(event.location))) +
    row('Mode', cell(event.attendanceMode)) +
    row('Participants', cell(event.participantCount)) +
    row('Organisers', organisers(event)) +
    row('Attendees', attendees(event)) +
    `</tbody></table>${speakersTable(event)}</div>`
  );
}

export function quotationsTable(record: ExtractionRecord): string {
  if (!record.quotations.length) return '<p class="empty">No quotations.</p>';
  const rows = record.quotations.map(
    (q, i) =>
      `<tr><td class="num">${i + 1}</td><td class="quote">${escapeHtml(q.text)}</td><td>${cell(q.speaker)}</td><td>${cell(q.deliveredBy)}</td><td>${cell(q.eventId)}</td></tr>`,
  );
  return (
    '<div class="scroll"><table class="quotations"><thead><tr><th scope="col">#</th><th scope="col">Quotation</th><th scope="col">Speaker</th>' +
    `<th scope="col">Delivered by</th><th scope="col">Event</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}
