/**
 * Entities across releases: a union-find over the keys that releases tie together, kept in memory
 * while the documents stream past (the records themselves are not kept). Each release's local
 * entity unions its keys; a local entity with no key specific enough to tie stays the release's own.
 * The components, and so the ids, depend only on the set of releases, not on their order or on
 * how many threads read them: an id is a hash of the component's smallest key.
 */
import { createHash } from 'node:crypto';
import type { AgentKind } from '../record.js';
import type { LocalEntity } from './entities.js';

/** A growable array of 32-bit integers (a few bytes per key, not an object per key). */
class IntList {
  private data = new Int32Array(1024);
  length = 0;
  push(value: number): number {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    return this.length++;
  }
  get(i: number): number {
    return this.data[i]!;
  }
  set(i: number, value: number): void {
    this.data[i] = value;
  }
}

/** One row of entities.csv, before encoding. */
export interface EntityRow {
  entityId: string;
  name: string;
  kind: AgentKind;
  names: string[];
  documentCount: number;
}

const KIND_PREFIX: Record<AgentKind, string> = { organization: 'org', person: 'per', country: 'cty' };

/** `org-` + 16 hex digits of the key's SHA-256. */
export function entityIdOf(kind: AgentKind, canonicalKey: string): string {
  return `${KIND_PREFIX[kind]}-${createHash('sha256').update(canonicalKey).digest('hex').slice(0, 16)}`;
}

/** How often a form was seen, and how often as a release's fullest name. */
type FormCounts = Map<string, [seen: number, asName: number]>;

export class EntityIndex {
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly kinds: AgentKind[] = [];
  private readonly parent = new IntList();
  /** Forms seen, per key node (merged per component at the end). */
  private readonly forms: (FormCounts | undefined)[] = [];
  /** Per local entity, in document order: its key node and its document's number. */
  private readonly localNode = new IntList();
  private readonly localDoc = new IntList();
  private documents = 0;
  private finished: { ids: Map<number, string>; rows: EntityRow[] } | null = null;

  /** Local entities added so far (the numbers `add` returns are positions in this sequence). */
  get localCount(): number {
    return this.localNode.length;
  }

  private node(key: string, kind: AgentKind): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(key, id);
      this.keys.push(key);
      this.kinds.push(kind);
      this.parent.push(id);
    }
    return id;
  }

  private find(i: number): number {
    let root = i;
    while (this.parent.get(root) !== root) root = this.parent.get(root);
    while (this.parent.get(i) !== root) {
      const next = this.parent.get(i);
      this.parent.set(i, root);
      i = next;
    }
    return root;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The lower node wins: only the partition matters for the ids, this just keeps trees shallow enough.
    if (ra !== rb) this.parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }

  /**
   * Adds one document's local entities; returns the number of the first, so the document's
   * entity cell `n` is local entity `first + n`. `documentId` scopes the entities without links.
   */
  addDocument(documentId: string, entities: readonly LocalEntity[]): number {
    if (this.finished) throw new Error('EntityIndex: addDocument after finish');
    const first = this.localNode.length;
    const doc = this.documents++;
    for (const entity of entities) {
      const keys = entity.links.length ? entity.links : [`${entity.localKey}@${JSON.stringify(documentId)}`];
      const nodes = keys.map((k) => this.node(k, entity.kind));
      for (const n of nodes.slice(1)) this.union(nodes[0]!, n);
      const home = nodes[0]!;
      let counts = this.forms[home];
      if (!counts) this.forms[home] = counts = new Map();
      for (const [form, asName] of entity.names) {
        const c = counts.get(form);
        if (c) {
          c[0]++;
          c[1] += asName;
        } else counts.set(form, [1, asName]);
      }
      this.localNode.push(home);
      this.localDoc.push(doc);
    }
    return first;
  }

  /** The dataset-wide id of local entity `local` (after `finish`). */
  idOf(local: number): string {
    if (!this.finished) throw new Error('EntityIndex: idOf before finish');
    return this.finished.ids.get(this.find(this.localNode.get(local)))!;
  }

  /** Closes the index: assigns the ids and returns the entity rows, sorted by id. */
  finish(): EntityRow[] {
    if (this.finished) return this.finished.rows;
    const canonical = new Map<number, string>();
    const merged = new Map<number, FormCounts>();
    for (let n = 0; n < this.keys.length; n++) {
      const root = this.find(n);
      const key = this.keys[n]!;
      const best = canonical.get(root);
      if (best === undefined || key < best) canonical.set(root, key);
      const counts = this.forms[n];
      if (!counts) continue;
      const into = merged.get(root) ?? new Map<string, [number, number]>();
      for (const [form, [seen, asName]] of counts) {
        const c = into.get(form);
        if (c) {
          c[0] += seen;
          c[1] += asName;
        } else into.set(form, [seen, asName]);
      }
      merged.set(root, into);
      this.forms[n] = undefined;
    }
    // Documents per component: local entities come in document order, so one pass counts each document once.
    const documentCount = new Map<number, number>();
    const lastDoc = new Map<number, number>();
    for (let i = 0; i < this.localNode.length; i++) {
      const root = this.find(this.localNode.get(i));
      const doc = this.localDoc.get(i);
      if (lastDoc.get(root) !== doc) {
        lastDoc.set(root, doc);
        documentCount.set(root, (documentCount.get(root) ?? 0) + 1);
      }
    }
    // Ids in the order of the canonical keys, so a (most unlikely) hash clash is settled the same way every run.
    const roots = [...canonical.keys()].sort((a, b) => (canonical.get(a)! < canonical.get(b)! ? -1 : 1));
    const ids = new Map<number, string>();
    const used = new Set<string>();
    const rows: EntityRow[] = [];
    for (const root of roots) {
      const kind = this.kinds[root]!;
      let id = entityIdOf(kind, canonical.get(root)!);
      for (let n = 2; used.has(id); n++) id = `${entityIdOf(kind, canonical.get(root)!)}-${n}`;
      used.add(id);
      ids.set(root, id);
      const forms = [...(merged.get(root) ?? new Map<string, [number, number]>())];
      rows.push({ entityId: id, name: canonicalName(forms), kind, names: rankedNames(forms), documentCount: documentCount.get(root) ?? 0 });
    }
    rows.sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0));
    this.finished = { ids, rows };
    return rows;
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The name releases give most often as the fullest form; then the longest; then the first in code-point order. */
export function canonicalName(forms: readonly [string, [number, number]][]): string {
  let best: [string, [number, number]] | null = null;
  for (const f of forms) {
    if (!best) best = f;
    else {
      const [name, [, asName]] = f;
      const [bestName, [, bestAsName]] = best;
      if (asName > bestAsName || (asName === bestAsName && (name.length > bestName.length || (name.length === bestName.length && byText(name, bestName) < 0)))) best = f;
    }
  }
  return best ? best[0] : '';
}

/** Every form, the most often seen first (ties in code-point order). */
export function rankedNames(forms: readonly [string, [number, number]][]): string[] {
  return [...forms].sort((a, b) => b[1][0] - a[1][0] || byText(a[0], b[0])).map(([name]) => name);
}
