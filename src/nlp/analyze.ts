// The nlp stage: one wink-nlp pass per article giving tokens (with character offsets, part of
// speech and lemma) and sentences. Everything downstream works on these records, never on wink.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedText, Sentence, Token } from '../types.js';
import { shadowText } from './shadow.js';

type WinkNLP = ReturnType<typeof winkNLP>;
let engine: WinkNLP | undefined;

/** The wink-nlp engine with the annotations we use; loaded once per thread (the model is data). */
export function nlpEngine(): WinkNLP {
  // Only what the extractor reads: sentences and parts of speech (negation is read from the words).
  engine ??= winkNLP(model, ['sbd', 'pos']);
  return engine;
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
  const nlp = nlpEngine();
  // wink's typings do not cover every `its` helper with `out()`; the values are plain arrays.
  const its = nlp.its as any;
  const doc = nlp.readDoc(shadowText(text));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma) as string[];
  const tokens: Token[] = [];
  // wink index → our index: line breaks come out of wink as tokens of their own; we drop them.
  const kept = new Int32Array(values.length + 1);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    kept[i] = tokens.length;
    offset += spaces[i].length;
    const start = offset;
    offset += values[i].length;
    if (/^\s*$/.test(values[i])) continue;
    tokens.push({ text: text.slice(start, offset), start, end: offset, pos: pos[i], lemma: lemmas[i] });
  }
  kept[values.length] = tokens.length;
  const spans = doc.sentences().out(its.span) as Array<[number, number]>;
  const sentences: Sentence[] = [];
  for (const [first, last] of spans) {
    const firstToken = kept[first];
    const endToken = kept[last + 1];
    if (endToken <= firstToken) continue;
    sentences.push({
      index: sentences.length,
      firstToken,
      endToken,
      start: tokens[firstToken].start,
      end: tokens[endToken - 1].end,
    });
  }
  return { text, tokens, sentences };
}
