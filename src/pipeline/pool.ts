// Worker threads that extract articles: batches go to the least busy worker; results come back by
// sequence number and the caller puts them back in input order. The pool can start with fewer
// threads than its size and grow: each new thread must load the lexicon and wink's model and
// compile the extractor again (V8 optimizes per thread), so a small amount of work is done sooner
// by one thread than by two.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../types.js';
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

export type ExtractedResult = SerializedExtraction & { seq: number };

interface Slot {
  worker: Worker;
  /** Articles sent and not answered. */
  load: number;
  /** The lexicon version the thread reported once it had loaded it. */
  version?: string;
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
  readonly #batches = new Map<number, { slot: Slot; size: number; chars: number }>();
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
  constructor(size: number, init: WorkerInit, initial = size) {
    this.#size = size;
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
    const worker = new Worker(this.#script, { workerData: this.#init });
    const slot: Slot = { worker, load: 0 };
    worker.on('message', (m: WorkerReply) => this.#message(slot, m));
    worker.on('error', (e) => this.#fail(new Error(`actorgraph/build: a worker thread failed: ${e.message}`)));
    worker.on('exit', (code) => {
      if (!this.#closed) this.#fail(new Error(`actorgraph/build: a worker thread exited (code ${code}) before the build was done`));
    });
    this.#slots.push(slot);
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
    if (m.kind === 'error') {
      this.#fail(new Error(m.id !== undefined ? `actorgraph/build: extracting article ${m.id} failed: ${m.message}` : m.message));
      return;
    }
    const b = this.#batches.get(m.batch);
    if (!b) return;
    this.#batches.delete(m.batch);
    b.slot.load -= b.size;
    this.#pendingChars -= b.chars;
    this.#listener!.onResults(m.results);
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
    for (const s of this.#slots) if (s.load < best.load) best = s;
    let chars = 0;
    for (const it of items) chars += it.article.text.length;
    const batch = this.#nextBatch++;
    this.#batches.set(batch, { slot: best, size: items.length, chars });
    best.load += items.length;
    this.#pendingChars += chars;
    best.worker.postMessage({ batch, items } satisfies WorkerTask);
  }

  /** Stops the threads (again: nothing). */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }
}
