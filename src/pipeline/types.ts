// The build's options, results and defaults: shared by every module of the pipeline (and the one
// place each default is set), so that none of them imports another for its types.
import type { InputProblem, RelationEvent } from '../types.js';
import type { AliasesFile, Lexicon } from '../lexicon/load.js';
import type { IngestNotice, IngestOptions } from '../ingest/index.js';
import type { ExtractOptions } from './extract.js';
import { DEFAULTS as ASSEMBLE_DEFAULTS, type ActorGraph, type AssembleOptions } from '../graph/model.js';
import type { AnalyzeOptions } from '../analyze/index.js';
import type { ArticleRecord, GEXFOptions } from '../export/index.js';
import type { ArticleBudget } from './pool.js';
import type { BuildProgress } from './progress.js';

/** The graph's level: every actor, or persons folded into the state they serve. */
export type Level = NonNullable<AssembleOptions['level']>;

/** The defaults of a build's options. */
export const DEFAULTS = {
  level: ASSEMBLE_DEFAULTS.level,
  evidencePerEdge: ASSEMBLE_DEFAULTS.evidencePerEdge,
  analyze: true as boolean | AnalyzeOptions,
  /** Worker threads of `buildToFiles` (1: extraction in the calling thread). */
  jobs: 1,
};

/**
 * How the streamed build's extraction stage runs (tuning only: the output never depends on it).
 * Tests lower some of them to reach a path with little input.
 */
export const STREAM_DEFAULTS = {
  jobs: DEFAULTS.jobs,
  /** Articles per message to a worker. */
  batch: 8,
  /** Articles read ahead of the oldest unfinished one, per worker. */
  inFlightPerJob: 128,
  /**
   * Articles, or characters of text, sent to the workers and not yet answered that make the pool
   * start one more thread, per running thread. A new thread first spends about half a second on
   * loading and then runs its first articles 2–3× slower than a warm one while V8 compiles the
   * extractor for it (on the same cores): below about this much work, one thread is done sooner.
   */
  growArticles: 1024,
  growChars: 2 * 2 ** 20,
  /** Warm-up of workers started ahead of work, at most (ms). */
  warmupMs: 500,
  /** Articles of a new file sent to the workers while unchanged files before it are replayed, at most. */
  ahead: 2048,
  /** …and characters of text at most. */
  aheadChars: 32 * 2 ** 20,
};

export interface BuildOptions extends ExtractOptions, AssembleOptions {
  /** A user's aliases file (path or parsed). */
  aliases?: string | AliasesFile;
  /** Graph analysis steps (communities, centrality, layout); `false` skips all. */
  analyze?: boolean | AnalyzeOptions;
  /** Called after each article. */
  onArticle?: (done: number) => void;
  /** A lexicon already loaded (otherwise the bundled one, with `aliases`). */
  lexicon?: Lexicon;
  /** Folder of the lexicon's data files (default: the bundled data). */
  dataDir?: string;
}

export interface BuildResult {
  graph: ActorGraph;
  /**
   * Every event of the build, in article order (what `events.jsonl` holds): a text several articles
   * carry gives its events once, at its first article, with `articles` and `sources`.
   */
  events: RelationEvent[];
  /** One record per article read, rejected ones with `error`. */
  articles: ArticleRecord[];
  /** Input that could not be read, with file and line. */
  problems: InputProblem[];
  /** Things worth saying that lost nothing (renamed duplicate ids, unreadable dates). */
  notices: string[];
  /** The same, with their kinds (each is also on its article's line in `articles`). */
  ingestNotices: readonly IngestNotice[];
  summary: BuildSummary;
}

export interface BuildSummary {
  articles: number;
  rejected: number;
  undated: number;
  events: number;
  nodes: number;
  edges: number;
}

export interface StreamBuildOptions extends BuildOptions, IngestOptions {
  /** Worker threads extracting articles; 1 (default) extracts in this thread. */
  jobs?: number;
  /**
   * The extraction cache: `true` (default) in `<outDir>/.actorgraph-cache`, a folder path, or
   * `false` for none (a temporary spool file in the output folder instead).
   */
  cache?: boolean | string;
  /** Progress reports (about ten a second at most, and at the end of each phase). */
  onProgress?: (p: BuildProgress) => void;
  /** Count the input's articles first (cheaply, alongside the build) so progress has a total. */
  estimateTotal?: boolean;
  /** Options of the GEXF file (`{mode: 'dynamic'}` for Gephi's timeline). */
  gexf?: GEXFOptions;
  /**
   * Time and memory budget of one article in a worker thread (`jobs` > 1; default
   * `BUDGET_DEFAULTS`): an article over it is left out with a message naming it, the rest is built.
   */
  articleBudget?: Partial<ArticleBudget>;
}

/** The names of the four output files of a build. */
export interface OutputFiles {
  json: string;
  gexf: string;
  events: string;
  articles: string;
}

export interface StreamBuildResult {
  /** The graph (analyzed), as written. */
  graph: ActorGraph;
  summary: BuildSummary;
  problems: InputProblem[];
  notices: string[];
  /** The ingest notices among `notices`, with their kinds (for a count per kind). */
  ingestNotices: readonly IngestNotice[];
  /** Files inside the input folders not read for their kind (`notes.md`, `map.png`), in reading order. */
  skipped: string[];
  files: OutputFiles;
  /**
   * Cache folder (when used), and how many articles came from it or were extracted — `ahead` of
   * them while unchanged input files before them were replayed.
   */
  cache: { dir?: string; hits: number; misses: number; ahead: number };
  /** Worker threads allowed (1: extraction in the calling thread). */
  jobs: number;
  /** Worker threads started: fewer than `jobs` when there was little to extract (0: none). */
  workers: number;
  /** Articles whose output lines and graph aggregates were kept from the last build (0: none). */
  resumed: number;
  /**
   * Input files replayed from their manifest (unchanged since the last build), files read, and of
   * those, JSONL files that had only grown: their first part replayed, only the rest read.
   */
  inputs: { replayed: number; read: number; grown: number };
  /** Milliseconds per phase. */
  timings: { extract: number; merge: number; write: number; analyze: number; export: number; total: number };
}
