/**
 * actorgraph/analyze
 * ===================
 *
 * Graph analysis in the style of graphology's standard library: each analysis is a
 * function `fn(graph, options)` returning its results, with `fn.assign(graph, options)`
 * writing them as node attributes. `analyze` runs them all, in a fixed order:
 *   1. communities → `community`
 *   2. centrality  → `degree`, `pagerank`, `betweenness` (skipped on large graphs)
 *   3. layout      → `x`, `y`, `color`, `size` (size from the pagerank just written)
 * Everything is deterministic: the same graph gives byte-identical attributes.
 */
import { type AnyGraph, communities, type CommunitiesDetailed, type CommunitiesOptions } from './communities.js';
import { centrality, type CentralityOptions, type CentralityResult } from './centrality.js';
import { layout, type LayoutMapping, type LayoutOptions } from './layout.js';

// The three analyses and their types; their helpers (projection, sizes, colours) are internal.
export { communities } from './communities.js';
export type { AnyGraph, CommunitiesDetailed, CommunitiesOptions, CommunityMapping } from './communities.js';
export { centrality } from './centrality.js';
export type { CentralityOptions, CentralityResult } from './centrality.js';
export { layout } from './layout.js';
export type { LayoutMapping, LayoutOptions, NodeDrawing } from './layout.js';

/** Each step: `true` (default options), `false` (skipped), or its options. */
export interface AnalyzeOptions {
  communities?: boolean | CommunitiesOptions;
  centrality?: boolean | CentralityOptions;
  layout?: boolean | LayoutOptions;
}

export const DEFAULTS: Required<AnalyzeOptions> = { communities: true, centrality: true, layout: true };

/** What each step that ran returned. */
export interface AnalyzeResult {
  communities?: CommunitiesDetailed;
  centrality?: CentralityResult;
  layout?: LayoutMapping;
}

function stepOptions<T extends object>(value: boolean | T | undefined, fallback: boolean | T): T | undefined {
  const v = value === undefined ? fallback : value;
  if (v === false) return undefined;
  if (v === true) return {} as T;
  if (typeof v !== 'object' || v === null)
    throw new Error(`actorgraph/analyze: each step takes true, false or an options object, got ${String(v)}`);
  return v;
}

/**
 * Runs communities, centrality and layout (those enabled), writing their node attributes.
 *
 * @example analyze(graph); graph.getNodeAttribute('iran', 'pagerank')
 */
export function analyze(graph: AnyGraph, options: AnalyzeOptions = {}): AnalyzeResult {
  const result: AnalyzeResult = {};
  const c = stepOptions(options.communities, DEFAULTS.communities);
  if (c) result.communities = communities.assign(graph, c);
  const k = stepOptions(options.centrality, DEFAULTS.centrality);
  if (k) result.centrality = centrality.assign(graph, k);
  const l = stepOptions(options.layout, DEFAULTS.layout);
  if (l) result.layout = layout.assign(graph, l);
  return result;
}

export default analyze;
