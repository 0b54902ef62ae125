// The cross-article merge of persons (`resolvePersons`): its rules on small cases, the indexed
// search for candidates giving exactly what the old all-pairs scan gave (same merges, same order)
// on generated persons crowded with near spellings, and a time bound on one crowded block that the
// all-pairs scan (about 48 s for 10,000 persons sharing a surname prefix) does not meet.
import { describe, expect, it } from 'vitest';
import { distance } from 'fastest-levenshtein';
import { PersonTally, resolvePersons, type PersonTallyEntry } from '../../src/actors/resolve.js';
import { distinctKey, type Lexicon } from '../../src/lexicon/load.js';
import { seeded } from '../fixtures/helpers.js';

// `resolvePersons` reads only `distinct` from the lexicon.
const lexWith = (distinct: Array<[string, string]> = []) =>
  ({ distinct: new Set(distinct.map(([a, b]) => distinctKey(a, b))) }) as unknown as Lexicon;

const entry = (name: string, mentions = 1, known = false): PersonTallyEntry => [
  name.toLowerCase().replace(/\s+/g, '-'),
  name.toLowerCase().split(/\s+/),
  mentions,
  known,
];

/** The all-pairs merge as it was before the index, kept as the reference the index must match. */
function pairwise(tally: PersonTally, lex: Lexicon): Map<string, string> {
  type P = { key: string; words: string[]; mentions: number; known: boolean };
  const surnameOf = (p: P) => p.words[p.words.length - 1].replace(/^(al|el|ad|as|ash|at|ar|an|az)-/, '');
  const bySurname = new Map<string, P[]>();
  for (const p of [...tally.persons.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const s = surnameOf(p).slice(0, 2);
    const list = bySurname.get(s) ?? [];
    list.push(p);
    bySurname.set(s, list);
  }
  const merge = new Map<string, string>();
  const better = (a: P, b: P) =>
    a.known !== b.known ? (a.known ? a : b) : a.mentions !== b.mentions ? (a.mentions > b.mentions ? a : b) : a.key < b.key ? a : b;
  for (const group of bySurname.values()) {
    if (group.length < 2) continue;
    const full = group.filter((p) => p.words.length > 1);
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
        const sameSurname = sa === sb || (Math.min(sa.length, sb.length) >= 5 && distance(sa, sb) <= 1);
        const limit = Math.min(ga.length, gb.length) >= 8 ? 2 : 1;
        if (sameSurname && (distance(ga, gb) <= (sa === sb ? limit : 0) || (sa === sb && (ga.endsWith(gb) || gb.endsWith(ga))))) {
          const keep = better(a, b);
          const drop = keep === a ? b : a;
          if (!merge.has(drop.key)) merge.set(drop.key, keep.key);
        }
      }
    }
    for (const p of group) {
      if (p.words.length !== 1 || p.known) continue;
      const targets = new Set(full.filter((q) => surnameOf(q) === surnameOf(p)).map((q) => merge.get(q.key) ?? q.key));
      if (targets.size !== 1) continue;
      const target = [...targets][0];
      if (!lex.distinct.has(distinctKey(p.key, target))) merge.set(p.key, target);
    }
  }
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

/** `s` with one random deletion, insertion or substitution from a small alphabet. */
function typo(s: string, r: () => number): string {
  const k = Math.floor(r() * (s.length + 1));
  const c = 'aeinrs'[Math.floor(r() * 6)];
  const op = Math.floor(r() * 3);
  if (op === 0 && s.length > 1) return s.slice(0, k) + s.slice(k + 1);
  if (op === 1) return s.slice(0, k) + c + s.slice(k);
  return s.slice(0, k) + c + s.slice(k + 1);
}

/** Persons crowded with near spellings: typos, "al-" surnames, longer given names, lone surnames. */
function crowd(seed: number, count: number): { entries: PersonTallyEntry[]; distinct: Array<[string, string]> } {
  const r = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const surnames = ['barazi', 'barrazi', 'rouhani', 'al-assad', 'assad', 'asad', 'rohani', 'ba', 'bar', 'smith', 'smyth'];
  const givens = ['hassan', 'hasan', 'talal', 'bashar', 'abdulrahman', 'abdelrahman', 'mohammed hassan', 'ali', 'al', 'jo', 'a'];
  const seen = new Map<string, PersonTallyEntry>();
  while (seen.size < count) {
    let surname = pick(surnames);
    if (r() < 0.3) surname = typo(surname, r);
    let words: string[];
    if (r() < 0.2) words = [surname];
    else {
      let given = pick(givens);
      if (r() < 0.4) given = typo(given, r);
      if (r() < 0.1) given = `${pick(givens)} ${given}`;
      words = [...given.split(' ').filter(Boolean), surname];
    }
    const key = words.join('-');
    if (!seen.has(key)) seen.set(key, [key, words, 1 + Math.floor(r() * 4), r() < 0.1]);
  }
  const entries = [...seen.values()];
  const distinct: Array<[string, string]> = [];
  for (let i = 0; i < count / 10; i++) distinct.push([pick(entries)[0], pick(entries)[0]]);
  return { entries, distinct };
}

/** Many different surnames sharing their first two letters, as in the hostile case. */
function sharedPrefix(count: number): PersonTallyEntry[] {
  const r = seeded(count);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = (n: number) => Array.from({ length: n }, () => letters[Math.floor(r() * 26)]).join('');
  const givens = Array.from({ length: 300 }, () => word(4 + Math.floor(r() * 6)));
  const out = new Map<string, PersonTallyEntry>();
  while (out.size < count) {
    const surname = `ba${word(3 + Math.floor(r() * 5))}`;
    const words = r() < 0.1 ? [surname] : [givens[Math.floor(r() * givens.length)], surname];
    out.set(words.join('-'), [words.join('-'), words, 1, false]);
  }
  return [...out.values()];
}

describe('resolvePersons', () => {
  it('merges near spellings and lone surnames, and keeps different given names apart', () => {
    const tally = new PersonTally([
      entry('Hassan Rouhani', 5),
      entry('Hassadn Rouhani'),
      entry('Talal Barazi', 3),
      entry('Talal Barrazi'),
      entry('Rouhani'),
      entry('Ali Smith'),
      entry('Omar Smith'),
      entry('Smith'),
    ]);
    const merged = resolvePersons(tally, lexWith());
    expect(Object.fromEntries(merged)).toEqual({
      'hassadn-rouhani': 'hassan-rouhani',
      rouhani: 'hassan-rouhani',
      'talal-barrazi': 'talal-barazi',
    });
  });

  it('never merges a distinct pair', () => {
    const tally = new PersonTally([entry('Hassan Rouhani', 5), entry('Hasan Rouhani')]);
    expect(resolvePersons(tally, lexWith([['hassan-rouhani', 'hasan-rouhani']])).size).toBe(0);
  });

  it('gives exactly what the all-pairs scan gave, in the same order', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const { entries, distinct } = crowd(seed, 50 + seed * 10);
      const lex = lexWith(distinct);
      const got = [...resolvePersons(new PersonTally(entries), lex)];
      const want = [...pairwise(new PersonTally(entries), lex)];
      expect(got, `seed ${seed}`).toEqual(want);
    }
    const prefix = sharedPrefix(2000);
    expect([...resolvePersons(new PersonTally(prefix), lexWith())]).toEqual([...pairwise(new PersonTally(prefix), lexWith())]);
  });

  it('merges 10,000 persons sharing a surname prefix in a few seconds (all pairs took over 20 s)', () => {
    const tally = new PersonTally(sharedPrefix(10_000));
    const start = performance.now();
    const merged = resolvePersons(tally, lexWith());
    const seconds = (performance.now() - start) / 1000;
    expect(merged.size).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(5);
  });
});
