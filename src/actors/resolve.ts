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
  return p.words[p.words.length - 1].replace(/^(al|el|ad|as|ash|at|ar|an|az)-/, '');
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
      else this.persons.set(a.key, { key: a.key, words: foldKey(a.name).split(/\s+/), mentions: a.mentions, known: a.known || lex.gazetteer.byKey(a.key) !== undefined });
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
    // Full names within a small edit distance of their given names.
    for (let i = 0; i < full.length; i++) {
      for (let j = i + 1; j < full.length; j++) {
        const a = full[i];
        const b = full[j];
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
    }
    // A surname alone is the one full-named person of that surname, when there is exactly one.
    for (const p of group) {
      if (p.words.length !== 1 || p.known) continue;
      const targets = new Set(full.filter((q) => surnameOf(q) === surnameOf(p)).map((q) => merge.get(q.key) ?? q.key));
      if (targets.size !== 1) continue;
      const target = [...targets][0];
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
