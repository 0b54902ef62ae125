/**
 * actorgraph/query — what graphology-gexf's reader leaves to fix in a GEXF written by actorgraph
 * ==============================================================================================
 *
 * Two things do not survive `graphology-gexf`'s `parse` as the JSON has them:
 *   - weights of a dynamic file: graphology-gexf takes the dynamic `weight` values (one per
 *     spell) for the weight and keeps the last one, so a relation of 14 events reads back
 *     as the count of its last date. The `weight` attribute of each `<edge>` element is
 *     the static weight (the sum over the spells); it is read here from the text;
 *   - symmetric relations, written as reciprocal pairs of directed edges (`key` and
 *     `key~reverse`, half the weight each; see export/gexf.ts): each pair is joined back
 *     into the undirected edge `key` with the summed weight;
 *   - colors come back as `rgb(r,g,b)` (the build writes `#rrggbb`), and the numbers of the
 *     `dateCounts` list as strings (a GEXF list is a `liststring`).
 */
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { REVERSE_SUFFIX } from '../export/gexf.js';
import type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes } from '../graph/assemble.js';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML attribute text → string (the five entities and character references). */
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name] ?? all;
  });
}

/**
 * The `weight` attribute of every `<edge>` element, by edge id. Attribute values hold no raw
 * `<`, `>` or quote of their kind, so the start tags are found by a plain scan.
 *
 * @example edgeWeights('<edge id="a" source="x" target="y" weight="3"/>') // Map { 'a' => 3 }
 */
export function edgeWeights(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of text.matchAll(/<edge\s([^>]*)>/g)) {
    const attrs = new Map<string, string>();
    for (const a of m[1]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs.set(a[1]!, unescapeXml(a[2] ?? a[3] ?? ''));
    const id = attrs.get('id');
    const weight = Number(attrs.get('weight'));
    if (id !== undefined && attrs.has('weight') && Number.isFinite(weight)) out.set(id, weight);
  }
  return out;
}

/** `rgb(230,159,0)` → `#e69f00`; any other text as it is. */
function hexColor(color: string): string {
  const m = /^rgb\((\d{1,3}),\s*(\d{1,3}),\s*(\d{1,3})\)$/.exec(color);
  return m
    ? `#${m
        .slice(1, 4)
        .map((c) => Math.min(255, Number(c)).toString(16).padStart(2, '0'))
        .join('')}`
    : color;
}

/**
 * Restores the static weights and joins reciprocal pairs. Returns a mixed graph (graphology-gexf
 * makes a directed one of a file whose default edge type is directed), edges in file order.
 *
 * @example restoreGexfEdges(parseGEXF(MultiGraph, text), text)
 */
export function restoreGexfEdges(graph: ActorGraph, text: string): ActorGraph {
  const weights = edgeWeights(text);
  const weightOf = (edge: string): number => weights.get(edge) ?? Number(graph.getEdgeAttribute(edge, 'weight'));
  /** The forward edge of a reciprocal pair, for its reverse edge. */
  const forwardOf = (reverse: string): string | undefined => {
    if (!reverse.endsWith(REVERSE_SUFFIX)) return undefined;
    const key = reverse.slice(0, -REVERSE_SUFFIX.length);
    if (!graph.hasEdge(key) || !graph.isDirected(key) || !graph.isDirected(reverse)) return undefined;
    return graph.source(reverse) === graph.target(key) && graph.target(reverse) === graph.source(key) ? key : undefined;
  };
  const paired = new Map<string, string>(); // forward → reverse
  for (const e of graph.edges()) {
    const forward = forwardOf(e);
    if (forward !== undefined) paired.set(forward, e);
  }
  const out: ActorGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({ type: 'mixed', allowSelfLoops: true });
  out.replaceAttributes(graph.getAttributes());
  graph.forEachNode((node, attrs) =>
    out.addNode(node, typeof attrs.color === 'string' ? { ...attrs, color: hexColor(attrs.color) } : attrs),
  );
  graph.forEachEdge((edge, attrs, source, target, _sa, _ta, undirected) => {
    if (Array.isArray(attrs.dateCounts)) attrs = { ...attrs, dateCounts: attrs.dateCounts.map(Number) };
    if (typeof attrs.color === 'string') attrs = { ...attrs, color: hexColor(attrs.color) };
    const reverse = paired.get(edge);
    if (reverse !== undefined) {
      const a: Attributes = { ...attrs, weight: weightOf(edge) + weightOf(reverse) };
      out.addUndirectedEdgeWithKey(edge, source, target, a as RelationEdgeAttributes);
      return;
    }
    if (forwardOf(edge) !== undefined) return;
    const a = (weights.has(edge) ? { ...attrs, weight: weights.get(edge)! } : attrs) as RelationEdgeAttributes;
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, a);
    else out.addDirectedEdgeWithKey(edge, source, target, a);
  });
  return out;
}
