// The one build loop, which every build runs: read → extract (extract-stage.ts) → merge
// (merge-stage.ts) → write the tables and accumulate the graph (write-stage.ts) → analyze. What
// differs between builds is plugged in: where extractions are stored (memory, a spool file, the
// cache), whether a worker pool extracts, where the tables go (memory or files), and whether the
// last build's tables are kept. `buildGraph`/`buildFromFiles` (build.ts) plug in memory;
// `buildToFiles` (stream.ts) files, the cache and the workers.
import type { InputProblem } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import type { IngestNotice } from '../ingest/index.js';
import type { PersonTallyEntry } from '../actors/resolve.js';
import { GraphAccumulator } from '../graph/accumulate.js';
import type { ActorGraph } from '../graph/model.js';
import { analyze } from '../analyze/index.js';
import type { ArticleRecord } from '../export/index.js';
import { rejectedRecord } from './common.js';
import type { EntryStore, Sink } from './entries.js';
import type { ExtractOptions } from './extract.js';
import { ExtractionStage } from './extract-stage.js';
import { mergeStage, type Merged } from './merge-stage.js';
import { NoticeBook } from './notices.js';
import type { WorkerPool } from './pool.js';
import { DEFAULTS, type BuildOptions, type Level, type BuildSummary, type StreamBuildOptions } from './types.js';
import { countTexts, WriteStage, type TableSink } from './write-stage.js';

export interface LoopPlugs {
  lex: Lexicon;
  sink: Sink;
  entries: EntryStore;
  pool: WorkerPool | undefined;
  jobs: number;
  extractOptions: ExtractOptions;
  /** Notices said before the build started (capped jobs, the cache's own). */
  notices?: string[];
  /** Articles the last build into the same files wrote (for its chain of keys). */
  previousArticles?: number;
  /** After each article extracted, in order (progress). */
  onExtracted?: (done: number) => void;
}

/** The tables to write to, the accumulator, and the first article still to add (a resumed build's). */
export interface OpenTables<T extends TableSink> {
  tables: T;
  acc: GraphAccumulator;
  from: number;
}

/** Where the write stage writes. */
export interface TablePlugs<T extends TableSink> {
  /** New, empty tables. */
  fresh: () => T;
  /** The last build's tables kept, with what it left (undefined: they do not fit). */
  resume?: (write: WriteStage, repeatsOld: boolean) => OpenTables<T> | undefined;
  /** Articles the last build wrote (to tell whether a new one repeats the text of an old one). */
  previousArticles?: number;
  onWritten?: (done: number) => void;
}

export class BuildLoop {
  readonly lex: Lexicon;
  readonly level: Level;
  readonly book = new NoticeBook();
  readonly problems: InputProblem[] = [];
  readonly rejected: ArticleRecord[] = [];
  readonly notices: string[];
  readonly stage: ExtractionStage;
  readonly #options: BuildOptions & Pick<StreamBuildOptions, 'onNotice'>;

  constructor(
    options: BuildOptions & Pick<StreamBuildOptions, 'onNotice'>,
    readonly plugs: LoopPlugs,
  ) {
    this.#options = options;
    this.lex = plugs.lex;
    this.level = options.level ?? DEFAULTS.level;
    this.notices = plugs.notices ?? [];
    this.stage = new ExtractionStage(
      {
        sink: plugs.sink,
        lex: plugs.lex,
        extractOptions: plugs.extractOptions,
        pool: plugs.pool,
        previousArticles: plugs.previousArticles,
        onArticle: options.onArticle,
        onCommitted: plugs.onExtracted,
        onProblem: this.onProblem,
      },
      plugs.jobs,
    );
  }

  /** An ingest notice: said, and on its article's line. */
  readonly onNotice = (n: IngestNotice): void => {
    this.notices.push(n.message);
    this.book.add(n);
    this.#options.onNotice?.(n);
  };

  /** Input that could not be read or extracted: listed, with a line of its own. */
  readonly onProblem = (p: InputProblem): void => {
    this.problems.push(p);
    this.rejected.push(rejectedRecord(p));
  };

  /** Stage 2. `kept`: the last build's tally, when its articles come first again. */
  merge(kept?: { persons: PersonTallyEntry[]; articles: number }): Merged {
    return mergeStage(this.plugs.entries, this.stage.order, this.lex, this.level, kept);
  }

  /** Stage 3: every article not kept from the last build is added and written (see `TablePlugs`). */
  write<T extends TableSink>(merged: Merged, plugs: TablePlugs<T>): { write: WriteStage; graph: () => ActorGraph } & OpenTables<T> {
    const { texts, repeatsOld } = countTexts(this.plugs.entries, this.stage.order, plugs.previousArticles, this.stage.textKeys);
    const write = new WriteStage(this.plugs.entries, this.stage.order, merged, texts, this.book);
    const opened = plugs.resume?.(write, repeatsOld) ?? {
      tables: plugs.fresh(),
      acc: new GraphAccumulator(this.lex, this.#options),
      from: 0,
    };
    write.run(opened.tables, opened.acc, opened.from, plugs.onWritten);
    return { ...opened, write, graph: () => opened.acc.graph() };
  }

  /** Stage 4: the graph's analysis steps (communities, centrality, layout), unless turned off. */
  analyze(graph: ActorGraph): void {
    const steps = this.#options.analyze ?? DEFAULTS.analyze;
    if (steps !== false && graph.order > 0) analyze(graph, steps === true ? {} : steps);
  }

  summary(graph: ActorGraph, write: WriteStage): BuildSummary {
    return {
      articles: this.stage.order.length,
      rejected: this.rejected.length,
      undated: write.undated,
      events: write.events,
      nodes: graph.order,
      edges: graph.size,
    };
  }
}
