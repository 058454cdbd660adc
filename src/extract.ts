/** `extract(text)`: the document model, then the recognisers, then the resolvers, then the record. */
import { createContext, type ExtractOptions } from './context.js';
import { Document } from './document.js';
import { emptyMentionSet, type MentionSet } from './mentions.js';
import type { ResolutionState } from './pipeline.js';
import { RECOGNISERS } from './recognisers/index.js';
import { RESOLVERS } from './resolvers/index.js';
import { SCHEMA_VERSION, type ExtractionRecord } from './record.js';

// compromise tags about 200 KB a second: a million characters (far beyond any release) costs ~5 s;
// longer input is cut with a warning so one call stays bounded.
export const DEFAULT_MAX_LENGTH = 1_000_000;

export function extract(text: string, options: ExtractOptions = {}): ExtractionRecord {
  if (typeof text !== 'string') {
    throw new TypeError(`extract() takes the release text as a string; got ${text === null ? 'null' : typeof text}`);
  }
  const warnings: string[] = [];
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  let input = text;
  if (input.length > maxLength) {
    // not between the two halves of a surrogate pair
    const cut = maxLength > 0 && /[\uD800-\uDBFF]/.test(input[maxLength - 1]!) ? maxLength - 1 : maxLength;
    input = input.slice(0, cut);
    warnings.push(`input is ${text.length} characters long; only the first ${cut} were read`);
  }
  if (!input.trim()) {
    warnings.push('input is empty: no text to read');
    return { schemaVersion: SCHEMA_VERSION, document: { title: null, published: null, language: 'en' }, events: [], quotations: [], warnings };
  }

  const doc = new Document(input);
  const ctx = createContext(doc, options, warnings);
  const mentions = emptyMentionSet();
  // A fault in one stage costs the record that stage's findings, with a warning, never the whole record.
  for (const recogniser of RECOGNISERS) {
    let found: MentionSet[keyof MentionSet] = [];
    try {
      found = recogniser.recognise(ctx, mentions);
    } catch (err) {
      warnings.push(stageFault(recogniser.name, err));
    }
    (mentions as Record<keyof MentionSet, unknown>)[recogniser.kind] = found;
    options.debug?.(recogniser.name, found);
  }

  let state: ResolutionState = { mentions, entities: [], events: [], quotations: [] };
  for (const resolver of RESOLVERS) {
    try {
      state = resolver.resolve(state, ctx);
    } catch (err) {
      warnings.push(stageFault(resolver.name, err));
    }
    options.debug?.(resolver.name, [state]);
  }

  const events = state.events.map((e, i) => ({ ...e, id: `e${i + 1}` }));
  if (!events.length) warnings.push('no event found');
  return {
    schemaVersion: SCHEMA_VERSION,
    document: { title: doc.title?.text ?? null, published: doc.published?.iso ?? null, language: 'en' },
    events,
    quotations: state.quotations,
    warnings,
  };
}

/** The warning for a stage that failed: a bug of ours, reported so that the record says what it lacks. */
function stageFault(stage: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return `internal error in the ${stage} stage (its findings are left out; please report it): ${message}`;
}
