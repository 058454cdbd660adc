/**
 * Word lists for direct quotations: quotation marks, speech verbs, pronouns and role nouns that
 * refer back to a speaker, cues that a quoted phrase is a title, and cues that words were said at
 * the event. Plain data, lower case; read by src/recognisers/quotations.ts and src/resolvers/quotes.ts.
 */

/** Marks that open a quotation, with the family of marks that close it. */
export const OPENING_MARKS: Readonly<Record<string, 'double' | 'single' | 'guillemet'>> = {
  '“': 'double', '„': 'double', '"': 'double', '‘': 'single', "'": 'single', '«': 'guillemet', '‹': 'guillemet',
};

/** Speech verbs in every form a release uses before or after the words ("said", "stating", "adds"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'state', 'states', 'stated', 'stating', 'add', 'adds', 'added', 'adding',
  'note', 'notes', 'noted', 'noting', 'emphasise', 'emphasises', 'emphasised', 'emphasising', 'emphasize',
  'emphasizes', 'emphasized', 'emphasizing', 'underscore', 'underscores', 'underscored', 'underscoring',
  'highlight', 'highlights', 'highlighted', 'highlighting', 'remark', 'remarks', 'remarked', 'remarking',
  'explain', 'explains', 'explained', 'explaining', 'stress', 'stresses', 'stressed', 'stressing', 'urge',
  'urges', 'urged', 'urging', 'tell', 'tells', 'told', 'telling', 'comment', 'comments', 'commented',
  'commenting', 'observe', 'observes', 'observed', 'observing', 'declare', 'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced', 'announcing', 'assert', 'asserts', 'asserted', 'asserting', 'affirm',
  'affirms', 'affirmed', 'affirming', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledging', 'continue',
  'continues', 'continued', 'continuing', 'conclude', 'concludes', 'concluded', 'concluding', 'recall',
  'recalls', 'recalled', 'recalling', 'reiterate', 'reiterates', 'reiterated', 'reiterating', 'insist',
  'insists', 'insisted', 'insisting', 'argue', 'argues', 'argued', 'arguing', 'warn', 'warns', 'warned',
  'warning', 'caution', 'cautions', 'cautioned', 'cautioning', 'lament', 'lamented', 'share', 'shares',
  'shared', 'sharing', 'express', 'expresses', 'expressed', 'expressing', 'maintain', 'maintains',
  'maintained', 'mention', 'mentions', 'mentioned', 'mentioning', 'quip', 'quipped', 'reply', 'replies',
  'replied', 'respond', 'responds', 'responded', 'answer', 'answered', 'write', 'writes', 'wrote', 'writing',
  'remind', 'reminds', 'reminded', 'reminding', 'assure', 'assures', 'assured', 'appeal', 'appealed', 'point',
  'points', 'pointed', 'pointing', 'confirm', 'confirms', 'confirmed', 'confirming', 'describe', 'described',
  'describes', 'describing', 'call', 'called', 'calls', 'calling', 'agree', 'agreed', 'agrees', 'exclaim', 'exclaimed',
  'predict', 'predicted', 'predicts', 'suggest', 'suggested', 'suggests', 'vow', 'vowed', 'vows', 'pledge',
  'pledged', 'pledges', 'welcome', 'welcomed', 'welcomes', 'thank', 'thanked', 'thanks', 'praise', 'praised',
  'praises', 'laud', 'lauded', 'salute', 'saluted', 'commend', 'commended', 'ask', 'asked', 'asks', 'recount',
  'recounted', 'reflect', 'reflected', 'reflects', 'admit', 'admitted', 'admits', 'announce', 'claim', 'claimed',
  'claims', 'conclude', 'elaborate', 'elaborated', 'elaborates', 'articulate', 'articulated', 'opine', 'opined',
  'reveal', 'revealed', 'reveals', 'inform', 'informed', 'informs', 'address', 'addressed', 'underline', 'underlines',
  'underlined', 'underlining', 'advise', 'advised', 'advises', 'encourage', 'encouraged', 'encourages',
]);

/** Verbs that only introduce words when they stand right next to them ("X called it ..." is not speech). */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'call', 'called', 'calls', 'calling', 'point', 'points', 'pointed', 'pointing', 'continue', 'continues',
  'continued', 'continuing', 'share', 'shares', 'shared', 'sharing', 'address', 'addressed', 'welcome',
  'welcomed', 'welcomes', 'thank', 'thanked', 'thanks', 'describe', 'described', 'describes', 'describing',
  'announce', 'announces', 'announced', 'announcing', 'ask', 'asked', 'asks', 'agree', 'agreed', 'agrees',
]);

/** Pronouns that refer back to a person who spoke. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'i']);
/** Pronouns that may refer back to a body (or to several people). */
export const BODY_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'we']);

/**
 * Role nouns that refer back to a named person ("the Minister added", "the ambassador said"),
 * besides the position nouns of the who lexicon.
 */
export const PERSON_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'minister', 'secretary', 'undersecretary', 'president', 'ambassador', 'director', 'governor', 'mayor',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'official', 'officer', 'spokesperson', 'spokesman',
  'spokeswoman', 'envoy', 'diplomat', 'senator', 'lawmaker', 'congressman', 'congresswoman', 'commissioner',
  'administrator', 'chief', 'head', 'leader', 'prince', 'princess', 'king', 'queen', 'prosecutor', 'judge',
  'founder', 'ceo', 'executive', 'expert', 'author', 'professor', 'researcher', 'economist', 'manager',
  'coordinator', 'superintendent', 'admiral', 'general', 'consul', 'premier', 'chancellor', 'speaker',
  'councillor', 'councilor', 'alderman', 'representative', 'dean', 'principal', 'organiser', 'organizer',
  'deputy', 'usec', 'asec', 'trainer', 'participant', 'delegate', 'host',
]);

/** Words before a quoted phrase that make it a name or a title, not words said ("themed", "entitled"). */
export const TITLE_CUES =
  /\b(?:them(?:e|ed)|entitled|titled|called|dubbed|named|known\s+as|slogan|motto|tagline|hashtag|banner|labell?ed|branded|coined|(?:the|a|its|their|his|her)\s+(?:new\s+|latest\s+|annual\s+|\d{4}\s+)?(?:report|book|film|documentary|campaign|programme|program|project|initiative|series|song|album|exhibition|exhibit|theme|circular|manual|guide|handbook|toolkit|study|paper|publication|declaration|strategy|plan|policy|app|website|show|podcast|column|award|prize))(?:[ \t]{0,3}[:,])?\s{0,3}$/i;

/** Cues that the words were said at the event: remarks, a speech, a session, the audience. */
export const SAID_AT_EVENT =
  /\b(?:remarks|speech|keynote|lecture|presentation|toast|address(?:ed)?\s+(?:the|to)\s+(?:audience|participants|delegates|attendees|gathering|crowd|guests|forum|conference|meeting|workshop|dialogue|assembly|session|event|ceremony)|(?:statement|message)\s+(?:at|during|to)\s+the|(?:opening|closing|welcom(?:e|ing))\s+(?:remarks|statement|address|speech|message|session|ceremony)|(?:told|reminded|urged|assured)\s+(?:the\s+)?(?:audience|participants|delegates|attendees|gathering|crowd|guests|forum|conference|meeting|workshop|dialogue|assembly|trainees|students)|(?:at|during|in)\s+the\s+(?:opening\s+|closing\s+|plenary\s+|panel\s+)?(?:event|ceremony|launch|meeting|conference|forum|dialogue|workshop|training|seminar|webinar|summit|session|panel|briefing|discussion|roundtable|consultation|reception))\b/i;

/** "as delivered by X", "read by X on his behalf": the words are another person's, delivered by X. */
export const DELIVERED_BY = /\b(?:delivered|read(?:\s+out)?|presented|conveyed|given)\s+(?:on\s+(?:his|her|their)\s+behalf\s+)?by\s+/gi;
/** "X, delivering the remarks of Y", "X, who read Y's message": the words are Y's. */
export const DELIVERING_FOR = /\b(?:delivering|reading|read|delivered|who\s+(?:delivered|read))\s+(?:the\s+)?(?:remarks|speech|message|statement|address)\s+of\s+/gi;

/** Function words left out when judging whether a quoted phrase is written in title case. */
export const TITLE_CASE_SKIP: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'on', 'in', 'to', 'at', 'by', 'with', 'from', 'into', 'through',
  'against', 'as', 'via', 'vs', 'per', 'post', 'amid', 'among', 'over', 'under', 'upon', 'about', 'is', 'are', 'not',
  'but', 'nor', 'its', 'their', 'our', 'de', 'la', 'le', 'du', 'des', 'sa', 'ng', 'sa',
]);

/** Words that show the quoted phrase is somebody speaking (first and second person). */
export const SPEAKING_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'our', 'us', 'my', 'me', "i'm", "we're", "we've", "i've", "we'll", "i'll", 'you', 'your', 'ours', 'let']);
