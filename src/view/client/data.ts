// The page's data (html.ts's `actorgraph-data` JSON) read into a graphology graph plus each
// actor's and relation's attributes as built, and the span of dates they cover.
import type { MultiGraph } from 'graphology';
import { byId } from './dom.js';
import { libraries } from './libs.js';
import { communityColor, relationColor, relationName, typeColor } from './palette.js';
import { isDate, list, num, safeKey, str } from './values.js';

export type Attrs = Record<string, unknown>;
/** A relation's attributes as built, with its ends and relation resolved. */
export interface EdgeInfo extends Attrs {
  key: string;
  source: string;
  target: string;
  relation: string;
  undirected: boolean;
}
/** What sigma draws of an actor: both colourings are kept, the reducer picks one. */
export interface NodeDisplay extends Attrs {
  x: number;
  y: number;
  size: number;
  label: string;
  typeColor: string;
  communityColor: string;
}
export interface EdgeDisplay extends Attrs {
  size: number;
  color: string;
  type: string;
  label: string;
}
export type ViewGraph = MultiGraph<NodeDisplay, EdgeDisplay>;

export interface Model {
  title: string;
  graph: ViewGraph;
  nodeInfo: Map<string, Attrs>;
  edgeInfo: Map<string, EdgeInfo>;
  /** Cited articles, `id → {title, url, date, source}`. */
  articles: Record<string, Attrs>;
  dateMin: string | null;
  dateMax: string | null;
}

/** An item of graphology's serialization, as the JSON may hold it. */
interface SerializedItem {
  key?: unknown;
  source?: unknown;
  target?: unknown;
  undirected?: unknown;
  attributes?: Attrs;
}
interface PageData {
  title?: unknown;
  graph?: { nodes?: unknown; edges?: unknown };
  articles?: unknown;
}

/** A relation's valid dates, or null when it has none. */
export function edgeDates(info: Attrs): string[] | null {
  const dates = list(info.dates).filter(isDate);
  return dates.length ? dates : null;
}

function addNodes(graph: ViewGraph, nodeInfo: Map<string, Attrs>, nodes: SerializedItem[]): void {
  let maxPagerank = 0;
  nodes.forEach((n) => {
    maxPagerank = Math.max(maxPagerank, num(n.attributes && n.attributes.pagerank, 0));
  });
  nodes.forEach((n, i) => {
    const a = n.attributes || {};
    const key = safeKey(str(n.key));
    const size = num(a.size, maxPagerank > 0 ? 4 + 26 * Math.sqrt(num(a.pagerank, 0) / maxPagerank) : 6);
    // Actors without a stored layout go on a circle.
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length);
    nodeInfo.set(key, a);
    graph.addNode(key, {
      x: num(a.x, 100 * Math.cos(angle)),
      y: num(a.y, 100 * Math.sin(angle)),
      size: Math.max(2, size * 0.6),
      label: str(a.label) || key,
      typeColor: typeof a.color === 'string' && /^#[0-9a-fA-F]{6}$/.test(a.color) ? a.color : typeColor(a.type),
      communityColor: communityColor(a.community),
    });
  });
}

function addEdges(graph: ViewGraph, edgeInfo: Map<string, EdgeInfo>, edges: SerializedItem[]): void {
  edges.forEach((e) => {
    const a = e.attributes || {};
    const key = safeKey(str(e.key));
    const source = safeKey(str(e.source));
    const target = safeKey(str(e.target));
    if (!graph.hasNode(source) || !graph.hasNode(target) || graph.hasEdge(key)) return;
    // Edge keys are `relation:source:target`: split gives at least one part.
    const relation = str(a.relation) || key.split(':')[0]!;
    const info: EdgeInfo = Object.assign({}, a, { key, source, target, relation, undirected: !!e.undirected });
    edgeInfo.set(key, info);
    const attrs: EdgeDisplay = {
      size: Math.min(6, 0.6 + Math.log2(1 + num(a.weight, 1))),
      color: relationColor(relation),
      type: e.undirected ? 'line' : 'arrow',
      label: relationName(relation),
    };
    if (e.undirected) graph.addUndirectedEdgeWithKey(key, source, target, attrs);
    else graph.addDirectedEdgeWithKey(key, source, target, attrs);
  });
}

function dateSpan(nodeInfo: Map<string, Attrs>, edgeInfo: Map<string, EdgeInfo>): { min: string | null; max: string | null } {
  let min: string | null = null;
  let max: string | null = null;
  const see = (d: unknown): void => {
    if (!isDate(d)) return;
    if (min === null || d < min) min = d;
    if (max === null || d > max) max = d;
  };
  nodeInfo.forEach((a) => {
    see(a.first);
    see(a.last);
  });
  edgeInfo.forEach((a) => {
    see(a.first);
    see(a.last);
    (edgeDates(a) || []).forEach(see);
  });
  return { min, max };
}

/** Reads the page's data into the model the viewer shows. */
export function loadModel(): Model {
  const data = JSON.parse(byId('actorgraph-data', HTMLScriptElement).textContent ?? '') as PageData;
  const graph: ViewGraph = new (libraries().MultiGraph)<NodeDisplay, EdgeDisplay>({ type: 'mixed', allowSelfLoops: true });
  const nodeInfo = new Map<string, Attrs>();
  const edgeInfo = new Map<string, EdgeInfo>();
  addNodes(graph, nodeInfo, list(data.graph && data.graph.nodes) as SerializedItem[]);
  addEdges(graph, edgeInfo, list(data.graph && data.graph.edges) as SerializedItem[]);
  const articles = (data.articles && typeof data.articles === 'object' ? data.articles : {}) as Record<string, Attrs>;
  const dates = dateSpan(nodeInfo, edgeInfo);
  return { title: str(data.title) || 'actorgraph', graph, nodeInfo, edgeInfo, articles, dateMin: dates.min, dateMax: dates.max };
}
