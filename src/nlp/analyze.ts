// The nlp stage: one wink-nlp pass per article giving tokens (with character offsets, part of
// speech and lemma) and sentences. Everything downstream works on these records, never on wink.
import { createRequire } from 'node:module';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import type { AnalyzedText, Sentence, Token } from '../types.js';
import { foldKey, shadowText } from './shadow.js';
import { Scratch } from './scratch.js';
import { retagHeadlines } from './headline.js';
import { CONTRACTION_ABOVE, posName, rawTokens, TK_SIZE } from './raw-tokens.js';

type WinkNLP = ReturnType<typeof winkNLP>;

/**
 * The `its` helpers read here, as `out()` takes them: wink types `its.lemma` with a third
 * argument (the model add-ons) that its `ItsFunction` does not declare, so it would not fit `out()`.
 */
interface Its {
  pos: ItsFunction<string>;
  uniqueId: ItsFunction<number>;
  contractionFlag: ItsFunction<boolean>;
  value: ItsFunction<string>;
  precedingSpaces: ItsFunction<string>;
  lemma: ItsFunction<string>;
  span: ItsFunction<number[]>;
}
let engine: WinkNLP | undefined;

/** The wink-nlp engine with the annotations we use; loaded once per thread (the model is data). */
export function nlpEngine(): WinkNLP {
  // Only what the extractor reads: sentences and parts of speech (negation is read from the words).
  // The model (a few MB of data) is loaded on first use: a build whose extraction runs in worker
  // threads, or is all in the cache, never needs it in the main thread.
  engine ??= winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model'), ['sbd', 'pos']);
  return engine;
}

// Memos indexed by the word's own id (`ownId` below: one per word of wink's vocabulary, its
// `its.uniqueId`, stable for the engine's life). Lemmas are the costly part of wink's output (about a seventh of its whole
// pass), and a word's lemma depends only on the word and its part of speech: each pair is asked of
// wink once. Folds and the words' strings likewise. One flat array, four slots per word side by side
// (the part of speech of the remembered lemma, the lemma, the fold, the word): one cache line per
// token instead of a hash lookup or scattered reads, and one `out()` pass less over the tokens. The rarer second part of speech of a word goes to a Map.
// Ids beyond MEMO_MAX_ID (a vocabulary grown that large) are not memoized.
const MEMO_MAX_ID = 1 << 22;
const memo: Array<string | undefined> = [];
const otherLemmas = new Map<number, string>();
const posCodes = new Map<string, number>();

function posCode(pos: string): number {
  let c = posCodes.get(pos);
  if (c === undefined) {
    c = posCodes.size;
    posCodes.set(pos, c);
  }
  return c;
}

/** Is `s` white space only from `from` to `to`? */
function isBlank(s: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = s.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && !/\s/.test(s[k]!)) return false;
  }
  return true;
}

function growMemo(id: number): void {
  while (memo.length <= 4 * id + 3) memo.push(undefined);
}

/**
 * wink's word id → this thread's own word id, plus one (0: not met yet). Own ids are handed out in
 * the order the words are first met, so the words of the news sit close together at the start of
 * every per-word table (the memo above, the stages' word classes): those tables are read at each
 * token, and wink's ids spread a few thousand words over a vocabulary of a hundred thousand, a
 * cache miss for nearly every read.
 */
let ownIds = new Int32Array(1 << 16);
let ownIdCount = 0;

/** The own id of wink's word id `id` (below MEMO_MAX_ID), handed out on first sight. */
function ownId(id: number): number {
  if (id >= ownIds.length) {
    const grown = new Int32Array(Math.max(id + 1, 2 * ownIds.length));
    grown.set(ownIds);
    ownIds = grown;
  }
  let own = ownIds[id]!;
  if (own === 0) ownIds[id] = own = ++ownIdCount;
  return own - 1;
}

/**
 * Whether the text reads as stripped of its commas: none at all. Some news reaches a corpus with
 * every comma and apostrophe removed (all of FA-KES does); the actors and relation stages then read
 * lists and appositions that run on without them (a short text without one loses nothing either).
 */
export function lostCommas(doc: AnalyzedText): boolean {
  return doc.tokens.length > 0 && doc.text.indexOf(',') === -1;
}

/**
 * Tokens, sentences, parts of speech and lemmas of `text`.
 * Offsets always point into `text` itself: wink reads a same-length "shadow" of the text in which
 * letters with diacritics are folded to ASCII, because its tokenizer splits words such as
 * "Erdoğan" at the non-ASCII letter.
 *
 * @example analyzeText('Putin met Erdoğan.').tokens.map((t) => t.text) // ['Putin', 'met', 'Erdoğan', '.']
 */
export function analyzeText(text: string): AnalyzedText {
  return analyze(text, undefined);
}

/** wink index → token index, within one call. */
const keptScratch = new Scratch((n) => new Int32Array(n));
/** The word ids of `analyzeTextReusing`'s result (valid until its next call, like its tokens). */
const wordIdScratch = new Scratch((n) => new Int32Array(n));

/** Token objects handed out again by `analyzeTextReusing` (one set per thread). */
const reusable: Token[] = [];
const POOL_MAX = 1 << 16;

/**
 * `analyzeText` for the build's hot path: the Token objects are this thread's, reused by the next
 * call, so the result is valid only until then. Allocating and collecting a few hundred objects per
 * article was a tenth of the nlp stage.
 */
export function analyzeTextReusing(text: string): AnalyzedText {
  return analyze(text, reusable);
}

/**
 * Characters of a run without white space that wink is given at most: a longer run (a megabyte
 * token, a base64 `data:` URI, a pasted hash) is blanked in the shadow, so it gives no token.
 * wink's abbreviation feature runs a regular expression that is quadratic in a token's length
 * (a 1 MB token took over two minutes); no name or relation word is this long.
 */
export const MAX_TOKEN_CHARS = 256;

/** Whether the code unit at `i` is white space for the run count (what wink splits words on). */
function isSpaceAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c <= 32 || (c >= 0x80 && /\s/.test(s[i]!));
}

/** Runs blanked by the last `analyzeText(Reusing)` call of this thread (for the extraction's notices). */
export let blankedRuns = 0;

/**
 * Whether `shadow` has a run of more than `max` non-space characters. Checked from where such a run
 * would end back to the nearest space, then on from that space: a few characters per word, not every
 * character of the text (news never has such a run; this was a per-character pass over every article).
 */
function hasLongRun(shadow: string, max: number): boolean {
  let start = 0; // no run of more than `max` starts before this
  while (start + max < shadow.length) {
    let j = start + max;
    while (j >= start && !isSpaceAt(shadow, j)) j--;
    if (j < start) return true;
    start = j + 1;
  }
  return false;
}

/** `shadow` with every run of more than `max` non-space characters turned into spaces (same length). */
export function blankAbsurdTokens(shadow: string, max: number = MAX_TOKEN_CHARS): string {
  blankedRuns = 0;
  if (shadow.length <= max || !hasLongRun(shadow, max)) return shadow;
  let out: string | undefined;
  let last = 0; // end of the part of `shadow` already in `out`
  let runStart = 0;
  for (let i = 0; i <= shadow.length; i++) {
    if (i < shadow.length && !isSpaceAt(shadow, i)) continue;
    if (i - runStart > max) {
      blankedRuns++;
      out = (out ?? '') + shadow.slice(last, runStart) + ' '.repeat(i - runStart);
      last = i;
    }
    runStart = i + 1;
  }
  return out === undefined ? shadow : out + shadow.slice(last);
}

function analyze(text: string, pool: Token[] | undefined): AnalyzedText {
  const nlp = nlpEngine();
  // wink's typings do not fit every `its` helper to `out()` (see Its); the values are plain arrays.
  const its = nlp.its as Its;
  const shadow = blankAbsurdTokens(shadowText(text));
  const ascii = shadow === text;
  const doc = nlp.readDoc(shadow);
  const all = doc.tokens();
  // Offsets: each word is found in the text after the previous one, past white space only. wink's
  // `precedingSpaces` would say as much, in one more pass over every token; it is asked only if a
  // word is not where expected (then for the whole text, so that nothing is guessed).
  let spaces: string[] | undefined;
  // Word ids, contraction flags and parts of speech: read from wink's token records where they can
  // be (raw-tokens.ts), else each from its own `out()` pass.
  const raw = rawTokens(nlp, doc, all);
  const records = raw?.records;
  const pos = raw ? undefined : (all.out(its.pos) as string[]);
  const ids = raw ? undefined : (all.out(its.uniqueId) as number[]);
  const contractions = raw ? undefined : (all.out(its.contractionFlag) as boolean[]);
  if (otherLemmas.size > MEMO_MAX_ID) otherLemmas.clear();
  const tokens: Token[] = [];
  const folded: string[] = [];
  const count = raw ? raw.count : ids!.length;
  const wordIds = pool ? wordIdScratch.take(count) : new Int32Array(count);
  // wink index → our index: line breaks come out of wink as tokens of their own; we drop them.
  const kept = keptScratch.take(count + 1);
  let offset = 0;
  for (let i = 0; i < count; i++) {
    kept[i] = tokens.length;
    const winkId = records ? records[TK_SIZE * i]! : ids![i]!;
    const memoized = winkId >= 0 && winkId < MEMO_MAX_ID;
    const id = memoized ? ownId(winkId) : winkId;
    if (memoized && 4 * id + 3 >= memo.length) growMemo(id);
    const at = 4 * id;
    // The token's text is its word's: wink's string for that id, asked once.
    let value = memoized ? memo[at + 3] : undefined;
    if (value === undefined) {
      value = all.itemAt(i).out(its.value) as string;
      if (memoized) memo[at + 3] = value;
    }
    if (spaces) offset += spaces[i]!.length;
    else {
      const found = shadow.startsWith(value, offset) ? offset : shadow.indexOf(value, offset);
      if (found === offset || (found > offset && isBlank(shadow, offset, found))) offset = found;
      else {
        // Start again with wink's spaces.
        spaces = all.out(its.precedingSpaces) as string[];
        tokens.length = 0;
        folded.length = 0;
        offset = 0;
        i = -1;
        continue;
      }
    }
    const start = offset;
    offset += value.length;
    if (value.length === 0 || (value.charCodeAt(0) <= 32 && /^\s*$/.test(value))) continue;
    // A contraction's part ("ca" of "can't") has its lemma in the token itself, not in the word.
    let lemma: string | undefined;
    const tag = raw ? posName(raw, i) : pos![i]!;
    const contraction = records ? records[TK_SIZE * i + 1]! > CONTRACTION_ABOVE : contractions![i];
    if (memoized && !contraction) {
      // wink hands out one string object per tag: comparing them is comparing pointers.
      const seen = memo[at];
      if (seen === tag) lemma = memo[at + 1];
      else if (seen === undefined) {
        lemma = all.itemAt(i).out(its.lemma) as string;
        memo[at] = tag;
        memo[at + 1] = lemma;
      } else {
        const code = posCode(tag);
        const key = id * 32 + code;
        if (code < 32) lemma = otherLemmas.get(key);
        if (lemma === undefined) {
          lemma = all.itemAt(i).out(its.lemma) as string;
          if (code < 32) otherLemmas.set(key, lemma);
        }
      }
    }
    lemma ??= all.itemAt(i).out(its.lemma) as string;
    // Where the text is the word itself (ASCII), the token keeps wink's string object: no slice, a
    // memoized fold, and later Map/Set lookups find its hash already computed.
    let surface = value;
    if (!ascii) {
      const slice = text.slice(start, offset);
      if (slice !== value) surface = slice;
    }
    let fold: string | undefined;
    if (surface === value && memoized) {
      fold = memo[at + 2];
      if (fold === undefined) {
        fold = foldKey(value);
        memo[at + 2] = fold;
      }
    } else fold = foldKey(surface);
    wordIds[tokens.length] = surface === value && memoized ? id : -1;
    if (pool) {
      const k = tokens.length;
      let t = pool[k];
      if (t === undefined) {
        t = { text: surface, start, end: offset, pos: tag, lemma };
        // A huge article's tokens are not kept for ever.
        if (k < POOL_MAX) pool.push(t);
      } else {
        t.text = surface;
        t.start = start;
        t.end = offset;
        t.pos = tag;
        t.lemma = lemma;
      }
      tokens.push(t);
    } else tokens.push({ text: surface, start, end: offset, pos: tag, lemma });
    folded.push(fold);
  }
  kept[count] = tokens.length;
  const spans = raw
    ? (raw.sentences as ReadonlyArray<readonly [number, number]>)
    : (doc.sentences().out(its.span) as Array<[number, number]>);
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    const firstToken = kept[first]!;
    const endToken = kept[last + 1]!;
    if (endToken <= firstToken) continue;
    sentences.push({
      index: sentences.length,
      firstToken,
      endToken,
      start: tokens[firstToken]!.start,
      end: tokens[endToken - 1]!.end,
    });
  }
  retagHeadlines(nlp, shadow, tokens, sentences);
  return { text, tokens, sentences, folded, wordIds: wordIds.subarray(0, tokens.length) };
}
