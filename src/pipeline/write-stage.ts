// Stage 3 of the build loop: extractions are read back in input order, the merge applied, fed to the
// graph accumulator (aggregates per node and edge) and written to the two tables — events and
// articles — through a `TableSink`: files (file-tables.ts) or memory (`MemoryTables`). A text
// several articles carry is written once, at its first article, with its counts (repeats.ts).
import type { ArticleExtraction, RelationEvent } from '../types.js';
import type { IntList } from '../cache/store.js';
import type { GraphAccumulator } from '../graph/accumulate.js';
import { articleLine, type ArticleRecord } from '../export/index.js';
import type { EntryStore, EntryText } from './entries.js';
import { applyMerge, type Merged } from './merge-stage.js';
import type { NoticeBook } from './notices.js';
import { RepeatedTexts } from './repeats.js';
import type { TextKey } from './extract-stage.js';

/** Where the two tables go. */
export interface TableSink {
  /** One article's lines: its events (a repeated text's only at its first copy) and its record. */
  article(events: RelationEvent[], record: ArticleRecord): void;
  /** A line after the articles' (input that could not be read, notices about no one article). */
  record(r: ArticleRecord): void;
}

/** The tables in memory (`buildGraph`, `buildFromFiles`). */
export class MemoryTables implements TableSink {
  readonly events: RelationEvent[] = [];
  readonly articles: ArticleRecord[] = [];

  article(events: RelationEvent[], record: ArticleRecord): void {
    for (const e of events) this.events.push(e);
    this.articles.push(record);
  }

  record(r: ArticleRecord): void {
    this.articles.push(r);
  }
}

/**
 * Counts the repeated texts over every article before any line is written (only meta and
 * fingerprint are read, which the merge leaves as they are). `previousArticles`: whether a new
 * article repeats the text of one the last build wrote (then those lines lack the new counts).
 * `known`: the text keys the extraction stage kept (by place in `order`); only the other
 * extractions are parsed here.
 */
export function countTexts(
  entries: EntryStore,
  order: IntList,
  previousArticles?: number,
  known: ReadonlyArray<TextKey | undefined> = [],
): { texts: RepeatedTexts; repeatsOld: boolean } {
  const texts = new RepeatedTexts();
  const reader = entries.reader();
  let repeatsOld = false;
  for (let i = 0; i < order.length; i++) {
    const x = known[i] ?? (JSON.parse(reader.extraction(order.at(i))) as ArticleExtraction);
    texts.add(x);
    if (previousArticles !== undefined && i >= previousArticles && texts.firstOf(x, i) < previousArticles) repeatsOld = true;
  }
  return { texts, repeatsOld };
}

export class WriteStage {
  /** Events written (a resumed build starts from the last build's count). */
  events = 0;
  undated = 0;
  /** The extractions' notices (what the bounds cut: pipeline/bounds.ts), in article order. */
  readonly capNotices: string[] = [];
  readonly #reader: EntryText;

  constructor(
    readonly entries: EntryStore,
    readonly order: IntList,
    readonly merged: Merged,
    readonly texts: RepeatedTexts,
    readonly book: NoticeBook,
  ) {
    this.#reader = entries.reader();
  }

  /** The extraction of an entry with the merge applied. */
  remapped(entry: number): ArticleExtraction {
    const x = JSON.parse(this.#reader.extraction(entry)) as ArticleExtraction;
    if (x.notices) this.capNotices.push(...x.notices);
    return applyMerge(x, this.merged);
  }

  /** Writes the lines of the article at `index`. */
  writeArticle(tables: TableSink, x: ArticleExtraction, index: number): void {
    const written = this.texts.eventsOf(x, index);
    tables.article(written, this.book.line(articleLine(x), x.notices));
    this.events += written.length;
  }

  /** Adds and writes the articles from `from` on. */
  run(tables: TableSink, acc: GraphAccumulator, from: number, onWritten?: (done: number) => void): void {
    for (let i = from; i < this.order.length; i++) {
      const x = this.remapped(this.order.at(i));
      acc.add(x);
      this.writeArticle(tables, x, i);
      if (!x.meta.date) this.undated++;
      onWritten?.(i + 1);
    }
  }

  /** The lines after the articles', and the notices of the extractions (each once). */
  finish(tables: TableSink, rejected: readonly ArticleRecord[]): string[] {
    for (const r of [...rejected, ...this.book.fileRecords()]) tables.record(r);
    return [...new Set(this.capNotices)];
  }

  /** Back to nothing written (a resume that failed half-way). */
  reset(): void {
    this.events = 0;
    this.undated = 0;
    this.capNotices.length = 0;
  }
}
