/**
 * Word lists for people, organisations and their roles at events. Plain data: the recognisers and
 * resolvers in src/recognisers/{organisations,people,attendees}.ts and src/resolvers/{agents,roles}.ts
 * read them. All entries are lower case unless said otherwise.
 */

/** Courtesy forms written before a name and never part of it (compared without dots, lower case). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'he', 'h.e', 'hon', 'honourable', 'honorable',
  'rt', 'right', 'sir', 'dame', 'lord', 'lady', 'shri', 'smt', 'datuk', 'dato', 'datin',
  'excellency', 'atty', 'engr', 'rev', 'fr', 'sr', 'mme', 'mlle', 'hrh', 'sheikh', 'prince',
  'princess', 'king', 'queen', 'pol', 'capt', 'maj', 'col', 'lt', 'gen', 'sgt', 'cpl', 'insp',
  'cllr', 'cr',
  'madam', 'madame', 'h.h', 'eng', 'tun', 'tengku', 'tunku', 'haji', 'alhaji',
  'reverend', 'revd', 'amb', 'imam', 'rabbi', 'hajia', 'hajiya', 'alhaja', 'shrimati', 'mister',
  'comrade', 'cde', 'adv', 'barr', 'kumari', 'thiru', 'tmt', 'selvi', 'ustaz',
  // the forms of address of trade unions and religious orders ("Brother Joseph Phiri", "Sister Thandiwe Ncube")
  'brother', 'sister', 'bro', 'sis',
  // Spanish and Portuguese courtesy titles before a given name ("Doña Marielos Jiménez", "Dona Maria")
  'doña', 'dona',
]);

/**
 * Courtesy forms of two words ("Tan Sri", "Datuk Seri"): the second word alone is no honorific
 * ("Bandar Seri Begawan", "Sri Lanka"), so they are matched as pairs (lower case, space between).
 */
export const HONORIFIC_PAIRS: ReadonlySet<string> = new Set([
  'tan sri', 'puan sri', 'datuk seri', 'dato seri', "dato' seri", 'dato sri', "dato' sri", 'toh puan', 'datin seri', 'datin paduka',
]);

/** Weekdays and months that are also given or family names ("Mr Sunday Awulu", "Letlet August"). */
export const CALENDAR_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // abbreviations that are given names too ("Jun Santos", "Mar Roxas")
  'jun', 'mar',
]);

/**
 * Verbs of saying that a person's name stands right before ("Dilshod Akhatov said") or right after
 * ("said Jane Doe"): context enough to read a capitalised pair of words as a person's name.
 */
export const SAYS_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'stressed', 'stresses', 'explained', 'explains',
  'told', 'remarked', 'emphasised', 'emphasized', 'underlined', 'underscored', 'urged', 'observed', 'recalled',
  'commented', 'asserted', 'declared', 'affirmed', 'insisted', 'argued', 'warned', 'cautioned', 'concluded', 'continued',
  'reiterated', 'acknowledged', 'highlighted', 'pointed', 'thanked', 'welcomed', 'praised', 'lauded', 'commended',
]);

/**
 * Honorifics that also hold a rank or an academic post, and so are the title when no other title is
 * written ("Prof. Hannah Whitcombe", "Capt. Brian Tully"); courtesy forms ("Dr.", "Hon.", "Prince")
 * never are. Compared without dots, lower case.
 */
export const RANK_HONORIFICS: ReadonlySet<string> = new Set(['ambassador', 'prof', 'professor', 'capt', 'maj', 'col', 'lt', 'gen', 'sgt', 'cpl', 'insp']);

/**
 * Position nouns: the head of a title ("Undersecretary", "Director", "Chief Economist").
 * A capitalised word in this list, before or after a name, marks a title.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'chairs',
  'secretary', 'undersecretary', 'under-secretary', 'usec', 'asec', 'secretary-general', 'minister', 'ministers',
  'director', 'director-general', 'directors', 'manager', 'co-manager', 'head', 'chief', 'officer', 'officers',
  'administrator', 'ambassador', 'envoy', 'consul', 'consul-general', 'attaché', 'attache', 'commissioner',
  'governor', 'mayor', 'alder', 'alderman', 'alderwoman', 'councillor', 'councilor', 'senator', 'sen', 'rep',
  'representative', 'congressman', 'congresswoman', 'deputy', 'speaker', 'premier', 'chancellor',
  'prosecutor', 'judge', 'attorney', 'attorney-general', 'solicitor', 'counsel', 'advisor', 'adviser',
  'coordinator', 'co-ordinator', 'co-lead', 'lead', 'leader', 'analyst', 'researcher', 'economist', 'editor',
  'anchor', 'superintendent', 'admiral', 'general', 'colonel', 'commander', 'captain', 'inspector', 'lieutenant',
  'ceo', 'coo', 'cfo', 'cto', 'cao', 'founder', 'co-founder', 'executive', 'specialist', 'expert', 'consultant',
  'member', 'fellow', 'professor', 'lecturer', 'dean', 'rector', 'principal', 'spokesperson', 'spokesman',
  'spokeswoman', 'mp', 'mep', 'delegate', 'attaché', 'registrar', 'treasurer', 'trustee', 'partner', 'author',
  'assistant', 'associate', 'programme', 'program', 'liaison', 'investigator', 'agent', 'official',
  'trainer', 'facilitator', 'instructor', 'curator', 'chaplain', 'pastor', 'vicar', 'bishop', 'archbishop',
  'architect', 'engineer', 'designer', 'evangelist', 'strategist', 'scientist', 'technologist', 'provost', 'chancellor', 'vice-chancellor',
  'vc', // "University VC, Prof X": the vice-chancellor
  'marshal', 'sheriff', 'magistrate', 'clerk', 'comptroller', 'controller', 'auditor', 'auditor-general', 'ombudsman',
  'warden', 'headmaster', 'headmistress', 'headteacher', 'convener', 'convenor', 'vice-chairman', 'vice-chairperson',
  'vice-chairwoman', 'vice-chair', 'co-chairman', 'co-chairperson', 'correspondent', 'producer', 'surgeon',
  'vp', 'svp', 'evp', 'cmo', 'cio', 'cso', 'cpo', 'chro', // "SVP of Engineering X", "Acme CMO Y"
]);

/**
 * Occupations written in lower case right before a name ("journalist Tom Rivers", "author Jane Roe"):
 * the word is the person's title.
 */
class OccupationSet extends Set<string> {
  /** A listed occupation, or a science's practitioner by its ending ("hydrologist", "oceanographer", "statistician"). */
  override has(word: string): boolean {
    return super.has(word) || (word.length > 7 && /^[a-z]+$/.test(word) && OCCUPATION_ENDINGS.some((e) => word.endsWith(e)));
  }
}
const OCCUPATION_ENDINGS = ['ologist', 'ographer', 'ometrist', 'iatrist', 'istician', 'ematician', 'nomist'];
export const LOWER_CASE_OCCUPATIONS: ReadonlySet<string> = new OccupationSet([
  'journalist', 'broadcaster', 'reporter', 'columnist', 'author', 'novelist', 'poet', 'writer', 'historian', 'economist',
  'psychologist', 'psychiatrist', 'sociologist', 'anthropologist', 'scientist', 'researcher', 'physician', 'doctor',
  'nurse', 'lawyer', 'attorney', 'activist', 'advocate', 'artist', 'musician', 'singer', 'actor', 'actress', 'filmmaker',
  'photographer', 'entrepreneur', 'architect', 'engineer', 'educator', 'teacher', 'scholar', 'philanthropist',
  'comedian', 'presenter', 'podcaster', 'designer', 'chef', 'athlete', 'coach', 'farmer', 'pastor', 'priest', 'imam', 'rabbi',
  'critic', 'director', 'curator', 'producer', 'composer', 'choreographer', 'dancer', 'painter', 'sculptor', 'illustrator', 'playwright',
  'translator', 'editor', 'publisher', 'agronomist', 'veterinarian', 'nutritionist', 'epidemiologist', 'conservationist', 'ecologist', 'biologist', 'climatologist', 'botanist', 'campaigner', 'organiser', 'organizer',
  'narrator', 'storyteller', 'consultant', 'analyst', 'lecturer', 'mediator', 'counsellor', 'counselor', 'trainer', 'paralegal',
  'midwife', 'pharmacist', 'surgeon', 'diplomat', 'strategist', 'technologist', 'developer', 'inventor', 'blogger', 'streamer',
  'drummer', 'guitarist', 'pianist', 'violinist', 'cellist', 'vocalist', 'bassist', 'saxophonist', 'percussionist', 'rapper',
]);

/** Lower-case words that qualify an occupation before a name ("investigative journalist", "child psychologist"). */
export const OCCUPATION_QUALIFIERS: ReadonlySet<string> = new Set([
  'investigative', 'veteran', 'award-winning', 'freelance', 'independent', 'local', 'senior', 'child', 'clinical', 'political',
  'science', 'health', 'data', 'social', 'human', 'environmental', 'community', 'youth', 'food', 'travel', 'sports', 'legal', 'panel',
  'graphic', 'documentary', 'film', 'theatre', 'theater', 'music', 'art', 'fashion', 'marine', 'wildlife', 'union', 'labour', 'labor',
  // the body or event a post serves, in lower case ("the jury chair", "festival director", "the prize committee secretary")
  'jury', 'festival', 'prize', 'award', 'awards', 'judging', 'selection', 'organising', 'organizing', 'steering', 'programme', 'program',
]);

/** Words that qualify a position noun inside a title ("Deputy", "Senior", "Assistant"). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'assistant', 'associate', 'senior', 'junior', 'chief', 'executive', 'managing', 'special',
  'acting', 'principal', 'general', 'permanent', 'prime', 'state', 'first', 'second', 'third', 'lead', 'co',
  'cabinet', 'council', 'regional', 'national', 'country', 'programme', 'program', 'project', 'policy', 'technical', 'legal', 'political',
  'foreign', 'australian', 'former', 'incoming', 'outgoing', 'interim', 'under', 'high', 'u.s.', 'us', 'uk', 'eu', 'un', 'resident', 'honorary', 'emeritus', 'research', 'communications',
  'operations', 'administrative', 'financial', 'information', 'external', 'internal', 'public', 'affairs',
  'justice', 'vice-', 'international', 'security', 'intelligence', 'specialized', 'specialised', 'criminal',
  'counter', 'trafficking', 'founding', 'sr', 'jr', 'and',
  // Indian and Commonwealth civil-service grades ("Additional Secretary", "Joint Director")
  'additional', 'joint',
  // police ranks in Thailand and elsewhere ("Police Colonel", "Police General")
  'police',
]);

/**
 * The level of government a post is at, when it opens the title ("District Health Officer", "Municipal Engineer").
 * After a place's name it is the body's ("Lekwa District Mayor": the mayor of Lekwa District).
 */
export const GOVERNMENT_LEVELS: ReadonlySet<string> = new Set(['district', 'county', 'provincial', 'municipal', 'divisional', 'zonal', 'regional', 'state', 'city', 'village', 'ward']);

/** Titles whose "of X" names the organisation the person heads ("Director of the OSCE Office"), not a portfolio. */
export const TITLES_OF_ORGANISATION: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'director-general',
  'manager', 'co-manager', 'administrator', 'superintendent', 'ceo', 'coo', 'cfo', 'founder', 'co-founder',
  'dean', 'rector', 'principal', 'editor', 'coordinator', 'officer', 'researcher', 'economist', 'analyst', 'registrar', 'treasurer', 'provost', 'chancellor', 'vice-chancellor',
  'secretary-general', 'member', 'executive', 'spokesperson', 'spokesman', 'spokeswoman', 'leader', 'co-lead',
]);

/**
 * Words that name a portfolio or a field of work, not a body: a title's "of X" made only of these stays in
 * the title ("Director of Programmes", "Vice President of Sales and Marketing", "Dean of Students").
 */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set([
  'programmes', 'programs', 'operations', 'communications', 'communication', 'strategy', 'strategies', 'finance', 'marketing',
  'sales', 'research', 'development', 'policy', 'policies', 'partnerships', 'engagement', 'events', 'students', 'studies',
  'technology', 'technologies', 'innovation', 'planning', 'outreach', 'advocacy', 'membership', 'admissions', 'curriculum',
  'engineering', 'product', 'products', 'platform', 'platforms', 'design', 'content', 'data', 'analytics', 'security',
  'compliance', 'procurement', 'logistics', 'infrastructure', 'sustainability', 'digital', 'global', 'public', 'corporate',
  'human', 'resources', 'legal', 'affairs', 'external', 'internal', 'international', 'regional', 'business', 'customer',
  'customers', 'community', 'relations', 'developer', 'developers', 'media', 'news', 'investment', 'investments', 'risk',
  'quality', 'safety', 'facilities', 'training', 'learning', 'teaching', 'academic', 'clinical', 'medical', 'nursing',
  // ministers' portfolios
  'economic', 'multimedia', 'workforce', 'skills', 'economy', 'trade', 'health', 'education', 'tourism', 'sports', 'sport', 'culture', 'arts', 'agriculture', 'environment',
  'energy', 'interior', 'defence', 'defense', 'transport', 'labour', 'labor', 'employment', 'industry', 'industries',
  'commerce', 'fisheries', 'forestry', 'mining', 'mines', 'water', 'housing', 'youth', 'gender', 'welfare', 'works',
  'lands', 'land', 'reform', 'rural', 'urban', 'natural', 'information', 'broadcasting', 'telecommunications', 'ict', 'science', 'heritage', 'immigration', 'migration',
  // grades of a portfolio ("Director Higher Education", "Principal Secretary Technical Education")
  'higher', 'technical', 'primary', 'secondary', 'school', 'tertiary', 'vocational', 'social', 'tribal', 'revenue', 'home',
  'and', '&',
]);

/** Bodies whose "of" is followed by portfolios ("Ministry of Health and Medical Services"). */
export const PORTFOLIO_BODIES: ReadonlySet<string> = new Set(['ministry', 'department', 'secretariat', 'directorate', 'bureau']);
/** Head nouns that also end a portfolio ("Health and Human Services", "Youth and Community Affairs"). */
export const PORTFOLIO_HEADS: ReadonlySet<string> = new Set(['services', 'affairs']);
/** Fields a unit's name is made of ("Financial Crime and Anti-Corruption Centre"): "and" between them joins no two bodies. */
export const FIELD_WORDS: ReadonlySet<string> = new Set(['crime', 'financial', 'justice', 'rights', 'peace', 'law', 'child', 'women', 'family', 'animal', 'disaster', 'emergency']);

/**
 * Head nouns of organisation names ("Ministry", "Office", "Council"). A capitalised run that
 * holds one of these is an organisation unless an event noun is its head.
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  // ("Friends of Calder Park", "Friends of the Earth": a supporters' body named by what it befriends)
  'friends',
  'ministry', 'ministries', 'department', 'office', 'council', 'commission', 'committee', 'committees', 'mission',
  'institute', 'institution', 'institutions', 'embassy', 'consulate', 'organization', 'organisation', 'organizations',
  'organisations', 'agency', 'agencies', 'bureau', 'centre', 'center', 'secretariat', 'service', 'services',
  'unit', 'police', 'army', 'navy', 'guard', 'force', 'forces', 'association', 'foundation', 'university',
  'college', 'polytechnic', 'academy', 'school', 'guild', 'station', 'network', 'parliament', 'assembly', 'senate', 'congress', 'government',
  'consultancy', 'fund', 'bank', 'group', 'board', 'authority', 'administration', 'alliance', 'federation',
  'union', 'society', 'corporation', 'company', 'inc', 'ltd', 'llc', 'plc', 'co', 'corp', 'partnership',
  'programme', 'program', 'initiative', 'coalition', 'chamber', 'court', 'tribunal', 'division', 'directorate',
  'task', 'museum', 'library', 'hospital', 'clinic', 'church', 'churches', 'trust', 'project', 'platform',
  'observatory', 'laboratory', 'command', 'coast', 'ngo', 'ngos', 'alumni',
  'community', 'nations', 'league', 'cabinet', 'presidency', 'parks', 'taskforce',
  'inc.', 'ltd.', 'secretariats', 'commission', 'caucus', 'party', 'newshour', 'journal', 'agency', 'consortium', 'industries', 'holdings', 'labs', 'delegation', 'team', 'staff',
  'cooperative', 'co-operative', 'cooperatives', 'club', 'clubs', 'collective', 'movement', 'charity', 'enterprises',
  'faculty', 'faculties', 'conservatory', 'seminary', 'exhibitions', 'productions',
  // the heads of firms' names ("Mango Studios", "Kestrel Ventures"; not field words that head titles too:
  // "Senior Software Engineer", "Systems Analyst", "head of logistics")
  'studios', 'technologies', 'ventures', 'pharmaceuticals',
  // collections and companies of players ("Lagos Contemporary Image Archive", "Riverside Philharmonic")
  'archive', 'archives', 'orchestra', 'philharmonic', 'choir', 'ensemble',
  // the same heads in the languages bodies keep their names in ("Universidad Politécnica del Mar", "Instituto de ...")
  'universidad', 'universidade', 'università', 'universita', 'universität', 'université', 'universite', 'universiteit', 'instituto',
  'istituto', 'institut', 'fundación', 'fundacion', 'fundação', 'fondation', 'fondazione', 'stiftung', 'asociación', 'associação',
  'associazione', 'ministerio', 'ministério', 'ministère', 'ministero', 'secretaría', 'consejo', 'conselho', 'conseil', 'comisión',
  'comissão', 'comité', 'centro', 'agencia', 'agência', 'agence', 'banco', 'banque', 'sociedad', 'société', 'federación',
  'confederación', 'sindicato', 'cámara', 'câmara', 'escuela', 'colegio', 'museo', 'musée', 'museu', 'biblioteca', 'bibliothèque',
  'gobierno', 'governo', 'gouvernement', 'ayuntamiento', 'municipalidad', 'prefeitura', 'hochschule', 'akademie', 'verein']);

/** ", Inc.", " PLC", " JSC", " GmbH": a company's legal form after its name, with or without a comma. */
export const CORPORATE_SUFFIX = /^,?\s(?:Inc\.?|Incorporated|PLC|plc|Ltd\.?|Limited|LLC|JSC|GmbH|S\.A\.|N\.V\.|B\.V\.|Pty\.?\sLtd\.?|Corp\.?)(?![\p{L}\d])/u;

/** Heads that make a name an event, not an organisation ("Thematic Dialogue on ..."). */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'forum', 'dialogue', 'meeting', 'meetings', 'conference', 'summit', 'workshop', 'workshops', 'training', 'seminar',
  'webinar', 'consultation', 'roundtable', 'panel', 'briefing', 'launch', 'ceremony', 'visit', 'exhibition',
  'reception', 'festival', 'session', 'sessions', 'course', 'courses', 'debriefing', 'month', 'week', 'day',
  'operation', 'report', 'declaration', 'convention', 'protocol', 'act', 'law', 'strategy',
  'plan', 'campaign', 'award', 'challenge', 'townhall', 'hall', 'series', 'guide', 'guides', 'episode', 'event',
  'events', 'lunch', 'dinner', 'breakfast', 'gala', 'fair', 'expo', 'symposium', 'colloquium', 'retreat',
  'model', 'app', 'statement', 'release', 'circular', 'order', 'resolution', 'memorandum', 'bill', 'rules',
  'hotel', 'palace', 'building', 'room', 'park', 'square', 'stadium', 'arena', 'auditorium', 'venue', 'street',
  'road', 'avenue', 'boulevard', 'caves', 'site', 'island', 'islands', 'region', 'harbour', 'harbor', 'agenda', 'framework',
]);

/** Function words allowed inside a capitalised name ("Ministry of Foreign Affairs", "Council Against Trafficking"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'the', 'for', 'and', 'on', 'in', 'against', '&', 'de', 'du', 'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'la', 'le', 'of the', 'to', 'at',
]);

/** Particles inside personal names ("Maria de la Cruz", "Stephanie von Friedeburg", "bin Salman"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'bin', 'binti',
  'bint', 'ibn', 'al', 'el', 'y', 'ter', 'ten', 'st', 'mac', 'ap', 'abu',
  'a/l', 'a/p', 's/o', 'd/o', 'bte', // Malaysian and Singaporean "son/daughter of" ("Rajesh a/l Subramaniam")
]);

/** Generic suffixes after a name ("Jr.", "III", "MD"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words that start with a capital but never begin a name of record (sentence openers, pronouns, months...). */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'on', 'in', 'at', 'for', 'from', 'with', 'by', 'to', 'of',
  'and', 'but', 'or', 'as', 'after', 'before', 'during', 'following', 'over', 'under', 'while', 'when', 'where',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'both', 'all',
  'each', 'every', 'some', 'many', 'most', 'other', 'another', 'such', 'also', 'then', 'there', 'here', 'today',
  'yesterday', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'said',
  'date', 'time', 'location', 'who', 'when', 'what', 'why', 'how', 'posted', 'photo', 'read', 'more', 'meanwhile',
  'additional', 'key', 'throughout', 'using', 'leading', 'calling', 'underscoring', 'underlining', 'prior',
  'immediately', 'despite', 'speakers', 'participants', 'delegates', 'representatives', 'media', 'please',
  'join', 'through', 'by', 'said', 'says', 'three', 'two', 'one', 'four', 'five', 'nowhere', 'while',
  'afterwards', 'however', 'although', 'because', 'since', 'if', 'in addition', 'based', 'operational',
]);

/** Acronyms that are not bodies (diseases, currencies, units, document words). */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'COVID', 'COVID-19', 'SARS', 'HIV', 'AIDS', 'USD', 'EUR', 'GBP', 'PHP', 'THB', 'AM', 'PM', 'TIP', 'OFW', 'OFWS',
  'EV', 'EVS', 'Q&A', 'RSVP', 'FAQ', 'PDF', 'URL', 'CEO', 'COO', 'CFO', 'CAO', 'CTO', 'MP', 'MPS', 'MEP', 'GDP',
  'ID', 'TV', 'IT', 'AI', 'SDG', 'SDGS', 'OSEC', 'ODM', 'WHEN', 'WHERE', 'ASSETS', 'ON-SITE', 'RSVP',
  'VP', 'SVP', 'EVP', 'CMO', 'CIO', 'CSO', 'CPO', 'CHRO',
  'USEC', 'ASEC', 'DSP', 'PG', 'PDR', 'SAR', 'UTC', 'GMT', 'NB', 'PS', 'II', 'III', 'IV', 'HE', 'H.E', 'AKP', 'MD', 'PHD',
]);

/**
 * Positions strong enough to end an organisation's name where they follow it ("World Bank Group
 * President David Malpass", "IFC COO Stephanie ...", "United Nations Ambassador ...").
 */
export const STRONG_TITLES: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'secretary', 'undersecretary', 'under-secretary', 'usec', 'asec', 'minister', 'director',
  'director-general', 'administrator', 'mayor', 'ceo', 'coo', 'cfo', 'cao', 'cto', 'chairman', 'chairwoman',
  'chairperson', 'ambassador', 'governor', 'commissioner', 'superintendent', 'spokesperson', 'spokesman',
  'spokeswoman', 'manager', 'co-manager', 'officer', 'officers', 'coordinator', 'head', 'representative', 'deputy',
  'chief', 'senator', 'congressman', 'congresswoman', 'alder', 'councillor', 'councilor', 'economist', 'economists',
  'editor', 'researcher', 'analyst', 'prosecutor', 'secretary-general', 'member', 'members', 'envoy', 'consul',
  'executive', 'founder', 'co-founder', 'professor', 'dean', 'rector', 'judge', 'speaker', 'leader', 'co-lead',
]);

/** Words that may stand inside a name ("Women Political Leaders") but never begin one (a sentence's "Officials of ..."). */
export const NOT_NAME_START: ReadonlySet<string> = new Set([
  'officials', 'members', 'experts', 'staff', 'students', 'guests', 'attendees', 'leaders', 'organizers', 'organisers',
  'participants', 'delegates', 'representatives', 'speakers',
]);

/**
 * Words that open a line-up of people, tested on the text right before a name ("Speakers include",
 * "the panel featured", "presentations were given by", "among the speakers were", "guest speakers:").
 * Anchored at the end, over a bounded slice, so it stays linear.
 */
export const LINEUP_BEFORE =
  /(?:\b(?:speakers?|panel(?:l)?ists?|presenters?|moderators?|facilitators?|trainers?|lecturers?|keynotes?|judges|line-?up|guests?|panel)\s(?:(?:at|for|during|on)\s(?:the\s|this\s|a\s)?(?:[a-z-]+\s){0,3})?(?:will\s|also\s)?(?:include[sd]?|including|were|are|will be|featured|features|comprised|:)|\b(?:featur(?:ed|es|ing)|(?:presented|moderated|facilitated|given|delivered|chaired|led|introduced) by|among (?:them|the (?:speakers|panel(?:l)?ists|presenters)) (?:were|are|was))|\b(?:speakers?|panel(?:l)?ists?|presenters?|lecturers?|judges|guests?)\s?:)\s?$/i;

/**
 * Post-nominal letters written after a name ("X, CMP, CAE", "Y KC", "Z, PhD"): degrees, honours and
 * professional credentials, not bodies. Compared as written (upper case, dots removed).
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set([
  'PHD', 'PHD.', 'MD', 'MBA', 'MSC', 'MA', 'BA', 'BSC', 'LLM', 'LLB', 'JD', 'DPHIL', 'EDD', 'MPH', 'RN', 'PE', 'CPA', 'CFA',
  'KC', 'QC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'FRSE', 'FRCP', 'FRCS', 'FACP', 'JP', 'DSO', 'OAM', 'AM', 'AO', 'AC',
  'CMP', 'CEM', 'CAE', 'FASAE', 'CTA', 'CMM', 'CSEP', 'DES', 'CITP', 'PMP', 'CISSP', 'SHRM-CP', 'SPHR', 'FCA', 'ACCA',
]);
