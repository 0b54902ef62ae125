// Evaluation against gold annotations, agreeing exactly with `../shared/eval/score.py`.
export { norm, pyStr, pyRepr, pyStringRepr, pyFloatRepr, formatFixed, padRight, compareCodePoints } from './normalize.js';
export { loadGold, parseGold, type GoldActor, type GoldRelation, type GoldArticle, type GoldSet } from './gold.js';
export {
  SYMMETRIC,
  scoreBuild,
  scoreFiles,
  readBuild,
  readJsonl,
  nodesFromExport,
  namesOf,
  prf,
  type NodeAttributes,
  type EventRecord,
  type ArticleRecord,
  type BuildOutput,
  type Counts,
  type Prf,
  type RelationTypeScore,
  type ActorTypeScore,
  type Evidence,
  type ScoredRelation,
  type FalsePositiveRelation,
  type ArticleDiagnostics,
  type EvalReport,
} from './score.js';
export { formatReport, formatSummary, type FormatOptions } from './format.js';
export {
  PLOVER_RELATION,
  loadPlover,
  ploverJsonl,
  scorePlover,
  formatPloverSummary,
  formatPloverReport,
  type PloverRecord,
  type PloverReport,
  type PloverRecordDiagnostics,
} from './plover.js';
export { HALVES, articleHalf, positionHalf, parseHalf, type Half } from './split.js';
