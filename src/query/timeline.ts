/**
 * actorgraph/query — dyads over time
 * ===================================
 *
 * `timeline(graph | events, a, b?, options)`: how many events an actor (or the dyad a–b,
 * either way) took part in per period (`by`: day, week, month or year), split by relation
 * type and by PLOVER quad class, with the net cooperation of each period: the sum of the
 * events' intensities on the −10…+10 scale of export/data/intensity.json.
 *
 * From events (`readEvents` of the build's events.jsonl, or any `RelationEvent`s) every
 * event counts with its own category and quad class. From a graph, an edge's per-date
 * counts (`dates`/`dateCounts`) stand for its events and its (most frequent) `category`
 * for all of them: the counts are exact, the split by quad class and the intensity an
 * approximation; `exact: false` in the result says so.
 *
 * Periods run without gaps from the first to the last one with an event (a chart's
 * x-axis); events of undated articles are counted in `undated`. Negated and hypothetical
 * events are left out, as from the graph.
 */
import type { QuadClass, RelationEvent, RelationType } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import { edgeDates, isoDate } from '../export/timeline.js';
import { intensityOf } from '../export/events-table.js';
import { PLOVER_QUAD } from '../lexicon/relations.js';
import { actorRef, checkDateRange, inRange, PREFIX, relationOf, relationSet, type ActorRef } from './common.js';
import { resolveActor } from './find.js';

/** The periods a timeline counts by. */
export type Period = 'day' | 'week' | 'month' | 'year';
/** Every period a timeline counts by. */
export const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

export const DEFAULTS = { by: 'month' as Period };

/** Options of `timeline`. */
export interface TimelineOptions {
  /** Period length (default `month`). */
  by?: Period;
  /** Only these relations. */
  relation?: RelationType | readonly RelationType[];
  /** Only events dated on or after / on or before (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`). */
  from?: string;
  to?: string;
  /** With `b`: `out` only a→b, `in` only b→a; without: `out` events `a` is the source of. Default `both`. */
  direction?: 'in' | 'out' | 'both';
  /** With events as input: the graph that names the actors (`a`, `b` resolved by any name, labels in the result). */
  graph?: ActorGraph;
}

/** One period of a timeline. */
export interface TimelinePeriod {
  /** `2016`, `2016-03`, `2016-W09` or `2016-03-01`. */
  period: string;
  /** First and last day. */
  start: string;
  end: string;
  count: number;
  byRelation: Partial<Record<RelationType, number>>;
  byQuad: Partial<Record<QuadClass | 'none', number>>;
  /** Net cooperation: the events' intensities summed (member_of counts none). */
  intensity: number;
}

/** Events per period for an actor (`a`) or a dyad (`a`, `b`). */
export interface Timeline {
  a: ActorRef;
  b?: ActorRef;
  by: Period;
  periods: TimelinePeriod[];
  /** Events counted in some period. */
  total: number;
  /** Events that passed the filters but have no date. */
  undated: number;
  /** True when counted from events; false from a graph's edges (category per edge). */
  exact: boolean;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const day = (t: Date) => `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
const utc = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));

/**
 * The period holding `date` (`YYYY-MM-DD`): its label, first and last day. Weeks are ISO
 * 8601 weeks (Monday to Sunday, labelled with the ISO week-year).
 *
 * @example periodOf('2016-03-02', 'week') // { period: '2016-W09', start: '2016-02-29', end: '2016-03-06' }
 */
export function periodOf(date: string, by: Period): { period: string; start: string; end: string } {
  const y = date.slice(0, 4);
  if (by === 'day') return { period: date, start: date, end: date };
  if (by === 'year') return { period: y, start: `${y}-01-01`, end: `${y}-12-31` };
  if (by === 'month') {
    const m = date.slice(0, 7);
    return { period: m, start: `${m}-01`, end: day(new Date(Date.UTC(Number(y), Number(date.slice(5, 7)), 0))) };
  }
  const t = utc(date);
  const dow = (t.getUTCDay() + 6) % 7; // Monday 0
  const monday = new Date(t.getTime() - dow * 86400000);
  const thursday = new Date(monday.getTime() + 3 * 86400000);
  const wy = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(wy, 0, 1)) / (7 * 86400000)) + 1;
  return { period: `${wy}-W${pad(week)}`, start: day(monday), end: day(new Date(monday.getTime() + 6 * 86400000)) };
}

/** The day after `date`. */
function nextDay(date: string): string {
  return day(new Date(utc(date).getTime() + 86400000));
}

function isGraph(input: unknown): input is ActorGraph {
  return typeof (input as ActorGraph)?.forEachEdge === 'function' && typeof (input as ActorGraph)?.hasNode === 'function';
}

interface Item {
  date?: string;
  count: number;
  relation: RelationType;
  category: string;
}

/**
 * Events per period for an actor, or for the dyad a–b.
 *
 * @example
 * const t = timeline(graph, 'Russia', 'Turkey', { by: 'year' });
 * for (const p of t.periods) console.log(p.period, p.count, p.byRelation, p.intensity);
 * // exact per-event figures: timeline(await Array.fromAsync(readEvents(file)), 'russia', 'turkey')
 */
export function timeline(input: ActorGraph | Iterable<RelationEvent>, a: string, b?: string, options: TimelineOptions = {}): Timeline {
  const by = options.by ?? DEFAULTS.by;
  if (!PERIODS.includes(by)) throw new Error(`${PREFIX}: timeline: by must be one of ${PERIODS.join(', ')}, got ${JSON.stringify(by)}`);
  const relations = relationSet(options.relation);
  const { from, to } = checkDateRange(options.from, options.to);
  const direction = options.direction ?? 'both';
  if (direction !== 'in' && direction !== 'out' && direction !== 'both')
    throw new Error(`${PREFIX}: timeline: direction must be in, out or both`);
  const items: Item[] = [];
  let ka: string;
  let kb: string | undefined;
  let refA: ActorRef;
  let refB: ActorRef | undefined;
  // Does an event (or edge) from `s` to `t` belong to the actor / dyad, in the direction asked?
  const ends = (s: string, t: string, symmetric: boolean): boolean => {
    const fwd = s === ka && (kb === undefined || t === kb);
    const back = t === ka && (kb === undefined || s === kb);
    if (symmetric || direction === 'both') return fwd || back;
    return direction === 'out' ? fwd : back;
  };
  const exact = !isGraph(input);
  if (isGraph(input)) {
    const graph = input;
    ka = resolveActor(graph, a);
    kb = b === undefined ? undefined : resolveActor(graph, b);
    refA = actorRef(graph, ka);
    refB = kb === undefined ? undefined : actorRef(graph, kb);
    graph.forEachEdge((edge, attrs, source, target, _sa, _ta, undirected) => {
      if (!ends(source, target, undirected)) return;
      const relation = relationOf(edge, attrs);
      const category = typeof attrs.category === 'string' ? attrs.category : '';
      const d = edgeDates(attrs as unknown as Record<string, unknown>);
      const weight = Number(attrs.weight) || 0;
      let dated = 0;
      if (d)
        d.dates.forEach((date, i) => {
          items.push({ date, count: d.counts[i]!, relation, category });
          dated += d.counts[i]!;
        });
      if (weight > dated) items.push({ count: weight - dated, relation, category });
    });
  } else {
    const graph = options.graph;
    const ref = (name: string): ActorRef => (graph ? actorRef(graph, resolveActor(graph, name)) : ({ key: name, label: name } as ActorRef));
    refA = ref(a);
    refB = b === undefined ? undefined : ref(b);
    ka = refA.key;
    kb = refB?.key;
    for (const e of input) {
      if (e.negated || e.hypothetical) continue;
      if (!ends(e.source, e.target, e.relation === 'met' || e.relation === 'allied_with')) continue;
      items.push({ date: isoDate(e.date), count: 1, relation: e.relation, category: e.category });
    }
  }

  const byPeriod = new Map<string, TimelinePeriod>();
  let undated = 0;
  let total = 0;
  for (const item of items) {
    if (relations && !relations.has(item.relation)) continue;
    if (item.date === undefined) {
      if (from === undefined && to === undefined) undated += item.count;
      continue;
    }
    if (!inRange(item.date, from, to)) continue;
    const p = periodOf(item.date, by);
    let row = byPeriod.get(p.period);
    if (!row) byPeriod.set(p.period, (row = { ...p, count: 0, byRelation: {}, byQuad: {}, intensity: 0 }));
    row.count += item.count;
    total += item.count;
    row.byRelation[item.relation] = (row.byRelation[item.relation] ?? 0) + item.count;
    const quad = Object.hasOwn(PLOVER_QUAD, item.category) ? (PLOVER_QUAD[item.category] ?? 'none') : 'none';
    row.byQuad[quad] = (row.byQuad[quad] ?? 0) + item.count;
    const v = intensityOf(item.category);
    if (v !== undefined) row.intensity = Math.round((row.intensity + v * item.count) * 10) / 10;
  }
  // Every period from the first to the last, empty ones included.
  const periods: TimelinePeriod[] = [];
  const starts = [...byPeriod.values()].map((p) => p.start).sort();
  if (starts.length) {
    const last = [...byPeriod.values()]
      .map((p) => p.end)
      .sort()
      .at(-1)!;
    let cursor = starts[0]!;
    while (cursor <= last) {
      const p = periodOf(cursor, by);
      periods.push(byPeriod.get(p.period) ?? { ...p, count: 0, byRelation: {}, byQuad: {}, intensity: 0 });
      cursor = nextDay(p.end);
    }
  }
  const result: Timeline = { a: refA, by, periods, total, undated, exact };
  if (refB) result.b = refB;
  return result;
}
