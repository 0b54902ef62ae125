/**
 * actorgraph/query — connected components
 * ========================================
 *
 * `components(graph)`: the connected components (direction ignored, graphology-components),
 * largest first (ties: smallest member key first), members most mentioned first.
 * Isolated actors are components of size 1.
 */
import { connectedComponents } from 'graphology-components';
import type { ActorGraph } from '../graph/assemble.js';
import { type ActorRef, actorRef, compareKeys } from './common.js';

export const DEFAULTS = {
  /** Drop components smaller than this. */
  minSize: 1,
};

/** Options of `components`: drop components smaller than `minSize` (1). */
export interface ComponentsOptions {
  minSize?: number;
}

/** One connected component. */
export interface Component {
  /** 0 for the largest. */
  id: number;
  size: number;
  /** Members, most mentioned first. */
  members: ActorRef[];
}

/**
 * The connected components, largest first, with their members.
 *
 * @example
 * const [main, ...rest] = components(graph);
 * `${main.size} actors in the main component, ${rest.length} other components`;
 */
export function components(graph: ActorGraph, options: ComponentsOptions = {}): Component[] {
  const minSize = options.minSize ?? DEFAULTS.minSize;
  const mentions = (key: string): number => {
    const m = graph.getNodeAttribute(key, 'mentions');
    return typeof m === 'number' ? m : 0;
  };
  return connectedComponents(graph)
    .map((keys) => keys.sort(compareKeys))
    .sort((x, y) => y.length - x.length || compareKeys(x[0]!, y[0]!))
    .filter((keys) => keys.length >= minSize)
    .map((keys, id) => ({
      id,
      size: keys.length,
      members: [...keys].sort((x, y) => mentions(y) - mentions(x) || compareKeys(x, y)).map((key) => actorRef(graph, key)),
    }));
}
