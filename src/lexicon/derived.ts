// Values derived once from a lexicon (or another data object) and kept as long as it lives: the
// stages' indexes, word classes and word sets. One WeakMap per derivation, behind one helper.

/** `make(key)`, computed on the first call for each key and remembered (weakly) after. */
export function derivedOnce<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * The first words of a table of phrases: a phrase looked up from a token on (longest first, joined
 * with spaces) can only be there when the token's word starts one.
 */
export const firstWords = derivedOnce((phrases: Map<string, unknown> | Set<string>): Set<string> => {
  const set = new Set<string>();
  for (const p of phrases.keys()) set.add(p.split(' ')[0]!);
  return set;
});
