/**
 * actorgraph/query — common records and helpers
 * ==============================================
 *
 * The plain objects the query functions return (`ActorRef`, `Relation`, `Evidence`),
 * the error they throw for an unknown actor, and the date-range rules they share:
 * dates are ISO strings compared as text, and a bound may be a year (`2016`), a month
 * (`2016-05`) or a day (`2016-05-17`): `from: '2016'` starts on 1 January 2016 and
 * `to: '2016'` ends on 31 December 2016.
 */
import { MultiGraph } from 'graphology';
import type { ActorType, RelationType } from '../types.js';
import { RELATION_TYPES } from '../types.js';
import type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes } from '../graph/assemble.js';

export const PREFIX = 'actorgraph/query';

/** Which way an edge runs, seen from one actor: it is the source (`out`), the target (`in`), or the edge is undirected (`both`). */
export type Direction = 'out' | 'in' | 'both';

/** An actor in a result: its node key, label and type. */
export interface ActorRef {
  key: string;
  label: string;
  type: ActorType;
}

/** An actor with all its node attributes. */
export interface Actor extends ActorNodeAttributes {
  key: string;
}

/** One evidence sentence of an edge. */
export interface Evidence {
  /** The sentence. */
  text: string;
  /** Id of the article it comes from. */
  article: string;
  /** The article's date, when known (see the `dates` option of `between` and `relationsOf`). */
  date?: string;
}

/** One edge of the graph, seen from one of its actors. */
export interface Relation {
  /** Edge key, `${relation}:${source}:${target}`. */
  key: string;
  relation: RelationType;
  source: ActorRef;
  target: ActorRef;
  /** False for `met` and `allied_with`. */
  directed: boolean;
  /** Seen from the actor asked about: `out` (it is the source), `in` (the target), `both` (undirected). */
  direction: Direction;
  /** The actor at the other end. */
  other: ActorRef;
  /** Number of distinct events (article × sentence) behind the edge. */
  weight: number;
  /** PLOVER category (SUPPORT, ASSAULT, …). */
  category: string;
  first?: string;
  last?: string;
  evidence: Evidence[];
}

/**
 * Thrown when a name or key matches no actor; carries the suggestions.
 *
 * @example
 * try { relationsOf(graph, 'Irqa'); } catch (e) { if (e instanceof UnknownActorError) e.suggestions[0].label; } // 'Iraq'
 */
export class UnknownActorError extends Error {
  /** The name asked for. */
  readonly actor: string;
  /** Near names ("Did you mean …"), best first. */
  readonly suggestions: ActorRef[];
  constructor(actor: string, suggestions: ActorRef[]) {
    const hint = suggestions.length ? ` Did you mean: ${suggestions.map((s) => s.label).join(', ')}?` : '';
    super(`${PREFIX}: no actor ${JSON.stringify(actor)} in the graph.${hint}`);
    this.name = 'UnknownActorError';
    this.actor = actor;
    this.suggestions = suggestions;
  }
}

/** Code-unit order, locale-independent. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `ActorRef` of a node (label falls back to the key). */
export function actorRef(graph: ActorGraph, key: string): ActorRef {
  const a = graph.getNodeAttributes(key);
  return { key, label: typeof a.label === 'string' && a.label ? a.label : key, type: a.type };
}

/** The weight of an edge: a finite positive number, else 1 (as the analysis counts it). */
export function weightOf(attributes: RelationEdgeAttributes): number {
  const w = attributes.weight;
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 1;
}

/** The relation of an edge: its attribute, else its key's prefix. */
export function relationOf(edge: string, attributes: RelationEdgeAttributes): RelationType {
  return (typeof attributes.relation === 'string' && attributes.relation ? attributes.relation : edge.split(':')[0]) as RelationType;
}

/** Evidence sentences of an edge, paired with their articles (and dates from `dates`). */
export function evidenceOf(attributes: RelationEdgeAttributes, dates?: DateLookup): Evidence[] {
  const texts = Array.isArray(attributes.evidence) ? attributes.evidence : [];
  const articles = Array.isArray(attributes.evidenceArticles) ? attributes.evidenceArticles : [];
  return texts.map((text, i) => {
    const e: Evidence = { text: String(text), article: articles[i] === undefined ? '' : String(articles[i]) };
    const date = e.article ? lookupDate(dates, e.article) : undefined;
    if (date) e.date = date;
    return e;
  });
}

/** Article dates: a map or an object from article id to `YYYY-MM-DD`. */
export type DateLookup = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

function lookupDate(dates: DateLookup | undefined, article: string): string | undefined {
  if (!dates) return undefined;
  if (dates instanceof Map) return dates.get(article);
  const record = dates as Readonly<Record<string, string>>;
  return Object.hasOwn(record, article) ? record[article] : undefined;
}

/** An edge as a `Relation`, seen from `from` (one of its ends). */
export function relationRecord(graph: ActorGraph, edge: string, from: string, dates?: DateLookup): Relation {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  const directed = !graph.isUndirected(edge);
  const direction: Direction = !directed ? 'both' : source === from ? 'out' : 'in';
  const r: Relation = {
    key: edge,
    relation: relationOf(edge, a),
    source: actorRef(graph, source),
    target: actorRef(graph, target),
    directed,
    direction,
    other: actorRef(graph, source === from ? target : source),
    weight: weightOf(a),
    category: typeof a.category === 'string' ? a.category : '',
    evidence: evidenceOf(a, dates),
  };
  if (typeof a.first === 'string') r.first = a.first;
  if (typeof a.last === 'string') r.last = a.last;
  return r;
}

/** Heaviest first, then earliest, then by key. */
export function compareRelations(x: Relation, y: Relation): number {
  return y.weight - x.weight || compareKeys(x.first ?? '9999', y.first ?? '9999') || compareKeys(x.key, y.key);
}

// ---- options ----

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a bound is a real year, month or day: `2016-13` and `2016-02-30` are not. */
export function isDateBound(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  // Day 0 of the next month is the last day of this one.
  return day >= 1 && day <= new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
}

/** Checks a date bound (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real month and day); returns it. */
export function checkDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isDateBound(value))
    throw new Error(
      `${PREFIX}: ${name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD (month 01–12, a day of that month), got ${JSON.stringify(value)}`,
    );
  return value;
}

/**
 * Checks both bounds of a range, and that `from` does not come after `to` (`from: '2017', to:
 * '2016'` is an error, not an empty answer); returns them.
 */
export function checkDateRange(
  from: string | undefined,
  to: string | undefined,
  names: [string, string] = ['from', 'to'],
): { from?: string; to?: string } {
  const f = checkDate(from, names[0]);
  const t = checkDate(to, names[1]);
  // A bound stands for its first day as a start and its last day as an end.
  if (f !== undefined && t !== undefined && f.slice(0, t.length) > t)
    throw new Error(`${PREFIX}: ${names[0]} (${f}) is after ${names[1]} (${t}); give the earlier date first`);
  return { from: f, to: t };
}

/** Whether the interval [first, last] meets [from, to] (open bounds when undefined). Undated intervals never meet a range. */
export function overlaps(first: unknown, last: unknown, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  const f = typeof first === 'string' ? first : typeof last === 'string' ? last : undefined;
  const l = typeof last === 'string' ? last : f;
  if (f === undefined || l === undefined) return false;
  if (from !== undefined && l < from) return false;
  if (to !== undefined && f.slice(0, to.length) > to) return false;
  return true;
}

/** Whether the interval [first, last] lies inside [from, to] (open bounds when undefined). Undated intervals never do. */
export function within(first: unknown, last: unknown, from: string | undefined, to: string | undefined): boolean {
  if (from === undefined && to === undefined) return true;
  const f = typeof first === 'string' ? first : typeof last === 'string' ? last : undefined;
  const l = typeof last === 'string' ? last : f;
  if (f === undefined || l === undefined) return false;
  if (from !== undefined && f < from) return false;
  if (to !== undefined && l.slice(0, to.length) > to) return false;
  return true;
}

/** Whether one date falls in [from, to]. */
export function inRange(date: unknown, from: string | undefined, to: string | undefined): boolean {
  return overlaps(date, date, from, to);
}

/** Checks a relation option (one relation or a list); returns the set, or undefined for "all". */
export function relationSet(value: RelationType | readonly RelationType[] | undefined, name = 'relation'): Set<RelationType> | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : [...value];
  for (const r of list)
    if (!RELATION_TYPES.includes(r))
      throw new Error(`${PREFIX}: ${name}: unknown relation ${JSON.stringify(r)}; relations are ${RELATION_TYPES.join(', ')}`);
  return new Set(list);
}

/** Checks a direction option. */
export function checkDirection(value: unknown): Direction {
  if (value !== 'out' && value !== 'in' && value !== 'both')
    throw new Error(`${PREFIX}: direction must be 'out', 'in' or 'both', got ${JSON.stringify(value)}`);
  return value;
}

/** An empty graph with the options of `graph` (mixed, multi…). */
export function emptyLike(graph: ActorGraph): ActorGraph {
  return new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({ type: graph.type, allowSelfLoops: graph.allowSelfLoops });
}

/** A deep copy of plain attribute values (arrays and objects are not shared with the source graph). */
export function copyAttributes<T extends object>(attributes: T): T {
  return structuredClone(attributes);
}

/** Adds an edge, undirected or directed in a mixed graph (as the graph's type has it otherwise). */
export function addEdge(
  graph: ActorGraph,
  key: string,
  source: string,
  target: string,
  attributes: RelationEdgeAttributes,
  undirected: boolean,
): void {
  if (graph.type !== 'mixed') graph.addEdgeWithKey(key, source, target, attributes);
  else if (undirected) graph.addUndirectedEdgeWithKey(key, source, target, attributes);
  else graph.addDirectedEdgeWithKey(key, source, target, attributes);
}

/** Adds a copy of an edge of `source` to `target` (whose nodes must exist), keeping key and kind. */
export function copyEdge(source: ActorGraph, target: ActorGraph, edge: string): void {
  addEdge(
    target,
    edge,
    source.source(edge),
    source.target(edge),
    copyAttributes(source.getEdgeAttributes(edge)),
    source.isUndirected(edge),
  );
}
