// Cross-article identity: one node per real actor. Gazetteer actors already share keys; this merges
// persons found only by cues when their spellings differ ("Hassadn Rouhani"/"Hassan Rouhani",
// "Barazi"/"Talal Barazi"), with a guard against merging different people who share a surname.
import { distance } from 'fastest-levenshtein';
import type { ArticleExtraction } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { distinctKey } from '../lexicon/load.js';
import { foldKey } from '../nlp/shadow.js';

interface PersonName {
  key: string;
  words: string[];
  mentions: number;
  known: boolean;
}

function surnameOf(p: PersonName): string {
  return p.words[p.words.length - 1]!.replace(/^(al|el|ad|as|ash|at|ar|an|az)-/, '');
}

/** A person's entry in a `PersonTally` as plain data: key, folded name words, mentions, known. */
export type PersonTallyEntry = [string, string[], number, boolean];

/**
 * The persons of the articles read so far, in order of first sight, with their summed mentions:
 * all the cross-article merge reads. A rebuild starts from the tally the last build saved instead of
 * reading every article's persons again.
 */
export class PersonTally {
  readonly persons = new Map<string, PersonName>();

  constructor(entries: Iterable<PersonTallyEntry> = []) {
    for (const [key, words, mentions, known] of entries) this.persons.set(key, { key, words, mentions, known });
  }

  add(x: ArticleExtraction, lex: Lexicon): void {
    for (const a of x.actors) {
      if (a.type !== 'person') continue;
      const p = this.persons.get(a.key);
      if (p) p.mentions += a.mentions;
      else
        this.persons.set(a.key, {
          key: a.key,
          words: foldKey(a.name).split(/\s+/),
          mentions: a.mentions,
          known: a.known || lex.gazetteer.byKey(a.key) !== undefined,
        });
    }
  }

  entries(): PersonTallyEntry[] {
    return [...this.persons.values()].map((p) => [p.key, p.words, p.mentions, p.known]);
  }
}

/**
 * Old key → new key for persons to merge across articles. Keys missing from the map stay.
 * Rules: full names with the same surname whose given names are within one edit (two for long
 * names) are one person; a surname-only person is the full-named person of that surname when
 * there is exactly one. Pairs listed as `distinct` in the aliases file are never merged.
 */
export function resolveAcrossArticles(extractions: Iterable<ArticleExtraction>, lex: Lexicon): Map<string, string> {
  const tally = new PersonTally();
  for (const x of extractions) tally.add(x, lex);
  return resolvePersons(tally, lex);
}

/** `resolveAcrossArticles` over a tally of the persons. */
export function resolvePersons(tally: PersonTally, lex: Lexicon): Map<string, string> {
  const persons = tally.persons;
  // Blocks of candidates: surnames (without "al-") sharing their first two letters.
  const bySurname = new Map<string, PersonName[]>();
  for (const p of [...persons.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const s = surnameOf(p).slice(0, 2);
    const list = bySurname.get(s) ?? [];
    list.push(p);
    bySurname.set(s, list);
  }
  const merge = new Map<string, string>();
  const better = (a: PersonName, b: PersonName) =>
    a.known !== b.known ? (a.known ? a : b) : a.mentions !== b.mentions ? (a.mentions > b.mentions ? a : b) : a.key < b.key ? a : b;
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    const full = group.filter((p) => p.words.length > 1);
    // Full names within a small edit distance of their given names. The pairs come from
    // `candidatePairs` in the order of the old all-pairs scan (i, then j), and each is tested with
    // the very same rule, so the first merge of each key, and so the result, is unchanged.
    for (const [i, j] of candidatePairs(full)) {
      const a = full[i]!;
      const b = full[j]!;
      if (a.known && b.known) continue;
      if (lex.distinct.has(distinctKey(a.key, b.key))) continue;
      const ga = a.words.slice(0, -1).join(' ');
      const gb = b.words.slice(0, -1).join(' ');
      const sa = surnameOf(a);
      const sb = surnameOf(b);
      // Surnames within one edit ("Barazi"/"Barrazi"), given names within one or two.
      const sameSurname = sa === sb || (Math.min(sa.length, sb.length) >= 5 && distance(sa, sb) <= 1);
      const limit = Math.min(ga.length, gb.length) >= 8 ? 2 : 1;
      if (sameSurname && (distance(ga, gb) <= (sa === sb ? limit : 0) || (sa === sb && (ga.endsWith(gb) || gb.endsWith(ga))))) {
        const keep = better(a, b);
        const drop = keep === a ? b : a;
        if (!merge.has(drop.key)) merge.set(drop.key, keep.key);
      }
    }
    // A surname alone is the one full-named person of that surname, when there is exactly one.
    // The full names of each surname are looked up, not scanned for; their targets are computed
    // once per surname (this loop only adds surname-alone keys, never a full name's).
    const fullBySurname = new Map<string, PersonName[]>();
    for (const q of full) push(fullBySurname, surnameOf(q), q);
    const targetsOf = new Map<string, Set<string>>();
    for (const p of group) {
      if (p.words.length !== 1 || p.known) continue;
      const s = surnameOf(p);
      let targets = targetsOf.get(s);
      if (!targets) {
        targets = new Set((fullBySurname.get(s) ?? []).map((q) => merge.get(q.key) ?? q.key));
        targetsOf.set(s, targets);
      }
      if (targets.size !== 1) continue;
      const target = [...targets][0]!;
      if (!lex.distinct.has(distinctKey(p.key, target))) merge.set(p.key, target);
    }
  }
  // Follow chains so every key maps to a final one.
  for (const [k, v] of merge) {
    let t = v;
    const seen = new Set([k]);
    while (merge.has(t) && !seen.has(t)) {
      seen.add(t);
      t = merge.get(t)!;
    }
    merge.set(k, t);
  }
  return merge;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `s` and every string made from it by deleting up to `radius` characters (UTF-16 units). */
function deletions(s: string, radius: number): Set<string> {
  const out = new Set([s]);
  let layer = [s];
  for (let r = 0; r < radius; r++) {
    const next: string[] = [];
    for (const t of layer) {
      for (let k = 0; k < t.length; k++) {
        const d = t.slice(0, k) + t.slice(k + 1);
        if (!out.has(d)) {
          out.add(d);
          next.push(d);
        }
      }
    }
    layer = next;
  }
  return out;
}

/**
 * The pairs (i < j, ascending by i then j) of full-named persons of one block that the merge rule
 * can accept: a superset of them, found through indexes instead of comparing every pair, so the
 * merge is near-linear in the persons of a block rather than quadratic.
 *
 * Why no accepted pair is missed. The rule accepts a pair only when
 *   - the surnames are equal and the given names are within `limit` edits (1, or 2 when both are
 *     8 characters or longer), or one given name ends with the other; or
 *   - the surnames differ by one edit (both 5 characters or longer) and the given names are equal.
 * Two strings within k edits (Levenshtein, on UTF-16 units as `distance` counts them) have a common
 * string left after deleting at most k characters from each: delete the substituted characters
 * from both, each inserted one from the side that has it. So indexing every given name by its
 * deletions (up to 2 when it is 8 long or longer, else 1) within its surname finds every pair
 * within `limit`; indexing given names by every suffix finds every pair where one ends with the
 * other; and indexing (given name, surname deletions up to 1) finds every pair of equal given
 * names whose surnames are one edit apart. Extra candidates are harmless: the caller tests each
 * pair with the unchanged rule, in the order the all-pairs scan met them.
 */
function candidatePairs(full: PersonName[]): Array<[number, number]> {
  const n = full.length;
  const given = full.map((p) => p.words.slice(0, -1).join(' '));
  const surname = full.map(surnameOf);
  const pairs = new Set<number>();
  const addBucket = (list: number[]) => {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = Math.min(list[x]!, list[y]!);
        const j = Math.max(list[x]!, list[y]!);
        pairs.add(i * n + j);
      }
    }
  };
  // Same surname: given names by their deletions, and by their whole text for the suffix rule.
  const bySurname = new Map<string, number[]>();
  for (let i = 0; i < n; i++) push(bySurname, surname[i]!, i);
  for (const members of bySurname.values()) {
    if (members.length < 2) continue;
    const byDeletion = new Map<string, number[]>();
    const byGiven = new Map<string, number[]>();
    for (const i of members) {
      const g = given[i]!;
      for (const d of deletions(g, g.length >= 8 ? 2 : 1)) push(byDeletion, d, i);
      push(byGiven, g, i);
    }
    for (const list of byDeletion.values()) addBucket(list);
    // Every suffix of a given name, the empty one included ("x".endsWith("") holds), matched to
    // the given names equal to it: both orders of `endsWith` are met, from the longer name's side.
    for (const i of members) {
      const g = given[i]!;
      for (let k = 0; k <= g.length; k++) {
        for (const j of byGiven.get(g.slice(k)) ?? []) if (j !== i) pairs.add(Math.min(i, j) * n + Math.max(i, j));
      }
    }
  }
  // Surnames one edit apart, given names equal: keyed by the given name (length-prefixed, so no
  // two keys run together) and each deletion of the surname.
  const byNear = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const s = surname[i]!;
    if (s.length < 5) continue;
    const g = given[i]!;
    for (const d of deletions(s, 1)) push(byNear, `${g.length}:${g}|${d}`, i);
  }
  for (const list of byNear.values()) addBucket(list);
  return [...pairs].sort((a, b) => a - b).map((c) => [Math.floor(c / n), c % n]);
}
