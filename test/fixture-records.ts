/** Compact views of the records extracted from fixture releases, shared by the release-style tests. */
import { expect } from 'vitest';
import { extract } from '../src/extract.js';
import type { EventRecord } from '../src/record.js';
import { fixture } from './helpers.js';

/** The one event of a fixture release (the test fails when there are more or none). */
export const only = (name: string): EventRecord => {
  const { events } = extract(fixture(name));
  expect(events.map((e) => e.name)).toHaveLength(1);
  return events[0]!;
};
export const what = (e: EventRecord) => [e.name, e.type, e.startDate, e.endDate, e.location, e.attendanceMode];
export const organisers = (e: EventRecord) => e.organizers.map((o) => [o.name, o.role]);
export const attendees = (e: EventRecord) => e.attendees.map((a) => [a.category, a.count]);
export const speakers = (e: EventRecord) => e.speakers.map((s) => [s.name, s.title, s.affiliation, s.roles]);
