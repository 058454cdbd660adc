/**
 * Role cues: the words that make a body or a person an organiser, partner, chair or speaker of an
 * event. Plain data for src/resolvers/roles.ts. Every pattern is linear (no nested quantifiers).
 */
import type { AgentRole, SpeakerRole } from '../record.js';

/** "organised by X", "hosted by X", a listing's "Hosted by: X": the agents follow. Checked on the words before "by". */
export const PASSIVE_ORGANISER: ReadonlyArray<readonly [RegExp, AgentRole]> = [
  [/^co-?organi[sz]ed$/i, 'co-organizer'],
  [/^organi[sz]ed$/i, 'organizer'],
  [/^co-?hosted$/i, 'host'],
  [/^hosted$/i, 'host'],
  [/^co-?chaired$/i, 'co-chair'],
  [/^chaired$/i, 'chair'],
  [/^convened$/i, 'organizer'],
  [/^(?:conducted|spearheaded|arranged|run|staged|prepared|initiated|held|led|put on|presented|called)$/i, 'organizer'],
  [/^(?:co-?)?(?:sponsored|funded|financed)$/i, 'sponsor'],
  [/^(?:supported)$/i, 'partner'],
];
export const PASSIVE_BY = /\b((?:co-?)?organi[sz]ed|(?:co-?)?hosted|(?:co-?)?chaired|convened|conducted|spearheaded|arranged|run|staged|prepared|initiated|(?:co-?)?sponsored|(?:co-?)?funded|financed|supported)\s+(?:(?:each|every)\s+(?:year|autumn|fall|spring|summer|winter)\s+|annually\s+|this\s+year\s+|again\s+|once\s+more\s+)?(?:jointly\s+|together\s+)?by(?::\s*|\s+)(?:(?:a|an)\s(?:coalition|consortium|partnership|alliance|group|network)\sof\s)?/gi;
/** "held by", "led by": passive cues kept apart from PASSIVE_BY (joined to it, recheck finds it polynomial); see EVENT_BOUND_PASSIVES. */
export const PASSIVE_BY_AFTER_EVENT = /\b(held|led|put on|presented|called)\s+(?:(?:each|every)\s+(?:year|autumn|fall|spring|summer|winter)\s+|annually\s+)?(?:jointly\s+|together\s+)?by\s+/gi;
/** Passive cues that name an organiser only right after an event noun ("the event was led by X", not "a delegation led by X"). */
// ("a rally called by the federation": a march or rally is called, as a strike is)
export const EVENT_BOUND_PASSIVES: ReadonlySet<string> = new Set(['held', 'led', 'put on', 'presented', 'prepared', 'initiated', 'run', 'called']);

/** "venue partner X", "media partner Y": a partner's billing before its name (it says what it is in any sentence). */
export const PARTNER_BILLING = /\b(?:venue|media|knowledge|technology|technical|community|hospitality|official|strategic|implementing|broadcast|travel|digital)\s+partners?\s+(?=(?:the\s+)?\p{Lu})/gu;

/** "organiser Tradevia Group said", "co-organisers X and Y": an organiser's billing before its name (case-sensitive: a capital must follow). */
// (in lower case only: "Organisers Expect Record Crowd" is a headline's words)
export const ORGANISER_BILLING = /\b(?:co-)?organi[sz]ers?\s+(?=(?:the\s)?\p{Lu})/gu;

/** "in partnership with X": partners and sponsors that follow. */
export const PARTNER_CUES: ReadonlyArray<readonly [RegExp, AgentRole]> = [
  [/\b(?:in (?:partnership|collaboration|cooperation|co-operation|association|coordination|co-ordination|conjunction|liaison) with|jointly with|co-organi[sz]ed with|organi[sz]ed (?:together |jointly )?with|together with)\s/gi, 'partner'],
  // "Co-hosted with the KIDT and LaunchPad, the hackathon ...": the other hosts
  // ("co-hosted with our friends at Gullwing Books": the body after whose people)
  [/\bco-?hosted (?:together |jointly )?with\s(?:(?:our|their|its) (?:friends|partners|colleagues) at\s|the (?:team|folks|people) at\s)?/gi, 'host'],
  // "through the Ministry of ...": a capitalised name must follow. Not /iu: under it \p{Lu} folds to
  // every letter (so "through the training" matched), and V8 runs /iu patterns many times slower.
  // (not "presented through the X": X gave the presentation)
  [/(?<!\bpresented\s)\b(?:[Tt]hrough|THROUGH)\s+(?=(?:the|The|THE)\s+\p{Lu})/gu, 'partner'],
  [/\bunder the (?:auspices|patronage|aegis) of\s+|\bwith the (?:generous |kind )?(?:support|backing|assistance|help) of\s+|\bwith (?:technical |logistical |additional |further )?support from\s+|\bsupported by\s+/gi, 'partner'],
  // "under the chairmanship of X", "presided over by X": the chair of the sitting
  [/\bunder the (?:co-?)?(?:chairmanship|chairpersonship|chairwomanship|chairing) of\s+|\bpresided over by\s+/gi, 'chair'],
  // money is a sponsor's part, as "funded by" is
  [/\bwith (?:the )?(?:generous )?(?:financial support|funding|financing|a grant|sponsorship) (?:from|of|by)\s+/gi, 'sponsor'],
  // "The event was made possible by a grant from X", "made possible by X"
  [/\bmade possible (?:by|through|thanks to) (?:(?:a|an|the) )?(?:generous )?(?:(?:grant|funding|donation|sponsorship|contribution|gift)s? (?:from|of|by) )?/gi, 'sponsor'],
  // "supported using public funding by X", "funded with a grant from X"
  [/\b(?:supported|funded|financed) (?:using|with|through) (?:(?:a|an|the) )?(?:public |generous )?(?:funding|money|grants?|funds) (?:by|from)\s+/gi, 'sponsor'],
  // "presenting sponsor X", "Platinum sponsors X and Y", "media sponsor X": a sponsor's billing before its name
  // (case-sensitive, so that a capital must follow: not /iu, see "through" above)
  [/\b[Ss]ponsors?\s+(?=(?:the\s+)?\p{Lu})/gu, 'sponsor'],
  [PARTNER_BILLING, 'partner'],
  [ORGANISER_BILLING, 'organizer'],
];

/**
 * "with the county's Department of Culture as co-organiser and Tembo Mobile as headline sponsor": a role said
 * after the agent with "as" (the agent stands right before it).
 */
export const ROLE_AFTER_AS = /\bas\s+(?:(?:the|a|an|its|their|our)\s+)?(?:(?:main|headline|principal|lead|official|title|presenting|event|joint)\s+)?(co-?organi[sz]ers?|organi[sz]ers?|co-?hosts?|hosts?|partners?|co-?sponsors?|sponsors?)\b/gi;
export const ROLE_AFTER_AS_NAMES: ReadonlyArray<readonly [RegExp, AgentRole]> = [
  [/^co-?organi/i, 'co-organizer'], [/^organi/i, 'organizer'], [/^co-?host/i, 'host'], [/^host/i, 'host'],
  [/^partner/i, 'partner'], [/sponsor/i, 'sponsor'],
];

/** Active organiser verbs after their subject ("X and Y hold dialogue", "the DOJ spearheaded a training"). */
export const ACTIVE_ORGANISER = /\b((?:co-?)?organi[sz](?:e|es|ed|ing)|invit(?:es|ed|ing)|(?:co-?)?host(?:s|ed|ing)?|convene[sd]?|convening|held|hold(?:s|ing)?|conduct(?:s|ed|ing)?|deliver(?:s|ed|ing)?|spearhead(?:s|ed|ing)?|launch(?:es|ed|ing)|(?:co-?)?chair(?:s|ed|ing)|stage[sd]|staging|trained|welcomed|presid(?:es|ed|ing)\sover|(?:co-?)?sponsor(?:s|ed|ing))\b/gi;
/** Verbs of a body that starts, runs or ends an event it organises: only with the event as their direct object. */
export const EVENT_OBJECT_ORGANISER = /\b(conclude[sd]|concluding|(?:kick(?:s|ed|ing)?|wrap(?:s|ped|ping)?|put(?:s|ting)?) (?:off|up|on)|follow(?:s|ed|ing)? up with|began|begun|begins?|beginning|start(?:s|ed|ing)|open(?:s|ed|ing)|celebrat(?:es|ed|ing)|commemorat(?:es|ed|ing)|mark(?:s|ed|ing)|run(?:s|ning)?|ran|present(?:s|ed|ing)|announce[sd]?|announcing)\b/gi;
/** Verbs whose subject must be a body, not a person (people deliver sessions, bodies deliver trainings; a person who opens a meeting speaks at it). */
export const BODY_ONLY_VERBS = /^(?:deliver|conduct|spearhead|launch|train|stage|welcomed|conclud|kick|wrap|put|began|begun|begin|start|open|celebrat|commemorat|mark|run|ran|present|announc|follow)/i;
/** Verbs that take an event only as their direct object ("began a training", not "began work at the training"). */
export const DIRECT_OBJECT_VERBS = /^(?:conclud|kick|wrap|put|began|begun|begin|start|open|celebrat|commemorat|mark|run|ran|present|announc|follow)/i;
/** Nouns that an organiser's verb takes as its object: the event itself. */
export const ORGANISED_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'dialogue', 'meeting', 'meetings', 'conference', 'summit', 'workshop', 'workshops', 'training', 'trainings', 'seminar',
  'webinar', 'forum', 'session', 'sessions', 'course', 'courses', 'programme', 'program', 'event', 'events', 'ceremony',
  'briefing', 'roundtable', 'round-table', 'launch', 'exhibition', 'festival', 'consultation', 'reception', 'town', 'townhall',
  'panel', 'debriefing', 'lunch', 'dinner', 'breakfast', 'gala', 'fair', 'expo', 'symposium', 'retreat', 'conversation',
  'hackathon', 'competition', 'tournament', 'concert', 'celebration', 'commemoration', 'press', 'visit', 'mission', 'talks', 'convention',
  'bootcamp', 'clinic', 'drive', 'caravan', 'activity', 'activities', 'exercise', 'simulation', 'class', 'classes', 'lecture',
  'premiere', 'screening', 'screenings', 'masterclass', 'recital', 'hearing', 'hearings', 'rally', 'congress', 'assembly', 'clean-up',
  'cleanup', 'conferences', 'seminars', 'webinars', 'forums', 'dialogues', 'exhibitions', 'festivals', 'concerts', 'lectures',
]);
export const ACTIVE_ROLE: ReadonlyArray<readonly [RegExp, AgentRole]> = [
  [/^co-?organi/i, 'co-organizer'],
  [/^co-?host/i, 'host'],
  [/^host/i, 'host'],
  [/^invit/i, 'host'],
  [/^welcomed/i, 'host'],
  [/^co-?chair/i, 'co-chair'],
  [/^chair/i, 'chair'],
  [/^presid/i, 'chair'],
  [/^(?:co-?)?sponsor/i, 'sponsor'],
];
/** Auxiliaries and adverbs between a subject and its verb ("has decided to conduct", "successfully held"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'shall', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'to', 'also',
  'successfully', 'jointly', 'recently', 'today', 'officially', 'proudly', 'again', 'decided', 'decides', 'plans',
  'planned', 'set', 'going', 'expected', 'able', 'together', 'then', 'now', 'formally', 'all', 'both', 'once',
  'co', 'finally', 'annually', 'virtually', 'yesterday', 'last', 'week', 'this',
]);
/** "Kestrel Bank was headline sponsor", "X is the title sponsor of": the subject before it sponsors the event. */
export const SPONSOR_AFTER = /\b(?:was|is|were|are|will be|came on board as|signed on as) (?:the |a |an |its |this year's |this year’s )?(?:headline|title|main|principal|official|lead|presenting|gold|platinum|silver|founding|premier|major) (?:sponsors?|partners?)\b/gi;
/** "X is pleased to announce": the subject presents the event. */
export const ANNOUNCES = /\b(?:is|are) (?:pleased|proud|delighted|honou?red|excited|happy|thrilled) to (?:announce|host|present|invite|welcome)\b/gi;
/** "praised Bernama for organising the open house", "thanked A and B for hosting the forum": the bodies thanked made the event. */
export const THANKED_FOR_ORGANISING = /\b(?:thank(?:ed|s|ing)?|prais(?:ed|es|ing)|commend(?:ed|s|ing)?|congratulat(?:ed|es|ing)|laud(?:ed|s|ing)|applaud(?:ed|s|ing)|appreciat(?:ed|es|ing)|acknowledg(?:ed|es|ing))\s(?:to\s)?/gi;
/** What follows the bodies thanked: the deed that makes them organisers (the event word is checked by the caller). */
export const FOR_ORGANISING = /^\s*(?:\([^()]{1,40}\)\s*)?for\s+(?:successfully\s+|jointly\s+|generously\s+)?(organi[sz]ing|co-organi[sz]ing|hosting|co-hosting|convening|sponsoring|funding|donating)\s+(?:the|this|a|an|such|their|its|our)\s/i;
/** After one body thanked and its deed's object: the next body thanked for a deed of its own ("... and Y for sponsoring the lunch"). */
export const AND_NEXT_THANKED = /^[^.;:]{0,60}?(?:,\s|\s)(?:(?:and|as well as)\s(?:to\s)?|to\s)(?=(?:the\s)?\p{Lu})/u;
/** "Please join X, Y and Z in a Ribbon Cutting Ceremony": the hosts follow. */
export const JOIN_US = /\b(?:please\s+)?join\s+/gi;

/** Cues of a speaker's role, with the role they give; the nearest cue to a person applies. */
export const SPEAKER_ROLE_CUES: ReadonlyArray<readonly [RegExp, SpeakerRole]> = [
  [/\bopening (?:remarks|statement|speech|address|message)\b|(?<!(?:after|before|during|since|attend|attends|attended|attending) the )\bopening session\b|\b(?:will )?open(?:s|ed|ing)? (?:the|this|thursday’s|thursday's|friday’s|friday's|monday’s|monday's|tuesday’s|tuesday's|wednesday’s|wednesday's|saturday’s|saturday's|sunday’s|sunday's|day one|the first day) ?(?:field day|open day|fun day|conference|meeting|session|dialogue|workshop|forum|training|program|programme|event|proceedings|summit|seminar|webinar|day|symposium|congress|convention|festival|fair|expo|exhibition|hackathon|bootcamp|course|reading|evening|night|ceremony|celebration|launch|assembly|marathon|rally|gala|concert|showcase|meetup|clinic|consultation|roundtable)\b|\bopen(?:s|ed|ing)? proceedings\b|\bopened with (?:the |her |his |their )?(?:remarks|a speech|an address|a message|a welcome|a statement|greetings)(?: (?:by|from|of))?\b|\bwill open the\b|\binaugural (?:address|speech|remarks|statement|session)\b|\b(?:at|during) the opening (?:ceremony|of)\b|\bopen(?:s|ed)? the (?:conference|meeting|dialogue|workshop|forum|training|event|proceedings|summit|seminar) on\b/gi, 'opening remarks'],
  [/\b(?:a|the|his|her|their) (?:warm )?welcome (?:from|by)\b|\bwelcom(?:e|ing) (?:remarks|address|speech|message|&)|\bwelcom(?:ed|ing) (?:the )?(?:participants|guests|delegates|attendees|diplomats|visitors|audience|students)\b/gi, 'welcome remarks'],
  [/\bclosing (?:remarks|statement|speech|address|message)\b|\bclosed the\b|\bin closing\b|\bvote of thanks\b|\b(?:at|during) the close\b|\bclosing the (?:session|workshop|meeting|training|forum|conference|event|ceremony|course|orientation|programme|program|seminar|summit|dialogue)\b/gi, 'closing remarks'],
  [/\bkey ?note\b|\bkey message\b|\bheadline[sd]?\b|\bkeynote speaker\b/gi, 'keynote'],
  [/\bmoderat(?:ed|es|or|ors)\b|\bwill moderate\b|\b(?:will|to|would) (?:co-?)?chair\b|\b(?:co-?)?chaired the (?:[a-z]+ )?sessions?\b|\bemcee[sd]?\b|\bcompere[sd]?\b|\bmaster of ceremon/gi, 'moderator'],
  [/\bfacilitat(?:ed|es|or|ors|ing)\b|\btrainers?\b|\btrained by\b/gi, 'facilitator'],
  [/\bpanel(?:l?ists?| discussion| members?)\b|\bpanel (?:also |that )?(?:featured|features|featuring|included|includes|including|comprised|comprising|consisted of|brought together|will (?:feature|include|bring together))\b|\bdiscussion,?\s(?:which|that)\s(?:will\s)?(?:include[sd]?|feature[sd]?)\b|\bpanel of (?:[\w-]+ ){0,2}(?:judges|experts|speakers|leaders|guests)(?: (?:which|that|who))? (?:includ|compris|featur)/gi, 'panelist'],
  [/(?<!key ?note )\bpresent(?:ed|s|ing|ation|ations|er|ers)\b|\b(?:will|to|would) present\b|(?<!key ?note )\blecture[sd]?\b|\bdiscussion\b|\bsessions? (?:was |were )?led by\b|\bled the (?:first|second|third|fourth|fifth|\w+) session\b|\bleading the (?:first |second |third |fourth |\w+ )?session\b|\bdelivered (?:the|her|his|their) (?:first |second |third |fourth |\w+ )?session\b|\bled (?:a|an|the) (?:[\w-]+ ){0,2}(?:session|tutorial|demonstration|demo|masterclass|class|walkthrough)\b|\bbriefing\b|\bbriefed\b/gi, 'presenter'],
  // a programme's lines: "10:00 Welcome – Professor X", "Chair: Dr. Y", "Moderator: Z" (capitalised labels)
  [/(?:^|\n|\d\s)Welcome(?: and (?:introduction|opening))?\s?[–—:-]\s/g, 'welcome remarks'],
  [/\b(?:Chair|Chairs|Chairperson|Co-chairs?|Moderators?|Host)\s?:\s/g, 'moderator'],
  [/\bFacilitators?\s?:\s/g, 'facilitator'],
  // "Dr. X will also present": one more presenter of the programme
  [/\b(?:will|would) also present\b/gi, 'presenter'],
  // "features readings by A, B and C", "performances by": each of them presented
  [/\b(?:readings?|performances?|recitals?|screenings?|talks?|lectures?|demonstrations?|demos?) (?:by|from)\b/gi, 'presenter'],
  // "Twitcasting was introduced by X": X showed it to the audience
  [/\b(?:was|were) (?:also )?introduced by\b/gi, 'presenter'],
  // "Editor X introduced the collection", "contributors A and B read from their stories": each presented
  [/\bintroduced (?:the|her|his|their) (?:new )?(?:collection|book|anthology|novel|film|documentary|exhibition|album|project|report|study|programme|program)\b|\bread (?:from|excerpts|extracts|poems|a poem|passages)\b/gi, 'presenter'],
  // "agronomist X demonstrated how to install the kits": a demonstration given at the event
  [/\bdemonstrat(?:ed|es|ing) (?:how|the|a|an|its|their)\b/gi, 'presenter'],
  // "The Kazakh delegation was led by X": the head of a delegation takes part in the talks
  [/\bdelegations? (?:was |were )?(?:led|headed) by\b/gi, 'speaker'],
  // "delivered talks", "gave lectures", "spoke as resource person": each of them presented.
  [/\b(?:delivered|gave) (?:a |the )?(?:talks|lectures|presentations|papers)\b|\bresource (?:persons?|people|speakers?)\b/gi, 'presenter'],
  // "will give the second lecture", "gave a talk on ...", "delivered a presentation": one talk of the programme
  [/\b(?:will give|gives|gave|giving|will deliver|delivers|delivering) (?:the|a|an|her|his|their) (?:[a-z-]+ ){0,2}(?:lecture|talk|presentation|masterclass|demonstration|reading|tutorial)\b/gi, 'presenter'],
  // "a workshop on translation led by X", "a masterclass led by X": X ran that part of the programme
  [/\b(?:workshops?|masterclass(?:es)?|master class(?:es)?|tutorials?|class(?:es)?|clinics?|training sessions?)(?: on [\w-]+(?: [\w-]+){0,3})? (?:was |were )?led by\b/gi, 'facilitator'],
  // "a live conversation led by A and B", "the debate was led by X": X guided the talk, as a moderator does
  [/\b(?:conversations?|debates?|discussions?|Q&As?|question-and-answer sessions?)(?: on [\w-]+(?: [\w-]+){0,3})? (?:was |were )?led by\b/gi, 'moderator'],
  // "walked viewers through the collection", "guided visitors through", "took participants through the steps"
  [/\b(?:walked|walks|guided|guides|took|takes|take|taking|led) (?:the )?(?:viewers|visitors|participants|attendees|guests|delegates|audience|students|trainees|them) through\b/gi, 'presenter'],
  [/\bdiscussed\b/gi, 'speaker'],
  // "The minister is due to address the conference on Thursday": a speaker of the programme
  [/\b(?:will|to) address (?:the|this|a) (?:conference|meeting|forum|summit|congress|convention|delegates|participants|gathering|session|rally|assembly)\b|\b(?:due|expected|scheduled|set) to (?:speak|address)\b/gi, 'speaker'],
  // "Messages of solidarity were read by X", "a statement was delivered by X": X spoke at the event
  [/\b(?:messages?|statements?|addresses|speeches)(?: (?:of|from) (?:the )?[a-z-]+(?: [a-z-]+){0,2})? (?:was|were) (?:read|delivered|given|conveyed) by\b/gi, 'speaker'],
  // "Greetings from the host city were conveyed by X": a welcome to the delegates
  [/\bgreetings(?: (?:of|from) (?:the )?[a-z-]+(?: [a-z-]+){0,2})? (?:was|were) (?:read|delivered|given|conveyed|brought|extended) by\b/gi, 'welcome remarks'],
  // "a fireside chat on AI between A and B": both of them spoke
  [/\b(?:fireside chats?|conversations?|dialogues?|debates?)(?: [\w-]+){0,6}? between\b/gi, 'speaker'],
  // "The Forum will be formally opened by X", "X inaugurated the drive", "X will lead the opening program"
  [/\b(?:will|to) be (?:officially |formally )?opened by\b|\binaugurat(?:ed|es|ing) the (?:[\w-]+ ){0,2}(?:drive|day|event|programme|program|campaign|conference|workshop|festival|fair|exhibition|session|meeting|forum|training|week|season)\b|\b(?:lead|leads|led|leading) the opening (?:program|programme|ceremony|session|rites)\b/gi, 'opening remarks'],
  // "a land acknowledgement and welcome from X", "Volunteers were welcomed at the car park by X"
  // (those who attend are welcomed: "the minister was welcomed at the airport by X" is a greeting on arrival)
  [/\band welcome from\b|\b(?:participants|delegates|guests|volunteers|attendees|visitors|students|members|runners|residents|trainees) (?:were|was) welcomed (?:[\w-]+ ){0,6}?by\b/gi, 'welcome remarks'],
  // "the session was opened by X", "the marathon was closed by X"
  [/\b(?:was|were) (?:officially |formally )?opened (?:on (?:\d{1,2} [A-Z][a-z]{2,8}|[A-Z][a-z]{2,8} \d{1,2},?|[A-Z][a-z]{4,8}day)(?: \d{4})? )?by\b/g, 'opening remarks'],
  [/\b(?:was|were) (?:officially |formally )?closed by\b/gi, 'closing remarks'],
  // "Among the readers were A and B", "Among the speakers will be X": each has a part in the programme
  [/\bamong (?:the|its|this year's|this year’s) (?:readers|presenters|performers|poets|authors|writers|lecturers|contributors|instructors|trainers|demonstrators) (?:were|was|are|will be|included)\b/gi, 'presenter'],
  [/\bamong (?:the|its|this year's|this year’s) (?:speakers|panell?ists|keynote speakers|guest speakers) (?:were|was|are|will be|included)\b/gi, 'speaker'],
  // "said at the opening", "told the participants": said at the event, not to the press.
  [/\b(?:said|says|told|added|stated|remarked)\s+(?:at|during|while|on the occasion|in (?:his|her|their) (?:remarks|speech|address|statement|presentation|message|report|lecture|talk))\b|\btold (?:a |the )?(?:[a-z-]+ )?(?:news|press) (?:conference|briefing)\b|\btold (?:the )?(?:participants|audience|delegates|gathering|attendees|guests|students|trainees|meeting|conference|forum|workshop|summit|assembly|session|rally|crowd|congress|marchers|protesters|mourners|graduates)\b/gi, 'speaker'],
  // Saying something at the event (not "said", which also introduces words given to the press): the person spoke there.
  [/\b(?:stressed|underlined|noted|urged|thanked|advised|encouraged|stated|observed|assured|called for|called on (?:the )?(?:residents|participants|youth|students|delegates|members|farmers|workers|stakeholders|parents|teachers|partners|trainees|attendees)|pointed out|appealed|reiterated|expressed|congratulated|announced|acknowledged|recalled|cautioned|warned|remarked|speaking (?:at|on|during)|(?:guest|featured|invited) speakers?|addressing (?:the )?(?:participants|delegates|attendees|audience|gathering|guests|students|meeting|forum|conference|workshop|ceremony|event|media|press|journalists|reporters))\b/gi, 'speaker'],
  [/\b(?:lauded|saluted|praised|underscored|emphasi[sz]ed|highlighted|explained|reminded|commended|addressed|spoke|speaks|speech|remarks|gave a talk|talk|represented by|will (?:deliver|give|speak|provide|share|lead)|shared|speakers? (?:include|included|are|were|will be)|speakers? (?:at|for|during|on) (?:the |this |a )?(?:[a-z-]+ ){0,3}(?:include[sd]?|were|are|will be)|featuring|featured|opened|inaugurated|unveiled|launched|will be speaking|also be speaking|(?:will )?answer(?:ed)? questions|took questions|will take questions|townhall with|town hall with|session with|conversation with|dialogue with)\b/gi, 'speaker'],
];

/** "Townhall with X", "a session ... including X": an event noun, then within a few words the people in it. */
export const SESSION_NOUN = /\b(?:session|townhall|town hall|panel|dialogue|conversation|meeting|forum)\b/gi;
export const SESSION_WITH = /\b(?:with|including|featuring)\b/i;

/** Cues after which bodies (not only people) present or sit on a panel: every body later in the sentence. */
export const ORG_SPEAKER_CUES: ReadonlyArray<readonly [RegExp, SpeakerRole]> = [
  [/\bsessions?\s+(?:were\s+|was\s+)?led by\s+|\bpresentations?\s+(?:from|by)\s+|\bpresented (?:by|through)\s+|\bbriefings?\s+from\s+|\bfacilitated by\s+/gi, 'presenter'],
  [/\bpanel(?:l?ists?| discussion)\s+(?:among|with|including|of|by)\s+/gi, 'panelist'],
];
/** A body right before these words presented ("RSO then presented", "IACAT's presentation"). */
export const ORG_PRESENTED_AFTER = /^(?:['’]s)?\s*(?:(?:then|also|later|first|subsequently)\s+)?(?:presented|presents|presentation|gave a presentation|delivered a presentation|briefed)\b/i;

/** "as delivered by X on his behalf", "read by X on behalf of Y". */
export const ON_BEHALF = /\b(?:delivered|read(?:\s+out)?|presented|given|conveyed)\s+(?:on\s+(?:his|her|their)\s+behalf\s+)?by\s+/gi;
export const ON_HIS_BEHALF = /^\s*(?:,\s*)?on\s+(?:his|her|their)\s+behalf\b/i;
export const ON_BEHALF_OF = /^\s*(?:,\s*)?on\s+behalf\s+of\s+/i;

/** Things handed over at an event: "presented the awards", "presented X with a proclamation" is no presentation. */
export const HANDED_OVER: ReadonlySet<string> = new Set([
  'award', 'awards', 'prize', 'prizes', 'certificate', 'certificates', 'medal', 'medals', 'trophy', 'trophies', 'plaque',
  'plaques', 'gift', 'gifts', 'cheque', 'cheques', 'check', 'checks', 'diploma', 'diplomas', 'scholarship', 'scholarships',
  'proclamation', 'key', 'keys', 'token', 'tokens', 'memento', 'mementos', 'souvenir', 'souvenirs', 'citation', 'citations', 'with',
]);
