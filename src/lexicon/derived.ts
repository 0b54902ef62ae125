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

/**
 * Every phrase of a table and each run of its first words ("syrian arab army" → "syrian", "syrian
 * arab", "syrian arab army"), joined with spaces as the phrases are.
 */
export const wordPrefixes = derivedOnce((phrases: Map<string, unknown> | Set<string>): Set<string> => {
  const set = new Set<string>();
  for (const p of phrases.keys()) {
    const words = p.split(' ');
    let run = words[0]!;
    set.add(run);
    for (let i = 1; i < words.length; i++) set.add((run = `${run} ${words[i]}`));
  }
  return set;
});

/**
 * How many of `words` from `from` on (at most `limit`) a phrase of `phrases` can have: the longest
 * run of them that starts a phrase (wordPrefixes), 0 when `words[from]` starts none. Looking the
 * phrases up longest first from there gives what looking them up from `limit` gives; the longer
 * runs, joined and looked up in vain at every such token, are not built.
 */
export function phraseReach(phrases: Map<string, unknown> | Set<string>, words: readonly string[], from: number, limit: number): number {
  if (limit < 1) return 0;
  const prefixes = wordPrefixes(phrases);
  let run = words[from]!;
  if (!prefixes.has(run)) return 0;
  let n = 1;
  for (; n < limit; n++) {
    const longer = `${run} ${words[from + n]}`;
    if (!prefixes.has(longer)) break;
    run = longer;
  }
  return n;
}
