/**
 * Small caches for the word tests that run on every word of every document: a release repeats its
 * words, so memoising by the word string saves most regex work. Per-document caches are keyed by
 * the Document object and vanish with it.
 */

/** `fn` memoised by its string argument; the cache is emptied when it grows past `limit` entries. */
export function memoString<T>(fn: (s: string) => T, limit = 20_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit; // the functions memoised here never return undefined
    if (cache.size >= limit) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
}

/** `fn` memoised by an object argument (a Document), held weakly. */
export function memoObject<K extends object, T>(fn: (k: K) => T): (k: K) => T {
  const cache = new WeakMap<K, T>();
  return (k: K): T => {
    if (cache.has(k)) return cache.get(k)!;
    const value = fn(k);
    cache.set(k, value);
    return value;
  };
}
