/**
 * actorgraph/query — ego network
 * ===============================
 *
 * `egoNetwork(graph, actor, {radius})`: the actors within `radius` hops of an actor
 * (direction ignored) and every edge among them, as a new `ActorGraph` whose attributes
 * are copies (changing it leaves the source graph alone). It can be written like any
 * built graph (`toGEXF`, `toJSON`, `writeGraph`). The graph attributes `ego` (the
 * actor's key) and `radius` say what it is.
 *
 * `distancesFrom(graph, actor, {radius})`: the hop count of every actor within reach.
 */
import type { RelationType } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import { compareKeys, copyAttributes, copyEdge, emptyLike, PREFIX, relationOf, relationSet } from './common.js';
import { resolveActor } from './find.js';

export const DEFAULTS = {
  radius: 1,
};

/** Options of `egoNetwork` and `distancesFrom`. */
export interface EgoOptions {
  /** Hops from the actor (default 1). */
  radius?: number;
  /** Walk and keep only these relations; default all. */
  relations?: RelationType | readonly RelationType[];
}

function checkRadius(radius: number): number {
  if (!(Number.isInteger(radius) && radius >= 0) && radius !== Infinity)
    throw new Error(`${PREFIX}: radius must be a non-negative integer, got ${String(radius)}`);
  return radius;
}

/**
 * Hops from an actor to every actor within `radius` (direction ignored), the actor itself at 0.
 *
 * @example
 * distancesFrom(graph, 'Syria', { radius: 2 }).turkey; // 1
 */
export function distancesFrom(graph: ActorGraph, actor: string, options: EgoOptions = {}): Record<string, number> {
  const key = resolveActor(graph, actor);
  const radius = checkRadius(options.radius ?? DEFAULTS.radius);
  const relations = relationSet(options.relations, 'relations');
  const dist: Record<string, number> = { [key]: 0 };
  let layer = [key];
  for (let d = 1; d <= radius && layer.length; d++) {
    const next: string[] = [];
    for (const node of layer)
      graph.forEachEdge(node, (edge, a, source, target) => {
        if (relations && !relations.has(relationOf(edge, a))) return;
        const other = source === node ? target : source;
        if (!Object.hasOwn(dist, other)) {
          dist[other] = d;
          next.push(other);
        }
      });
    layer = next;
  }
  return dist;
}

/**
 * The actors within `radius` hops of an actor and the edges among them, as a new graph.
 *
 * @example
 * const ego = egoNetwork(graph, 'Syria', { radius: 1 });
 * await writeFile('syria.gexf', toGEXF(ego));
 */
export function egoNetwork(graph: ActorGraph, actor: string, options: EgoOptions = {}): ActorGraph {
  const key = resolveActor(graph, actor);
  const radius = options.radius ?? DEFAULTS.radius;
  const relations = relationSet(options.relations, 'relations');
  const dist = distancesFrom(graph, key, options);
  const ego = emptyLike(graph);
  ego.replaceAttributes({ ...copyAttributes(graph.getAttributes()), ego: key, radius });
  for (const node of Object.keys(dist).sort(compareKeys)) ego.addNode(node, copyAttributes(graph.getNodeAttributes(node)));
  const edges = new Set<string>();
  for (const node of Object.keys(dist))
    graph.forEachEdge(node, (edge, a, source, target) => {
      if (Object.hasOwn(dist, source) && Object.hasOwn(dist, target) && (!relations || relations.has(relationOf(edge, a)))) edges.add(edge);
    });
  for (const edge of [...edges].sort(compareKeys)) copyEdge(graph, ego, edge);
  return ego;
}
