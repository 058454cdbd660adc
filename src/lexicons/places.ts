/** Place cues: venue nouns, regions (US states and their abbreviations), words that are never a city. */
import { CITY_ROWS, COUNTRY_ROWS, DEMONYM_ROWS, TOWN_COUNTRIES, TOWN_LINES } from './gazetteer-data.js';

/** Last word of a venue's name ("the Riverside Hotel", "Hofburg Palace", "Alumni Hall"). */
export const VENUE_NOUNS: ReadonlySet<string> = new Set([
  'hotel', 'hall', 'centre', 'center', 'palace', 'museum', 'park', 'auditorium', 'theatre', 'theater', 'stadium', 'arena', 'library',
  'university', 'college', 'school', 'campus', 'house', 'headquarters', 'hq', 'complex', 'resort', 'plaza', 'square',
  'gallery', 'room', 'suite', 'ballroom', 'pavilion', 'garden', 'gardens', 'riverwalk', 'embassy', 'consulate', 'ministry', 'office',
  'chamber', 'chambers', 'parliament', 'capitol', 'church', 'cathedral', 'temple', 'academy', 'institute', 'facility', 'venue',
  'lodge', 'inn', 'club', 'creek', 'beach', 'forest', 'wetland', 'wetlands', 'reserve', 'estuary', 'waterfront', 'tower', 'mall', 'market', 'airport', 'camp', 'station', 'courthouse', 'laboratory',
  'secretariat', 'grounds', 'pier', 'arcade', 'department', 'home', 'hospital', 'clinic', 'studio', 'studios', 'terminal',
  'polytechnic', 'conservatory', 'seminary', 'gymnasium', 'barracks', 'fairgrounds', 'amphitheatre', 'amphitheater', 'lounge', 'atrium',
  'meadow', 'meadows', 'woodland', 'woods', 'heath', 'moor', 'dunes', 'shore', 'shoreline', 'cove', 'promenade', 'esplanade', 'boardwalk', 'trail',
  'cinema', 'cinemas', 'playhouse', 'opera', 'bookshop', 'bookstore', 'cafe', 'café', 'restaurant', 'pub', 'brewery', 'winery',
  'halls', 'centres', 'centers', 'rooms', 'grounds', 'showground', 'showgrounds', 'fairground', 'expo centre', 'bay', 'quay', 'wharf', 'marina', 'green', 'common', 'field', 'fields', 'oval', 'hub',
]);

/** Last word of a region's name ("Kaduna State", "Zhejiang Province", "Central Region"). */
export const REGION_NOUNS: ReadonlySet<string> = new Set(['state', 'province', 'region', 'county', 'district', 'prefecture', 'governorate', 'oblast', 'territory']);

/** Words of time that a capitalised place name runs on into ("Beijing Today", "Khartoum Monday"): never part of a place. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'weekend']);

/** US states and Canadian provinces, with their postal and AP abbreviations. */
export const REGIONS: Readonly<Record<string, string>> = {
  alabama: 'Alabama', 'ala.': 'Alabama', alaska: 'Alaska', arizona: 'Arizona', 'ariz.': 'Arizona', arkansas: 'Arkansas', 'ark.': 'Arkansas',
  california: 'California', 'calif.': 'California', colorado: 'Colorado', 'colo.': 'Colorado', connecticut: 'Connecticut', 'conn.': 'Connecticut',
  delaware: 'Delaware', 'del.': 'Delaware', florida: 'Florida', 'fla.': 'Florida', georgia: 'Georgia', 'ga.': 'Georgia', hawaii: 'Hawaii',
  idaho: 'Idaho', illinois: 'Illinois', 'ill.': 'Illinois', indiana: 'Indiana', 'ind.': 'Indiana', iowa: 'Iowa', kansas: 'Kansas', 'kan.': 'Kansas',
  kentucky: 'Kentucky', 'ky.': 'Kentucky', louisiana: 'Louisiana', 'la.': 'Louisiana', maine: 'Maine', maryland: 'Maryland', 'md.': 'Maryland', md: 'Maryland',
  massachusetts: 'Massachusetts', 'mass.': 'Massachusetts', michigan: 'Michigan', 'mich.': 'Michigan', minnesota: 'Minnesota', 'minn.': 'Minnesota',
  mississippi: 'Mississippi', 'miss.': 'Mississippi', missouri: 'Missouri', 'mo.': 'Missouri', montana: 'Montana', 'mont.': 'Montana',
  nebraska: 'Nebraska', 'neb.': 'Nebraska', nevada: 'Nevada', 'nev.': 'Nevada', 'new hampshire': 'New Hampshire', 'n.h.': 'New Hampshire',
  'new jersey': 'New Jersey', 'n.j.': 'New Jersey', 'new mexico': 'New Mexico', 'n.m.': 'New Mexico', 'new york': 'New York', 'n.y.': 'New York',
  'north carolina': 'North Carolina', 'n.c.': 'North Carolina', 'north dakota': 'North Dakota', 'n.d.': 'North Dakota', ohio: 'Ohio',
  oklahoma: 'Oklahoma', 'okla.': 'Oklahoma', oregon: 'Oregon', 'ore.': 'Oregon', pennsylvania: 'Pennsylvania', 'pa.': 'Pennsylvania',
  'rhode island': 'Rhode Island', 'r.i.': 'Rhode Island', 'south carolina': 'South Carolina', 's.c.': 'South Carolina', 'south dakota': 'South Dakota',
  's.d.': 'South Dakota', tennessee: 'Tennessee', 'tenn.': 'Tennessee', texas: 'Texas', utah: 'Utah', vermont: 'Vermont', 'vt.': 'Vermont',
  virginia: 'Virginia', 'va.': 'Virginia', washington: 'Washington', 'wash.': 'Washington', 'west virginia': 'West Virginia', 'w.va.': 'West Virginia',
  wisconsin: 'Wisconsin', 'wis.': 'Wisconsin', wyoming: 'Wyoming', 'wyo.': 'Wyoming',
  ontario: 'Ontario', quebec: 'Quebec', 'british columbia': 'British Columbia', alberta: 'Alberta', manitoba: 'Manitoba', 'nova scotia': 'Nova Scotia',
};

/** The Canadian provinces among REGIONS (the rest are US states). */
export const CANADIAN_PROVINCES: ReadonlySet<string> = new Set(['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Nova Scotia']);

/**
 * English names of cities that the gazetteer's data writes in their own language ("Genève", "Köln")
 * or under a newer name ("Bengaluru"): the English form, then its country.
 */
export const CITY_EXONYMS: readonly (readonly [string, string])[] = [
  ['Geneva', 'Switzerland'], ['Zurich', 'Switzerland'], ['Basel', 'Switzerland'], ['Lucerne', 'Switzerland'], ['Lausanne', 'Switzerland'],
  ['Cologne', 'Germany'], ['Nuremberg', 'Germany'], ['Hanover', 'Germany'], ['Gothenburg', 'Sweden'], ['Antwerp', 'Belgium'], ['Bruges', 'Belgium'],
  ['Ghent', 'Belgium'], ['Liege', 'Belgium'], ['Seville', 'Spain'], ['Saragossa', 'Spain'], ['Krakow', 'Poland'], ['Cracow', 'Poland'],
  ['Gdansk', 'Poland'], ['Wroclaw', 'Poland'], ['Montreal', 'Canada'], ['Quebec City', 'Canada'], ['Bangalore', 'India'], ['Calcutta', 'India'],
  ['Bombay', 'India'], ['Madras', 'India'], ['Peking', 'China'], ['Canton', 'China'], ['Saigon', 'Vietnam'], ['Rangoon', 'Myanmar'],
  ['Leghorn', 'Italy'], ['Padua', 'Italy'], ['Genoa', 'Italy'], ['Thessaloniki', 'Greece'], ['Salonica', 'Greece'], ['Lisbon', 'Portugal'],
  ['Oporto', 'Portugal'], ['Porto', 'Portugal'], ['Odessa', 'Ukraine'], ['Kiev', 'Ukraine'], ['Tiflis', 'Georgia'],
];

/** US postal codes of states, read only in capitals right after a town ("Alexandria, MN"): alone they are words ("IN", "OR", "ME"). */
export const US_POSTAL_CODES: Readonly<Record<string, string>> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
};

/** Capitalised words that follow "in" but are not places ("in Persons", "in Partnership"). */
export const NOT_PLACE_WORDS: ReadonlySet<string> = new Set([
  'persons', 'person', 'partnership', 'cooperation', 'collaboration', 'attendance', 'addition', 'particular', 'response', 'support',
  'order', 'light', 'line', 'charge', 'total', 'fact', 'general', 'conclusion', 'summary', 'brief', 'short', 'time', 'honour', 'honor',
  'memory', 'celebration', 'recognition', 'observance', 'english', 'french', 'spanish', 'arabic', 'chinese', 'russian', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'this',
  'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'all', 'each', 'every', 'both', 'some', 'many', 'several', 'one', 'two',
  'human', 'trafficking', 'drug', 'drugs', 'crime', 'law', 'migration', 'development', 'education', 'health', 'action', 'practice',
  'which', 'what', 'whom', 'person-centred', 'virtual', 'online', 'hybrid', 'mr', 'ms', 'mrs', 'dr', 'he', 'she', 'they', 'we', 'it',
  'spite', 'terms', 'view', 'case', 'light', 'place', 'order', 'advance', 'person', 'school', 'office', 'session', 'congress', 'parliament',
]);

/** Organisation words: a capitalised phrase with one of these is a body, not a town. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'ministry', 'department', 'office', 'council', 'commission', 'committee', 'agency', 'bureau', 'authority', 'secretariat', 'embassy',
  'university', 'institute', 'association', 'organization', 'organisation', 'foundation', 'bank', 'fund', 'programme', 'program',
  'group', 'network', 'service', 'services', 'police', 'court', 'government', 'centre', 'center', 'union', 'alliance', 'coalition',
  'process', 'forum', 'society', 'corporation', 'company', 'inc', 'ltd', 'board', 'unit', 'division', 'mission', 'nations', 'project',
]);

export interface GazetteerEntry {
  kind: 'country' | 'city';
  /** The common name ("Vietnam", "Philippines") of the country, or the city's name. */
  name: string;
  /** For a city: its country's common name. For a country: the same as name. */
  country: string;
}

/**
 * Other names of countries in the data that are English words or names in their own right ("Kelham Island",
 * "Thai food", "Thomas Mann"): they are read as their word, never as the country.
 */
const COMMON_WORD_ALIASES: ReadonlySet<string> = new Set(['island', 'mann', 'thai', 'togolese', 'prathet', 'portuguesa', 'mexicanos', 'pleasant island', 'guiana']);

/** Short forms of countries' names in current use that the data lacks (its rows give "Republic of Cabo Verde" only). */
const EXTRA_COUNTRY_NAMES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['Cape Verde', ['Cabo Verde']],
  ['DR Congo', ['DRC']],
  ['Bosnia and Herzegovina', ['Bosnia']],
];

let gazetteer: Map<string, GazetteerEntry> | null = null;

// NFKC leaves plain ASCII as it is: only other text pays for it
const key = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : s.normalize('NFKC')).toLowerCase().replace(/[’]/g, "'").replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** Countries (every spelling) and cities, looked up by their lower-case name; built on first use. */
export function gazetteerLookup(name: string): GazetteerEntry | undefined {
  if (!gazetteer) {
    gazetteer = new Map();
    for (const [city, country] of CITY_ROWS) gazetteer.set(key(city), { kind: 'city', name: city, country });
    for (const [city, country] of CITY_EXONYMS) if (!gazetteer.has(key(city))) gazetteer.set(key(city), { kind: 'city', name: city, country });
    for (const [common, others] of COUNTRY_ROWS) {
      const entry: GazetteerEntry = { kind: 'country', name: common, country: common };
      for (const n of [common, ...others]) if (!COMMON_WORD_ALIASES.has(key(n))) gazetteer.set(key(n), entry);
    }
    for (const [common, others] of EXTRA_COUNTRY_NAMES) {
      const entry = gazetteer.get(key(common));
      if (entry) for (const n of others) if (!gazetteer.has(key(n))) gazetteer.set(key(n), entry);
    }
  }
  return gazetteer.get(key(name));
}

let towns: Map<string, string> | null = null;

/**
 * The country of a smaller town (50,000+ people, from the same data package) that the text has
 * already marked as a place ("a ribbon cutting ceremony for the facility in Temple"). Not used to find
 * places: only names the gazetteer proper knows are places whatever their context.
 */
let cityStates: Set<string> | null = null;
/** A country whose capital bears its name ("Singapore", "Djibouti", "Kuwait"): a dateline naming it names the city too. */
export function isCityOfItsName(country: string): boolean {
  if (!cityStates) cityStates = new Set(CITY_ROWS.filter(([city, of]) => city === of).map(([city]) => key(city)));
  return cityStates.has(key(country));
}

export function townCountry(name: string): string | undefined {
  if (!towns) {
    towns = new Map();
    for (const line of TOWN_LINES.split('\n')) {
      const tab = line.indexOf('\t');
      const country = TOWN_COUNTRIES[line.slice(tab + 1)];
      if (tab > 0 && country) towns.set(key(line.slice(0, tab)), country);
    }
  }
  return towns.get(key(name));
}

let capitals: Map<string, { city: string; country: string }> | null = null;

/** The capital of the country a demonym or a country's name stands for ("Portuguese", "Portugal" -> Lisbon), when it has one. */
export function capitalOf(countryOrDemonym: string): { city: string; country: string } | undefined {
  if (!capitals) {
    capitals = new Map();
    const first = new Map(COUNTRY_ROWS.map(([common, , caps]) => [common, caps[0]] as const));
    for (const [common, others, caps] of COUNTRY_ROWS) {
      if (!caps[0]) continue;
      for (const n of [common, ...others]) if (!COMMON_WORD_ALIASES.has(key(n))) capitals.set(key(n), { city: caps[0], country: common });
    }
    for (const [demonym, country] of DEMONYM_ROWS) {
      const city = first.get(country);
      if (city && !capitals.has(key(demonym))) capitals.set(key(demonym), { city, country });
    }
  }
  return capitals.get(key(countryOrDemonym));
}

