// Worker threads that extract articles: batches go to the least busy worker; results come back by
// sequence number and the caller puts them back in input order. The pool can start with fewer
// threads than its size and grow: each new thread must load the lexicon and wink's model and
// compile the extractor again (V8 optimizes per thread), so a small amount of work is done sooner
// by one thread than by two.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, Origin } from '../types.js';
import type { SerializedExtraction } from './serialize.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './worker.js';

/**
 * The compiled worker script: beside this module in `dist/`; when this module runs from `src/`
 * (tests), the one in `dist/` (build it with `npx tsc -p .`).
 */
export function workerScript(): string {
  const own = fileURLToPath(import.meta.url);
  if (own.endsWith('.ts')) return path.resolve(path.dirname(own), '../../dist/pipeline/worker.js');
  return path.join(path.dirname(own), 'worker.js');
}

/** An article rejected alone: it threw, or went over its time or memory budget. */
export interface RejectedResult {
  seq: number;
  id: string;
  origin: Origin;
  /** What went wrong, naming the article. */
  error: string;
}

export type ExtractedResult = (SerializedExtraction & { seq: number }) | RejectedResult;

/** Per-article budgets of a worker thread (see `BUDGET_DEFAULTS`). */
export interface ArticleBudget {
  /** Milliseconds one article may take; over it, the thread is stopped and the article rejected. */
  timeMs: number;
  /** Heap of a thread (MB); an article that fills it is rejected and the thread replaced. */
  memoryMb: number;
}

export const BUDGET_DEFAULTS: ArticleBudget = {
  // Articles take milliseconds (a 10 MiB one a few seconds); a minute is a hang, not work.
  timeMs: 60_000,
  // A thread needs about 150 MB; an article of 10 MiB (the default size limit) stays well below.
  memoryMb: 2048,
};

interface Slot {
  worker: Worker;
  /** Articles sent and not answered. */
  load: number;
  /** The lexicon version the thread reported once it had loaded it. */
  version?: string;
  /** The article being extracted, and since when (from the thread's `start` messages). */
  current?: { batch: number; seq: number; since: number };
  /** Stopped by the pool (over budget): its exit is no failure. */
  stopped?: boolean;
}

/** What the caller does with answers; set by `listen`, before the first `submit`. */
export interface PoolListener {
  /** The caller's `Lexicon.version`: a worker that loaded another fails the build. */
  version: string;
  /** Receives every answered batch. */
  onResults: (results: ExtractedResult[]) => void;
  /** Receives the first failure (a thread that failed, exited or could not load its lexicon). */
  onFailure: (error: Error) => void;
}

/** A set of up to `size` worker threads. */
export class WorkerPool {
  readonly #slots: Slot[] = [];
  readonly #batches = new Map<number, { slot: Slot; size: number; chars: number; items: Array<{ seq: number; article: Article }> }>();
  readonly #budget: ArticleBudget;
  #watchdog: NodeJS.Timeout | undefined;
  readonly #size: number;
  readonly #init: WorkerInit;
  readonly #script: string;
  #nextBatch = 0;
  #pendingChars = 0;
  #closed = false;
  #failure: Error | undefined;
  #listener: PoolListener | undefined;

  /**
   * @param size threads at most
   * @param init what each worker loads
   * @param initial threads started now (default `size`); `grow` starts the others
   */
  constructor(size: number, init: WorkerInit, initial = size, budget: ArticleBudget = BUDGET_DEFAULTS) {
    this.#size = size;
    this.#budget = budget;
    this.#init = init;
    this.#script = workerScript();
    if (!existsSync(this.#script))
      throw new Error(`actorgraph/build: the worker script ${this.#script} is missing; compile with "npx tsc -p ." or use --jobs 1`);
    for (let i = 0; i < Math.min(size, Math.max(1, initial)); i++) this.grow();
  }

  /** Threads started. */
  get size(): number {
    return this.#slots.length;
  }

  /** Threads at most. */
  get capacity(): number {
    return this.#size;
  }

  /** Whether a thread failed or exited (the pool is of no more use). */
  get failed(): boolean {
    return this.#failure !== undefined;
  }

  /** Whether a thread reported loading a lexicon of another version than `version`. */
  loadedOther(version: string): boolean {
    return this.#slots.some((s) => s.version !== undefined && s.version !== version);
  }

  /** Whether every thread the pool may have is started. */
  get full(): boolean {
    return this.#slots.length >= this.#size;
  }

  /** Starts one more thread (it takes the next batches); false when the pool is full or closed. */
  grow(): boolean {
    if (this.full || this.#closed) return false;
    const worker = new Worker(this.#script, { workerData: this.#init, resourceLimits: { maxOldGenerationSizeMb: this.#budget.memoryMb } });
    const slot: Slot = { worker, load: 0 };
    worker.on('message', (m: WorkerReply) => this.#message(slot, m));
    worker.on('error', (e) => {
      if (slot.stopped || this.#closed) return;
      // A thread that dies on an article (out of memory, most likely) costs that article only.
      const oom = (e as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      const why = oom
        ? `ran out of memory (the limit is ${this.#budget.memoryMb} MB per thread)`
        : `broke its worker thread (${e.message})`;
      if (!this.#stop(slot, why)) this.#fail(new Error(`actorgraph/build: a worker thread failed: ${e.message}`));
    });
    worker.on('exit', (code) => {
      if (slot.stopped || this.#closed) return;
      if (!this.#stop(slot, `stopped its worker thread (exit code ${code})`))
        this.#fail(new Error(`actorgraph/build: a worker thread exited (code ${code}) before the build was done`));
    });
    this.#slots.push(slot);
    this.#watch();
    return true;
  }

  /** Articles sent and not yet answered. */
  get pending(): number {
    let n = 0;
    for (const s of this.#slots) n += s.load;
    return n;
  }

  /** Characters of text sent and not yet answered. */
  get pendingChars(): number {
    return this.#pendingChars;
  }

  /**
   * Sets what answers go to, for one build at a time (a pool kept between builds listens again); a
   * failure that came before is reported now.
   */
  listen(listener: PoolListener): void {
    if (this.pending) throw new Error('actorgraph/build: internal error: a worker pool still busy with another build');
    this.#listener = listener;
    for (const s of this.#slots) if (s.version !== undefined) this.#checkVersion(s.version);
    if (this.#failure) listener.onFailure(this.#failure);
  }

  #checkVersion(version: string): void {
    const expected = this.#listener?.version;
    if (expected !== undefined && version !== expected)
      this.#fail(new Error(`actorgraph/build: a worker loaded another lexicon (version ${version}, expected ${expected})`));
  }

  #message(slot: Slot, m: WorkerReply): void {
    if (m.kind === 'ready') {
      slot.version = m.version;
      this.#checkVersion(m.version);
      return;
    }
    if (m.kind === 'start') {
      slot.current = { batch: m.batch, seq: m.seq, since: Date.now() };
      return;
    }
    if (m.kind === 'error') {
      this.#fail(new Error(m.id !== undefined ? `actorgraph/build: extracting article ${m.id} failed: ${m.message}` : m.message));
      return;
    }
    const b = this.#batches.get(m.batch);
    if (!b) return;
    this.#batches.delete(m.batch);
    b.slot.load -= b.size;
    this.#pendingChars -= b.chars;
    if (slot.current?.batch === m.batch) slot.current = undefined;
    const results: ExtractedResult[] = [];
    for (const r of m.results) {
      if ('error' in r) {
        const item = b.items.find((it) => it.seq === r.seq)!;
        results.push({
          seq: r.seq,
          id: item.article.id,
          origin: item.article.origin,
          error: `actorgraph/build: article ${item.article.id} failed and was left out: ${r.error}`,
        });
      } else results.push(r);
    }
    this.#listener!.onResults(results);
  }

  /** Checks the threads' current articles against the time budget, while any thread runs. */
  #watch(): void {
    if (this.#watchdog) return;
    const every = Math.max(10, Math.min(1000, Math.floor(this.#budget.timeMs / 4)));
    this.#watchdog = setInterval(() => {
      const now = Date.now();
      const overdue = this.#slots
        .filter((slot) => slot.current && now - slot.current.since > this.#budget.timeMs)
        .map((slot) => [slot, slot.current!.seq] as const);
      if (!overdue.length) return;
      // Timers run before the messages that came in while this thread was busy (reading a large
      // input, say): a thread whose answer is waiting is not stuck. Look again once they are read.
      setImmediate(() => {
        for (const [slot, seq] of overdue)
          if (slot.current?.seq === seq) this.#stop(slot, `took longer than ${this.#budget.timeMs / 1000} s (the time limit per article)`);
      });
    }, every);
    this.#watchdog.unref();
  }

  /**
   * Stops a thread stuck on (or killed by) one article: that article is rejected with `why`, the
   * other articles sent to the thread go to the others (a new thread takes its place). False when
   * the thread was on no article (the caller fails the build).
   */
  #stop(slot: Slot, why: string): boolean {
    if (slot.stopped) return true;
    // A thread that never said it was ready died loading (its script — say, dist/ half rewritten —,
    // the lexicon, wink's model), before its first article: no article is to blame, and rejecting
    // the first one sent would leave a good article out of the output. The build fails instead, as
    // when a thread reports that it could not load its lexicon. (`ready` comes before any `start`
    // on the same port: a thread seen on an article was seen ready.)
    if (slot.version === undefined) return false;
    const mine = [...this.#batches.entries()].filter(([, b]) => b.slot === slot).sort(([x], [y]) => x - y);
    // Without a `start` message seen yet, the first article sent is the one it was on.
    const culprit = slot.current?.seq ?? mine[0]?.[1].items[0]?.seq;
    if (culprit === undefined) return false;
    slot.stopped = true;
    this.#slots.splice(this.#slots.indexOf(slot), 1);
    void slot.worker.terminate().catch(() => undefined);
    const again: Array<{ seq: number; article: Article }> = [];
    let rejected: RejectedResult | undefined;
    for (const [batch, b] of mine) {
      this.#batches.delete(batch);
      this.#pendingChars -= b.chars;
      for (const it of b.items) {
        if (it.seq === culprit)
          rejected = {
            seq: it.seq,
            id: it.article.id,
            origin: it.article.origin,
            error: `actorgraph/build: article ${it.article.id} ${why}; it was left out`,
          };
        else again.push(it);
      }
    }
    this.grow();
    if (again.length) this.submit(again);
    if (rejected) this.#listener?.onResults([rejected]);
    return true;
  }

  #fail(e: Error): void {
    if (this.#failure || this.#closed) return;
    this.#failure = e;
    this.#listener?.onFailure(e);
  }

  /** Sends a batch to the least busy worker. */
  submit(items: Array<{ seq: number; article: Article }>): void {
    if (this.#failure) throw this.#failure;
    if (!this.#listener) throw new Error('actorgraph/build: internal error: batch submitted before listen()');
    if (!items.length) return;
    let best = this.#slots[0];
    if (!best) throw new Error('actorgraph/build: internal error: no worker thread to send a batch to');
    for (const s of this.#slots) if (s.load < best.load) best = s;
    let chars = 0;
    for (const it of items) chars += it.article.text.length;
    const batch = this.#nextBatch++;
    this.#batches.set(batch, { slot: best, size: items.length, chars, items });
    best.load += items.length;
    this.#pendingChars += chars;
    best.worker.postMessage({ batch, items } satisfies WorkerTask);
  }

  /** Stops the threads (again: nothing). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#watchdog) clearInterval(this.#watchdog);
    await Promise.all(this.#slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }
}
