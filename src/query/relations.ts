/**
 * actorgraph/query — relations of an actor
 * =========================================
 *
 * `relationsOf(graph, actor, options)`: the edges at an actor, filtered by relation,
 * direction and date range, as `Relation` records (both ends, the other end, weight,
 * dates, evidence). Undirected edges (`met`, `allied_with`) have direction `both` and
 * are kept whatever the `direction` option. Within a date range, a relation is seen through
 * it (window.ts): weight, first and last of its events in the range (relations with none are
 * left out), and the evidence dated in it when `dates` dates the evidence.
 *
 * `between(graph, a, b)`: every edge joining two actors, either way, with its evidence.
 * `neighbors(graph, actor, options)`: the actors at the other end, with the relations
 * and the summed weight that join them.
 *
 * Actors are given by key or by any name `findActor` knows; an unknown one throws an
 * `UnknownActorError` with suggestions.
 */
import type { RelationType } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import {
  type ActorRef,
  actorRef,
  checkDateRange,
  checkDirection,
  compareKeys,
  compareRelations,
  type DateLookup,
  type Direction,
  inRange,
  type Relation,
  relationOf,
  relationRecord,
  relationSet,
  weightOf,
} from './common.js';
import { resolveActor } from './find.js';
import { inWindow, type Windowed } from './window.js';

export const DEFAULTS = {
  direction: 'both' as Direction,
  minWeight: 0,
};

/** Options of `relationsOf` and `neighbors`. */
export interface RelationsOptions {
  /** One relation or several; default all. */
  relation?: RelationType | readonly RelationType[];
  /** `out`: the actor is the source; `in`: the target; `both` (default). Undirected edges always count. */
  direction?: Direction;
  /** Keep edges whose [first, last] ends on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  from?: string;
  /** Keep edges whose [first, last] starts on or before this date. */
  to?: string;
  /** Keep edges of at least this weight. */
  minWeight?: number;
  /** Article dates, to date each evidence sentence (e.g. from the events file). */
  dates?: DateLookup;
}

/** Options of `between`. */
export interface BetweenOptions {
  /** Article dates, to date each evidence sentence. */
  dates?: DateLookup;
}

/** Everything that joins two actors. */
export interface Between {
  a: ActorRef;
  b: ActorRef;
  /** Sum of the weights of the edges. */
  weight: number;
  /** The edges, seen from `a` (heaviest first). */
  relations: Relation[];
}

/** An actor next to another, and what joins them. */
export interface Neighbor extends ActorRef {
  /** The relations joining them, sorted. */
  relations: RelationType[];
  /** Sum of the weights of those edges. */
  weight: number;
}

/** Edge filter shared by the functions here: the edge's figures (in the date window), or undefined to leave it out. */
function edgeFilter(graph: ActorGraph, actor: string, options: RelationsOptions) {
  const relations = relationSet(options.relation);
  const direction = checkDirection(options.direction ?? DEFAULTS.direction);
  const { from, to } = checkDateRange(options.from, options.to);
  const minWeight = options.minWeight ?? DEFAULTS.minWeight;
  return (edge: string): Windowed | undefined => {
    const a = graph.getEdgeAttributes(edge);
    if (relations && !relations.has(relationOf(edge, a))) return undefined;
    if (direction !== 'both' && !graph.isUndirected(edge)) {
      const isSource = graph.source(edge) === actor;
      if ((direction === 'out') !== isSource) return undefined;
    }
    const seen =
      from === undefined && to === undefined ? { weight: weightOf(a), first: a.first, last: a.last, exact: false } : inWindow(a, from, to);
    if (!seen || seen.weight < minWeight) return undefined;
    return seen;
  };
}

/** A relation record with a window's figures; evidence dated outside the window is left out. */
function windowed(r: Relation, w: Windowed, options: RelationsOptions): Relation {
  if (options.from === undefined && options.to === undefined) return r;
  const out: Relation = { ...r, weight: w.weight };
  delete out.first;
  delete out.last;
  if (w.first !== undefined) out.first = w.first;
  if (w.last !== undefined) out.last = w.last;
  if (options.dates && w.exact) out.evidence = r.evidence.filter((e) => e.date === undefined || inRange(e.date, options.from, options.to));
  return out;
}

/**
 * The relations of an actor, filtered by relation, direction and date range; heaviest first.
 *
 * @example
 * relationsOf(graph, 'Iran', { relation: 'supports', direction: 'out' })
 *   .map((r) => `${r.other.label} (${r.weight})`); // ['Lebanon (4)', 'Syria (4)', 'Bashar al-Assad (3)', …]
 */
export function relationsOf(graph: ActorGraph, actor: string, options: RelationsOptions = {}): Relation[] {
  const key = resolveActor(graph, actor);
  const keep = edgeFilter(graph, key, options);
  const out: Relation[] = [];
  for (const edge of graph.edges(key)) {
    const w = keep(edge);
    if (w) out.push(windowed(relationRecord(graph, edge, key, options.dates), w, options));
  }
  return out.sort(compareRelations);
}

/**
 * Every relation joining two actors (either way), with its evidence sentences and articles.
 *
 * @example
 * const { relations } = between(graph, 'Iran', 'Syria');
 * relations[0].evidence[0]; // { text: 'Iran is Syrias closest ally and …', article: '1926479026' }
 */
export function between(graph: ActorGraph, a: string, b: string, options: BetweenOptions = {}): Between {
  const ka = resolveActor(graph, a);
  const kb = resolveActor(graph, b);
  const relations =
    ka === kb
      ? []
      : graph
          .edges(ka, kb)
          .map((edge) => relationRecord(graph, edge, ka, options.dates))
          .sort(compareRelations);
  return { a: actorRef(graph, ka), b: actorRef(graph, kb), weight: relations.reduce((s, r) => s + r.weight, 0), relations };
}

/**
 * The actors joined to an actor (by some relations, in some direction), the most strongly joined first.
 *
 * @example
 * neighbors(graph, 'Hezbollah', { relation: 'supports' }).map((n) => n.label); // ['Syria', 'Bashar al-Assad', 'Iran']
 */
export function neighbors(graph: ActorGraph, actor: string, options: RelationsOptions = {}): Neighbor[] {
  const key = resolveActor(graph, actor);
  const keep = edgeFilter(graph, key, options);
  const byKey = new Map<string, { relations: Set<RelationType>; weight: number }>();
  for (const edge of graph.edges(key)) {
    const w = keep(edge);
    if (!w) continue;
    const other = graph.opposite(key, edge);
    let n = byKey.get(other);
    if (!n) byKey.set(other, (n = { relations: new Set(), weight: 0 }));
    n.relations.add(relationOf(edge, graph.getEdgeAttributes(edge)));
    n.weight += w.weight;
  }
  return [...byKey]
    .sort((x, y) => y[1].weight - x[1].weight || compareKeys(x[0], y[0]))
    .map(([other, n]) => ({ ...actorRef(graph, other), relations: [...n.relations].sort(compareKeys), weight: n.weight }));
}
