/**
 * actorgraph/export — articles.jsonl
 * ===================================
 *
 * One line per article read, in the key order `id, title, url, date, source, actors,
 * events, error, notices`: `actors` are the node keys of the actors found (deduplicated,
 * sorted), `events` the number of relations extracted, `error` (only when set) why the
 * article could not be processed, `notices` (only when any) what was worth telling about
 * it (a renamed id, a date not understood; pipeline/notices.ts). Undefined fields are left out.
 *
 *   articleLine({meta, actors, events})        → the record (an ArticleExtraction fits)
 *   articlesToJSONL(items)                      → the whole text
 *   await writeArticlesJSONL(path, items)       → streamed to `path`, atomically
 */
import type { ArticleActor, ArticleMeta, RelationEvent } from '../types.js';
import { type AtomicOptions, writeLinesAtomic } from './atomic.js';

/** One line of `articles.jsonl`. */
export interface ArticleRecord {
  id: string;
  title?: string;
  url?: string;
  date?: string;
  source?: string;
  /** Node keys, sorted. */
  actors: string[];
  /** Number of events. */
  events: number;
  error?: string;
  /** Notices about this article (or, on a line of its own, about a file), every one of them. */
  notices?: string[];
}

/** What a line is made from: an `ArticleExtraction`, or the metadata of an article that failed. */
export interface ArticleInput {
  meta: ArticleMeta;
  actors?: ReadonlyArray<ArticleActor | string>;
  events?: ReadonlyArray<RelationEvent> | number;
  error?: string;
}

export const ARTICLE_KEYS = [
  'id',
  'title',
  'url',
  'date',
  'source',
  'actors',
  'events',
  'error',
  'notices',
] as const satisfies ReadonlyArray<keyof ArticleRecord>;

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The record of one article. */
export function articleLine(input: ArticleInput): ArticleRecord {
  const keys = new Set<string>();
  for (const actor of input.actors ?? []) keys.add(typeof actor === 'string' ? actor : actor.key);
  const events = typeof input.events === 'number' ? input.events : (input.events?.length ?? 0);
  const { id, title, url, date, source } = input.meta;
  const record: ArticleRecord = { id, title, url, date, source, actors: [...keys].sort(compareKeys), events };
  if (input.error !== undefined) record.error = input.error;
  return record;
}

function isRecord(item: ArticleInput | ArticleRecord): item is ArticleRecord {
  return !('meta' in item);
}

/** One line as JSON in `ARTICLE_KEYS` order (no newline). */
export function articleToJSON(item: ArticleInput | ArticleRecord): string {
  const record = isRecord(item) ? item : articleLine(item);
  const ordered: Record<string, unknown> = {};
  for (const key of ARTICLE_KEYS) {
    const value = record[key];
    if (value !== undefined) ordered[key] = value;
  }
  return JSON.stringify(ordered);
}

/** The whole `articles.jsonl` text, one line per item. */
export function articlesToJSONL(items: Iterable<ArticleInput | ArticleRecord>): string {
  let out = '';
  for (const item of items) out += `${articleToJSON(item)}\n`;
  return out;
}

/** Streams the lines to `path` atomically; resolves to the number of lines. */
export async function writeArticlesJSONL(
  path: string,
  items: Iterable<ArticleInput | ArticleRecord> | AsyncIterable<ArticleInput | ArticleRecord>,
  options?: AtomicOptions,
): Promise<number> {
  return writeLinesAtomic(path, items, articleToJSON, options);
}
