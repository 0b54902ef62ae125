// Builds that keep their worker threads from one to the next, for a process that rebuilds as
// articles arrive (`actorgraph build --watch`, or a script). A new process spends about a second
// before its threads extract at full speed: each loads wink's model and the lexicon, and V8
// compiles the extractor once per thread (its first articles run 2–3× slower). Here only the first
// build pays that.
import { buildKeeping, defaultJobs, type KeptThreads, type StreamBuildOptions, type StreamBuildResult } from './stream.js';

/** What the kept threads are made with: fixed for the builder's life. */
// The article budget belongs to the threads, which a builder keeps from one build to the next.
export type BuilderOptions = Pick<StreamBuildOptions, 'jobs' | 'aliases' | 'dataDir' | 'keepUncertain' | 'articleBudget'>;

/** The options of one build (as `buildToFiles`'s, less the builder's own). */
export type BuilderBuildOptions = Omit<StreamBuildOptions, keyof BuilderOptions | 'lexicon'>;

/**
 * Runs builds one after another with the same worker threads. `close()` stops them.
 *
 * @example const b = new Builder({ jobs: 2 }); await b.build(['corpus/'], 'graphs', 'corpus'); await b.build(['corpus/'], 'graphs', 'corpus'); await b.close();
 */
export class Builder {
  readonly options: Readonly<BuilderOptions>;
  readonly #kept: KeptThreads = { pool: undefined };
  #last: Promise<unknown> = Promise.resolve();
  #closed = false;

  /** `jobs` defaults to the number of cores. */
  constructor(options: BuilderOptions = {}) {
    this.options = { ...options, jobs: options.jobs ?? defaultJobs() };
  }

  /** Worker threads running now (0 before the first build with `jobs` > 1, after `close`, or after a failed build). */
  get threads(): number {
    return this.#kept.pool?.size ?? 0;
  }

  /**
   * One build, as `buildToFiles(paths, outDir, name, options)`; a call made while another build runs
   * starts when it ends.
   */
  build(paths: string[], outDir: string, name: string, options: BuilderBuildOptions = {}): Promise<StreamBuildResult> {
    if (this.#closed) return Promise.reject(new Error('actorgraph/builder: build() after close()'));
    const run = this.#last.then(() => buildKeeping(paths, outDir, name, { ...options, ...this.options }, this.#kept));
    this.#last = run.catch(() => undefined);
    return run;
  }

  /** Stops the threads, once the build under way (if any) is done. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#last;
    await this.#kept.pool?.close();
    this.#kept.pool = undefined;
  }
}
