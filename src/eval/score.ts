// Scoring a build against gold annotations: the algorithm of the reference scorer
// `../shared/eval/score.py`, reproduced exactly (quirks included), plus per-actor-type figures
// and per-article diagnostics of our own.
//
// score.py, article by article (gold files in file-name order):
// - predicted actors are the keys in the article's `actors` list in `NAME.articles.jsonl`;
// - each predicted key, and each key that is an endpoint of one of the article's events, is mapped
//   to the FIRST gold actor (in gold file order) sharing a normalized name form with it: the node's
//   names are its key, its `label` (the key when absent) and its `aliases`; a gold actor's names
//   are its `name` and `aliases`;
// - actors: tp = required gold actors some predicted key maps to; fp = predicted keys mapping to no
//   gold actor (a key mapping to an optional gold actor is neither); fn = required gold actors no
//   predicted key maps to;
// - relations: each event becomes (relation, mapped source, mapped target), an endpoint mapping to
//   no gold actor becoming `?key`; `met` and `allied_with` are unordered; the set of those is
//   compared with the required gold (tp), the optional gold (ignored), anything else is a fp, and
//   a fp listed under `negative` is also a negative hit; required gold not predicted is a fn;
// - an article of the gold absent from `articles.jsonl` is "missing" (its events still count).
//
// Our extra, per actor type: tp and fn are counted under the gold actor's `type`, fp under the
// predicted node's `type` attribute (`unknown` when it has none).

import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ACTOR_TYPES } from '../types.js';
import { loadGold, type GoldArticle, type GoldSet } from './gold.js';
import { compareCodePoints, norm, pyStr } from './normalize.js';

/** Relations compared without direction, as score.py's `SYM`. */
export const SYMMETRIC: ReadonlySet<string> = new Set(['met', 'allied_with']);

export type NodeAttributes = Record<string, unknown>;

/** One line of `NAME.events.jsonl` (only the fields the evaluation reads are typed). */
export interface EventRecord {
  article: string | number;
  source: string;
  target: string;
  relation: string;
  sentence?: number;
  text?: string;
  [field: string]: unknown;
}

/** One line of `NAME.articles.jsonl`. */
export interface ArticleRecord {
  id: string | number;
  actors?: string[];
  [field: string]: unknown;
}

/** A build's output, as read from its three files. */
export interface BuildOutput {
  /** Node key → node attributes (from the graphology export's `nodes`). */
  nodes: ReadonlyMap<string, NodeAttributes> | Readonly<Record<string, NodeAttributes>>;
  events: readonly EventRecord[];
  articles: readonly ArticleRecord[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface RelationTypeScore extends Prf {
  relation: string;
}

export interface ActorTypeScore extends Prf {
  type: string;
}

export interface Evidence {
  /** The event's own endpoints (node keys). */
  source: string;
  target: string;
  sentence?: number;
  /** The evidence sentence. */
  text?: string;
}

/** A relation as compared: endpoints are gold actor names, or `?key` for keys matching no gold actor. */
export interface ScoredRelation {
  source: string;
  relation: string;
  target: string;
}

export interface FalsePositiveRelation extends ScoredRelation {
  /** Listed under the gold's `negative`: a negated or hypothetical claim taken as true. */
  negative: boolean;
  /** The events that produced it (deduplicated by sentence). */
  evidence: Evidence[];
}

export interface ArticleDiagnostics {
  article: string;
  goldFile: string;
  /** Absent from `articles.jsonl`. */
  missing: boolean;
  actors: Counts;
  relations: Counts;
  negativeHits: number;
  /** Predicted key (article actor or event endpoint) → the gold actor name it matched. */
  matches: Array<{ key: string; gold: string }>;
  falsePositiveActors: Array<{ key: string; label: string; type?: string }>;
  missedActors: Array<{ name: string; type: string }>;
  falsePositiveRelations: FalsePositiveRelation[];
  missedRelations: ScoredRelation[];
}

/** The scores of a build against a gold set (what `scoreFiles` returns, `formatReport` prints). */
export interface EvalReport {
  /** Micro-averaged over all gold articles. */
  actors: Prf;
  relations: Prf;
  /** Relation types with any tp, fp or fn, in code point order (as score.py prints them). */
  perRelation: RelationTypeScore[];
  /** Our extra: tp/fn under the gold actor's type, fp under the predicted node's type. */
  perActorType: ActorTypeScore[];
  /** Predicted relations listed under a gold file's `negative`. */
  negativeHits: number;
  /** Gold article ids absent from `articles.jsonl`, in gold file order. */
  missingArticles: string[];
  /** One entry per gold file, in gold file order. */
  articles: ArticleDiagnostics[];
  goldWarnings: string[];
}

/** score.py's `prf`, with the same floating-point operations. */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Python truthiness of a JSON value. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (isRecord(value)) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** The node attributes map of a graphology export (`{nodes: [{key, attributes}]}`); later duplicates win. */
export function nodesFromExport(graph: unknown, file = 'graph export'): Map<string, NodeAttributes> {
  if (!isRecord(graph) || !Array.isArray(graph.nodes)) {
    throw new Error(`actorgraph/eval: ${file}: not a graphology export (no "nodes" array)`);
  }
  const nodes = new Map<string, NodeAttributes>();
  graph.nodes.forEach((n: unknown, i: number) => {
    if (!isRecord(n) || typeof n.key !== 'string') {
      throw new Error(`actorgraph/eval: ${file}: nodes[${i}] has no string "key"`);
    }
    nodes.set(n.key, isRecord(n.attributes) ? n.attributes : {});
  });
  return nodes;
}

function toMap(nodes: BuildOutput['nodes']): ReadonlyMap<string, NodeAttributes> {
  if (nodes instanceof Map) return nodes;
  return new Map(Object.entries(nodes as Record<string, NodeAttributes>));
}

/** score.py's `names_of`: the normalized forms of a node's key, label and aliases, empty ones dropped. */
export function namesOf(attrs: NodeAttributes, key: string): Set<string> {
  const names = new Set<string>([norm(key), norm('label' in attrs ? attrs.label : key)]);
  const aliases = attrs.aliases;
  if (truthy(aliases)) {
    // Python iterates what it is given: a list's items, a string's characters, an object's keys.
    let items: unknown[];
    if (Array.isArray(aliases)) items = aliases;
    else if (typeof aliases === 'string') items = [...aliases];
    else if (isRecord(aliases)) items = Object.keys(aliases);
    else throw new Error(`actorgraph/eval: node ${JSON.stringify(key)}: "aliases" is not a list (${pyStr(aliases)})`);
    for (const a of items) names.add(norm(a));
  }
  names.delete('');
  return names;
}

function relationKey(r: string, s: string, t: string): string {
  if (SYMMETRIC.has(r)) {
    const [a, b] = compareCodePoints(s, t) <= 0 ? [s, t] : [t, s];
    return JSON.stringify([r, a, b]);
  }
  return JSON.stringify([r, s, t]);
}

function eventField(e: EventRecord, index: number, field: 'source' | 'target' | 'relation'): string {
  const v = e[field];
  if (typeof v !== 'string') {
    throw new Error(`actorgraph/eval: event #${index + 1} (article ${pyStr(e.article)}): "${field}" must be a string, not ${pyStr(v)}`);
  }
  return v;
}

function articleActors(a: ArticleRecord | undefined): string[] {
  if (a === undefined || !('actors' in a)) return [];
  const actors = a.actors;
  if (!Array.isArray(actors) || actors.some((k) => typeof k !== 'string')) {
    throw new Error(`actorgraph/eval: article ${pyStr(a.id)}: "actors" must be a list of node keys`);
  }
  return actors;
}

function typeOf(attrs: NodeAttributes | undefined): string {
  return attrs !== undefined && typeof attrs.type === 'string' && attrs.type !== '' ? attrs.type : 'unknown';
}

/** Score a build's output against gold, as score.py does; see the module comment. */
export function scoreBuild(build: BuildOutput, gold: GoldSet | readonly GoldArticle[]): EvalReport {
  const goldArticles = 'articles' in gold ? gold.articles : gold;
  const nodes = toMap(build.nodes);
  const byArticle = new Map<string, ArticleRecord>();
  for (const a of build.articles) byArticle.set(pyStr(a.id), a);
  const eventsByArticle = new Map<string, Array<{ e: EventRecord; index: number }>>();
  build.events.forEach((e, index) => {
    const id = pyStr(e.article);
    let list = eventsByArticle.get(id);
    if (!list) eventsByArticle.set(id, (list = []));
    list.push({ e, index });
  });

  const A: Counts = { tp: 0, fp: 0, fn: 0 };
  const R: Counts = { tp: 0, fp: 0, fn: 0 };
  const per = new Map<string, Counts>();
  const perType = new Map<string, Counts>();
  const bump = (m: Map<string, Counts>, k: string, field: keyof Counts): void => {
    let c = m.get(k);
    if (!c) m.set(k, (c = { tp: 0, fp: 0, fn: 0 }));
    c[field] += 1;
  };
  let negativeHits = 0;
  const missingArticles: string[] = [];
  const diagnostics: ArticleDiagnostics[] = [];

  for (const g of goldArticles) {
    const aid = g.article;
    const record = byArticle.get(aid);
    const missing = record === undefined;
    if (missing) missingArticles.push(aid);
    const events = eventsByArticle.get(aid) ?? [];

    // gnames: a dict by name — a repeated name keeps its first position and takes its last forms.
    const gnames = new Map<string, Set<string>>();
    for (const a of g.actors) gnames.set(a.name, new Set([norm(a.name), ...a.aliases.map(norm)]));
    const req = new Set(g.actors.filter((a) => !a.optional).map((a) => a.name));
    const goldType = new Map<string, string>();
    for (const a of g.actors) if (!a.optional && !goldType.has(a.name)) goldType.set(a.name, a.type);

    const predKeys = [...new Set(articleActors(record))];
    const candidates = new Set<string>(predKeys);
    for (const { e, index } of events) {
      candidates.add(eventField(e, index, 'source'));
      candidates.add(eventField(e, index, 'target'));
    }
    const kmap = new Map<string, string>();
    for (const k of candidates) {
      const pn = namesOf(nodes.get(k) ?? {}, k);
      for (const [gname, gn] of gnames) {
        if ([...pn].some((n) => gn.has(n))) {
          kmap.set(k, gname);
          break;
        }
      }
    }

    // Actors.
    const matched = new Set<string>();
    for (const k of predKeys) if (kmap.has(k)) matched.add(kmap.get(k)!);
    const actors: Counts = { tp: 0, fp: 0, fn: 0 };
    const missedActors: ArticleDiagnostics['missedActors'] = [];
    for (const name of req) {
      const type = goldType.get(name)!;
      if (matched.has(name)) {
        actors.tp += 1;
        bump(perType, type, 'tp');
      } else {
        actors.fn += 1;
        bump(perType, type, 'fn');
        missedActors.push({ name, type });
      }
    }
    const falsePositiveActors: ArticleDiagnostics['falsePositiveActors'] = [];
    for (const k of predKeys) {
      if (kmap.has(k)) continue;
      actors.fp += 1;
      const attrs = nodes.get(k);
      bump(perType, typeOf(attrs), 'fp');
      const label = attrs !== undefined && 'label' in attrs ? pyStr(attrs.label) : k;
      falsePositiveActors.push({ key: k, label, ...(attrs && typeof attrs.type === 'string' ? { type: attrs.type } : {}) });
    }
    A.tp += actors.tp;
    A.fp += actors.fp;
    A.fn += actors.fn;

    // Relations.
    const greq = new Map<string, ScoredRelation>();
    const gopt = new Set<string>();
    for (const x of g.relations) {
      const key = relationKey(x.relation, x.source, x.target);
      if (x.optional) gopt.add(key);
      else if (!greq.has(key)) greq.set(key, { source: x.source, relation: x.relation, target: x.target });
    }
    const gneg = new Set(g.negative.map((x) => relationKey(x.relation, x.source, x.target)));
    const pred = new Map<string, { rel: ScoredRelation; evidence: Evidence[] }>();
    for (const { e, index } of events) {
      const src = eventField(e, index, 'source');
      const tgt = eventField(e, index, 'target');
      const relation = eventField(e, index, 'relation');
      const s = kmap.get(src) ?? `?${src}`;
      const t = kmap.get(tgt) ?? `?${tgt}`;
      const key = relationKey(relation, s, t);
      let p = pred.get(key);
      if (!p) pred.set(key, (p = { rel: { source: s, relation, target: t }, evidence: [] }));
      const sentence = typeof e.sentence === 'number' ? e.sentence : undefined;
      const text = typeof e.text === 'string' ? e.text : undefined;
      if (!p.evidence.some((v) => v.sentence === sentence && v.text === text)) {
        p.evidence.push({
          source: src,
          target: tgt,
          ...(sentence !== undefined ? { sentence } : {}),
          ...(text !== undefined ? { text } : {}),
        });
      }
    }
    const relations: Counts = { tp: 0, fp: 0, fn: 0 };
    let articleNegativeHits = 0;
    const falsePositiveRelations: FalsePositiveRelation[] = [];
    for (const [key, { rel, evidence }] of pred) {
      if (greq.has(key)) {
        relations.tp += 1;
        bump(per, rel.relation, 'tp');
      } else if (gopt.has(key)) {
        // optional gold: neither right nor wrong
      } else {
        relations.fp += 1;
        bump(per, rel.relation, 'fp');
        const negative = gneg.has(key);
        if (negative) articleNegativeHits += 1;
        falsePositiveRelations.push({ ...rel, negative, evidence });
      }
    }
    const missedRelations: ScoredRelation[] = [];
    for (const [key, rel] of greq) {
      if (pred.has(key)) continue;
      relations.fn += 1;
      bump(per, rel.relation, 'fn');
      missedRelations.push(rel);
    }
    R.tp += relations.tp;
    R.fp += relations.fp;
    R.fn += relations.fn;
    negativeHits += articleNegativeHits;

    diagnostics.push({
      article: aid,
      goldFile: g.file,
      missing,
      actors,
      relations,
      negativeHits: articleNegativeHits,
      matches: [...kmap].map(([key, gname]) => ({ key, gold: gname })),
      falsePositiveActors,
      missedActors,
      falsePositiveRelations,
      missedRelations,
    });
  }

  const perRelation = [...per].sort(([a], [b]) => compareCodePoints(a, b)).map(([relation, c]) => ({ relation, ...prf(c.tp, c.fp, c.fn) }));
  const typeRank = (t: string): number => {
    const i = (ACTOR_TYPES as readonly string[]).indexOf(t);
    return i < 0 ? ACTOR_TYPES.length : i;
  };
  const perActorType = [...perType]
    .sort(([a], [b]) => typeRank(a) - typeRank(b) || compareCodePoints(a, b))
    .map(([type, c]) => ({ type, ...prf(c.tp, c.fp, c.fn) }));

  return {
    actors: prf(A.tp, A.fp, A.fn),
    relations: prf(R.tp, R.fp, R.fn),
    perRelation,
    perActorType,
    negativeHits,
    missingArticles,
    articles: diagnostics,
    goldWarnings: 'warnings' in gold ? [...gold.warnings] : [],
  };
}

/** Parse a JSONL file line by line (streamed); blank lines are skipped as score.py does. */
export async function readJsonl<T>(file: string, check: (value: unknown, line: number) => T): Promise<T[]> {
  const out: T[] = [];
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n += 1;
      if (isPythonBlank(line)) continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        throw new Error(`actorgraph/eval: ${file} line ${n}: not valid JSON (${(err as Error).message})`);
      }
      out.push(check(value, n));
    }
  } catch (err) {
    if ((err as Error).message.startsWith('actorgraph/eval:')) throw err;
    throw new Error(`actorgraph/eval: ${file}: cannot be read (${(err as Error).message})`);
  } finally {
    lines.close();
    input.destroy();
  }
  return out;
}

// Python's str.strip() whitespace (JavaScript's \s lacks \x1c-\x1f and \x85, and has \ufeff).
const PY_BLANK = /^[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
function isPythonBlank(line: string): boolean {
  return PY_BLANK.test(line);
}

/** Read a build's output: `OUT/NAME.json` (graphology export), `NAME.events.jsonl`, `NAME.articles.jsonl`. */
export async function readBuild(outDir: string, name: string): Promise<BuildOutput> {
  const graphFile = path.join(outDir, `${name}.json`);
  let graph: unknown;
  try {
    graph = JSON.parse(await readFile(graphFile, 'utf8'));
  } catch (err) {
    throw new Error(`actorgraph/eval: ${graphFile}: cannot be read as JSON (${(err as Error).message})`);
  }
  const nodes = nodesFromExport(graph, graphFile);
  const eventsFile = path.join(outDir, `${name}.events.jsonl`);
  const events = await readJsonl(eventsFile, (v, line) => {
    if (!isRecord(v) || !('article' in v)) {
      throw new Error(`actorgraph/eval: ${eventsFile} line ${line}: an event must be an object with "article"`);
    }
    return v as EventRecord;
  });
  const articlesFile = path.join(outDir, `${name}.articles.jsonl`);
  const articles = await readJsonl(articlesFile, (v, line) => {
    if (!isRecord(v) || !('id' in v)) {
      throw new Error(`actorgraph/eval: ${articlesFile} line ${line}: an article must be an object with "id"`);
    }
    return v as ArticleRecord;
  });
  return { nodes, events, articles };
}

/**
 * Read a build's three output files and a gold folder, and score them (score.py's `articles` mode).
 *
 * @example const report = await scoreFiles('graphs', 'corpus', '../shared/eval/dev'); report.relations.f1
 */
export async function scoreFiles(outDir: string, name: string, goldDir: string): Promise<EvalReport> {
  const gold = await loadGold(goldDir);
  const build = await readBuild(outDir, name);
  return scoreBuild(build, gold);
}
