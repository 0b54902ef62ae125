// The build as a stream, for corpora of any size: memory follows the graph, not the corpus.
//
//  1. extract — articles are read one by one; each is looked up in the cache (by its content hash)
//     or extracted, in this thread (`jobs: 1`) or by worker threads; results are put back in input
//     order and appended, serialized, to the cache's new segment (or to a temporary spool file in
//     the output folder without cache). Only their positions stay in memory. With the cache, input
//     files named one by one and unchanged since the last build are not read at all: their
//     manifests (cache/inputs.ts) say which cached extractions they gave; the first articles of a
//     new file after such files go to the workers before those are replayed.
//  2. merge — the cross-article merge (`resolveAcrossArticles`) reads the person actors back from
//     the segments; at `level: 'country'`, so does the person → state fold.
//  3. write — extractions are read back in input order, remapped, fed to the graph accumulator
//     (aggregates per node and edge) and streamed to events.jsonl and articles.jsonl (temporary
//     files; a pass over the articles' metadata first counts the repeated texts, whose events are
//     written once, at the first copy, with the counts: repeats.ts); then the graph is analyzed
//     and rendered, and the four files renamed into place.
//     When the articles of the last build into the same files come first, in the same order, its
//     tables and graph aggregates are kept (the state it left in the cache) and only the new
//     articles — and, at actor level, those a changed cross-article merge concerns — are redone
//     (all of them when a new article repeats the text of an old one: its lines lack the counts).
//
// The output is byte-identical to `writeBuild(await buildFromFiles(…))`, whatever `jobs`, cache and
// earlier builds (tests check each path).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import path from 'node:path';
import type { Article, ArticleExtraction, InputProblem } from '../types.js';
import { readArticles, isProblem, UniqueIds, type IngestOptions, type IngestNotice } from '../ingest/index.js';
import { PersonTally, resolvePersons, type PersonTallyEntry } from '../actors/resolve.js';
import { countryLevelMap, remapExtraction, DEFAULTS as ASSEMBLE_DEFAULTS, type ActorGraph } from '../graph/assemble.js';
import { analyze } from '../analyze/index.js';
import { articleLine, articleToJSON, eventToJSON, toGEXF, toJSON, type ArticleRecord, type GEXFOptions } from '../export/index.js';
import { CACHE_DIR_NAME, CorruptEntryError, ExtractionCache, forgetCorruptEntry, Spool, type ExtractionSink } from '../cache/index.js';
import { articleKey, extractorVersion, outputCodeFingerprint, CODE_ROOT } from '../cache/key.js';
import { IntList, type EntryReader } from '../cache/store.js';
import type { BuildOptions, BuildSummary } from './build.js';
import { lexiconFor, outputFiles, rejectedRecord } from './common.js';
import { extractArticle, type ExtractOptions } from './extract.js';
import { GraphAccumulator, type AccumulatorState } from '../graph/accumulate.js';
import { CHAIN_START, InputManifests, statFile, type ManifestRecorder } from '../cache/inputs.js';
import { OutputFile, sameStamp, stampOf, type FileStamp } from './outputs.js';
import { BUDGET_DEFAULTS, WorkerPool, workerScript, type ArticleBudget, type ExtractedResult, type RejectedResult } from './pool.js';
import type { WorkerInit } from './worker.js';
import { serializeExtraction, type ActorSummary } from './serialize.js';
import { countArticles } from './count.js';
import { nothingRead } from './nothing-read.js';
import { NoticeBook } from './notices.js';
import { RepeatedTexts } from './repeats.js';
import { acquireOutputLock, removeStaleTemps } from './lock.js';
import type { BuildProgress } from './progress.js';
import { recordOutputName, writtenByActorgraph } from './written.js';

export interface StreamBuildOptions extends BuildOptions, IngestOptions {
  /** Worker threads extracting articles; 1 (default) extracts in this thread. */
  jobs?: number;
  /**
   * The extraction cache: `true` (default) in `<outDir>/.actorgraph-cache`, a folder path, or
   * `false` for none (a temporary spool file in the output folder instead).
   */
  cache?: boolean | string;
  /** Progress reports (about ten a second at most, and at the end of each phase). */
  onProgress?: (p: BuildProgress) => void;
  /** Count the input's articles first (cheaply, alongside the build) so progress has a total. */
  estimateTotal?: boolean;
  /** Options of the GEXF file (`{mode: 'dynamic'}` for Gephi's timeline). */
  gexf?: GEXFOptions;
  /**
   * Time and memory budget of one article in a worker thread (`jobs` > 1; default
   * `BUDGET_DEFAULTS`): an article over it is left out with a message naming it, the rest is built.
   */
  articleBudget?: Partial<ArticleBudget>;
}

export interface StreamBuildResult {
  /** The graph (analyzed), as written. */
  graph: ActorGraph;
  summary: BuildSummary;
  problems: InputProblem[];
  notices: string[];
  /** The ingest notices among `notices`, with their kinds (for a count per kind). */
  ingestNotices: readonly IngestNotice[];
  /** Files inside the input folders not read for their kind (`notes.md`, `map.png`), in reading order. */
  skipped: string[];
  files: ReturnType<typeof outputFiles>;
  /**
   * Cache folder (when used), and how many articles came from it or were extracted — `ahead` of
   * them while unchanged input files before them were replayed.
   */
  cache: { dir?: string; hits: number; misses: number; ahead: number };
  /** Worker threads allowed (1: extraction in the calling thread). */
  jobs: number;
  /** Worker threads started: fewer than `jobs` when there was little to extract (0: none). */
  workers: number;
  /** Articles whose output lines and graph aggregates were kept from the last build (0: none). */
  resumed: number;
  /**
   * Input files replayed from their manifest (unchanged since the last build), files read, and of
   * those, JSONL files that had only grown: their first part replayed, only the rest read.
   */
  inputs: { replayed: number; read: number; grown: number };
  /** Milliseconds per phase. */
  timings: { extract: number; merge: number; write: number; analyze: number; export: number; total: number };
}

export const STREAM_DEFAULTS = {
  jobs: 1,
  /** Articles per message to a worker. */
  batch: 8,
  /** Articles read ahead of the oldest unfinished one, per worker. */
  inFlightPerJob: 128,
  /**
   * Articles, or characters of text, sent to the workers and not yet answered that make the pool
   * start one more thread, per running thread. A new thread first spends about half a second on
   * loading and then runs its first articles 2–3× slower than a warm one while V8 compiles the
   * extractor for it (on the same cores): below about this much work, one thread is done sooner.
   */
  growArticles: 1024,
  growChars: 2 * 2 ** 20,
  /** Warm-up of workers started ahead of work, at most (ms). */
  warmupMs: 500,
  /** Articles of a new file sent to the workers while unchanged files before it are replayed, at most. */
  ahead: 2048,
  /** …and characters of text at most. */
  aheadChars: 32 * 2 ** 20,
};

/**
 * Whether an absolute path is one of a build's own: its output files (`<outDir>/<name>.*`, and the
 * other formats' files beside them) or its cache folder, or the output of any other build. Never read as input, even when they lie in
 * an input folder, and not changes to rebuild for when watching.
 */
export function isOwnPath(outDir: string, name: string, cache: StreamBuildOptions['cache'] = true): (absolutePath: string) => boolean {
  const own = path.resolve(outDir, `${name}.`);
  const cacheRoot = cache === false ? undefined : path.resolve(typeof cache === 'string' ? cache : path.join(outDir, CACHE_DIR_NAME));
  // Also the files of every other build into a folder (written.ts): builds never feed each other.
  return (p) => p.startsWith(own) || (cacheRoot !== undefined && (p === cacheRoot || p.startsWith(cacheRoot + path.sep))) || writtenByActorgraph(p);
}

/**
 * The jobs the CLI runs for `--jobs n`: more threads than cores only slow the build, more than
 * memory holds (each thread may fill its heap budget, besides wink's model) end it. The output does
 * not depend on the number. With a notice when capped.
 */
export function capJobs(jobs: number, budget: Partial<ArticleBudget> = {}, cores = availableParallelism(), memory = totalmem()): { jobs: number; notice?: string } {
  const memoryMb = budget.memoryMb ?? BUDGET_DEFAULTS.memoryMb;
  const byMemory = Math.max(1, Math.floor((0.8 * memory) / ((memoryMb + 200) * 2 ** 20)));
  const cap = Math.max(1, Math.min(cores, byMemory));
  if (jobs <= cap) return { jobs };
  return { jobs: cap, notice: `actorgraph: --jobs ${jobs} capped to ${cap} (${cap === cores ? `${cores} cores here` : `memory for ${byMemory} threads of ${memoryMb} MB`})` };
}

/** The default number of jobs of the CLI: the cores available. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** The options that shape an extraction (part of the cache version). */
export function extractOptionsOf(options: ExtractOptions): ExtractOptions {
  const out: ExtractOptions = {};
  if (options.keepUncertain !== undefined) out.keepUncertain = options.keepUncertain;
  return out;
}

/** A cache entry, an extraction to store, or an article rejected alone (it threw, or went over budget). */
type Pending = number | { key: string; persons: string; x: string } | { rejected: RejectedResult };

/** The key of every entry of a spool (no cache: nothing is looked up by key). */
const SPOOL_KEY = '0'.repeat(64);

/** Length of the shortest summary part, `[[],[]]`. */
const EMPTY_SUMMARY = 7;

/** Persons of every article, read back from the segments, as extractions the merge can read. */
function personsOf(reader: EntryReader, order: IntList, pLen: Int32Array, from = 0): Iterable<ArticleExtraction> {
  return {
    *[Symbol.iterator]() {
      for (let i = from; i < order.length; i++) {
        const e = order.at(i);
        if (pLen[e] <= EMPTY_SUMMARY) continue; // no person: "[[],[…]]"
        const [persons] = JSON.parse(reader.persons(e)) as ActorSummary;
        if (persons.length) yield { meta: { id: '' }, actors: persons, events: [] } as ArticleExtraction;
      }
    },
  };
}

/**
 * Reads articles from files and folders and writes `<name>.json`, `.gexf`, `.events.jsonl` and
 * `.articles.jsonl` to `outDir`, streaming (see the module comment).
 *
 * @example const r = await buildToFiles(['corpus/'], 'graphs', 'corpus', { jobs: 2 }); r.summary.nodes
 */
export async function buildToFiles(paths: string[], outDir: string, name: string, options: StreamBuildOptions = {}): Promise<StreamBuildResult> {
  return buildKeeping(paths, outDir, name, options, undefined);
}

/**
 * Worker threads a caller keeps from one build to the next (a `Builder`): the build uses them and
 * leaves them running, or, after a failure, closes them and leaves none.
 */
export interface KeptThreads {
  pool: WorkerPool | undefined;
}

/** `buildToFiles`, with worker threads kept by the caller when `kept` is given. */
export async function buildKeeping(
  paths: string[],
  outDir: string,
  name: string,
  options: StreamBuildOptions,
  kept: KeptThreads | undefined,
): Promise<StreamBuildResult> {
  outputFiles(outDir, name); // rejects a bad name before anything is made
  // One build at a time per output folder (see lock.ts): refuses while another one writes there.
  const lock = acquireOutputLock(outDir);
  try {
    removeStaleTemps(outDir, lock.previousOwner); // what the killed build whose lock we took left half-written
    return await buildLocked(paths, outDir, name, options, kept);
  } finally {
    lock.release();
  }
}

async function buildLocked(paths: string[], outDir: string, name: string, options: StreamBuildOptions, kept: KeptThreads | undefined): Promise<StreamBuildResult> {
  const t0 = performance.now();
  const notices: string[] = [];
  let jobs = options.jobs ?? STREAM_DEFAULTS.jobs;
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`actorgraph/build: jobs must be a whole number ≥ 1, got ${jobs}`);
  if (jobs > 1 && options.lexicon) {
    notices.push('actorgraph: a preloaded lexicon cannot be shared with worker threads; extracting in one thread (pass aliases/dataDir instead)');
    jobs = 1;
  }
  const budget: ArticleBudget = { ...BUDGET_DEFAULTS, ...options.articleBudget };
  const init: WorkerInit = { aliases: options.aliases, dataDir: options.dataDir, extract: extractOptionsOf(options), warmupMs: STREAM_DEFAULTS.warmupMs };
  // Worker threads start first, loading the lexicon and wink's model while this thread loads its own
  // lexicon and the cache: all of them when every article is to be extracted (no cache), else one,
  // and more only as work piles up (see `growIfBehind`) — a rebuild served by the cache just closes it.
  let pool: WorkerPool | undefined;
  if (jobs > 1) {
    if (kept?.pool && (kept.pool.capacity !== jobs || kept.pool.failed)) {
      await kept.pool.close();
      kept.pool = undefined;
    }
    pool = kept?.pool ?? new WorkerPool(jobs, init, options.cache === false ? jobs : 1, budget);
    if (kept) kept.pool = pool;
  }
  try {
    const before = [...notices];
    try {
      return await buildWith(paths, outDir, name, options, { t0, jobs, notices, init, pool, kept, budget });
    } catch (e) {
      if (!(e instanceof CorruptEntryError)) throw e;
      // A cache entry changed on disk: never used. The build runs again without it (its article is
      // extracted again, the entries around it reused); nothing was written yet.
      forgetCorruptEntry(e);
      notices.length = 0;
      notices.push(...before, `${e.message}; its article was extracted again`);
      // The failed attempt closed its threads: new ones.
      if (jobs > 1) {
        pool = new WorkerPool(jobs, init, 1, budget);
        if (kept) kept.pool = pool;
      }
      return await buildWith(paths, outDir, name, options, { t0, jobs, notices, init, pool, kept, budget });
    }
  } catch (e) {
    if (kept?.pool) {
      await kept.pool.close();
      kept.pool = undefined;
    }
    throw e;
  } finally {
    if (!kept) await pool?.close();
  }
}

async function buildWith(
  paths: string[],
  outDir: string,
  name: string,
  options: StreamBuildOptions,
  start: {
    t0: number;
    jobs: number;
    notices: string[];
    init: WorkerInit;
    pool: WorkerPool | undefined;
    kept: KeptThreads | undefined;
    budget: ArticleBudget;
  },
): Promise<StreamBuildResult> {
  const { t0, jobs, notices, kept } = start;
  const extractOptions = start.init.extract;
  let pool = start.pool;
  const files = outputFiles(outDir, name);
  mkdirSync(outDir, { recursive: true });
  const lex = lexiconFor(options);
  const skipped: string[] = [];
  const ingest: StreamBuildOptions = {
    ...options,
    skip: isOwnPath(outDir, name, options.cache),
    onSkipped: (f) => {
      skipped.push(f);
      options.onSkipped?.(f);
    },
  };
  if (kept && pool?.loadedOther(lex.version)) {
    // The aliases file changed since the kept threads loaded it: new threads.
    await pool.close();
    pool = kept.pool = new WorkerPool(jobs, start.init, 1, start.budget);
  }
  const problems: InputProblem[] = [];
  const rejected: ArticleRecord[] = [];
  const book = new NoticeBook();

  // Where extractions go.
  let sink: ExtractionSink;
  let cacheDir: string | undefined;
  if (options.cache === false) sink = new Spool(outDir, name);
  else {
    const root = typeof options.cache === 'string' ? options.cache : path.join(outDir, CACHE_DIR_NAME);
    const codeRoot = jobs > 1 ? path.resolve(path.dirname(workerScript()), '..') : CODE_ROOT;
    try {
      const cache = ExtractionCache.open(root, extractorVersion(lex, extractOptions, codeRoot));
      notices.push(...cache.notes);
      cacheDir = cache.dir;
      sink = cache;
    } catch (e) {
      notices.push(`actorgraph: cache disabled (${(e as Error).message})`);
      sink = new Spool(outDir, name);
    }
  }

  const order = new IntList();
  const outs: OutputFile[] = [];
  const recorders: ManifestRecorder[] = [];
  let total: number | undefined;
  let lastReport = 0;
  const report = (p: BuildProgress, force = false) => {
    if (!options.onProgress) return;
    const now = Date.now();
    if (!force && now - lastReport < 100) return;
    lastReport = now;
    options.onProgress(p);
  };
  const timings = { extract: 0, merge: 0, write: 0, analyze: 0, export: 0, total: 0 };
  const inputs = { replayed: 0, read: 0, grown: 0 };
  const cache = sink instanceof ExtractionCache ? sink : undefined;
  const level = options.level ?? 'actor';
  const evidencePerEdge = options.evidencePerEdge ?? ASSEMBLE_DEFAULTS.evidencePerEdge;
  // What the last build into these files left (cache only): resume its write phase if it still fits.
  const statePath = cache ? outputStatePath(cache.dir, outDir, name) : undefined;
  const previous = statePath ? loadOutputState(statePath, level, evidencePerEdge) : undefined;

  try {
    // ---- 1. extract ----
    if (options.onProgress && options.estimateTotal)
      countArticles(paths, ingest.skip).then(
        (n) => (total = n),
        () => undefined,
      );
    const reorder = new Map<number, Pending>();
    // The key of each article at the workers, by sequence number (negative: sent ahead, below).
    const pendingKeys = new Map<number, string>();
    // Articles sent to the workers ahead of their turn, by key: the extraction (null while in
    // flight), and the sequence number of an article waiting for one.
    const early = new Map<string, { persons: string; x: string } | null>();
    const earlyWaiting = new Map<string, number>();
    let aheadUsed = 0;
    let read = 0; // articles read (sequence numbers handed out)
    let next = 0; // next sequence number to commit
    let failure: Error | undefined;
    // Articles rejected at extraction: their keys are in the chain but not in `order`, so the last
    // build's tables cannot be resumed from (nor this build's saved for the next).
    let extractRejected = 0;
    let wake: (() => void) | undefined;
    // The articles' keys in input order, chained: equal chains, equal sequences.
    const keyChain = createHash('sha256');
    let chainAtPrevious = previous?.articles === 0 ? keyChain.copy().digest('hex') : undefined;
    const advance = (entry: number) => {
      order.push(entry);
      next++;
      options.onArticle?.(next);
      report({ phase: 'extract', done: next, total, cached: sink.hits });
    };
    const commit = () => {
      if (reorder.size === 0) return;
      for (;;) {
        const r = reorder.get(next);
        if (r === undefined) break;
        reorder.delete(next);
        if (typeof r === 'object' && 'rejected' in r) {
          // Rejected alone: listed with its error, no entry (never cached: the next build tries again).
          const { origin, id, error } = r.rejected;
          onProblem({ origin, id, message: error });
          extractRejected++;
          next++;
          options.onArticle?.(next);
          continue;
        }
        advance(typeof r === 'number' ? r : sink.put(r.key, r.persons, r.x));
      }
    };
    pool?.listen({
      version: lex.version,
      onResults: (results: ExtractedResult[]) => {
        for (const r of results) {
          const key = pendingKeys.get(r.seq)!;
          pendingKeys.delete(r.seq);
          if ('error' in r) {
            if (r.seq >= 0) reorder.set(r.seq, { rejected: r });
            else {
              // Sent ahead: rejected for the article waiting for it, else extracted again in its turn.
              const waiting = earlyWaiting.get(key);
              early.delete(key);
              if (waiting !== undefined) {
                earlyWaiting.delete(key);
                reorder.set(waiting, { rejected: r });
              }
            }
            continue;
          }
          if (r.seq < 0) {
            // Extracted ahead (see below): kept for its article, or handed to it if it is waiting.
            const waiting = earlyWaiting.get(key);
            if (waiting === undefined) early.set(key, { persons: r.persons, x: r.x });
            else {
              earlyWaiting.delete(key);
              early.delete(key);
              reorder.set(waiting, { key, persons: r.persons, x: r.x });
            }
            continue;
          }
          reorder.set(r.seq, { key, persons: r.persons, x: r.x });
        }
        try {
          commit();
        } catch (e) {
          failure ??= e as Error;
        }
        wake?.();
      },
      onFailure: (e) => {
        failure ??= e;
        wake?.();
      },
    });
    /** One more thread when the articles waiting for extraction would keep those running busy long. */
    const growIfBehind = (p: WorkerPool) => {
      if (!p.full && (p.pending >= STREAM_DEFAULTS.growArticles * p.size || p.pendingChars >= STREAM_DEFAULTS.growChars * p.size)) p.grow();
    };
    const limit = STREAM_DEFAULTS.inFlightPerJob * jobs;
    let batch: Array<{ seq: number; article: Article }> = [];
    const dispatch = () => {
      if (batch.length) {
        pool!.submit(batch);
        growIfBehind(pool!);
      }
      batch = [];
    };
    const waitUntil = async (done: () => boolean) => {
      while (!failure && !done()) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (failure) throw failure;
    };
    const onNotice = (n: IngestNotice) => {
      notices.push(n.message);
      book.add(n);
      options.onNotice?.(n);
    };
    const onProblem = (p: InputProblem) => {
      problems.push(p);
      rejected.push(rejectedRecord(p));
    };
    /** Takes one article (or, replayed, its cache entry); true when the caller must wait for workers. */
    const take = (item: Article | undefined, key: string, entry?: number): boolean => {
      if (failure) throw failure;
      const seq = read++;
      keyChain.update(key.slice(0, 32));
      if (previous && read === previous.articles) chainAtPrevious = keyChain.copy().digest('hex');
      const hit = entry !== undefined ? sink.hit(entry) : sink.lookup(key);
      if (hit !== undefined && seq === next) advance(hit);
      else if (hit !== undefined) reorder.set(seq, hit);
      else if (!item) throw new Error(`actorgraph/build: internal error: article ${key} not in the cache`);
      else if (early.has(key)) {
        const done = early.get(key);
        aheadUsed++;
        if (done) {
          early.delete(key);
          reorder.set(seq, { key, ...done });
        } else earlyWaiting.set(key, seq);
      } else if (jobs === 1) {
        try {
          reorder.set(seq, { key, ...serializeExtraction(extractArticle(item, lex, extractOptions)) });
        } catch (e) {
          // One article that breaks the extractor is left out with its error; the others go on.
          const error = `actorgraph/build: article ${item.id} failed and was left out: ${(e as Error).message}`;
          reorder.set(seq, { rejected: { seq, id: item.id, origin: item.origin, error } });
        }
      }
      else {
        pendingKeys.set(seq, key);
        batch.push({ seq, article: item });
        if (batch.length >= STREAM_DEFAULTS.batch) dispatch();
      }
      commit();
      // While the pool may still grow, reading goes on far enough for the backlog to show.
      return read - next >= (pool && !pool.full ? limit + STREAM_DEFAULTS.growArticles * pool.size : limit);
    };
    const backpressure = async () => {
      dispatch();
      await waitUntil(() => read - next < limit / 2);
    };

    const manifests = cache && distinctFiles(paths) ? new InputManifests(cache.dir, options) : undefined;
    // Every article to extract (no cache, or an empty one): every thread now.
    if (pool && (!cache || cache.entries === 0)) while (pool.grow());
    // Each input file's stat and real path, once (they are all regular files when there are manifests).
    const found = manifests ? paths.map((f) => ({ st: statFile(f), real: realpathSync(f) })) : [];
    const replayable = manifests ? paths.map((f, i) => found[i].st !== undefined && manifests.looksReplayable(f, found[i].real, found[i].st!)) : [];
    // New articles after unchanged files (a rebuild after adding a file): the first of them go to the
    // workers now, to be extracted while this thread replays the unchanged files. Read with this
    // file's own ids: an article renamed later (its id used in an earlier file) gets another key and
    // is simply extracted again in its turn.
    // So do the articles added to a file that has only grown (a feed appended to), while its first
    // part is replayed.
    const firstRead = replayable.indexOf(false);
    const aheadFile = manifests && firstRead >= 0 ? paths[firstRead] : undefined;
    const aheadStat = aheadFile ? found[firstRead].st : undefined;
    const aheadTail = aheadFile && aheadStat ? manifests!.tailOf(aheadFile, found[firstRead].real, aheadStat) : undefined;
    if (pool && cache && aheadFile && (firstRead > 0 || aheadTail)) {
      let n = 0;
      let held = 0;
      let pending: Array<{ seq: number; article: Article }> = [];
      for await (const item of readArticles([aheadFile], { ...ingest, ids: new UniqueIds(), onNotice: () => undefined, start: aheadTail })) {
        if (isProblem(item)) continue;
        const key = articleKey(item);
        if (cache.entryOf(key) !== undefined || early.has(key)) continue;
        const seq = -1 - n;
        early.set(key, null);
        pendingKeys.set(seq, key);
        pending.push({ seq, article: item });
        if (pending.length >= STREAM_DEFAULTS.batch) {
          pool.submit(pending);
          growIfBehind(pool);
          pending = [];
        }
        held += item.text.length;
        if (++n >= STREAM_DEFAULTS.ahead || held >= STREAM_DEFAULTS.aheadChars) break;
      }
      pool.submit(pending);
      growIfBehind(pool);
    }
    if (manifests && cache) {
      // File by file: a file unchanged since the last build is not read again (see cache/inputs.ts).
      const ids = new UniqueIds();
      let chain = CHAIN_START;
      for (const [i, file] of paths.entries()) {
        const { st, real } = found[i];
        const replay = st ? manifests.replay(file, real, st, chain, (k) => cache.entryOf(k)) : undefined;
        // A file read (or grown: its first bytes replayed, recorded again, and the rest read) gets a new manifest.
        const rec = st && (!replay || replay.tail) ? manifests.record(file, real, st, chain) : undefined;
        if (rec) recorders.push(rec);
        if (replay) {
          for (const it of replay.items()) {
            if ('article' in it) {
              const a = it.article;
              if (ids.claim(a.asRead, a.origin).id !== a.id) throw new Error(`actorgraph/build: internal error: ${file} replayed with other ids`);
              rec?.replayed(a);
              if (take(undefined, a.key, a.entry)) await backpressure();
            } else if ('notice' in it) {
              rec?.notice(it.notice);
              onNotice(it.notice);
            } else {
              rec?.problem(it.problem);
              onProblem(it.problem);
            }
          }
          if (!replay.tail) {
            chain = replay.after;
            inputs.replayed++;
            continue;
          }
          inputs.grown++;
        }
        inputs.read++;
        const onFileNotice = (n: IngestNotice) => {
          rec?.notice(n);
          onNotice(n);
        };
        for await (const item of readArticles([file], { ...ingest, ids, onNotice: onFileNotice, start: replay?.tail })) {
          if (isProblem(item)) {
            rec?.problem(item);
            onProblem(item);
            continue;
          }
          const key = articleKey(item);
          rec?.article(item, key);
          if (take(item, key)) await backpressure();
        }
        chain = rec ? rec.after : `${chain}?`; // a file without manifest ends the replays after it
      }
    } else {
      inputs.read = paths.length;
      for await (const item of readArticles(paths, { ...ingest, onNotice })) {
        if (isProblem(item)) onProblem(item);
        // Without a cache no key is ever looked up: the spool's entries carry a placeholder.
        else if (take(item, cache ? articleKey(item) : SPOOL_KEY)) await backpressure();
      }
    }
    let workers = 0;
    if (pool) {
      dispatch();
      await waitUntil(() => next === read);
      workers = pool.size;
      if (!kept) await pool.close();
      pool = undefined;
    }
    commit();
    if (next !== read) throw new Error(`actorgraph/build: internal error: ${read - next} articles not extracted`);
    report({ phase: 'extract', done: next, total: next, cached: sink.hits }, true);
    // Nothing read (a mistyped path, a folder of other files): the last build's outputs stay.
    if (order.length === 0) throw nothingRead(paths, outDir, problems, skipped);
    sink.finishWriting();
    // The new entries are durable: the manifests that point to them can be.
    for (const rec of recorders.splice(0)) rec.commit();
    const t1 = performance.now();
    timings.extract = t1 - t0;

    // ---- 2. merge ----
    const store = sink.store;
    const persons = personsOf(store.reader(), order, store.entries.pLen);
    // The persons of the last build's articles, when they come first again: only the new ones are read.
    const sameStart = previous !== undefined && !extractRejected && chainAtPrevious === previous.chain && previous.articles <= order.length;
    const tally = new PersonTally(sameStart ? previous.persons : []);
    for (const x of sameStart ? personsOf(store.reader(), order, store.entries.pLen, previous.articles) : persons) tally.add(x, lex);
    const map = resolvePersons(tally, lex);
    let countryMap: Map<string, string> | undefined;
    if (level === 'country') {
      countryMap = countryLevelMap({
        *[Symbol.iterator]() {
          for (const x of persons) yield remapExtraction(x, map);
        },
      });
    }
    const t2 = performance.now();
    timings.merge = t2 - t1;

    // ---- 3. write ----
    const reader = store.reader();
    // The extractions' notices, in article order; a resumed build says those of the articles it kept.
    const capNotices: string[] = [];
    const remapped = (entry: number): ArticleExtraction => {
      let x = JSON.parse(reader.extraction(entry)) as ArticleExtraction;
      // What the bounds on the article's work cut (pipeline/bounds.ts), said with the build's notices.
      if (x.notices) capNotices.push(...x.notices);
      if (touches(x, map)) x = remapExtraction(x, map);
      if (countryMap) {
        const cm = countryMap;
        x = remapExtraction({ ...x, actors: x.actors.filter((a) => !(a.type === 'person' && cm.has(a.key))) }, cm, true);
      }
      return x;
    };
    const offsets = new Offsets();
    let eventsOut: OutputFile | undefined;
    let articlesOut: OutputFile | undefined;
    let events = 0;
    let undated = 0;
    // A text several articles carry is written once, at its first article, with its counts
    // (repeats.ts): counted over every article before any line is written. Only meta and
    // fingerprint are read here, which remapping leaves as they are.
    const texts = new RepeatedTexts();
    /** A new article repeats the text of one the last build wrote: those lines lack the new counts. */
    let repeatsOld = false;
    for (let i = 0; i < order.length; i++) {
      const x = JSON.parse(reader.extraction(order.at(i))) as ArticleExtraction;
      texts.add(x);
      if (previous && i >= previous.articles && texts.firstOf(x, i) < previous.articles) repeatsOld = true;
    }
    /** Writes the lines of the article at `index` and records where they end. */
    const writeArticle = (x: ArticleExtraction, index: number) => {
      const written = texts.eventsOf(x, index);
      let lines = '';
      for (const e of written) lines += `${eventToJSON(e)}\n`;
      eventsOut!.write(lines);
      articlesOut!.write(`${articleToJSON(book.line(articleLine(x), x.notices))}\n`);
      offsets.push(eventsOut!.size, articlesOut!.size, written.length);
      events += written.length;
    };
    // Resume: when the first articles are those of the last build, in the same order, and its tables
    // are untouched, keep its graph aggregates and lines — redoing only the articles and nodes that a
    // changed cross-article merge concerns — and add the new articles.
    let acc: GraphAccumulator | undefined;
    let from = 0;
    const old = previous && !extractRejected && chainAtPrevious === previous.chain ? loadOffsets(statePath!, previous) : undefined;
    if (
      previous &&
      old &&
      !repeatsOld &&
      sameStamp(previous.eventsFile, stampOf(files.events)) &&
      sameStamp(previous.articlesFile, stampOf(files.articles)) &&
      sameEntries(previous.countryMap, countryMap) &&
      (countryMap === undefined || sameEntries(previous.map, map)) &&
      // With no merges at all remapExtraction keeps self-loop events, with any it drops them.
      (previous.map.length === 0) === (map.size === 0)
    ) {
      try {
        acc = GraphAccumulator.fromState(lex, options, previous.acc);
        eventsOut = new OutputFile(files.events);
        outs.push(eventsOut);
        articlesOut = new OutputFile(files.articles);
        outs.push(articlesOut);
        const prevMap = new Map(previous.map);
        // Keys whose merge changed; the nodes whose aggregates that changes; the articles concerned.
        const changed = new Set<string>();
        for (const k of new Set([...prevMap.keys(), ...map.keys()])) if (prevMap.get(k) !== map.get(k)) changed.add(k);
        const nodesToRedo = new Set<string>(changed);
        for (const k of changed) {
          const was = prevMap.get(k);
          const is = map.get(k);
          if (was !== undefined) nodesToRedo.add(was);
          if (is !== undefined) nodesToRedo.add(is);
        }
        acc.drop(nodesToRedo);
        const personsReader = store.reader();
        let copyFrom = 0; // first old article not yet copied
        const copyUpTo = (i: number) => {
          if (i <= copyFrom) return;
          eventsOut!.copyRange(files.events, old.eventsStart(copyFrom), old.eventsEnd(i - 1));
          articlesOut!.copyRange(files.articles, old.articlesStart(copyFrom), old.articlesEnd(i - 1));
          for (let j = copyFrom; j < i; j++) offsets.push(eventsOut!.size - (old.eventsEnd(i - 1) - old.eventsEnd(j)), articlesOut!.size - (old.articlesEnd(i - 1) - old.articlesEnd(j)), old.count(j));
          copyFrom = i;
        };
        events = previous.events;
        for (let i = 0; nodesToRedo.size && i < previous.articles; i++) {
          const entry = order.at(i);
          if (store.entries.pLen[entry] <= EMPTY_SUMMARY) continue;
          // Every key remapExtraction looks up: actor keys, affiliations (event ends are actor keys).
          const [persons, others] = JSON.parse(personsReader.persons(entry)) as ActorSummary;
          let rewrite = false;
          let redo = false;
          for (const p of persons) {
            if (changed.has(p.key) || (p.affiliation !== undefined && changed.has(p.affiliation))) rewrite = true;
            if (nodesToRedo.has(map.get(p.key) ?? p.key)) redo = true;
          }
          for (const k of others) {
            if (changed.has(k)) rewrite = true;
            if (nodesToRedo.has(map.get(k) ?? k)) redo = true;
          }
          if (!rewrite && !redo) continue;
          const x = remapped(entry);
          acc.add(x, nodesToRedo);
          if (rewrite) {
            copyUpTo(i);
            events -= old.count(i);
            writeArticle(x, i);
            copyFrom = i + 1;
          }
        }
        copyUpTo(previous.articles);
        from = previous.articles;
        undated = previous.undated;
        capNotices.unshift(...(previous.notices ?? []));
      } catch {
        for (const out of outs.splice(0)) out.abort();
        offsets.clear();
        acc = undefined;
        events = 0;
        undated = 0;
        capNotices.length = 0;
      }
    }
    if (!acc) {
      acc = new GraphAccumulator(lex, options);
      eventsOut = new OutputFile(files.events);
      outs.push(eventsOut);
      articlesOut = new OutputFile(files.articles);
      outs.push(articlesOut);
    }
    for (let i = from; i < order.length; i++) {
      const x = remapped(order.at(i));
      acc.add(x);
      writeArticle(x, i);
      if (!x.meta.date) undated++;
      report({ phase: 'write', done: i + 1, total: order.length });
    }
    const tail = articlesOut!.size;
    const saidCaps = [...new Set(capNotices)];
    notices.push(...saidCaps);
    for (const r of [...rejected, ...book.fileRecords()]) articlesOut!.write(`${articleToJSON(r)}\n`);
    report({ phase: 'write', done: order.length, total: order.length }, true);
    const graph = acc.graph();
    const t3 = performance.now();
    timings.write = t3 - t2;

    const analyzeOpt = options.analyze ?? true;
    if (analyzeOpt !== false && graph.order > 0) analyze(graph, analyzeOpt === true ? {} : analyzeOpt);
    const t4 = performance.now();
    timings.analyze = t4 - t3;

    // Render first: a failure while rendering leaves every old file as it was.
    const json = toJSON(graph);
    const gexf = toGEXF(graph, options.gexf ?? {});
    // All four files go to disk as temporary files first: a full disk or any write error shows
    // before the first rename, and every old file stays as it was. Then the renames.
    const jsonOut = new OutputFile(files.json);
    outs.push(jsonOut);
    jsonOut.write(json);
    const gexfOut = new OutputFile(files.gexf);
    outs.push(gexfOut);
    gexfOut.write(gexf);
    for (const out of [eventsOut!, articlesOut!, jsonOut, gexfOut]) out.prepare();
    if (statePath) rmSync(statePath, { force: true }); // the tables are about to change
    // Listed as actorgraph's before they appear under their names (written.ts); a failure here
    // still changes no output.
    recordOutputName(outDir, name);
    for (const out of [eventsOut!, articlesOut!, jsonOut, gexfOut]) out.commit();
    outs.length = 0;
    const t5 = performance.now();
    timings.export = t5 - t4;

    if (statePath && !extractRejected) {
      try {
        saveOutputState(statePath, offsets, {
          format: STATE_FORMAT,
          code: outputCodeFingerprint(),
          level,
          evidencePerEdge,
          articles: order.length,
          chain: keyChain.copy().digest('hex'),
          map: [...map],
          persons: tally.entries(),
          countryMap: countryMap ? [...countryMap] : null,
          events,
          undated,
          eventsFile: stampOf(files.events)!,
          articlesFile: { ...stampOf(files.articles)!, tail },
          acc: acc.toState(),
          notices: saidCaps,
        });
      } catch {
        // only the next build's shortcut is lost
      }
    }
    sink.done(order);
    if (cache) notices.push(...cache.notes.filter((n) => !notices.includes(n)));
    timings.total = performance.now() - t0;
    return {
      graph,
      summary: {
        articles: order.length,
        rejected: rejected.length,
        undated,
        events,
        nodes: graph.order,
        edges: graph.size,
      },
      problems,
      notices,
      ingestNotices: book.ingest,
      skipped,
      files,
      cache: { dir: cacheDir, hits: sink.hits, misses: sink.misses, ahead: aheadUsed },
      jobs,
      workers,
      resumed: from,
      inputs,
      timings,
    };
  } catch (e) {
    await pool?.close();
    for (const out of outs) out.abort();
    for (const rec of recorders) rec.abort();
    // What was extracted stays cached: every entry written is whole.
    try {
      sink.finishWriting();
    } catch {
      // the cache is only an optimization
    }
    sink.dispose();
    throw e;
  }
}

/**
 * Whether remapping `x` with `map` changes it: `remapExtraction` gives an equal extraction when no
 * actor, affiliation or event end is remapped and no event is a self-loop.
 */
function touches(x: ArticleExtraction, map: Map<string, string>): boolean {
  if (map.size === 0) return false;
  for (const a of x.actors) if (map.has(a.key) || (a.affiliation !== undefined && (a.affiliation === '' || map.has(a.affiliation)))) return true;
  for (const e of x.events) if (e.source === e.target || map.has(e.source) || map.has(e.target)) return true;
  return false;
}

/** True when every path is a regular file, each named once (then files can be read one by one). */
function distinctFiles(paths: string[]): boolean {
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

// ---- the state a build leaves for the next one into the same files ----

const STATE_FORMAT = 3;

interface OutputState {
  format: number;
  /** The output code's fingerprint (cache/key.ts): tables written by other code are not kept. */
  code?: string;
  level: string;
  evidencePerEdge: number;
  /** Articles written, and the chain of their keys. */
  articles: number;
  chain: string;
  map: Array<[string, string]>;
  /** The person tally of the articles written (`PersonTally`). */
  persons: PersonTallyEntry[];
  countryMap: Array<[string, string]> | null;
  events: number;
  undated: number;
  eventsFile: FileStamp;
  /** `tail`: where the rejected inputs' lines begin. */
  articlesFile: FileStamp & { tail: number };
  acc: AccumulatorState;
  /** What the bounds cut in the articles written (their extractions' notices), said again on resume. */
  notices?: string[];
}

function outputStatePath(versionDir: string, outDir: string, name: string): string {
  let real = path.resolve(outDir);
  try {
    real = realpathSync(outDir);
  } catch {
    // made below
  }
  const id = createHash('sha256').update(`${real}\u0000${name}`).digest('hex').slice(0, 32);
  return path.join(versionDir, 'outputs', `${id}.json`);
}

function loadOutputState(file: string, level: string, evidencePerEdge: number): OutputState | undefined {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as OutputState;
    if (s.format !== STATE_FORMAT || s.level !== level || s.evidencePerEdge !== evidencePerEdge || s.code !== outputCodeFingerprint()) return undefined;
    return s;
  } catch {
    return undefined;
  }
}

/** Saves the state, and beside it (`.bin`) where each article's lines end in the two tables. */
function saveOutputState(file: string, offsets: Offsets, state: OutputState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, offsets.bytes());
  renameSync(temp, `${file}.bin`);
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

/** Per article: where its lines end in events.jsonl and in articles.jsonl, and its event count. */
class Offsets {
  #data = new Float64Array(3 * 1024);
  length = 0;

  push(eventsEnd: number, articlesEnd: number, count: number): void {
    if (3 * (this.length + 1) > this.#data.length) {
      const grown = new Float64Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    const at = 3 * this.length++;
    this.#data[at] = eventsEnd;
    this.#data[at + 1] = articlesEnd;
    this.#data[at + 2] = count;
  }

  clear(): void {
    this.length = 0;
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.#data.buffer, 0, 3 * this.length * 8);
  }
}

/** The offsets the last build saved, checked against its state. */
interface OldOffsets {
  eventsStart(i: number): number;
  eventsEnd(i: number): number;
  articlesStart(i: number): number;
  articlesEnd(i: number): number;
  count(i: number): number;
}

function loadOffsets(file: string, state: OutputState): OldOffsets | undefined {
  let data: Float64Array;
  try {
    const buf = readFileSync(`${file}.bin`);
    if (buf.length !== 3 * 8 * state.articles) return undefined;
    data = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
  } catch {
    return undefined;
  }
  const n = state.articles;
  const old: OldOffsets = {
    eventsEnd: (i) => data[3 * i],
    articlesEnd: (i) => data[3 * i + 1],
    count: (i) => data[3 * i + 2],
    eventsStart: (i) => (i === 0 ? 0 : data[3 * (i - 1)]),
    articlesStart: (i) => (i === 0 ? 0 : data[3 * (i - 1) + 1]),
  };
  if (n > 0 && (old.eventsEnd(n - 1) !== state.eventsFile.size || old.articlesEnd(n - 1) !== state.articlesFile.tail)) return undefined;
  if (n === 0 && (state.eventsFile.size !== 0 || state.articlesFile.tail !== 0)) return undefined;
  return old;
}

function sameEntries(a: Array<[string, string]> | null, b: Map<string, string> | undefined): boolean {
  if (a === null || b === undefined) return a === null && b === undefined;
  if (a.length !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
