/**
 * actorgraph/query — the country-level projection
 * ================================================
 *
 * `countryProjection(graph)`: the state-level view of an actor-level graph, as
 * `actorgraph build --level country` makes it from the articles, but from the graph
 * alone: each person with an `affiliation` (present in the graph) is folded into it,
 * `member_of` edges are dropped, edges that land on the same (relation, source, target)
 * are merged (weights summed, first/last widened, evidence concatenated without
 * repeats, category of the heaviest), and edges that become self-loops are dropped.
 * Persons without a known affiliation stay as they are.
 *
 * Weights are summed edge weights, so one sentence naming two officials of the same
 * state counts twice here, once in a `--level country` build. Folded actors' labels are
 * kept in the `folded` node attribute. Analysis attributes (community, pagerank,
 * degree, betweenness, x, y, size, color) describe the actor-level graph and are not
 * carried over: `communitiesOf` and `topActors` compute them on the projection.
 */
import type { RelationType } from '../types.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { ActorGraph, RelationEdgeAttributes } from '../graph/assemble.js';
import { edgeKey } from '../graph/assemble.js';
import { edgeStyle } from '../graph/style.js';
import { addEdge, compareKeys, copyAttributes, emptyLike, PREFIX, relationOf, weightOf } from './common.js';

export const DEFAULTS = {
  /** Evidence sentences kept per merged edge. */
  evidencePerEdge: Infinity,
  /** Node attributes dropped because they describe the actor-level graph. */
  analysisAttributes: ['community', 'pagerank', 'degree', 'betweenness', 'x', 'y', 'size', 'color'] as readonly string[],
};

/** Options of `countryProjection`. */
export interface ProjectionOptions {
  /** Evidence sentences kept per merged edge (default all). */
  evidencePerEdge?: number;
}

/**
 * The country-level graph: persons folded into their affiliation, member_of dropped, weights summed, evidence merged.
 *
 * @example
 * const countries = countryProjection(graph);
 * countries.hasNode('bashar-al-assad'); // false: folded into 'syria'
 */
export function countryProjection(graph: ActorGraph, options: ProjectionOptions = {}): ActorGraph {
  const evidencePerEdge = options.evidencePerEdge ?? DEFAULTS.evidencePerEdge;
  if (!(evidencePerEdge >= 0)) throw new Error(`${PREFIX}: countryProjection: evidencePerEdge must be ≥ 0`);
  const into = new Map<string, string>();
  graph.forEachNode((node, a) => {
    if (a.type === 'person' && typeof a.affiliation === 'string' && a.affiliation !== node && graph.hasNode(a.affiliation))
      into.set(node, a.affiliation);
  });
  const to = (k: string) => into.get(k) ?? k;

  const out = emptyLike(graph);
  out.replaceAttributes({ ...copyAttributes(graph.getAttributes()), level: 'country' });
  for (const node of graph.nodes().sort(compareKeys)) {
    if (into.has(node)) continue;
    const attrs = copyAttributes(graph.getNodeAttributes(node));
    for (const name of DEFAULTS.analysisAttributes) delete attrs[name];
    out.addNode(node, attrs);
  }
  for (const [person, target] of [...into].sort((x, y) => compareKeys(x[0], y[0]))) {
    const a = out.getNodeAttributes(target);
    const folded = Array.isArray(a.folded) ? (a.folded as string[]) : [];
    out.setNodeAttribute(target, 'folded', [...folded, graph.getNodeAttribute(person, 'label')]);
  }

  interface Acc {
    relation: RelationType;
    source: string;
    target: string;
    weight: number;
    intensity?: number;
    categories: Map<string, number>;
    first?: string;
    last?: string;
    evidence: Array<[string, string]>;
  }
  const merged = new Map<string, Acc>();
  for (const edge of graph.edges().sort(compareKeys)) {
    const a = graph.getEdgeAttributes(edge);
    const relation = relationOf(edge, a);
    if (relation === 'member_of') continue;
    let source = to(graph.source(edge));
    let target = to(graph.target(edge));
    if (source === target) continue;
    if (SYMMETRIC_RELATIONS.has(relation) && target < source) [source, target] = [target, source];
    const key = edgeKey(relation, source, target);
    let acc = merged.get(key);
    if (!acc) merged.set(key, (acc = { relation, source, target, weight: 0, categories: new Map(), evidence: [] }));
    const w = weightOf(a);
    if (typeof a.intensity === 'number') acc.intensity = (acc.intensity ?? 0) + a.intensity;
    acc.weight += w;
    if (typeof a.category === 'string' && a.category) acc.categories.set(a.category, (acc.categories.get(a.category) ?? 0) + w);
    if (typeof a.first === 'string' && (acc.first === undefined || a.first < acc.first)) acc.first = a.first;
    if (typeof a.last === 'string' && (acc.last === undefined || a.last > acc.last)) acc.last = a.last;
    const texts = Array.isArray(a.evidence) ? a.evidence : [];
    const articles = Array.isArray(a.evidenceArticles) ? a.evidenceArticles : [];
    texts.forEach((text, i) => {
      const article = String(articles[i] ?? '');
      if (!acc!.evidence.some(([t, ar]) => t === text && ar === article)) acc!.evidence.push([String(text), article]);
    });
  }
  for (const key of [...merged.keys()].sort(compareKeys)) {
    const acc = merged.get(key)!;
    const evidence = acc.evidence.slice(0, evidencePerEdge);
    let category = '';
    let best = -1;
    for (const [c, w] of [...acc.categories].sort((x, y) => compareKeys(x[0], y[0]))) if (w > best) [category, best] = [c, w];
    const attrs: RelationEdgeAttributes = {
      relation: acc.relation,
      weight: acc.weight,
      category,
      evidence: evidence.map(([t]) => t),
      evidenceArticles: evidence.map(([, ar]) => ar),
    };
    if (acc.first !== undefined) attrs.first = acc.first;
    if (acc.last !== undefined) attrs.last = acc.last;
    // Gephi's attributes (graph/style.ts) when the build gave them: the merged edges' intensities summed.
    if (acc.intensity !== undefined)
      Object.assign(attrs, edgeStyle(acc.relation, category, []), { intensity: Math.round(acc.intensity * 10) / 10 });
    addEdge(out, key, acc.source, acc.target, attrs, SYMMETRIC_RELATIONS.has(acc.relation));
  }
  return out;
}
