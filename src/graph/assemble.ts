// The graph stage: merges per-article extractions into one graphology graph — a node per actor,
// an edge per (source, relation, target) weighted by its distinct events, with dates and evidence.
import type { ArticleExtraction, RelationEvent } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { GraphAccumulator } from './accumulate.js';
import type { ActorGraph, AssembleOptions } from './model.js';

export * from './model.js';

/**
 * Folds persons into their affiliation for the state-level view; returns the key mapping.
 */
export function countryLevelMap(extractions: Iterable<ArticleExtraction>): Map<string, string> {
  const map = new Map<string, string>();
  for (const x of extractions) for (const a of x.actors) if (a.type === 'person' && a.affiliation) map.set(a.key, a.affiliation);
  return map;
}

/**
 * Builds the graph from extractions (keys already resolved across articles): the streaming
 * accumulator fed all at once, so both ways give the same graph.
 *
 * @example const g = assembleGraph([extraction], loadLexicon()); g.order
 */
export function assembleGraph(extractions: Iterable<ArticleExtraction>, lex: Lexicon, options: AssembleOptions = {}): ActorGraph {
  const acc = new GraphAccumulator(lex, options);
  for (const x of extractions) acc.add(x);
  return acc.graph();
}

/** Applies a key mapping (cross-article merges, country level) to one extraction. */
export function remapExtraction(x: ArticleExtraction, map: Map<string, string>, dropMemberOf = false): ArticleExtraction {
  if (!map.size && !dropMemberOf) return x;
  const to = (k: string) => map.get(k) ?? k;
  const byKey = new Map<string, ArticleExtraction['actors'][number]>();
  for (const a of x.actors) {
    const key = to(a.key);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...a, key, affiliation: a.affiliation ? to(a.affiliation) : undefined });
      if (key !== a.key && map.has(a.key) && !x.actors.some((o) => o.key === key)) {
        // A merged person keeps the spelling seen as an alias.
        byKey.get(key)!.aliases = [...new Set([...a.aliases, a.name])].sort();
      }
    } else {
      prev.mentions += a.mentions;
      prev.aliases = [...new Set([...prev.aliases, ...a.aliases, a.name])].filter((n) => n !== prev.name).sort();
    }
  }
  for (const a of byKey.values()) if (a.affiliation === undefined) delete a.affiliation;
  const events: RelationEvent[] = [];
  for (const e of x.events) {
    if (dropMemberOf && e.relation === 'member_of') continue;
    const source = to(e.source);
    const target = to(e.target);
    if (source === target) continue;
    events.push({ ...e, source, target });
  }
  const out: ArticleExtraction = { meta: x.meta, actors: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1)), events };
  if (x.fingerprint !== undefined) out.fingerprint = x.fingerprint;
  return out;
}
