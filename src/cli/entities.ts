/**
 * Entities within one release: every body, person and country its record names (organisers,
 * speakers, affiliations, the people remarks were delivered for, quotation speakers), grouped into
 * one local entity per thing, with the keys that may tie it to the same thing in other releases.
 *
 * The rule for ties across releases: only names that a release ties together itself, and only
 * through forms specific enough to name one thing. A full name ("Regional Support Office of the
 * Bali Process") or a multi-word short form a release gives for it ("RSO Bali Process") is such a
 * key; a bare acronym ("RSO"), a generic word ("the Council") and a single name of a person
 * ("Paul") are not: they stay the release's own, so two bodies that share an acronym in different
 * releases stay apart unless some release ties the acronym to a full name that the other uses.
 * Runs on the worker threads: the main thread only unions the keys.
 */
import type { AgentKind, ExtractionRecord } from '../record.js';

/** One thing a release names, with every form it uses. */
export interface LocalEntity {
  kind: AgentKind;
  /** Forms as written, each with 1 when the release gave it as the fullest name, 0 for an alias or a reference. */
  names: [string, 0 | 1][];
  /**
   * Keys that tie it to other releases (`kind` + normalised distinctive form). Empty: nothing
   * specific enough to tie, so the entity stays the release's own (see `localKey`).
   */
  links: string[];
  /** `kind` + the normalised name: the key of a release-scoped entity. */
  localKey: string;
}

/**
 * Words that, alone, name a kind of body rather than one body ("the Council", "the Ministry"):
 * a release uses them as short forms, but two releases' "Council" are not the same council.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'academy', 'administration', 'agency', 'alliance', 'army', 'assembly', 'association', 'authority', 'bank', 'board',
  'bureau', 'cabinet', 'center', 'centre', 'chamber', 'city', 'club', 'coalition', 'college', 'commission', 'committee',
  'company', 'conference', 'congress', 'consulate', 'corporation', 'council', 'county', 'court', 'delegation',
  'department', 'directorate', 'district', 'division', 'embassy', 'federation', 'firm', 'forum', 'foundation', 'fund',
  'government', 'group', 'hospital', 'institute', 'institution', 'league', 'library', 'media', 'members', 'ministry',
  'mission', 'municipality', 'museum', 'navy', 'network', 'office', 'organisation', 'organization', 'organisers',
  'organizers', 'panel', 'parliament', 'participants', 'partners', 'party', 'police', 'presidency', 'press', 'program',
  'programme', 'project', 'province', 'region', 'republic', 'school', 'secretariat', 'senate', 'service', 'society',
  'state', 'team', 'union', 'unit', 'university', 'we',
]);

/** Words a name is normalised to: case, accents, `&`, possessives and punctuation folded away, a leading "the" dropped. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
}

/**
 * The comparison form of a name: its words run together, so "U.S. Naval Academy" and "US Naval
 * Academy", "Co-operation" and "Cooperation", "the Embassy's" and "Embassy" meet.
 */
export function normaliseName(name: string): string {
  return nameWords(name).join('');
}

/** "RSO", "KEMLU", "MoA", "U.S.": one word, mostly capitals (at least two). */
export function isAcronym(form: string): boolean {
  const word = form.trim().replace(/^the\s+/i, '');
  if (!word || /\s/.test(word) || word.length > 12) return false;
  const letters = word.replace(/[^\p{L}]/gu, '');
  const capitals = letters.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 && capitals * 2 >= letters.length;
}

/**
 * Whether a form names one thing specifically enough to tie releases: for a person two name words
 * of two letters or more ("Helen Clark", not "Clark" or "H. Clark"); for a body or a country any
 * form but a bare acronym or a generic word alone.
 */
export function isDistinctive(form: string, kind: AgentKind): boolean {
  const words = nameWords(form);
  if (!words.length) return false;
  if (kind === 'person') return words.filter((w) => w.length >= 2).length >= 2;
  if (isAcronym(form)) return false;
  return words.length > 1 || !GENERIC_WORDS.has(words[0]!);
}

/** The key of a form within its kind: people, bodies and countries never share a key. */
export const formKey = (kind: AgentKind, form: string): string => `${kind}:${normaliseName(form)}`;

/** Forms through which two mentions in one release are the same thing (aliases only when specific, acronyms too). */
function unionForms(kind: AgentKind, name: string, aliases: readonly string[]): string[] {
  const forms = [name, ...aliases.filter((a) => isDistinctive(a, kind) || (kind !== 'person' && isAcronym(a)))];
  return forms.map((f) => formKey(kind, f)).filter((k) => !k.endsWith(':'));
}

/** Where a record names an entity; `LocalEntities.refs` maps each to its local entity. */
export type EntityRef =
  | { at: 'organizer'; event: number; index: number }
  | { at: 'speaker'; event: number; index: number }
  | { at: 'affiliation'; event: number; index: number }
  | { at: 'onBehalfOf'; event: number; index: number }
  | { at: 'quotationSpeaker'; index: number }
  | { at: 'deliveredBy'; index: number };

export interface LocalEntities {
  entities: LocalEntity[];
  /** The local entity of each place a record names one: `${at}:${event}:${index}` (or `${at}:${index}`) -> index. */
  refs: Map<string, number>;
}

export const refKey = (ref: EntityRef): string => ('event' in ref ? `${ref.at}:${ref.event}:${ref.index}` : `${ref.at}:${ref.index}`);

/** A small union-find over mention numbers. */
function unionFind(size: number): { find(i: number): number; union(a: number, b: number): void } {
  const parent = Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  // The smaller number wins, so a group's root is its first mention whatever the union order.
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

interface Mention {
  ref: EntityRef;
  kind: AgentKind;
  name: string;
  aliases: readonly string[];
  /** 1: the release's fullest name for it (an organiser or a speaker); 0: a reference by name. */
  primary: 0 | 1;
}

/** The kinds a reference of each sort may resolve to. */
const REFERENCE_KINDS: Record<'affiliation' | 'onBehalfOf' | 'quotationSpeaker' | 'deliveredBy', readonly AgentKind[]> = {
  affiliation: ['organization', 'country'],
  onBehalfOf: ['person'],
  quotationSpeaker: ['person', 'organization', 'country'],
  deliveredBy: ['person'],
};
/** The kind of a reference that names nothing the record lists: an affiliation is a body, the others people. */
const REFERENCE_DEFAULT_KIND: Record<keyof typeof REFERENCE_KINDS, AgentKind> = {
  affiliation: 'organization',
  onBehalfOf: 'person',
  quotationSpeaker: 'person',
  deliveredBy: 'person',
};

/**
 * Groups what a record names into local entities. Organisers and speakers (across all events) are
 * one entity when they share their name, an acronym or a specific alias within the same kind; an
 * affiliation, an `onBehalfOf`, a quotation's speaker or deliverer is the entity that has that form
 * (any form, short ones too: the release ties them) when exactly one does, else an entity of its own.
 */
export function localEntities(record: ExtractionRecord): LocalEntities {
  const agents: Mention[] = [];
  record.events.forEach((e, event) => {
    e.organizers.forEach((o, index) => agents.push({ ref: { at: 'organizer', event, index }, kind: o.kind, name: o.name, aliases: o.aliases, primary: 1 }));
    e.speakers.forEach((s, index) => agents.push({ ref: { at: 'speaker', event, index }, kind: s.kind, name: s.name, aliases: s.aliases, primary: 1 }));
  });

  // Agents -> groups through shared forms.
  const uf = unionFind(agents.length);
  const firstWithForm = new Map<string, number>();
  agents.forEach((m, i) => {
    for (const key of unionForms(m.kind, m.name, m.aliases)) {
      const first = firstWithForm.get(key);
      if (first === undefined) firstWithForm.set(key, i);
      else uf.union(first, i);
    }
  });
  const entities: LocalEntity[] = [];
  const refs = new Map<string, number>();
  const groupEntity = new Map<number, number>();
  const members: Mention[][] = [];
  agents.forEach((m, i) => {
    const root = uf.find(i);
    let index = groupEntity.get(root);
    if (index === undefined) {
      index = members.length;
      groupEntity.set(root, index);
      members.push([]);
    }
    members[index]!.push(m);
    refs.set(refKey(m.ref), index);
  });
  for (const group of members) entities.push(entityOf(group));

  // Every form (short ones too) -> the entities that have it, for references by name.
  const byForm = new Map<string, Set<number>>();
  const addForms = (index: number): void => {
    for (const [form] of entities[index]!.names) {
      const key = normaliseName(form);
      if (!key) continue;
      const set = byForm.get(key) ?? new Set<number>();
      set.add(index);
      byForm.set(key, set);
    }
  };
  entities.forEach((_, i) => addForms(i));

  const resolve = (ref: EntityRef & { at: keyof typeof REFERENCE_KINDS }, written: string | null): void => {
    const name = written?.trim();
    if (!name || !normaliseName(name)) return;
    const kinds = REFERENCE_KINDS[ref.at];
    const candidates = [...(byForm.get(normaliseName(name)) ?? [])].filter((i) => kinds.includes(entities[i]!.kind));
    let index: number;
    if (candidates.length === 1) {
      index = candidates[0]!;
      const entity = entities[index]!;
      if (!entity.names.some(([n]) => n === name)) entity.names.push([name, 0]);
    } else {
      // Named nowhere else in the release, or by more than one thing there: its own entity.
      index = entities.length;
      entities.push(entityOf([{ ref, kind: REFERENCE_DEFAULT_KIND[ref.at], name, aliases: [], primary: 0 }]));
      addForms(index);
    }
    refs.set(refKey(ref), index);
  };
  record.events.forEach((e, event) => {
    e.speakers.forEach((s, index) => {
      resolve({ at: 'affiliation', event, index }, s.affiliation);
      resolve({ at: 'onBehalfOf', event, index }, s.onBehalfOf);
    });
  });
  record.quotations.forEach((q, index) => {
    resolve({ at: 'quotationSpeaker', index }, q.speaker);
    resolve({ at: 'deliveredBy', index }, q.deliveredBy);
  });
  return { entities, refs };
}

/** One local entity from its mentions: their forms (first seen first), links and local key. */
function entityOf(group: readonly Mention[]): LocalEntity {
  const kind = group[0]!.kind;
  const names: [string, 0 | 1][] = [];
  const seen = new Map<string, number>();
  const add = (form: string, primary: 0 | 1): void => {
    const at = seen.get(form);
    if (at === undefined) {
      seen.set(form, names.length);
      names.push([form, primary]);
    } else if (primary) names[at]![1] = 1;
  };
  for (const m of group) {
    add(m.name, m.primary);
    for (const alias of m.aliases) add(alias, 0);
  }
  const links = [...new Set(names.filter(([form]) => isDistinctive(form, kind)).map(([form]) => formKey(kind, form)))].sort();
  // The fullest name the release gives is the release-scoped key; the smallest key makes it one whatever the mention order.
  const primaries = names.filter(([, p]) => p).map(([form]) => formKey(kind, form)).sort();
  const localKey = primaries[0] ?? formKey(kind, names[0]![0]);
  return { kind, names, links, localKey };
}
