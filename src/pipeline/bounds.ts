/**
 * actorgraph/pipeline — bounds on one article's work
 * ===================================================
 *
 * One hostile or broken article must not stop or stall a build (issue 20): a sentence listing
 * 8,000 countries made the coordination grouping run out of memory, 400 persons meeting gave 80,000
 * events and a JSON string too long to build, 200 countries meeting 19,900 edges. The relation
 * stage is linear only for sentences of news length, so it is handed sentences of news length:
 *
 *   - a sentence longer than `maxSentenceTokens` tokens, or with more than `maxSentenceNames`
 *     capitalized words, is cut into pieces within both before actors are recognized (each piece is
 *     a sentence of its own for the later stages);
 *   - the relation stage gets the article's first sentences that fit `relationBudget`;
 *   - a sentence gives at most `maxEventsPerSentence` events, an article `maxEventsPerArticle`
 *     (pairwise expansions of long lists stop there), the first ones in reading order kept;
 *   - each cut says so in the extraction's `notices`, which the build prints.
 *
 * Absurd tokens (a megabyte without a space, a base64 `data:` URI) are blanked before wink sees
 * them (nlp/analyze.ts, `maxTokenChars`). Everything here is deterministic: the same article gives
 * the same extraction whatever the machine, the thread or the cache; the time and memory budgets
 * of the worker threads (pool.ts) are the last resort for what these bounds do not foresee.
 */
import type { AnalyzedText, RelationEvent, Sentence } from '../types.js';

export const BOUNDS = {
  /** Tokens per sentence handed to the actor and relation stages (news sentences: 20–80). */
  maxSentenceTokens: 250,
  /**
   * Capitalized words per sentence (where actor names are): a sentence piece holds at most this
   * many, so a list of names met gives at most about (n/2)² candidate pairs. News sentences: under 20; scraped headline lists in FA-KES up to about 70.
   */
  maxSentenceNames: 80,
  /**
   * Work the relation stage may do on one article, in candidate pairs: a sentence costs
   * 1 + (capitalized words)² / 4. A news article costs a few thousand; past the budget the later
   * sentences give no relations (their actors still count), so a 10 MiB article of name lists
   * cannot make millions of events before the caps below apply.
   */
  relationBudget: 100_000,
  /** Events kept per sentence ("the leaders of 12 countries met" gives 66). */
  maxEventsPerSentence: 100,
  /** Events kept per article. */
  maxEventsPerArticle: 5000,
};

/** Whether a token starts with a capital letter (a possible part of a name). */
function capitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  return c >= 0x80 && text[0]! !== text[0]!.toLowerCase();
}

/**
 * `doc` with every sentence of more than `max` tokens, or `maxNames` capitalized tokens, cut into
 * pieces within both (renumbered in order), and how many sentences were cut. The sentences array is
 * replaced, the tokens are untouched.
 */
export function boundSentences(
  doc: AnalyzedText,
  max: number = BOUNDS.maxSentenceTokens,
  maxNames: number = BOUNDS.maxSentenceNames,
): number {
  /** The end of the piece that starts at `first` within sentence `s`. */
  const pieceEnd = (s: Sentence, first: number): number => {
    const limit = Math.min(s.endToken, first + max);
    let names = 0;
    for (let k = first; k < limit; k++) if (capitalized(doc.tokens[k]!.text) && ++names > maxNames) return k;
    return limit;
  };
  let cut = 0;
  // A sentence of at most that many tokens has no more capitalized ones: only longer ones are counted.
  const short = Math.min(max, maxNames);
  for (const s of doc.sentences) if (s.endToken - s.firstToken > short && pieceEnd(s, s.firstToken) < s.endToken) cut++;
  if (!cut) return 0;
  const out: Sentence[] = [];
  for (const s of doc.sentences) {
    for (let first = s.firstToken; first < s.endToken; ) {
      const end = pieceEnd(s, first);
      out.push({ index: out.length, firstToken: first, endToken: end, start: doc.tokens[first]!.start, end: doc.tokens[end - 1]!.end });
      first = end;
    }
  }
  doc.sentences = out;
  return cut;
}

/**
 * How many of `doc`'s first sentences fit the relation stage's budget (all of them, for news).
 * The relation stage is handed that prefix: indices stay positions, as it expects.
 */
export function relationSentences(doc: AnalyzedText, budget: number = BOUNDS.relationBudget): number {
  // Every token counted as a capitalized word bounds the cost from above: when that fits (any news
  // article), so does the article, and its capitalized words need not be counted.
  let most = 0;
  for (const s of doc.sentences) most += 1 + ((s.endToken - s.firstToken) * (s.endToken - s.firstToken)) / 4;
  if (most <= budget) return doc.sentences.length;
  let spent = 0;
  for (let i = 0; i < doc.sentences.length; i++) {
    const s = doc.sentences[i]!;
    let names = 0;
    for (let k = s.firstToken; k < s.endToken; k++) if (capitalized(doc.tokens[k]!.text)) names++;
    spent += 1 + (names * names) / 4;
    if (spent > budget) return i;
  }
  return doc.sentences.length;
}

/**
 * The events within the per-sentence and per-article caps (in their order), and what was
 * dropped, as counts.
 */
export function capEvents(
  events: RelationEvent[],
  perSentence: number = BOUNDS.maxEventsPerSentence,
  perArticle: number = BOUNDS.maxEventsPerArticle,
): { events: RelationEvent[]; sentencesCapped: number; droppedInSentences: number; droppedInArticle: number } {
  const perSentenceCount = new Map<number, number>();
  const capped = new Set<number>();
  const kept: RelationEvent[] = [];
  let droppedInSentences = 0;
  let droppedInArticle = 0;
  for (const e of events) {
    const n = perSentenceCount.get(e.sentence) ?? 0;
    if (n >= perSentence) {
      droppedInSentences++;
      capped.add(e.sentence);
      continue;
    }
    perSentenceCount.set(e.sentence, n + 1);
    if (kept.length >= perArticle) {
      droppedInArticle++;
      continue;
    }
    kept.push(e);
  }
  return { events: kept, sentencesCapped: capped.size, droppedInSentences, droppedInArticle };
}
