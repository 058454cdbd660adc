/** Event nouns and the record `type` each one gives; cues for attendance mode and for size. */
import type { EventType } from '../record.js';

/**
 * Event nouns (lower case, singular; several words allowed), longest first when looked up.
 * `null` marks a generic noun ("event", "activity") that names an event but says nothing of its type.
 */
export const EVENT_NOUNS: Readonly<Record<string, EventType | null>> = {
  dialogue: 'dialogue', 'policy dialogue': 'dialogue', 'strategic dialogue': 'dialogue',
  workshop: 'workshop', 'training workshop': 'workshop', 'write-shop': 'workshop', writeshop: 'workshop', hackathon: 'other', clinic: 'workshop',
  training: 'training', trainings: 'training', 'training of trainers': 'training', 'training-of-trainers': 'training', 'training programme': 'training', 'training program': 'training',
  'training course': 'training', 'training session': 'training', course: 'training', bootcamp: 'training', 'boot camp': 'training',
  // a school held for some days, not a building: "a ten-day summer school" (not "field school": "Farmers Field Schools" is a method)
  'summer school': 'training', 'winter school': 'training', 'spring school': 'training', 'autumn school': 'training',
  'capacity-building programme': 'training', 'certificate programme': 'training', 'certificate program': 'training', 'certificate course': 'training', 'capacity building programme': 'training', masterclass: 'training', 'master class': 'training',
  orientation: 'training', 'orientation session': 'training', 'orientation programme': 'training', 'orientation program': 'training', induction: 'training', 'induction course': 'training', 'refresher course': 'training', 'refresher training': 'training',
  meeting: 'meeting', 'listening session': 'meeting', 'community conversation': 'meeting', 'community meeting': 'meeting',
  'general meeting': 'meeting', 'annual general meeting': 'meeting', 'investor day': 'meeting', 'board meeting': 'meeting', 'town hall': 'meeting', townhall: 'meeting', 'town hall meeting': 'meeting', 'tele-town hall': 'meeting', assembly: 'meeting',
  'general assembly': 'meeting', debriefing: 'meeting', 'coordination meeting': 'meeting', session: 'meeting', plenary: 'meeting', retreat: 'meeting', 'working group meeting': 'meeting',
  conference: 'conference', congress: 'conference', convention: 'conference', 'annual convention': 'conference', symposium: 'conference', colloquium: 'conference', 'scientific meeting': 'conference',
  'scientific sessions': 'conference',
  'annual scientific meeting': 'conference',
  summit: 'summit',
  forum: 'forum', 'media forum': 'forum', kapihan: 'forum', imbizo: 'meeting', indaba: 'meeting', baraza: 'meeting', 'town hall forum': 'forum',
  // a lecture is no seminar (one speaker, an audience): the record has no type for it
  seminar: 'seminar', lecture: 'other', talk: 'seminar',
  // talks between parties are a meeting, not one person's talk ("bilateral talks", "wage talks")
  talks: 'meeting',
  webinar: 'webinar', 'web seminar': 'webinar', 'online seminar': 'webinar', 'webinar series': 'webinar',
  consultation: 'consultation', 'consultative meeting': 'consultation', 'public hearing': 'consultation', hearing: 'consultation',
  roundtable: 'roundtable', 'round table': 'roundtable', 'roundtable discussion': 'roundtable', 'round-table': 'roundtable',
  panel: 'panel', 'panel discussion': 'panel', 'panel session': 'panel',
  briefing: 'briefing', 'press briefing': 'briefing', 'media briefing': 'briefing', 'press conference': 'briefing',
  'news conference': 'briefing', 'media conference': 'briefing', 'debriefing session': 'meeting',
  launch: 'launch', 'launching': 'launch', 'launch ceremony': 'launch', 'launching ceremony': 'launch', 'launch event': 'launch', 'launch party': 'launch', 'launch function': 'launch', 'global launch': 'launch', 'official launch': 'launch', unveiling: 'launch',
  ceremony: 'ceremony', handover: 'ceremony', 'hand-over': 'ceremony', 'handover ceremony': 'ceremony', 'ribbon cutting': 'ceremony',
  'ribbon-cutting': 'ceremony', 'ribbon cutting ceremony': 'ceremony', 'signing ceremony': 'ceremony', 'opening ceremony': 'ceremony',
  'closing ceremony': 'ceremony', 'awarding ceremony': 'ceremony', 'award ceremony': 'ceremony', graduation: 'ceremony', inauguration: 'ceremony',
  'awards ceremony': 'ceremony', 'prize-giving': 'ceremony', opening: 'ceremony', 'grand opening': 'ceremony', 'official opening': 'ceremony',
  commencement: 'ceremony', 'groundbreaking': 'ceremony', 'ground-breaking': 'ceremony', 'groundbreaking ceremony': 'ceremony',
  'commemorative service': 'ceremony', 'memorial service': 'ceremony', 'dawn service': 'ceremony', 'remembrance service': 'ceremony',
  'wreath-laying': 'ceremony', 'wreath laying': 'ceremony', 'dedication ceremony': 'ceremony', 'swearing-in': 'ceremony',
  visit: 'visit', 'courtesy call': 'visit', 'courtesy visit': 'visit', 'study visit': 'visit', 'study tour': 'visit', 'field visit': 'visit',
  'official visit': 'visit', 'state visit': 'visit', 'site visit': 'visit',
  exhibition: 'exhibition', exhibit: 'exhibition', show: 'exhibition', 'trade show': 'exhibition', 'tradeshow': 'exhibition', 'boat show': 'exhibition', 'motor show': 'exhibition', 'auto show': 'exhibition', 'air show': 'other', roadshow: 'other', 'road show': 'other', expo: 'exhibition', showcase: 'exhibition', 'trade fair': 'exhibition', 'job fair': 'exhibition',
  reception: 'reception', reunion: 'other', 'open house': 'reception', awards: 'ceremony', 'interaction programme': 'meeting', 'interaction program': 'meeting', dinner: 'reception', luncheon: 'reception', lunch: 'reception', banquet: 'reception', 'gala dinner': 'reception', gala: 'reception',
  'demo day': 'other', 'pitch day': 'other', 'career day': 'other', 'careers day': 'other', 'media day': 'briefing',
  'open day': 'other', 'field day': 'other', 'sports day': 'other', 'fun day': 'other', 'planting day': 'other', 'tree planting': 'other',
  'blood drive': 'other', 'food drive': 'other', 'coat drive': 'other', 'donation drive': 'other', 'vaccination drive': 'other', 'registration drive': 'other',
  'clean-up': 'other', 'cleanup': 'other', 'clean-up drive': 'other', 'cleanup drive': 'other', 'clean-up campaign': 'other',
  night: 'other', evening: 'other',
  rally: 'other', vigil: 'other', parade: 'other', 'candlelight vigil': 'other', 'protest march': 'other',
  festival: 'other', celebration: 'other', 'friendship month': 'other', campaign: 'other', competition: 'other', race: 'other', marathon: 'other', concert: 'other',
  meetup: 'meeting', 'meet-up': 'meeting', mixer: 'reception', 'networking event': 'reception', 'networking reception': 'reception',
  challenge: 'other', contest: 'other', tournament: 'other', olympiad: 'other', quiz: 'other', fair: 'exhibition', 'science fair': 'exhibition', 'career fair': 'exhibition',
  drill: 'training', exercise: 'training', simulation: 'training',
  // a week of events under one capitalised name ("Philippine Culture Week", "Workers' Rights Week"); see PROPER_ONLY_NOUNS
  week: 'other',
  'tree-planting': 'other', 'tree planting day': 'other', 'tree-planting day': 'other', 'clean-up day': 'other', 'cleanup day': 'other', 'day of action': 'other',
  screening: 'other', screenings: 'other', premiere: 'other', 'film screening': 'other', 'film premiere': 'other',
  'poetry reading': 'other', 'book reading': 'other', 'public reading': 'other', 'poetry readings': 'other', 'open mic': 'other',
  'poetry slam': 'other', slam: 'other', 'listening party': 'other', 'watch party': 'other', 'live recording': 'other',
  'book signing': 'other', bioblitz: 'other', brunch: 'reception',
  event: null, events: null, activity: null, affair: null, gathering: null, programme: null, program: null,
};

/** Nouns that name an event only with a capitalised name or a clear modifier, never alone ("the session", "the program"). */
export const WEAK_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'session', 'course', 'programme', 'program', 'activity', 'affair', 'talk', 'talks', 'exercise', 'campaign',
  'competition', 'race', 'lecture', 'showcase', 'drill', 'simulation', 'assembly', 'hearing', 'retreat', 'gathering',
  'screening', 'screenings', 'premiere', 'night', 'evening', 'show', 'clinic', 'orientation', 'induction', 'launching', 'challenge', 'contest', 'quiz', 'fair', 'graduation', 'inauguration', 'lunch', 'gala', 'panel', 'exhibit', 'unveiling', 'opening', 'commencement', 'awards',
]);

/** Ceremonial nouns named by what they open, unveil or hand over ("the opening of the fifth school"). */
export const OBJECT_EVENT_NOUNS: ReadonlySet<string> = new Set(['opening', 'inauguration', 'unveiling', 'launching', 'dedication', 'handover', 'groundbreaking']);

/** Head nouns of buildings and sites whose opening is a ceremony ("opened the Riverside Health Centre"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'centre', 'center', 'building', 'hall', 'plant', 'school', 'hospital', 'clinic', 'library', 'museum', 'park', 'office', 'bridge',
  'station', 'facility', 'factory', 'campus', 'wing', 'stadium', 'market', 'headquarters', 'complex', 'terminal', 'airport',
  'laboratory', 'lab', 'gallery', 'theatre', 'theater', 'shelter', 'home', 'academy', 'college', 'branch', 'store', 'showroom',
  'warehouse', 'hub', 'pavilion', 'garden', 'gardens', 'playground', 'court', 'courthouse', 'arena', 'pool', 'centres', 'road', 'highway',
]);

/** Rooms and buildings named after what happens in them ("the seminar room", "the Town Hall auditorium"): after an event noun, no event. */
export const ROOM_NOUNS: ReadonlySet<string> = new Set([
  'room', 'rooms', 'hall', 'halls', 'auditorium', 'chamber', 'chambers', 'building', 'centre', 'center', 'venue', 'venues',
  'grounds', 'lobby', 'complex', 'suite', 'facility', 'facilities', 'space', 'tent', 'marquee', 'pavilion',
]);

/** Nouns of a trade or its seasons after an event noun ("the trade show industry", "conference season"): no event. */
export const TRADE_NOUNS: ReadonlySet<string> = new Set(['industry', 'industries', 'sector', 'business', 'market', 'season', 'circuit', 'calendar', 'organizer', 'organiser']);

/** Plural event nouns that end the names of businesses that run events ("Hanley Wood Exhibitions", "Northway Events"). */
export const COMPANY_PLURALS: ReadonlySet<string> = new Set(['exhibitions', 'events', 'conferences', 'expos']);

/** Words that may stand inside a proper event name between capitalised words ("Dialogue on ... in Persons"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'on', 'of', 'for', 'and', '&', 'the', 'in', 'into', 'to', 'against', 'with', 'through', 'a', 'an',
]);

/** Connectors that may start the part after the event noun ("Workshop on ...", "Meeting of the ..."). */
export const NAME_TAIL_OPENERS: ReadonlySet<string> = new Set(['on', 'of', 'for', 'against', 'to']);

/** Modifiers of a common event noun that are kept in its name ("regional training", "virtual workshop"). */
export const EVENT_MODIFIERS: ReadonlySet<string> = new Set([
  'regional', 'national', 'international', 'global', 'virtual', 'online', 'hybrid', 'in-person', 'face-to-face', 'livestreamed', 'joint', 'annual', 'inaugural', 'technical',
  'consultative', 'interactive', 'bilateral', 'multilateral', 'ministerial', 'high-level', 'expert', 'public', 'press', 'media', 'news',
  'special', 'thematic', 'strategic', 'sub-regional', 'subregional', 'local', 'community', 'youth', 'training', 'planning',
  'stakeholder', 'multi-stakeholder', 'validation', 'inception', 'review', 'coordination', 'opening', 'closing', 'signing', 'awarding',
  'ribbon', 'cutting', 'ribbon-cutting', 'town', 'hall', 'tele-town', 'policy', 'pilot', 'refresher', 'orientation', 'capacity-building',
  'leadership', 'consular', 'field', 'study', 'courtesy', 'official', 'state', 'working', 'plenary', 'preparatory', 'round', 'panel', 'grand',
  'summer', 'winter', 'spring', 'autumn', 'first', 'second', 'third', 'fourth', 'fifth', 'final', 'two-week', 'week-long', 'multi-day',
  'political', 'diplomatic', 'economic', 'trade', 'security', 'scientific', 'academic', 'cultural', 'business', 'investment', 'donor',
  'partners', 'general', 'extraordinary', 'ordinary', 'informal', 'emergency', 'quarterly', 'monthly', 'weekly', 'biennial', 'triennial',
  'trilateral', 'tripartite', 'sectoral', 'cluster', 'follow-up', 'hands-on', 'intensive', 'advanced', 'awareness', 'sensitisation',
  'sensitization', 'outreach', 'induction', 'mock', 'listening', 'breakout', 'parallel', 'side',
  'online-only', 'invitation-only', 'closed-door', 'members-only',
  'noon', 'midday', 'morning', 'afternoon', 'evening', 'lunchtime', 'weekend', 'overnight', 'daylong', 'day-long', 'all-day',
]);

/** Event nouns only in a capitalised name: "the first week of March" is a time, "Philippine Culture Week" an event. */
export const PROPER_ONLY_NOUNS: ReadonlySet<string> = new Set(['week']);

/** Nouns that say what a weak event noun is about ("book fair", "quiz night", "charity gala"): only before a weak noun. */
export const WEAK_NOUN_COMPOUNDS: ReadonlySet<string> = new Set([
  'book', 'books', 'craft', 'crafts', 'art', 'arts', 'film', 'movie', 'music', 'jazz', 'food', 'wine', 'beer', 'job', 'jobs', 'career',
  'careers', 'science', 'health', 'charity', 'fun', 'quiz', 'trivia', 'games', 'comedy', 'talent', 'fashion', 'flower', 'garden',
  'street', 'family', 'heritage', 'poetry', 'dance', 'theatre', 'theater', 'fundraising', 'fundraiser', 'awards', 'award', 'recruitment',
  'education', 'innovation', 'technology', 'tech', 'startup', 'start-up', 'investment', 'product', 'road', 'trade', 'farm', 'harvest',
]);

/** Generic nouns that refer back to an event already named ("the event", "the activity"). */
export const ANAPHORIC_NOUNS: ReadonlySet<string> = new Set(['event', 'events', 'activity', 'affair', 'gathering', 'programme', 'program']);

/** Attendance mode cues, tested on the sentences about an event. */
export const ONLINE_CUES: readonly RegExp[] = [
  /\b(?:held|conducted|delivered|organi[sz]ed|hosted|took place|convened|run|meets?|met|meeting|gathered|went|moved|switched)\s+(?:virtually|online|remotely|virtual)\b/i,
  // singular: "virtual events" in general ("the department resorted to virtual events") are not this one
  // "online registration for the workshop", "an online article on the forum" are no mode
  // (single spaces: with \s+ around the words the checker finds polynomial backtracking)
  /\b(?:virtual|online|web-based|remote)\s(?!(?:registration|application|applications|form|forms|article|articles|version|survey|portal|sign-?up|booking|store|shop|news|publication|report|library|gallery)\b)(?:\w+\s){0,3}?(?:workshop|training|meeting|conference|forum|event(?!s)|session|dialogue|seminar|course|summit|consultation|roundtable|briefing|launch|programme|program|platform|experience|edition|festival|night|concert|exhibition|fair|expo|gala|reading|performance|panel|discussion|talk|lecture|debate|symposium|hackathon|class|meetup|screening|premiere|ceremony|town hall|hearing|assembly|congress|clinic|tour)/i,
  // "More than 1,300 members logged on": the audience came online
  /logged (?:on|in)/i,
  /\b(?:fully|all|entirely)[- ]virtual\b|\b(?:online|virtual)[- ]only\b/i,
  /\bwebinars?\b/i,
  /\bvia\s+(?:zoom|webex|microsoft teams|ms teams|teams|google meet|skype|video ?conference|videoconference|video link)\b/i,
  /\b(?:using|through|on|over)\s+(?:the\s+)?(?:zoom|webex|microsoft teams|google meet)\b/i,
  /\bvideo[- ]?conferenc(?:e|ing)\b/i,
];

/** Both at once: some in the room, some online. */
export const MIXED_CUES: readonly RegExp[] = [
  /\bhybrid\b/i,
  /\bin[- ]person and (?:online|virtually|virtual)\b/i,
  /\b(?:online|virtually) and in[- ]person\b/i,
  /\b(?:in[- ]person|on[- ]site) (?:or|and) (?:online|virtual|remote)/i,
];

/**
 * Some took part or watched online: mixed for an event held in a room, but an event held online
 * that is also streamed or joined "virtually" stays online (tried after ONLINE_CUES).
 */
export const PARTLY_ONLINE_CUES: readonly RegExp[] = [
  /\b(?:joined|joining|participated|participating|attended|attending|followed)\s+(?:\w+\s+){0,3}(?:online|virtually|remotely)\b/i,
  /\blive[- ]?stream(?:ed|ing|s)?\b/i,
  /\bwebcast\b/i,
  /\b(?:followed|watched|streamed)\s+(?:it\s+)?live\b/i,
  /\bbroadcast(?:-?ed)?\s+live\b/i,
  // "held at Moscone West and streamed online", "broadcast on YouTube"
  /\b(?:streamed|broadcast|webcast)\s(?:online|on\s(?:youtube|facebook|linkedin|twitch|the web|its website))\b/i,
];

/**
 * Every attendance mode cue (online, mixed, offline) holds one of these words: text with none of
 * them is not tried cue by cue (one pass instead of eighteen). test/cues.test.ts keeps them in step.
 */
export const MODE_CUE_WORDS = /hybrid|person|on[- ]site|online|virtual|remote|web|zoom|teams|google meet|skype|video|live|stream|face[- ]to|logged/i;

/** Explicitly in person: the only cue for `offline` (a venue alone does not make the record say so). */
export const OFFLINE_CUES: readonly RegExp[] = [
  /\b(?:held|conducted|took place|organi[sz]ed)\s+(?:\w+\s+){0,2}in[- ]person\b/i,
  /\bin[- ]person (?:event|meeting|workshop|training|conference|session|forum)\b/i,
  /\bface[- ]to[- ]face (?:event|meeting|workshop|training|conference|session|forum)\b/i,
];

/**
 * "BrindleConf 2024", "KubeCon Europe", "HackOrbit", "DevSummit": a brand's one-word event name, an event
 * morpheme written with a capital inside the word (so not "Falcon" or "Lexicon"), with the noun it stands for.
 */
export const BRAND_EVENT_PARTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\p{Lu}[\p{L}\d]*[\p{Ll}\d](?:Conf|Con)$/u, 'conference'],
  [/^\p{Lu}[\p{L}\d]*[\p{Ll}\d]Summit$/u, 'summit'],
  [/^\p{Lu}[\p{L}\d]*[\p{Ll}\d]Expo$/u, 'expo'],
  [/^\p{Lu}[\p{L}\d]*[\p{Ll}\d]Fest$/u, 'festival'],
  [/^(?:\p{Lu}[\p{L}\d]*[\p{Ll}\d]Hack|Hack\p{Lu}[\p{Ll}\d]+)$/u, 'hackathon'],
];
/** Words that may follow a brand's event name as part of it: a region of its edition. */
export const BRAND_EVENT_REGIONS: ReadonlySet<string> = new Set(['Europe', 'Asia', 'Africa', 'Americas', 'APAC', 'EMEA', 'LATAM', 'Global', 'Online']);
