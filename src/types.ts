// The typed records that flow between the pipeline's stages:
// ingest → nlp → actors → relations → graph → analyze → export/query.

/** The four kinds of actor the guidelines define. */
export type ActorType = 'country' | 'person' | 'organization' | 'armed_group';
export const ACTOR_TYPES: readonly ActorType[] = ['country', 'person', 'organization', 'armed_group'];

/** The six relation types; `met` and `allied_with` are symmetric. */
export type RelationType = 'met' | 'allied_with' | 'supports' | 'opposes' | 'attacks' | 'member_of';
export const RELATION_TYPES: readonly RelationType[] = [
  'met',
  'allied_with',
  'supports',
  'opposes',
  'attacks',
  'member_of',
];
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['met', 'allied_with']);

/** PLOVER quad classes. */
export type QuadClass =
  | 'verbal_cooperation'
  | 'material_cooperation'
  | 'verbal_conflict'
  | 'material_conflict';

/** Where a record came from, for error messages and provenance. */
export interface Origin {
  file: string;
  /** 1-based line (JSONL line, CSV record's first line); absent for one-article files. */
  line?: number;
}

/** One article as read from the input, before any language processing. */
export interface Article {
  id: string;
  text: string;
  title?: string;
  url?: string;
  /** ISO 8601 calendar date, `YYYY-MM-DD`. */
  date?: string;
  source?: string;
  origin: Origin;
}

/** Input that could not be turned into an article: which file, which line, what to do. */
export interface InputProblem {
  origin: Origin;
  /** The article id when one was known. */
  id?: string;
  message: string;
}

/** The metadata of an article, as written to `articles.jsonl`. */
export interface ArticleMeta {
  id: string;
  title?: string;
  url?: string;
  date?: string;
  source?: string;
}

// ---- nlp ----

export interface Token {
  /** Surface form as in the text. */
  text: string;
  /** Character offsets in the article text, end exclusive. */
  start: number;
  end: number;
  /** Universal part-of-speech tag from wink-nlp (PROPN, NOUN, VERB, ADP, …). */
  pos: string;
  /** Lemma from wink-nlp (lower case). */
  lemma: string;
}

export interface Sentence {
  index: number;
  /** Character offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** Index of the first token and one past the last, in `AnalyzedText.tokens`. */
  firstToken: number;
  endToken: number;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Each token's text folded for lookups (`foldKey`), index for index with `tokens`. */
  folded: string[];
  /**
   * Per token, the id of its word in wink's vocabulary when the token's text is that word (-1
   * otherwise): a key for per-word memos. Absent on texts not analyzed by `analyzeText`.
   */
  wordIds?: Int32Array;
}

// ---- actors ----

/** Which part of a state a mention designates, as PETRARCH's agent codes do (SYRGOV, SYRMIL). */
export type Sector = 'GOV' | 'MIL' | 'REB' | 'OPP' | 'MED' | 'CVL';

/** One occurrence of an actor in an article. */
export interface Mention {
  /** Key of the actor this mention resolves to (node key). */
  actor: string;
  sentence: number;
  /** Token range in `AnalyzedText.tokens`, end exclusive. */
  firstToken: number;
  endToken: number;
  /** Character offsets, end exclusive. */
  start: number;
  end: number;
  /** The surface form, as written. */
  surface: string;
  sector?: Sector;
  /** How the mention was recognized (gazetteer, demonym, capital, title, name, coreference). */
  via: MentionSource;
}

export type MentionSource =
  | 'gazetteer'
  | 'demonym'
  | 'capital'
  | 'title'
  | 'name'
  | 'coreference';

/** An actor as seen in one article. */
export interface ArticleActor {
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  iso3?: string;
  /** Node key of the country or organization a person serves. */
  affiliation?: string;
  role?: string;
  mentions: number;
  /** True when the actor comes from a gazetteer (a known identity), false for names found by cues. */
  known: boolean;
}

// ---- relations ----

/** One extracted relation with its evidence: an "event", as in GDELT/PLOVER data. */
export interface RelationEvent {
  article: string;
  source: string;
  target: string;
  relation: RelationType;
  /** PLOVER event category (CONSULT, SUPPORT, ASSAULT, …); `AFFILIATE` for member_of. */
  category: string;
  quad: QuadClass | null;
  /** Index of the evidence sentence in the article. */
  sentence: number;
  /** The evidence sentence. */
  text: string;
  /** Character offsets of the sentence in the article text. */
  start: number;
  end: number;
  date?: string;
  /** The words that signal the relation. */
  trigger: string;
  sourceSector?: Sector;
  targetSector?: Sector;
  /** PETRARCH/CAMEO-style actor code of a state endpoint: ISO3 plus sector (`SYRGOV`, `RUSMIL`, `IRN`). */
  sourceCode?: string;
  targetCode?: string;
  /** Stated as not having happened ("did not meet", "denied supporting"). */
  negated?: boolean;
  /** Stated as possible, wished or demanded, not as fact ("could meet", "must strengthen"). */
  hypothetical?: boolean;
}

/** Everything extracted from one article: the unit cached, sent between workers, and merged into the graph. */
export interface ArticleExtraction {
  meta: ArticleMeta;
  actors: ArticleActor[];
  events: RelationEvent[];
  /** What the bounds on one article's work cut (pipeline/bounds.ts); absent when nothing was. */
  notices?: string[];
}
