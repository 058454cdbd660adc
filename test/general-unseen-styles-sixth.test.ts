/**
 * A sixth set of releases of our own. Each assertion is what a careful reader takes from the
 * release; what is still missed is noted beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';
import { attendees, only, organisers, speakers, what } from './fixture-records.js';

describe('a sixth set of releases in styles of their own', () => {
  it('a college festival: "X’s 31st annual Festival" makes X its organiser and no venue; "in" stays inside "against Trafficking in Women"', () => {
    const e = only('general-printmaking-festival.txt');
    // "on Saturday" before 9 May 2025 (a Friday) is 3 May
    expect(what(e)).toEqual(['Festival of Printmaking', 'other', '2025-05-03', null, null, null]);
    expect(organisers(e)).toEqual([['Lakemont College of Art', 'organizer'], ['Coalition against Trafficking in Women and Girls', 'partner']]);
    // "Students, alumni and collectors from across the state": the spread is said of the whole list, not of its last item
    expect(attendees(e)).toEqual([['visitors', 400], ['Students', null], ['alumni', null], ['collectors', null]]);
  });

  it('"from all over the region" after a single category stays with it; after a list it leaves the last item', () => {
    const one = extract('Teachers from all over the region attended the workshop on reading on 3 March 2025.');
    expect(one.events[0]!.attendees.map((a) => a.category)).toEqual(['Teachers from all over the region']);
    const list = extract('Nurses, midwives and pharmacists from all over the region attended the workshop on 3 March 2025.');
    expect(list.events[0]!.attendees.map((a) => a.category)).toEqual(['Nurses', 'midwives', 'pharmacists']);
  });

  it('a price before a noun is no head count ("a $25 members\' pass")', () => {
    const r = extract('The Riverside Craft Fair opened on 3 March 2025 with 300 visitors, and a special $25 members pass was also on sale.');
    expect(r.events[0]!.attendees.map((a) => [a.category, a.count])).toEqual([['visitors', 300]]);
  });

  it('a ministerial meeting "under the chairmanship of" its chair; the commission after "Meeting of the" organises it', () => {
    const e = only('general-basin-commission.txt');
    // "met in Maseru yesterday" in a release of 4 June
    expect(what(e)).toEqual(['14th Ministerial Meeting of the Orange-Senqu Basin Commission', 'meeting', '2025-06-03', null, { venue: null, city: 'Maseru', region: null, country: 'Lesotho' }, null]);
    expect(organisers(e)).toEqual([['Teboho Nkhahle', 'chair'], ['Orange-Senqu Basin Commission', 'organizer']]);
    expect(attendees(e)).toEqual([
      ['Ministers responsible for water in the four states of the Orange-Senqu basin', null],
      ['senior officials', null],
      ['technical experts from the member states', null],
    ]);
    expect(speakers(e)).toEqual([['Teboho Nkhahle', 'Minister of Water', 'Lesotho', ['moderator', 'closing remarks']]]);
  });

  it('"presided over by X" and "X presided over the meeting" make X its chair', () => {
    const passive = extract('The regional workshop, presided over by Deputy Minister Aiko Mensah, opened in Accra on 3 June 2025.');
    expect(passive.events[0]!.organizers.map((o) => [o.name, o.kind, o.role])).toEqual([['Aiko Mensah', 'person', 'chair']]);
    const active = extract('Mayor Lina Duarte presided over the town hall meeting at the Civic Centre on 3 June 2025.');
    expect(active.events[0]!.organizers.map((o) => [o.name, o.kind, o.role])).toEqual([['Lina Duarte', 'person', 'chair']]);
  });

  it('an expo: a dateline that names a city-state, halls as a venue, a place\'s possessive before a ministry, foreign heads and "del"', () => {
    const e = only('general-city-state-expo.txt');
    // "DJIBOUTI, 14 February 2025": the city bears its country's name; "closed on Thursday" is 13 February
    expect(what(e)).toEqual(['Gulf Food Technology Fair', 'exhibition', '2025-02-13', null, { venue: 'Port Exhibition Halls', city: 'Djibouti', region: null, country: 'Djibouti' }, null]);
    // "organised each year by Djibouti’s Ministry ...": an adverb of time inside the passive; the place's possessive is no part of the name
    // ("together with the Lisbon-based Instituto ...": where a body is based is no part of its name either)
    expect(organisers(e)).toEqual([
      ['Ministry of Commerce and Industry', 'organizer'],
      ['Instituto de Tecnologia dos Alimentos', 'partner'],
      ['Universidad Politécnica del Norte', 'partner'],
    ]);
    expect(attendees(e)).toEqual([['exhibitors', 240]]);
  });

  it('a country in capitals in a dateline is written as the gazetteer writes it ("SINGAPORE —" gives Singapore)', () => {
    const r = extract('SINGAPORE — The Harbour Robotics Expo opened on 3 March 2025 at the Marina Exhibition Halls.');
    expect(r.events[0]!.location).toEqual({ venue: 'Marina Exhibition Halls', city: 'Singapore', region: null, country: 'Singapore' });
  });

  it('a wage forum: coordinated categories split before a shared qualifier, "Among the presenters were", "was closed by"', () => {
    const e = only('general-wage-forum.txt');
    // "ended in Bridgetown yesterday" after two days, in a release of 12 October
    expect(what(e)).toEqual(['National Wage Forum', 'forum', '2025-10-10', '2025-10-11', { venue: null, city: 'Bridgetown', region: null, country: 'Barbados' }, null]);
    expect(attendees(e)).toEqual([
      ['government officials', null],
      ['trade unionists', null],
      ["employers' representatives from the hotel, retail and security industries", null],
    ]);
    // "Eilidh Carmichael": a given name compromise does not know, before a surname it does
    expect(speakers(e)).toEqual([
      ['Eilidh Carmichael', 'economist', 'Caribbean Labour Institute', ['presenter']],
      ['Marcus Greaves', null, "Hotel Workers' Union", ['presenter']],
      ['Janelle Forde', 'Minister of Labour', null, ['closing remarks']],
    ]);
  });

  it('a shore clean-up: "About 120 volunteers spent Saturday morning clearing litter": the category ends at its verb', () => {
    const e = only('general-shore-cleanup.txt');
    expect(what(e)).toEqual(['Shore Clean-up', 'other', '2025-09-13', null, { venue: 'Pebble Cove', city: null, region: null, country: null }, null]);
    expect(organisers(e)).toEqual([["Pebble Cove Residents' Trust", 'organizer']]);
    // (not yet: "Families and scouts worked alongside the regulars" has no cue of attendance)
    expect(attendees(e)).toEqual([['volunteers', 120]]);
  });

  it('a launch: remarks delivered on the absent speaker\'s behalf, quoted as "the Director-General\'s message said"; "she added" after a surname-first name', () => {
    const r = extract(fixture('general-delivered-message.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    // "at a launch ceremony": one event, a launch
    expect(what(e)).toEqual(['launch ceremony', 'launch', '2025-11-05', null, { venue: null, city: 'Hanoi', region: null, country: 'Vietnam' }, null]);
    expect(e.speakers.map((s) => [s.name, s.title, s.roles, s.onBehalfOf])).toEqual([
      // (not yet: "the Archive's" is not resolved to the Mekong Memory Archive)
      ['Somchai Rattana', 'Director-General', ['opening remarks'], null],
      ['Pham Thu Trang', 'Deputy Director-General', ['opening remarks'], 'Somchai Rattana'],
      ['Tran Thi Mai', null, ['closing remarks'], null],
    ]);
    // the Director-General is the one titled so, not the deputy named since; the deputy read the message
    // ("Tran Thi Mai ... she added": compromise takes "Tran" for a man's given name, which says nothing here)
    expect(r.quotations.map((q) => [q.speaker, q.deliveredBy, q.eventId])).toEqual([
      ['Somchai Rattana', 'Pham Thu Trang', 'e1'],
      ['Tran Thi Mai', null, 'e1'],
      ['Tran Thi Mai', null, 'e1'],
    ]);
  });

  it('a hackathon named by its apposition (", the 48-hour hackathon run by"), a quoted workshop title before "a two-hour workshop", a weekday inside a range', () => {
    const r = extract(fixture('general-named-hackathon.txt'));
    expect(r.events.map(what)).toEqual([
      // "from Friday 14 to Sunday 16 March"
      ['TideHack 2025', 'other', '2025-03-14', '2025-03-16', null, null],
      // 'hosted "Start Here," a two-hour workshop on version control': the comma inside the marks, a length before the noun
      ['Start Here', 'workshop', '2025-03-13', null, null, null],
      ['closing ceremony', 'ceremony', '2025-03-16', null, null, null],
    ]);
    expect(organisers(r.events[0]!)).toEqual([['Harbour College Coding Club', 'organizer']]);
    expect(attendees(r.events[0]!)).toEqual([['students from nine colleges', 180]]);
    // "compered by": the master of ceremonies
    expect(speakers(r.events[2]!)).toEqual([['Ines Varga', 'club president', null, ['moderator']]]);
  });

  it('"The April 18 seminar" refers back to the seminar named before ("X hosted “Heat at Work”, a seminar")', () => {
    const r = extract('Published 25 April 2025\n\nThe Labour Institute hosted “Heat at Work”, a seminar on outdoor labour.\n\nThe April 18 seminar drew 90 site managers.');
    expect(r.events.map((e) => [e.name, e.startDate, e.attendees.map((a) => [a.category, a.count])])).toEqual([['Heat at Work', '2025-04-18', [['site managers', 90]]]]);
  });

  it('"opened registration for Corvane Build 2025, its annual developer conference": the name the apposition marks; "today opened registration" dates the announcement, not the event', () => {
    const r = extract('SEATTLE, Sept. 3, 2025 — Corvane Systems today opened registration for Corvane Build 2025, its annual developer conference, which returns on October 21–23.');
    expect(r.events.map((e) => [e.name, e.type, e.startDate, e.endDate])).toEqual([['Corvane Build 2025', 'conference', '2025-10-21', '2025-10-23']]);
  });

  it('a book festival: "It is put on by X and the nonprofit Y", "with support from regional arts body Z"; weekdays before a written date', () => {
    const e = only('general-book-festival.txt');
    // "on Saturday and Sunday, 27 and 28 September": the written date the weekdays name
    expect(what(e)).toEqual(['Greywater Bay Book Festival', 'other', '2025-09-27', '2025-09-28', null, null]);
    // "the Greywater Bay Public Library": a title word ("Bay" is none, but "Alder" would be) inside a name whose head follows stays in it
    expect(organisers(e)).toEqual([
      ['Greywater Bay Public Library', 'organizer'],
      ['Tidewrack Readers Circle', 'organizer'],
      ['Coastline Creative', 'partner'],
    ]);
  });

  it('"the Port Alder Public Library": a title word ("Alder") inside a body\'s name before its head is part of the name', () => {
    const r = extract('The book fair on 3 March 2025 was organised by the Port Alder Public Library.');
    expect(r.events[0]!.organizers.map((o) => o.name)).toEqual(['Port Alder Public Library']);
  });

  it('a weak event noun after what it is about is an event ("the book fair", "the poetry reading", "a quiz night"); alone it is none', () => {
    const names = (t: string) => extract(t).events.map((e) => [e.name, e.type]);
    expect(names('The book fair on 3 March 2025 drew 400 visitors.')).toEqual([['book fair', 'exhibition']]);
    expect(names('The poetry reading on 3 March 2025 drew 40 listeners.')).toEqual([['poetry reading', 'other']]);
    expect(names('A quiz night on 3 March 2025 raised money for the school.')).toEqual([['quiz night', 'other']]);
    expect(names('The fair on 3 March 2025 drew 400 visitors.')).toEqual([]);
  });

  it('a forum: "A panel on X, moderated by Y, featured A; B; and C" makes A, B and C panellists; "Keynote speaker X, deputy director of Y"', () => {
    const e = only('general-panel-featured.txt');
    expect(what(e)).toEqual(['Shoreline Adaptation Forum', 'forum', '2025-06-17', null, { venue: null, city: 'Port Esk', region: null, country: null }, null]);
    expect(speakers(e)).toEqual([
      // "Keynote speaker": the part in the programme is neither a post nor a body
      ['Halima Osei', 'deputy director', 'Coastal Futures Institute', ['keynote']],
      ['Ewan Tait', 'journalist', null, ['moderator']],
      ['Carla Brandt', 'treasurer', 'Port Esk Council', ['panelist']],
      ['Joseph Mwangi', null, 'Harbour Residents Association', ['panelist']],
      ['Lena Vos', 'insurance analyst', null, ['panelist']],
    ]);
  });

  it('a report launch: "opened with a message from X, which was read out on his behalf by Y", and "the message said"', () => {
    const r = extract(fixture('general-opening-styles.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(what(e)).toEqual(['launch event', 'launch', '2025-06-12', null, { venue: null, city: 'Lahore', region: null, country: 'Pakistan' }, null]);
    expect(organisers(e)).toEqual([['Kiln Justice Alliance', 'organizer']]);
    expect(e.speakers.map((s) => [s.name, s.roles, s.onBehalfOf])).toEqual([
      ['Asif Raza Khan', ['opening remarks'], null],
      ['Nadia Qureshi', ['opening remarks'], 'Asif Raza Khan'],
      ['Bilal Ahmed', ['presenter'], null],
      ['Sara Malik', ['closing remarks'], null],
    ]);
    // "the message said": the words of the one whose message was named, read out by the deputy
    expect(r.quotations.map((q) => [q.speaker, q.deliveredBy, q.eventId])).toEqual([['Asif Raza Khan', 'Nadia Qureshi', 'e1']]);
  });

  it('opening cues: "was officially opened on 22 May by X", "opened proceedings", "Opening the evening, X"', () => {
    const roles = (t: string) => extract(t).events.flatMap((e) => e.speakers.map((s) => [s.name, s.roles]));
    expect(roles('The Harbour Tech Expo was officially opened on 22 May 2025 by Minister Lim Wei Ting.')).toEqual([['Lim Wei Ting', ['opening remarks']]]);
    expect(roles('At the union conference on 3 May 2025, President Derek Hale opened proceedings with a minute of silence.')).toEqual([['Derek Hale', ['opening remarks']]]);
    expect(roles('The Midlands Tech Awards were held on 3 May 2025. Opening the evening, chief executive Oliver Grant told guests the sector had grown.')).toEqual([['Oliver Grant', ['opening remarks']]]);
  });

  it('a field day: "drew some 400 people, among them A, B and C", "Among those attending were", "Visitors, including"; "held a field day"', () => {
    const e = only('general-field-day-crowd.txt');
    expect(what(e)).toEqual(['field day on conservation agriculture', 'other', '2025-03-20', null, null, null]);
    // "held a field day": the two-word event noun is the verb's object
    expect(organisers(e)).toEqual([["Lower Shire Farmers' Association", 'organizer']]);
    expect(e.participantCount).toBe(400);
    expect(attendees(e)).toEqual([
      ['smallholder farmers', null],
      ['extension officers', null],
      ['seed traders', null],
      ['members of two irrigation schemes', null],
      ['delegation of students from the agricultural college', null],
      ['bankers', null],
      ['radio reporters', null],
    ]);
  });

  it('"some 90 people, many of them fishermen and hoteliers", "in front of journalists and developers"', () => {
    const cats = (t: string) => extract(t).events.flatMap((e) => e.attendees.map((a) => a.category));
    expect(cats('At a public meeting on 12 February 2025, some 90 people, many of them fishermen and hoteliers, heard the chairman.')).toEqual(['fishermen', 'hoteliers']);
    expect(cats('At the launch on 3 May 2025, the chief executive presented the phone in front of journalists, retail partners and developers.')).toEqual(['journalists', 'retail partners', 'developers']);
    // (a place, not people: "in front of the town hall")
    expect(cats('At the rally on 3 May 2025, the union gathered in front of the town hall.')).toEqual([]);
  });

  it('a demo day: "at Mango Seed Ventures\' Autumn Demo Day" (a plural\'s possessive), "the student-led X", "X was headline sponsor"', () => {
    const e = only('general-demo-day-sponsors.txt');
    expect(what(e)).toEqual(['Autumn Demo Day', 'other', '2025-05-07', null, { venue: null, city: 'Kampala', region: null, country: 'Uganda' }, null]);
    // (not yet: "sponsored the prizes" names no event, so Nile Mobile is no sponsor of the day)
    expect(organisers(e)).toEqual([['Makerere Founders Club', 'partner'], ['Mango Seed Ventures', 'organizer'], ['Pearl Bank', 'sponsor']]);
    expect(attendees(e)).toEqual([['investors', 150]]);
  });

  it('"X sponsored the concert": an active sponsor of the event', () => {
    const r = extract('The benefit concert took place on 3 May 2025. Millbrook Savings Bank sponsored the concert.');
    expect(r.events[0]!.organizers.map((o) => [o.name, o.role])).toEqual([['Millbrook Savings Bank', 'sponsor']]);
  });

  it('head counts: "a sold-out crowd of 450 people", "An estimated 20,000 workers marched", "reached more than 4,000 registered viewers"', () => {
    const count = (t: string) => extract(t).events.map((e) => e.participantCount);
    expect(count('The Riverside Philharmonic played its benefit concert on 13 April 2024 to a sold-out crowd of 450 people at the Hartwell Auditorium.')).toEqual([450]);
    expect(count('DHAKA, May 1, 2024 - An estimated 20,000 workers marched through central Dhaka on Wednesday at the May Day rally.')).toEqual([20000]);
    expect(count('The online festival, held from 10 to 12 March 2023, reached more than 4,000 registered viewers in 37 countries.')).toEqual([4000]);
    // (a number of things reached is no head count)
    expect(count('The online festival, held from 10 to 12 March 2023, reached more than 4,000 households.')).toEqual([null]);
  });

  it('a training "opened by X, the District Commissioner for Moshi", "a welcome from", "hydrologist X will give the final lecture"', () => {
    const e = only('general-water-training-opened.txt');
    // "A three-day training ... ended on Tuesday, 8 April": the category ends at its verb
    expect(what(e)).toEqual(['training', 'training', '2025-04-06', '2025-04-08', { venue: 'Moshi Cooperative Hall', city: null, region: null, country: null }, null]);
    expect(attendees(e)).toEqual([['water user associations of the upper Pangani catchment', null]]);
    expect(speakers(e)).toEqual([
      // a level of government before a title head makes the apposition a post: the unknown name is a person
      ['Zawadi Mremi', 'District Commissioner for Moshi', null, ['opening remarks']],
      ['Baraka Lyimo', 'chair', 'Kikuletwa Water Users Forum', ['welcome remarks']],
      // a science's practitioner by its ending, as an occupation before a name
      ['Neema Kimaro', 'hydrologist', null, ['presenter']],
    ]);
  });

  it('lower-case tails after "on the", "training of trainers", "closed-door" before the noun', () => {
    const names = (t: string) => extract(t).events.map((e) => [e.name, e.type]);
    expect(names('A roundtable on the new inspection methodology was held in Batumi on 14 February 2025.')).toEqual([['roundtable on the new inspection methodology', 'roundtable']]);
    expect(names('The ministry will hold a stakeholder validation workshop on the draft National Forest Strategy in Nairobi on 3 June 2025.')).toEqual([['stakeholder validation workshop on the draft National Forest Strategy', 'workshop']]);
    expect(names('The union ran a training of trainers on soil and water conservation on 9 April 2025.')).toEqual([['training of trainers on soil and water conservation', 'training']]);
    expect(names('The minister chaired a closed-door roundtable with operators on 4 June 2024.')).toEqual([['closed-door roundtable', 'roundtable']]);
    // ("the workshop on the 3rd of June": a date after the article is no tail)
    expect(names('The workshop on the 3rd of June 2025 was a success.')).toEqual([['workshop', 'workshop']]);
  });

  it('a culture week: a capitalised "Week" is an event; its ceremony and screening at venues with no town stand in its town', () => {
    const r = extract(fixture('general-cultural-week-venues.txt'));
    expect(r.events.map(what)).toEqual([
      ['Philippine Culture Week', 'other', '2025-10-06', '2025-10-11', { venue: null, city: 'Vilnius', region: null, country: 'Lithuania' }, null],
      ['opening ceremony', 'ceremony', '2025-10-06', null, { venue: 'Old Town Arts Centre', city: 'Vilnius', region: null, country: 'Lithuania' }, null],
      ['film screening', 'other', '2025-10-08', null, { venue: 'Pasaka Cinema', city: 'Vilnius', region: null, country: 'Lithuania' }, null],
    ]);
    expect(organisers(r.events[0]!)).toEqual([['Embassy of the Philippines', 'organizer']]);
    expect(attendees(r.events[1]!)).toEqual([['guests', 180], ['diplomats', null], ['students', null]]);
  });

  it('"week" names an event only in a capitalised name ("Workers\' Rights Week"), never a time ("the first week of March")', () => {
    const names = (t: string) => extract(t).events.map((e) => e.name);
    expect(names("The city's annual Workers' Rights Week returns on 9 September 2024.")).toEqual(["Workers' Rights Week"]);
    expect(names('In the first week of March 2025 the council met to vote.')).toEqual([]);
  });

  it('a prize: "The jury chair, X," is a post before a name; "Accepting the prize, Adeyemi thanked ... she said"; a surname alone stands for the name before', () => {
    const r = extract(fixture('general-prize-acceptance.txt'));
    expect(r.events.map(what)).toEqual([['ceremony', 'ceremony', '2025-11-01', null, { venue: null, city: 'Accra', region: null, country: 'Ghana' }, null]]);
    expect(speakers(r.events[0]!)).toEqual([['Kwabena Asare', 'jury chair', null, ['speaker']]]);
    // an opening participle's clause comes before the subject; "the winner, Folasade Adeyemi," is not read as a person,
    // but the surname alone takes the fuller name written before it
    expect(r.quotations.map((q) => q.speaker)).toEqual(['Kwabena Asare', 'Folasade Adeyemi']);
  });

  it('a scraped council page: a cookie notice, breadcrumbs and "Share this:" above the article end nothing; "Tree Planting Day at X"', () => {
    const r = extract(fixture('general-scraped-council-page.txt'));
    expect(r.document).toEqual({ title: 'Volunteers plant 2,000 trees at Fernhill Common', published: '2025-03-09', language: 'en' });
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    // the town of the borough council that organised it
    expect(what(e)).toEqual(['Tree Planting Day', 'other', '2025-03-08', null, { venue: 'Fernhill Common', city: 'Ashvale', region: null, country: null }, null]);
    expect(organisers(e)).toEqual([['Ashvale Borough Council', 'organizer'], ['Ashvale Conservation Volunteers', 'partner']]);
    expect(attendees(e)).toEqual([['volunteers', 150]]);
    expect(r.warnings).toEqual([]);
  });

  it('forms of address of unions, courts and South Asian releases are honorifics ("Comrade", "Adv.", "Barr.", "Thiru")', () => {
    const r = extract('The union\'s training opened in Durban on 3 March 2025. Comrade Thandi Nkosi, the union\'s education officer, told participants: “Know the law and use it.”');
    expect(r.quotations.map((q) => q.speaker)).toEqual(['Thandi Nkosi']);
    expect(r.events[0]!.speakers.map((s) => [s.name, s.title])).toEqual([['Thandi Nkosi', 'education officer']]);
    // ("Sri Lanka" stays a country: "Sri" is no honorific here)
    expect(extract('Delegates from Sri Lanka attended the workshop in Colombo on 3 March 2025.').events[0]!.attendees.map((a) => a.category)).toEqual(['Delegates from Sri Lanka']);
  });

  it('bodies\' names: "Ministry of Solidarity and the Fight against Poverty", "School of Journalism and Media Studies"; "Co-hosted with X and Y"', () => {
    const orgs = (t: string) => extract(t).events.flatMap((e) => e.organizers.map((o) => [o.name, o.role]));
    expect(orgs('This workshop on 14 May 2024, organised by the Ministry of Solidarity and the Fight against Poverty, opened in Abidjan.')).toEqual([['Ministry of Solidarity and the Fight against Poverty', 'organizer']]);
    // ("and the" before a body's head still parts two bodies)
    expect(orgs('The workshop on 14 May 2024 was organised by the Ministry of Health and the World Health Organization.')).toEqual([['Ministry of Health', 'organizer'], ['World Health Organization', 'organizer']]);
    expect(orgs('The symposium on 3 May 2025 is hosted by the School of Journalism and Media Studies.')).toEqual([['School of Journalism and Media Studies', 'host']]);
    expect(orgs('Co-hosted with the Institute of Digital Technology and the incubator LaunchPad Karnataka, the hackathon ran on 27 September 2024.')).toEqual([['Institute of Digital Technology', 'host'], ['LaunchPad Karnataka', 'host']]);
  });

  it('a time of day before the noun is a modifier ("The noon rally was called by X")', () => {
    const r = extract('The noon rally on Thursday, 18 April 2024, was called by the Ohio Nurses Alliance.');
    expect(r.events.map((e) => [e.name, e.startDate, e.organizers.map((o) => o.name)])).toEqual([['noon rally', '2024-04-18', ['Ohio Nurses Alliance']]]);
  });

  it('a rally report: the event still to come, named at the end ("has scheduled a vigil for Saturday"), is no main event; "Several hundred" counts no one', () => {
    const r = extract(fixture('general-rally-then-vigil.txt'));
    expect(r.events.map(what)).toEqual([
      ['lunchtime rally', 'other', '2025-04-17', null, { venue: null, city: 'Mombasa', region: null, country: 'Kenya' }, null],
      ['candlelight vigil', 'other', '2025-04-19T19:00', null, { venue: 'Uhuru Gardens', city: 'Mombasa', region: null, country: 'Kenya' }, null],
    ]);
    expect(organisers(r.events[0]!)).toEqual([['Dock Workers Union', 'organizer']]);
    expect(attendees(r.events[0]!)).toEqual([['dock workers', null]]);
    expect(r.events[0]!.participantCount).toBeNull();
  });

  it('a counted list of people: "More than 300 students, faculty members and journalists filled ..." keeps each kind, the count with the first', () => {
    const r = extract('More than 300 students, faculty members and journalists filled Kessler Auditorium on 11 April 2024 for the symposium.');
    expect(r.events[0]!.attendees.map((a) => [a.category, a.count])).toEqual([['students', 300], ['faculty members', null], ['journalists', null]]);
  });

});
