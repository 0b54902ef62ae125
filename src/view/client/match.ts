// Finding actors by name or alias as one types: exact, prefix, word prefix, substring, then near
// names (typos), as `query`'s suggest does.
import type { Attrs } from './data.js';
import { list, num, str } from './values.js';

/** A label or an alias of an actor, folded for comparison. */
export interface SearchEntry {
  key: string;
  text: string;
  shown: string;
  alias: string | null;
  weight: number;
}
/** An actor found: its key, its label, the alias it was found by, and how well (lower is better). */
export interface Match {
  key: string;
  rank: number;
  shown: string;
  alias: string | null;
  weight: number;
}

// Case and accents folded, as query's names are ("Erdogan" finds Erdoğan).
function fold(s: unknown): string {
  return str(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** Every label and alias of the actors, folded. */
export function searchIndex(nodeInfo: Map<string, Attrs>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  nodeInfo.forEach((a, key) => {
    const label = str(a.label) || key;
    entries.push({ key, text: label.toLowerCase(), shown: label, alias: null, weight: num(a.pagerank, 0) });
    list(a.aliases).forEach((value) => {
      const alias = str(value);
      if (alias) entries.push({ key, text: alias.toLowerCase(), shown: label, alias, weight: num(a.pagerank, 0) });
    });
  });
  entries.forEach((entry) => {
    entry.text = fold(entry.text);
  });
  return entries;
}

/** Edit distance, stopping once it exceeds max (then max + 1). */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let low = i;
    for (let k = 1; k <= b.length; k++) {
      // prev has b.length + 1 cells, cur has k here: every index is in bounds.
      const v = Math.min(prev[k]! + 1, cur[k - 1]! + 1, prev[k - 1]! + (a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1));
      cur.push(v);
      if (v < low) low = v;
    }
    if (low > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

// Near names as query's suggest finds them: edit distance at most 0.4 of the longer name's length
// (of the whole name, one of its words, or, while one types, a word's start), nearest first
// ("Hutis" → Houthis, 2 of 7); a different first letter ranks after (typos rarely start a word).
const MAX_DISTANCE = 0.4;
function relative(text: string, q: string): number {
  const longer = Math.max(text.length, q.length);
  const d = distance(text, q, Math.floor(MAX_DISTANCE * longer));
  return d / longer;
}
function fuzzyRank(text: string, q: string): number {
  if (q.length < 4) return -1;
  let best = relative(text, q);
  let first = text.charAt(0) === q.charAt(0);
  text.split(/[\s-]+/).forEach((w) => {
    if (w.length < 3) return;
    const r = Math.min(relative(w, q), relative(w.slice(0, q.length + 1), q));
    if (r < best || (r === best && w.charAt(0) === q.charAt(0))) {
      best = r;
      first = w.charAt(0) === q.charAt(0);
    }
  });
  return best <= MAX_DISTANCE ? 4 + best + (first ? 0 : 0.5) : -1;
}
function rankOf(text: string, q: string): number {
  if (text === q) return 0;
  if (text.indexOf(q) === 0) return 1;
  if (text.split(/[\s-]+/).some((w) => w.indexOf(q) === 0)) return 2;
  if (text.indexOf(q) >= 0) return 3;
  return fuzzyRank(text, q);
}

/** The actors a query finds, best first (a label before an alias, then the higher PageRank). */
export function matches(index: SearchEntry[], query: string): Match[] {
  const q = fold(query.trim());
  if (!q) return [];
  const best = new Map<string, Match>();
  index.forEach((entry) => {
    let rank = rankOf(entry.text, q);
    if (rank < 0) return;
    if (!entry.alias) rank -= 0.5;
    const prev = best.get(entry.key);
    if (!prev || rank < prev.rank)
      best.set(entry.key, { key: entry.key, rank, shown: entry.shown, alias: entry.alias, weight: entry.weight });
  });
  return Array.from(best.values()).sort((x, y) => x.rank - y.rank || y.weight - x.weight || (x.shown < y.shown ? -1 : 1));
}
