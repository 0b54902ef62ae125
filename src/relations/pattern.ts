// What a pattern is: a named rule over the sentence view that emits candidate events. scan.ts runs
// them at four kinds of place in a sentence, extract.ts the article ones; trigger patterns answer
// whether the trigger is used up.
import type { AnalyzedText, ArticleActors, RelationEvent } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import type { SentenceView } from './sentence.js';
import type { Emitter } from './emit.js';
import type { NounMatch, VerbMatch } from './triggers.js';

/** Not this pattern's construction: the next pattern reads the trigger. */
export const PASS = 0;
/** This pattern's construction without its arguments: the trigger gives nothing; try the next trigger. */
export const NEXT = 1;
/** Read: no other pattern or trigger at this token. */
export const DONE = 2;
export type Outcome = typeof PASS | typeof NEXT | typeof DONE;

interface Named {
  name: string;
  /** The constructions it reads, as examples. */
  reads: string[];
}

/** Reads the whole sentence once, before the triggers ("US-backed SDF"). */
export interface SentencePattern extends Named {
  on: 'sentence';
  run(view: SentenceView, emit: Emitter, lex: Lexicon): void;
}

/**
 * Reads the whole sentence once, after the triggers: constructions that no trigger word carries
 * ("urged Israel to halt", "a ceasefire brokered by Russia and Turkey"). Running last, they add
 * events and never change which trigger gave an event the triggers found too.
 */
export interface SentenceEndPattern extends Named {
  on: 'sentence end';
  /**
   * Words (forms or lemmas) one of which a sentence must hold for the pattern to be run on it: a
   * speed device, the pattern itself checks its construction in full.
   */
  cues(lex: Lexicon): Iterable<string>;
  run(view: SentenceView, emit: Emitter, lex: Lexicon): void;
}

/** Reads at each of its verbs, before that verb's triggers (demands: "must stop backing"). */
export interface VerbPattern extends Named {
  on: 'verb';
  /** The lemmas it reads at: the sentence scan stops at these as at a trigger word. */
  verbs(lex: Lexicon): Iterable<string>;
  run(view: SentenceView, emit: Emitter, lex: Lexicon, k: number): void;
}

/** Reads a verb trigger of relations.json matched at a token, with its voice, subject and modality. */
export interface VerbTriggerPattern extends Named {
  on: 'verb trigger';
  run(view: SentenceView, emit: Emitter, lex: Lexicon, m: VerbMatch): Outcome;
}

/** Reads a noun trigger of relations.json matched at a token, with its phrase's modifiers and prepositional phrases. */
export interface NounTriggerPattern extends Named {
  on: 'noun trigger';
  run(view: SentenceView, emit: Emitter, lex: Lexicon, m: NounMatch): Outcome;
}

/** Reads the article's actors after its sentences (member_of from stated roles). */
export interface ArticlePattern extends Named {
  on: 'article';
  run(doc: AnalyzedText, acts: ArticleActors, meta: { id: string; date?: string }, out: RelationEvent[], lex: Lexicon): void;
}

export type Pattern = SentencePattern | SentenceEndPattern | VerbPattern | VerbTriggerPattern | NounTriggerPattern | ArticlePattern;
