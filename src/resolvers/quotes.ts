/**
 * Quote attribution: which quoted stretches are words said, who said them, who delivered them,
 * and at which event.
 *
 * For each quoted stretch, in text order, the clause right after it (up to the end of its sentence
 * or the next quotation) and the clause right before it (from the start of its sentence or the end
 * of the previous quotation) are read for an attribution: a speech verb with a reference next to it
 * ("said X", "X said", "she added", "the Minister noted"), "according to X", or the subject of the
 * sentence that introduces the words ("X praised the report for “...”"). Without one, the words
 * belong to the speaker of the quotation before them in the paragraph, else the one after, else the
 * subject of the sentence before. A reference is an entity mention (the one name resolver,
 * `findEntity`), a capitalised run read with `splitPersonReference`, a pronoun, or a role noun;
 * pronouns and role nouns go to the last compatible speaker or sentence subject before them.
 * Quotations over several paragraphs share one speaker. Titles, scare quotes and short terms are
 * not quotations.
 */
import { spansWithin } from '../text/spans.js';
import type { Context } from '../context.js';
import type { Document, Token } from '../document.js';
import type { EventRecord, Quotation, Speaker, SpeakerRole, Span } from '../record.js';
import type { QuotationMention } from '../mentions.js';
import { defineResolver, type ResolutionState } from '../pipeline.js';
import { findEntity, type Entity } from './agents.js';
import { isAcronym, isCapitalised, isHonorific, isInitial, isTitleWord, bare, splitPersonReference, stripPossessive, wordsOf, type Word } from '../text/names.js';
import { NAME_PARTICLES, NOT_NAME_WORDS, ORG_HEADS, PORTFOLIO_WORDS, TITLE_HEADS } from '../lexicons/who.js';
import { SPEAKER_ROLE_CUES } from '../lexicons/roles.js';
import { isPeopleNoun } from '../lexicons/attendees.js';
import {
  BODY_PRONOUNS, DELIVERED_BY, DELIVERING_FOR, PERSON_PRONOUNS, PERSON_ROLE_NOUNS, SAID_AT_EVENT, SPEAKING_WORDS,
  SPEECH_VERBS, TITLE_CASE_SKIP, TITLE_CUES, WEAK_SPEECH_VERBS,
} from '../lexicons/quotes.js';

/** A stretch that refers to an agent. */
interface Ref extends Span {
  kind: 'entity' | 'raw' | 'pronoun' | 'role';
  entity?: Entity;
  /** The name read from a capitalised run, when no entity knows it. */
  name?: string;
  /** Pronoun or role noun, lower case. */
  word?: string;
  person: boolean;
  place: boolean;
  /** A capitalised run that compromise tags as a person's name or that carries a title or honorific. */
  strong?: boolean;
}

type Gender = 'male' | 'female';
const MALE_HONORIFIC = /\b(?:Mr|Sir|Lord|King|Prince|Sheikh)\.?\s$/;
const FEMALE_HONORIFIC = /\b(?:Ms|Mrs|Miss|Madam|Dame|Lady|Queen|Princess)\.?\s$/;
const MALE_HEAD = /^(?:Mr|Sir|Lord|King|Prince|Sheikh)\.?\s/;
/** Posts below the one their head names ("Deputy Director", "Assistant Secretary", "Vice-President"). */
const SUBORDINATE_RANK = /^(?:deputy|assistant|vice|associate|under|acting)\b/i;
/** A capitalised participle opening a sentence ("Accepting", "Speaking", "Opening"). */
const OPENING_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** Nouns of words written or read out for someone ("the message said"). */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set(['message', 'statement', 'speech', 'remarks', 'address', 'letter', 'video']);
/** "a message from ", "remarks by ", "the speech of ": where the sender of a message is named. */
// ("read a speech on behalf of President X": the speech is X's)
const MESSAGE_FROM = /\b(?:message|statement|speech|remarks|address|letter|greetings)\s(?:from|by|of|on\sbehalf\sof)\s/gi;
/** Family names written first in Vietnamese, Chinese and Korean names ("Nguyen Thi Hoa"): compromise takes them for given names and guesses a gender. */
const GENDER_UNSURE_FIRST = /^(?:Nguyen|Tran|Pham|Hoang|Phan|Dang|Bui|Ngo|Duong|Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Zhou|Kim|Park|Choi)\s/;
const FEMALE_HEAD = /^(?:Ms|Mrs|Miss|Madam|Dame|Lady|Queen|Princess)\.?\s/;

/** Between a title and the name it stands in apposition to: "(Minister)[ of Environment], Dr. (Claudine Uwera)". */
const APPOSED_TITLE_GAP = /^(?:\s(?:of|for|on)\s\p{Lu}[^,.;:"“”]{0,50})?,\s?(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon|H\.E)\.?\s)?$/u;

/** How surely a reference names a speaker: a known person, then a pronoun or role noun, then a body or a bare run. */
const rank = (r: Ref): number =>
  r.kind === 'entity' ? (r.person ? 3 : 1) : r.kind === 'raw' ? (r.person && r.strong ? 3 : r.person ? 1 : 0) : 2;

/** Who said something, resolved to a name. */
export interface Attribution {
  name: string;
  entity: Entity | null;
  person: boolean;
  /** Where the reference stands (for recency). */
  at: number;
}

interface Reading {
  speaker: Attribution | null;
  deliveredBy: Attribution | null;
  /** A speech verb or "according to" stands next to the reference. */
  explicit: boolean;
  /** The words are someone's the text does not name ("said one participant, a judge from the north"). */
  anonymous?: boolean;
}

const SPEECH_ADVERBS = new Set(['also', 'further', 'then', 'later', 'likewise', 'again', 'once', 'finally', 'additionally', 'similarly', 'earlier', 'previously', 'recently', 'however', 'has', 'had', 'have', 'was', 'is', 'would', 'will', 'went', 'on', 'to', 'subsequently', 'meanwhile', 'moreover', 'furthermore', 'aptly', 'famously', 'once']);

/** Speech verbs are compared in lower case; a weak one must touch the words. */
const speechVerb = (w: Word | undefined, strongOnly = false): boolean => {
  if (!w) return false;
  const b = w.text.toLowerCase();
  return SPEECH_VERBS.has(b) && !(strongOnly && WEAK_SPEECH_VERBS.has(b));
};

/** Nouns of people who speak for a body: "a spokesperson for the Ministry said" is the body's word, not an unnamed person's. */
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'representative']);

/** A person noun in the singular, by its plural: "participant", "judge", "first-timer", "woman". */
function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (SPOKES_NOUNS.has(w)) return false;
  if (PERSON_ROLE_NOUNS.has(w)) return true;
  const plural = w === 'person' ? 'people' : /(?:wo)?man$/.test(w) ? `${w.slice(0, -3)}men` : /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`;
  return isPeopleNoun(plural);
}

/**
 * "one participant", "a circuit court judge from the north", "another resident", "one of them": where a
 * reference to somebody the text does not name opens `words`, how many words it takes; else 0.
 */
function unnamedPersonAt(words: readonly Word[]): number {
  const first = words[0]?.text.toLowerCase();
  if (first !== 'one' && first !== 'another' && first !== 'a' && first !== 'an') return 0;
  if (first === 'one' && words[1]?.text === 'of' && /^(?:them|us|the|our|those|its|their)$/i.test(words[2]?.text ?? '')) return 3;
  for (let k = 1; k <= 4 && k < words.length; k++) {
    const w = words[k]!.text;
    if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(w)) return 0;
    if (isPersonNoun(w)) return k + 1;
  }
  return 0;
}

// ---- text helpers ---------------------------------------------------------------------------

/** The words of a span, with offsets. */
function wordsIn(doc: Document, span: Span): Word[] {
  return span.end > span.start ? wordsOf(doc.text.slice(span.start, span.end), span.start) : [];
}

/** Where the sentence holding `to` starts, reading back from `to` but not before `from`. */
function sentenceStartBefore(doc: Document, from: number, to: number): number {
  const words = wordsIn(doc, { start: from, end: to });
  let start = from;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.text === '.' || w.text === '!' || w.text === '?') start = w.end;
  }
  // '!' and '?' are not words for wordsOf: find them directly.
  for (let i = to - 1; i >= start; i--) if (doc.text[i] === '!' || doc.text[i] === '?') return i + 1;
  return start;
}

/** Where the sentence that goes on at `from` ends (not after `to`), its final stop included. */
function sentenceEndAfter(doc: Document, from: number, to: number): number {
  const words = wordsIn(doc, { start: from, end: to });
  let end = to;
  for (const w of words) {
    if (w.text === '.') { end = w.end; break; }
  }
  for (let i = from; i < end; i++) if (doc.text[i] === '!' || doc.text[i] === '?' || doc.text[i] === ';') return i + 1;
  return end;
}

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;

/** Title case: most content words capitalised ("Human Development for Everyone"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const content = words.filter((w) => !TITLE_CASE_SKIP.has(w.toLowerCase()));
  if (content.length < 2) return content.length === 1 && /^\p{Lu}/u.test(content[0]!) && words.length <= 3;
  const capitalised = content.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalised / content.length >= 0.75 && !words.some((w) => SPEAKING_WORDS.has(w.toLowerCase()) && w !== 'US');
}

const speaksInFirstPerson = (text: string): boolean =>
  (text.match(/[\p{L}'’]+/gu) ?? []).some((w) => SPEAKING_WORDS.has(w.toLowerCase().replace(/’/g, "'")) && w !== 'US');

// ---- the resolver ---------------------------------------------------------------------------

class QuoteReader {
  private readonly doc: Document;
  private readonly entities: readonly Entity[];
  /** Every mention of an entity, in text order. */
  private readonly entitySpans: Array<Span & { entity: Entity }>;
  /** Speakers found so far, in text order. */
  readonly spoken: Attribution[] = [];
  private readonly subjects = new Map<number, Attribution | null>();

  /** The quoted stretches (marks included), in text order: a sentence that starts inside one is someone's words. */
  private readonly quoted: readonly Span[];

  constructor(doc: Document, entities: readonly Entity[], quoted: readonly Span[] = []) {
    this.doc = doc;
    this.entities = entities;
    this.quoted = quoted;
    this.entitySpans = entities
      .filter((e) => e.kind !== 'country')
      .flatMap((e) => e.spans.map((s) => ({ start: s.start, end: s.end, entity: e })))
      .sort((a, b) => a.start - b.start);
  }

  /** Entity mentions inside `span`, by bisection. */
  private entitiesIn(span: Span): Array<Span & { entity: Entity }> {
    return spansWithin(this.entitySpans, span);
  }

  /** The token that starts at `at`, by bisection (tokens are in text order). */
  private tokenAt(at: number): Token | undefined {
    const list = this.doc.tokens;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]?.start === at ? list[lo] : undefined;
  }

  private tagged(w: Word, ...tags: string[]): boolean {
    const t = this.tokenAt(w.start);
    return !!t && tags.some((tag) => t.tags.has(tag));
  }

  /** The references to agents inside `span`, in text order. */
  refsIn(span: Span): Ref[] {
    const refs: Ref[] = [];
    const ents = this.entitiesIn(span);
    for (const e of ents) refs.push({ start: e.start, end: e.end, kind: 'entity', entity: e.entity, person: e.entity.kind === 'person', place: false });
    const words = wordsIn(this.doc, span);
    // Capitalised runs that no entity mention covers: names the agents resolver did not gather.
    let k = 0;
    while (k < words.length) {
      const w = words[k]!;
      const lower = w.text.toLowerCase();
      if (PERSON_PRONOUNS.has(lower) || BODY_PRONOUNS.has(lower)) {
        if (lower !== 'i' && this.tagged(w, 'Pronoun')) refs.push({ start: w.start, end: w.end, kind: 'pronoun', word: lower, person: PERSON_PRONOUNS.has(lower), place: false });
        k++;
        continue;
      }
      // "the message said", "the statement read": the words of whoever's message the text named before
      // (the span read may end before the verb: "the message" is then its last word)
      if (lower === 'the' && k + 1 < words.length && MESSAGE_NOUNS.has(words[k + 1]!.text.toLowerCase()) && (k + 2 === words.length || /^(?:said|says|read|reads|stated|added|continued|noted)$/i.test(words[k + 2]!.text))) {
        refs.push({ start: w.start, end: words[k + 1]!.end, kind: 'role', word: words[k + 1]!.text.toLowerCase(), person: true, place: false });
        k += 2;
        continue;
      }
      if (lower === 'the' && k + 1 < words.length) {
        // "the Minister", "the department", "the Deputy Minister": a role noun within two words.
        for (let j = k + 1; j <= Math.min(k + 3, words.length - 1); j++) {
          // ("the Director's remarks said": the role noun in the possessive)
          const b = stripPossessive(bare(words[j]!.text));
          const personal = PERSON_ROLE_NOUNS.has(b) || TITLE_HEADS.has(b);
          // "the police chief", "the school principal": a body's head noun that qualifies a person's
          const nextWord = words[j + 1] ? bare(words[j + 1]!.text) : '';
          if (!personal && j < k + 3 && (PERSON_ROLE_NOUNS.has(nextWord) || TITLE_HEADS.has(nextWord)) && words[j + 1]!.start === words[j]!.end + 1) continue;
          if (personal || (ORG_HEADS.has(b) && b.length > 3)) {
            // "the Fenwick River Trust": the head of a body named right here, not a word that refers back
            if (ents.some((e) => e.start <= words[j]!.start && words[j]!.end <= e.end)) break;
            const after = words[j + 1];
            // "the Minister of X" names an office, not a reference back; "the department's" still refers back.
            if (after && /^(?:of|for)$/i.test(after.text) && ORG_HEADS.has(b)) break;
            if (after && isCapitalised(after.text) && !isTitleWord(after.text) && after.start === words[j]!.end + 1) break; // "the Minister Juan Cruz": a name follows
            // "The outgoing president, Sipho Dlamini, told ...": the person named in apposition is the reference
            if (after?.text === ',' && words[j + 2] && ents.some((e) => e.entity.kind === 'person' && e.start === words[j + 2]!.start)) break;
            refs.push({ start: w.start, end: words[j]!.end, kind: 'role', word: b, person: personal && !ORG_HEADS.has(b), place: false });
            k = j;
            break;
          }
          if (!/^[\p{L}-]+$/u.test(words[j]!.text)) break;
        }
        k++;
        continue;
      }
      const startsRun = (isCapitalised(w.text) || isInitial(w.text)) && !/^[“”"(),;:–—&]$/.test(w.text);
      if (!startsRun) { k++; continue; }
      let j = k;
      while (j + 1 < words.length) {
        const n = words[j + 1]!;
        const gap = this.doc.text.slice(words[j]!.end, n.start);
        if (!/^\s*$/.test(gap)) break;
        if (isCapitalised(n.text) || isInitial(n.text)) { j++; continue; }
        if (NAME_PARTICLES.has(n.text.toLowerCase()) && j + 2 < words.length && isCapitalised(words[j + 2]!.text)) { j++; continue; }
        break;
      }
      // Leading sentence words ("In", "During", "Yet") are not part of a name.
      let first = k;
      while (first <= j && NOT_NAME_WORDS.has(bare(words[first]!.text))) first++;
      if (first <= j) {
        const run: Span = { start: words[first]!.start, end: words[j]!.end };
        const covered = ents.some((e) => e.start < run.end && run.start < e.end);
        const runWords = words.slice(first, j + 1);
        const named = runWords.some((x) => this.tagged(x, 'Person', 'ProperNoun', 'Acronym', 'Honorific') || isHonorific(x.text) || isTitleWord(x.text));
        // compromise reads some names as places ("Helen Park"): an honorific or title says otherwise.
        const titled = runWords.some((x) => isHonorific(x.text) || isTitleWord(x.text));
        // "American": a people's name (a demonym) refers to nobody in particular
        const place = !titled && runWords.every((x) => this.tagged(x, 'Place', 'Country', 'City', 'Region', 'Demonym'));
        const text = this.doc.text.slice(run.start, run.end);
        // A run of titles and honorifics alone ("Lead", "Secretary") names nobody.
        const nameless = runWords.every((x) => isTitleWord(x.text) || isHonorific(x.text) || NOT_NAME_WORDS.has(bare(x.text)));
        // "Rwanda's Minister of Environment, Dr. Claudine Uwera, delivered ...": a title run before the person it is in apposition to
        const titleOfNext = ents.some((e) => e.entity.kind === 'person' && e.start > run.end && e.start - run.end <= 64 && APPOSED_TITLE_GAP.test(this.doc.text.slice(run.end, e.start)));
        if (!covered && !nameless && !titleOfNext) {
          const strong = runWords.some((x) => this.tagged(x, 'Person', 'Honorific') || isHonorific(x.text) || isTitleWord(x.text));
          // a body's head noun last, or acronyms alone ("IAEE"): a body, not a person
          const body = ORG_HEADS.has(bare(runWords[runWords.length - 1]!.text)) || runWords.every((x) => isAcronym(x.text));
          // ("Zarins said:": a surname compromise does not tag is no place when an entity ends with it)
          const known = !named && !place && !!findEntity(this.entities, stripPossessive(text));
          refs.push({ ...run, kind: 'raw', name: text, person: !body, place: place || (!named && !known), strong });
        } else {
          // The agents resolver knows a shorter form ("Meadows" of "J. Allen Meadows"): keep the fuller name as written.
          const inside = ents.filter((e) => e.start < run.end && run.start < e.end);
          const only = inside.length === 1 ? inside[0]! : null;
          if (only && only.entity.kind === 'person') {
            const written = splitPersonReference(text).name;
            const writtenWords = written.split(' ');
            const knownWords = only.entity.name.split(' ');
            const extra = writtenWords.slice(0, writtenWords.length - knownWords.length);
            // (not "Natural Resources" of "Minister of Natural Resources Somphone K.": the rest of a title)
            const ofTitle = extra.some((w) => PORTFOLIO_WORDS.has(bare(w)) || ORG_HEADS.has(bare(w))) || /\bof\s*$/i.test(text.slice(0, text.length - written.length));
            const fuller = extra.length > 0 && !ofTitle && written.endsWith(knownWords[knownWords.length - 1]!);
            if (fuller) {
              const ref = refs.find((r) => r.kind === 'entity' && r.start === only.start);
              if (ref) { ref.name = written; ref.start = Math.min(ref.start, run.start); }
            }
          }
        }
      }
      k = j + 1;
    }
    return refs.sort((a, b) => a.start - b.start);
  }

  /** The name a reference stands for; pronouns and role nouns look back from `at`. */
  resolve(ref: Ref, at: number): Attribution | null {
    switch (ref.kind) {
      case 'entity':
        return { name: ref.name ?? ref.entity!.name, entity: ref.entity!, person: ref.entity!.kind === 'person', at: ref.start };
      case 'raw': {
        const raw = stripPossessive(ref.name!);
        const entity = findEntity(this.entities, raw) ?? findEntity(this.entities, splitPersonReference(raw).name);
        if (entity && entity.kind !== 'country') return { name: entity.name, entity, person: entity.kind === 'person', at: ref.start };
        const name = ref.person ? splitPersonReference(raw).name.replace(/,$/, '') : raw.replace(/^the\s+/i, '');
        // "Adeyemi said" after "the winner, Folasade Adeyemi,": a surname alone stands for the fuller name written before it
        const fuller = ref.person && name && !name.includes(' ') ? this.fullerNameBefore(name, ref.start) : null;
        return name ? { name: fuller ?? name, entity: null, person: ref.person, at: ref.start } : null;
      }
      case 'pronoun':
        return this.lastSpeaker(at, ref.person ? 'person' : ref.word === 'they' ? 'any' : 'body', ref.word === 'he' ? 'male' : ref.word === 'she' ? 'female' : undefined);
      case 'role': {
        const word = ref.word!;
        if (MESSAGE_NOUNS.has(word)) return this.senderBefore(at);
        if (!ref.person) {
          // "the department stated": the body of that kind mentioned last before.
          const recent = this.entitiesIn({ start: 0, end: at }).reverse().map((e) => e.entity).filter((e) => e.kind !== 'person');
          const entity = findEntity(recent, `the ${word}`);
          return entity ? { name: entity.name, entity, person: false, at } : this.lastSpeaker(at, 'body');
        }
        // "the Minister added": the person with that title mentioned last, else the last speaker.
        const recent = this.entitiesIn({ start: 0, end: at }).reverse().map((e) => e.entity);
        // the latest person with that word in their title, but not a deputy's when someone holds the post itself
        // ("the Director's remarks" after "Director X ... delivered by Deputy Director Y" are X's)
        const holding = recent.filter((e) => e.kind === 'person' && e.title !== null && e.title.toLowerCase().split(/[\s-]+/).includes(word));
        // ("the Cabinet Secretary said" after a Principal Secretary was named: the one whose title the whole phrase is)
        const phrase = this.doc.text.slice(ref.start, ref.end).toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '');
        const exact = phrase.includes(' ') ? holding.find((e) => e.title!.toLowerCase() === phrase) : undefined;
        const titled = exact ?? holding.find((e) => !SUBORDINATE_RANK.test(e.title!) || word === 'deputy') ?? holding[0];
        return titled ? { name: titled.name, entity: titled, person: true, at } : this.lastSpeaker(at, 'person');
      }
    }
  }

  /** "Folasade Adeyemi" for "Adeyemi": the first given name and surname pair before `at` that ends with `surname`. */
  private fullerNameBefore(surname: string, at: number): string | null {
    const text = this.doc.text;
    for (let i = text.indexOf(surname); i >= 0 && i < at; i = text.indexOf(surname, i + 1)) {
      const after = text[i + surname.length] ?? ' ';
      if (/[\p{L}\d]/u.test(after)) continue;
      const before = text.slice(Math.max(0, i - 30), i);
      const m = /(?:^|[\s(,])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) $/u.exec(before);
      // ("at Wisma Bernama": after a preposition or an article the pair names a place or a body)
      const lead = m ? before.slice(0, before.length - m[1]!.length - 1).trimEnd() : '';
      if (m && /(?:^|\s)(?:at|in|on|from|to|of|the|a|an|by|for)$/i.test(lead)) continue;
      if (m && !isTitleWord(m[1]!) && !isHonorific(m[1]!) && !NOT_NAME_WORDS.has(bare(m[1]!)) && !ORG_HEADS.has(bare(m[1]!))) return `${m[1]} ${surname}`;
    }
    return null;
  }

  /** The person whose message, statement or speech the text named last before `at` ("a message from the Minister, X"). */
  senderBefore(at: number): Attribution | null {
    const from = Math.max(0, at - 1500);
    const window = this.doc.text.slice(from, at);
    let last: RegExpExecArray | null = null;
    MESSAGE_FROM.lastIndex = 0;
    for (let m = MESSAGE_FROM.exec(window); m; m = MESSAGE_FROM.exec(window)) last = m;
    if (!last) return this.lastSpeaker(at, 'person');
    const after = from + last.index + last[0].length;
    const person = this.entitiesIn({ start: after, end: Math.min(at, after + 120) }).find((e) => e.entity.kind === 'person');
    return person ? { name: person.entity.name, entity: person.entity, person: true, at: person.start } : this.lastSpeaker(at, 'person');
  }

  /** The last speaker or sentence subject before `at` of the kind wanted. */
  lastSpeaker(at: number, want: 'person' | 'body' | 'any', gender?: Gender): Attribution | null {
    const other = gender === 'male' ? 'female' : gender === 'female' ? 'male' : undefined;
    const fits = (a: Attribution | null | undefined) =>
      !!a && (want === 'any' || a.person === (want === 'person')) && (!other || this.genderOf(a) !== other);
    let spoken: Attribution | null = null;
    for (let k = this.spoken.length - 1; k >= 0 && k >= this.spoken.length - 50; k--) {
      const a = this.spoken[k]!;
      if (a.at < at && fits(a)) { spoken = a; break; }
    }
    // Sentence subjects, walking back a few sentences.
    const sentences = this.doc.sentences;
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    const s = lo;
    // the subject of the sentence at hand or the one before: only a written honorific says it is the wrong one
    // ("Accepting the prize, Lepp thanked ... “...,” she said": compromise guesses a gender from "Kadri")
    const fitsNear = (a: Attribution | null | undefined) =>
      !!a && (want === 'any' || a.person === (want === 'person')) && (!other || this.writtenGenderOf(a) !== other);
    for (let k = s, seen = 0; k >= 0 && seen < 12; k--, seen++) {
      const sentence = sentences[k];
      if (!sentence || sentence.start >= at) continue;
      if (spoken && sentence.end <= spoken.at) break;
      // "... conversations with Congressional members ...": a sentence inside someone's words has no subject of ours
      if (this.insideQuote(sentence.start)) continue;
      const subject = this.subjectOf(k);
      if (subject && subject.at < at && (fits(subject) || (s - k <= 1 && fitsNear(subject)))) return !spoken || subject.at > spoken.at ? subject : spoken;
    }
    return spoken;
  }

  /** Whether `at` lies inside a quoted stretch, after its opening mark (by bisection). */
  private insideQuote(at: number): boolean {
    const list = this.quoted;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.end <= at) lo = mid + 1;
      else hi = mid;
    }
    const q = list[lo];
    return !!q && q.start < at && at < q.end;
  }

  private readonly genders = new Map<string, Gender | undefined>();

  /** A person's gender from an honorific before a mention, else from compromise's guess at the first name. */
  genderOf(a: Attribution): Gender | undefined {
    if (!a.person) return undefined;
    if (this.genders.has(a.name)) return this.genders.get(a.name);
    let found = this.writtenGenderOf(a);
    // else compromise's guess from the first name; not for a name that may be written surname first
    for (const span of found ? [] : a.entity?.spans ?? [{ start: a.at, end: a.at }]) {
      if (GENDER_UNSURE_FIRST.test(this.doc.text.slice(span.start, span.start + 12))) continue;
      const t = this.tokenAt(span.start);
      found = t?.tags.has('MaleName') ? 'male' : t?.tags.has('FemaleName') ? 'female' : undefined;
      if (found) break;
    }
    this.genders.set(a.name, found);
    return found;
  }

  /** A gender only an honorific says, before a mention or opening its written run ("Ms. Helen Park", "Mr Lee"). */
  private writtenGenderOf(a: Attribution): Gender | undefined {
    if (!a.person) return undefined;
    for (const span of a.entity?.spans ?? [{ start: a.at, end: a.at }]) {
      const lead = this.doc.text.slice(Math.max(0, span.start - 12), span.start);
      const head = this.doc.text.slice(span.start, span.start + 12);
      if (MALE_HONORIFIC.test(lead) || MALE_HEAD.test(head)) return 'male';
      if (FEMALE_HONORIFIC.test(lead) || FEMALE_HEAD.test(head)) return 'female';
    }
    return undefined;
  }

  /** The subject of sentence `k`: the first reference before its first verb (not inside quotation marks). */
  subjectOf(k: number): Attribution | null {
    if (this.subjects.has(k)) return this.subjects.get(k)!;
    this.subjects.set(k, null); // guards against a pronoun subject looking back at itself
    const s = this.doc.sentences[k]!;
    const reported = this.reportedSpeakerOf(k);
    if (reported) {
      this.subjects.set(k, reported);
      return reported;
    }
    let verbAt = s.end;
    // "Accepting the prize, Lepp thanked ...", "On taking the floor, X said": an opening participle's clause comes before the subject
    const all = wordsIn(this.doc, s);
    const comma = OPENING_PARTICIPLE.test(all[0]?.text ?? '') || (/^(?:On|After|Upon|While|When|Before)$/.test(all[0]?.text ?? '') && /ing$/.test(all[1]?.text ?? ''))
      ? all.findIndex((w, i) => i < 12 && w.text === ',') : -1;
    const words = comma > 0 ? all.slice(comma + 1) : all;
    const from = comma > 0 ? all[comma]!.end : s.start;
    for (const w of words) {
      if (/^[“"‘«]$/.test(w.text)) { verbAt = w.start; break; }
      // "award-winning American actress X": a hyphenated adjective is no verb
      if (this.tagged(w, 'Verb') && !isCapitalised(w.text) && !w.text.includes('-')) { verbAt = w.start; break; }
    }
    const refs = this.refsIn({ start: from, end: verbAt }).filter((r) => !r.place);
    // (a person the text knows before a capitalised run that only looks like a name: "Grenada's Minister for
    // Climate Resilience and the Environment, Kerwin Fontaine-Joseph, said")
    const first = refs.find((r) => r.person && r.kind === 'entity') ?? refs.find((r) => r.person) ?? refs.find((r) => r.kind !== 'raw') ?? null;
    const subject = first ? this.resolve(first, first.start) : null;
    this.subjects.set(k, subject);
    return subject;
  }

  /**
   * Who sentence `k` says is about to speak ("In her speech, the Secretary-General, the Rt Hon X, said:",
   * "On the Middle East, Minister Y said:"): the reference before its last speech verb, ranked as a
   * subject is, else the first one after it, else the sentence's subject.
   */
  introducerOf(k: number): Attribution | null {
    const s = this.doc.sentences[k]!;
    const words = wordsIn(this.doc, s);
    for (let i = words.length - 1; i >= 0; i--) {
      if (!speechVerb(words[i])) continue;
      const subject = this.reading(s, s.start, words[i]!.start, 'subject', true);
      if (subject?.speaker) return subject.speaker;
      const after = this.reading(s, words[i]!.end, s.end, 'first', true);
      if (after?.speaker) return after.speaker;
      break;
    }
    return this.subjectOf(k);
  }

  /**
   * "Health ministers will meet in October, the World Health Organization (WHO) said in a statement":
   * who a sentence reports, when it ends with a name and a verb of saying after a comma, outside quotation marks.
   */
  private reportedSpeakerOf(k: number): Attribution | null {
    const s = this.doc.sentences[k]!;
    if (/[“"‘«”]/.test(s.text)) return null;
    const words = wordsIn(this.doc, s);
    for (let i = words.length - 1; i > 1; i--) {
      if (!speechVerb(words[i], true)) continue;
      let c = i - 1;
      while (c > 0 && words[c]!.text !== ',' && i - c <= 8) c--;
      if (words[c]?.text !== ',' || c >= i - 1) return null;
      const r = this.reading(s, words[c]!.end, words[i]!.start, 'subject', true);
      const who = r?.speaker;
      return who && (who.entity || ORG_HEADS.has(bare(who.name.split(' ').pop()!))) ? who : null;
    }
    return null;
  }

  /** Reads the attribution in the clause after the words (`,” said X`, `,” X said`, `” Said X ... as delivered by Y`). */
  readAfter(q: QuotationMention, limit: number): Reading | null {
    const end = sentenceEndAfter(this.doc, q.end, limit);
    const clause: Span = { start: q.end, end };
    const words = wordsIn(this.doc, clause).filter((w) => !/^[,;:–—]$/.test(w.text));
    if (!words.length) return null;
    const inner = this.doc.text.slice(q.inner.start, q.inner.end);
    const continuing = /[,!?…–—-]$/.test(inner) || !q.closed || /^\s*\p{Ll}/u.test(this.doc.text.slice(q.end, q.end + 3));
    if (/^according$/i.test(words[0]!.text) && /^to$/i.test(words[1]?.text ?? '')) {
      return this.reading(clause, words[2]!.start, end, 'first', true);
    }
    // “...” – Amy Durkin, director of events, X: a dash and the speaker's name after the closing mark.
    const dash = q.closed ? /^[ \t]{0,3}[-–—][ \t]{0,3}(?=\p{Lu})/u.exec(this.doc.text.slice(q.end, q.end + 8)) : null;
    if (dash) {
      const signed = this.reading(clause, q.end + dash[0].length, end, 'first', true);
      if (signed?.speaker?.person) return signed;
    }
    let v = -1;
    for (let k = 0; k < Math.min(words.length, 10); k++) {
      if (speechVerb(words[k], k > 0)) { v = k; break; }
      if (words[k]!.text === '.') break;
    }
    if (v < 0) return null;
    const verb = words[v]!;
    const tail = words.slice(v + 1).filter((w) => w.text !== '.');
    if (!continuing && v > 0 && tail.length > 6) return null; // a new sentence about something else
    if (v === 0) return this.reading(clause, verb.end, end, 'first', true);
    // "X said", "she said", "the Minister added": the reference right before the verb.
    const before = words.slice(0, v).filter((w) => !SPEECH_ADVERBS.has(w.text.toLowerCase()));
    if (!before.length) return this.reading(clause, verb.end, end, 'first', true);
    return this.reading(clause, q.end, verb.start, 'subject', true);
  }

  /** Reads the attribution in the clause before the words (`X said, “`, `According to X, “`, `X praised ... for “`). */
  readBefore(q: QuotationMention, from: number): Reading | null {
    const start = sentenceStartBefore(this.doc, from, q.start);
    const clause: Span = { start, end: q.start };
    const words = wordsIn(this.doc, clause);
    if (!words.length) return null;
    for (let k = 0; k + 1 < words.length; k++) {
      if (/^according$/i.test(words[k]!.text) && /^to$/i.test(words[k + 1]!.text)) {
        const to = words.slice(k + 2).find((w) => w.text === ',')?.start ?? q.start;
        return this.reading(clause, words[k + 1]!.end, to, 'first', true);
      }
    }
    const verbIndex = words.findIndex((w, k) => speechVerb(w, k < words.length - 3));
    if (verbIndex >= 0) {
      const verb = words[verbIndex]!;
      const subject = this.reading(clause, start, verb.start, 'subject', true);
      if (subject?.speaker || subject?.anonymous) return subject;
      // ", said X, “": the verb comes first.
      return this.reading(clause, verb.end, q.start, 'first', true);
    }
    // No speech verb: the subject of the sentence that introduces the words.
    let verbAt = q.start;
    for (const w of words) if (this.tagged(w, 'Verb') && !isCapitalised(w.text)) { verbAt = w.start; break; }
    const r = this.reading(clause, start, verbAt, 'subject', false);
    return r?.speaker || r?.anonymous ? r : null;
  }

  /**
   * The speaker named in `[from, to)` (`pick`: the subject, that is the first person or else the last
   * reference; or the first reference), and a deliverer cued anywhere in `clause`.
   */
  private reading(clause: Span, from: number, to: number, pick: 'subject' | 'first', explicit: boolean): Reading | null {
    // "said one participant, a judge from the Northern Region": nobody named, and not the place after the noun
    // (unless a person's name follows in apposition: "said a participant, Ama Owusu,")
    const lead = wordsIn(this.doc, { start: from, end: to }).filter((w) => !/^[,;:“”"‘’«»–—]$/.test(w.text));
    const unnamed = unnamedPersonAt(lead);
    if (unnamed) {
      const nounEnd = lead[unnamed - 1]!.end;
      const named = this.refsIn({ start: nounEnd, end: to }).some((r) => r.person && r.kind !== 'pronoun' && r.kind !== 'role' && /^,?\s?$/.test(this.doc.text.slice(nounEnd, r.start)));
      if (!named) return { speaker: null, deliveredBy: null, explicit, anonymous: true };
    }
    const delivery = this.deliveryIn(clause);
    let refs = this.refsIn({ start: from, end: to }).filter((r) => !r.place);
    if (delivery) refs = refs.filter((r) => r.end <= delivery.cue.start || r.start >= delivery.cue.end);
    let ref: Ref | undefined;
    // After the verb, the first person named ("said MES CEO Roy McGrath"), else the first reference.
    if (pick === 'first') ref = refs.find((r) => r.person) ?? refs[0];
    else {
      // The subject: the surest reference, the one nearest the verb among equals ("X, Director at Y, said").
      for (const r of refs) if (!ref || rank(r) >= rank(ref)) ref = r;
    }
    let speaker = ref ? this.resolve(ref, ref.start) : null;
    let deliveredBy: Attribution | null = null;
    if (delivery?.mode === 'by') deliveredBy = delivery.who;
    else if (delivery?.mode === 'for') {
      // "X, delivering the remarks of Y": the words are Y's, X delivered them.
      deliveredBy = speaker;
      speaker = delivery.who;
    }
    if (!speaker) return null;
    if (deliveredBy && deliveredBy.name === speaker.name) deliveredBy = null;
    return { speaker, deliveredBy, explicit };
  }

  /** "as delivered by Y" (Y delivered) or "delivering the remarks of Y" (Y is the original speaker) in `clause`. */
  private deliveryIn(clause: Span): { mode: 'by' | 'for'; who: Attribution; cue: Span } | null {
    const text = this.doc.text.slice(clause.start, clause.end);
    for (const [re, mode] of [[DELIVERED_BY, 'by'], [DELIVERING_FOR, 'for']] as const) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (!m) continue;
      const at = clause.start + m.index + m[0].length;
      const refs = this.refsIn({ start: at, end: clause.end }).filter((r) => !r.place);
      const ref = refs.find((r) => r.person) ?? refs[0];
      const who = ref ? this.resolve(ref, ref.start) : null;
      if (who) return { mode, who, cue: { start: clause.start + m.index, end: ref!.end } };
    }
    return null;
  }
}

/** Whether a quoted stretch is words said rather than a title, a name, a scare quote or a term. */
function isWordsSaid(doc: Document, q: QuotationMention, reading: Reading | null): boolean {
  const inner = doc.text.slice(q.inner.start, q.inner.end);
  const words = wordCount(inner);
  if (words < 2) return false;
  if (words < 4 && !(reading?.explicit && /[,.!?]$/.test(inner))) return false;
  const para = doc.paragraphs[q.paragraph];
  const lead = doc.text.slice(Math.max(para?.start ?? 0, q.start - 80), q.start);
  if (TITLE_CUES.test(lead)) return false;
  if (isTitleCase(inner)) return false;
  if (!reading?.speaker) return (reading?.anonymous ?? false) || (words >= 6 && speaksInFirstPerson(inner));
  return true;
}

// ---- events ---------------------------------------------------------------------------------

const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The event the words were said at, by index, or -1. */
function eventOf(doc: Document, events: readonly EventRecord[], q: QuotationMention, speaker: Attribution | null, published: string | null): number {
  if (!events.length) return -1;
  const future = (e: EventRecord) => !!(published && e.startDate && e.startDate.slice(0, 10) > published);
  if (speaker) {
    const k = events.findIndex((e) => e.speakers.some((s) => sameAgent(s, speaker)));
    if (k >= 0) return future(events[k]!) ? -1 : k;
  }
  const para = doc.paragraphs[q.paragraph];
  if (!para) return -1;
  // The cue must stand outside the quoted words, near them (a bounded window keeps this linear).
  const around = aroundQuote(doc, q);
  if (!SAID_AT_EVENT.test(around)) return -1;
  const named = events.findIndex((e) => e.span.start >= para.start && e.span.end <= para.end);
  const k = named >= 0 ? named : 0;
  return future(events[k]!) ? -1 : k;
}

/** The paragraph text near a quotation, without the quoted words: where event and role cues are read. */
function aroundQuote(doc: Document, q: Span & { paragraph: number }): string {
  const para = doc.paragraphs[q.paragraph]!;
  return doc.text.slice(Math.max(para.start, q.start - 400), q.start) + ' ' + doc.text.slice(q.end, Math.min(para.end, q.end + 240));
}

function sameAgent(s: Speaker, a: Attribution): boolean {
  if (a.entity) {
    const names = [a.entity.name, ...a.entity.aliases].map(fold);
    if ([s.name, ...s.aliases].some((n) => names.includes(fold(n)))) return true;
  }
  return fold(s.name) === fold(a.name) || s.aliases.some((n) => fold(n) === fold(a.name));
}

function speakerOf(a: Attribution, roles: SpeakerRole[], onBehalfOf: string | null, span: Span): Speaker {
  const e = a.entity;
  return {
    name: a.name, aliases: e ? [e.name, ...e.aliases].filter((n) => n !== a.name) : [], kind: a.person ? 'person' : 'organization',
    title: a.person ? (e?.title ?? null) : null, affiliation: a.person ? (e?.affiliation ?? null) : null, roles, onBehalfOf,
    span: e?.spans[0] ?? span,
  };
}

/** The speaker role a paragraph's wording gives ("in his opening remarks"), else 'speaker'. */
function roleCue(text: string): SpeakerRole {
  for (const [re, role] of SPEAKER_ROLE_CUES) {
    re.lastIndex = 0;
    if (role !== 'speaker' && role !== 'presenter' && re.test(text)) return role;
  }
  return 'speaker';
}

/** The speaker of the event who delivered `speaker`'s remarks on their behalf (absent themselves), if any. */
function delivererAt(event: EventRecord, speaker: Attribution): Attribution | null {
  const d = event.speakers.find((s) => s.onBehalfOf !== null && fold(s.onBehalfOf) === fold(speaker.name) && !sameAgent(s, speaker));
  return d ? { name: d.name, entity: null, person: d.kind === 'person', at: d.span.start } : null;
}

/** Lists the speaker (and a deliverer, with onBehalfOf) among the event's speakers, never twice. */
function listSpeakers(doc: Document, event: EventRecord, q: QuotationMention, speaker: Attribution, deliverer: Attribution | null): void {
  const role = roleCue(aroundQuote(doc, q));
  const known = event.speakers.find((s) => sameAgent(s, speaker));
  if (!known) event.speakers.push(speakerOf(speaker, [role], null, q.inner));
  if (deliverer) {
    const d = event.speakers.find((s) => sameAgent(s, deliverer));
    if (d) d.onBehalfOf ??= speaker.name;
    else event.speakers.push(speakerOf(deliverer, known ? [...known.roles] : [role], speaker.name, q.inner));
  }
}

// ---- the resolver ---------------------------------------------------------------------------

export const quoteResolver = defineResolver({
  name: 'quotes',
  resolve(state: ResolutionState, ctx: Context): ResolutionState {
    const { doc } = ctx;
    const mentions = state.mentions.quotations;
    if (!mentions.length) return state;
    const reader = new QuoteReader(doc, state.entities, mentions);
    const readings: Array<Reading | null> = new Array(mentions.length).fill(null);

    // 1. Each quotation's own attribution, before or after it.
    mentions.forEach((q, k) => {
      const prev = mentions[k - 1];
      const next = mentions[k + 1];
      const para = doc.paragraphs[q.paragraph]!;
      const from = prev && prev.paragraph === q.paragraph ? prev.end : para.start;
      const limit = next && next.paragraph === q.paragraph ? next.start : para.end;
      const inner = doc.text.slice(q.inner.start, q.inner.end);
      const after = reader.readAfter(q, limit);
      const before = reader.readBefore(q, from);
      // “...,” said X wins over a sentence before; a closed sentence with its speaker before wins over a new one after.
      const reading = after && (/[,!?…–—-]$/.test(inner) || !before?.speaker) ? after : before ?? after;
      readings[k] = reading;
      if (reading?.speaker) reader.spoken.push({ ...reading.speaker, at: q.start });
    });

    // 2. Quotations without one: the speaker of the quotation before in the paragraph, else after, else the sentence before.
    mentions.forEach((q, k) => {
      if (readings[k]?.speaker || readings[k]?.anonymous) return;
      const prev = mentions[k - 1];
      const next = mentions[k + 1];
      // (after the words of someone unnamed, the next words in the paragraph are theirs too)
      if (prev && prev.paragraph === q.paragraph && (readings[k - 1]?.speaker || readings[k - 1]?.anonymous)) {
        readings[k] = { ...readings[k - 1]!, explicit: false };
        return;
      }
      if (next && next.paragraph === q.paragraph && readings[k + 1]?.speaker) {
        readings[k] = { ...readings[k + 1]!, explicit: false };
        return;
      }
      const para = doc.paragraphs[q.paragraph]!;
      const subject = q.start > para.start || q.continuation ? reader.lastSpeaker(q.start, 'any') : null;
      if (subject && (subject.at >= para.start || q.continuation || q.start === para.start)) readings[k] = { speaker: subject, deliveredBy: null, explicit: false };
      else if (q.start === para.start) {
        // A quotation paragraph: the speaker named in the sentence before it, when that one introduces speech.
        const before = doc.paragraphs[q.paragraph - 1];
        const last = before?.sentences[before.sentences.length - 1];
        if (last && /[:,]\s*$|\b(?:said|says|added|stated|noted|explained|remarked|continued)\b/i.test(last.text)) {
          const s = reader.introducerOf(last.index);
          if (s) readings[k] = { speaker: s, deliveredBy: null, explicit: false };
        }
      }
    });

    // 3. A quotation over several paragraphs: every part goes to the speaker named anywhere in the run.
    for (let k = 0; k < mentions.length; k++) {
      if (!mentions[k]!.continues) continue;
      let j = k;
      while (j + 1 < mentions.length && mentions[j]!.continues && mentions[j + 1]!.continuation) j++;
      // The last part is closed; its attribution may follow it.
      const named = readings.slice(k, j + 1).find((r) => r?.explicit && r.speaker) ?? readings.slice(k, j + 1).find((r) => r?.speaker);
      if (named) for (let i = k; i <= j; i++) readings[i] = { ...named };
      k = j;
    }

    // 4. Words said, with their event; speakers listed at the event.
    const events = state.events.map((e) => ({ ...e, speakers: [...e.speakers] }));
    const published = doc.published?.iso ?? null;
    const quotations: Quotation[] = [];
    mentions.forEach((q, k) => {
      const reading = readings[k] ?? null;
      const partOfRun = q.continues || q.continuation;
      if (!(partOfRun && reading?.speaker && wordCount(doc.text.slice(q.inner.start, q.inner.end)) >= 2) && !isWordsSaid(doc, q, reading)) return;
      const speaker = reading?.speaker ?? null;
      const eventIndex = eventOf(doc, events, q, speaker, published);
      // "Opening remarks by X were delivered on her behalf by Y." ... “...,” the Director's remarks said: Y delivered them
      const deliverer = reading?.deliveredBy ?? (speaker && eventIndex >= 0 ? delivererAt(events[eventIndex]!, speaker) : null);
      const quotation: Quotation = {
        text: doc.text.slice(q.inner.start, q.inner.end),
        speaker: speaker?.name ?? null,
        deliveredBy: deliverer?.name ?? null,
        eventId: eventIndex >= 0 ? `e${eventIndex + 1}` : null,
        span: { ...q.inner },
      };
      quotations.push(quotation);
      if (eventIndex >= 0 && speaker) listSpeakers(doc, events[eventIndex]!, q, speaker, deliverer);
    });
    return { ...state, events, quotations };
  },
});
