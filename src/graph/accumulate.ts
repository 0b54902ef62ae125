// The graph built one extraction at a time, keeping per node and per edge only aggregates — counts,
// dates, and the few evidence events the graph shows — never the events themselves, so a build's
// memory follows the size of the graph, not of the corpus. It gives the same graph as
// `assembleGraph` over the same extractions in the same order (a test checks it).
import { MultiGraph } from 'graphology';
import type { ActorType, ArticleExtraction, RelationEvent, RelationType } from '../types.js';
import { SYMMETRIC_RELATIONS } from '../types.js';
import { edgeStyle } from './style.js';
import type { Lexicon } from '../lexicon/load.js';
import {
  DEFAULTS as ASSEMBLE_DEFAULTS,
  edgeKey,
  type ActorGraph,
  type ActorNodeAttributes,
  type AssembleOptions,
  type RelationEdgeAttributes,
} from './model.js';

function countBest(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let n = -1;
  for (const [k, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c > n) [best, n] = [k, c];
  return best;
}

function bump(m: Map<string, number>, k: string | undefined, by = 1): void {
  if (k !== undefined) m.set(k, (m.get(k) ?? 0) + by);
}

/** The order of evidence: by date (undated last), article, sentence. */
function compareEvidence(a: RelationEvent, b: RelationEvent): number {
  const da = a.date ?? '9999';
  const db = b.date ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.article < b.article ? -1 : a.article > b.article ? 1 : a.sentence - b.sentence;
}

interface NodeAcc {
  type: ActorType;
  names: Map<string, number>;
  aliases: Set<string>;
  iso3?: string;
  code?: string;
  /** The state a generic sector actor belongs to (one per key: the key is made from its demonym). */
  country?: string;
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
  /** Distinct events (one per article and sentence). */
  weight: number;
  first?: string;
  last?: string;
  /** The first `evidencePerEdge` distinct events in evidence order. */
  evidence: RelationEvent[];
  categories: Map<string, number>;
  /** Events per date. */
  dates: Map<string, number>;
  /** Articles stating it, repeated texts included, and their distinct sources. */
  articles: number;
  sources: Set<string>;
}

/** The accumulator's content as plain JSON data, to resume from (`GraphAccumulator.fromState`). */
export interface AccumulatorState {
  evidencePerEdge: number;
  nodes: Array<
    [
      string,
      Omit<NodeAcc, 'names' | 'aliases' | 'affiliations' | 'roles'> & {
        names: Array<[string, number]>;
        aliases: string[];
        affiliations: Array<[string, number]>;
        roles: Array<[string, number]>;
      },
    ]
  >;
  edges: Array<
    [
      string,
      Omit<EdgeAcc, 'categories' | 'dates' | 'articles' | 'sources'> & {
        categories: Array<[string, number]>;
        dates: Array<[string, number]>;
        articles?: number;
        sources?: string[];
      },
    ]
  >;
  /** Text fingerprint → id of the first article with that text. */
  texts?: Array<[string, string]>;
}

/** Evidence kept in the graph: only what it shows. */
function slim(e: RelationEvent): RelationEvent {
  return { article: e.article, sentence: e.sentence, date: e.date, text: e.text } as RelationEvent;
}

/**
 * Accumulates extractions (keys already resolved across articles) into graph aggregates.
 * Article ids must be unique over the accumulated extractions (as the build ensures).
 *
 * @example const acc = new GraphAccumulator(lex); for (const x of extractions) acc.add(x); const g = acc.graph();
 */
export class GraphAccumulator {
  readonly #lex: Lexicon;
  readonly #evidencePerEdge: number;
  readonly #nodes = new Map<string, NodeAcc>();
  readonly #edges = new Map<string, EdgeAcc>();
  /** Text fingerprint → id of the first article with that text (later ones are repeats). */
  readonly #texts = new Map<string, string>();

  constructor(lex: Lexicon, options: AssembleOptions = {}) {
    this.#lex = lex;
    this.#evidencePerEdge = options.evidencePerEdge ?? ASSEMBLE_DEFAULTS.evidencePerEdge;
  }

  /**
   * Adds one article's extraction. With `only`, adds just what concerns those nodes: their own
   * aggregates, and the edges with an end among them (to rebuild them after `drop`).
   */
  add(x: ArticleExtraction, only?: ReadonlySet<string>): void {
    const nodes = this.#nodes;
    const date = x.meta.date;
    // A repeated text (same fingerprint, another article) adds to the article and source counts
    // only: its mentions and events were counted with the first copy.
    let repeat = false;
    if (x.fingerprint !== undefined) {
      const firstId = this.#texts.get(x.fingerprint);
      if (firstId === undefined) this.#texts.set(x.fingerprint, x.meta.id);
      else repeat = firstId !== x.meta.id;
    }
    for (const a of x.actors) {
      if (only && !only.has(a.key)) continue;
      if (repeat) {
        const n = nodes.get(a.key);
        if (n) n.articles += 1;
        continue;
      }
      let n = nodes.get(a.key);
      if (!n) {
        n = { type: a.type, names: new Map(), aliases: new Set(), affiliations: new Map(), roles: new Map(), mentions: 0, articles: 0 };
        const known = this.#lex.gazetteer.byKey(a.key);
        if (known) n.canonical = known.name;
        nodes.set(a.key, n);
      }
      bump(n.names, a.name, a.mentions);
      for (const al of a.aliases) n.aliases.add(al);
      n.aliases.add(a.name);
      if (a.iso3) n.iso3 = a.iso3;
      if (a.code) n.code = a.code;
      if (a.country) n.country = a.country;
      bump(n.affiliations, a.affiliation);
      bump(n.roles, a.role);
      n.mentions += a.mentions;
      n.articles += 1;
      if (date) {
        if (!n.first || date < n.first) n.first = date;
        if (!n.last || date > n.last) n.last = date;
      }
    }
    // This article's events per edge, one per sentence (the last one stated, as assembleGraph keeps).
    const mine = new Map<EdgeAcc, Map<string, RelationEvent>>();
    for (const e of x.events) {
      if (e.negated || e.hypothetical) continue;
      let { source, target } = e;
      if (SYMMETRIC_RELATIONS.has(e.relation) && target < source) [source, target] = [target, source];
      if (source === target || !nodes.has(source) || !nodes.has(target)) continue;
      if (only && !only.has(source) && !only.has(target)) continue;
      const k = edgeKey(e.relation, source, target);
      let acc = this.#edges.get(k);
      if (!acc)
        this.#edges.set(
          k,
          (acc = {
            relation: e.relation,
            source,
            target,
            weight: 0,
            evidence: [],
            categories: new Map(),
            dates: new Map(),
            articles: 0,
            sources: new Set(),
          }),
        );
      if (!repeat) bump(acc.categories, e.category);
      let bySentence = mine.get(acc);
      if (!bySentence) mine.set(acc, (bySentence = new Map()));
      bySentence.set(`${e.article}\u0000${e.sentence}`, e);
    }
    for (const [acc, bySentence] of mine) {
      acc.articles++;
      if (x.meta.source) acc.sources.add(x.meta.source);
      if (repeat) continue;
      for (const e of bySentence.values()) {
        acc.weight++;
        if (e.date) {
          if (acc.first === undefined || e.date < acc.first) acc.first = e.date;
          if (acc.last === undefined || e.date > acc.last) acc.last = e.date;
          bump(acc.dates, e.date);
        }
        this.#keepEvidence(acc, e);
      }
    }
  }

  #keepEvidence(acc: EdgeAcc, e: RelationEvent): void {
    const k = this.#evidencePerEdge;
    if (k <= 0) return;
    const list = acc.evidence;
    if (list.length >= k && compareEvidence(e, list[list.length - 1]!) >= 0) return;
    let i = list.length;
    while (i > 0 && compareEvidence(e, list[i - 1]!) < 0) i--;
    list.splice(i, 0, slim(e));
    if (list.length > k) list.pop();
  }

  /** Forgets the nodes `keys` and every edge with an end among them. */
  drop(keys: ReadonlySet<string>): void {
    for (const k of keys) this.#nodes.delete(k);
    for (const [k, e] of this.#edges) if (keys.has(e.source) || keys.has(e.target)) this.#edges.delete(k);
  }

  /** Everything accumulated so far, as JSON-ready data. */
  toState(): AccumulatorState {
    return {
      evidencePerEdge: this.#evidencePerEdge,
      nodes: [...this.#nodes].map(([k, n]) => [
        k,
        { ...n, names: [...n.names], aliases: [...n.aliases], affiliations: [...n.affiliations], roles: [...n.roles] },
      ]),
      edges: [...this.#edges].map(([k, e]) => [k, { ...e, categories: [...e.categories], dates: [...e.dates], sources: [...e.sources] }]),
      texts: [...this.#texts],
    };
  }

  /** An accumulator holding what `state` holds (from `toState`, with the same lexicon and options). */
  static fromState(lex: Lexicon, options: AssembleOptions, state: AccumulatorState): GraphAccumulator {
    const acc = new GraphAccumulator(lex, options);
    if (state.evidencePerEdge !== acc.#evidencePerEdge) throw new Error('actorgraph/build: accumulator state of another evidencePerEdge');
    for (const [k, n] of state.nodes)
      acc.#nodes.set(k, {
        ...n,
        names: new Map(n.names),
        aliases: new Set(n.aliases),
        affiliations: new Map(n.affiliations),
        roles: new Map(n.roles),
      });
    for (const [k, e] of state.edges)
      acc.#edges.set(k, {
        ...e,
        categories: new Map(e.categories),
        dates: new Map(e.dates),
        articles: e.articles ?? 0,
        sources: new Set(e.sources ?? []),
      });
    for (const [fp, id] of state.texts ?? []) acc.#texts.set(fp, id);
    return acc;
  }

  /** Number of nodes and edges so far. */
  get size(): { nodes: number; edges: number } {
    return { nodes: this.#nodes.size, edges: this.#edges.size };
  }

  /** The graph of everything added (nodes and edges inserted in sorted key order). */
  graph(): ActorGraph {
    const graph: ActorGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({ allowSelfLoops: false });
    for (const key of [...this.#nodes.keys()].sort()) {
      const n = this.#nodes.get(key)!;
      const label = n.canonical ?? countBest(n.names) ?? key;
      const attrs: ActorNodeAttributes = {
        label,
        type: n.type,
        aliases: [...n.aliases].filter((a) => a !== label).sort(),
        mentions: n.mentions,
        articles: n.articles,
      };
      if (n.iso3) attrs.iso3 = n.iso3;
      if (n.code) attrs.code = n.code;
      // Only an affiliation the graph holds: a person known to serve India whose articles never
      // name India points at no node.
      const aff = countBest(new Map([...n.affiliations].filter(([a]) => a !== key && this.#nodes.has(a))));
      if (aff) attrs.affiliation = aff;
      // Like an affiliation, only a state the graph holds (the recognizer names it with its sector).
      if (n.country && n.country !== key && this.#nodes.has(n.country)) attrs.country = n.country;
      const role = countBest(n.roles);
      if (role) attrs.role = role;
      if (n.first) attrs.first = n.first;
      if (n.last) attrs.last = n.last;
      graph.addNode(key, attrs);
    }
    for (const k of [...this.#edges.keys()].sort()) {
      const acc = this.#edges.get(k)!;
      const attrs: RelationEdgeAttributes = {
        relation: acc.relation,
        weight: acc.weight,
        category: countBest(acc.categories) ?? '',
        evidence: acc.evidence.map((e) => e.text),
        evidenceArticles: acc.evidence.map((e) => e.article),
        articles: acc.articles,
        sources: acc.sources.size,
      };
      // Gephi's label, colour, quad class and net intensity (style.ts), after the counts.
      Object.assign(attrs, edgeStyle(acc.relation, attrs.category, acc.categories));
      if (acc.first !== undefined) {
        attrs.first = acc.first;
        attrs.last = acc.last;
        const dates = [...acc.dates.keys()].sort();
        attrs.dates = dates;
        attrs.dateCounts = dates.map((d) => acc.dates.get(d)!);
      }
      if (SYMMETRIC_RELATIONS.has(acc.relation)) graph.addUndirectedEdgeWithKey(k, acc.source, acc.target, attrs);
      else graph.addDirectedEdgeWithKey(k, acc.source, acc.target, attrs);
    }
    return graph;
  }
}
