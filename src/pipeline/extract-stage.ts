// Stage 1 of the build loop: each article the read stage hands over is looked up in the sink (the
// cache), or extracted — in this thread, or by the worker pool when one is plugged in — and the
// results are put back in input order and stored; only their entry numbers stay in memory
// (`order`). The order of the articles' keys is chained, so the next build can tell whether its
// first articles are this build's.
import { createHash, type Hash } from 'node:crypto';
import type { Article, ArticleExtraction, InputProblem } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { IntList } from '../cache/store.js';
import { extractArticle, type ExtractOptions } from './extract.js';
import { serializeExtraction, type SerializedExtraction } from './serialize.js';
import type { ExtractedResult, RejectedResult, WorkerPool } from './pool.js';
import type { Sink } from './entries.js';
import { STREAM_DEFAULTS } from './types.js';

/** What the write stage counts repeated texts by (repeats.ts): the text's fingerprint and the source. */
export type TextKey = Pick<ArticleExtraction, 'meta' | 'fingerprint'>;

/**
 * A cache entry, an extraction to store (with its text key when it was extracted in this thread),
 * or an article rejected alone (it threw, or went over budget).
 */
type Pending = number | ({ key: string; text?: TextKey } & SerializedExtraction) | { rejected: RejectedResult };

export interface ExtractionPlugs {
  sink: Sink;
  lex: Lexicon;
  extractOptions: ExtractOptions;
  /** Worker threads (none: extraction in this thread). */
  pool: WorkerPool | undefined;
  /** Articles the last build into the same files wrote (its chain is taken after as many). */
  previousArticles?: number;
  onArticle?: (done: number) => void;
  /** After each article committed (progress). */
  onCommitted?: (done: number) => void;
  /** An article rejected at extraction. */
  onProblem: (p: InputProblem) => void;
}

export class ExtractionStage {
  /** Entry of each article, in input order. */
  readonly order = new IntList();
  /**
   * The text key of each article extracted in this thread, by its place in `order` (the others':
   * undefined). The write stage counts repeated texts from these without parsing the stored
   * extraction once more; it parses the rest (cache hits, the workers' results).
   */
  readonly textKeys: Array<TextKey | undefined> = [];
  /** Articles sent to the workers ahead of their turn and then used. */
  aheadUsed = 0;
  /**
   * Articles rejected at extraction: their keys are in the chain but not in `order`, so the last
   * build's tables cannot be resumed from (nor this build's saved for the next).
   */
  extractRejected = 0;
  /** The chain of keys after the last build's number of articles (when this build has as many). */
  chainAtPrevious: string | undefined;
  /** The articles' keys in input order, chained: equal chains, equal sequences. */
  readonly keyChain: Hash = createHash('sha256');
  readonly #plugs: ExtractionPlugs;
  readonly #reorder = new Map<number, Pending>();
  /** The key of each article at the workers, by sequence number (negative: sent ahead). */
  readonly #pendingKeys = new Map<number, string>();
  /** Articles sent ahead, by key: the extraction (null while in flight)… */
  readonly #early = new Map<string, SerializedExtraction | null>();
  /** …and the sequence number of an article waiting for one. */
  readonly #earlyWaiting = new Map<string, number>();
  #read = 0; // articles read (sequence numbers handed out)
  #next = 0; // next sequence number to commit
  #sentAhead = 0;
  #failure: Error | undefined;
  #wake: (() => void) | undefined;
  #batch: Array<{ seq: number; article: Article }> = [];
  readonly #limit: number;

  constructor(plugs: ExtractionPlugs, jobs: number) {
    this.#plugs = plugs;
    this.#limit = STREAM_DEFAULTS.inFlightPerJob * jobs;
    if (plugs.previousArticles === 0) this.chainAtPrevious = this.keyChain.copy().digest('hex');
    plugs.pool?.listen({
      version: plugs.lex.version,
      onResults: (results) => this.#onResults(results),
      onFailure: (e) => {
        this.#failure ??= e;
        this.#wake?.();
      },
    });
  }

  /** Whether the key's article was sent ahead (or is cached: then nothing needs sending). */
  wasSentAhead(key: string): boolean {
    return this.#early.has(key);
  }

  /**
   * Takes one article (or, replayed, its cache entry); true when the caller must wait for the
   * workers (`backpressure`).
   */
  take(item: Article | undefined, key: string, entry?: number): boolean {
    if (this.#failure) throw this.#failure;
    const { sink, pool } = this.#plugs;
    const seq = this.#read++;
    this.keyChain.update(key.slice(0, 32));
    if (this.#read === this.#plugs.previousArticles) this.chainAtPrevious = this.keyChain.copy().digest('hex');
    const hit = entry !== undefined ? sink.hit(entry) : sink.lookup(key);
    if (hit !== undefined && seq === this.#next) this.#advance(hit);
    else if (hit !== undefined) this.#reorder.set(seq, hit);
    else if (!item) throw new Error(`actorgraph/build: internal error: article ${key} not in the cache`);
    else if (this.#early.has(key)) this.#takeEarly(key, seq);
    else if (!pool) this.#reorder.set(seq, this.#extractHere(item, seq, key));
    else {
      this.#pendingKeys.set(seq, key);
      this.#batch.push({ seq, article: item });
      if (this.#batch.length >= STREAM_DEFAULTS.batch) this.#dispatch();
    }
    this.#commit();
    // While the pool may still grow, reading goes on far enough for the backlog to show.
    const limit = pool && !pool.full ? this.#limit + STREAM_DEFAULTS.growArticles * pool.size : this.#limit;
    return this.#read - this.#next >= limit;
  }

  /** Waits until the workers have caught up enough to read on. */
  async backpressure(): Promise<void> {
    this.#dispatch();
    await this.#waitUntil(() => this.#read - this.#next < this.#limit / 2);
  }

  /**
   * Sends articles of a later file to the workers ahead of their turn (while this thread replays
   * unchanged files before it); their results wait for their turn.
   */
  sendAhead(items: Array<{ key: string; article: Article }>): void {
    const pool = this.#plugs.pool!;
    const batch = items.map(({ key, article }) => {
      const seq = -1 - this.#sentAhead++;
      this.#early.set(key, null);
      this.#pendingKeys.set(seq, key);
      return { seq, article };
    });
    pool.submit(batch);
    this.#growIfBehind(pool);
  }

  /** Every article read is extracted and stored: returns the threads that were started. */
  async drain(): Promise<number> {
    let workers = 0;
    const pool = this.#plugs.pool;
    if (pool) {
      this.#dispatch();
      await this.#waitUntil(() => this.#next === this.#read);
      workers = pool.size;
    }
    this.#commit();
    if (this.#next !== this.#read) throw new Error(`actorgraph/build: internal error: ${this.#read - this.#next} articles not extracted`);
    return workers;
  }

  /** `drain` for a build without worker threads, which never waits. */
  drainHere(): void {
    this.#commit();
    if (this.#next !== this.#read) throw new Error(`actorgraph/build: internal error: ${this.#read - this.#next} articles not extracted`);
  }

  #extractHere(item: Article, seq: number, key: string): Pending {
    const { lex, extractOptions } = this.#plugs;
    try {
      const x = extractArticle(item, lex, extractOptions);
      return { key, text: { meta: { id: x.meta.id, source: x.meta.source }, fingerprint: x.fingerprint }, ...serializeExtraction(x) };
    } catch (e) {
      // One article that breaks the extractor is left out with its error; the others go on.
      const error = `actorgraph/build: article ${item.id} failed and was left out: ${(e as Error).message}`;
      return { rejected: { seq, id: item.id, origin: item.origin, error } };
    }
  }

  #takeEarly(key: string, seq: number): void {
    const done = this.#early.get(key);
    this.aheadUsed++;
    if (done) {
      this.#early.delete(key);
      this.#reorder.set(seq, { key, ...done });
    } else this.#earlyWaiting.set(key, seq);
  }

  #advance(entry: number, text?: TextKey): void {
    if (text) this.textKeys[this.order.length] = text;
    this.order.push(entry);
    this.#next++;
    this.#plugs.onArticle?.(this.#next);
    this.#plugs.onCommitted?.(this.#next);
  }

  /** Stores the results that are next in input order. */
  #commit(): void {
    for (let r = this.#reorder.get(this.#next); r !== undefined; r = this.#reorder.get(this.#next)) {
      this.#reorder.delete(this.#next);
      if (typeof r === 'object' && 'rejected' in r) {
        // Rejected alone: listed with its error, no entry (never cached: the next build tries again).
        const { origin, id, error } = r.rejected;
        this.#plugs.onProblem({ origin, id, message: error });
        this.extractRejected++;
        this.#next++;
        this.#plugs.onArticle?.(this.#next);
        continue;
      }
      if (typeof r === 'number') this.#advance(r);
      else this.#advance(this.#plugs.sink.put(r.key, r.persons, r.x), r.text);
    }
  }

  #onResults(results: ExtractedResult[]): void {
    for (const r of results) {
      const key = this.#pendingKeys.get(r.seq)!;
      this.#pendingKeys.delete(r.seq);
      if (r.seq >= 0) this.#reorder.set(r.seq, 'error' in r ? { rejected: r } : { key, persons: r.persons, x: r.x });
      else this.#onEarlyResult(key, r);
    }
    try {
      this.#commit();
    } catch (e) {
      this.#failure ??= e as Error;
    }
    this.#wake?.();
  }

  /** An article extracted ahead: kept for its article, or handed to it if it is waiting. */
  #onEarlyResult(key: string, r: ExtractedResult): void {
    const waiting = this.#earlyWaiting.get(key);
    if ('error' in r) {
      // Rejected for the article waiting for it, else extracted again in its turn.
      this.#early.delete(key);
      if (waiting !== undefined) {
        this.#earlyWaiting.delete(key);
        this.#reorder.set(waiting, { rejected: r });
      }
    } else if (waiting === undefined) this.#early.set(key, { persons: r.persons, x: r.x });
    else {
      this.#earlyWaiting.delete(key);
      this.#early.delete(key);
      this.#reorder.set(waiting, { key, persons: r.persons, x: r.x });
    }
  }

  /** One more thread when the articles waiting for extraction would keep those running busy long. */
  #growIfBehind(p: WorkerPool): void {
    if (!p.full && (p.pending >= STREAM_DEFAULTS.growArticles * p.size || p.pendingChars >= STREAM_DEFAULTS.growChars * p.size)) p.grow();
  }

  #dispatch(): void {
    const pool = this.#plugs.pool;
    if (pool && this.#batch.length) {
      pool.submit(this.#batch);
      this.#growIfBehind(pool);
    }
    this.#batch = [];
  }

  async #waitUntil(done: () => boolean): Promise<void> {
    while (!this.#failure && !done()) await new Promise<void>((resolve) => (this.#wake = resolve));
    this.#wake = undefined;
    if (this.#failure) throw this.#failure;
  }
}
