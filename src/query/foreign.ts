/**
 * actorgraph/query — graphs not written by actorgraph
 * ====================================================
 *
 * The query functions rely on the build's attributes: each node's actor `type` (and
 * `mentions`), each edge's `relation`. A GEXF or JSON graph from elsewhere (Gephi's
 * samples, another tool) has labels at most, and read as an actor graph it gave answers
 * such as "mentions undefined in undefined article(s)" or "s is not iterable". It is
 * refused instead, with what it lacks: actorgraph answers questions about its own builds;
 * Gephi, graphology or NetworkX open any graph.
 */
import type { ActorGraph } from '../graph/assemble.js';
import { ACTOR_TYPES, RELATION_TYPES } from '../types.js';
import { PREFIX } from './common.js';

const ACTOR = new Set<string>(ACTOR_TYPES);
const RELATION = new Set<string>(RELATION_TYPES);

/**
 * Throws when the graph lacks the attributes of a build: nodes without an actor type, edges
 * without a relation (attribute, GEXF `kind` or key prefix). Call before defaults are filled in.
 *
 * @example checkBuiltGraph(parseGEXF(MultiGraph, text)) // throws for ../shared/gexf/samples/basic.gexf
 */
export function checkBuiltGraph(graph: ActorGraph): void {
  let untyped = 0;
  let uncounted = 0;
  graph.forEachNode((_n, a) => {
    if (!ACTOR.has(a.type as string)) untyped++;
    if (typeof a.mentions !== 'number' && typeof a.mentions !== 'string') uncounted++;
  });
  let unrelated = 0;
  graph.forEachEdge((edge, a) => {
    const attrs = a as unknown as Record<string, unknown>;
    const relation =
      typeof attrs.relation === 'string' ? attrs.relation : typeof attrs.kind === 'string' ? attrs.kind : edge.split(':')[0]!;
    if (!RELATION.has(relation)) unrelated++;
  });
  if (!untyped && !unrelated) return;
  const missing: string[] = [];
  if (untyped) missing.push(`${untyped} of ${graph.order} node(s) have no actor type (${ACTOR_TYPES.join(', ')})`);
  if (uncounted) missing.push(`${uncounted} of ${graph.order} no mentions count`);
  if (unrelated) missing.push(`${unrelated} of ${graph.size} edge(s) no relation (${RELATION_TYPES.join(', ')})`);
  throw new Error(
    `${PREFIX}: not a graph written by actorgraph build: ${missing.join('; ')}. ` +
      'Query the .json or .gexf file of a build (actorgraph build <articles> --out <dir>); open other graphs in Gephi, graphology or NetworkX',
  );
}
