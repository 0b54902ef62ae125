/**
 * actorgraph/query — one set of filters for every question
 * =========================================================
 *
 * `scopeGraph(graph, filter, events?)`: the graph as the events that pass `filter` make it.
 * Each edge's `weight`, `first`/`last`, `dates`/`dateCounts`, `category` (the most
 * frequent in scope), `evidence`, `articles` and `sources` are recomputed from its events
 * inside the scope (`articles` counting the copies of a repeated text by its events' `articles`;
 * `sources` the outlets of the articles whose events are in scope, the first copy's for a repeated
 * text), and an edge left with none is dropped: `relations`, `between`, `top`,
 * `ego`, `communities` and `subgraph` then answer for that window, those event types,
 * that outlet. The analysis attributes (`pagerank`, `degree`, `betweenness`, `community`)
 * belong to the whole graph, so a scoped graph has none: `topActors` and `communitiesOf`
 * compute them again on it.
 *
 * Filters: `from`/`to` (the window), `relation`, `category` (PLOVER type), `quad` (PLOVER
 * quad class, `none` for member_of), `outlet` (the article's source; needs the articles'
 * sources), `minWeight` (on the weight in scope). Without events (a graph alone) the
 * window comes from the edges' per-date counts (window.ts) and the category and quad
 * class from each edge's `category`; `outlet` cannot be answered then and throws.
 * Every node is kept (with its attributes); negated and hypothetical events never count.
 */
import type { QuadClass, RelationEvent, RelationType } from '../types.js';
import type { ActorGraph, RelationEdgeAttributes } from '../graph/assemble.js';
import { PLOVER_QUAD } from '../lexicon/relations.js';
import { netIntensity, quadClassOf } from '../graph/style.js';
import { checkDateRange, compareKeys, copyAttributes, emptyLike, inRange, PREFIX, relationOf, relationSet } from './common.js';
import { inWindow } from './window.js';

/** The quad classes a filter names: PLOVER's four, and `none` (member_of). */
export type QuadFilter = QuadClass | 'none';
/** Every value the `quad` filter takes. */
export const QUAD_FILTERS: readonly QuadFilter[] = [
  'verbal_cooperation',
  'material_cooperation',
  'verbal_conflict',
  'material_conflict',
  'none',
];

/** The filters every question takes. */
export interface ScopeFilter {
  from?: string;
  to?: string;
  relation?: RelationType | readonly RelationType[];
  /** PLOVER event types (`ASSAULT`, `CONSULT`, …; case ignored). */
  category?: string | readonly string[];
  quad?: QuadFilter | readonly QuadFilter[];
  /** Outlets (the articles' `source`; case ignored). */
  outlet?: string | readonly string[];
  /** Edges of at least this weight (in scope). */
  minWeight?: number;
}

/** Evidence sentences kept per edge, as the build keeps them. */
const EVIDENCE = 5;
const ANALYSIS = ['pagerank', 'degree', 'betweenness', 'community'];

const list = (v: string | readonly string[] | undefined) => (v === undefined ? undefined : typeof v === 'string' ? [v] : [...v]);

/**
 * True when the filter asks what only the events can answer exactly: event types, quad
 * classes, outlets. (A window alone is exact from the edges' per-date counts.)
 */
export function needsEvents(filter: ScopeFilter): boolean {
  return filter.category !== undefined || filter.quad !== undefined || filter.outlet !== undefined;
}

/** True when the filter asks for anything at all. */
export function isScoped(filter: ScopeFilter): boolean {
  return (
    needsEvents(filter) ||
    filter.from !== undefined ||
    filter.to !== undefined ||
    filter.relation !== undefined ||
    (filter.minWeight ?? 0) > 0
  );
}

/** The quad class of a PLOVER type (`none` for AFFILIATE and unknown types). */
export function quadOf(category: string): QuadFilter {
  return (Object.hasOwn(PLOVER_QUAD, category) ? PLOVER_QUAD[category] : null) ?? 'none';
}

/**
 * The filter as a predicate over events; `outletOf` gives an article's source (needed
 * with `outlet`).
 *
 * @example events.filter(eventPredicate({ category: 'ASSAULT', from: '2016' }))
 */
export function eventPredicate(filter: ScopeFilter, outletOf?: (article: string) => string | undefined): (e: RelationEvent) => boolean {
  const relations = relationSet(filter.relation);
  const { from, to } = checkDateRange(filter.from, filter.to);
  const categories = list(filter.category)?.map((c) => c.toUpperCase());
  const quads = list(filter.quad) as QuadFilter[] | undefined;
  for (const q of quads ?? [])
    if (!QUAD_FILTERS.includes(q))
      throw new Error(`${PREFIX}: unknown quad class ${JSON.stringify(q)}; use one of ${QUAD_FILTERS.join(', ')}`);
  const outlets = list(filter.outlet)?.map((o) => o.toLowerCase());
  if (outlets && !outletOf) throw new Error(`${PREFIX}: an outlet filter needs the articles' sources (the build's articles.jsonl)`);
  return (e) => {
    if (e.negated || e.hypothetical) return false;
    if (relations && !relations.has(e.relation)) return false;
    if (categories && !categories.includes(e.category)) return false;
    if (quads && !quads.includes(e.quad ?? quadOf(e.category))) return false;
    if ((from !== undefined || to !== undefined) && !inRange(e.date, from, to)) return false;
    if (outlets && !outlets.includes((outletOf!(e.article) ?? '').toLowerCase())) return false;
    return true;
  };
}

interface Acc {
  events: RelationEvent[];
}

function mostFrequent(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1] || compareKeys(x[0], y[0]))[0]![0];
}

/**
 * The graph as the events in scope make it (see the file comment).
 *
 * @example
 * const events = []; for await (const e of readEvents(eventsPathFor(file))) events.push(e);
 * topActors(scopeGraph(graph, { from: '2016', to: '2016', category: 'ASSAULT' }, events), { by: 'pagerank' });
 */
export function scopeGraph(
  graph: ActorGraph,
  filter: ScopeFilter,
  events?: Iterable<RelationEvent>,
  options: { outletOf?: (article: string) => string | undefined } = {},
): ActorGraph {
  const minWeight = filter.minWeight ?? 0;
  if (typeof minWeight !== 'number' || Number.isNaN(minWeight)) throw new Error(`${PREFIX}: minWeight must be a number`);
  const out = emptyLike(graph);
  out.replaceAttributes(copyAttributes(graph.getAttributes()));
  graph.forEachNode((node, a) => {
    const attrs = copyAttributes(a) as Record<string, unknown>;
    for (const k of ANALYSIS) delete attrs[k];
    out.addNode(node, attrs as typeof a);
  });
  const add = (edge: string, attrs: RelationEdgeAttributes) => {
    if ((Number(attrs.weight) || 0) < minWeight || attrs.weight <= 0) return;
    const [s, t] = graph.extremities(edge);
    if (graph.isUndirected(edge)) out.addUndirectedEdgeWithKey(edge, s, t, attrs);
    else out.addDirectedEdgeWithKey(edge, s, t, attrs);
  };

  if (events === undefined) {
    if (filter.outlet !== undefined) throw new Error(`${PREFIX}: an outlet filter needs the events file (the build's events.jsonl)`);
    const relations = relationSet(filter.relation);
    const { from, to } = checkDateRange(filter.from, filter.to);
    const categories = list(filter.category)?.map((c) => c.toUpperCase());
    const quads = list(filter.quad);
    for (const edge of graph.edges().sort(compareKeys)) {
      const a = graph.getEdgeAttributes(edge);
      if (relations && !relations.has(relationOf(edge, a))) continue;
      if (categories && !categories.includes(String(a.category))) continue;
      if (quads && !quads.includes(quadOf(String(a.category)))) continue;
      const attrs = copyAttributes(a);
      if (from !== undefined || to !== undefined) {
        const w = inWindow(a, from, to);
        if (!w) continue;
        // The net intensity in proportion to the events in the window (one category per edge here).
        if (typeof a.intensity === 'number' && a.weight > 0) attrs.intensity = Math.round(((a.intensity * w.weight) / a.weight) * 10) / 10;
        attrs.weight = w.weight;
        if (w.first) attrs.first = w.first;
        if (w.last) attrs.last = w.last;
        if (Array.isArray(a.dates) && Array.isArray(a.dateCounts)) {
          const keep = a.dates.map((d, i) => [d, a.dateCounts![i]!] as const).filter(([d]) => inRange(d, from, to));
          attrs.dates = keep.map(([d]) => d);
          attrs.dateCounts = keep.map(([, c]) => c);
        }
      }
      add(edge, attrs);
    }
    return out;
  }

  const keep = eventPredicate(filter, options.outletOf);
  const byEdge = new Map<string, Acc>();
  for (const e of events) {
    if (!keep(e)) continue;
    let key = `${e.relation}:${e.source}:${e.target}`;
    if (!graph.hasEdge(key)) key = `${e.relation}:${e.target}:${e.source}`;
    if (!graph.hasEdge(key)) continue;
    let acc = byEdge.get(key);
    if (!acc) byEdge.set(key, (acc = { events: [] }));
    acc.events.push(e);
  }
  for (const edge of [...byEdge.keys()].sort(compareKeys)) {
    const evs = byEdge.get(edge)!.events;
    const attrs = copyAttributes(graph.getEdgeAttributes(edge));
    const dated = new Map<string, number>();
    for (const e of evs) if (e.date) dated.set(e.date, (dated.get(e.date) ?? 0) + 1);
    const dates = [...dated.keys()].sort();
    attrs.weight = evs.length;
    attrs.category = mostFrequent(evs.map((e) => e.category));
    // The Gephi attributes (graph/style.ts) follow the events in scope.
    if (attrs.quad !== undefined) attrs.quad = quadClassOf(attrs.category);
    if (attrs.intensity !== undefined) {
      const counts = new Map<string, number>();
      for (const e of evs) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
      attrs.intensity = netIntensity(counts);
    }
    delete attrs.first;
    delete attrs.last;
    if (dates.length) {
      attrs.first = dates[0];
      attrs.last = dates[dates.length - 1];
    }
    if (Array.isArray(graph.getEdgeAttribute(edge, 'dates'))) {
      attrs.dates = dates;
      attrs.dateCounts = dates.map((d) => dated.get(d)!);
    }
    attrs.evidence = evs.slice(0, EVIDENCE).map((e) => e.text);
    attrs.evidenceArticles = evs.slice(0, EVIDENCE).map((e) => e.article);
    // A repeated text's events are in events.jsonl once, with how many articles carry it.
    const copies = new Map(evs.map((e) => [e.article, e.articles ?? 1]));
    const articles = new Set(copies.keys());
    if (attrs.articles !== undefined) attrs.articles = [...copies.values()].reduce((a, b) => a + b, 0);
    if (attrs.sources !== undefined && options.outletOf)
      attrs.sources = new Set([...articles].map((a) => options.outletOf!(a)).filter((s) => s !== undefined)).size;
    add(edge, attrs);
  }
  return out;
}
