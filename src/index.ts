/**
 * The library's entry point: what scripts import from 'actorgraph', listed name by name, by stage.
 *
 * Every name here is public (test/api.test.ts and test/api-names.txt hold the list, so a change to
 * it is deliberate); everything else in src/ is internal and may change. Internal modules import
 * from each other directly, never through this file. Nothing here hands out a buffer that a later
 * call reuses: the build's `…Reusing` hot-path functions stay internal, and `analyzeText` and
 * `recognizeActors` return results the caller owns.
 */

// The data model: articles, tokens, actors and relation events.
export { ACTOR_TYPES, RELATION_TYPES, SYMMETRIC_RELATIONS } from './types.js';
export type {
  ActorMention,
  ActorType,
  AnalyzedText,
  Article,
  ArticleActor,
  ArticleActors,
  ArticleExtraction,
  ArticleMeta,
  InputProblem,
  MentionSource,
  Origin,
  QuadClass,
  RelationEvent,
  RelationType,
  Sector,
  Sentence,
  Token,
} from './types.js';

// 1. Reading articles (.txt, .jsonl, .csv).
export { readArticles, isProblem, normalizeDate } from './ingest/index.js';
export type { IngestOptions, IngestNotice } from './ingest/index.js';

// 2. Extraction, one article at a time: tokens, actors, relations.
export { analyzeText } from './nlp/analyze.js';
export { loadLexicon, DATA_DIR } from './lexicon/load.js';
export type { Lexicon, LexiconOptions, AliasesFile } from './lexicon/load.js';
export { recognizeActors } from './actors/recognize.js';
export type { RecognizeOptions } from './actors/recognize.js';
export { extractRelations } from './relations/extract.js';
export type { RelationOptions } from './relations/extract.js';
export { extractArticle } from './pipeline/extract.js';
export type { ExtractOptions } from './pipeline/extract.js';

// 3. Building: articles to an analyzed graph, in memory or to files.
export { buildGraph, buildFromFiles, buildToFiles, writeBuild, outputFiles } from './pipeline/build.js';
export type { BuildOptions, BuildResult, BuildSummary, StreamBuildOptions, StreamBuildResult } from './pipeline/build.js';
export { NothingReadError } from './pipeline/nothing-read.js';
export { Builder } from './pipeline/builder.js';
export type { BuilderOptions, BuilderBuildOptions } from './pipeline/builder.js';
export { watchInputs } from './pipeline/watch.js';
export type { WatchOptions } from './pipeline/watch.js';
export { assembleGraph, edgeKey } from './graph/assemble.js';
export type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes, AssembleOptions } from './graph/assemble.js';

// 4. Analysis: communities, centrality, layout (graphology style: `fn(graph)`, `fn.assign(graph)`).
export { analyze, communities, centrality, layout } from './analyze/index.js';
export type {
  AnalyzeOptions,
  AnalyzeResult,
  CentralityOptions,
  CentralityResult,
  CommunitiesDetailed,
  CommunitiesOptions,
  CommunityMapping,
  LayoutMapping,
  LayoutOptions,
  NodeDrawing,
} from './analyze/index.js';

// 5. Output: graph formats, the timeline, the events table.
export { FORMATS, registerFormat, writeGraph, writeFormats, parseFormats, toGEXF, toJSON, toGraphML, csvTables } from './export/index.js';
export type {
  AnyFormat,
  CSVOptions,
  CSVVariant,
  FormatsInput,
  GEXFOptions,
  GexfMode,
  GraphFormat,
  GraphMLOptions,
  JSONOptions,
  MultiFileFormat,
} from './export/index.js';
export { timelineStats, edgeDates } from './export/index.js';
export type { EdgeDates, TimeBucket, TimelineStats } from './export/index.js';
export {
  eventsTable,
  eventTableRows,
  writeEventsTable,
  writeEventsTableFromFiles,
  intensityOf,
  INTENSITY_SCALE,
  EVENT_TABLE_COLUMNS,
} from './export/index.js';
export type { EventTableOptions, EventTableArticle, IntensityScale, IntensityEntry } from './export/index.js';
export { viewerHTML, writeViewer } from './view/index.js';
export type { ViewerOptions, ViewerArticle, WriteViewerOptions, WriteViewerResult } from './view/index.js';

// 6. Questions to a built graph.
export {
  UnknownActorError,
  loadGraph,
  parseGraph,
  eventsPathFor,
  findActor,
  findActors,
  resolveActor,
  actorsByType,
  suggest,
  relationsOf,
  between,
  neighbors,
  shortestPath,
  egoNetwork,
  distancesFrom,
  communitiesOf,
  topActors,
  MEASURES,
  components,
  subgraph,
  countryProjection,
  readEvents,
  readOutlets,
  articlesPathFor,
  scopeGraph,
  needsEvents,
  isScoped,
  QUAD_FILTERS,
  timeline,
  PERIODS,
} from './query/index.js';
export type {
  Actor,
  ActorMatch,
  ActorRef,
  Between,
  BetweenOptions,
  CommunitiesOfOptions,
  Community,
  Component,
  ComponentsOptions,
  DateLookup,
  Direction,
  EgoOptions,
  EventFilter,
  Evidence,
  GraphFileFormat,
  LoadOptions,
  MatchTier,
  Measure,
  Neighbor,
  PathEdge,
  PathHop,
  PathOptions,
  PathResult,
  Period,
  ProjectionOptions,
  QuadFilter,
  RankedActor,
  Relation,
  RelationsOptions,
  ScopeFilter,
  SubgraphOptions,
  SuggestOptions,
  Timeline,
  TimelineOptions,
  TimelinePeriod,
  TopOptions,
} from './query/index.js';

// 7. Scoring against a gold set, and the command line itself.
export { scoreFiles, formatReport } from './eval/index.js';
export type { EvalReport, FormatOptions } from './eval/index.js';
export { run } from './cli/run.js';
export type { CliIO } from './cli/run.js';
