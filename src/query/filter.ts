/**
 * actorgraph/query — sub-graphs
 * ==============================
 *
 * `subgraph(graph, options)`: a new graph with the edges that pass every filter given
 * (relation types, minimum weight, a date range) between actors of the types given.
 * A date range keeps the edges whose [first, last] overlaps it (undated edges never
 * do): `{from: '2016', to: '2016'}` keeps what was reported at some time in 2016; with
 * `dateMatch: 'within'`, only the edges whose first and last dates both fall in the
 * range (everything reported about them was reported then).
 * Actors left without edges are dropped unless `keepIsolated` (then an actor is kept
 * when its type passes and, with a date range, its own [first, last] overlaps it).
 * Attributes are copied; the analysis attributes (community, pagerank…) are those of the
 * whole graph.
 */
import type { ActorType, RelationType } from '../types.js';
import { ACTOR_TYPES } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import {
  checkDate,
  compareKeys,
  copyAttributes,
  copyEdge,
  emptyLike,
  overlaps,
  PREFIX,
  relationOf,
  relationSet,
  weightOf,
  within,
} from './common.js';

export const DEFAULTS = {
  minWeight: 0,
  keepIsolated: false,
  dateMatch: 'overlap' as 'overlap' | 'within',
};

/** Options of `subgraph`: the filters an edge must pass. */
export interface SubgraphOptions {
  /** Keep edges whose [first, last] ends on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  from?: string;
  /** Keep edges whose [first, last] starts on or before this date. */
  to?: string;
  /** Keep only these relations. */
  relations?: RelationType | readonly RelationType[];
  /** Keep only actors of these types (and the edges between them). */
  types?: ActorType | readonly ActorType[];
  /** Keep edges of at least this weight. */
  minWeight?: number;
  /** `overlap` (default): [first, last] meets the range; `within`: [first, last] lies inside it. */
  dateMatch?: 'overlap' | 'within';
  /** Keep actors left without edges (default false). */
  keepIsolated?: boolean;
}

/**
 * A new graph with the edges (and actors) that pass the filters: date range, relations, actor types, minimum weight.
 *
 * @example
 * const backing2016 = subgraph(graph, { from: '2016', to: '2016', relations: ['supports'] });
 * backing2016.size; // supports edges reported (at least once) in 2016
 * subgraph(graph, { from: '2016', to: '2016', dateMatch: 'within' }); // edges reported only in 2016
 */
export function subgraph(graph: ActorGraph, options: SubgraphOptions = {}): ActorGraph {
  const from = checkDate(options.from, 'from');
  const to = checkDate(options.to, 'to');
  if (from !== undefined && to !== undefined && from.slice(0, to.length) > to)
    throw new Error(`${PREFIX}: subgraph: from (${from}) is after to (${to})`);
  const relations = relationSet(options.relations, 'relations');
  const minWeight = options.minWeight ?? DEFAULTS.minWeight;
  if (typeof minWeight !== 'number' || Number.isNaN(minWeight)) throw new Error(`${PREFIX}: subgraph: minWeight must be a number`);
  const keepIsolated = options.keepIsolated ?? DEFAULTS.keepIsolated;
  const dateMatch = options.dateMatch ?? DEFAULTS.dateMatch;
  if (dateMatch !== 'overlap' && dateMatch !== 'within')
    throw new Error(`${PREFIX}: subgraph: dateMatch must be 'overlap' or 'within', got ${JSON.stringify(dateMatch)}`);
  const dated = dateMatch === 'within' ? within : overlaps;
  let types: Set<string> | undefined;
  if (options.types !== undefined) {
    types = new Set(typeof options.types === 'string' ? [options.types] : options.types);
    for (const t of types)
      if (!(ACTOR_TYPES as readonly string[]).includes(t))
        throw new Error(`${PREFIX}: subgraph: unknown type ${JSON.stringify(t)}; types are ${ACTOR_TYPES.join(', ')}`);
  }
  const typeOk = (node: string) => !types || types.has(graph.getNodeAttribute(node, 'type'));

  const edges = graph
    .filterEdges((edge, a, source, target) => {
      if (relations && !relations.has(relationOf(edge, a))) return false;
      if (weightOf(a) < minWeight) return false;
      if (!dated(a.first, a.last, from, to)) return false;
      return typeOk(source) && typeOk(target);
    })
    .sort(compareKeys);
  const nodes = new Set<string>();
  if (keepIsolated) graph.forEachNode((node, a) => typeOk(node) && dated(a.first, a.last, from, to) && nodes.add(node));
  for (const edge of edges) for (const node of graph.extremities(edge)) nodes.add(node);

  const out = emptyLike(graph);
  out.replaceAttributes(copyAttributes(graph.getAttributes()));
  for (const node of [...nodes].sort(compareKeys)) out.addNode(node, copyAttributes(graph.getNodeAttributes(node)));
  for (const edge of edges) copyEdge(graph, out, edge);
  return out;
}
