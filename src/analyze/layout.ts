/**
 * actorgraph/analyze — layout
 * ============================
 *
 * Positions, colors and sizes for drawing the actor graph (Gephi, sigma.js):
 *   - `x`, `y`: ForceAtlas2 (graphology-layout-forceatlas2) on the undirected weighted
 *     simple projection (see communities.ts) without its isolated nodes (those go on rings
 *     around the network), deterministic: start positions come from
 *     a seeded RNG (`seedrandom('actorgraph')`) drawn in sorted key order, the number of
 *     iterations is fixed by the graph's order (`DEFAULTS.iterations`), settings from
 *     `forceAtlas2.inferSettings`; rounded to 2 decimals;
 *   - `color`: one hex color per actor type (`DEFAULTS.palette`, Okabe–Ito colors, told
 *     apart by color-blind readers too; unknown types grey);
 *   - `size`: from PageRank (the node's `pagerank` attribute, computed when absent),
 *     square-root scaled between `minSize` and `maxSize` so the drawn *area* follows
 *     the score; rounded to 2 decimals.
 *
 * Usage:
 *   layout(graph)          → {[node]: {x, y, color, size}}
 *   layout.assign(graph)   → writes `x`, `y`, `color`, `size`
 */
import forceAtlas2Module, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import seedrandom from 'seedrandom';
import { centrality } from './centrality.js';
import { type AnyGraph, compareKeys, interopDefault, undirectedProjection } from './communities.js';

export const DEFAULTS = {
  /** ForceAtlas2 iterations for a graph of `order` nodes: fewer as the graph grows, since each costs more. */
  // Measured: 300 iterations over 650 actors took 0.5 s, a fifth of a whole corpus build, while the
  // picture settles well before 150 (most actors sit in small components).
  iterations: (order: number): number => (order <= 100 ? 300 : order <= 1000 ? 120 : order <= 5000 ? 80 : 50),
  seed: 'actorgraph',
  /** Half-width of the square the start positions are drawn in, per √order. */
  spread: 10,
  /** Decimals kept in x, y and size. */
  precision: 2,
  /** Per actor type; the fallback for any other type. */
  palette: {
    country: '#0072b2',
    person: '#e69f00',
    organization: '#009e73',
    armed_group: '#d55e00',
  } as Record<string, string>,
  fallbackColor: '#999999',
  minSize: 4,
  maxSize: 30,
  /** Node attribute the size is derived from. */
  sizeFrom: 'pagerank',
  weightAttribute: 'weight',
};

/** Options of `layout`: iterations, seed, start spread, decimals kept, ForceAtlas2 settings, colors by actor type, node sizes and the attribute they come from (`pagerank`). */
export interface LayoutOptions {
  /** A fixed count, or a function of the order. */
  iterations?: number | ((order: number) => number);
  seed?: string;
  spread?: number;
  precision?: number;
  /** Merged over the inferred settings. */
  settings?: ForceAtlas2Settings;
  palette?: Record<string, string>;
  fallbackColor?: string;
  minSize?: number;
  maxSize?: number;
  sizeFrom?: string;
  weightAttribute?: string;
}

/** Where and how a node is drawn. */
export interface NodeDrawing {
  x: number;
  y: number;
  color: string;
  size: number;
}

/** Node key → its drawing. */
export type LayoutMapping = Record<string, NodeDrawing>;

const PREFIX = 'actorgraph/analyze';
const forceAtlas2 = interopDefault(forceAtlas2Module);

function round(value: number, precision: number): number {
  const f = 10 ** precision;
  const r = Math.round(value * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

function resolve(options: LayoutOptions | undefined) {
  const o = { ...DEFAULTS, ...options, palette: { ...DEFAULTS.palette, ...options?.palette } };
  if (!(o.minSize >= 0 && o.maxSize >= o.minSize))
    throw new Error(`${PREFIX}: layout: need 0 ≤ minSize ≤ maxSize, got ${o.minSize} and ${o.maxSize}`);
  return o;
}

/** The iteration count used for a graph of this order. */
export function iterationsFor(order: number, iterations: LayoutOptions['iterations'] = DEFAULTS.iterations): number {
  const n = typeof iterations === 'function' ? iterations(order) : iterations;
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${PREFIX}: layout: iterations must be a positive integer, got ${String(n)}`);
  return n;
}

/**
 * ForceAtlas2 positions, deterministic. Actors without any relation to another (mentioned only:
 * over half of a news corpus's actors) are not simulated: ForceAtlas2 pushes them to the rim anyway,
 * and their repulsion with every other node made up most of its cost. They are set on rings around
 * the laid-out network instead, in key order (`isolateRings`).
 */
export function positions(graph: AnyGraph, options?: LayoutOptions): Record<string, { x: number; y: number }> {
  const o = resolve(options);
  const projection = undirectedProjection(graph, o.weightAttribute);
  const out: Record<string, { x: number; y: number }> = {};
  if (projection.order === 0) return out;

  const isolated = projection.nodes().filter((node) => projection.degree(node) === 0);
  for (const node of isolated) projection.dropNode(node);
  const rng = seedrandom(o.seed);
  const half = o.spread * Math.sqrt(Math.max(1, projection.order));
  const start: Record<string, { x: number; y: number }> = {};
  for (const node of projection.nodes()) {
    const p = { x: (rng() * 2 - 1) * half, y: (rng() * 2 - 1) * half };
    start[node] = p;
    projection.mergeNodeAttributes(node, p);
  }

  const laid: Record<string, { x: number; y: number }> = {};
  if (projection.order > 0) {
    const iterations = iterationsFor(projection.order, o.iterations);
    const settings = { ...forceAtlas2.inferSettings(projection.order), ...o.settings };
    const result = forceAtlas2(projection, { iterations, settings, getEdgeWeight: 'weight' });
    for (const node of projection.nodes()) {
      let { x, y } = result[node]!;
      // A degenerate configuration can yield NaN: keep the start position then.
      if (!Number.isFinite(x) || !Number.isFinite(y)) ({ x, y } = start[node]!);
      laid[node] = { x, y };
    }
  }
  Object.assign(laid, isolateRings(laid, isolated, o.spread));
  for (const node of Object.keys(laid).sort(compareKeys))
    out[node] = { x: round(laid[node]!.x, o.precision), y: round(laid[node]!.y, o.precision) };
  return out;
}

/**
 * Positions for `nodes` (in this order) on concentric rings around the points of `laid`, evenly
 * spaced from the same angle on each ring, a ring's worth at a time, outwards. Without laid-out
 * points the rings fill a disc from the centre.
 */
export function isolateRings(
  laid: Record<string, { x: number; y: number }>,
  nodes: string[],
  spread: number = DEFAULTS.spread,
): Record<string, { x: number; y: number }> {
  const out: Record<string, { x: number; y: number }> = {};
  if (nodes.length === 0) return out;
  const points = Object.values(laid);
  let cx = 0;
  let cy = 0;
  for (const p of points) {
    cx += p.x;
    cy += p.y;
  }
  if (points.length) {
    cx /= points.length;
    cy /= points.length;
  }
  let radius = 0;
  for (const p of points) radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy));
  // Spacing between neighbours on a ring and between rings: a twentieth of the network's radius,
  // so that the rings stay close to it at any scale.
  const step = Math.max(spread / 4, radius / 20);
  let r = points.length ? radius + 2 * step : 0;
  let placed = 0;
  while (placed < nodes.length) {
    const room = r === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * r) / step));
    const count = Math.min(room, nodes.length - placed);
    for (let i = 0; i < count; i++) {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / room;
      out[nodes[placed + i]!] = { x: cx + r * Math.cos(angle), y: cy - r * Math.sin(angle) };
    }
    placed += count;
    r += step;
  }
  return out;
}

/** Color of an actor type. */
export function colorOf(
  type: unknown,
  palette: Record<string, string> = DEFAULTS.palette,
  fallback: string = DEFAULTS.fallbackColor,
): string {
  return typeof type === 'string' && Object.hasOwn(palette, type) ? palette[type]! : fallback;
}

/** Sizes from a score per node, √-scaled into [minSize, maxSize]. */
export function sizes(scores: Record<string, number>, options?: LayoutOptions): Record<string, number> {
  const o = resolve(options);
  let min = Infinity;
  let max = -Infinity;
  for (const v of Object.values(scores)) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const out: Record<string, number> = {};
  for (const [node, score] of Object.entries(scores)) {
    const t = max > min && Number.isFinite(score) ? Math.sqrt((score - min) / (max - min)) : 0;
    out[node] = round(o.minSize + (o.maxSize - o.minSize) * t, o.precision);
  }
  return out;
}

/** Position (seeded ForceAtlas2), color (by actor type) and size (from `pagerank`) of every node. */
function layout(graph: AnyGraph, options?: LayoutOptions): LayoutMapping {
  const o = resolve(options);
  const xy = positions(graph, o);

  let scores: Record<string, number> = {};
  let missing = false;
  graph.forEachNode((node, attributes) => {
    const v = attributes[o.sizeFrom];
    if (typeof v === 'number' && Number.isFinite(v)) scores[node] = v;
    else missing = true;
  });
  if (missing) scores = centrality(graph, { betweenness: false, weightAttribute: o.weightAttribute }).pagerank;
  const size = sizes(scores, o);

  const out: LayoutMapping = {};
  for (const node of graph.nodes().sort(compareKeys)) {
    const attributes = graph.getNodeAttributes(node);
    out[node] = {
      x: xy[node]!.x,
      y: xy[node]!.y,
      color: colorOf(attributes.type, o.palette, o.fallbackColor),
      size: size[node]!,
    };
  }
  return out;
}

/** Writes `x`, `y`, `color` and `size` on every node. */
function assign(graph: AnyGraph, options?: LayoutOptions): LayoutMapping {
  const result = layout(graph, options);
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, result[node]!);
  });
  return result;
}

layout.assign = assign;

export { layout };
export default layout;
