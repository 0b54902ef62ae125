/**
 * actorgraph/export — events.jsonl
 * =================================
 *
 * One extracted relation (a `RelationEvent`) per line, as JSON with a fixed key order
 * (`EVENT_KEYS`), undefined fields left out (`quad: null` is kept: it says "no class").
 * Lines end with `\n`; the file is UTF-8. JSON escapes every control character, so a
 * line is always one line.
 *
 *   eventsToJSONL(events)                      → the whole text
 *   await writeEventsJSONL(path, events)        → streamed to `path`, atomically
 */
import type { RelationEvent } from '../types.js';
import { type AtomicOptions, writeLinesAtomic } from './atomic.js';

export const EVENT_KEYS = [
  'article',
  'source',
  'target',
  'relation',
  'category',
  'quad',
  'sentence',
  'start',
  'end',
  'date',
  'text',
  'trigger',
  'sourceSector',
  'targetSector',
  'sourceCode',
  'targetCode',
  'negated',
  'hypothetical',
  'place',
  'placeCountry',
  'lat',
  'lon',
  'articles',
  'sources',
] as const satisfies ReadonlyArray<keyof RelationEvent>;

/** One event as a JSON object in `EVENT_KEYS` order (no newline). */
export function eventToJSON(event: RelationEvent): string {
  const ordered: Record<string, unknown> = {};
  for (const key of EVENT_KEYS) {
    const value = event[key];
    if (value !== undefined) ordered[key] = value;
  }
  return JSON.stringify(ordered);
}

/** Lines of `events.jsonl`, each ending with a newline. */
export function* eventLines(events: Iterable<RelationEvent>): Generator<string> {
  for (const event of events) yield `${eventToJSON(event)}\n`;
}

/** The whole `events.jsonl` text. */
export function eventsToJSONL(events: Iterable<RelationEvent>): string {
  let out = '';
  for (const line of eventLines(events)) out += line;
  return out;
}

/**
 * Streams events to `path` (atomically: the old file stays if anything fails, the
 * iterable throwing included); resolves to the number of lines written.
 */
export async function writeEventsJSONL(
  path: string,
  events: Iterable<RelationEvent> | AsyncIterable<RelationEvent>,
  options?: AtomicOptions,
): Promise<number> {
  return writeLinesAtomic(path, events, eventToJSON, options);
}
