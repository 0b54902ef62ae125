/**
 * actorgraph/export — GraphML
 * ============================
 *
 * The actor graph as GraphML (http://graphml.graphdrawing.org/xmlns) for Cytoscape,
 * yEd, igraph and NetworkX; read back by NetworkX (`read_graphml`) and
 * graphology-graphml's parser.
 *
 * graphology-graphml (0.5) only parses, so the document is written here, in the same
 * spirit as gexf.ts: a declared model (`<key>`s in a fixed order: known attributes
 * first, the rest sorted; ids `d0`, `d1`, … as NetworkX writes them; one type per
 * attribute, the narrowest that fits every value), characters XML forbids removed, and
 * everything in sorted key order: the same graph gives the same bytes.
 *
 * Values: GraphML has only scalar types (`boolean`, `int`, `long`, `float`, `double`,
 * `string`). Lists (`aliases`, `evidence`, `dates`…) are written as a JSON array in a
 * `string` (`json.loads` / `JSON.parse` gives them back). Node position, size and color
 * are plain `x`, `y`, `size` (doubles) and `color` (`#rrggbb`) data, as yEd's and
 * Gephi's GraphML importers read them.
 *
 * Edges: readers differ on mixed graphs. NetworkX and igraph refuse a `directed="true"`
 * edge in an undirected graph and vice versa, and graphology-graphml reads every edge of
 * an `edgedefault="directed"` graph as directed. So `edges: 'directed'` (default) writes
 * every edge directed once (symmetric relations, `met` and `allied_with`, keep their
 * stored source and target) with a boolean `undirected` datum saying which are
 * symmetric: every reader loads it, as a directed multigraph. `edges: 'mixed'` writes
 * `edgedefault="undirected"` and `directed="true"` on the directed relations, for yEd,
 * Cytoscape and graphology (which read it back as the same mixed graph).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { buildModel, EDGE_ATTRIBUTE_ORDER, encodeList, type GexfAttributeType, NODE_ATTRIBUTE_ORDER, xmlNodeIds, xmlSafe } from './gexf.js';

const PREFIX = 'actorgraph/export';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Options of `toGraphML` and the `graphml` format. */
export interface GraphMLOptions {
  /** 'directed' (default: every reader) or 'mixed' (yEd, Cytoscape, graphology). */
  edges?: 'directed' | 'mixed';
  /** Indent with two spaces (default), or one element per line without indentation. */
  pretty?: boolean;
}

export const DEFAULTS = { edges: 'directed' as 'directed' | 'mixed', pretty: true };

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';
const SCHEMA_LOCATION = 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

/** Node data in this order (then any others, sorted). */
export const GRAPHML_NODE_ORDER: readonly string[] = ['label', ...NODE_ATTRIBUTE_ORDER, 'x', 'y', 'size', 'color'];
/** Edge data in this order (then any others, sorted); `undirected` is added in 'directed' mode. */
export const GRAPHML_EDGE_ORDER: readonly string[] = [
  'relation',
  'weight',
  ...EDGE_ATTRIBUTE_ORDER.filter((name) => name !== 'relation'),
  'undirected',
];

export type GraphMLType = 'boolean' | 'int' | 'long' | 'double' | 'string';

const TYPES: Record<GexfAttributeType, GraphMLType> = {
  integer: 'int',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
  string: 'string',
  liststring: 'string',
};

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Text for an XML attribute value or element content: XML-safe and escaped (CR, LF, tab as references). */
export function escapeXML(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

function formatValue(value: unknown, type: GexfAttributeType): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  switch (type) {
    case 'integer':
    case 'long':
    case 'double':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'liststring':
      return encodeList(value as unknown[]);
    case 'string':
      return typeof value === 'string' ? value : Array.isArray(value) ? encodeList(value) : (JSON.stringify(value) ?? String(value));
  }
}

/** Writes the graph as GraphML, handing the text to `sink` in chunks. */
export function writeGraphML(graph: AnyGraph, sink: (chunk: string) => void, options: GraphMLOptions = {}): void {
  const o = { ...DEFAULTS, ...options };
  if (o.edges !== 'directed' && o.edges !== 'mixed')
    throw new Error(`${PREFIX}: GraphML edges must be 'directed' or 'mixed', got ${JSON.stringify(o.edges)}`);
  const nl = '\n';
  const ind = (n: number) => (o.pretty ? '  '.repeat(n) : '');

  const nodes = graph.nodes().sort(compareKeys);
  const edges = graph.edges().sort(compareKeys);

  const ids = xmlNodeIds(nodes, PREFIX);

  const nodeAttributes = nodes.map((n): Attributes => {
    const a = graph.getNodeAttributes(n);
    return typeof a.label === 'string' && xmlSafe(a.label) ? a : { ...a, label: n };
  });
  const edgeAttributes = edges.map((e): Attributes => {
    const a = graph.getEdgeAttributes(e);
    const withRelation = typeof a.relation === 'string' && a.relation ? a : { ...a, relation: e.split(':')[0] };
    return o.edges === 'directed' && graph.isUndirected(e) ? { ...withRelation, undirected: true } : withRelation;
  });
  const none = new Set<string>();
  const nodeModel = buildModel(nodeAttributes, GRAPHML_NODE_ORDER, none);
  const edgeModel = buildModel(edgeAttributes, GRAPHML_EDGE_ORDER, none);
  let k = 0;
  const nodeKeys = nodeModel.map((d) => ({ ...d, key: `d${k++}` }));
  const edgeKeys = edgeModel.map((d) => ({ ...d, key: `d${k++}` }));

  sink(`<?xml version="1.0" encoding="UTF-8"?>${nl}`);
  sink(
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${SCHEMA_LOCATION}">${nl}`,
  );
  for (const [cls, keys] of [
    ['node', nodeKeys],
    ['edge', edgeKeys],
  ] as const)
    for (const d of keys)
      sink(`${ind(1)}<key id="${d.key}" for="${cls}" attr.name="${escapeXML(d.name)}" attr.type="${TYPES[d.type]}"/>${nl}`);
  sink(`${ind(1)}<graph id="G" edgedefault="${o.edges === 'mixed' ? 'undirected' : 'directed'}">${nl}`);

  const data = (attributes: Attributes, keys: typeof nodeKeys) => {
    let out = '';
    for (const d of keys) {
      const v = formatValue(attributes[d.name], d.type);
      if (v !== undefined) out += `${ind(3)}<data key="${d.key}">${escapeXML(v)}</data>${nl}`;
    }
    return out;
  };

  nodes.forEach((node, i) => {
    const body = data(nodeAttributes[i]!, nodeKeys);
    const open = `${ind(2)}<node id="${escapeXML(ids.get(node)!)}"`;
    sink(body ? `${open}>${nl}${body}${ind(2)}</node>${nl}` : `${open}/>${nl}`);
  });
  edges.forEach((edge, i) => {
    const body = data(edgeAttributes[i]!, edgeKeys);
    const directed = o.edges === 'mixed' && !graph.isUndirected(edge) ? ' directed="true"' : '';
    const open = `${ind(2)}<edge id="${escapeXML(edge)}" source="${escapeXML(ids.get(graph.source(edge))!)}" target="${escapeXML(ids.get(graph.target(edge))!)}"${directed}`;
    sink(body ? `${open}>${nl}${body}${ind(2)}</edge>${nl}` : `${open}/>${nl}`);
  });
  sink(`${ind(1)}</graph>${nl}</graphml>${nl}`);
}

/**
 * The graph as a GraphML document (see `writeGraphML`).
 *
 * @example writeFileSync('graph.graphml', toGraphML(graph))
 */
export function toGraphML(graph: AnyGraph, options: GraphMLOptions = {}): string {
  const chunks: string[] = [];
  writeGraphML(graph, (chunk) => chunks.push(chunk), options);
  return chunks.join('');
}
