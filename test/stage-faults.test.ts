/** A fault inside one stage (a bug of ours) costs the record that stage's findings, with a warning, never the record. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../src/extract.js';
import { placeRecogniser } from '../src/recognisers/places.js';
import { roleResolver } from '../src/resolvers/roles.js';
import { ExtractionRecordSchema } from '../src/record.js';
import { fixture } from './helpers.js';

afterEach(() => vi.restoreAllMocks());

describe('stage faults', () => {
  it('a recogniser that throws leaves its mentions out and says so', () => {
    vi.spyOn(placeRecogniser, 'recognise').mockImplementation(() => { throw new Error('boom'); });
    const record = extract(fixture('coastal-fisheries-workshop.txt'));
    expect(ExtractionRecordSchema.parse(record)).toBeTruthy();
    expect(record.events.length).toBeGreaterThan(0);
    expect(record.events.every((e) => e.location === null)).toBe(true);
    expect(record.warnings).toContain('internal error in the places stage (its findings are left out; please report it): boom');
  });

  it('a resolver that throws leaves the state as the stage before gave it', () => {
    vi.spyOn(roleResolver, 'resolve').mockImplementation(() => { throw new TypeError('bad'); });
    const record = extract(fixture('coastal-fisheries-workshop.txt'));
    expect(record.events.length).toBeGreaterThan(0);
    expect(record.events.every((e) => e.organizers.length === 0 && e.speakers.length === 0)).toBe(true);
    expect(record.warnings.some((w) => w.startsWith('internal error in the roles stage'))).toBe(true);
  });
});
