// The typed records that flow between the pipeline's stages:
// ingest → nlp → actors → relations → graph → analyze → export/query.

/** The four kinds of actor the guidelines define. */
export type ActorType = 'country' | 'person' | 'organization' | 'armed_group';
/** Every actor type, in the guidelines' order. */
export const ACTOR_TYPES: readonly ActorType[] = ['country', 'person', 'organization', 'armed_group'];

/** The six relation types; `met` and `allied_with` are symmetric. */
export type RelationType = 'met' | 'allied_with' | 'supports' | 'opposes' | 'attacks' | 'member_of';
/** Every relation type. */
export const RELATION_TYPES: readonly RelationType[] = ['met', 'allied_with', 'supports', 'opposes', 'attacks', 'member_of'];
/** The undirected relations. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set(['met', 'allied_with']);

/** PLOVER quad classes. */
export type QuadClass = 'verbal_cooperation' | 'material_cooperation' | 'verbal_conflict' | 'material_conflict';

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

/** One token of an analyzed text. */
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

/** One sentence of an analyzed text: its characters and its tokens. */
export interface Sentence {
  index: number;
  /** Character offsets of the sentence in the article text. */
  start: number;
  end: number;
  /** Index of the first token and one past the last, in `AnalyzedText.tokens`. */
  firstToken: number;
  endToken: number;
}

/** A text split into sentences and tagged tokens (what `analyzeText` returns; the caller owns it). */
export interface AnalyzedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Each token's text folded for lookups (`foldKey`), index for index with `tokens`. */
  folded: string[];
  /**
   * Per token, the id of its word (one per word of wink's vocabulary, numbered by this thread in
   * the order first met) when the token's text is that word (-1 otherwise): a key for per-word
   * memos. Absent on texts not analyzed by `analyzeText`.
   */
  wordIds?: Int32Array;
}

// ---- actors ----

/**
 * Which part of a state a mention designates, as PETRARCH's agent codes do (SYRGOV, SYRMIL,
 * SYRREB, SYROPP, SYRREF, SYRCVL). Only GOV and MIL mentions stand for the state itself.
 */
export type Sector = 'GOV' | 'MIL' | 'REB' | 'OPP' | 'MED' | 'CVL' | 'REF';

/** How a mention was recognized: a gazetteer name, a demonym, a capital, a title, a person's name, or a later reference resolved to an earlier mention (coreference). */
export type MentionSource = 'gazetteer' | 'demonym' | 'capital' | 'title' | 'name' | 'coreference';

/** An actor as the actors stage builds it up while reading one article. */
export interface ActorDraft {
  key: string;
  name: string;
  type: ActorType;
  iso3?: string;
  /** CAMEO actor code of an organization or armed group (`KnownActor.code`). */
  code?: string;
  aliases: Set<string>;
  mentions: number;
  known: boolean;
  /** Only reported when it takes part in a relation or an affiliation (cue-found organizations, media). */
  weak: boolean;
  /** A news agency, broadcaster or monitor. */
  media?: boolean;
  affiliation?: string;
  /** Node key of the state a generic sector actor belongs to (`KnownActor.country`). */
  country?: string;
  role?: string;
  /** Sentence where the text states the role or affiliation (gives the member_of evidence). */
  roleSentence?: number;
  affiliationStated?: boolean;
}

/** One occurrence of an actor in a sentence, as the actors stage hands it to the relations stage. */
export interface ActorMention {
  actor: string;
  sentence: number;
  /** Token range in `AnalyzedText.tokens`, end exclusive. */
  firstToken: number;
  endToken: number;
  surface: string;
  via: MentionSource;
  sector?: Sector;
  /** Part of another actor's description ("Russian" in "Russian President Putin"): never an argument. */
  modifier?: boolean;
  /** The state's people or rebels ("Syrian rebels", "Syrian civilians"): not the state acting. */
  generic?: boolean;
  /** Set when the mention is a possessive ("Syria's", "Syrias"). */
  possessive?: boolean;
}

/** The actors stage's result for one article: what the relations stage reads. */
export interface ArticleActors {
  actors: Map<string, ActorDraft>;
  mentions: ActorMention[];
  /** Mentions per sentence, in token order. */
  bySentence: ActorMention[][];
  /** Token index → mention covering it. */
  tokenMention: Int32Array;
  /** 1 for tokens of a person's title or apposition. */
  roleTokens: Uint8Array;
  /** Each token folded for lookups (`foldKey`), shared with the relation stage. */
  folded: string[];
}

/** An actor as seen in one article. */
export interface ArticleActor {
  key: string;
  name: string;
  type: ActorType;
  aliases: string[];
  iso3?: string;
  /** CAMEO actor code of an organization or armed group: a state's ISO3 code, or IGO, NGO, IMG, …. */
  code?: string;
  /** Node key of the country or organization a person serves. */
  affiliation?: string;
  /** Node key of the state a generic sector actor ("Syrian rebels") belongs to. */
  country?: string;
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
  /**
   * PLOVER quad class; `null` for `member_of` (AFFILIATE has none). Always present, and written
   * as `"quad": null` in events.jsonl: the one key that is null rather than left out.
   */
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
  /** Where the sentence says it happened ("in Aleppo"), as GDELT's ActionGeo (src/places): the name, */
  place?: string;
  /** its country (ISO 3166-1 alpha-3), */
  placeCountry?: string;
  /** and its coordinates where the gazetteer has them. */
  lat?: number;
  lon?: number;
  /**
   * Only on the events of a text several articles carry (white space folded; written once, with
   * its first copy): how many articles carry it (GDELT's NumArticles) and their distinct sources
   * (NumSources). Absent: one article, and its source if it has one.
   */
  articles?: number;
  sources?: number;
}

/** Everything extracted from one article: the unit cached, sent between workers, and merged into the graph. */
export interface ArticleExtraction {
  meta: ArticleMeta;
  actors: ArticleActor[];
  events: RelationEvent[];
  /**
   * Hash of the text with its white space folded: articles with the same one are one article
   * repeated (FA-KES holds such pairs), counted once in the graph's weights and every time in its
   * `articles` and `sources` counts.
   */
  fingerprint?: string;
  /** What the bounds on one article's work cut (pipeline/bounds.ts); absent when nothing was. */
  notices?: string[];
}
