/**
 * A pure question about a short string, answered once per string: the genre's predicates (does
 * this read as a unit's name?) are asked of the same names thousands of times in a long table,
 * as each unit recurs under many tasks. Only for functions whose answer depends on the string
 * alone and is a value nobody changes: a boolean, a number, a string, or an object typed
 * read-only and frozen by the function.
 *
 * The cache is dropped whole when it reaches `limit` entries, so memory stays bounded on a
 * document of a million distinct strings; strings longer than `maxLength` are not kept.
 */
export function memoize<T>(fn: (text: string) => T, limit = 20_000, maxLength = 200): (text: string) => T {
  let cache = new Map<string, T>();
  caches.push(() => {
    cache = new Map();
  });
  return (text: string): T => {
    if (text.length > maxLength) return fn(text);
    const known = cache.get(text);
    if (known !== undefined) return known;
    const answer = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, answer);
    return answer;
  };
}

const caches: Array<() => void> = [];

/**
 * Forget every remembered answer. For the benchmark, which reads the same document round after
 * round: without this, later rounds would be timed with answers the first round computed.
 */
export function forgetAll(): void {
  for (const clear of caches) clear();
}

/**
 * `fn` answered once per text for as long as the returned function lives: one document, one diff.
 * Unbounded (it lives no longer than what it serves) and for any answer, as long as nobody changes
 * the answers it shares between callers.
 */
export function perText<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let answer = cache.get(text);
    if (answer === undefined) {
      answer = fn(text);
      cache.set(text, answer);
    }
    return answer;
  };
}
