/**
 * actorgraph/analyze — centrality
 * ================================
 *
 * Per-actor importance scores:
 *   - `degree`: weighted degree, the sum of the weights of every edge touching the
 *     actor (all relations, both directions; a self-loop counts twice), on the graph
 *     itself;
 *   - `pagerank`: PageRank (graphology-metrics) on the undirected weighted simple
 *     projection (see communities.ts), rounded to 6 decimals so output is byte-stable;
 *   - `betweenness`: normalized betweenness centrality (graphology-metrics, Brandes,
 *     hop counts: edge weights are strengths, not distances, so they are not used),
 *     rounded to 6 decimals. Brandes costs O(order × size): it is computed only while
 *     `order × max(size, order)` stays within `betweennessBudget` (default 2·10⁷:
 *     about 0.7 s for 2,000 actors and 10,000 linked pairs; 5,000 and 25,000 would
 *     take 4 s), else skipped: no `betweenness` attribute is written and the result
 *     says `betweenness: null`. `betweenness: true` forces it, `false` skips it.
 *
 * Usage:
 *   centrality(graph)         → {degree, pagerank, betweenness | null}
 *   centrality.assign(graph)  → writes `degree`, `pagerank` (and `betweenness`)
 */
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { type AnyGraph, compareKeys, edgeWeight, interopDefault, undirectedProjection } from './communities.js';

export const DEFAULTS = {
  attributes: { degree: 'degree', pagerank: 'pagerank', betweenness: 'betweenness' },
  /** Edge attribute holding the weight (a missing or invalid weight counts 1). */
  weightAttribute: 'weight',
  /** PageRank damping factor. */
  alpha: 0.85,
  /** PageRank power iterations before giving up. */
  maxIterations: 1000,
  tolerance: 1e-9,
  /** Decimals kept in pagerank and betweenness. */
  precision: 6,
  /** 'auto': computed while order × max(size, order) ≤ betweennessBudget. */
  betweenness: 'auto' as boolean | 'auto',
  betweennessBudget: 20_000_000,
};

/**
 * Options of `centrality`: the attributes written, the edge weight attribute (`weight`), PageRank's
 * damping (0.85), iterations (1000) and tolerance (1e-9), the decimals kept (6), and betweenness
 * (`'auto'`: computed while order × max(size, order) ≤ `betweennessBudget`, 20 000 000).
 */
export interface CentralityOptions {
  attributes?: Partial<typeof DEFAULTS.attributes>;
  weightAttribute?: string;
  alpha?: number;
  maxIterations?: number;
  tolerance?: number;
  precision?: number;
  betweenness?: boolean | 'auto';
  betweennessBudget?: number;
}

/** The measures of every node, by node key. */
export interface CentralityResult {
  degree: Record<string, number>;
  pagerank: Record<string, number>;
  /** null when skipped (graph over the budget, or `betweenness: false`). */
  betweenness: Record<string, number> | null;
}

const PREFIX = 'actorgraph/analyze';
const pagerank = interopDefault(pagerankModule);
const betweennessCentrality = interopDefault(betweennessModule);

function round(value: number, precision: number): number {
  const f = 10 ** precision;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function resolve(options: CentralityOptions | undefined) {
  const o = { ...DEFAULTS, ...options, attributes: { ...DEFAULTS.attributes, ...options?.attributes } };
  if (!(o.alpha > 0 && o.alpha < 1)) throw new Error(`${PREFIX}: centrality: alpha must be in (0, 1), got ${o.alpha}`);
  if (!Number.isInteger(o.precision) || o.precision < 0 || o.precision > 15)
    throw new Error(`${PREFIX}: centrality: precision must be an integer from 0 to 15, got ${o.precision}`);
  return o;
}

/** Whether betweenness is computed for a graph of this order and size under these options. */
export function betweennessWanted(
  order: number,
  size: number,
  option: boolean | 'auto' = DEFAULTS.betweenness,
  budget: number = DEFAULTS.betweennessBudget,
): boolean {
  if (option === 'auto') return order * Math.max(size, order) <= budget;
  return option;
}

/** Weighted degree of every node: sum of the weights of its edges. */
export function weightedDegree(graph: AnyGraph, weightAttribute: string = DEFAULTS.weightAttribute): Record<string, number> {
  // Keys in sorted order, so results serialize the same whatever the graph's insertion order.
  const degree: Record<string, number> = {};
  for (const node of graph.nodes().sort(compareKeys)) degree[node] = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const w = edgeWeight(attributes, weightAttribute);
    degree[source]! += w;
    degree[target]! += w;
  });
  return degree;
}

/** Weighted degree, PageRank and (within the budget) betweenness of every node, by node key. */
function centrality(graph: AnyGraph, options?: CentralityOptions): CentralityResult {
  const o = resolve(options);
  const degree = weightedDegree(graph, o.weightAttribute);
  // Integer weights sum exactly; fractional ones are rounded so edge order cannot show.
  for (const node in degree) degree[node] = round(degree[node]!, o.precision);
  const projection = undirectedProjection(graph, o.weightAttribute);

  const pr: Record<string, number> = {};
  if (projection.order > 0) {
    let raw: Record<string, number>;
    try {
      raw = pagerank(projection, {
        getEdgeWeight: 'weight',
        alpha: o.alpha,
        maxIterations: o.maxIterations,
        tolerance: o.tolerance,
      });
    } catch (error) {
      throw new Error(
        `${PREFIX}: centrality: PageRank did not converge in ${o.maxIterations} iterations; raise maxIterations or tolerance`,
        { cause: error },
      );
    }
    for (const node of projection.nodes()) pr[node] = round(raw[node]!, o.precision);
  }

  let betweenness: Record<string, number> | null = null;
  if (betweennessWanted(projection.order, projection.size, o.betweenness, o.betweennessBudget)) {
    // (graphology-metrics fails on an empty graph.)
    const raw = projection.order ? betweennessCentrality(projection, { getEdgeWeight: null, normalized: true }) : {};
    betweenness = {};
    for (const node of projection.nodes()) betweenness[node] = round(raw[node]!, o.precision);
  }
  return { degree, pagerank: pr, betweenness };
}

/** Writes `degree`, `pagerank` and (unless skipped) `betweenness` on every node. */
function assign(graph: AnyGraph, options?: CentralityOptions): CentralityResult {
  const o = resolve(options);
  const result = centrality(graph, o);
  graph.forEachNode((node) => {
    graph.setNodeAttribute(node, o.attributes.degree, result.degree[node]);
    graph.setNodeAttribute(node, o.attributes.pagerank, result.pagerank[node]);
    if (result.betweenness) graph.setNodeAttribute(node, o.attributes.betweenness, result.betweenness[node]);
  });
  return result;
}

centrality.assign = assign;

export { centrality };
export default centrality;
