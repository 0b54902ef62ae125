// The build into files, for corpora of any size: memory follows the graph, not the corpus. The
// build loop (loop.ts) runs with files plugged in (file-build.ts):
//
//  1. read and extract — articles are read one by one (read-stage.ts); each is looked up in the
//     cache (by its content hash) or extracted, in this thread (`jobs: 1`) or by worker threads
//     (pool.ts); results are put back in input order and appended, serialized, to the cache's new
//     segment (or to a temporary spool file in the output folder without cache): extract-stage.ts.
//     Only their positions stay in memory. With the cache, input files named one by one and
//     unchanged since the last build are not read at all: their manifests (cache/inputs.ts) say
//     which cached extractions they gave; the first articles of a new file after such files go to
//     the workers before those are replayed.
//  2. merge — the cross-article merge reads the person actors back from the segments; at
//     `level: 'country'`, so does the person → state fold (merge-stage.ts).
//  3. write — extractions are read back in input order, the merge applied, fed to the graph
//     accumulator and streamed to events.jsonl and articles.jsonl (temporary files; write-stage.ts).
//     When the articles of the last build into the same files come first, in the same order, its
//     tables and graph aggregates are kept (the state it left in the cache: output-state.ts) and
//     only the new articles — and, at actor level, those a changed cross-article merge concerns —
//     are redone (all of them when a new article repeats the text of an old one: file-tables.ts).
//  4. the graph is analyzed and rendered, and the four files renamed into place together.
//
// Here: the entry points, one build at a time per output folder, the worker threads' life, and
// the retry after a damaged cache entry. The output is byte-identical to
// `writeBuild(await buildFromFiles(…))`, whatever `jobs`, cache and earlier builds (tests check
// each path).
import { availableParallelism, totalmem } from 'node:os';
import { CorruptEntryError, forgetCorruptEntry } from '../cache/index.js';
import { outputFiles } from './common.js';
import type { ExtractOptions } from './extract.js';
import { buildWith, type FileBuildStart, type KeptThreads } from './file-build.js';
import { acquireOutputLock, removeStaleTemps } from './lock.js';
import { BUDGET_DEFAULTS, WorkerPool, type ArticleBudget } from './pool.js';
import { DEFAULTS, STREAM_DEFAULTS, type StreamBuildOptions, type StreamBuildResult } from './types.js';

export { isOwnPath, type KeptThreads } from './file-build.js';
export { STREAM_DEFAULTS } from './types.js';
export type { StreamBuildOptions, StreamBuildResult } from './types.js';

/**
 * The jobs the CLI runs for `--jobs n`: more threads than cores only slow the build, more than
 * memory holds (each thread may fill its heap budget, besides wink's model) end it. The output does
 * not depend on the number. With a notice when capped.
 */
export function capJobs(
  jobs: number,
  budget: Partial<ArticleBudget> = {},
  cores = availableParallelism(),
  memory = totalmem(),
): { jobs: number; notice?: string } {
  const memoryMb = budget.memoryMb ?? BUDGET_DEFAULTS.memoryMb;
  const byMemory = Math.max(1, Math.floor((0.8 * memory) / ((memoryMb + 200) * 2 ** 20)));
  const cap = Math.max(1, Math.min(cores, byMemory));
  if (jobs <= cap) return { jobs };
  return {
    jobs: cap,
    notice: `actorgraph: --jobs ${jobs} capped to ${cap} (${cap === cores ? `${cores} cores here` : `memory for ${byMemory} threads of ${memoryMb} MB`})`,
  };
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

/**
 * Reads articles from files and folders and writes `<name>.json`, `.gexf`, `.events.jsonl` and
 * `.articles.jsonl` to `outDir`, streaming (see the module comment).
 *
 * @example const r = await buildToFiles(['corpus/'], 'graphs', 'corpus', { jobs: 2 }); r.summary.nodes
 */
export async function buildToFiles(
  paths: string[],
  outDir: string,
  name: string,
  options: StreamBuildOptions = {},
): Promise<StreamBuildResult> {
  return buildKeeping(paths, outDir, name, options, undefined);
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

/** The build's start: its jobs (one thread with a preloaded lexicon), and its threads, started first. */
async function startOf(options: StreamBuildOptions, kept: KeptThreads | undefined): Promise<FileBuildStart> {
  const t0 = performance.now();
  const notices: string[] = [];
  let jobs = options.jobs ?? DEFAULTS.jobs;
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`actorgraph/build: jobs must be a whole number ≥ 1, got ${jobs}`);
  if (jobs > 1 && options.lexicon) {
    notices.push(
      'actorgraph: a preloaded lexicon cannot be shared with worker threads; extracting in one thread (pass aliases/dataDir instead)',
    );
    jobs = 1;
  }
  const budget: ArticleBudget = { ...BUDGET_DEFAULTS, ...options.articleBudget };
  const init = {
    aliases: options.aliases,
    dataDir: options.dataDir,
    extract: extractOptionsOf(options),
    warmupMs: STREAM_DEFAULTS.warmupMs,
  };
  // Worker threads start first, loading the lexicon and wink's model while this thread loads its own
  // lexicon and the cache: all of them when every article is to be extracted (no cache), else one,
  // and more only as work piles up — a rebuild served by the cache just closes it.
  let pool: WorkerPool | undefined;
  if (jobs > 1) {
    if (kept?.pool && (kept.pool.capacity !== jobs || kept.pool.failed)) {
      await kept.pool.close();
      kept.pool = undefined;
    }
    pool = kept?.pool ?? new WorkerPool(jobs, init, options.cache === false ? jobs : 1, budget);
    if (kept) kept.pool = pool;
  }
  return { t0, jobs, notices, init, pool, kept, budget };
}

async function buildLocked(
  paths: string[],
  outDir: string,
  name: string,
  options: StreamBuildOptions,
  kept: KeptThreads | undefined,
): Promise<StreamBuildResult> {
  const start = await startOf(options, kept);
  try {
    const before = [...start.notices];
    try {
      return await buildWith(paths, outDir, name, options, start);
    } catch (e) {
      if (!(e instanceof CorruptEntryError)) throw e;
      // A cache entry changed on disk: never used. The build runs again without it (its article is
      // extracted again, the entries around it reused); nothing was written yet.
      forgetCorruptEntry(e);
      start.notices.length = 0;
      start.notices.push(...before, `${e.message}; its article was extracted again`);
      // The failed attempt closed its threads: new ones.
      if (start.jobs > 1) {
        start.pool = new WorkerPool(start.jobs, start.init, 1, start.budget);
        if (kept) kept.pool = start.pool;
      }
      return await buildWith(paths, outDir, name, options, start);
    }
  } catch (e) {
    if (kept?.pool) {
      await kept.pool.close();
      kept.pool = undefined;
    }
    throw e;
  } finally {
    if (!kept) await start.pool?.close();
  }
}
