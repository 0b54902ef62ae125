/**
 * actorgraph/query — top actors
 * ==============================
 *
 * `topActors(graph, {by, n, type})`: the actors ranked by a measure: `pagerank`,
 * `degree` (weighted), `betweenness`, `mentions` or `articles`. The build's analysis
 * writes the first three as node attributes; when some node lacks the attribute (a
 * sub-graph, a projection, a graph built without analysis, betweenness skipped on a
 * large graph) the measure is computed here with the analysis' own `centrality`, on the
 * graph given, which is not modified. Ranks are competition ranks (1, 2, 2, 4); ties are
 * listed by key. `type` filters after scoring, so scores stay those of the
 * whole graph.
 */
import type { ActorType } from '../types.js';
import { ACTOR_TYPES } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import { centrality, DEFAULTS as CENTRALITY_DEFAULTS } from '../analyze/centrality.js';
import { type ActorRef, actorRef, compareKeys, PREFIX } from './common.js';

/** What actors can be ranked by. */
export type Measure = 'pagerank' | 'degree' | 'betweenness' | 'mentions' | 'articles';
/** Every measure `topActors` ranks by. */
export const MEASURES: readonly Measure[] = ['pagerank', 'degree', 'betweenness', 'mentions', 'articles'];

export const DEFAULTS = {
  by: 'pagerank' as Measure,
  n: 10,
};

/** Options of `topActors`. */
export interface TopOptions {
  /** The measure (default `pagerank`). */
  by?: Measure;
  /** How many (default 10; `Infinity` for all). */
  n?: number;
  /** Only actors of this type (or these types). */
  type?: ActorType | readonly ActorType[];
  /**
   * When the graph holds no betweenness, the largest order × max(size, order) it is computed for
   * (default: the build's analysis budget, `CENTRALITY_DEFAULTS.betweennessBudget`).
   */
  betweennessBudget?: number;
}

/** An actor with its rank and score. */
export interface RankedActor extends ActorRef {
  /** 1 for the first; equal scores share a rank. */
  rank: number;
  score: number;
}

function scores(graph: ActorGraph, by: Measure, betweennessBudget: number | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  const complete = graph.everyNode((_n, a) => typeof a[by] === 'number' && Number.isFinite(a[by]));
  if (complete || by === 'mentions' || by === 'articles') {
    graph.forEachNode((node, a) => {
      const v = a[by];
      out[node] = typeof v === 'number' && Number.isFinite(v) ? v : 0;
    });
    return out;
  }
  // Betweenness is cubic-ish: within the same budget as the build's analysis, never beyond it.
  const result = centrality(graph, { betweenness: by === 'betweenness' ? 'auto' : false, betweennessBudget });
  if (by === 'betweenness' && !result.betweenness)
    throw new Error(
      `${PREFIX}: topActors: betweenness of ${graph.order} actors and ${graph.size} relations is over the analysis budget ` +
        `(${betweennessBudget ?? CENTRALITY_DEFAULTS.betweennessBudget} for actors × max(relations, actors)), as it was for the build; rank by pagerank or degree`,
    );
  const computed = by === 'degree' ? result.degree : by === 'pagerank' ? result.pagerank : result.betweenness!;
  graph.forEachNode((node) => (out[node] = computed[node] ?? 0));
  return out;
}

/**
 * The top actors by pagerank, degree, betweenness, mentions or articles, optionally of one type.
 *
 * @example
 * topActors(graph, { by: 'pagerank', n: 3, type: 'country' }).map((a) => a.label); // ['Syria', 'Russia', 'United States']
 */
export function topActors(graph: ActorGraph, options: TopOptions = {}): RankedActor[] {
  const by = options.by ?? DEFAULTS.by;
  const n = options.n ?? DEFAULTS.n;
  if (!MEASURES.includes(by)) throw new Error(`${PREFIX}: topActors: by must be one of ${MEASURES.join(', ')}, got ${JSON.stringify(by)}`);
  if (!(Number.isInteger(n) && n >= 0) && n !== Infinity)
    throw new Error(`${PREFIX}: topActors: n must be a non-negative integer, got ${String(n)}`);
  let types: Set<string> | undefined;
  if (options.type !== undefined) {
    types = new Set(typeof options.type === 'string' ? [options.type] : options.type);
    for (const t of types)
      if (!(ACTOR_TYPES as readonly string[]).includes(t))
        throw new Error(`${PREFIX}: topActors: unknown type ${JSON.stringify(t)}; types are ${ACTOR_TYPES.join(', ')}`);
  }
  const score = scores(graph, by, options.betweennessBudget);
  const ranked = graph.filterNodes((_key, a) => !types || types.has(a.type)).sort((x, y) => score[y]! - score[x]! || compareKeys(x, y));
  const out: RankedActor[] = [];
  for (let i = 0; i < ranked.length && out.length < n; i++) {
    const key = ranked[i]!;
    const rank = i > 0 && score[key] === score[ranked[i - 1]!] ? out[i - 1]!.rank : i + 1;
    out.push({ ...actorRef(graph, key), rank, score: score[key]! });
  }
  return out;
}
