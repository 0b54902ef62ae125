// Headlines are written in Title Case ("Russian Forces Destroy Daesh Command Post"), and wink's
// tagger reads every capitalized word of them as a proper noun, verbs included: a headline then
// states no relation. A sentence whose words are nearly all capitalized is tagged again in lower
// case, and a word the tagger then reads as a verb takes that tag and lemma. Only verbs change:
// proper nouns stay proper nouns, so that names in the headline are recognized as before.
import type { Sentence, Token } from '../types.js';

/** What a headline must look like to be tagged again. */
export const HEADLINE_DEFAULTS = {
  /** Fewest words (tokens starting with a letter). */
  minWords: 4,
  /** Share of those words that start with a capital letter. */
  minCapitalized: 0.7,
};

interface Tagger {
  readDoc(text: string): { tokens(): { out(f: unknown): unknown; itemAt(i: number): { out(f: unknown): unknown } } };
  its: { pos: unknown; lemma: unknown; value: unknown };
}

/** Is the sentence written in Title Case (a headline)? */
export function isTitleCase(tokens: readonly Token[], s: Sentence): boolean {
  let words = 0;
  let capitalized = 0;
  // More lower-case words than the share allows of all the tokens: no headline, whatever follows.
  const maxLower = (1 - HEADLINE_DEFAULTS.minCapitalized) * (s.endToken - s.firstToken);
  for (let k = s.firstToken; k < s.endToken; k++) {
    const c = tokens[k]!.text.charCodeAt(0);
    const upper = c >= 65 && c <= 90;
    if (!upper && !(c >= 97 && c <= 122)) continue;
    words++;
    if (upper) capitalized++;
    else if (words - capitalized > maxLower) return false;
  }
  return words >= HEADLINE_DEFAULTS.minWords && capitalized >= words * HEADLINE_DEFAULTS.minCapitalized;
}

/** Re-tags the verbs of Title Case sentences in place (see the file comment). */
export function retagHeadlines(nlp: Tagger, shadow: string, tokens: Token[], sentences: Sentence[]): void {
  for (const s of sentences) {
    if (!isTitleCase(tokens, s)) continue;
    const lower = nlp.readDoc(shadow.slice(s.start, s.end).toLowerCase()).tokens();
    const values = lower.out(nlp.its.value) as string[];
    const pos = lower.out(nlp.its.pos) as string[];
    // Read the lower-case tagging only where it splits the words as the original did.
    const kept: number[] = [];
    for (let i = 0; i < values.length; i++) if (values[i]!.trim()) kept.push(i);
    if (kept.length !== s.endToken - s.firstToken) continue;
    for (let k = s.firstToken, i = 0; k < s.endToken; k++, i++) {
      const t = tokens[k]!;
      const w = kept[i]!;
      if (values[w]!.length !== t.text.length) break;
      if (t.pos === 'PROPN' && pos[w] === 'VERB') {
        t.pos = 'VERB';
        // (The lemma of the few words that change only: wink's lemmas are its costliest output.)
        t.lemma = lower.itemAt(w).out(nlp.its.lemma) as string;
      }
    }
  }
}
