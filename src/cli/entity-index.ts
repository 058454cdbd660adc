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
  private finished: { ids: string[]; roots: number[]; documentCount: Int32Array } | null = null;

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
    return this.finished.ids[this.find(this.localNode.get(local))]!;
  }

  /**
   * Closes the index: assigns the ids. Works in place (the forms of a component are merged into
   * its root's), so closing costs little beyond the index itself.
   */
  finish(): void {
    if (this.finished) return;
    const nodes = this.keys.length;
    // The component's smallest key, as the node that holds it.
    const canonical = new Int32Array(nodes).fill(-1);
    for (let n = 0; n < nodes; n++) {
      const root = this.find(n);
      const best = canonical[root]!;
      if (best < 0 || this.keys[n]! < this.keys[best]!) canonical[root] = n;
      if (n === root) continue;
      const counts = this.forms[n];
      if (!counts) continue;
      const into = this.forms[root] ?? new Map<string, [number, number]>();
      for (const [form, [seen, asName]] of counts) {
        const c = into.get(form);
        if (c) {
          c[0] += seen;
          c[1] += asName;
        } else into.set(form, [seen, asName]);
      }
      this.forms[root] = into;
      this.forms[n] = undefined;
    }
    // Documents per component: local entities come in document order, so one pass counts each document once.
    const documentCount = new Int32Array(nodes);
    const lastDoc = new Int32Array(nodes).fill(-1);
    for (let i = 0; i < this.localNode.length; i++) {
      const root = this.find(this.localNode.get(i));
      const doc = this.localDoc.get(i);
      if (lastDoc[root] !== doc) {
        lastDoc[root] = doc;
        documentCount[root]!++;
      }
    }
    // Ids in the order of the canonical keys, so a (most unlikely) hash clash is settled the same way every run.
    const roots: number[] = [];
    for (let n = 0; n < nodes; n++) if (canonical[n]! >= 0) roots.push(n);
    roots.sort((a, b) => byText(this.keys[canonical[a]!]!, this.keys[canonical[b]!]!));
    const ids: string[] = new Array<string>(nodes);
    const used = new Set<string>();
    for (const root of roots) {
      const first = entityIdOf(this.kinds[root]!, this.keys[canonical[root]!]!);
      let id = first;
      for (let n = 2; used.has(id); n++) id = `${first}-${n}`;
      used.add(id);
      ids[root] = id;
    }
    roots.sort((a, b) => byText(ids[a]!, ids[b]!));
    this.finished = { ids, roots, documentCount };
  }

  /** The rows of entities.csv, sorted by id, built one at a time (after `finish`; once). */
  *entityRows(): Generator<EntityRow> {
    if (!this.finished) throw new Error('EntityIndex: entityRows before finish');
    const { ids, roots, documentCount } = this.finished;
    for (const root of roots) {
      const forms = [...(this.forms[root] ?? new Map<string, [number, number]>())];
      this.forms[root] = undefined;
      yield { entityId: ids[root]!, name: canonicalName(forms), kind: this.kinds[root]!, names: rankedNames(forms), documentCount: documentCount[root]! };
    }
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
