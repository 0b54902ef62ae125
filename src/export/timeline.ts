/**
 * actorgraph/export — time
 * =========================
 *
 * The dates of an edge's events, read from the graph's attributes, for the dynamic
 * GEXF and the web viewer.
 *
 * Contract (proposed to the graph stage, `src/graph/assemble.ts`): an edge may carry
 *   - `dates: string[]`      the distinct `YYYY-MM-DD` dates of its counted events, sorted;
 *   - `dateCounts: number[]` parallel to `dates`: how many counted events fell on each.
 * Events from undated articles are in `weight` but in no date, so
 * `weight - sum(dateCounts)` is the number of undated events. When an edge has no
 * `dates`, its `first`/`last` dates stand in (an interval, no per-date weights); an
 * edge with neither has no time and is shown at every time.
 *
 *   edgeDates(attributes)              → {dates, counts, exact} | undefined
 *   bucketOf('2024-02-17', 'month')    → {start: '2024-02-01', end: '2024-02-29'}
 *   bucketCounts(dates, counts, 'month') → [{start, end, count}] (buckets in order)
 *   timelineStats(graph)               → how many edges/nodes have dates, for a summary
 */
import type { AbstractGraph, Attributes } from 'graphology-types';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** The dates of an edge: distinct, sorted, with the number of events on each. */
export interface EdgeDates {
  dates: string[];
  counts: number[];
  /** True when the counts came from `dateCounts` (false: one per date, a lower bound). */
  exact: boolean;
}

/** How dates are grouped on a timeline. */
export type TimeBucket = 'day' | 'month' | 'year';
export const TIME_BUCKETS: readonly TimeBucket[] = ['day', 'month', 'year'];

/**
 * The event dates of an edge from its `dates` (and `dateCounts`) attributes; undefined
 * when it has none. Invalid dates are dropped; repeated dates are merged (counts added).
 *
 * @example edgeDates(graph.getEdgeAttributes('met:iran:russia'))
 */
export function edgeDates(attributes: Attributes): EdgeDates | undefined {
  const raw = attributes.dates;
  if (!Array.isArray(raw)) return undefined;
  const rawCounts = attributes.dateCounts;
  const exact =
    Array.isArray(rawCounts) &&
    rawCounts.length === raw.length &&
    rawCounts.every((c) => typeof c === 'number' && Number.isFinite(c) && c >= 0);
  const byDate = new Map<string, number>();
  raw.forEach((value, i) => {
    const d = isoDate(value);
    if (!d) return;
    byDate.set(d, (byDate.get(d) ?? 0) + (exact ? (rawCounts as number[])[i]! : 1));
  });
  if (!byDate.size) return undefined;
  const dates = [...byDate.keys()].sort();
  return { dates, counts: dates.map((d) => byDate.get(d)!), exact };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The `YYYY-MM-DD` part of an ISO date or date-time, when it is a real calendar date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = DATE.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return m[0];
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The first and last day of the bucket holding `date` (a valid `YYYY-MM-DD`). */
export function bucketOf(date: string, bucket: TimeBucket): { start: string; end: string } {
  if (bucket === 'day') return { start: date, end: date };
  const y = Number(date.slice(0, 4));
  if (bucket === 'year') return { start: `${pad(y, 4)}-01-01`, end: `${pad(y, 4)}-12-31` };
  const m = Number(date.slice(5, 7));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${pad(y, 4)}-${pad(m)}-01`, end: `${pad(y, 4)}-${pad(m)}-${pad(last)}` };
}

/** Dates grouped into buckets, in order, each with the sum of its counts. */
export function bucketCounts(
  dates: readonly string[],
  counts: readonly number[],
  bucket: TimeBucket,
): Array<{ start: string; end: string; count: number }> {
  const out: Array<{ start: string; end: string; count: number }> = [];
  dates.forEach((date, i) => {
    const b = bucketOf(date, bucket);
    const prev = out[out.length - 1];
    if (prev && prev.start === b.start) prev.count += counts[i]!;
    else out.push({ ...b, count: counts[i]! });
  });
  return out;
}

/** How much of the graph has time, for a build summary. */
export interface TimelineStats {
  /** Edges with per-event `dates`. */
  edgesWithDates: number;
  /** Edges with only `first`/`last`. */
  edgesWithSpan: number;
  /** Edges with no date at all (every event from undated articles). */
  undatedEdges: number;
  /** Events counted in `weight` but in no date (from undated articles), over edges with `dates`. */
  undatedEvents: number;
  /** Nodes without `first`/`last` (mentioned only in undated articles). */
  undatedNodes: number;
  /** Earliest and latest date. */
  first?: string;
  last?: string;
}

/**
 * How much of a graph has dates: edges with event dates or only a span, undated edges and events, undated nodes.
 *
 * @example timelineStats(graph).undatedEvents
 */
export function timelineStats(graph: AnyGraph): TimelineStats {
  const s: TimelineStats = { edgesWithDates: 0, edgesWithSpan: 0, undatedEdges: 0, undatedEvents: 0, undatedNodes: 0 };
  const see = (d: string | undefined) => {
    if (!d) return;
    if (s.first === undefined || d < s.first) s.first = d;
    if (s.last === undefined || d > s.last) s.last = d;
  };
  graph.forEachEdge((_e, a) => {
    const dates = edgeDates(a);
    if (dates) {
      s.edgesWithDates++;
      see(dates.dates[0]);
      see(dates.dates[dates.dates.length - 1]);
      if (dates.exact && typeof a.weight === 'number') s.undatedEvents += Math.max(0, a.weight - dates.counts.reduce((x, y) => x + y, 0));
    } else if (isoDate(a.first) || isoDate(a.last)) {
      s.edgesWithSpan++;
      see(isoDate(a.first));
      see(isoDate(a.last));
    } else s.undatedEdges++;
  });
  graph.forEachNode((_n, a) => {
    if (!isoDate(a.first) && !isoDate(a.last)) s.undatedNodes++;
    see(isoDate(a.first));
    see(isoDate(a.last));
  });
  return s;
}
