// One build into files (`buildToFiles`, after the lock and the retry of stream.ts): the build loop
// (loop.ts) with files plugged in — the cache or a spool file for the extractions, the worker pool
// when `jobs` > 1, the input manifests, the tables as temporary files resumed from the last build's
// when they fit — then the four files rendered, written and renamed into place together, and the
// state the next build may resume from saved (output-state.ts).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR_NAME, ExtractionCache, Spool, type ExtractionSink } from '../cache/index.js';
import { extractorVersion, outputCodeFingerprint, CODE_ROOT } from '../cache/key.js';
import { InputManifests, type ManifestRecorder } from '../cache/inputs.js';
import type { Lexicon } from '../lexicon/load.js';
import { toGEXF, toJSON } from '../export/index.js';
import type { ActorGraph } from '../graph/model.js';
import type { GraphAccumulator } from '../graph/accumulate.js';
import { lexiconFor, outputFiles } from './common.js';
import { countArticles } from './count.js';
import { segmentEntries } from './entries.js';
import { FileTables, canResume, resumeTables } from './file-tables.js';
import { BuildLoop } from './loop.js';
import type { Merged } from './merge-stage.js';
import { nothingRead } from './nothing-read.js';
import { OutputFile, stampOf } from './outputs.js';
import { loadOffsets, loadOutputState, outputStatePath, saveOutputState, STATE_FORMAT, type OutputState } from './output-state.js';
import { workerScript, WorkerPool, type ArticleBudget } from './pool.js';
import type { BuildProgress } from './progress.js';
import { distinctFiles, readAll, readWithManifests } from './read-stage.js';
import { DEFAULTS, type OutputFiles, type StreamBuildOptions, type StreamBuildResult } from './types.js';
import type { WriteStage } from './write-stage.js';
import type { WorkerInit } from './worker.js';
import { recordOutputName, writtenByActorgraph } from './written.js';

/**
 * Worker threads a caller keeps from one build to the next (a `Builder`): the build uses them and
 * leaves them running, or, after a failure, closes them and leaves none.
 */
export interface KeptThreads {
  pool: WorkerPool | undefined;
}

/** What a build into files starts with (stream.ts). */
export interface FileBuildStart {
  t0: number;
  jobs: number;
  notices: string[];
  init: WorkerInit;
  pool: WorkerPool | undefined;
  kept: KeptThreads | undefined;
  budget: ArticleBudget;
}

/**
 * Whether an absolute path is one of a build's own: its output files (`<outDir>/<name>.*`, and the
 * other formats' files beside them) or its cache folder, or the output of any other build. Never read as input, even when they lie in
 * an input folder, and not changes to rebuild for when watching.
 */
export function isOwnPath(outDir: string, name: string, cache: StreamBuildOptions['cache'] = true): (absolutePath: string) => boolean {
  const own = path.resolve(outDir, `${name}.`);
  const cacheRoot = cache === false ? undefined : path.resolve(typeof cache === 'string' ? cache : path.join(outDir, CACHE_DIR_NAME));
  // Also the files of every other build into a folder (written.ts): builds never feed each other.
  return (p) =>
    p.startsWith(own) || (cacheRoot !== undefined && (p === cacheRoot || p.startsWith(cacheRoot + path.sep))) || writtenByActorgraph(p);
}

/** Where extractions go: the cache (unless turned off or unusable), else a spool file. */
function openSink(outDir: string, name: string, options: StreamBuildOptions, lex: Lexicon, start: FileBuildStart): ExtractionSink {
  if (options.cache === false) return new Spool(outDir, name);
  const root = typeof options.cache === 'string' ? options.cache : path.join(outDir, CACHE_DIR_NAME);
  const codeRoot = start.jobs > 1 ? path.resolve(path.dirname(workerScript()), '..') : CODE_ROOT;
  try {
    const cache = ExtractionCache.open(root, extractorVersion(lex, start.init.extract, codeRoot));
    start.notices.push(...cache.notes);
    return cache;
  } catch (e) {
    start.notices.push(`actorgraph: cache disabled (${(e as Error).message})`);
    return new Spool(outDir, name);
  }
}

/** Progress reports, about ten a second at most (`force`: the end of a phase). */
function progressReporter(options: StreamBuildOptions): (p: BuildProgress, force?: boolean) => void {
  let last = 0;
  return (p, force = false) => {
    if (!options.onProgress) return;
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    options.onProgress(p);
  };
}

/** A build into files under way: its plugs, and what its stages hand on. */
class FileBuild {
  readonly files: OutputFiles;
  readonly lex: Lexicon;
  readonly skipped: string[] = [];
  readonly ingest: StreamBuildOptions;
  readonly sink: ExtractionSink;
  readonly cache: ExtractionCache | undefined;
  readonly statePath: string | undefined;
  readonly previous: OutputState | undefined;
  readonly loop: BuildLoop;
  readonly outs: OutputFile[] = [];
  readonly recorders: ManifestRecorder[] = [];
  readonly timings = { extract: 0, merge: 0, write: 0, analyze: 0, export: 0, total: 0 };
  readonly inputs = { replayed: 0, read: 0, grown: 0 };
  readonly report: ReturnType<typeof progressReporter>;
  total: number | undefined;
  workers = 0;

  constructor(
    readonly paths: string[],
    readonly outDir: string,
    readonly name: string,
    readonly options: StreamBuildOptions,
    readonly start: FileBuildStart,
    lex: Lexicon,
  ) {
    this.files = outputFiles(outDir, name);
    this.lex = lex;
    this.report = progressReporter(options);
    this.ingest = {
      ...options,
      skip: isOwnPath(outDir, name, options.cache),
      onSkipped: (f) => {
        this.skipped.push(f);
        options.onSkipped?.(f);
      },
    };
    this.sink = openSink(outDir, name, options, lex, start);
    this.cache = this.sink instanceof ExtractionCache ? this.sink : undefined;
    // What the last build into these files left (cache only): resume its write phase if it still fits.
    this.statePath = this.cache ? outputStatePath(this.cache.dir, outDir, name) : undefined;
    this.previous = this.statePath ? loadOutputState(this.statePath, options.level ?? DEFAULTS.level, this.evidencePerEdge) : undefined;
    this.loop = new BuildLoop(options, {
      lex,
      sink: this.sink,
      entries: segmentEntries(this.sink.store),
      pool: start.pool,
      jobs: start.jobs,
      extractOptions: start.init.extract,
      notices: start.notices,
      previousArticles: this.previous?.articles,
      onExtracted: (done) => this.report({ phase: 'extract', done, total: this.total, cached: this.sink.hits }),
    });
  }

  get evidencePerEdge(): number {
    return this.options.evidencePerEdge ?? DEFAULTS.evidencePerEdge;
  }

  /** Whether this build's first articles are the last build's, in the same order, all extracted. */
  get continuesPrevious(): boolean {
    const { previous, loop } = this;
    return previous !== undefined && !loop.stage.extractRejected && loop.stage.chainAtPrevious === previous.chain;
  }

  /** Stage 1, with reading: every article extracted and durable in the sink. */
  async extract(): Promise<void> {
    const { paths, options, cache, start, loop } = this;
    if (options.onProgress && options.estimateTotal)
      countArticles(paths, this.ingest.skip).then(
        (n) => (this.total = n),
        () => undefined,
      );
    const ctx = { paths, ingest: this.ingest, stage: loop.stage, onNotice: loop.onNotice, onProblem: loop.onProblem, inputs: this.inputs };
    const manifests = cache && distinctFiles(paths) ? new InputManifests(cache.dir, options) : undefined;
    // Every article to extract (no cache, or an empty one): every thread now.
    if (start.pool && (!cache || cache.entries === 0)) while (start.pool.grow());
    if (manifests && cache) await readWithManifests(ctx, cache, manifests, start.pool, this.recorders);
    else await readAll(ctx, cache !== undefined);
    this.workers = await loop.stage.drain();
    if (start.pool && !start.kept) await start.pool.close();
    const done = loop.stage.order.length;
    this.report({ phase: 'extract', done, total: done, cached: this.sink.hits }, true);
    // Nothing read (a mistyped path, a folder of other files): the last build's outputs stay.
    if (done === 0) throw nothingRead(paths, this.outDir, loop.problems, this.skipped);
    this.sink.finishWriting();
    // The new entries are durable: the manifests that point to them can be.
    for (const rec of this.recorders.splice(0)) rec.commit();
  }

  /** Stage 2, keeping the last build's tally when its articles come first again. */
  merge(): Merged {
    const { previous, loop } = this;
    const sameStart = previous !== undefined && this.continuesPrevious && previous.articles <= loop.stage.order.length;
    return loop.merge(sameStart ? { persons: previous.persons, articles: previous.articles } : undefined);
  }

  /** Stage 3: the tables as temporary files (the last build's kept when they fit). */
  write(merged: Merged) {
    const { previous, loop, files, outs } = this;
    const old = previous && this.continuesPrevious && this.statePath ? loadOffsets(this.statePath, previous) : undefined;
    const total = loop.stage.order.length;
    return loop.write(merged, {
      fresh: () => new FileTables(files, outs),
      resume: (write, repeatsOld) =>
        previous && old && canResume({ previous, files, write }, repeatsOld)
          ? resumeTables({ previous, old, files, outs, lex: this.lex, options: this.options, write })
          : undefined,
      previousArticles: previous?.articles,
      onWritten: (done) => this.report({ phase: 'write', done, total }),
    });
  }

  /** After the loop: all four files to disk as temporary files, then renamed into place together. */
  commit(tables: FileTables, graph: ActorGraph): void {
    // Render first: a failure while rendering leaves every old file as it was.
    const json = toJSON(graph);
    const gexf = toGEXF(graph, this.options.gexf ?? {});
    // A full disk or any write error shows before the first rename, and every old file stays as it was.
    const jsonOut = new OutputFile(this.files.json);
    this.outs.push(jsonOut);
    jsonOut.write(json);
    const gexfOut = new OutputFile(this.files.gexf);
    this.outs.push(gexfOut);
    gexfOut.write(gexf);
    const all = [tables.events, tables.articles, jsonOut, gexfOut];
    for (const out of all) out.prepare();
    if (this.statePath) rmSync(this.statePath, { force: true }); // the tables are about to change
    // Listed as actorgraph's before they appear under their names (written.ts); a failure here
    // still changes no output.
    recordOutputName(this.outDir, this.name);
    for (const out of all) out.commit();
    this.outs.length = 0;
  }

  /** What the next build may resume from (only its shortcut is lost if this fails). */
  saveState(merged: Merged, tables: FileTables, acc: GraphAccumulator, write: WriteStage, tail: number, notices: string[]): void {
    if (!this.statePath || this.loop.stage.extractRejected) return;
    try {
      saveOutputState(this.statePath, tables.offsets, {
        format: STATE_FORMAT,
        code: outputCodeFingerprint(),
        level: this.loop.level,
        evidencePerEdge: this.evidencePerEdge,
        articles: this.loop.stage.order.length,
        chain: this.loop.stage.keyChain.copy().digest('hex'),
        map: [...merged.map],
        persons: merged.tally.entries(),
        countryMap: merged.countryMap ? [...merged.countryMap] : null,
        events: write.events,
        undated: write.undated,
        eventsFile: stampOf(this.files.events)!,
        articlesFile: { ...stampOf(this.files.articles)!, tail },
        acc: acc.toState(),
        notices,
      });
    } catch {
      // only the next build's shortcut is lost
    }
  }

  /** After a failure: nothing half-written stays, what was extracted stays cached. */
  async abort(): Promise<void> {
    await this.start.pool?.close();
    for (const out of this.outs) out.abort();
    for (const rec of this.recorders) rec.abort();
    // Every entry written is whole.
    try {
      this.sink.finishWriting();
    } catch {
      // the cache is only an optimization
    }
    this.sink.dispose();
  }
}

/** Runs one build into files (see the module comment). */
export async function buildWith(
  paths: string[],
  outDir: string,
  name: string,
  options: StreamBuildOptions,
  start: FileBuildStart,
): Promise<StreamBuildResult> {
  outputFiles(outDir, name); // rejects a bad name before the folder is made
  mkdirSync(outDir, { recursive: true });
  const lex = lexiconFor(options);
  if (start.kept && start.pool?.loadedOther(lex.version)) {
    // The aliases file changed since the kept threads loaded it: new threads.
    await start.pool.close();
    start.pool = start.kept.pool = new WorkerPool(start.jobs, start.init, 1, start.budget);
  }
  const build = new FileBuild(paths, outDir, name, options, start, lex);
  try {
    return await runStages(build);
  } catch (e) {
    await build.abort();
    throw e;
  }
}

/** The stages in turn, timed. */
async function runStages(build: FileBuild): Promise<StreamBuildResult> {
  const { loop, timings, start } = build;
  await build.extract();
  const t1 = performance.now();
  timings.extract = t1 - start.t0;
  const merged = build.merge();
  const t2 = performance.now();
  timings.merge = t2 - t1;
  const { tables, acc, from, write, graph: toGraph } = build.write(merged);
  const tail = tables.articles.size; // where the lines of input not read begin
  const caps = write.finish(tables, loop.rejected);
  loop.notices.push(...caps);
  const articles = loop.stage.order.length;
  build.report({ phase: 'write', done: articles, total: articles }, true);
  const graph = toGraph();
  const t3 = performance.now();
  timings.write = t3 - t2;
  loop.analyze(graph);
  const t4 = performance.now();
  timings.analyze = t4 - t3;
  build.commit(tables, graph);
  timings.export = performance.now() - t4;
  build.saveState(merged, tables, acc, write, tail, caps);
  build.sink.done(loop.stage.order);
  if (build.cache) loop.notices.push(...build.cache.notes.filter((n) => !loop.notices.includes(n)));
  timings.total = performance.now() - start.t0;
  return {
    graph,
    summary: loop.summary(graph, write),
    problems: loop.problems,
    notices: loop.notices,
    ingestNotices: loop.book.ingest,
    skipped: build.skipped,
    files: build.files,
    cache: { dir: build.cache?.dir, hits: build.sink.hits, misses: build.sink.misses, ahead: loop.stage.aheadUsed },
    jobs: start.jobs,
    workers: build.workers,
    resumed: from,
    inputs: build.inputs,
    timings,
  };
}
