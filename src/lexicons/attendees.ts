/**
 * Attendee cues and category nouns. A cue opens a list of categories ("attended by X, Y and Z");
 * a category noun alone, with a number or a "from ..." qualifier, names one ("40 participants
 * from 20 countries").
 */

/** Phrases after which the categories that took part are listed. Matched case-insensitively, linear. */
export const ATTENDEE_LIST_CUES: readonly RegExp[] = [
  /\b(?:well[- ])?attended by\s+/gi,
  /\bbr(?:ought|ing|ings|inging) together\s+/gi,
  /\bwill host\s+(?=representatives|delegates|participants|officials)/gi,
  /\b(?:session|training|workshop|course|seminar|programme|program|event|meeting|briefing|lecture|class|forum)s? for\s+(?=[a-z])/gi,
  /\b(?:involv(?:e|es|ed|ing)|gather(?:s|ed|ing)?|engag(?:e|es|ed|ing)|convened|trained|welcom(?:e|es|ed|ing))\s+(?=(?:(?:some|about|around|over|more than|nearly|almost|at least)\s+)?(?:\d[\d,]*|[a-z]+ \(\d+\))\s)/gi,
  // "connecting the office with 16 police officers" (the rest is read by its guard, CUE_GUARDS)
  /\bconnect(?:s|ed|ing)? /gi,
  /\b(?:delegation|group|team|party) (?:consisted|consists|consisting|comprised|comprising|was composed|composed|included|including) (?:of\s+)?/gi,
  /\bwith participants from\s+/gi,
  // "invites residents and business owners to a town hall meeting"
  /\binvit(?:es|ed|e|ing) /gi,
  /\b(?:participants|attendees|delegates|guests|audience)(?:,? who)? (?:included|includes|include|comprised) /gi,
  // "with more than 200 parents and teachers joining via Zoom": a counted group that took part
  /\bwith /gi,
  /\bamong (?:the )?(?:participants|attendees|guests|delegates) were\s+/gi,
  // "Among those attending were X", "Among those in the hall were X"
  /\bamong (?:those|the people|the crowd|the audience)(?: (?:attending|present|in attendance|who attended|who took part|taking part|in the hall|in the audience|at the event|at the launch|online))? (?:were|was|are)\s+/gi,
  // "drew an estimated 3,000 people, among them schoolchildren, ...", "some 90 people, many of them fishermen"
  /\b(?:among|many of|most of|including) them\s+(?=[a-z])/gi,
  // "Volunteers, including university students, ...": the people named first, then the kinds among them
  /\b(?:participants|attendees|volunteers|visitors|guests|delegates|viewers|spectators|listeners|the audience|the crowd),? (?:who )?(?:included|include|includes|including)\s+(?=[a-z])/gi,
  // "presented the product in front of journalists, retail partners and developers"
  /\bin front of (?:an? )?(?:(?:audience|crowd) of )?(?=[a-z])/gi,
  /\bparticipants (?:were|came) from\s+/gi,
  /\bplatform for /gi,
  /\bfor (?=(?:selected |the )?(?:personnel|delegates|officials|participants|representatives|officers|practitioners|prosecutors|students|members|journalists|staff) (?:of|from)\b)/gi,
  /^WHO:\s*/gm,
  /\bWHO:\s*/g,
  // "drew a large and enthusiastic crowd of residents, civic leaders and stakeholders"
  /\b(?:crowd|audience|turnout) of (?=[a-z])/gi,
  /\b(?:watched|witnessed) by\s+/gi,
  // "The delegates were joined by observers from X, Y and Z" (its guard: a category noun follows, not a person)
  /\b(?:were|was|are|is|will be) (?:also )?joined by /gi,
  // "The event is open to students, clinicians and researchers": whom it is for (a noun-required, event-bound cue)
  /\b(?:is|are|will be) (?:free and )?open to (?:all )?/gi,
  // "The public is welcome to attend", "residents are invited to join": who is asked to take part
  /\b(?=(?:public|residents|community|members|parents|families|students|everyone) )/gi,
  // "to attend a meeting of EU Foreign Ministers": the people who meet
  /\b(?:meeting|gathering|summit|conference|assembly)s? of (?=(?:the )?[A-Za-z])/gi,
  // "involved target audiences from the following teams: A, B, C" (its guard: a few words, then a colon)
  /\bthe following /gi,
  // "The participants were a mix of people from academia, think tanks and ..."
  /\b(?:participants|attendees|delegates) (?:were|included|came from) (?:a (?:mix|range|cross-section|variety) of )?(?:people |representatives )?from\s+/gi,
  // "The meeting will be attended by:" with a bulleted line per category after it
  /\b(?:(?:well[- ])?attended by|(?:participants|attendees|delegates|guests) (?:will )?(?:include|included|are|were)):/gi,
  // "opened with the participation of 48 countries", "the speech addressed students, teachers and parents"
  /\bwith the participation of\s+/gi,
  /\baddressed\s+(?=[a-z])/gi,
  // "drew 125 trade show professionals", "attracted more than 300 exhibitors"
  // and "drew city planners, engineers and disaster managers" (not "drew attention to", "drew on")
  /\b(?:drew|draws|drawing|attracted|attracts|attracting)\s+(?:a record(?:-breaking)? )?(?=(?:(?:some|about|around|over|more than|nearly|almost|at least)\s+)?\d[\d,]*\s|(?!(?:attention|criticism|praise|interest|inspiration|on|upon|up|out|in|lessons|parallels|comparisons|support|applause|cheers|a|an|the|its|their|media|investment|funding|record|crowds?)\b)[a-z])/g,
];

/** The cue whose source starts with `start`, or is `start` when `whole` (exactly one must). */
const cueWith = (start: string, whole = false): RegExp => {
  const found = ATTENDEE_LIST_CUES.filter((c) => (whole ? c.source === start : c.source.startsWith(start)));
  if (found.length !== 1) throw new Error(`${found.length} attendee cues start with ${start}`);
  return found[0]!;
};

/**
 * Every attendee list cue holds one of these words: a sentence without any is not tried cue by cue.
 * A hand-kept list (like MODE_CUE_WORDS) rather than a join of the cues, whose alternation recheck
 * finds polynomial; test/cues.test.ts keeps it in step with the cues.
 */
export const ATTENDEE_CUE_WORDS = /attend|together|host|for|involv|gather|engag|conven|train|welcom|connect|consist|compris|compos|includ|particip|invit|with|among|platform|WHO:|crowd|audience|turnout|meeting|summit|conference|assembly|watched|joined|participation|addressed|following|witnessed|public|resident|communit|member|parent|famil|student|everyone|drew|draw|attract|open to|of them|front of/i;

/**
 * What must follow some cues, tested where the cue ends (anchored, so each stays linear): the list
 * of categories starts after the guard's match. Kept apart from the cues so that no cue, and no
 * join of them (src/text/cues.ts), looks ahead over a bounded repetition.
 */
export const CUE_GUARDS: ReadonlyMap<RegExp, RegExp> = new Map([
  [cueWith('\\bconnect'), /^(?:(?!with )[\w'’-]+ ){1,6}with\s+(?=(?:(?:some|about|around|over|more than|nearly|almost|at least)\s+)?(?:\d[\d,]*|[a-z]+ \(\d+\))\s)/i],
  [cueWith('\\b(?:were|was|are|is|will be) (?:also )?joined'), /^(?=(?:(?:some|about|around|over|more than|nearly)\s)?(?:\d[\d,]*\s)?(?:[a-z-]+\s){0,2}(?:observers|representatives|delegates|delegations|officials|participants|members|experts|officers|students|partners|guests|staff)\b)/],
  // "invites residents and business owners to a town hall meeting"
  [cueWith('\\binvit'), /^(?=(?:(?!to )[a-z'’-]+,? ){1,12}to (?:a|an|the|its|our|their)\s)/i],
  // "with more than 200 parents and teachers joining via Zoom": a counted group that took part
  [cueWith('\\bwith ', true), /^(?=(?:(?:some|about|around|over|more than|nearly|almost|at least) )?\d[\d,]* (?:(?!joining|attending|taking|participating|in attendance|tuning)[a-z]+ ){1,6}(?:joining|attending|taking part|participating|in attendance|tuning in)\b)/i],
  [cueWith('\\bthe following '), /^(?:[\w-]+ ){0,3}(?:groups|teams|organi[sz]ations|institutions|bodies|agencies|countries|participants|delegations|members|partners|stakeholders|schools|universities|companies|ministries|clubs|associations|networks|sectors|communities):\s*/i],
  [cueWith('\\bplatform for '), /^(?:[a-z]+ ){0,5}[a-z]+, including\s+/i],
  // "The public is welcome to attend", "residents are invited to join": who is asked to take part
  [cueWith('\\b(?=(?:public'), /^(?=(?:public|residents|community members|members of the public|parents|families|students|everyone) (?:is|are) (?:(?:warmly|cordially|also|all) )?(?:invited|welcome|welcomed|encouraged) to (?:attend|join|participate|take part|come)\b)/i],
]);

/** List cues whose categories must hold an attendee noun (a number or a generic noun follows them). */
export const NOUN_REQUIRED_CUES: ReadonlySet<RegExp> = new Set([
  cueWith('\\b(?:session|training'), cueWith('\\b(?:involv'), cueWith('\\b(?:drew|'), cueWith('\\baddressed'), cueWith('\\bwith the participation'),
  cueWith('\\b(?:meeting|gathering'), cueWith('\\b(?:is|are|will be) (?:free'), cueWith('\\bin front of'), cueWith('\\b(?:among|many of'),
]);

/** List cues that name attendees only in a sentence about an event ("FinOps brings together technology and finance" does not). */
export const EVENT_CONTEXT_CUES: ReadonlySet<RegExp> = new Set([
  cueWith('\\bbr(?:ought'), cueWith('\\b(?:session|training'), cueWith('\\bfor (?='), cueWith('\\b(?:crowd|'), cueWith('\\b(?:drew|'),
  cueWith('\\bwith the participation'), cueWith('\\b(?:is|are|will be) (?:free'),
]);

/** Nouns that name a category of attendees; used to find "N participants from X" and subjects of "attended". */
export const ATTENDEE_NOUNS: ReadonlySet<string> = new Set([
  'participants', 'delegates', 'officials', 'representatives', 'guests', 'attendees', 'members', 'ministers',
  'prosecutors', 'officers', 'personnel', 'practitioners', 'students', 'experts', 'leaders', 'journalists',
  'parliamentarians', 'legislators', 'stakeholders', 'diplomats', 'agencies', 'organizations', 'organisations',
  'governments', 'authorities', 'investigators', 'judges', 'staff', 'executives', 'customers', 'youth', 'people',
  'volunteers', 'researchers', 'academics', 'teachers', 'trainees', 'media', 'delegations', 'embassies',
  'ngos', 'institutions', 'partners', 'enforcers', 'workers', 'employees', 'residents', 'visitors',
  'parents', 'educators', 'clinicians', 'nurses', 'doctors', 'farmers', 'entrepreneurs', 'alumni', 'advocates',
  'professionals', 'registrants', 'scholars', 'scientists', 'academicians', 'watchers', 'insiders', 'facilitators',
  'mentors', 'engineers', 'specialists', 'physicians', 'activists', 'regulators', 'pupils', 'youths', 'women', 'men',
  'children', 'fishers', 'fishermen', 'traders', 'vendors', 'exhibitors', 'buyers', 'dignitaries', 'envoys',
  'ambassadors', 'observers', 'donors', 'lawyers', 'attorneys', 'police', 'agents', 'inspectors', 'commanders',
  'soldiers', 'veterans', 'survivors', 'refugees', 'migrants', 'beneficiaries', 'citizens', 'villagers', 'locals',
  'heads', 'chiefs', 'elders', 'mayors', 'councillors', 'councilors', 'lawmakers', 'senators', 'policymakers',
  'policy-makers', 'managers', 'developers', 'innovators', 'companies', 'firms', 'businesses', 'universities',
  'schools', 'public', 'audiences', 'viewers', 'fans', 'athletes', 'artists', 'writers', 'authors', 'designers',
  'creators', 'founders', 'investors', 'analysts', 'consultants', 'coaches', 'caregivers', 'midwives', 'pharmacists',
  'dentists', 'surgeons', 'librarians', 'principals', 'headteachers', 'lecturers', 'professors', 'graduates',
  'learners', 'apprentices', 'interns', 'champions', 'directors', 'counterparts', 'colleagues', 'peers', 'neighbours',
  'neighbors', 'homeowners', 'tenants', 'shoppers', 'players', 'teams', 'clubs', 'associations', 'unions',
  'cooperatives', 'federations', 'networks', 'groups', 'committees', 'councils', 'bodies', 'departments', 'ministries',
  'diplomats', 'speakers', 'panellists', 'panelists', 'trainers', 'coordinators', 'supervisors', 'operators',
  'planners', 'technicians', 'architects', 'programmers', 'economists', 'statisticians', 'journalists', 'editors', 'broadcasters',
  'conservationists', 'environmentalists', 'ecologists', 'rangers', 'foresters', 'poets', 'musicians', 'performers',
  'stewards', 'shop stewards', 'organisers', 'organizers', 'activists', 'campaigners', 'residents', 'villagers', 'pupils',
  'producers', 'growers', 'exporters', 'importers', 'manufacturers', 'suppliers', 'artisans', 'craftspeople', 'academicians',
  'registrars', 'clerks', 'magistrates', 'dealers', 'retailers', 'wholesalers', 'distributors', 'patients', 'seniors', 'retirees', 'commuters', 'taxpayers', 'voters', 'owners', 'integrators',
  // people by what they make, collect or do (arts, crafts, outdoor and hobby crowds)
  'collectors', 'curators', 'historians', 'archivists', 'translators', 'readers', 'listeners', 'subscribers', 'photographers',
  'filmmakers', 'painters', 'sculptors', 'dancers', 'singers', 'actors', 'composers', 'illustrators', 'printmakers', 'potters',
  'weavers', 'tailors', 'carpenters', 'masons', 'electricians', 'plumbers', 'mechanics', 'drivers', 'riders', 'cyclists',
  'runners', 'walkers', 'hikers', 'gardeners', 'beekeepers', 'birdwatchers', 'anglers', 'sailors', 'divers', 'chefs', 'cooks', 'bakers',
  'miners', 'loggers', 'herders', 'pastoralists', 'smallholders', 'landowners', 'tourists', 'pilgrims', 'enthusiasts', 'hobbyists',
  'unionists', 'trade unionists', 'labourers', 'laborers', 'farmworkers', 'hoteliers', 'schoolchildren', 'schoolgirls', 'schoolboys',
  'teenagers', 'adolescents', 'cleaners', 'porters', 'wardens', 'scouts', 'guides', 'homemakers', 'caretakers', 'carers', 'jurists',
  // office-holders in the plural ("school governors", "university presidents", "trustees")
  'governors', 'presidents', 'trustees', 'commissioners', 'secretaries', 'chairpersons', 'deans', 'rectors', 'chancellors', 'vice-chancellors', 'treasurers',
]);

/** Plural words that end like agent nouns but name things ("papers", "sectors", "monitors"): no people. */
const THING_PLURALS: ReadonlySet<string> = new Set([
  'others', 'papers', 'matters', 'centers', 'letters', 'numbers', 'orders', 'offers', 'waters', 'borders', 'layers', 'towers',
  'chapters', 'computers', 'containers', 'filters', 'headquarters', 'markers', 'powers', 'quarters', 'rivers', 'shelters', 'servers',
  'banners', 'posters', 'flyers', 'trailers', 'stickers', 'corners', 'dinners', 'answers', 'barriers', 'clusters', 'disasters',
  'sectors', 'factors', 'motors', 'doors', 'floors', 'colors', 'colours', 'errors', 'corridors', 'mirrors', 'indicators', 'monitors',
  'sensors', 'processors', 'tractors', 'reactors', 'vectors', 'elevators', 'calculators', 'generators', 'detectors', 'lists',
  'meters', 'metres', 'litres', 'liters', 'dollars', 'hours', 'years', 'seminars', 'webinars', 'registers',
  'parameters', 'characters', 'theaters', 'theatres', 'folders', 'headlines', 'thousands', 'millions',
]);

/** Plurals that name what an event shows, plants or gathers, never who attends ("140 objects", "2,000 seedlings", "12 tonnes"). */
const THINGS_SHOWN_OR_COUNTED: ReadonlySet<string> = new Set([
  'objects', 'items', 'pieces', 'artworks', 'works', 'paintings', 'photographs', 'photos', 'images', 'scans', 'hangings', 'carpets',
  'textiles', 'sculptures', 'prints', 'drawings', 'films', 'documentaries', 'books', 'titles', 'exhibits', 'artefacts', 'artifacts',
  'specimens', 'manuscripts', 'maps', 'recordings', 'videos', 'installations', 'stalls', 'booths', 'products', 'projects',
  'trees', 'seedlings', 'saplings', 'plants', 'hectares', 'acres', 'tonnes', 'tons', 'kilograms', 'kilometres', 'kilometers', 'bags',
  'minutes', 'days', 'weeks', 'sessions', 'events', 'panels', 'talks', 'workshops', 'concerts', 'performances', 'screenings',
  // and what a body gives ("financial support from X and Y" after "with")
  'support', 'funding', 'assistance',
]);

/** Whether a plural names things, not people: what a category headed by it cannot be. */
export function isThingNoun(word: string): boolean {
  const w = word.toLowerCase();
  return THINGS_SHOWN_OR_COUNTED.has(w) || THING_PLURALS.has(w);
}

/**
 * Whether a plural names people: a word of the list, or an agent noun by its ending ("boda-boda riders",
 * "agro-dealers", "luthiers") that is no thing's plural. Used to decide where coordinated categories split.
 */
export function isPeopleNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (ATTENDEE_NOUNS.has(w)) return true;
  if (w.length < 6 || THING_PLURALS.has(w)) return false;
  return w.endsWith('ers') || w.endsWith('ors') || w.endsWith('ists') || w.endsWith('ians') || w.endsWith('eers') || w.endsWith('people');
}

/** Category nouns that open "X from A, B and C" ("officials from ...", "participants from ..."). */
export const FROM_NOUNS = /\b(?:(?:delegates|delegations|participants|representatives|officials|officers|personnel|parliamentarians|legislators|practitioners|ministers|students|journalists|guests)\s+(?:coming\s+)?from|(?:delegates|representatives|officials|personnel)\s+of)\s+/gi;

/** Number words for counts written out ("sixteen (16) Prosecutors"). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** The verb before a count of jobs or places, not of people who came: "will employ 250 people", "the hall seats 500 guests". */
export const NOT_ATTENDING_COUNT = /\b(?:employ|employs|employed|employing|hire|hires|hired|hiring|create|creates|created|creating|seat|seats|seating|accommodate|accommodates|house|houses|serve|serves|serving)\s(?:(?:some|about|around|over|more than|nearly|up to|at least|an estimated)\s)?$/i;
