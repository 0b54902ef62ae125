// The graph stage: merges per-article extractions into one graphology graph — a node per actor,
// an edge per (source, relation, target) weighted by its distinct events, with dates and evidence.
import { MultiGraph } from 'graphology';
import type { ActorType, ArticleExtraction, RelationEvent, RelationType } from '../types.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';

/** Node attributes of the actor graph. */
export interface ActorNodeAttributes {
  label: string;
  type: ActorType;
  aliases: string[];
  iso3?: string;
  affiliation?: string;
  role?: string;
  mentions: number;
  articles: number;
  first?: string;
  last?: string;
  [extra: string]: unknown;
}

/** Edge attributes of the actor graph. */
export interface RelationEdgeAttributes {
  relation: RelationType;
  weight: number;
  category: string;
  first?: string;
  last?: string;
  evidence: string[];
  evidenceArticles: string[];
  [extra: string]: unknown;
}

export type ActorGraph = MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>;

export interface AssembleOptions {
  /** `country` folds persons into the state or organization they serve and drops member_of. */
  level?: 'actor' | 'country';
  /** Evidence sentences kept per edge in the graph (all of them stay in events.jsonl). */
  evidencePerEdge?: number;
}

export const DEFAULTS: Required<AssembleOptions> = { level: 'actor', evidencePerEdge: 5 };

/** Edge key: stable and readable. */
export function edgeKey(relation: RelationType, source: string, target: string): string {
  return `${relation}:${source}:${target}`;
}

function countBest(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) [best, n] = [k, c];
  return best;
}

function bump(m: Map<string, number>, k: string | undefined, by = 1): void {
  if (k !== undefined) m.set(k, (m.get(k) ?? 0) + by);
}

interface NodeAcc {
  type: ActorType;
  names: Map<string, number>;
  aliases: Set<string>;
  iso3?: string;
  affiliations: Map<string, number>;
  roles: Map<string, number>;
  mentions: number;
  articles: number;
  first?: string;
  last?: string;
  canonical?: string;
}

interface EdgeAcc {
  relation: RelationType;
  source: string;
  target: string;
  events: RelationEvent[];
  categories: Map<string, number>;
}

/**
 * Folds persons into their affiliation for the state-level view; returns the key mapping.
 */
export function countryLevelMap(extractions: Iterable<ArticleExtraction>): Map<string, string> {
  const map = new Map<string, string>();
  for (const x of extractions) for (const a of x.actors) if (a.type === 'person' && a.affiliation) map.set(a.key, a.affiliation);
  return map;
}

/**
 * Builds the graph from extractions (keys already resolved across articles).
 *
 * @example const g = assembleGraph([extraction], lex); g.order
 */
export function assembleGraph(extractions: Iterable<ArticleExtraction>, lex: Lexicon, options: AssembleOptions = {}): ActorGraph {
  const opts = { ...DEFAULTS, ...options };
  const nodes = new Map<string, NodeAcc>();
  const edges = new Map<string, EdgeAcc>();
  for (const x of extractions) {
    const date = x.meta.date;
    for (const a of x.actors) {
      let n = nodes.get(a.key);
      if (!n) {
        n = { type: a.type, names: new Map(), aliases: new Set(), affiliations: new Map(), roles: new Map(), mentions: 0, articles: 0 };
        const known = lex.gazetteer.byKey(a.key);
        if (known) n.canonical = known.name;
        nodes.set(a.key, n);
      }
      bump(n.names, a.name, a.mentions);
      for (const al of a.aliases) n.aliases.add(al);
      n.aliases.add(a.name);
      if (a.iso3) n.iso3 = a.iso3;
      bump(n.affiliations, a.affiliation);
      bump(n.roles, a.role);
      n.mentions += a.mentions;
      n.articles += 1;
      if (date) {
        if (!n.first || date < n.first) n.first = date;
        if (!n.last || date > n.last) n.last = date;
      }
    }
    for (const e of x.events) {
      if (e.negated || e.hypothetical) continue;
      let { source, target } = e;
      if (SYMMETRIC_RELATIONS.has(e.relation) && target < source) [source, target] = [target, source];
      if (source === target || !nodes.has(source) || !nodes.has(target)) continue;
      const k = edgeKey(e.relation, source, target);
      let acc = edges.get(k);
      if (!acc) edges.set(k, (acc = { relation: e.relation, source, target, events: [], categories: new Map() }));
      acc.events.push(e);
      bump(acc.categories, e.category);
    }
  }
  const graph: ActorGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({ allowSelfLoops: false });
  for (const key of [...nodes.keys()].sort()) {
    const n = nodes.get(key)!;
    const label = n.canonical ?? countBest(n.names) ?? key;
    const attrs: ActorNodeAttributes = {
      label,
      type: n.type,
      aliases: [...n.aliases].filter((a) => a !== label).sort(),
      mentions: n.mentions,
      articles: n.articles,
    };
    if (n.iso3) attrs.iso3 = n.iso3;
    const aff = countBest(n.affiliations);
    if (aff && aff !== key) attrs.affiliation = aff;
    const role = countBest(n.roles);
    if (role) attrs.role = role;
    if (n.first) attrs.first = n.first;
    if (n.last) attrs.last = n.last;
    graph.addNode(key, attrs);
  }
  for (const k of [...edges.keys()].sort()) {
    const acc = edges.get(k)!;
    // One event per article and sentence: repeated statements in one sentence do not add weight.
    const distinct = new Map<string, RelationEvent>();
    for (const e of acc.events) distinct.set(`${e.article}\u0000${e.sentence}`, e);
    const evs = [...distinct.values()].sort((a, b) =>
      (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : a.sentence - b.sentence,
    );
    const dates = evs.map((e) => e.date).filter((d): d is string => !!d).sort();
    const evidence = evs.slice(0, opts.evidencePerEdge);
    const attrs: RelationEdgeAttributes = {
      relation: acc.relation,
      weight: evs.length,
      category: countBest(acc.categories) ?? '',
      evidence: evidence.map((e) => e.text),
      evidenceArticles: evidence.map((e) => e.article),
    };
    if (dates.length) {
      attrs.first = dates[0];
      attrs.last = dates[dates.length - 1];
    }
    if (SYMMETRIC_RELATIONS.has(acc.relation)) graph.addUndirectedEdgeWithKey(k, acc.source, acc.target, attrs);
    else graph.addDirectedEdgeWithKey(k, acc.source, acc.target, attrs);
  }
  return graph;
}

/** Applies a key mapping (cross-article merges, country level) to one extraction. */
export function remapExtraction(x: ArticleExtraction, map: Map<string, string>, dropMemberOf = false): ArticleExtraction {
  if (!map.size && !dropMemberOf) return x;
  const to = (k: string) => map.get(k) ?? k;
  const byKey = new Map<string, ArticleExtraction['actors'][number]>();
  for (const a of x.actors) {
    const key = to(a.key);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { ...a, key, affiliation: a.affiliation ? to(a.affiliation) : undefined });
      if (key !== a.key && map.has(a.key) && !x.actors.some((o) => o.key === key)) {
        // A merged person keeps the spelling seen as an alias.
        byKey.get(key)!.aliases = [...new Set([...a.aliases, a.name])].sort();
      }
    } else {
      prev.mentions += a.mentions;
      prev.aliases = [...new Set([...prev.aliases, ...a.aliases, a.name])].filter((n) => n !== prev.name).sort();
    }
  }
  for (const a of byKey.values()) if (a.affiliation === undefined) delete a.affiliation;
  const events: RelationEvent[] = [];
  for (const e of x.events) {
    if (dropMemberOf && e.relation === 'member_of') continue;
    const source = to(e.source);
    const target = to(e.target);
    if (source === target) continue;
    events.push({ ...e, source, target });
  }
  return { meta: x.meta, actors: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : 1)), events };
}
