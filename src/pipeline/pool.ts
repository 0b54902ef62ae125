// Worker threads that extract articles: batches go to the least busy worker; results come back by
// sequence number and the caller puts them back in input order.
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
  ready: boolean;
}

/** A fixed set of worker threads; `onResults` receives every answered batch. */
export class WorkerPool {
  readonly #slots: Slot[] = [];
  readonly #batches = new Map<number, { slot: Slot; size: number }>();
  #nextBatch = 0;
  #closed = false;
  #failure: Error | undefined;
  readonly #onResults: (results: ExtractedResult[]) => void;
  readonly #onFailure: (error: Error) => void;

  /**
   * @param size number of threads
   * @param init what each worker loads
   * @param expectVersion the main thread's `Lexicon.version`; a worker with another fails the build
   */
  constructor(
    size: number,
    init: WorkerInit,
    expectVersion: string,
    onResults: (results: ExtractedResult[]) => void,
    onFailure: (error: Error) => void,
  ) {
    this.#onResults = onResults;
    this.#onFailure = onFailure;
    const script = workerScript();
    if (!existsSync(script))
      throw new Error(`actorgraph/build: the worker script ${script} is missing; compile with "npx tsc -p ." or use --jobs 1`);
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: init });
      const slot: Slot = { worker, load: 0, ready: false };
      worker.on('message', (m: WorkerReply) => this.#message(slot, m, expectVersion));
      worker.on('error', (e) => this.#fail(new Error(`actorgraph/build: a worker thread failed: ${e.message}`)));
      worker.on('exit', (code) => {
        if (!this.#closed) this.#fail(new Error(`actorgraph/build: a worker thread exited (code ${code}) before the build was done`));
      });
      this.#slots.push(slot);
    }
  }

  get size(): number {
    return this.#slots.length;
  }

  /** Articles sent and not yet answered. */
  get pending(): number {
    let n = 0;
    for (const s of this.#slots) n += s.load;
    return n;
  }

  #message(slot: Slot, m: WorkerReply, expectVersion: string): void {
    if (m.kind === 'ready') {
      slot.ready = true;
      if (m.version !== expectVersion)
        this.#fail(new Error(`actorgraph/build: a worker loaded another lexicon (version ${m.version}, expected ${expectVersion})`));
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
    this.#onResults(m.results);
  }

  #fail(e: Error): void {
    if (this.#failure || this.#closed) return;
    this.#failure = e;
    this.#onFailure(e);
  }

  /** Sends a batch to the least busy worker. */
  submit(items: Array<{ seq: number; article: Article }>): void {
    if (this.#failure) throw this.#failure;
    if (!items.length) return;
    let best = this.#slots[0];
    for (const s of this.#slots) if (s.load < best.load) best = s;
    const batch = this.#nextBatch++;
    this.#batches.set(batch, { slot: best, size: items.length });
    best.load += items.length;
    best.worker.postMessage({ batch, items } satisfies WorkerTask);
  }

  /** Stops the threads. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => s.worker.terminate().catch(() => undefined)));
  }
}
