/**
 * Six more releases of our own in styles the rules were not written against: an Indian state's
 * coding contest, a US wire release on an ed-tech summit, a city's public hearing notice, a seed
 * training in Kenya, a regional council of ministers, a news-agency report on a conference.
 * Each assertion is what a careful reader takes from the release; what is still missed is noted.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';
import { attendees, only, organisers, what } from './fixture-records.js';

describe('more releases in styles of their own', () => {
  it('a state government launches a 24-hour coding contest "which ends on Tuesday"', () => {
    const e = only('general-coding-challenge.txt');
    // ", a 24-hour contest for ...": the apposition is the same event; a Challenge with a name is an event
    expect(what(e)).toEqual(['State Coding Challenge 2025', 'other', '2025-05-12', '2025-05-13', { venue: 'College of Engineering Pune', city: 'Pune', region: null, country: 'India' }, null]);
    // "The Maharashtra government on Monday launched": a government in lower case is a body
    expect(organisers(e)).toEqual([['Maharashtra government', 'organizer'], ['Directorate of Technical Education', 'organizer'], ['Maharashtra Knowledge Corporation', 'partner']]);
    // not yet: "faculty mentors will guide them"
    expect(attendees(e)).toEqual([['students from 42 colleges across the state', 600]]);
    // "Director Higher Education Shailendra Deolankar": the portfolio is the title's (not yet for "Principal Secretary Technical Education")
    expect(e.speakers.map((s) => [s.name, s.title])[1]).toEqual(['Shailendra Deolankar', 'Director Higher Education']);
  });

  it('a wire release: a company unveils a product at its annual summit, 2,000 teachers expected, sessions streamed', () => {
    const { events } = extract(fixture('general-wire-edtech-summit.txt'));
    // "unveiled its AI tutoring assistant at DevLearn Summit 2026" is no launch of its own; "the company's
    // annual conference" and "the three-day summit" are the same event
    expect(events).toHaveLength(1);
    const e = events[0]!;
    // the dateline's city, not "DevLearn Summit" after "at"; "streamed live" anywhere in the body: mixed
    expect(what(e)).toEqual(['DevLearn Summit 2026', 'summit', '2026-10-06', '2026-10-08', { venue: 'San Jose McEnery Convention Center', city: 'San Jose', region: 'California', country: 'United States' }, 'mixed']);
    // "Brightlane Learning, a provider of ...": a business without a head noun; "the company's annual conference" is its
    expect(organisers(e)).toEqual([['Brightlane Learning', 'organizer']]);
    // "2,000" is two thousand; "are expected at" reads its subject; the "About" profile is not the body
    expect(attendees(e)).toEqual([['teachers', 2000], ['school administrators', null], ['developers', null]]);
    expect(e.speakers.map((s) => s.name)).toEqual(['Priya Nair', 'Marcus Bell', 'Helen Cho']);
  });

  it('a city council gives notice of a public hearing in its chambers, broadcast live', () => {
    const e = only('general-parking-hearing.txt');
    // the town of "Riverton City Council", which holds the hearing in its own chambers
    expect(what(e)).toEqual(['public hearing on the proposed downtown parking plan', 'consultation', '2026-03-12T18:30', null, { venue: 'Council Chambers', city: 'Riverton', region: null, country: null }, 'mixed']);
    expect(organisers(e)).toEqual([['Riverton City Council', 'organizer']]);
    // "will present", "will chair": a presenter and the hearing's chair (not yet: the residents invited to comment)
    expect(e.speakers.map((s) => [s.name, s.title, s.roles])).toEqual([['Karen Holt', 'Transportation Director', ['presenter']], ['Daniel Ortiz', 'Mayor', ['moderator']]]);
  });

  it('farmers complete a seed training run by a cooperative with funding from an agency', () => {
    const e = only('general-seed-training.txt');
    // "... production run by X": the name ends before the participle
    expect(what(e)).toEqual(['training on certified seed production', 'training', '--03-09', '--03-13', { venue: 'Maseno Agricultural Training Centre', city: 'Kisumu', region: null, country: 'Kenya' }, null]);
    // "run by" right after the event's name; "with funding from" is a sponsor's part
    expect(organisers(e)).toEqual([['Lake Basin Farmers Cooperative', 'organizer'], ['Swedish International Development Cooperation Agency', 'sponsor']]);
    // "have completed" reads its subject; "from Kisumu and Siaya counties" is one origin
    expect(attendees(e)).toEqual([['smallholder farmers from Kisumu and Siaya counties', 45], ['Extension officers from the county departments of agriculture', null]]);
    expect(e.participantCount).toBe(45);
  });

  it('a regional commission\'s council of ministers meets; its minister chairs', () => {
    const e = only('general-water-council.txt');
    expect(what(e)).toEqual(['27th Ordinary Meeting of the Council of Ministers of the Southern Region Water Commission', 'meeting', '2025-11-18', '2025-11-20', { venue: null, city: 'Gaborone', region: null, country: 'Botswana' }, null]);
    // the body the meeting's name ends with, when nothing else says who organised it
    expect(organisers(e)).toEqual([['Kefilwe Moatlhodi', 'chair'], ['Southern Region Water Commission', 'organizer']]);
    // "development partners and representatives of ...": "representatives of" takes its own complement
    expect(attendees(e)).toEqual([
      ['ministers responsible for water from eight member states', null], ['senior officials', null],
      ['development partners', null], ['representatives of river basin organisations', null],
    ]);
  });

  it('a news agency: a country hosts a conference that "drew" planners and engineers', () => {
    const e = only('general-wire-flooding-conference.txt');
    expect(what(e)).toEqual(['regional conference on urban flooding', 'conference', '--03-03', '--03-04', { venue: 'Kenyatta International Convention Centre', city: 'Nairobi', region: null, country: 'Kenya' }, null]);
    expect(organisers(e)).toEqual([['Kenya', 'host'], ['Kenyan Ministry of Lands', 'organizer'], ['UN Human Settlements Programme', 'partner']]);
    expect(attendees(e)).toEqual([['city planners', null], ['engineers', null], ['disaster managers from 11 African countries', null]]);
    // not yet: "UN-Habitat Deputy Executive Director Michal Mlynar said" (no quotation) as a speaker
    expect(e.speakers.map((s) => [s.name, s.roles])).toEqual([['Alice Wahome', ['opening remarks']]]);
  });

  it('a company celebrates the grand opening of its plant "with a ribbon-cutting ceremony"; the plant will employ 250', () => {
    const e = only('general-bakery-opening.txt');
    // "DAYTON, Ohio (June 12, 2026) –": a state in full before the bracketed date; one ceremony, named with what it opens
    expect(extract(fixture('general-bakery-opening.txt')).document.published).toBe('2026-06-12');
    expect(what(e)).toEqual(['grand opening of its new bakery plant', 'ceremony', '2026-06-12', null, { venue: null, city: 'Dayton', region: null, country: 'United States' }, null]);
    expect(organisers(e)).toEqual([['Acme Foods', 'organizer']]);
    // "will employ 250 people" is jobs, not attendance
    expect(attendees(e)).toEqual([['employees', null], ['local officials', null], ['suppliers', null]]);
  });

  it('pupils take part in a science fair organised with a ministry whose name lists its portfolios', () => {
    const e = only('general-science-fair.txt');
    // (the venue's name opens with Tamale, a town of Ghana, which the text names: the fair is in Tamale)
    expect(what(e)).toEqual(['Northern Region Science Fair', 'exhibition', '2026-06-04', null, { venue: 'Tamale Senior High School', city: 'Tamale', region: null, country: 'Ghana' }, null]);
    // "Ministry of Environment, Science and Technology" is one body
    expect(organisers(e)).toEqual([['Ghana Education Service', 'organizer'], ['Ministry of Environment, Science and Technology', 'partner']]);
    expect(attendees(e)).toEqual([['pupils from 12 secondary schools', 300], ['Teachers', null], ['parents', null], ['officials from the district assemblies', null]]);
  });

  it('an alliance convenes its forum at its headquarters in Geneva; "It brought together" more than 120', () => {
    const e = only('general-clean-cooking-forum.txt');
    // Geneva in English (the gazetteer's data writes Genève); "on Tuesday" before Friday 4 September
    // not yet: the name "annual partners' forum" (a plural possessive modifier)
    // ("its annual partners' forum": whose forum it is belongs to its name)
    expect(what(e)).toEqual(["annual partners' forum", 'forum', '2026-09-01', null, { venue: null, city: 'Geneva', region: null, country: 'Switzerland' }, null]);
    expect(organisers(e)).toEqual([['Global Alliance for Clean Cooking', 'organizer']]);
    expect(e.participantCount).toBe(120);
  });
});

describe('small general facts these releases needed', () => {
  const place = (text: string) => extract(text).events[0]?.location ?? null;
  it('knows English names of cities the data writes otherwise, and that Quebec is in Canada', () => {
    expect(place('The forum was held in Zurich on 3 May 2026.')).toEqual({ venue: null, city: 'Zurich', region: null, country: 'Switzerland' });
    expect(place('The forum was held in Quebec on 3 May 2026.')).toEqual({ venue: null, city: null, region: 'Quebec', country: 'Canada' });
  });
  it('takes a date on a line of its own at the very end for the release\'s date when the top has none', () => {
    const r = extract('Minister to attend council\n\nThe Minister is in Brussels today to attend a meeting of ministers.\n\nENDS\nPress Office\n15 July 2025');
    expect(r.document.published).toBe('2025-07-15');
    expect(r.events[0]!.startDate).toBe('2025-07-15');
  });
  it('ends the body at a publisher\'s "About" section, not at "About the Summit"', () => {
    const tail = '\n\nAbout Harbour Tools\nHarbour Tools serves 400 schools and 90 training centres.';
    expect(extract(`The workshop on 3 May 2026 in Lyon was attended by 40 teachers.${tail}`).events[0]!.attendees.map((a) => a.category)).toEqual(['teachers']);
    expect(extract('The summit opens on 3 May 2026 in Lyon.\n\nAbout the Summit\nThe summit is attended by 400 teachers.').events[0]!.attendees.map((a) => a.category)).toEqual(['teachers']);
  });
});
