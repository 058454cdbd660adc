/**
 * Agents: clusters the organisation and person mentions into entities, one per body or person,
 * each with its fullest name and every other form the text uses (acronyms, short forms).
 * This is the one name resolver: organisers, speakers and quotations all look names up here,
 * through `findEntity`, which understands every way a release refers back to a body or a person.
 */
import type { Span } from '../record.js';
import type { Context } from '../context.js';
import { defineResolver, type Entity } from '../pipeline.js';
import { gazetteerLookup } from '../lexicons/places.js';

export type { Entity } from '../pipeline.js';
import { ORG_HEADS } from '../lexicons/who.js';
import { acronymMatches, bare, isAcronym, nameParts, splitPersonReference, stripPossessive } from '../text/names.js';
import { memoString } from '../text/memo.js';

export { splitPersonReference, type PersonReference } from '../text/names.js';

/** The comparison key of a name: case, spacing, a leading article, a possessive and dots folded away. */
export const fold = memoString((s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/[.,"“”]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?[–—-] ?/g, '-')
    .trim());

const namesOf = (e: Entity): string[] => [e.name, ...e.aliases];
const nameKey = memoString((s: string): string[] => nameParts(s).map((w) => fold(w)).filter(Boolean));

/** Whether the words of `short` occur in order (not necessarily adjacent) among the words of `full`. */
function isSubsequence(short: readonly string[], full: readonly string[]): boolean {
  let j = 0;
  for (const w of full) if (j < short.length && w === short[j]) j++;
  return short.length > 0 && j === short.length;
}

/**
 * The entity that `rawName` refers to, by any form a release uses: the full name or an alias;
 * a name with honorific or title ("Ms. Elena Marsh", "Director General Vuni", "Secretary Cacdac");
 * a surname or other part of a person's name ("Okafor", "De Lima", "Ted Carter"); an acronym, a
 * possessive or an acronym-first form ("the RSO", "IACAT's", "RSO Bali Process"); a short form
 * by head noun ("the Council", "the Museum", "the embassy"). Exact matches win over partial ones;
 * a partial match that fits more than one entity of the kind finds the first one mentioned.
 */
export function findEntity(entities: readonly Entity[], rawName: string): Entity | undefined {
  const raw = stripPossessive(rawName.replace(/\s+/g, ' ').trim());
  if (!raw) return undefined;
  const key = fold(raw);
  const exact = entities.find((e) => namesOf(e).some((n) => fold(n) === key));
  if (exact) return exact;

  const words = raw.replace(/^the\s+/i, '').split(' ');
  const orgs = entities.filter((e) => e.kind !== 'person');
  // An acronym, or an acronym followed by more of the name ("RSO Bali Process").
  if (isAcronym(words[0]!)) {
    const acronym = words[0]!;
    const rest = words.slice(1).map(fold);
    const fits = (e: Entity) =>
      namesOf(e).some((n) => fold(n) === fold(acronym) || (!isAcronym(n) && acronymMatches(acronym, n))) &&
      (rest.length === 0 || isSubsequence(rest, fold(e.name).split(' ')));
    const hit = orgs.find(fits);
    if (hit) return hit;
  }
  // A person: strip honorific and title, then the name, or a part of it in order.
  const person = splitPersonReference(raw);
  const parts = nameKey(person.name);
  const people = entities.filter((e) => e.kind === 'person');
  if (parts.length) {
    const same = people.find((e) => namesOf(e).some((n) => fold(splitPersonReference(n).name) === fold(person.name)));
    if (same) return same;
    // "Sheikh Abdullah": of the people it fits, the one whose name begins with it ("Abdullah bin Zayed", not "Turki bin Abdullah")
    const fits = people.filter((e) => namesOf(e).some((n) => isSubsequence(parts, nameKey(n))));
    const partial = fits.find((e) => nameKey(e.name)[0] === parts[0]) ?? fits[0];
    if (partial && (person.honorific || person.title || parts.length < nameKey(partial.name).length || !orgs.length)) return partial;
  }
  // A short form: "the Council", "the Museum", "Human Rights and Public Law Centre".
  const lower = words.map((w) => fold(w));
  const head = lower[lower.length - 1]!;
  if (ORG_HEADS.has(head) || lower.length > 1) {
    const byWords = orgs.find((e) => namesOf(e).some((n) => !isAcronym(n) && isSubsequence(lower, fold(n).split(' '))));
    if (byWords && (lower.length > 1 || /^the\s/i.test(raw) || /^\p{Lu}/u.test(words[0]!) || ORG_HEADS.has(head))) return byWords;
  }
  return undefined;
}

/** The name to show for an organisation written `written`: the entity's fullest name when known. */
export function fullestName(entities: readonly Entity[], written: string): string {
  return findEntity(entities, written)?.name ?? written;
}

/** A name is fuller than another when it has more words (then more characters). */
const fuller = (a: string, b: string): boolean => {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  return wa !== wb ? wa > wb : a.length > b.length;
};

/** Adds a form to an entity: the fullest one becomes the name, the others aliases (no duplicates). */
export function addForm(entity: Entity, form: string): void {
  const clean = form.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
  if (!clean || namesOf(entity).some((n) => n === clean)) return;
  if (entity.kind !== 'person' && !isAcronym(clean) && (isAcronym(entity.name) || fuller(clean, entity.name))) {
    entity.aliases.unshift(entity.name);
    entity.name = clean;
  } else if (entity.kind === 'person' && fuller(clean, entity.name)) {
    entity.aliases.unshift(entity.name);
    entity.name = clean;
  } else {
    entity.aliases.push(clean);
  }
}

/** Whether `short` is `full` cut before a complement ("Embassy of Japan" of "Embassy of Japan in Cambodia") or a second portfolio. */
function isCutBeforeComplement(short: string, full: string): boolean {
  const s = fold(short);
  const f = fold(full);
  const rest = f.slice(s.length + 1);
  // "Ministry of Health" of "Ministry of Health and Medical Services": a portfolio cut short
  return f.startsWith(s + ' ') && (/^(?:of|in|at|for)\s/.test(rest) || (/^and\s/.test(rest) && s.includes(' of '))) && s.split(' ').length >= 2;
}

/** Whether `name` stands alone (no letter either side) somewhere in `text` other than at `at`. */
function namedAgain(text: string, name: string, at: number): boolean {
  for (let k = text.indexOf(name); k >= 0; k = text.indexOf(name, k + 1)) {
    if (k !== at && !/\p{L}/u.test(text[k - 1] ?? '') && !/\p{L}/u.test(text[k + name.length] ?? '')) return true;
  }
  return false;
}

/** A one-word short name in brackets right after a body's name: " (Bernama)". */
const SHORT_NAME_AFTER = /^ \((\p{Lu}\p{Ll}{2,})\)/u;

export const agentResolver = defineResolver({
  name: 'agents',
  resolve(state, ctx: Context) {
    const entities: Entity[] = [];
    const create = (kind: Entity['kind'], name: string, span: Span, extra: Partial<Entity> = {}): Entity => {
      const e: Entity = { id: `a${entities.length + 1}`, kind, name: name.replace(/^the\s+/i, ''), aliases: [], spans: [{ start: span.start, end: span.end }], title: null, affiliation: null, ...extra };
      entities.push(e);
      return e;
    };
    // A body's name that runs into a person's ("Berg of the Mekong ...") is not read as a body.
    const people = state.mentions.people;
    const orgMentions = state.mentions.organisations.filter((o) => !people.some((p) => p.start < o.end && o.start < p.end));
    // Full names first (longest first), so acronyms and short forms find the body they stand for.
    // Short forms ("the Council", "Chamber") refer back: they are read after the full names.
    const isShort = (name: string) => name.split(' ').every((w) => ORG_HEADS.has(w.toLowerCase()));
    const full = orgMentions.filter((o) => (!isAcronym(o.name.split(' ')[0]!) || o.acronym) && !isShort(o.name));
    full.sort((a, b) => b.name.length - a.name.length);
    for (const o of full) {
      const known =
        entities.find((e) => namesOf(e).some((n) => fold(n) === fold(o.name) || isCutBeforeComplement(o.name, n))) ??
        (o.acronym ? entities.find((e) => e.kind === 'organization' && namesOf(e).some((n) => fold(n) === fold(o.acronym!))) : undefined);
      const e = known ?? create('organization', o.name, o);
      if (known) {
        known.spans.push({ start: o.start, end: o.end });
        addForm(known, o.name);
      }
      if (o.acronym) addForm(e, o.acronym);
      // "the Malaysian National News Agency (Bernama)": a short name in brackets that is no acronym, when the text
      // names the body so again elsewhere (not a place in brackets: "Ministry of Health (Kenya)")
      const bracket = o.acronym ? null : SHORT_NAME_AFTER.exec(ctx.doc.text.slice(o.end, o.end + 40));
      if (bracket && gazetteerLookup(bracket[1]!) === undefined && namedAgain(ctx.doc.text, bracket[1]!, o.end + 2)) addForm(e, bracket[1]!);
    }
    for (const o of orgMentions.filter((m) => !full.includes(m))) {
      const known = findEntity(entities, o.name);
      if (known && known.kind !== 'person') {
        known.spans.push({ start: o.start, end: o.end });
        addForm(known, o.name);
      } else if (!known) {
        create('organization', o.name, o);
      }
    }
    // People: the fullest written name wins; title and affiliation from the mention that gives them.
    for (const p of [...people].sort((a, b) => b.name.length - a.name.length)) {
      const key = nameKey(p.name);
      const fits = entities.filter((e) => e.kind === 'person' && namesOf(e).some((n) => fold(n) === fold(p.name) || isSubsequence(key, nameKey(n))));
      // a part of a name joins the person whose name begins with it, when several fit
      const known = fits.length > 1 ? fits.find((e) => nameKey(e.name)[0] === key[0]) ?? fits[0] : fits[0];
      if (known) {
        known.spans.push({ start: p.start, end: p.end });
        addForm(known, p.name);
        if (!known.title && p.title) known.title = p.title;
        // "the Rector of the University", then "the Rector of the University of Ljubljana": the full name wins over the head noun
        if (p.affiliation && (!known.affiliation || (isShort(known.affiliation) && !isShort(p.affiliation) && fold(p.affiliation).split(' ').includes(fold(known.affiliation))))) known.affiliation = p.affiliation;
      } else {
        create('person', p.name, p, { title: p.title, affiliation: p.affiliation });
      }
    }
    // "the State Chairman of the Society": a body named by its head noun alone is the body named in full before.
    // A body whose own head noun it is wins ("the Museum": "Nelson-Atkins Museum of Art", not "Board of Trustees of the Museum").
    const bodies = entities.filter((x) => x.kind === 'organization');
    const firstAt = (x: Entity) => Math.min(...x.spans.map((sp) => sp.start));
    const headOf = (name: string) => name.split(/\s+/).map((w) => fold(w)).find((w) => ORG_HEADS.has(w));
    for (const e of entities) {
      if (e.kind !== 'person' || !e.affiliation || !isShort(e.affiliation)) continue;
      const head = fold(e.affiliation).split(' ').pop();
      const headed = bodies.filter((b) => headOf(b.name) === head).sort((a, b) => firstAt(a) - firstAt(b))[0];
      const body = headed ?? findEntity(bodies, `the ${e.affiliation}`);
      if (body) e.affiliation = body.name;
      // "the federation's treasurer" with no federation named: a common noun names no affiliation
      else if (!/\p{Lu}/u.test(e.affiliation)) e.affiliation = null;
    }
    for (const e of entities) e.spans.sort((a, b) => a.start - b.start);
    entities.sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
    entities.forEach((e, i) => (e.id = `a${i + 1}`));
    return { ...state, entities };
  },
});

/** The first word of `name` in lower case without dots (for head-noun tests). */
export const firstWord = (name: string): string => bare(name.split(/\s+/)[0] ?? '');
