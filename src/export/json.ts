/**
 * actorgraph/export — JSON
 * =========================
 *
 * The graph in graphology's serialization format (`graph.export()`), written so the
 * same graph always gives the same bytes: nodes sorted by key, edges sorted by key,
 * the serialization's own objects in a fixed key order (`options, attributes, nodes,
 * edges`; node `key, attributes`; edge `key, source, target, undirected, attributes`),
 * and attribute objects with their keys sorted (recursively; arrays keep their order).
 * `new Graph().import(JSON.parse(text))` gives the graph back.
 */
import type { AbstractGraph, Attributes, SerializedEdge, SerializedGraph, SerializedNode } from 'graphology-types';

export const DEFAULTS = {
  /** JSON.stringify indentation (0 for one line). */
  indent: 2,
};

/** Options of `toJSON` and the `json` format: `indent`, the spaces per level. */
export interface JSONOptions {
  indent?: number;
}

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A copy of `value` whose plain objects have their keys in sorted order. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareKeys)) out[key] = sortKeysDeep((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** `graph.export()` in a deterministic order (see the module comment). */
export function serialize(graph: AnyGraph): SerializedGraph {
  const data = graph.export();
  const nodes: SerializedNode[] = data.nodes
    .map((n) => {
      const node: SerializedNode = { key: n.key };
      if (n.attributes) node.attributes = sortKeysDeep(n.attributes) as Attributes;
      return node;
    })
    .sort((a, b) => compareKeys(a.key, b.key));
  // Edges of the contract always have keys; a keyless one sorts by its ends (stable sort keeps ties in place).
  const sortKey = (e: SerializedEdge) => (e.key !== undefined ? String(e.key) : `\uffff${e.source}\u0000${e.target}`);
  const edges: SerializedEdge[] = data.edges
    .map((e) => {
      const edge: SerializedEdge =
        e.key !== undefined ? { key: e.key, source: e.source, target: e.target } : { source: e.source, target: e.target };
      if (e.undirected) edge.undirected = true;
      if (e.attributes) edge.attributes = sortKeysDeep(e.attributes) as Attributes;
      return edge;
    })
    .sort((a, b) => compareKeys(sortKey(a), sortKey(b)));
  return {
    options: { type: data.options.type, multi: data.options.multi, allowSelfLoops: data.options.allowSelfLoops },
    attributes: sortKeysDeep(data.attributes ?? {}) as Attributes,
    nodes,
    edges,
  };
}

/**
 * The graph as deterministic JSON text, ending with a newline.
 *
 * @example new MultiGraph().import(JSON.parse(toJSON(graph)))
 */
export function toJSON(graph: AnyGraph, options: JSONOptions = {}): string {
  const indent = options.indent ?? DEFAULTS.indent;
  return `${JSON.stringify(serialize(graph), null, indent)}\n`;
}
