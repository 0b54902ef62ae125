// Per-word facts memoized by word id (AnalyzedText.wordIds). The stages ask of every token whether its word is
// in this or that word list; one Set lookup each, per token, per pass, adds up. The answers depend
// only on the word, so each stage computes them once per word of wink's vocabulary (the ids
// `analyzeText` hands out) as a small bit set, and reads them from an array afterwards.
import type { AnalyzedText } from '../types.js';
import { Scratch } from './scratch.js';

/** Set in every stored entry, so that 0 means "not computed yet". */
const COMPUTED = 0x8000;

export class WordClasses {
  #byId = new Uint16Array(1 << 16);

  /** `classify` gives a word's bits (below 0x8000) from its text and its folded form. */
  constructor(private readonly classify: (text: string, folded: string) => number) {}

  #out = new Scratch((n) => new Uint16Array(n));

  /**
   * The bits of token i of `doc` alone: for a reader of a few sentences, where a pass over every
   * token of the article (`of`) would cost more than the words it reads.
   */
  at(doc: AnalyzedText, i: number): number {
    const id = doc.wordIds ? doc.wordIds[i]! : -1;
    if (id < 0) return this.classify(doc.tokens[i]!.text, doc.folded[i]!);
    if (id >= this.#byId.length) {
      const grown = new Uint16Array(Math.max(id + 1, this.#byId.length * 2));
      grown.set(this.#byId);
      this.#byId = grown;
    }
    let c = this.#byId[id]!;
    if (c === 0) {
      c = this.classify(doc.tokens[i]!.text, doc.folded[i]!) | COMPUTED;
      this.#byId[id] = c;
    }
    return c & ~COMPUTED;
  }

  /**
   * The bits of each token of `doc`: valid until the next call (a stage reads them within one call).
   * (The loop repeats `at`'s lookup inline: it runs over every token of every article, where a call
   * per token measured slower.)
   */
  of(doc: AnalyzedText): Uint16Array {
    const n = doc.tokens.length;
    const out = this.#out.take(n);
    const ids = doc.wordIds;
    for (let i = 0; i < n; i++) {
      const id = ids ? ids[i]! : -1;
      if (id < 0) {
        out[i] = this.classify(doc.tokens[i]!.text, doc.folded[i]!);
        continue;
      }
      if (id >= this.#byId.length) {
        const grown = new Uint16Array(Math.max(id + 1, this.#byId.length * 2));
        grown.set(this.#byId);
        this.#byId = grown;
      }
      let c = this.#byId[id]!;
      if (c === 0) {
        c = this.classify(doc.tokens[i]!.text, doc.folded[i]!) | COMPUTED;
        this.#byId[id] = c;
      }
      out[i] = c & ~COMPUTED;
    }
    return out;
  }
}
