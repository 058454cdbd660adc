/**
 * Attendee phrases: the categories of people or bodies that took part. A cue ("attended by",
 * "brought together", "participants from", "officials from", "WHO:") opens a list; the list is split
 * at coordination while keeping the qualifiers that belong to a category ("member states and observer
 * countries of the Bali Process with embassies in Manila" is one; "IACAT member agencies,
 * international organizations and civil society organizations" is three). Counts come with them.
 */
import type { AttendeeMention, EventMention, OrganisationMention, PersonMention } from '../mentions.js';
import type { Span } from '../record.js';
import { ORG_HEADS } from '../lexicons/who.js';
import { gazetteerLookup } from '../lexicons/places.js';
import type { Document, Sentence } from '../document.js';
import { defineRecogniser } from '../pipeline.js';
import { trimEndChars } from '../text/names.js';
import { ATTENDEE_CUE_WORDS, ATTENDEE_LIST_CUES, ATTENDEE_NOUNS, NOT_ATTENDING_COUNT, isPeopleNoun, isThingNoun, CUE_GUARDS, EVENT_CONTEXT_CUES, FROM_NOUNS, NOUN_REQUIRED_CUES, NUMBER_WORDS } from '../lexicons/attendees.js';

// Where a list of categories ends: a clause boundary.
export const LIST_END = /[;:!?—“”"]|\.(?:\s|$)|\sin [A-Z][a-z]{1,20}, [A-Z][a-z]{1,20}(?:,|\s(?:from|on)\s)|,?\sfrom \d{1,2}\s?(?:to|and|-|–)\s?\d|\sin [a-z]{1,20}ing\b|\s[–-]\s|\s\((?![A-Za-z\d]{1,12}\))|\s[A-Z]{3,12}:|\sAND\s|\sover (?:the (?:weekend|course|week|past|next|first|last)|(?:two|three|four|five|six|seven|\d{1,2}) (?:days|weeks|evenings|nights))\b|\sto\s+(?!the\b)|\sto the (?=[A-Z])|\s(?:who|which|that|where|during|on|as|through|using|so|while|towards?|whose|since|because|engaged|joining|joined|attending|participating|taking part|tuning in|attended|participated|took|were|was|will|would|are|is|has|have|had|convened|among|about|in order|in the training|in the workshop|in the event)\s/;
const NOT_QUALIFYING = /^(?:the|and|of|for|to|with|from|by|in|will|host|hosts|be|is|are|was|were|also|who|that|support|include|includes|drew|draws|saw|sees|met|brought|took|gave|had|got|[a-z]+ed)$/i;
const QUALIFIER = /^(?:from|of|with|representing|in|including|coming from|working|across)$/i;
const LEADING_WORD = /^(?:when|while|as|after|before|once|where|the|a|an|all|many|hundreds of|thousands of|dozens of|millions of|both|various|several|key|selected|some|about|around|over|nearly|almost|at least|more than|up to|a total of|a group of|a number of|as many as) /i;
/** `s` without leading determiners and vague quantities ("the", "a number of", "more than"), one at a time. */
function stripLeading(s: string): string {
  let out = s;
  for (let m = LEADING_WORD.exec(out); m; m = LEADING_WORD.exec(out)) out = out.slice(m[0].length).trimStart();
  return out;
}
const ABBREVIATION_BEFORE_DOT = /^(?:Hon|Mr|Mrs|Ms|Dr|St|Jr|Sr|Rep|Sen|No|Prof|Gen|Col|Capt|Lt|U\.S|H\.E|[A-Z])$/;
/** "hospitality and security companies", "retail, hospitality and security firms": words sharing one plural head. */
const SHARED_HEAD_LIST = /^(?:[a-z-]+, ){0,4}[a-z-]+,? and [a-z-]+ [a-z-]+s$/;

/** Where a list of categories ends in `raw` (a clause boundary; a dot after an abbreviation is not one). */
function listEndIn(raw: string, at = 0, orgs: readonly OrganisationMention[] = []): number {
  // a venue or a time of the event ends the list too (a pattern of its own: joined to LIST_END, recheck finds the join polynomial)
  const venueOrTime = VENUE_OR_TIME.exec(raw);
  const reported = REPORTED_BY.exec(raw);
  const limit = Math.min(venueOrTime ? venueOrTime.index : raw.length, reported ? reported.index : raw.length);
  const re = new RegExp(LIST_END.source, 'g');
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m[0].startsWith('.')) {
      const before = raw.slice(Math.max(0, m.index - 6), m.index);
      const word = before.slice(before.lastIndexOf(' ') + 1);
      if (ABBREVIATION_BEFORE_DOT.test(word)) continue;
    }
    // "observers from the United Nations Office on Drugs and Crime": a word inside a body's name ends nothing
    if (orgs.some((o) => o.start < at + m!.index && at + m!.index < o.end)) continue;
    // "delegations from seven states as well as observers from ...": "as well as" joins the list, it ends nothing
    if (m[0] === ' as ' && (raw.startsWith(' well as ', m.index + 3) || raw.slice(Math.max(0, m.index - 8), m.index) === ' as well')) continue;
    return Math.min(m.index, limit);
  }
  return limit;
}
/** "participants representing ", "Young people between the ages of 13-30 representing ": where the list after it starts, and the noun before. */
function representingAt(text: string): { noun: string; listStart: number } | null {
  const at = text.indexOf(' representing ');
  if (at < 0) return null;
  let before = text.slice(0, at);
  const ages = before.lastIndexOf(' between the ages of ');
  if (ages >= 0 && before.length - ages < 32) before = before.slice(0, ages);
  if (before.endsWith(')') && before.lastIndexOf('(') >= before.length - 32) before = before.slice(0, before.lastIndexOf('(')).trimEnd();
  const noun = before.slice(before.lastIndexOf(' ') + 1);
  return { noun, listStart: at + ' representing '.length };
}
/** The phrase without a final " in <Place>" when nothing else qualifies it ("members in Kaduna State" -> "members"). */
function withoutPlaceTail(phrase: string): string {
  const at = phrase.lastIndexOf(' in ');
  if (at <= 0) return phrase;
  const head = phrase.slice(0, at);
  const place = phrase.slice(at + 4).replace(/^the\s+/i, '');
  if (/\s(?:from|of|with|representing|across|in|at)\s/i.test(` ${head} `) || !/^\p{Lu}/u.test(place)) return phrase;
  // (a country stays: "embassies in the Philippines" says which embassies)
  const entry = gazetteerLookup(place);
  const known = (!!entry && entry.kind !== 'country') || /\s(?:State|Region|Province|District|County|Prefecture|Governorate|Territory)$/.test(place);
  return known ? head : phrase;
}

const GENERIC_CATEGORY = /^(?:(?:live|online|registered|total|other|many|more)\s)?(?:participants|attendees|people|persons|individuals|viewers|audience|participant|attendee)$/i;
// "..., according to registration figures", "..., organisers said": who reports the list, not one more category
const REPORTED_BY = /,\s(?:according\sto\s|(?:the\s)?[a-z]+\s(?:said|says|added|noted|reported|confirmed)\b)/;
const VENUE_OR_TIME = /\sat the [A-Z]|\s(?:yesterday|today|tomorrow|tonight|this (?:week|month|year|morning|evening)|last (?:week|month|year))\b/;

/** "40", "sixteen (16)", "one hundred": a count at the start of a category. */
export function readCount(phrase: string): { count: number | null; rest: string; skipped: number } {
  const m = /^(?:(?:some|about|around|over|nearly|almost|at least|more than|up to|a total of|as many as)\s+)?(?:(\d[\d,]*)|([a-z]+(?:[- ][a-z]+)?)(?:\s*\((\d+)\))?)\s+/i.exec(phrase);
  if (m) {
    const digits = m[1] ?? m[3];
    if (digits) return { count: Number(digits.replace(/,/g, '')), rest: phrase.slice(m[0].length), skipped: m[0].length };
    const words = (m[2] ?? '').toLowerCase().split(/[- ]/);
    const numberOf = (ws: string[]) => ws.reduce((acc, w) => (w === 'hundred' ? Math.max(acc, 1) * 100 : acc + NUMBER_WORDS[w]!), 0);
    if (words.every((w) => w in NUMBER_WORDS)) return { count: numberOf(words), rest: phrase.slice(m[0].length), skipped: m[0].length };
    // "Sixty scholars": one number word, then the noun
    const lead = m[0].indexOf(m[2] ?? '');
    const one = /^[a-z]+/i.exec(phrase.slice(lead))?.[0] ?? '';
    if (!m[3] && words.length === 2 && one.toLowerCase() in NUMBER_WORDS) {
      const skipped = lead + one.length + 1;
      return { count: numberOf([one.toLowerCase()]), rest: phrase.slice(skipped), skipped };
    }
  }
  return { count: null, rest: phrase, skipped: 0 };
}

interface Piece {
  start: number;
  end: number;
}

/**
 * Splits a list of categories at commas and "and", keeping a category's qualifier whole: once
 * "from"/"of"/"with" has begun, a comma followed by capitalised names (places, bodies) continues
 * it; "A and B of X" keeps "A and B" together because the qualifier follows.
 */
/** Common nouns of places, after the names of places ("Kisumu and Siaya counties") or after a count ("from 24 countries"). */
const PLACE_NOUNS = /^(?:countries|regions|territories|economies|areas|cities|provinces|states|districts|continents|sectors|counties|municipalities|towns|villages|islands|prefectures|governorates)[.,;:]?$/i;

export function splitCategories(text: string): Piece[] {
  const tokens: { text: string; start: number; end: number }[] = [];
  // "2,000 teachers": a comma between digit groups is part of the number, no list break
  const re = /\d{1,3}(?:,\d{3})+(?![\d,]\d)|,|[^\s,]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  const pieces: Piece[] = [];
  let startTok = 0;
  let qualified = false;
  const close = (endTok: number) => {
    if (endTok > startTok) pieces.push({ start: tokens[startTok]!.start, end: tokens[endTok - 1]!.end });
  };
  // Whether the rest of the current segment (to the next comma) brings a qualifier.
  const qualifierAhead = (from: number): boolean => {
    for (let k = from; k < tokens.length && tokens[k]!.text !== ','; k++) if (isQualifier(k)) return true;
    return false;
  };
  // "hundreds of", "a number of": a quantity, not a qualifier.
  const isQualifier = (k: number): boolean => QUALIFIER.test(tokens[k]!.text) && !/^(?:hundreds|thousands|dozens|millions|number|group|range|total|lot|lots)$/i.test(tokens[k - 1]?.text ?? '');
  // The words up to the next comma or "and": all capitalised (places, bodies) when a qualifier's list goes on.
  const capitalisedAhead = (from: number): boolean => {
    let k = from;
    if (/^(?:from|including)$/i.test(tokens[k]?.text ?? '')) return true;
    if (/^the$/i.test(tokens[k]?.text ?? '')) k++;
    let seen = 0;
    for (; k < tokens.length && tokens[k]!.text !== ',' && !/^(?:and|&)$/i.test(tokens[k]!.text); k++, seen++) {
      const w = tokens[k]!.text;
      // ("from Kisumu and Siaya counties": capitalised places, then their common noun)
      if (!/^[\p{Lu}\d(]/u.test(w) && !/^(?:of|the|de|and)$/i.test(w) && !(seen > 0 && PLACE_NOUNS.test(w))) return false;
      // "African Heads of State, Ministers of ICT": a category of its own, not more of the qualifier's places
      if (seen === 0 && ATTENDEE_NOUNS.has(w.toLowerCase())) return false;
    }
    return seen > 0;
  };
  // "from 24 countries and regions": more places of the same qualifier
  const placeNounAhead = (from: number): boolean => PLACE_NOUNS.test(tokens[from]?.text ?? '');
  const isHead = (k: number) => k >= 0 && k < tokens.length && isPeopleNoun(trimEndChars(tokens[k]!.text, '.,;:)'));
  const twoHeads = (and: number, from: number): boolean => {
    if (!isHead(and - 1)) return false;
    // only an origin splits them ("from", "across"); "of the region" belongs to both ("judges and prosecutors of the region")
    for (let k = from; k < tokens.length && tokens[k]!.text !== ','; k++) if (isQualifier(k)) return /^(?:from|across|coming)$/i.test(tokens[k]!.text) && isHead(k - 1);
    return false;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > startTok && isQualifier(k)) qualified = true;
    if (t.text === 'as' && tokens[k + 1]?.text === 'well' && tokens[k + 2]?.text === 'as') {
      close(k);
      startTok = k + 3;
      k += 2;
      qualified = false;
      continue;
    }
    if (t.text === ',' || /^(?:and|&|alongside)$/i.test(t.text)) {
      let next = k + 1;
      if (t.text === ',' && /^(?:and|&)$/i.test(tokens[next]?.text ?? '')) next++;
      const following = tokens[next]?.text ?? '';
      // ("from construction, hospitality and security companies": single words that share the plural head at the end)
      const restText = tokens.slice(next).map((x) => x.text).join(' ').replace(/ ,/g, ',');
      const continuesQualifier = qualified && (capitalisedAhead(next) || (t.text !== ',' && placeNounAhead(next)) ||
        (t.text === ',' && SHARED_HEAD_LIST.test(restText)) ||
        (t.text !== ',' && /^[a-z-]+ [a-z-]+s$/.test(restText) && /^[a-z-]+$/.test(tokens[k - 1]?.text ?? '') && /^(?:,|from|across|in)$/i.test(tokens[k - 2]?.text ?? '')));
      if (continuesQualifier) continue;
      // "environment and finance ministers": a modifier alone before "and" shares the head noun after it
      // (a modifier, not a plural noun of its own: "lenders and local officials" are two)
      const sharedHead = /^(?:and|&)$/i.test(t.text) && k - startTok === 1 && /^\p{Ll}[\p{Ll}-]+[^s]$/u.test(tokens[startTok]!.text) && !isHead(startTok) &&
        /^\p{Ll}[\p{Ll}-]+$/u.test(following) && !isHead(next) && isHead(next + 1) && (next + 2 >= tokens.length || /^(?:,|and|&|from|of|in|across)$/i.test(tokens[next + 2]!.text));
      // "workers' and employers' organisations": possessive owners share the head noun after them
      if (sharedHead || (/^(?:and|&)$/i.test(t.text) && /s['’]$/.test(tokens[k - 1]?.text ?? '') && /s['’]$/.test(following))) continue;
      // "A and B of X" is one category ("member states and observer countries of the Bali Process"), unless A and B are
      // each people or bodies of their own ("trade unions and employers' organizations from the region")
      // ("development partners and representatives of river basin organisations": "representatives of" takes its own complement)
      if (/^(?:and|&)$/i.test(t.text) && !qualified && qualifierAhead(next) && !/^(?:the|representatives|members|heads|delegations)$/i.test(following) && !twoHeads(k, next)) continue;
      close(k);
      startTok = next;
      k = next - 1;
      qualified = false;
    }
  }
  close(tokens.length);
  return pieces;
}

/** "representatives coming from ", "selected personnel of ": the words before a list of bodies, as a match. */
function bodiesLead(phrase: string): [string] | null {
  const words = phrase.split(' ');
  for (let k = 0; k < 3 && k < words.length; k++) {
    if (!/^(?:representatives|personnel|officials|officers|staff|members|delegates)$/i.test(words[k]!)) continue;
    let q = k + 1;
    if (/^coming$/i.test(words[q] ?? '')) q++;
    if (!/^(?:from|of)$/i.test(words[q] ?? '')) return null;
    return [words.slice(0, q + 1).join(' ') + ' '];
  }
  return null;
}

/** Verbs after which a category has ended whatever follows ("professionals ... registered for the meeting"). */
const ATTENDING_VERBS = /^(?:registered|attended|attend|attends|gathered|gather|participated|met|meet|joined|took|came|converged|assembled|turned|signed|enjoyed|watched|tuned|logged|flocked|visited|heard|discussed|learned|learnt|shared|received|stayed|remained|left|arrived|returned|went|travelled|traveled|can|could|will|would|may|might|must|should|ended|began|started|opened|closed|concluded|finished|continued|resumed)$/i;
const DETERMINER = /^(?:the|a|an|their|its|his|her|our|this|that|these|those|some|many|several)$/i;
const PREPOSITION_AFTER = /^(?:to|by|at|in|from|with|for|on|across|under|into|through|within|during|as|of)$/i;

/**
 * Where a category that starts at `start` ends at the latest: before the predicate of its clause,
 * a finite verb after a noun ("1,500 guests enjoyed the open house", "forces delivered presentations").
 * A participle that a preposition follows qualifies the category ("staff assigned to support ...").
 */
function predicateAt(doc: Document, start: number, end: number): number {
  const tokens = doc.tokensIn({ start, end });
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.tags.has('Verb') || t.tags.has('Gerund') || t.tags.has('Noun') || t.tags.has('Adjective')) continue;
    const prev = tokens[k - 1]!;
    // ("About 300 volunteers spent the morning": compromise may tag the people noun itself as a verb)
    if (!prev.tags.has('Noun') && !prev.tags.has('Plural') && !ATTENDEE_NOUNS.has(prev.text.toLowerCase())) continue;
    const next = tokens[k + 1];
    // compromise tags some plural nouns as verbs ("member states and ..."): a predicate takes an object
    // (a past tense after a noun takes an object unless a preposition follows: "staff assigned to support" qualifies)
    const object = !!next && (DETERMINER.test(next.text) || /^\d/.test(next.text) || (t.tags.has('PastTense') && !PREPOSITION_AFTER.test(next.text) && !/^(?:and|or|,)$/.test(next.text) && !t.post.includes(',')));
    if (!ATTENDING_VERBS.test(t.text) && !object) continue;
    return t.start - t.pre.length;
  }
  return end;
}

/** Pieces that a body's name runs across are one: "the United Nations Office on Drugs" and "Crime" split at its "and". */
function joinedAcrossNames(pieces: readonly Piece[], from: number, orgs: readonly OrganisationMention[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last && orgs.some((o) => o.start < from + last.end && from + piece.start < o.end && o.start >= from + last.start)) out[out.length - 1] = { start: last.start, end: piece.end };
    else out.push(piece);
  }
  return out;
}

function categoriesIn(doc: Document, from: number, limit: number, orgs: readonly OrganisationMention[], needNoun = false): AttendeeMention[] {
  const listed = doc.text.slice(from, limit);
  const raw = listed.slice(0, predicateAt(doc, from, from + listEndIn(listed, from, orgs)) - from);
  const text = raw.slice(0, listEndIn(raw, from, orgs));
  const out: AttendeeMention[] = [];
  // "Over 40 participants representing governments, river basin authorities and farmers' unions": the bodies represented
  const represented = representingAt(text.slice(0, 80));
  if (represented && ATTENDEE_NOUNS.has(represented.noun.toLowerCase())) {
    const list = categoriesIn(doc, from + represented.listStart, from + text.length, orgs);
    if (list.length >= 2) return list;
  }
  let examples = false;
  for (const piece of joinedAcrossNames(splitCategories(text), from, orgs)) {
    let phrase = text.slice(piece.start, piece.end);
    let start = from + piece.start;
    // "attended by A and by B": the second "by" repeats the cue
    const by = /^(?:by|with|together with|along with|as well as)\s+(?=\S)/i.exec(phrase);
    if (by) { phrase = phrase.slice(by[0].length); start += by[0].length; }
    const including = /^(?:including|such as|notably|among them|plus)\s+/i.exec(phrase);
    if (including) { phrase = phrase.slice(including[0].length); start += including[0].length; }
    // "regional and international partners, including Plan International, ILO and UNODC": named examples of a category, not more categories
    if (including && /^(?:including|such as|notably)/i.test(including[0]) && /^(?:the\s+)?\p{Lu}/u.test(phrase) && out.some((o) => /^\p{Ll}/u.test(o.category))) examples = true;
    else if (!/^(?:the\s+)?\p{Lu}/u.test(phrase) || /^(?:and|or)\s/i.test(phrase)) examples = examples && /^(?:and|or)\s+(?:the\s+)?\p{Lu}/u.test(phrase);
    if (examples) continue;
    const lead = /^(?:(?:the|a|an|all|both|various|several|key|selected|a group of|a number of|a total of)\s+)+/i.exec(phrase);
    if (lead && !/^(?:the|a|an)\s+\p{Lu}/u.test(phrase)) { phrase = phrase.slice(lead[0].length); start += lead[0].length; }
    else if (/^the\s/i.test(phrase)) { phrase = phrase.slice(4); start += 4; }
    // ("Several hundred dock workers": the round number after a vague quantifier counts no one)
    const vague = lead !== null && /\b(?:several|a number of)\s+$/i.test(lead[0]) ? /^(?:hundreds?|thousands?|dozens?)\s+(?:of\s+)?/i.exec(phrase) : null;
    if (vague) { phrase = phrase.slice(vague[0].length); start += vague[0].length; }
    const { count, rest, skipped } = vague ? { count: null, rest: phrase, skipped: 0 } : readCount(phrase);
    // ("... women traders' associations also took part": an adverb before the verb is not the category's;
    // "in all" is left whole, for the how-tails below: "some 60 participants in all")
    phrase = trimEndChars(rest, ' \t\n,.').replace(/(?<!\s)(?<!\bin)\s(?:also|too|as well|all|both)$/i, '');
    start += skipped;
    const cleaned = stripLeading(phrase);
    start += phrase.length - cleaned.length;
    phrase = cleaned.replace(/^(?:different|other\s+(?=\w+\s+from))\s*/i, (m) => m);
    if (!phrase || phrase.split(/\s+/).length > 40 || !/\p{L}/u.test(phrase)) continue;
    // "representatives coming from the PNP, the NBI, the AMLC": the bodies themselves.
    const bodies = bodiesLead(phrase);
    if (bodies) {
      const listStart = start + bodies[0].length;
      const listEnd = start + phrase.length;
      const inside = orgs.filter((o) => o.start >= listStart && o.end <= listEnd + 1 && (o.form === 'name' || o.name.includes(' ')));
      const between = doc.text.slice(listStart, listEnd);
      if (inside.length >= 2 && !/\b(?:from|in)\s+\p{Lu}/u.test(between.replace(/\([^()]{0,60}\)/g, ''))) {
        for (const o of inside) out.push({ start: o.start, end: o.end, text: o.text, category: o.name.replace(/^the\s+/i, ''), count: null });
        continue;
      }
    }
    if (/^(?:event|meeting|workshop|training|conference|forum|dialogue|session|programme|program)$/i.test(phrase.replace(/^(?:the|this|that)\s+/i, ''))) continue;
    // "OFWs and their families": the kin of the category before, who are not there as a category of their own
    if (/^(?:their|his|her|its|our)\s/i.test(phrase)) continue;
    if (needNoun && !phrase.split(/\s+/).some((w) => isPeopleNoun(trimEndChars(w, '.,;:')))) continue;
    // "a meeting of the Council of Ministers": a body that sits, not a category of people
    const first = phrase.split(/\s+/)[0]!;
    if (needNoun && /^\p{Lu}/u.test(first) && ORG_HEADS.has(first.toLowerCase())) continue;
    // "brings together 140 objects, 3D scans of felt carpets and ...": things on show, not people
    if (isThingNoun(trimEndChars(headWordOf(phrase), '.,;:'))) continue;
    // "52 participants, 20 of them women", "roughly a third of whom": a part of a category already counted;
    // "bringing the total to 66": a clause that sums up
    if (SUBSET_OR_CLAUSE.test(phrase)) continue;
    // "participants in person", "delegates in total": how they took part, or a sum, not who they are
    phrase = withoutHowTail(phrase);
    // "45 members in Kaduna State": where they are from the event's place, not part of the category (unless it is qualified already)
    phrase = withoutPlaceTail(phrase);
    out.push({ start, end: start + phrase.length, text: doc.text.slice(start, start + phrase.length), category: phrase, count });
  }
  // A modifier alone before "and": "regional and international partners" is one group described two ways (kept whole);
  // "international and civil society organizations" names two kinds of body, the second by a noun compound (the head is shared).
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (/\s/.test(a.category) || !(MODIFIER_ALONE.test(a.category) || MODIFIER_ALONE.test(a.category.toLowerCase())) || doc.text.slice(a.end, b.start).trim() !== 'and') continue;
    const words = b.category.split(/\s+/);
    const found = words.findIndex((w) => ATTENDEE_NOUNS.has(w.toLowerCase()));
    const headAt = found >= 0 ? found : words.length - 1;
    if (headAt < 1 || a.count !== null) continue;
    if (found >= 0 && BODY_KINDS.test(words.slice(0, headAt).join(' '))) {
      a.category = `${a.category} ${words.slice(headAt).join(' ')}`;
    } else {
      out.splice(k, 2, { start: a.start, end: b.end, text: doc.text.slice(a.start, b.end), category: doc.text.slice(a.start, b.end), count: b.count });
    }
  }
  // "students, researchers and scientists from all over India": a spread said once for the whole list is no part of its last item
  const last = out[out.length - 1];
  const spread = out.length >= 2 && last ? spreadAt(last.category) : -1;
  if (last && spread > 0) {
    last.category = last.category.slice(0, spread);
    last.end = last.start + spread;
    last.text = doc.text.slice(last.start, last.end);
  }
  // "18 participants, including A and B": the bare total gives way to the categories it includes.
  if (out.length > 1 && out[0]!.count !== null && /^(?:participants|people|attendees|delegates|guests)$/i.test(out[0]!.category) && /^(?:,\s*)?(?:including|such as)/i.test(doc.text.slice(out[0]!.end, out[1]!.start + 12).trimStart())) out.shift();
  return out;
}

/** Where "from all over X", "from all countries in ...", "from across the region", "from around the world" begins in a category, or -1. */
export function spreadAt(category: string): number {
  for (const opening of SPREAD_OPENINGS) {
    const at = category.indexOf(opening);
    if (at > 0) return at;
  }
  return -1;
}
const SPREAD_OPENINGS = [' from all ', ' from across ', ' from around ', ' from every ', ' from throughout '];

/** "partners at Demo Day" -> "partners": a category cut before " at " and a capitalised name. */
function withoutAtTail(doc: Document, a: AttendeeMention): AttendeeMention {
  const at = a.category.indexOf(' at ');
  if (at <= 0 || !/^\p{Lu}/u.test(a.category.slice(at + 4))) return a;
  const category = a.category.slice(0, at);
  return { ...a, category, end: a.start + at, text: doc.text.slice(a.start, a.start + at) };
}

/** ", ", " and ", ", and " between two items of a list (compared trimmed, no regex: spaces of any length). */
const isListGap = (gap: string): boolean => ['', ',', 'and', ', and', ',and'].includes(gap.replace(/\s+/g, ' ').trim()) && gap.trim() !== '';

/** A part of a category counted before ("20 of them women", "a third of whom"), or a clause ("bringing the total ..."). */
const SUBSET_OR_CLAUSE = /^(?:of\s(?:them|whom)\b|whom\b|(?:bringing|making|taking)\s)|\sof\s(?:them|whom)\b/i;
/** The category without a closing "in person", "online", "in total", "in all", "overall". */
const HOW_TAILS = [' in person', ' online', ' in total', ' in all', ' overall', ' altogether', ' remotely', ' virtually'];
function withoutHowTail(phrase: string): string {
  const lower = phrase.toLowerCase();
  const tail = HOW_TAILS.find((t) => lower.endsWith(t) && phrase.length > t.length);
  return tail ? phrase.slice(0, -tail.length) : phrase;
}

/** A category's last word before its qualifier: its head noun ("faculty members from X" -> "members"). */
function headWordOf(category: string): string {
  const words = category.split(/\s+/);
  const cut = words.findIndex((w) => /^(?:from|of|in|at|with|who|across)$/i.test(w));
  return (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
}

/** Whether a category's head noun names people ("faculty members", "state election officials"). */
function headIsPeople(category: string): boolean {
  return isPeopleNoun(trimEndChars(headWordOf(category), '.,;:'));
}

/** Kinds of body named by a compound before the head ("civil society organisations"): a kind apart from the one before "and". */
const BODY_KINDS = /^(?:civil society|private sector|public sector|faith-based|community-based|non-profit|not-for-profit|grassroots|non-governmental|nongovernmental|international non-governmental)$/i;
/** Words that qualify a head noun but name no one alone ("international", "senior", "Chinese"). */
const MODIFIER_ALONE = /^(?:international|national|regional|local|civil|private|public|non-governmental|nongovernmental|intergovernmental|governmental|government|academic|state|federal|provincial|municipal|county|city|senior|junior|foreign|domestic|current|former|mid-career|young|female|male|visiting|other|\p{Lu}\p{Ll}+(?:ian|ese|ish|an|i|ic))$/u;

/** "officials from A, B and C": one category when A, B, C are places; the bodies or categories themselves otherwise. */
function fromList(doc: Document, nounStart: number, listStart: number, limit: number, orgs: readonly OrganisationMention[]): AttendeeMention[] {
  const raw = doc.text.slice(listStart, limit);
  const listEnd = predicateAt(doc, listStart, listStart + listEndIn(raw, listStart, orgs));
  const list = categoriesIn(doc, listStart, listEnd, orgs);
  const inside = orgs.filter((o) => o.start >= listStart && o.end <= listEnd && (o.form === 'name' || o.name.includes(' ')) && doc.text[o.start - 1] !== '(');
  // the list is of bodies only when one opens it ("representatives from the PNP, the NBI"), not "from 12 ECOWAS Member States alongside ..."
  const opensWithBody = inside.length > 0 && /^(?:the)?$/i.test(doc.text.slice(listStart, inside[0]!.start).trim());
  if (inside.length >= 2 && opensWithBody) return inside.map((o) => ({ start: o.start, end: o.end, text: o.text, category: o.name.replace(/^the\s+/i, ''), count: null }));
  const placeLike = (a: AttendeeMention) => /^(?:from\s+)?(?:the\s+)?\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}'’-]*|of|the|and|de))*$/u.test(a.category) || /^(?:\d+\s+)?(?:different\s+)?(?:countries|nations|states|economies|regions|provinces|cities)\b/i.test(a.category) || a.count !== null && /countries|nations/.test(a.category) || /^around the|^across the|^all over/i.test(a.category);
  if (list.length > 1 && !list.every(placeLike)) return list;
  // A place list ends where lower-case words begin ("from Sri Lanka witnessed the proceedings").
  if (list.length && placeLike(list[0]!) === false && list.length === 1) {
    const cut = /^((?:the\s+)?(?:all\s+)?\p{Lu}[^\s]*(?:\s+(?:\p{Lu}[^\s]*|of|the|and|de|\([^()]{0,40}\)))*)/u.exec(doc.text.slice(listStart, listEnd));
    if (cut && cut[1]!.length < listEnd - listStart && !/^(?:\d|around|across|all over)/.test(doc.text.slice(listStart, listEnd))) return fromList(doc, nounStart, listStart, listStart + cut[1]!.length, orgs);
  }
  // The category with its qualifier: "law enforcement officials from ...", counted "40 participants from ...".
  // The words before the noun that qualify it ("law enforcement", "more than 50"), at most two, then a count.
  const before = doc.text.slice(Math.max(0, nounStart - 60), nounStart);
  const words = before.split(' ');
  let taken = 0;
  let k = words.length - 1;
  if (words[k] === '') k--;
  // (a verb before the noun is no qualifier: "the committee will comprise representatives from ...")
  const tokens = doc.tokensIn({ start: Math.max(0, nounStart - 60), end: nounStart });
  const isVerb = (w: string) => tokens.some((t) => t.text === w && t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun'));
  for (let n = 0; k >= 0 && n < 2; n++, k--) {
    const w = words[k]!;
    if (!/^[a-z][\w-]*$/i.test(w) || NOT_QUALIFYING.test(w) || isVerb(w)) break;
    taken += w.length + 1;
  }
  // A count before them: "50", "sixteen (16)", "more than 50".
  const rest = before.slice(0, before.length - taken).split(' ');
  if (rest[rest.length - 1] === '') rest.pop();
  let n = rest.length - 1;
  if (/^\d[\d,]{0,12}$/.test(rest[n] ?? '')) n--;
  else if (/^\(\d{1,6}\)$/.test(rest[n] ?? '') && /^[a-z]{2,12}$/i.test(rest[n - 1] ?? '')) n -= 2;
  if (n < rest.length - 1) {
    if (/^(?:over|some|about|nearly|almost)$/i.test(rest[n] ?? '')) n--;
    else if (/^(?:than|least)$/i.test(rest[n] ?? '') && /^(?:more|at)$/i.test(rest[n - 1] ?? '')) n -= 2;
    taken += rest.slice(n + 1).join(' ').length + 1;
  }
  const adjectives = taken ? [before.slice(before.length - taken), before.slice(before.length - taken)] : null;
  const start = nounStart - (adjectives?.[1]?.length ?? 0);
  return categoriesIn(doc, start, listEnd, orgs).slice(0, 1).map((a) => ({ ...a, end: listEnd, text: doc.text.slice(a.start, listEnd), category: stripLeading(trimEndChars(doc.text.slice(a.start, listEnd), ' \t\n,.')).replace(/^(?:\d[\d,]{0,12}|[a-z]{2,12} \(\d{1,6}\)) /i, '') }));
}

// "Over 200 guests attended", "Representatives from X, Y and Z were also in attendance": the verb, then
// the category that is its subject (read back to a clause boundary). Written as word scans, not one regex.
const ATTENDED_VERB = /\b(?:attended|(?:are|were|is|was|will be) attending|participated|took part|joined|(?:have|has|had) been trained|(?:were|was) trained|(?:were|was) (?:also )?in attendance|gathered|assembled|converged|marched|rallied|registered for|came together|turned out|(?:were|was) (?:also )?(?:among those )?present|(?:were|was) among (?:those|the) (?:present|participants|attendees|guests)|(?:are|were|is|was) (?:also )?expected (?:at|to attend|to take part|to participate|to join)|completed|graduated from|benefit+ed from|meet|met|(?:filled|packed|crowded into|thronged) (?:the|a)|spoke during the public comment|came (?:through the doors|out|along)|showed up|turned up|stopped by|dropped by|dropped in)\b/gi;
const COUNT_PREFIX = /^(?:more|than|over|some|about|nearly|almost|at|least|\d[\d,]{0,12})$/i;
const NOT_BEFORE_NOUN = /^(?:with|from|of|in|and|for|to|by)$/i;

/**
 * Where the words at `text[from..]` reach an attendee noun within a count and three qualifying words.
 * `uncounted`: the noun may also open the phrase without a count ("Student leaders representing ...").
 */
function nounAhead(text: string, from: number, uncounted = false): boolean {
  const words = text.slice(from, from + 120).split(/\s+/).filter(Boolean).slice(0, 7);
  let k = 0;
  // "Thousands of garment workers", "hundreds of volunteers": a count in words
  if (/^(?:thousands|hundreds|dozens|scores)$/i.test(words[0] ?? '') && words[1] === 'of') k = 2;
  while (k < words.length && COUNT_PREFIX.test(words[k]!)) k++;
  if (k === 0 && !uncounted) return false;
  for (let q = 0; k < words.length && q <= 3; k++, q++) {
    const raw = words[k]!;
    const w = trimEndChars(raw.toLowerCase(), '.,;:!?)');
    if (ATTENDEE_NOUNS.has(w)) return true;
    if (NOT_BEFORE_NOUN.test(w) || !/^[a-z][a-z-]*$/.test(w) || w !== raw.toLowerCase()) return false;
  }
  return false;
}

function subjectsOfAttended(doc: Document, s: { start: number; text: string }, orgs: readonly OrganisationMention[]): AttendeeMention[] {
  const out: AttendeeMention[] = [];
  ATTENDED_VERB.lastIndex = 0;
  for (let m = ATTENDED_VERB.exec(s.text); m; m = ATTENDED_VERB.exec(s.text)) {
    const before = s.text.slice(Math.max(0, m.index - 300), m.index);
    const base = m.index - before.length;
    // "The delegates were joined by observers": the passive's subject was named before; who joined follows "by"
    if (/^joined$/i.test(m[0]) && /\b(?:were|was|are|is|be|been)\s(?:also\s)?$/i.test(before)) continue;
    // Clause starts, earliest first: the sentence start, after punctuation, after "and"/"while"/"when".
    const starts = [0];
    for (let k = 0; k < before.length; k++) {
      const c = before[k]!;
      // (a dateline's " - " too: "Bangkok, 21 October - Police officers ... took part")
      if (c === ',' || c === ';' || c === ':' || c === '.' || c === '—' || c === '–' || (c === '-' && before[k + 1] === '-')) starts.push(c === '-' ? k + 2 : k + 1);
      else if (c === '-' && before[k - 1] === ' ' && before[k + 1] === ' ') starts.push(k + 1);
      else if (c === ' ' && /^(?:and|while|when) /i.test(before.slice(k + 1, k + 7))) starts.push(k + 1 + before.slice(k + 1).indexOf(' ') + 1);
    }
    for (const st of starts) {
      const lead = before.slice(st).length - before.slice(st).trimStart().length;
      const from = st + lead;
      if (/[.;:—–]/.test(before.slice(from))) continue;
      if (!nounAhead(before, from, true)) continue;
      out.push(...categoriesIn(doc, s.start + base + from, s.start + m.index, orgs));
      break;
    }
  }
  return out;
}

function endsWithParticiple(doc: Document, a: AttendeeMention): boolean {
  const tokens = doc.tokensIn(a);
  const last = tokens[tokens.length - 1];
  return tokens.length > 1 && !!last && last.tags.has('PastTense') && !last.tags.has('Noun');
}


// "bringing together 40 participants from 20 countries": a number, up to three qualifying words, a noun.
function countedCategories(doc: Document, s: { start: number; end: number; text: string }, orgs: readonly OrganisationMention[]): AttendeeMention[] {
  const out: AttendeeMention[] = [];
  const numbers = /\b\d[\d,]{0,12}\b/g;
  for (let m = numbers.exec(s.text); m; m = numbers.exec(s.text)) {
    // "in early 2021, bringing together ...", "Hackathon 2018 saw groups of ...": a year, not a count
    if (/^(?:19|20)\d{2}$/.test(m[0]) || s.text[m.index + m[0].length] === ',' && s.text[m.index + m[0].length + 1] === ' ') continue;
    // "2025-05-10 Valley Courier Staff", "10/05": a part of a date, a time or a code is no count
    if (/[-/.:]$/.test(s.text.slice(Math.max(0, m.index - 1), m.index)) && /\d/.test(s.text[m.index - 2] ?? '')) continue;
    // "a special $30 collectors pin": a price, not a head count
    if (/[$€£¥₹]/.test(s.text[m.index - 1] ?? '')) continue;
    // "sixteen (16) Prosecutors": the count written out starts the category.
    const inParens = s.text[m.index - 1] === '(' && s.text[m.index + m[0].length] === ')';
    const from = inParens ? s.text.lastIndexOf(' ', m.index - 3) + 1 : m.index;
    const ahead = inParens ? s.text.slice(0, m.index - 1) + s.text.slice(m.index + m[0].length + 1) : s.text;
    if (!nounAhead(ahead, inParens ? m.index - 1 : m.index) || /^\d[\d,]*\s+countries\b/i.test(s.text.slice(m.index, m.index + 40))) continue;
    // "the plant will employ 250 people", "the hall seats 500 guests": jobs and capacity, not who came
    if (NOT_ATTENDING_COUNT.test(s.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "17,793 irregular migrants identified": a tally of results, not people who took part
    // ("More than 300 students, faculty members, journalists and election officials filled ...": the count's whole
    // list, as long as each item names people; the count stays with the first)
    const listed = categoriesIn(doc, s.start + from, s.end, orgs, true);
    let n = 1;
    while (n < listed.length && listed[n]!.count === null && headIsPeople(listed[n]!.category) && isListGap(doc.text.slice(listed[n - 1]!.end, listed[n]!.start))) n++;
    // ("investors, mentors and partners at Demo Day": where they met is no part of the last kind)
    const kept = listed.slice(0, n).map((a, k) => (k > 0 ? withoutAtTail(doc, a) : a));
    out.push(...kept.filter((a) => !endsWithParticiple(doc, a)));
  }
  return out;
}


const EVENT_SUBJECT = /^\s*(?:it|they|this|these|the (?:event|meeting|gathering|programme|program|initiative|activity))\b/i;

/** A sentence that names an event, or goes on about one ("It brought together ...", "The event drew ..."). */
function isAboutEvent(doc: Document, sentence: Sentence, events: readonly EventMention[]): boolean {
  const names = (x: Sentence) => events.some((e) => e.start >= x.start && e.end <= x.end);
  let s = sentence;
  // a sentence cut after an abbreviation ("Executive Mayor Cllr. Walter ...") goes on with the ones before
  for (let back = 0; back < 4; back++) {
    if (names(s)) return true;
    const before = doc.sentences[s.index - 1];
    if (!before || before.paragraph !== s.paragraph || !/\b\p{Lu}\p{Ll}{0,4}\.$/u.test(before.text.trimEnd())) break;
    s = before;
  }
  const previous = doc.sentences[s.index - 1];
  if (!EVENT_SUBJECT.test(s.text)) return false;
  return !!previous && previous.paragraph === s.paragraph && events.some((e) => e.start >= previous.start && e.end <= previous.end);
}

const BULLET = /^[*•·▪◦‣–—-]\s+/;

/** The categories of the bulleted lines right after the paragraph of `s` ("* Ministers of health and senior officials ..."). */
function bulletedCategories(doc: Document, s: Sentence, orgs: readonly OrganisationMention[]): AttendeeMention[] {
  const out: AttendeeMention[] = [];
  for (let p = s.paragraph + 1; p < doc.paragraphs.length && p <= s.paragraph + 12; p++) {
    const para = doc.paragraphs[p]!;
    const bullet = BULLET.exec(para.text);
    if (!bullet) break;
    out.push(...categoriesIn(doc, para.start + bullet[0].length, para.end, orgs));
  }
  return out;
}

/** Where a paragraph's quotations are: what a speaker says ("conferences bring together ...") is not who attended. */
function quotedSpans(text: string, base: number): Span[] {
  const out: Span[] = [];
  const re = /[“"‘](?=\S)[^“”"]*[”"’]?/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // ‘ opens a quotation only at a word start (not an apostrophe); the stretch runs to its close or the paragraph end
    if (m[0][0] === '‘' && m.index > 0 && /\p{L}/u.test(text[m.index - 1]!)) continue;
    const close = m[0][0] === '‘' ? text.indexOf('’', m.index + 1) : -1;
    const end = m[0][0] === '‘' ? (close < 0 ? text.length : close + 1) : m.index + m[0].length;
    if (end - m.index > 40) out.push({ start: base + m.index, end: base + end });
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return out;
}

export function findAttendees(doc: Document, orgs: readonly OrganisationMention[], people: readonly PersonMention[] = [], events: readonly EventMention[] | null = null): AttendeeMention[] {
  const found: AttendeeMention[] = [];
  const quoted = doc.paragraphs.flatMap((p) => quotedSpans(p.text, p.start));
  const isQuoted = (at: number) => quoted.some((q) => q.start <= at && at < q.end);
  for (const s of doc.sentences) {
    const aboutEvent = events === null || isAboutEvent(doc, s, events);
    for (const cue of ATTENDEE_CUE_WORDS.test(s.text) ? ATTENDEE_LIST_CUES : []) {
      // "FinOps brings together technology, business and finance": a list cue counts in a sentence about an event
      if (!aboutEvent && EVENT_CONTEXT_CUES.has(cue)) continue;
      cue.lastIndex = 0;
      const guard = CUE_GUARDS.get(cue);
      for (let m = cue.exec(s.text); m; m = cue.exec(s.text)) {
        if (m[0].length === 0) cue.lastIndex++;
        let listStart = m.index + m[0].length;
        if (guard) {
          const g = guard.exec(s.text.slice(listStart, listStart + 200));
          if (!g) continue;
          listStart += g[0].length;
        }
        if (isQuoted(s.start + m.index)) continue;
        // "The meeting will be attended by:" then a bulleted line per category
        const rest = s.text.slice(listStart).trim();
        if (rest === '' || rest === ':') found.push(...bulletedCategories(doc, s, orgs));
        else found.push(...categoriesIn(doc, s.start + listStart, s.end, orgs, NOUN_REQUIRED_CUES.has(cue)));
        if (!cue.global) break;
      }
    }
    found.push(...subjectsOfAttended(doc, s, orgs));
    // "A review committee will comprise representatives from all schools": who sits on a body, not who attended
    FROM_NOUNS.lastIndex = 0;
    for (let m = aboutEvent || !/\b(?:comprise|comprises|comprised|composed|consist|consists|made up)\b/i.test(s.text) ? FROM_NOUNS.exec(s.text) : null; m; m = FROM_NOUNS.exec(s.text)) {
      found.push(...fromList(doc, s.start + m.index, s.start + m.index + m[0].length, s.end, orgs));
    }
    found.push(...countedCategories(doc, s, orgs));
  }
  // "40 participants", "attendees", "people": a head count (participantCount), not a category of who came
  // ("in person and via live webcast": how they came, no category; "ministers from across the region agreed":
  // the category ends before its verb)
  const specific = found.map(beforeItsVerb).filter((a) => !GENERIC_CATEGORY.test(a.category) && !HOW_THEY_CAME.test(a.category));
  found.length = 0;
  found.push(...specific);
  // A named person is a speaker or a guest, not a category; words of a headline in capitals ("FISHERIES OFFICERS MEET") repeat the body's.
  // ("Nguyen Thi Hoa of the Mekong Migrant Workers' Network and ...": a category that opens with a person's name names people, not a kind)
  const named = found.filter((a) => !/\s/.test(a.category) || /\p{Ll}/u.test(a.category)).filter((a) => !people.some((p) => (a.start <= p.start && p.end <= a.end && a.end - a.start <= p.context.end - p.context.start + 2) || p.start === a.start));
  found.length = 0;
  found.push(...named);
  // One mention per stretch of text: where two overlap, the one that starts first, or the longer.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: AttendeeMention[] = [];
  for (const a of found) {
    const last = out[out.length - 1];
    if (last && a.start < last.end) {
      if (a.end - a.start > last.end - last.start && a.start === last.start) out[out.length - 1] = a;
      continue;
    }
    out.push(a);
  }
  // "train 60 nurses in diabetes care" in the headline, "Sixty nurses from health centres ..." in the body:
  // the headline's category repeats the body's one of the same head noun
  const title = doc.title;
  if (!title) return out;
  const inTitle = (a: AttendeeMention) => a.start >= title.start && a.end <= title.end;
  // (a body's capitalised name, "the Coastal Councils Forum", repeats no category)
  const bodyHeads = new Set(out.filter((a) => !inTitle(a)).map((a) => categoryHead(a, true)).filter((h) => h !== null));
  // ("Beekeepers meet in Arusha" over "Honey producers from five districts ... are attending": a headline's
  // bare plural names the body's categories again, in a word of its own)
  const bodyHasCategories = out.some((a) => !inTitle(a));
  return out.filter((a) => !inTitle(a) || (!bodyHeads.has(categoryHead(a) ?? '') && !(bodyHasCategories && isBarePlural(a))));
}

/** A category that says how people came, not who ("in person", "via live webcast", "online"). */
const HOW_THEY_CAME = /^(?:(?:in[- ]person|online|virtually|remotely|on-?site)$|via\s)/i;
/** Verbs that end a category read too far: what its people did ("agreed", "squeezed into the room"). */
const CATEGORY_END_VERBS: ReadonlySet<string> = new Set(['agreed', 'squeezed', 'crowded', 'packed', 'filled', 'gathered', 'met', 'attended', 'joined', 'took', 'came', 'voted', 'signed', 'adopted', 'endorsed', 'pledged', 'called', 'urged', 'said', 'heard', 'watched', 'listened', 'followed', 'converged', 'flocked', 'turned', 'resolved', 'decided', 'discussed', 'shared', 'visited']);

/** The category cut before a verb of what its people did, when a word names people before it. */
function beforeItsVerb(a: AttendeeMention): AttendeeMention {
  const words = a.category.split(' ');
  const k = words.findIndex((w, i) => i > 0 && CATEGORY_END_VERBS.has(w) && !/^(?:who|that|which)$/i.test(words[i - 1]!));
  if (k < 0) return a;
  const category = words.slice(0, k).join(' ').replace(/[,;:]$/, '');
  if (!category || !words.slice(0, k).some((w) => ATTENDEE_NOUNS.has(w.toLowerCase()))) return a;
  // (the span is cut where the verb stands in the text, which may hold more than the category: "about 40 ...")
  const at = a.text.indexOf(` ${words[k]!}`);
  if (at < 0) return a;
  const text = a.text.slice(0, at).replace(/[,;:]$/, '');
  return { ...a, category, end: a.start + text.length, text };
}

/** A category of one word, uncounted ("Beekeepers", "Nurses"). */
const isBarePlural = (a: AttendeeMention): boolean => a.count === null && !/\s/.test(a.category.trim());

/** The first attendee noun of a category ("nurses" of "nurses from health centres"), null when it has none (with `lowerOnly`, only a noun written in lower case). */
function categoryHead(a: AttendeeMention, lowerOnly = false): string | null {
  for (const w of a.category.split(/[\s,]+/)) {
    const lower = w.toLowerCase();
    if (ATTENDEE_NOUNS.has(lower)) return lowerOnly && lower !== w ? null : lower;
  }
  return null;
}

export const attendeeRecogniser = defineRecogniser({
  name: 'attendees',
  kind: 'attendees',
  recognise: (ctx, found) => findAttendees(ctx.doc, found.organisations, found.people, found.events),
});
