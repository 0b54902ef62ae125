/**
 * actorgraph/query — communities with their members
 * ==================================================
 *
 * `communitiesOf(graph)`: the graph's communities, largest first, each with its
 * members (most central first: by `pagerank` when every node has one, else by
 * mentions). The partition is the `community` node attribute written by the build's
 * analysis when every node has one; otherwise (a sub-graph, a projection, a graph built
 * without analysis, or `recompute: true`) it is computed with the analysis' own seeded
 * Louvain (`communities` of actorgraph/analyze), so the same graph always gives the same
 * communities. The graph is not modified.
 */
import type { ActorGraph } from '../graph/assemble.js';
import { communities as louvain } from '../analyze/communities.js';
import { type ActorRef, actorRef, compareKeys, weightOf } from './common.js';

export const DEFAULTS = {
  /** Node attribute holding the community id. */
  attribute: 'community',
  /** Compute the communities even when the attribute is there. */
  recompute: false,
  /** Louvain resolution, when computing (above 1: more, smaller communities). */
  resolution: 1,
};

/** Options of `communitiesOf`: the attribute read (`community`), whether to compute again though it is there (false), Louvain's resolution then (1). */
export interface CommunitiesOfOptions {
  attribute?: string;
  recompute?: boolean;
  resolution?: number;
}

/** One community and its members. */
export interface Community {
  /** The community id (the attribute's value, or Louvain's: 0 the largest). */
  id: number;
  size: number;
  /** Members, most central first. */
  members: ActorRef[];
  /** Sum of the weights of the edges inside the community. */
  internalWeight: number;
  /** Sum of the weights of the edges leaving it. */
  externalWeight: number;
}

function numeric(graph: ActorGraph, attribute: string): boolean {
  return graph.order > 0 && graph.everyNode((_n, a) => typeof a[attribute] === 'number' && Number.isFinite(a[attribute]));
}

/**
 * The communities of the graph with their members, largest first (from the `community` attribute, else seeded Louvain).
 *
 * @example
 * communitiesOf(graph).slice(0, 2).map((c) => c.members.slice(0, 3).map((m) => m.label));
 * // [['Syria', 'Russia', 'Bashar al-Assad'], ['Daesh', 'United States', 'U.S.-led coalition']]
 */
export function communitiesOf(graph: ActorGraph, options: CommunitiesOfOptions = {}): Community[] {
  const o = { ...DEFAULTS, ...options };
  let mapping: Record<string, number>;
  if (!o.recompute && numeric(graph, o.attribute)) {
    mapping = {};
    graph.forEachNode((node, a) => (mapping[node] = a[o.attribute] as number));
  } else mapping = louvain(graph, { resolution: o.resolution });
  const byPagerank = numeric(graph, 'pagerank');
  const score = (key: string): number => {
    const a = graph.getNodeAttributes(key);
    const v = byPagerank ? a.pagerank : a.mentions;
    return typeof v === 'number' ? v : 0;
  };
  const groups = new Map<number, Community>();
  for (const node of graph.nodes()) {
    const id = mapping[node]!;
    let c = groups.get(id);
    if (!c) groups.set(id, (c = { id, size: 0, members: [], internalWeight: 0, externalWeight: 0 }));
    c.size++;
    c.members.push(actorRef(graph, node));
  }
  graph.forEachEdge((_edge, a, source, target) => {
    const [cs, ct] = [mapping[source]!, mapping[target]!];
    const w = weightOf(a);
    if (cs === ct) groups.get(cs)!.internalWeight += w;
    else {
      groups.get(cs)!.externalWeight += w;
      groups.get(ct)!.externalWeight += w;
    }
  });
  const list = [...groups.values()];
  for (const c of list) c.members.sort((x, y) => score(y.key) - score(x.key) || compareKeys(x.key, y.key));
  return list.sort((x, y) => y.size - x.size || x.id - y.id);
}
