/**
 * actorgraph/query — a relation seen through a date window
 * =========================================================
 *
 * Within `--from`/`--to`, a relation's weight, first and last dates must be those of its
 * events inside the window: `relations Russia --relation attacks --from 2016-01 --to
 * 2016-03` used to show `Daesh 21, 2016-02-01 – 2017-10-22` (the whole edge) where 2 events
 * fall in the window. An edge's `dates`/`dateCounts` (export/timeline.ts) give the events
 * per date; an edge without them (a graph from elsewhere) keeps the whole-edge figures
 * when its [first, last] meets the window, as before. Events of undated articles fall in
 * no window.
 */
import { edgeDates } from '../export/timeline.js';
import type { RelationEdgeAttributes } from '../graph/assemble.js';
import { inRange, overlaps } from './common.js';

/** A relation's figures inside a window. */
export interface Windowed {
  weight: number;
  first?: string;
  last?: string;
  /** True when per-date counts were there; false: the whole edge's figures stand in. */
  exact: boolean;
}

/**
 * The weight and first/last dates of an edge's events between `from` and `to` (bounds as
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checked by the caller); undefined when none falls there.
 *
 * @example inWindow({ dates: ['2016-02-01', '2017-10-22'], dateCounts: [2, 19], weight: 21 }, '2016-01', '2016-03') // { weight: 2, first: '2016-02-01', last: '2016-02-01', exact: true }
 */
export function inWindow(attributes: RelationEdgeAttributes, from: string | undefined, to: string | undefined): Windowed | undefined {
  const d = edgeDates(attributes as unknown as Record<string, unknown>);
  if (!d || !d.exact) {
    if (!overlaps(attributes.first, attributes.last, from, to)) return undefined;
    const w: Windowed = { weight: Number(attributes.weight) || 0, exact: false };
    if (typeof attributes.first === 'string') w.first = attributes.first;
    if (typeof attributes.last === 'string') w.last = attributes.last;
    return w;
  }
  let weight = 0;
  let first: string | undefined;
  let last: string | undefined;
  d.dates.forEach((date, i) => {
    if (!inRange(date, from, to)) return;
    weight += d.counts[i]!;
    first ??= date;
    last = date;
  });
  return weight > 0 ? { weight, first, last, exact: true } : undefined;
}
