// The library's entry point: what scripts import from 'actorgraph'.
export * from './types.js';
export { readArticles, isProblem, normalizeDate } from './ingest/index.js';
export type { IngestOptions, IngestNotice } from './ingest/index.js';
export { analyzeText } from './nlp/analyze.js';
export { loadLexicon, DATA_DIR } from './lexicon/load.js';
export type { Lexicon, LexiconOptions, AliasesFile } from './lexicon/load.js';
export { recognizeActors } from './actors/recognize.js';
export { extractRelations } from './relations/extract.js';
export { extractArticle } from './pipeline/extract.js';
export { buildGraph, buildFromFiles, writeBuild, outputFiles } from './pipeline/build.js';
export type { BuildOptions, BuildResult, BuildSummary } from './pipeline/build.js';
export { assembleGraph, edgeKey } from './graph/assemble.js';
export type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes, AssembleOptions } from './graph/assemble.js';
export { analyze, communities, centrality, layout } from './analyze/index.js';
export { toGEXF, toJSON, FORMATS, writeGraph } from './export/index.js';
export { scoreFiles, formatReport } from './eval/index.js';
export { run } from './cli/run.js';
export * from './query/index.js';
