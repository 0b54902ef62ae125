/**
 * actorgraph/query — the events file
 * ===================================
 *
 * `readEvents(path, filter)`: the events of a build's `<name>.events.jsonl` (one
 * `RelationEvent` per line: the sentence behind each relation, with its article, date,
 * offsets and trigger), read line by line with `readline`, so a file of any size is
 * never held in memory. Filters are on node keys, relations, the event's date, articles.
 * Negated and hypothetical events (written by `build --keep-uncertain`, never counted in
 * the graph) are skipped unless `uncertain: true`.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RelationEvent, RelationType } from '../types.js';
import { checkDateRange, inRange, PREFIX, relationSet } from './common.js';
import { eventPredicate, type QuadFilter } from './scope.js';

export const DEFAULTS = {
  /** Also yield negated and hypothetical events. */
  uncertain: false,
};

/** Which events to yield; every filter given must pass. */
export interface EventFilter {
  /** Events with this actor (node key) at either end. */
  actor?: string;
  /** Events with this actor (node key) at either end; with `actor`, events between the two. */
  with?: string;
  /** Events from this actor (node key). */
  source?: string;
  /** Events to this actor (node key). */
  target?: string;
  /** One relation or several. */
  relation?: RelationType | readonly RelationType[];
  /** Events dated on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); undated events fail any date bound. */
  from?: string;
  /** Events dated on or before this date. */
  to?: string;
  /** Events of this article (or these articles). */
  article?: string | readonly string[];
  /** Also yield negated and hypothetical events (default false). */
  uncertain?: boolean;
  /** PLOVER event types (case ignored). */
  category?: string | readonly string[];
  /** PLOVER quad classes (`none`: member_of). */
  quad?: QuadFilter | readonly QuadFilter[];
  /** Outlets, the articles' `source` (case ignored); read from the articles file beside the events file. */
  outlet?: string | readonly string[];
  /** Events that happened at this place (its name, case and accents ignored) or in this country (ISO3). */
  place?: string;
  /** With `outlet`: the articles file (default: `<name>.articles.jsonl` beside `<name>.events.jsonl`). */
  articlesFile?: string;
}

/** The filter as a predicate over events. */
function predicate(filter: EventFilter, outletOf?: (article: string) => string | undefined): (e: RelationEvent) => boolean {
  const more =
    filter.category !== undefined || filter.quad !== undefined || filter.outlet !== undefined
      ? eventPredicate({ category: filter.category, quad: filter.quad, outlet: filter.outlet }, outletOf)
      : undefined;
  const base = basePredicate(filter);
  // eventPredicate drops negated/hypothetical events: only asked here when they are not wanted.
  return more ? (e) => base(e) && (filter.uncertain ? more({ ...e, negated: undefined, hypothetical: undefined }) : more(e)) : base;
}

/** The articles file beside an events file. */
export function articlesPathFor(eventsPath: string): string {
  return eventsPath.replace(/\.events\.jsonl$/i, '') + '.articles.jsonl';
}

/**
 * The outlet (`source`) of each article of a build's articles.jsonl, read line by line.
 *
 * @example const outlets = await readOutlets('graphs/corpus.articles.jsonl'); outlets.get('1914947530') // 'nna'
 */
export async function readOutlets(path: string): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  let input: ReadStream | undefined;
  try {
    input = createReadStream(path, { encoding: 'utf8' });
    const lines = createInterface({ input, crlfDelay: Infinity });
    for await (const text of lines) {
      if (!text.trim()) continue;
      const a = JSON.parse(text) as { id?: unknown; source?: unknown };
      if (typeof a.id === 'string' && !out.has(a.id)) out.set(a.id, typeof a.source === 'string' ? a.source : undefined);
    }
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${PREFIX}: cannot read the articles file ${path} (an outlet filter needs it): no such file`);
    throw e;
  } finally {
    input?.destroy();
  }
  return out;
}

const foldPlace = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

function basePredicate(filter: EventFilter): (e: RelationEvent) => boolean {
  const place = filter.place === undefined ? undefined : foldPlace(filter.place);
  const inner = basePredicate2(filter);
  if (place === undefined) return inner;
  return (e) =>
    inner(e) &&
    ((e.place !== undefined && foldPlace(e.place) === place) || (e.placeCountry !== undefined && e.placeCountry.toLowerCase() === place));
}

function basePredicate2(filter: EventFilter): (e: RelationEvent) => boolean {
  const relations = relationSet(filter.relation);
  const { from, to } = checkDateRange(filter.from, filter.to);
  const articles =
    filter.article === undefined ? undefined : new Set(typeof filter.article === 'string' ? [filter.article] : filter.article);
  const uncertain = filter.uncertain ?? DEFAULTS.uncertain;
  const ends = [filter.actor, filter.with].filter((k): k is string => k !== undefined);
  return (e) => {
    if (!uncertain && (e.negated || e.hypothetical)) return false;
    if (relations && !relations.has(e.relation)) return false;
    if (filter.source !== undefined && e.source !== filter.source) return false;
    if (filter.target !== undefined && e.target !== filter.target) return false;
    if (ends.length === 1 && e.source !== ends[0] && e.target !== ends[0]) return false;
    if (ends.length === 2 && !((e.source === ends[0] && e.target === ends[1]) || (e.source === ends[1] && e.target === ends[0])))
      return false;
    if (articles && !articles.has(e.article)) return false;
    if ((from !== undefined || to !== undefined) && !inRange(e.date, from, to)) return false;
    return true;
  };
}

/**
 * Streams the events of an `events.jsonl` file, line by line, keeping those that pass the filter.
 *
 * @example
 * for await (const e of readEvents('graphs/corpus.events.jsonl', { actor: 'iran', relation: 'supports', from: '2016' }))
 *   console.log(e.date, e.source, e.relation, e.target, e.text);
 */
export async function* readEvents(path: string, filter: EventFilter = {}): AsyncGenerator<RelationEvent, void, undefined> {
  const outlets = filter.outlet !== undefined ? await readOutlets(filter.articlesFile ?? articlesPathFor(path)) : undefined;
  const keep = predicate(filter, outlets && ((a) => outlets.get(a)));
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      let event: RelationEvent;
      try {
        event = JSON.parse(text) as RelationEvent;
      } catch (e) {
        throw new Error(`${PREFIX}: ${path}:${line}: not a JSON line (${(e as Error).message})`);
      }
      if (
        !event ||
        typeof event !== 'object' ||
        typeof event.source !== 'string' ||
        typeof event.target !== 'string' ||
        typeof event.relation !== 'string'
      )
        throw new Error(`${PREFIX}: ${path}:${line}: not an event (needs source, target and relation)`);
      if (keep(event)) yield event;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${PREFIX}: cannot read the events file ${path}: no such file`);
    if (code === 'EISDIR') throw new Error(`${PREFIX}: cannot read the events file ${path}: it is a folder`);
    throw e;
  } finally {
    lines.close();
    input.destroy();
  }
}
