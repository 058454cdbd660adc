/**
 * A fifth set of releases of our own: a consultation that is one of a series a body runs, a union's
 * congress held in a town near the dateline's city, a regional conference of customs chiefs chaired
 * by its host, a lake clean-up, an online poetry festival, a labour inspectors' training, a climate
 * finance conference, a museum's online exhibition and a May Day rally. Each assertion is what a careful reader takes from the release; what is
 * still missed is noted beside it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { fixture } from './helpers.js';
import { attendees, only, organisers, speakers, what } from './fixture-records.js';

describe('a fifth set of releases in styles of their own', () => {
  it('a consultation: "one of the dialogues that X is organising" makes X its organiser; "Opening the session, X said" opens it', () => {
    const e = only('general-fisheries-consultation-series.txt');
    expect(what(e)).toEqual(['Second Sub-regional Consultation on Tuna Licensing Data', 'consultation', '2024-03-12', null, null, 'online']);
    expect(organisers(e)).toEqual([['Pacific Community', 'organizer']]);
    expect(attendees(e)).toEqual([['Fisheries officers from twelve island states', null], ['Licensing clerks', null], ['observers', null], ['customs staff', null]]);
    expect(speakers(e)).toEqual([['Sione Tupou', 'Director of Fisheries', null, ['opening remarks']]]);
  });

  it('a union congress: the body after "Congress of the" organises it; posts in lower case before and after a name', () => {
    const r = extract(fixture('general-dockworkers-congress.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    // "in Pinetown for the Fifth National Congress": the town is no part of a body's name; "closed on Sunday after three days"
    expect(what(e)).toEqual(['Fifth National Congress of the Federation of Port and Dock Workers', 'conference', '2025-06-06', '2025-06-08', { venue: null, city: 'Pinetown', region: null, country: null }, null]);
    expect(organisers(e)).toEqual([['Federation of Port and Dock Workers', 'organizer']]);
    expect(attendees(e)).toEqual([['delegates', 300]]);
    expect(speakers(e)).toEqual([
      // "Messages of solidarity were read by the general secretary of X, Y": a post with its body, then the name
      ['Ingrid Halvorsen', 'general secretary', "International Transport Workers' Federation", ['speaker']],
      // "The outgoing president, X,": an article makes the lower-case post an apposition (not yet: the federation as affiliation)
      ['Sipho Dlamini', 'outgoing president', null, ['speaker']],
      // "X, the federation's treasurer,": the common noun stands for the federation named before
      ['Nomvula Khumalo', 'treasurer', 'Federation of Port and Dock Workers', ['presenter']],
    ]);
    // "he said" after "The outgoing president, X, told delegates": the person in apposition, not the post, is the subject
    expect(r.quotations.map((q) => q.speaker)).toEqual(['Sipho Dlamini']);
  });

  it('a customs chiefs\' conference: "of" inside its name, "chaired by" after its acronym, observers "joined" the delegates', () => {
    const r = extract(fixture('general-customs-heads-conference.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(what(e)).toEqual(['12th Mekong Heads of Customs Conference', 'conference', '2024-11-19', '2024-11-20', { venue: null, city: 'Vientiane', region: null, country: 'Laos' }, null]);
    // the acronym "(MHCC)" right before "chaired by" is the conference's own, no agent of the passive
    expect(organisers(e)).toEqual([['Vilayphone Sisomphou', 'chair']]);
    // "The delegates were joined by ...": the definite subject was counted already; one body's "and" splits nothing
    expect(attendees(e)).toEqual([
      ['Senior officials of eight customs administrations', null],
      ['observers from the United Nations Office on Drugs and Crime and the World Customs Organization', null],
    ]);
    expect(speakers(e)).toEqual([['Vilayphone Sisomphou', 'Director-General', 'Lao Customs Department', ['moderator', 'opening remarks']]]);
    expect(r.quotations.map((q) => q.speaker)).toEqual(['Vilayphone Sisomphou']);
  });

  it('"the company\'s treasurer" with no company named gives no affiliation, never a lower-case one', () => {
    const r = extract('Lee Ann Moss, the company\'s treasurer, presented the accounts at the annual meeting of shareholders on 4 May 2025.');
    expect(r.events[0]!.speakers.map((s) => [s.name, s.title, s.affiliation])).toEqual([['Lee Ann Moss', 'treasurer', null]]);
  });

  it('a clean-up: a dateline "City, Country | date" gives the place; partners after "in partnership with"', () => {
    const e = only('general-lake-shore-cleanup.txt');
    expect(what(e)).toEqual(['Lake Kivuto Shoreline Clean-up', 'other', '2025-09-20', null, { venue: null, city: 'Naivasha', region: null, country: 'Kenya' }, null]);
    expect(organisers(e)).toEqual([['Green Shores Foundation', 'organizer'], ['Nakuru County Government', 'partner'], ['Kenya Wildlife Service', 'partner']]);
    // "among them schoolchildren, fishermen and hotel staff": the kinds among the counted volunteers
    expect(attendees(e)).toEqual([['volunteers', 450], ['schoolchildren', null], ['fishermen', null], ['hotel staff', null]]);
    // "Foundation founder X said ...": words to the press, no part in the event
    expect(speakers(e)).toEqual([['Grace Wanjiru', 'County Executive for Environment', null, ['speaker']]]);
  });

  it('an online festival: "the third edition of X, a free online poetry festival" names it; a list opens after "readings by poets"', () => {
    const r = extract(fixture('general-online-poetry-festival.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    // the lecturer's university is where she works, not where the festival is
    expect(what(e)).toEqual(['Verses Without Borders', 'other', '2025-06-14', '2025-06-15', null, 'online']);
    expect(organisers(e)).toEqual([['Riverside Public Library', 'organizer']]);
    // "viewers" is a head count, no category; "over the weekend of ..." is no part of who came
    expect(attendees(e)).toEqual([]);
    expect(speakers(e)).toEqual([
      ['Amara Obi', null, null, ['presenter']],
      ['Lucía Fernández', null, null, ['presenter']],
      // the "led by" after Kenji Watanabe names who follows it
      ['Kenji Watanabe', null, null, ['presenter']],
      // "featured ... a workshop led by X": a part of the festival's programme, not an event of its own
      ['Helen Marsh', 'lecturer in comparative literature', 'Eastbrook University', ['facilitator']],
    ]);
  });

  it('a labour training: a ministry named "... and Vocational Training" is no training; "completed a four-day training on Friday" ends it', () => {
    const r = extract(fixture('general-labour-inspectors-training.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    expect(what(e)).toEqual(['training', 'training', '2025-02-25', '2025-02-28', { venue: null, city: 'Phnom Penh', region: null, country: 'Cambodia' }, null]);
    expect(organisers(e)).toEqual([['International Labour Organization', 'organizer'], ['Ministry of Labour and Vocational Training', 'organizer']]);
    expect(attendees(e)).toEqual([['labour inspectors from the Ministry of Labour and Vocational Training', 30]]);
    // not yet: the Secretary of State who "presented certificates at the closing ceremony" (a hand-over, no talk)
    expect(speakers(e)).toEqual([]);
  });

  it('a conference: a modifier before "and" shares the head noun; a title before a name in apposition is no second person', () => {
    const r = extract(fixture('general-adaptation-finance-conference.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    // "opened Tuesday" with no date of publication: the day cannot be known
    expect(what(e)).toEqual(['African Adaptation Finance Conference', 'conference', null, null, { venue: 'Kigali Convention Centre', city: 'Kigali', region: null, country: 'Rwanda' }, null]);
    expect(organisers(e)).toEqual([['African Development Bank', 'host'], ['Government of Rwanda', 'host']]);
    expect(attendees(e)).toEqual([['environment and finance ministers', null], ['development banks and farmer organisations from 28 countries', null]]);
    expect(speakers(e)).toEqual([['Claudine Uwera', 'Minister of Environment', 'Rwanda', ['keynote']]]);
    // "Rwanda's Minister of Environment, Dr. X, ... she told delegates": the person, not the title before her name
    expect(r.quotations.map((q) => q.speaker)).toEqual(['Claudine Uwera']);
  });

  it('an online exhibition: "launched X, an online exhibition" names it; "The museum\'s director, X," gives the museum', () => {
    const r = extract(fixture('general-online-poster-exhibition.txt'));
    expect(r.events.map((e) => [e.name, e.type])).toEqual([['Walls That Spoke', 'exhibition'], ['webinar', 'webinar']]);
    const [show, webinar] = r.events;
    expect(what(show!)).toEqual(['Walls That Spoke', 'exhibition', '2025-10-02', null, null, 'online']);
    expect(organisers(show!)).toEqual([['Harbourside Museum of Social History', 'organizer']]);
    // "graphic designer": a qualifier of the occupation belongs to the title
    expect(speakers(show!)).toEqual([
      ['Nadia Rahman', 'Curator', null, ['presenter']],
      ['Owen Price', 'graphic designer', null, ['presenter']],
      ['Fiona Grant', 'director', 'Harbourside Museum of Social History', ['opening remarks']],
    ]);
    // "was launched ... at a webinar": the launch is the webinar, no third event
    expect(attendees(webinar!)).toEqual([['historians', null], ['teachers', null], ['former activists', null]]);
  });

  it('a rally: "a May Day rally called by X" makes X its organiser; a name after a post that compromise does not know stays whole', () => {
    const r = extract(fixture('general-garment-workers-rally.txt'));
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    // not yet: "May Day rally" as its name
    expect(what(e)).toEqual(['rally', 'other', '2025-05-01', null, { venue: 'National Press Club', city: 'Dhaka', region: null, country: 'Bangladesh' }, null]);
    expect(organisers(e)).toEqual([['National Garment Workers Federation', 'organizer']]);
    // "Thousands of garment workers marched": a count in words, then who marched
    expect(attendees(e)).toEqual([['garment workers', null]]);
    // "Federation president X told the rally": the post's body is the federation named before
    expect(speakers(e)).toEqual([['Amirul Haque Amin', 'president', 'National Garment Workers Federation', ['speaker']]]);
    expect(r.quotations.map((q) => q.speaker)).toEqual(['Amirul Haque Amin']);
  });

  it('a film festival: "its organisers, the X, announced" names the organiser; "moderated by" names who follows it', () => {
    const e = only('general-film-festival-online.txt');
    expect(what(e)).toEqual(['12th Harbour Lights Film Festival', 'other', '2025-11-03', '2025-11-09', null, 'online']);
    expect(organisers(e)).toEqual([['Coastal Film Society', 'organizer']]);
    // not yet: "documentary maker" as a title ("maker" is no occupation of the list)
    expect(speakers(e)).toEqual([['Rahul Menon', null, null, ['speaker']], ['Joanne Ellis', 'critic', null, ['moderator']]]);
  });

  it('a tree planting: a partner after "together with the city\'s"; "called on residents" at the event is speaking', () => {
    const e = only('general-tree-planting-environment-day.txt');
    // "ADDIS ABABA, June 6": a dateline without a year gives a day without one
    expect(what(e)).toEqual(['tree planting', 'other', '--06-06', null, { venue: null, city: 'Addis Ababa', region: null, country: 'Ethiopia' }, null]);
    expect(organisers(e)).toEqual([['Ministry of Planning and Development', 'organizer'], ['Environmental Protection Authority', 'partner']]);
    // not yet: the "forestry officials" whom the students joined
    expect(attendees(e)).toEqual([['Students from 15 secondary schools', null]]);
    expect(speakers(e)).toEqual([['Seyoum Mekonnen', 'State Minister', null, ['speaker']]]);
  });

  it('a tripartite dialogue: each post in lower case takes the body right before it, not the previous person\'s name', () => {
    const e = only('general-minimum-wage-dialogue.txt');
    expect(what(e)).toEqual(['tripartite dialogue on minimum wage setting', 'dialogue', '2025-08-12', '2025-08-13', { venue: null, city: 'Lusaka', region: null, country: 'Zambia' }, null]);
    expect(organisers(e)).toEqual([['Ministry of Labour and Social Security', 'organizer'], ['International Labour Organization', 'partner']]);
    expect(attendees(e)).toEqual([['representatives of government', null], ["employers' organisations", null], ['trade unions', null]]);
    expect(speakers(e)).toEqual([
      ['Mwape Chanda', 'Permanent Secretary', null, ['opening remarks']],
      ['Joyce Nonde-Simukoko', 'president', 'Zambia Congress of Trade Unions', ['speaker']],
      ['Harrington Chibanda', 'executive director', 'Zambia Federation of Employers', ['speaker']],
    ]);
  });

  it('a gaming convention: a name opening the sentence before "the country\'s largest gaming convention"; a firm\'s name by its head; "Jun" as a given name', () => {
    const e = only('general-gaming-convention.txt');
    expect(what(e)).toEqual(['PixelCon 2025', 'conference', null, null, { venue: 'SMX Convention Center', city: 'Manila', region: null, country: 'Philippines' }, null]);
    expect(organisers(e)).toEqual([['Game Developers Association of the Philippines', 'host']]);
    expect(attendees(e)).toEqual([['visitors', 60000]]);
    expect(speakers(e)).toEqual([['Carla Reyes', null, 'Mango Studios', ['speaker']], ['Jun Santos', 'founder', 'Bayani Games', ['speaker']]]);
  });

  it('a workshop: "head of conservation" is a post in lower case with its field, after its body', () => {
    const e = only('general-mangrove-workshop.txt');
    expect(what(e)).toEqual(['workshop on community-based mangrove restoration', 'workshop', '2025-06-10', '2025-06-12', { venue: null, city: 'Mombasa', region: null, country: 'Kenya' }, null]);
    expect(organisers(e)).toEqual([['WWF-Kenya', 'organizer'], ['Kenya Forest Service', 'partner']]);
    expect(attendees(e)).toEqual([['community forest association members', null], ['county officials', null], ['researchers', null]]);
    expect(speakers(e)).toEqual([['Mary Njeri', 'head of conservation', 'Kenya Forest Service', ['speaker']]]);
  });

  it('a treaty named "Convention" is no event; a yearly convention is', () => {
    expect(extract('Delegates met in Geneva on 3 March 2025 to review the Organized Crime Convention and the Convention on Biological Diversity.').events.map((e) => e.name)).not.toContain('Organized Crime Convention');
    expect(extract('The 75th Annual Convention of the Riverside Bar Association opened on 3 March 2025 in Denver.').events.map((e) => [e.name, e.type])).toEqual([['75th Annual Convention of the Riverside Bar Association', 'conference']]);
  });

  it('a union conference: an acronym that spells the whole name keeps its "and"; "its annual delegates\' conference"; "is due to address"', () => {
    const e = only('general-nurses-delegates-conference.txt');
    expect(what(e)).toEqual(["annual delegates' conference", 'conference', '2025-05-07', '2025-05-09', { venue: 'Rochestown Park Hotel', city: 'Cork', region: null, country: 'Ireland' }, null]);
    expect(organisers(e)).toEqual([['Irish Nurses and Midwives Organisation', 'organizer']]);
    expect(attendees(e)).toEqual([['delegates from hospitals and community services across the country', 250]]);
    expect(speakers(e)).toEqual([
      ['Phil Ní Sheaghdha', 'general secretary', 'INMO', ['opening remarks']],
      ['Jennifer Carroll MacNeill', 'Minister for Health', null, ['speaker']],
    ]);
  });

  it('a hackathon: "took part in X, a 36-hour hackathon" names it; a venue right before "organised by" is no agent', () => {
    const e = only('general-flood-hackathon.txt');
    expect(what(e)).toEqual(['FloodHack', 'other', '2025-04-12', '2025-04-13', { venue: 'University of Lagos', city: null, region: null, country: null }, null]);
    expect(organisers(e)).toEqual([['Lagos State Emergency Management Agency', 'organizer'], ['Code for Nigeria', 'organizer']]);
    expect(attendees(e)).toEqual([['students', 80], ['young developers', null]]);
    // judges are not speakers
    expect(speakers(e)).toEqual([]);
  });

  it('a course: "with technical support from" a partner; "and WHO technical officer Dr. X"; the headline\'s category repeats the body\'s', () => {
    const e = only('general-diabetes-nurses-course.txt');
    // not yet: "a week-long course ... on Friday" as the last day of a week
    expect(what(e)).toEqual(['week-long course on diabetes and foot care', 'training', '2024-09-06', null, { venue: 'Fiji National University', city: 'Suva', region: null, country: 'Fiji' }, null]);
    expect(organisers(e)).toEqual([['Ministry of Health and Medical Services', 'organizer'], ['World Health Organization', 'partner']]);
    // (not yet: "on Viti Levu and Vanua Levu", which "on" cuts off as it does a topic)
    expect(attendees(e)).toEqual([['nurses from health centres', 60]]);
    expect(speakers(e)).toEqual([
      ['Rina Tamani', 'diabetes specialist', 'Colonial War Memorial Hospital', ['facilitator']],
      ['Sione Lolo', 'technical officer', 'WHO', ['facilitator']],
    ]);
  });

  it('a summit: "the opening of the X Summit 2025" is the summit; "Forum member countries" names a body, no forum', () => {
    const e = only('general-ocean-summit-opening.txt');
    expect(what(e)).toEqual(['Pacific Ocean Summit 2025', 'summit', '2025-10-02', null, { venue: null, city: 'Honiara', region: null, country: 'Solomon Islands' }, null]);
    expect(organisers(e)).toEqual([
      ['Government of Solomon Islands', 'host'],
      ['Pacific Islands Forum Secretariat', 'organizer'],
      ['Secretariat of the Pacific Regional Environment Programme', 'organizer'],
    ]);
    expect(attendees(e)).toEqual([['Leaders', null], ['ministers from 18 Pacific Islands Forum member countries', null]]);
    // not yet: "Forum" of "Forum Secretary General" as the Pacific Islands Forum
    expect(speakers(e)).toEqual([['Jeremiah Manele', 'Prime Minister', null, ['opening remarks']], ['Baron Waqa', 'Secretary General', 'Forum', ['speaker']]]);
  });

  it('a symposium: "open to students, clinicians and researchers"; "Prof." alone is no title; a panel "with" names who follows', () => {
    const r = extract(fixture('general-ai-medicine-symposium.txt'));
    // the programme's panel discussion is reported as an event of its own, as listed programme items are
    expect(r.events.map((e) => [e.name, e.type])).toEqual([['Machine Learning at the Bedside', 'conference'], ['panel discussion', 'panel']]);
    const e = r.events[0]!;
    expect(what(e)).toEqual(['Machine Learning at the Bedside', 'conference', '2025-11-21', null, { venue: null, city: 'Montreal', region: null, country: 'Canada' }, null]);
    expect(attendees(e)).toEqual([['students', null], ['clinicians', null], ['researchers', null]]);
    // not yet: "of the Mila institute" (a body's head in lower case)
    expect(speakers(e)).toEqual([['Leila Haddad', 'assistant professor of radiology', null, ['presenter']], ['Marc Tremblay', null, null, ['presenter']]]);
  });

  it('a demo day: "at Demo Day" names the event; a body inside "startups from the cohort of X presented" did not present', () => {
    const e = only('general-accelerator-demo-day.txt');
    expect(what(e)).toEqual(['Demo Day', 'other', '2025-12-04', null, { venue: null, city: 'Nairobi', region: null, country: 'Kenya' }, null]);
    // "more than 200 investors, mentors and partners at Demo Day": the counted list, the count with the first kind
    expect(attendees(e)).toEqual([['investors', 200], ['mentors', null], ['partners', null]]);
    expect(speakers(e)).toEqual([['Wanjiru Kamau', 'programme director', null, ['opening remarks']]]);
  });

  it('a town hall: "the School Board\'s town hall" makes the board its organiser; "on Thursday at 6 p.m. EDT" after the posting date', () => {
    const e = only('general-school-board-town-hall-online.txt');
    expect(what(e)).toEqual(['town hall on school budget', 'meeting', '2025-10-16T18:00', null, null, 'online']);
    expect(organisers(e)).toEqual([['Lakeview School Board', 'organizer']]);
    expect(speakers(e)).toEqual([['Karen Doyle', 'Superintendent', null, ['presenter']], ['Miguel Santos', 'Finance Director', null, ['presenter']]]);
  });

  it('an interaction programme: who "chaired the closing session" moderated it and is no chair of the event', () => {
    const e = only('general-migration-interaction-programme.txt');
    // "Kathmandu, August 15": no year, so "on Friday" cannot be dated
    expect(what(e)).toEqual(['interaction programme on safe labour migration', 'meeting', null, null, { venue: null, city: 'Kathmandu', region: null, country: 'Nepal' }, null]);
    expect(organisers(e)).toEqual([['Department of Foreign Employment', 'organizer'], ['People Forum for Human Rights', 'organizer']]);
    expect(attendees(e)).toEqual([['Returnee migrant workers', null], ['recruitment agency owners', null], ['journalists', null], ['officials from seven provinces', null]]);
    expect(speakers(e)).toEqual([['Rajan Prasad Shrestha', 'Director General', null, ['moderator']]]);
  });

  it('a summit week: "Summit Week" is the name; "with sponsorship from A and B" are two sponsors when A is named alone elsewhere', () => {
    const e = only('general-summit-week-sponsors.txt');
    expect(what(e)).toEqual(['Open Infrastructure Summit Week', 'summit', '2025-06-02', '2025-06-06', { venue: 'Estrel Congress Center', city: 'Berlin', region: null, country: 'Germany' }, 'mixed']);
    expect(organisers(e)).toEqual([['Open Infrastructure Foundation', 'organizer'], ['Nordlicht Cloud', 'sponsor'], ['Quantafy', 'sponsor']]);
    expect(attendees(e)).toEqual([['developers', 1200]]);
    // "a workshop track was led by engineers from Red Fern Labs": unnamed people, no speaker
    expect(speakers(e)).toEqual([
      ['Sarah Lindqvist', 'executive director', 'Open Infrastructure Foundation', ['keynote']],
      ['Tomás Ibarra', 'chief architect', 'Nordlicht Cloud', ['keynote']],
    ]);
  });

  it('a field day: "officially opened the field day" opens it; "agronomist X demonstrated how to" presents', () => {
    const e = only('general-drip-irrigation-field-day.txt');
    expect(what(e)).toEqual(['field day on drip irrigation', 'other', '2025-03-14', null, { venue: 'Kisii Agricultural Training Centre', city: null, region: null, country: 'Kenya' }, null]);
    // not yet: "the NGO Water for Growth" without its descriptor
    expect(organisers(e)).toEqual([['County Department of Agriculture', 'host'], ['NGO Water for Growth', 'partner']]);
    expect(attendees(e)).toEqual([['farmers', 300], ['extension officers', null], ['input suppliers', null]]);
    expect(speakers(e)).toEqual([['Esther Moraa', 'County Executive for Agriculture', null, ['opening remarks']], ['Joseph Onyango', 'agronomist', null, ['presenter']]]);
  });

  it('a virtual book launch: a publisher\'s "Press" is no person; "introduced the collection" and "read from their stories" present', () => {
    const e = only('general-anthology-virtual-launch.txt');
    // not yet: the launch named by what it launches ("Saltwater Voices")
    expect(what(e)).toEqual(['launch', 'launch', '2025-05-18', null, null, 'online']);
    expect(organisers(e)).toEqual([['Tui Press', 'host'], ['Creative New Zealand', 'partner']]);
    expect(e.organizers[0]!.kind).toBe('organization');
    expect(speakers(e)).toEqual([['Moana Fifita', 'Editor', null, ['presenter']], ['Leilani Kahale', null, null, ['presenter']], ['Ana Tupou', null, null, ['presenter']]]);
  });

  it('a consultation: possessive owners share a head ("workers\' and employers\' organisations"), as single words before a plural one do', () => {
    const e = only('general-heat-stress-consultation.txt');
    expect(what(e)).toEqual(['consultation on new rules', 'consultation', '2025-07-02', null, { venue: null, city: 'Doha', region: null, country: 'Qatar' }, null]);
    expect(organisers(e)).toEqual([['Ministry of Labour', 'organizer'], ['ILO Project Office for Qatar', 'organizer']]);
    expect(attendees(e)).toEqual([
      ['Trade unions', null],
      ["Representatives of workers' and employers' organisations", null],
      ['members of joint committees from construction, hospitality and security companies', null],
    ]);
    expect(speakers(e)).toEqual([['Max Tunon', 'head', 'ILO Project Office', ['speaker']]]);
  });

  it('a webinar: a quoted title after the date ("on 18 February 2025 titled “...”") names it', () => {
    const e = only('general-climate-forecast-webinar.txt');
    expect(what(e)).toEqual(['Rain, Risk and Resilience: Forecasts for Farmers', 'webinar', '2025-02-18', null, null, 'online']);
    expect(organisers(e)).toEqual([['African Climate Policy Centre', 'organizer']]);
    expect(attendees(e)).toEqual([['participants from 30 countries', 250]]);
    // "a smallholder farmer from Masvingo, Zimbabwe": where she comes from is no affiliation
    expect(speakers(e)).toEqual([
      ['Amina Bello', null, 'African Climate Policy Centre', ['moderator']],
      ['Kwame Asante', null, 'University of Ghana', ['presenter']],
      ['Chipo Moyo', 'smallholder farmer', null, ['presenter']],
    ]);
  });
});
