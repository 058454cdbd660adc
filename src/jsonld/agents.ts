/**
 * The people and organisations of a record, each ONE node however many roles it has: an organiser
 * who also speaks and is quoted is one `Organization` or `Person` referenced by `@id` three times.
 * Names are matched on the name and every alias, case- and punctuation-insensitively, and only
 * between compatible kinds (a person never merges with an organisation of the same name).
 *
 * Two passes: `register` every mention first (a later mention may show that two earlier ones are
 * one agent, "LBT" and "Lake Basin Trust" by "LBT, alias Lake Basin Trust", and then merges them),
 * and only then ask for `ref`s and `nodes`, so ids are final and numbered without gaps.
 */
import type { GovernmentOrganization, IdReference, Organization, Person } from 'schema-dts';

/** `country` agents act as their governments: they become `GovernmentOrganization` nodes. */
export type AgentNodeKind = 'person' | 'organization' | 'country';

/** A registered mention; hold it and ask `ref` for its node once registering is done. */
export interface AgentHandle {
  /** Undefined while only a quotation names the agent: such a node becomes a `Person`. */
  kind: AgentNodeKind | undefined;
  name: string;
  /** Every form of the name seen, in order, the name first. */
  names: string[];
  jobTitle: string | null;
  affiliation: AgentHandle | null;
  mergedInto: AgentHandle | null;
}

/** The key two forms of a name must share to be the same agent: "The  Ministry." ~ "ministry". */
export function nameKey(name: string): string {
  const key = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
  // Trailing punctuation by hand: /[.,;:]+$/ backtracks quadratically on long runs of it.
  let end = key.length;
  while (end > 0 && '.,;:'.includes(key[end - 1]!)) end--;
  return key.slice(0, end);
}

const compatible = (a: AgentNodeKind | undefined, b: AgentNodeKind | undefined): boolean =>
  a === undefined || b === undefined || (a === 'person') === (b === 'person');

/** Fuller by content: "the Council" is not fuller than "Council". */
const longer = (a: string, b: string): boolean => nameKey(a).length > nameKey(b).length;

const live = (handle: AgentHandle): AgentHandle => {
  let h = handle;
  while (h.mergedInto) h = h.mergedInto;
  return h;
};

export class AgentRegistry {
  private readonly handles: AgentHandle[] = [];
  private readonly byKey = new Map<string, AgentHandle[]>();
  private ids: Map<AgentHandle, string> | null = null;

  /** `blankNodeId` turns `person-1` into the node's id (`_:person-1`, or scoped by a document id). */
  constructor(private readonly blankNodeId: (local: string) => string = (local) => `_:${local}`) {}

  /**
   * Registers an agent under its name and aliases. Every node of a compatible kind that shares one
   * of these names becomes this agent (merged into the earliest); else a new agent is created.
   */
  register(name: string, aliases: readonly string[], kind: AgentNodeKind | undefined): AgentHandle {
    if (this.ids) throw new Error('AgentRegistry: register() after ids were given');
    const names = [name, ...aliases].map((n) => n.trim()).filter(Boolean);
    const matches: AgentHandle[] = [];
    for (const n of names) {
      for (const h of this.byKey.get(nameKey(n)) ?? []) {
        const entry = live(h);
        if (compatible(kind, entry.kind) && !matches.includes(entry)) matches.push(entry);
      }
    }
    matches.sort((a, b) => this.handles.indexOf(a) - this.handles.indexOf(b));
    let entry = matches[0];
    if (!entry) {
      entry = { kind, name: names[0] ?? name, names: [], jobTitle: null, affiliation: null, mergedInto: null };
      this.handles.push(entry);
    }
    for (const other of matches.slice(1)) this.merge(entry, other);
    entry.kind ??= kind;
    // The record gives an agent's fullest name as `name`: keep the longest seen as the node's name.
    if (names[0] && longer(names[0], entry.name)) entry.name = names[0];
    for (const n of names) this.addName(entry, n);
    return entry;
  }

  /** The agent a name already belongs to (any kind), else a new agent of unknown kind. */
  registerMention(name: string): AgentHandle {
    for (const h of this.byKey.get(nameKey(name)) ?? []) return live(h);
    return this.register(name, [], undefined);
  }

  /** First stated title and affiliation win: one person has one node, not one per event. */
  describePerson(handle: AgentHandle, jobTitle: string | null, affiliation: AgentHandle | null): void {
    const entry = live(handle);
    entry.jobTitle ??= jobTitle;
    entry.affiliation ??= affiliation;
  }

  /** The reference to the agent's node. */
  ref(handle: AgentHandle): IdReference {
    const id = this.idMap().get(live(handle));
    if (!id) throw new Error(`AgentRegistry: no node for ${handle.name}`);
    return { '@id': id };
  }

  references(): IdReference[] {
    return [...this.idMap().values()].map((id) => ({ '@id': id }));
  }

  nodes(): Array<Person | Organization | GovernmentOrganization> {
    return [...this.idMap()].map(([entry, id]) => {
      const others = entry.names.filter((n) => nameKey(n) !== nameKey(entry.name));
      const alternateName = others.length > 1 ? others : others[0];
      if (entry.kind === 'person' || entry.kind === undefined) {
        const person: Person = {
          '@type': 'Person',
          '@id': id,
          name: entry.name,
          ...(alternateName !== undefined && { alternateName }),
          ...(entry.jobTitle && { jobTitle: entry.jobTitle }),
          ...(entry.affiliation && { affiliation: this.ref(entry.affiliation) }),
        };
        return person;
      }
      const common = { '@id': id, name: entry.name, ...(alternateName !== undefined && { alternateName }) };
      if (entry.kind === 'country') {
        const government: GovernmentOrganization = { '@type': 'GovernmentOrganization', ...common };
        return government;
      }
      const organisation: Organization = { '@type': 'Organization', ...common };
      return organisation;
    });
  }

  /** Ids in order of first appearance, `_:person-N` for people and `_:org-N` for the rest. */
  private idMap(): Map<AgentHandle, string> {
    if (this.ids) return this.ids;
    const ids = new Map<AgentHandle, string>();
    let people = 0;
    let organisations = 0;
    for (const entry of this.handles) {
      if (entry.mergedInto) continue;
      const person = entry.kind === 'person' || entry.kind === undefined;
      ids.set(entry, this.blankNodeId(person ? `person-${++people}` : `org-${++organisations}`));
    }
    this.ids = ids;
    return ids;
  }

  private merge(into: AgentHandle, other: AgentHandle): void {
    other.mergedInto = into;
    into.kind ??= other.kind;
    into.jobTitle ??= other.jobTitle;
    into.affiliation ??= other.affiliation;
    if (longer(other.name, into.name)) into.name = other.name;
    for (const n of other.names) this.addName(into, n);
  }

  private addName(entry: AgentHandle, name: string): void {
    const key = nameKey(name);
    const owners = this.byKey.get(key) ?? [];
    if (!owners.includes(entry)) {
      owners.push(entry);
      this.byKey.set(key, owners);
    }
    if (!entry.names.some((n) => nameKey(n) === key)) entry.names.push(name);
  }
}
