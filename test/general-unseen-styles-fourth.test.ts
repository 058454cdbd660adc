/**
 * A fourth set of releases of our own: a company's summit with sponsors and a line-up, a wire story
 * on river ministers, an NGO's training, a regional experts' meeting, a product event, a town hall,
 * a ministry's workshop with WHO and a regional science fair. Each assertion is what a careful
 * reader takes from the release; what is still missed is noted beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';
import { attendees, only, organisers, speakers, what } from './fixture-records.js';

describe('a fourth set of releases in styles of their own', () => {
  it('a summit: two sponsors joined by "and" are two bodies; a line-up affiliation ends before the next person', () => {
    const e = only('general-data-summit-sponsors.txt');
    expect(what(e)).toEqual(['Data Leaders Summit', 'summit', '2025-05-12', '2025-05-13', { venue: 'Colorado Convention Center', city: 'Denver', region: 'Colorado', country: 'United States' }, null]);
    expect(organisers(e)).toEqual([['Northwind Analytics', 'host'], ['Clearwater Cloud', 'sponsor'], ['Pinecrest Bank', 'sponsor']]);
    expect(attendees(e)).toEqual([['chief data officers', 600], ['analysts', null], ['software engineers', null]]);
    expect(speakers(e)).toEqual([
      ['Priya Raman', 'chief technology officer', 'Northwind Analytics', ['keynote']],
      ['Tomasz Wójcik', 'head of research', 'Baltic Retail Group', ['speaker']],
      ['Adaeze Okafor', 'vice president of operations', 'Lagos Freight', ['speaker']],
    ]);
  });

  it('a wire story: the speaker of "..., Minister of Natural Resources X told reporters" is X, not the portfolio', () => {
    const r = extract(fixture('general-wire-river-ministers.txt'));
    expect(r.quotations.map((q) => q.speaker)).toEqual(['Somphone Keovilay']);
    expect(organisers(r.events[0]!)).toEqual([['Mekong River Commission', 'organizer']]);
    // not yet: the headline's "Ministers from Mekong countries" repeats the lead's category
  });

  it('an NGO training: "the Trust\'s executive director, X," gives title and body; unnamed facilitators are no speakers', () => {
    const e = only('general-cooperative-bookkeeping.txt');
    expect(organisers(e)).toEqual([["Lakeside Women's Trust", 'organizer'], ['European Union', 'partner']]);
    expect(attendees(e)).toEqual([["leaders of women's savings cooperatives from Kisumu and Siaya counties", 35]]);
    // "facilitated by accountants from the Cooperative Bank": the bank is not a speaker
    expect(speakers(e)).toEqual([['Mary Achieng', 'executive director', "Lakeside Women's Trust", ['speaker']]]);
  });

  it('an experts\' meeting: an adverb before "took part" is not part of the category', () => {
    const e = only('general-experts-protocol.txt');
    // ("The experts' meeting": whose meeting it is belongs to its name)
    expect(what(e)).toEqual(["experts' meeting", 'meeting', '2023-10-30', '2023-11-02', { venue: null, city: 'Abuja', region: null, country: 'Nigeria' }, null]);
    expect(attendees(e).map(([c]) => c)).toContain("women traders' associations");
    // not yet: ECOWAS as the organiser (nothing but the experts' membership says so); the whole title
    // "Commissioner for Trade, Customs and Free Movement"
    expect(speakers(e)).toEqual([['Kwabena Asante', 'Commissioner for Trade', 'ECOWAS', ['opening remarks']]]);
  });

  it('a product event: "at LaunchPad 2025, the company\'s annual product event" names a launch; streamed online and attended in person is mixed', () => {
    const e = only('general-product-event.txt');
    expect(what(e)).toEqual(['LaunchPad 2025', 'launch', null, null, { venue: 'Moscone West', city: 'San Francisco', region: null, country: 'United States' }, 'mixed']);
    expect(organisers(e)).toEqual([['Fernleaf Inc.', 'organizer']]);
    // a field before a lower-case post is part of it; "Park" after a post and a given name is a family name
    expect(speakers(e)).toEqual([
      ['Daniel Ortiz', 'Chief executive', null, ['opening remarks']],
      ['Sun-hee Park', 'product lead', null, ['presenter']],
      ['Marcus Bell', 'engineering director', null, ['presenter']],
    ]);
  });

  it('a town hall: "changes to bus routes" stays in the name', () => {
    const e = only('general-bus-town-hall.txt');
    expect(what(e)).toEqual(['town hall meeting on proposed changes to bus routes', 'meeting', null, null, { venue: null, city: 'Millbrook', region: null, country: null }, null]);
    expect(organisers(e)).toEqual([['Millbrook Transit Authority', 'host']]);
    expect(speakers(e)).toEqual([['Linda Okonjo', 'Mayor', null, ['speaker']], ['Raymond Fisk', 'director', null, ['speaker']]]);
  });

  it('a ministry workshop: "Ministry of Health and Medical Services" is one body, the headline\'s "Ministry of Health" its short form', () => {
    const e = only('general-cold-chain-workshop.txt');
    expect(what(e)).toEqual(['workshop on vaccine cold-chain management', 'workshop', '2024-04-08', '2024-04-10', { venue: null, city: 'Suva', region: null, country: 'Fiji' }, null]);
    expect(organisers(e)).toEqual([['Ministry of Health and Medical Services', 'organizer'], ['World Health Organization', 'organizer']]);
    // not yet: "for nurses and pharmacists from ..." after the noun; "closed by" as closing remarks
    expect(attendees(e)).toEqual([]);
  });

  it('a science fair: "at" X Polytechnic is a venue, and the town its name opens with is where it stands', () => {
    const e = only('general-polytechnic-science-fair.txt');
    // (no "at Tamale" town read from the cue; the venue's name gives Tamale, a town of Ghana, which the text names)
    expect(what(e)).toEqual(['Northern Region Science Fair', 'exhibition', null, null, { venue: 'Tamale Polytechnic', city: 'Tamale', region: null, country: 'Ghana' }, null]);
    expect(organisers(e)).toEqual([['Ghana Education Service', 'organizer'], ['Tamale Polytechnic', 'partner'], ['Science Teachers Association', 'partner']]);
    expect(attendees(e)).toEqual([['pupils from 40 secondary schools', 200]]);
  });
});
