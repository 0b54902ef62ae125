/**
 * actorgraph/analyze — communities
 * =================================
 *
 * Louvain community detection (graphology-communities-louvain) on the actor graph.
 *
 * The actor graph is `mixed` and `multi` (one edge per relation, `met`/`allied_with`
 * undirected, the rest directed) and Louvain refuses true mixed graphs, so it runs on
 * an undirected *simple* projection: one edge per pair of actors whose weight is the sum
 * of the weights of every edge between them, whatever their relation or direction.
 * The projection is built in sorted key order and Louvain's random walk is fed a seeded
 * RNG (`seedrandom('actorgraph')`), so the result depends on the graph's content only,
 * not on the order the graph was built in nor on the run.
 *
 * Communities are renumbered so that 0 is the largest, ties broken by the smallest
 * member key (code-unit order): ids are stable and meaningful ("community 0").
 *
 * Usage, as in graphology's standard library:
 *   communities(graph)            → {[node]: community}
 *   communities.detailed(graph)   → {communities, count, sizes, modularity}
 *   communities.assign(graph)     → writes the `community` node attribute
 */
import { UndirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import louvainModule from 'graphology-communities-louvain';
import seedrandom from 'seedrandom';

export const DEFAULTS = {
  /** Node attribute written by `communities.assign`. */
  attribute: 'community',
  /** Louvain resolution: above 1, more and smaller communities. */
  resolution: 1,
  /** Seed of the RNG driving Louvain's random walk. */
  seed: 'actorgraph',
  /** Edge attribute holding the weight (a missing or invalid weight counts 1). */
  weightAttribute: 'weight',
} as const;

/** Options of `communities`: the attribute written (`community`), Louvain's resolution (1) and seed, the edge weight attribute (`weight`). */
export interface CommunitiesOptions {
  attribute?: string;
  resolution?: number;
  seed?: string;
  weightAttribute?: string;
}

/** Node key → community id (0 = the largest community). */
export type CommunityMapping = Record<string, number>;

/** The communities found, with their count, sizes and modularity. */
export interface CommunitiesDetailed {
  /** Node key → community id (0 = largest). */
  communities: CommunityMapping;
  /** Number of communities. */
  count: number;
  /** Size of each community, by id (so non-increasing). */
  sizes: number[];
  /** Modularity of the partition on the weighted projection (NaN for an edgeless graph). */
  modularity: number;
}

/** Any graphology graph; the functions here only read `weight` on edges. */
export type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Edge attributes of the simple projection. */
export interface ProjectionEdge {
  weight: number;
}

const PREFIX = 'actorgraph/analyze';

/**
 * CommonJS packages whose typings say `export default` (louvain, graphology-metrics)
 * come out of a NodeNext default import as the module record to TypeScript, and as the
 * function itself to Node: this takes whichever is the function.
 */
export function interopDefault<M>(mod: M): M extends { default: infer D } ? D : M {
  const inner = (mod as { default?: unknown }).default;
  return (inner ?? mod) as M extends { default: infer D } ? D : M;
}

const louvain = interopDefault(louvainModule);

/** Code-unit comparison, locale-independent (what sorted output must rely on). */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The weight of an edge: a finite positive number, else 1. */
export function edgeWeight(attributes: Attributes, weightAttribute: string = DEFAULTS.weightAttribute): number {
  const w = attributes[weightAttribute];
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 1;
}

/**
 * Undirected simple projection of a (mixed, multi) graph: nodes in sorted key order,
 * one edge per unordered pair carrying the summed weight, edges added in sorted pair
 * order. Self-loops are dropped (an actor's relation to itself says nothing about
 * which group it belongs to, and several algorithms mishandle them).
 */
export function undirectedProjection(
  graph: AnyGraph,
  weightAttribute: string = DEFAULTS.weightAttribute,
): UndirectedGraph<Attributes, ProjectionEdge> {
  const projection = new UndirectedGraph<Attributes, ProjectionEdge>();
  const nodes = graph.nodes().sort(compareKeys);
  for (const node of nodes) projection.addNode(node);

  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    const id = `${a}\u0000${b}`;
    const pair = pairs.get(id);
    const w = edgeWeight(attributes, weightAttribute);
    if (pair) pair.weight += w;
    else pairs.set(id, { a, b, weight: w });
  });
  const sorted = [...pairs.values()].sort((x, y) => compareKeys(x.a, y.a) || compareKeys(x.b, y.b));
  for (const { a, b, weight } of sorted) projection.addEdge(a, b, { weight });
  return projection;
}

function resolve(options: CommunitiesOptions | undefined): Required<CommunitiesOptions> {
  const o = { ...DEFAULTS, ...options };
  if (typeof o.resolution !== 'number' || !(o.resolution > 0))
    throw new Error(`${PREFIX}: communities: resolution must be a positive number, got ${String(o.resolution)}`);
  if (typeof o.attribute !== 'string' || !o.attribute) throw new Error(`${PREFIX}: communities: attribute must be a non-empty string`);
  return o;
}

function detailed(graph: AnyGraph, options?: CommunitiesOptions): CommunitiesDetailed {
  const o = resolve(options);
  if (graph.order === 0) return { communities: {}, count: 0, sizes: [], modularity: NaN };

  const projection = undirectedProjection(graph, o.weightAttribute);
  const result = louvain.detailed(projection, {
    getEdgeWeight: 'weight',
    resolution: o.resolution,
    rng: seedrandom(o.seed),
  });

  // Renumber: largest first, ties by smallest member key.
  const members = new Map<number, string[]>();
  for (const node of projection.nodes()) {
    const c = result.communities[node]!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  // projection.nodes() is sorted, so each member list is sorted and [0] is its smallest key.
  const groups = [...members.values()].sort((x, y) => y.length - x.length || compareKeys(x[0]!, y[0]!));
  const renumber = new Map<string, number>();
  groups.forEach((group, id) => {
    for (const node of group) renumber.set(node, id);
  });
  // Keys in sorted order, so the mapping serializes the same whatever the graph's insertion order.
  const communities: CommunityMapping = {};
  for (const node of projection.nodes()) communities[node] = renumber.get(node)!;
  return {
    communities,
    count: groups.length,
    sizes: groups.map((g) => g.length),
    modularity: projection.size === 0 ? NaN : result.modularity,
  };
}

/** Node key → community id (0 = the largest community). */
function communities(graph: AnyGraph, options?: CommunitiesOptions): CommunityMapping {
  return detailed(graph, options).communities;
}

/** Writes each node's community id as the `community` attribute; returns the details. */
function assign(graph: AnyGraph, options?: CommunitiesOptions): CommunitiesDetailed {
  const o = resolve(options);
  const result = detailed(graph, o);
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, o.attribute, result.communities[node]);
  });
  return result;
}

communities.detailed = detailed;
communities.assign = assign;

export { communities };
export default communities;
