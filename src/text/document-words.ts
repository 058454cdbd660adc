/**
 * Tables of the words of a document, built once per Document and shared by the recognisers and
 * resolvers that walk its words (organisations, people, events, roles).
 */
import type { Document, Token } from '../document.js';
import { memoObject } from './memo.js';
import { wordsOf, type Word } from './names.js';
import { capitalisedRunsOf, type Run } from './runs.js';

/** Tokens by start offset, for compromise's tags at a word (built once per document). */
export const tokenIndex = memoObject((doc: Document): Map<number, Token> => {
  const byStart = new Map<number, Token>();
  for (const t of doc.tokens) byStart.set(t.start, t);
  return byStart;
});

/** Each token's place in `doc.tokens`, by its start offset (for its neighbours: built once per document). */
export const tokenPosition = memoObject((doc: Document): Map<number, number> => new Map(doc.tokens.map((t, k) => [t.start, k] as const)));

/** The words of each paragraph (split once per document; people and roles read them too). */
export const paragraphWords = memoObject((doc: Document): Word[][] => doc.paragraphs.map((p) => wordsOf(p.text, p.start)));
/** The capitalised runs of each paragraph (built once per document; roles reads them again). */
export const paragraphRuns = memoObject((doc: Document): Run[][] => paragraphWords(doc).map((words) => capitalisedRunsOf(words)));
