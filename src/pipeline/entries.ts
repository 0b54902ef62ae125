// Where the extraction stage puts each article's extraction, and how the merge and write stages read
// it back by entry number: the cache or a spool file (cache/index.ts) for `buildToFiles`, memory for
// `buildGraph`/`buildFromFiles`. Entries are stored serialized (serialize.ts) in every case, so the
// stages after extraction see the same thing whichever store is plugged in.
import type { ExtractionSink } from '../cache/index.js';
import type { SegmentStore } from '../cache/store.js';

/** Reads entries back (each reader keeps its own buffers: two may be used in turn). */
export interface EntryText {
  persons(entry: number): string;
  extraction(entry: number): string;
}

/** The stored entries, as the stages after extraction read them. */
export interface EntryStore {
  reader(): EntryText;
  /** Length of an entry's summary part (`EMPTY_SUMMARY` or less: no person). */
  summaryLength(entry: number): number;
}

/** What the extraction stage needs of where extractions go. */
export type Sink = Omit<ExtractionSink, 'store'>;

/** Length of the shortest summary part, `[[],[]]`. */
export const EMPTY_SUMMARY = 7;

/** The entries of a cache or spool. */
export function segmentEntries(store: SegmentStore): EntryStore {
  return {
    reader: () => store.reader(),
    // Entry numbers come from the store itself: in bounds.
    summaryLength: (entry) => store.entries.pLen[entry]!,
  };
}

/** Extractions kept in memory, for a build that writes no files (nothing is looked up by key). */
export class MemorySink implements Sink, EntryStore {
  readonly #persons: string[] = [];
  readonly #x: string[] = [];
  readonly hits = 0;
  misses = 0;

  lookup(): undefined {
    return undefined;
  }

  hit(): number {
    throw new Error('actorgraph/build: internal error: a memory sink has no entries to hit');
  }

  put(_key: string, persons: string, extraction: string): number {
    this.misses++;
    this.#persons.push(persons);
    return this.#x.push(extraction) - 1;
  }

  finishWriting(): void {}

  done(): void {}

  dispose(): void {}

  reader(): EntryText {
    return { persons: (entry) => this.#persons[entry]!, extraction: (entry) => this.#x[entry]! };
  }

  summaryLength(entry: number): number {
    return this.#persons[entry]!.length;
  }
}
