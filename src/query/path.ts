/**
 * actorgraph/query — shortest path
 * =================================
 *
 * `shortestPath(graph, a, b)`: what links two actors, and through which relations.
 * Direction is ignored (Turkey attacks X, Hezbollah supports X: Turkey — X — Hezbollah).
 * The path has the fewest hops; among paths of that length, the one whose hops carry the
 * most weight (the sum, over hops, of the weights of every edge joining the pair) is
 * chosen, and remaining ties go to the smaller keys, so the answer is deterministic.
 * Each hop lists every edge joining its two actors (heaviest first).
 *
 * Options restrict the edges walked: relation types, a date range ([first, last]
 * overlapping it), a minimum weight.
 */
import type { RelationType } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import { type ActorRef, actorRef, checkDateRange, compareKeys, overlaps, PREFIX, relationOf, relationSet, weightOf } from './common.js';
import { resolveActor } from './find.js';

export const DEFAULTS = {
  minWeight: 0,
};

/** Options of `shortestPath`. */
export interface PathOptions {
  /** Walk only these relations; default all. */
  relations?: RelationType | readonly RelationType[];
  /** Walk only edges whose [first, last] overlaps [from, to]. */
  from?: string;
  to?: string;
  /** Walk only edges of at least this weight. */
  minWeight?: number;
}

/** One edge of a hop. */
export interface PathEdge {
  key: string;
  relation: RelationType;
  /** Node keys, as the edge runs (for undirected edges, as stored). */
  source: string;
  target: string;
  directed: boolean;
  weight: number;
}

/** One hop of a path: two actors and every edge joining them. */
export interface PathHop {
  from: ActorRef;
  to: ActorRef;
  /** Heaviest first. */
  edges: PathEdge[];
  /** Sum of the edges' weights. */
  weight: number;
}

/** A shortest path: its actors and its hops. */
export interface PathResult {
  /** The actors along the path, from `a` to `b`. */
  nodes: ActorRef[];
  /** The hops (`nodes.length - 1` of them). */
  hops: PathHop[];
  /** Number of hops. */
  length: number;
}

/** The walkable edges between each pair, and a walker over them. */
function walker(graph: ActorGraph, options: PathOptions) {
  const relations = relationSet(options.relations, 'relations');
  const { from, to } = checkDateRange(options.from, options.to);
  const minWeight = options.minWeight ?? DEFAULTS.minWeight;
  if (typeof minWeight !== 'number' || Number.isNaN(minWeight)) throw new Error(`${PREFIX}: minWeight must be a number`);
  const keep = (edge: string): boolean => {
    const a = graph.getEdgeAttributes(edge);
    if (relations && !relations.has(relationOf(edge, a))) return false;
    if (weightOf(a) < minWeight) return false;
    return overlaps(a.first, a.last, from, to);
  };
  /** Neighbor → summed weight of the walkable edges to it, neighbors in key order. */
  const around = (node: string): Array<[string, number]> => {
    const weights = new Map<string, number>();
    graph.forEachEdge(node, (edge, a, source, target) => {
      if (source === target || !keep(edge)) return;
      const other = source === node ? target : source;
      weights.set(other, (weights.get(other) ?? 0) + weightOf(a));
    });
    return [...weights].sort((x, y) => compareKeys(x[0], y[0]));
  };
  return { keep, around };
}

/**
 * The shortest chain of relations joining two actors (direction ignored), or null when none does.
 *
 * @example
 * const path = shortestPath(graph, 'Turkey', 'Hezbollah');
 * path?.nodes.map((n) => n.label); // ['Turkey', 'Syria', 'Hezbollah']
 * path?.hops[0].edges.map((e) => e.relation); // ['opposes', 'attacks', 'allied_with', 'supports']
 */
export function shortestPath(graph: ActorGraph, a: string, b: string, options: PathOptions = {}): PathResult | null {
  const source = resolveActor(graph, a);
  const target = resolveActor(graph, b);
  const { keep, around } = walker(graph, options);
  // BFS by layers; best[v] = most weight over shortest paths to v, prev[v] its predecessor.
  const dist = new Map<string, number>([[source, 0]]);
  const best = new Map<string, number>([[source, 0]]);
  const prev = new Map<string, string>();
  let layer = [source];
  while (layer.length && !dist.has(target)) {
    const next: string[] = [];
    for (const node of layer) {
      const d = dist.get(node)!;
      for (const [other, w] of around(node)) {
        const known = dist.get(other);
        if (known === undefined) {
          dist.set(other, d + 1);
          next.push(other);
        } else if (known !== d + 1) continue;
        const score = best.get(node)! + w;
        const had = best.get(other);
        if (had === undefined || score > had || (score === had && compareKeys(node, prev.get(other)!) < 0)) {
          best.set(other, score);
          prev.set(other, node);
        }
      }
    }
    layer = next;
  }
  if (!dist.has(target)) return null;
  const keys = [target];
  while (keys[keys.length - 1] !== source) keys.push(prev.get(keys[keys.length - 1]!)!);
  keys.reverse();
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < keys.length; i++) {
    const edges: PathEdge[] = graph
      .edges(keys[i]!, keys[i + 1]!)
      .filter(keep)
      .map((edge) => {
        const attrs = graph.getEdgeAttributes(edge);
        return {
          key: edge,
          relation: relationOf(edge, attrs),
          source: graph.source(edge),
          target: graph.target(edge),
          directed: !graph.isUndirected(edge),
          weight: weightOf(attrs),
        };
      })
      .sort((x, y) => y.weight - x.weight || compareKeys(x.key, y.key));
    hops.push({
      from: actorRef(graph, keys[i]!),
      to: actorRef(graph, keys[i + 1]!),
      edges,
      weight: edges.reduce((s, e) => s + e.weight, 0),
    });
  }
  return { nodes: keys.map((k) => actorRef(graph, k)), hops, length: hops.length };
}
