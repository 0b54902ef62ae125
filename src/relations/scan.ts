// Reads one sentence with a list of patterns: the sentence patterns first (compounds), then each
// token that can start a trigger, left to right: verbs (verb patterns, then each verb trigger in
// turn), nouns (each noun trigger in turn), then the sentence-end patterns (constructions). For one trigger, the patterns are asked in registry
// order until one answers; the first trigger read (DONE) ends the token.
import type { Lexicon } from '../lexicon/load.js';
import { derivedOnce } from '../lexicon/derived.js';
import type {
  NounTriggerPattern,
  Pattern,
  SentenceEndPattern,
  SentencePattern,
  VerbPattern,
  VerbTriggerPattern,
  ArticlePattern,
} from './pattern.js';
import { DONE, NEXT } from './pattern.js';
import type { SentenceView } from './sentence.js';
import type { Emitter } from './emit.js';
import { ingVerbStem, R_NOUN, R_PAST, R_TRIGGER, triggerLemmas } from './classes.js';
import { nounMatch, verbMatch } from './triggers.js';

/** A registry split by where its patterns read, order kept. */
export interface Registry {
  sentence: SentencePattern[];
  sentenceEnd: SentenceEndPattern[];
  verb: VerbPattern[];
  verbTrigger: VerbTriggerPattern[];
  nounTrigger: NounTriggerPattern[];
  article: ArticlePattern[];
}

export const registryOf = derivedOnce((patterns: readonly Pattern[]): Registry => {
  const r: Registry = { sentence: [], sentenceEnd: [], verb: [], verbTrigger: [], nounTrigger: [], article: [] };
  for (const p of patterns) {
    if (p.on === 'sentence') r.sentence.push(p);
    else if (p.on === 'sentence end') r.sentenceEnd.push(p);
    else if (p.on === 'verb') r.verb.push(p);
    else if (p.on === 'verb trigger') r.verbTrigger.push(p);
    else if (p.on === 'noun trigger') r.nounTrigger.push(p);
    else r.article.push(p);
  }
  return r;
});

/**
 * Finds the sentence's events. With `triggers` false only the sentence patterns run: enough when
 * fewer than two actors could take part.
 */
export function scanSentence(view: SentenceView, emit: Emitter, lex: Lexicon, reg: Registry, triggers: boolean): void {
  for (const p of reg.sentence) p.run(view, emit, lex);
  if (!triggers) return;
  const { tokens, f, cls } = view;
  const mentions = view.acts.tokenMention;
  // One pass over the sentence finds both the trigger tokens and the cues of the sentence-end
  // patterns; a lemma other than its word is looked up once for both.
  const cues = sentenceEndCues(lex, reg);
  const ids = view.doc.wordIds;
  let run = 0;
  for (let k = view.first; k < view.end; k++) {
    const t = tokens[k]!;
    const lemma = t.lemma;
    const id = ids ? ids[k]! : -1;
    // (Asked for every token: a lemma that is its form adds nothing to the form's own bits, and the
    // memo by word id answers without comparing the two strings.)
    const lemmaFacts = cues.lemmaFacts(lemma, id);
    run |= cues.formMask(f[k]!, id) | (lemmaFacts & CUE_BITS);
    // Inside an actor only its head may be a trigger noun: "Russian airstrikes on Idlib" names
    // Russia by its airstrikes (a sector head), and the airstrikes still reach their target.
    // (Its -ing form too, tagged a verb: "Israeli shelling on Hamas positions" is the noun.)
    const head =
      mentions[k] !== -1 &&
      (t.pos === 'NOUN' || (t.pos === 'VERB' && f[k]!.endsWith('ing'))) &&
      cls[k]! & R_NOUN &&
      (k + 1 === view.end || mentions[k + 1] !== mentions[k]) &&
      view.acts.mentions[mentions[k]!]!.firstToken < k;
    if (mentions[k] !== -1 && !head) continue;
    if (head && t.pos === 'VERB') {
      nounAt(view, emit, lex, reg, k);
      continue;
    }
    // Neither its form nor its lemma starts a trigger: nothing below can find one here.
    if (!(cls[k]! & R_TRIGGER) && !(lemmaFacts & TRIGGER_LEMMA)) continue;
    // "was arming": a progressive the tagger read as a noun is still the verb; so is a past
    // form right after an actor ("Turkey shot down a Russian warplane").
    const progressive = t.pos === 'NOUN' && f[k]!.endsWith('ing') && k > view.first && tokens[k - 1]!.lemma === 'be';
    // (Not after a possessive: "PYD's armed wing" is a phrase, not "PYD armed".) So is one right
    // after a perfect's or passive's auxiliary ("has retaken Palmyra", "was retaken by").
    // ("Syrian troops, backed by Russian jets, retook Palmyra": or after the comma that closes a
    // phrase set off after the subject, before a name or a determiner.)
    const past =
      t.pos !== 'VERB' &&
      k > view.first &&
      cls[k]! & R_PAST &&
      ((mentions[k - 1] !== -1 && !view.acts.mentions[mentions[k - 1]!]!.possessive) ||
        (tokens[k - 1]!.pos === 'AUX' && (tokens[k - 1]!.lemma === 'have' || tokens[k - 1]!.lemma === 'be')) ||
        (tokens[k - 1]!.text === ',' &&
          k + 1 < view.end &&
          (tokens[k + 1]!.pos === 'PROPN' || tokens[k + 1]!.pos === 'DET' || mentions[k + 1] !== -1)))
        ? lex.relations.pastForms.get(f[k]!)
        : undefined;
    // "the Syrian fighting group Nour al-Din al-Zenki", "a fighting force": an -ing form between a
    // determiner and its head noun describes the head; it is no deed of anyone.
    if (t.pos === 'VERB' && attributiveParticiple(view, lex, k)) continue;
    // "the beneficiary of the US-led coalition strikes against Daesh": a verb form that is also a
    // trigger noun, right after a preposition's object, is that phrase's head noun.
    const nounish = t.pos === 'VERB' && cls[k]! & R_NOUN && f[k]!.endsWith('s') && afterPrepositionalObject(view, k);
    if ((t.pos === 'VERB' && !nounish) || progressive) verbAt(view, emit, lex, reg, k, undefined);
    else if (past) verbAt(view, emit, lex, reg, k, past);
    else if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB') nounAt(view, emit, lex, reg, k);
    // "fighting between X and Y", "the fighting": an -ing verb read as a noun too, but not right
    // after a noun, where it qualifies it ("rebels fighting Assad").
    if (t.pos === 'VERB' && f[k]!.endsWith('ing') && (k === view.first || !(tokens[k - 1]!.pos === 'NOUN' || mentions[k - 1] !== -1)))
      nounAt(view, emit, lex, reg, k);
  }
  for (let p = 0; p < reg.sentenceEnd.length; p++) if (run & cueBit(p)) reg.sentenceEnd[p]!.run(view, emit, lex);
}

/** Is token k right after a noun phrase that a preposition opens ("of the US-led coalition")? */
function afterPrepositionalObject(view: SentenceView, k: number): boolean {
  if (k - 1 < view.first || !view.isNP(k - 1)) return false;
  const a = view.np(k - 1)[0];
  return a - 1 >= view.first && view.tokens[a - 1]!.pos === 'ADP';
}

/**
 * Is the -ing verb at k an attributive participle: a determiner (or possessive pronoun) before it
 * with only adjectives or bare demonyms between, and a common noun that names no actor right after
 * ("the Syrian fighting group", "its fighting units")? Or, right after an adjective, a bare demonym
 * or a hyphenated compound, before a group's head ("Sudanese fighting units", syntax.json
 * describedByParticiple) or the name it describes ("the UK-based opposing Syrian Observatory")?
 * "Kurds fighting government forces" and "the army fighting IS" keep the verb (a noun, or an actor
 * with a sector, on one side).
 */
function attributiveParticiple(view: SentenceView, lex: Lexicon, k: number): boolean {
  const { tokens, f } = view;
  if (!f[k]!.endsWith('ing') || k + 1 >= view.end) return false;
  if (modifierBefore(view, k)) {
    const next = tokens[k + 1]!;
    if (next.pos === 'NOUN' && (lex.cues.groupNouns.has(f[k + 1]!) || view.syn.describedByParticiple.has(f[k + 1]!))) return true;
    if (view.mentionAt(k + 1)?.firstToken === k + 1) return true;
    // ("the opposing UK-based Syrian Observatory": past a hyphenated compound before the name.)
    if (
      k + 4 < view.end &&
      tokens[k + 2]!.text === '-' &&
      tokens[k + 2]!.start === tokens[k + 1]!.end &&
      view.mentionAt(k + 4)?.firstToken === k + 4
    )
      return true;
  }
  if (tokens[k + 1]!.pos !== 'NOUN' || view.acts.tokenMention[k + 1] !== -1) return false;
  let p = k - 1;
  for (; p >= view.first && p >= k - 3; p--) {
    const t = tokens[p]!;
    if (t.pos === 'ADJ') continue;
    if (t.pos === 'PROPN' && lex.gazetteer.lookup(t.text)?.kind === 'demonym') continue;
    break;
  }
  return p >= view.first && (tokens[p]!.pos === 'DET' || view.syn.possessivePronouns.has(f[p]!));
}

/** Set in every entry of `CueIndex`'s per-word memo, so that 0 means "not computed yet" (above any pattern's bit). */
const COMPUTED = 1 << 30;

/** Is the word before k a determiner, an adjective, a bare demonym or the end of a hyphenated compound? */
function modifierBefore(view: SentenceView, k: number): boolean {
  if (k - 1 < view.first) return false;
  const p = view.tokens[k - 1]!.pos;
  const m = view.mentionAt(k - 1);
  return p === 'DET' || p === 'ADJ' || (m?.via === 'demonym' && !m.sector) || (k - 2 >= view.first && view.tokens[k - 2]!.text === '-');
}

/** The bits of `CueIndex.lemmaFacts` that are sentence-end patterns' (bit i: pattern i, and i + CUE_SLOTS …). */
const CUE_BITS = COMPUTED - 1;
/**
 * Patterns with a bit of their own. A cue's bit only says which patterns to try: beyond this many,
 * patterns share bits (pattern i has bit i % CUE_SLOTS), and a shared bit only runs a pattern on a
 * sentence with another's cue, where it finds nothing (a pattern reads any sentence).
 */
const CUE_SLOTS = 30;
/** Set in `CueIndex.lemmaFacts` for a lemma that starts a trigger (triggerLemmas). */
const TRIGGER_LEMMA = COMPUTED;

/** The cue bit of the i-th sentence-end pattern. */
function cueBit(i: number): number {
  return 1 << (i % CUE_SLOTS);
}

/**
 * Cue word → bit mask of the sentence-end patterns it may open (one lookup per token), and for a
 * lemma also whether it starts a trigger: the sentence scan asks both of each token.
 */
class CueIndex {
  readonly #bits = new Map<string, number>();
  /** `#bits` with TRIGGER_LEMMA added for the trigger lemmas. */
  readonly #lemmaBits: Map<string, number>;

  constructor(lex: Lexicon, patterns: readonly SentenceEndPattern[], verbPatterns: readonly VerbPattern[]) {
    patterns.forEach((p, i) => {
      for (const cue of p.cues(lex)) {
        const first = cue.split(' ')[0]!;
        // Participles the tagger reads as adjectives keep their form as lemma ("mediated").
        for (const w of [first, `${first}d`, `${first}ed`, `${first}s`]) this.#bits.set(w, (this.#bits.get(w) ?? 0) | cueBit(i));
      }
    });
    this.#lemmaBits = new Map(this.#bits);
    // (The verb patterns' verbs too: the scan stops at them as at a trigger's.)
    for (const w of [...triggerLemmas(lex), ...verbPatterns.flatMap((p) => [...p.verbs(lex)])])
      this.#lemmaBits.set(w, (this.#lemmaBits.get(w) ?? 0) | TRIGGER_LEMMA);
  }

  /**
   * The bits of each word's form by word id (AnalyzedText.wordIds, as nlp/word-classes.ts), COMPUTED set once
   * known: a sentence's scan then reads an array instead of looking every word up.
   */
  #byId = new Int32Array(1 << 16);

  /** The mask of the patterns one of whose cues is the word form f (`id`: its word's id, or -1). */
  formMask(f: string, id: number): number {
    if (id < 0) return this.#bits.get(f) ?? 0;
    if (id >= this.#byId.length) {
      const grown = new Int32Array(Math.max(id + 1, this.#byId.length * 2));
      grown.set(this.#byId);
      this.#byId = grown;
    }
    let c = this.#byId[id]!;
    if (c === 0) this.#byId[id] = c = (this.#bits.get(f) ?? 0) | COMPUTED;
    return c & ~COMPUTED;
  }

  /** Per word id, the lemma last asked for a token of that word and its facts (a word has one lemma per part of speech). */
  #lemmaOf: Array<string | undefined> = [];
  #lemmaFactsOf = new Int32Array(1 << 16);

  /**
   * For a lemma other than its token's form (`id`: the token's word id, or -1): the mask of the
   * patterns it is a cue of (CUE_BITS), and TRIGGER_LEMMA if it starts a trigger.
   */
  lemmaFacts(lemma: string, id: number): number {
    if (id >= 0 && this.#lemmaOf[id] === lemma) return this.#lemmaFactsOf[id]!;
    const facts = this.#lemmaBits.get(lemma) ?? 0;
    if (id >= 0) {
      while (this.#lemmaOf.length <= id) this.#lemmaOf.push(undefined);
      if (id >= this.#lemmaFactsOf.length) {
        const grown = new Int32Array(Math.max(id + 1, this.#lemmaFactsOf.length * 2));
        grown.set(this.#lemmaFactsOf);
        this.#lemmaFactsOf = grown;
      }
      this.#lemmaOf[id] = lemma;
      this.#lemmaFactsOf[id] = facts;
    }
    return facts;
  }
}

const cueIndexes = new WeakMap<Lexicon, WeakMap<Registry, CueIndex>>();

/** The index last asked for, and its lexicon and registry: every sentence of a build asks for the same one. */
let last: { lex: Lexicon; reg: Registry; index: CueIndex } | undefined;

function sentenceEndCues(lex: Lexicon, reg: Registry): CueIndex {
  // (Two pointer comparisons instead of two WeakMap lookups per sentence.)
  if (last !== undefined && last.lex === lex && last.reg === reg) return last.index;
  let byReg = cueIndexes.get(lex);
  if (!byReg) cueIndexes.set(lex, (byReg = new WeakMap()));
  let index = byReg.get(reg);
  if (!index) byReg.set(reg, (index = new CueIndex(lex, reg.sentenceEnd, reg.verb)));
  last = { lex, reg, index };
  return index;
}

function verbAt(view: SentenceView, emit: Emitter, lex: Lexicon, reg: Registry, k: number, lemma: string | undefined): void {
  // "Saudi-backed", "PYD-dominated": a compound adjective, the sentence patterns'.
  if (view.inCompound(k)) return;
  for (const p of reg.verb) p.run(view, emit, lex, k);
  const verbs = lex.relations.verbs;
  let list = verbs.get(lemma ?? view.tokens[k]!.lemma) ?? verbs.get(view.f[k]!);
  let stem = lemma;
  if (!list) {
    // A progressive tagged as a noun keeps its -ing lemma: "arming" → "arm".
    stem = ingVerbStem(verbs, view.f[k]!);
    if (stem) list = verbs.get(stem);
  }
  if (!list) return;
  for (const tr of list) {
    const m = verbMatch(view, k, tr, stem);
    if (!m) continue;
    for (const p of reg.verbTrigger) {
      const o = p.run(view, emit, lex, m);
      if (o === DONE) return;
      if (o === NEXT) break;
    }
  }
}

function nounAt(view: SentenceView, emit: Emitter, lex: Lexicon, reg: Registry, k: number): void {
  const lemma = view.tokens[k]!.lemma;
  const f = view.f[k]!;
  const nouns = lex.relations.nouns;
  const list = (view.cls[k]! & R_NOUN ? nouns.get(f) : undefined) ?? (lemma !== f ? nouns.get(lemma) : undefined);
  if (!list) return;
  const [a, b] = view.np(k);
  for (const tr of list) {
    const m = nounMatch(view, k, a, b, tr);
    if (!m) continue;
    for (const p of reg.nounTrigger) {
      const o = p.run(view, emit, lex, m);
      if (o === DONE) return;
      if (o === NEXT) break;
    }
  }
}
