/**
 * Agents: clusters the organisation and person mentions into entities, one per body or person,
 * each with its fullest name and every other form the text uses (acronyms, short forms).
 * This is the one name resolver: organisers, speakers and quotations all look names up here.
 */
import type { Span } from '../record.js';
import { defineResolver } from '../pipeline.js';

export interface Entity {
  id: string;
  kind: 'organization' | 'person' | 'country';
  /** The fullest form in the text. */
  name: string;
  /** Other forms that refer to the same entity in this text. */
  aliases: string[];
  /** Every mention of it, in text order. */
  spans: Span[];
  /** For people: position and organisation as written, when the text gives them. */
  title: string | null;
  affiliation: string | null;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();

/** The entity that `name` refers to: by its name or one of its aliases. */
export function findEntity(entities: readonly Entity[], name: string): Entity | undefined {
  const key = fold(name);
  return entities.find((e) => fold(e.name) === key || e.aliases.some((a) => fold(a) === key));
}

export const agentResolver = defineResolver({
  name: 'agents',
  resolve(state) {
    const entities: Entity[] = [];
    const add = (kind: Entity['kind'], name: string, span: Span, extra: Partial<Entity> = {}) => {
      const known = findEntity(entities, name);
      if (known) {
        known.spans.push(span);
        return;
      }
      entities.push({ id: `a${entities.length + 1}`, kind, name, aliases: [], spans: [span], title: null, affiliation: null, ...extra });
    };
    for (const o of state.mentions.organisations) add('organization', o.name, o, o.acronym ? { aliases: [o.acronym] } : {});
    for (const p of state.mentions.people) add('person', p.name, p, { title: p.title, affiliation: p.affiliation });
    return { ...state, entities };
  },
});
