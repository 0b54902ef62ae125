// What feeds the extraction stage, in input order: articles read from the input files — or, with
// the cache, input files unchanged since the last build replayed from their manifests
// (cache/inputs.ts) without reading them, while the first new articles after them go to the workers
// ahead of their turn.
import { realpathSync, type Stats } from 'node:fs';
import type { Article, InputProblem } from '../types.js';
import { readArticles, isProblem, UniqueIds, type IngestNotice, type IngestOptions } from '../ingest/index.js';
import { articleKey } from '../cache/key.js';
import type { ExtractionCache } from '../cache/index.js';
import { CHAIN_START, InputManifests, statFile, type ManifestRecorder } from '../cache/inputs.js';
import type { WorkerPool } from './pool.js';
import type { ExtractionStage } from './extract-stage.js';
import { STREAM_DEFAULTS } from './types.js';

/** The key of every entry of a spool (no cache: nothing is looked up by key). */
const SPOOL_KEY = '0'.repeat(64);

export interface ReadContext {
  paths: string[];
  /** Options of the reader (its own skip and skipped-file report included). */
  ingest: IngestOptions;
  stage: ExtractionStage;
  onNotice: (n: IngestNotice) => void;
  onProblem: (p: InputProblem) => void;
  /** Input files replayed, read, and grown (counted here). */
  inputs: { replayed: number; read: number; grown: number };
}

/** Reads every input file in turn; `keyed`: with the cache (keys looked up), else a spool's placeholder. */
export async function readAll(ctx: ReadContext, keyed: boolean): Promise<void> {
  ctx.inputs.read = ctx.paths.length;
  for await (const item of readArticles(ctx.paths, { ...ctx.ingest, onNotice: ctx.onNotice })) {
    if (isProblem(item)) ctx.onProblem(item);
    else if (ctx.stage.take(item, keyed ? articleKey(item) : SPOOL_KEY)) await ctx.stage.backpressure();
  }
}

/** True when every path is a regular file, each named once (then files can be read one by one). */
export function distinctFiles(paths: string[]): boolean {
  const seen = new Set<string>();
  for (const p of paths) {
    if (!statFile(p)) return false;
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      return false;
    }
    if (seen.has(real)) return false;
    seen.add(real);
  }
  return true;
}

interface FoundFile {
  st: Stats | undefined;
  real: string;
}

/**
 * File by file, with the cache's input manifests: a file unchanged since the last build is not read
 * again; the files read get new manifests (in `recorders`, committed once their entries are durable).
 */
export async function readWithManifests(
  ctx: ReadContext,
  cache: ExtractionCache,
  manifests: InputManifests,
  pool: WorkerPool | undefined,
  recorders: ManifestRecorder[],
): Promise<void> {
  // Each input file's stat and real path, once (they are all regular files: `distinctFiles`).
  const found: FoundFile[] = ctx.paths.map((f) => ({ st: statFile(f), real: realpathSync(f) }));
  if (pool) await sendAhead(ctx, cache, manifests, found);
  const ids = new UniqueIds();
  let chain = CHAIN_START;
  for (const [i, file] of ctx.paths.entries()) {
    const { st, real } = found[i]!;
    const replay = st ? manifests.replay(file, real, st, chain, (k) => cache.entryOf(k)) : undefined;
    // A file read (or grown: its first bytes replayed, recorded again, and the rest read) gets a new manifest.
    const rec = st && (!replay || replay.tail) ? manifests.record(file, real, st, chain) : undefined;
    if (rec) recorders.push(rec);
    if (replay) {
      await replayItems(ctx, file, replay.items(), ids, rec);
      if (!replay.tail) {
        chain = replay.after;
        ctx.inputs.replayed++;
        continue;
      }
      ctx.inputs.grown++;
    }
    ctx.inputs.read++;
    await readFile(ctx, file, ids, rec, replay?.tail);
    chain = rec ? rec.after : `${chain}?`; // a file without manifest ends the replays after it
  }
}

async function replayItems(
  ctx: ReadContext,
  file: string,
  items: ReturnType<NonNullable<ReturnType<InputManifests['replay']>>['items']>,
  ids: UniqueIds,
  rec: ManifestRecorder | undefined,
): Promise<void> {
  for (const it of items) {
    if ('article' in it) {
      const a = it.article;
      if (ids.claim(a.asRead, a.origin).id !== a.id) throw new Error(`actorgraph/build: internal error: ${file} replayed with other ids`);
      rec?.replayed(a);
      if (ctx.stage.take(undefined, a.key, a.entry)) await ctx.stage.backpressure();
    } else if ('notice' in it) {
      rec?.notice(it.notice);
      ctx.onNotice(it.notice);
    } else {
      rec?.problem(it.problem);
      ctx.onProblem(it.problem);
    }
  }
}

async function readFile(
  ctx: ReadContext,
  file: string,
  ids: UniqueIds,
  rec: ManifestRecorder | undefined,
  start: IngestOptions['start'],
): Promise<void> {
  const onNotice = (n: IngestNotice) => {
    rec?.notice(n);
    ctx.onNotice(n);
  };
  for await (const item of readArticles([file], { ...ctx.ingest, ids, onNotice, start })) {
    if (isProblem(item)) {
      rec?.problem(item);
      ctx.onProblem(item);
      continue;
    }
    const key = articleKey(item);
    rec?.article(item, key);
    if (ctx.stage.take(item, key)) await ctx.stage.backpressure();
  }
}

/**
 * New articles after unchanged files (a rebuild after adding a file): the first of them go to the
 * workers now, to be extracted while this thread replays the unchanged files. Read with this file's
 * own ids: an article renamed later (its id used in an earlier file) gets another key and is simply
 * extracted again in its turn. So do the articles added to a file that has only grown (a feed
 * appended to), while its first part is replayed.
 */
async function sendAhead(ctx: ReadContext, cache: ExtractionCache, manifests: InputManifests, found: FoundFile[]): Promise<void> {
  const firstRead = ctx.paths.findIndex((f, i) => {
    const { st, real } = found[i]!;
    return !(st !== undefined && manifests.looksReplayable(f, real, st));
  });
  if (firstRead < 0) return;
  const file = ctx.paths[firstRead]!;
  const { st, real } = found[firstRead]!;
  const tail = st ? manifests.tailOf(file, real, st) : undefined;
  if (firstRead === 0 && !tail) return;
  let n = 0;
  let held = 0;
  let batch: Array<{ key: string; article: Article }> = [];
  for await (const item of readArticles([file], { ...ctx.ingest, ids: new UniqueIds(), onNotice: () => undefined, start: tail })) {
    if (isProblem(item)) continue;
    const key = articleKey(item);
    if (cache.entryOf(key) !== undefined || ctx.stage.wasSentAhead(key)) continue;
    batch.push({ key, article: item });
    if (batch.length >= STREAM_DEFAULTS.batch) {
      ctx.stage.sendAhead(batch);
      batch = [];
    }
    held += item.text.length;
    if (++n >= STREAM_DEFAULTS.ahead || held >= STREAM_DEFAULTS.aheadChars) break;
  }
  ctx.stage.sendAhead(batch);
}
