/** The check both browser test files make: every highlight shows the text of the field it fills. */
import { expect } from 'vitest';
import type { ExtractionRecord } from '../../src/record.js';
import { atPath, spanAt } from '../review-helpers.js';
import type { BrowserHighlight } from './chromium.js';

/**
 * Each highlight's text is the text at its offsets, and for each field it names: the field's own
 * span, with the field's value written there (a name or one of its aliases, an attendee category,
 * the quotation, the place as written; for a date, its day of the month). Every span of the
 * record is highlighted. The record comes from extract() at test time.
 */
export function expectHighlightsTiedToRecord(highlights: BrowserHighlight[], text: string, record: ExtractionRecord): void {
  expect(highlights.length).toBeGreaterThan(0);
  const refs = new Set<string>();
  for (const h of highlights) {
    expect(h.text).toBe(text.slice(h.start, h.end));
    for (const ref of h.refs) {
      refs.add(ref);
      const value = atPath(record, ref);
      expect(value, `${ref} is a field of the record`).toBeDefined();
      const where = `${ref} highlighted as ${JSON.stringify(h.text)}`;
      if (/^events\.\d+\.(?:startDate|endDate)$/.test(ref)) {
        const day = Number(String(value).slice(-2));
        expect(h.text, where).toMatch(new RegExp(`(?<!\\d)0?${day}(?!\\d)`));
        expect(h.tip, where).toContain(String(value));
        continue;
      }
      if (/^events\.\d+\.location\.\w+$/.test(ref)) {
        expect(h.text.toLowerCase(), where).toBe(String(value).toLowerCase());
        continue;
      }
      expect({ start: h.start, end: h.end }, where).toEqual(spanAt(record, ref));
      if (/^events\.\d+\.name$/.test(ref)) expect(h.text, where).toBe(value);
      else if (/^quotations\.\d+$/.test(ref)) expect(h.text, where).toBe((value as { text: string }).text);
      else if (/\.attendees\.\d+$/.test(ref)) expect(h.text, where).toBe((value as { category: string }).category);
      else {
        const agent = value as { name: string; aliases: string[] };
        expect([agent.name, ...agent.aliases], where).toContain(h.text);
        expect(h.tip, where).toContain(agent.name);
      }
    }
  }
  // every span the record gives is highlighted
  record.events.forEach((e, i) => {
    expect(refs.has(`events.${i}.name`)).toBe(true);
    e.organizers.forEach((_, j) => expect(refs.has(`events.${i}.organizers.${j}`)).toBe(true));
    e.attendees.forEach((_, j) => expect(refs.has(`events.${i}.attendees.${j}`)).toBe(true));
    e.speakers.forEach((_, j) => expect(refs.has(`events.${i}.speakers.${j}`)).toBe(true));
  });
  record.quotations.forEach((_, i) => expect(refs.has(`quotations.${i}`)).toBe(true));
}
