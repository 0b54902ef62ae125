// The nlp stage's offsets: found by searching each word in the text, they must be wink's own (its
// preceding spaces added up) on every kind of text, and memoized lemmas and folds must be wink's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, analyzeTextReusing, nlpEngine } from '../../src/nlp/analyze.js';
import { foldKey, shadowText } from '../../src/nlp/shadow.js';

/** Tokens as wink gives them, offsets from its preceding spaces (whitespace tokens left out). */
function reference(text: string) {
  const nlp = nlpEngine();
  const its = nlp.its as any;
  const doc = nlp.readDoc(shadowText(text));
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const lemmas = doc.tokens().out(its.lemma) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const out: Array<{ text: string; start: number; end: number; pos: string; lemma: string }> = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    const start = offset;
    offset += values[i].length;
    if (/^\s*$/.test(values[i])) continue;
    out.push({ text: text.slice(start, offset), start, end: offset, pos: pos[i], lemma: lemmas[i] });
  }
  return out;
}

const SAMPLES = [
  'Putin met Erdoğan in Ankara.\n\nThe talks, he said, "went well".',
  "Russia can't and won't back down; y'all gonna see.  Iran's envoy\tspoke\r\nagain.",
  'A\u00a0B\u2009C \u200bD E F — "G" … H’s I-J U.S.-led 3.5 km/h e-mail@x.org',
  '   leading blanks and trailing   ',
  '\n\n\n',
  '',
];

describe('analyzeText', () => {
  it('gives wink’s tokens, offsets, parts of speech and lemmas', () => {
    for (const text of SAMPLES) {
      const doc = analyzeText(text);
      expect(doc.tokens).toEqual(reference(text));
      for (const [i, t] of doc.tokens.entries()) {
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(doc.folded[i]).toBe(foldKey(t.text));
      }
    }
  });

  it('finds the true offsets where wink miscounts the spaces (form feed, vertical tab)', () => {
    // wink's preceding spaces leave out \f and \v, which shifts every later offset; the ingest
    // stage turns control characters into spaces, but library callers may pass them.
    const text = 'Syria\fand\vRussia met. Iran\f\fsaid so.';
    const doc = analyzeText(text);
    expect(doc.tokens.map((t) => t.text)).toEqual(['Syria', 'and', 'Russia', 'met', '.', 'Iran', 'said', 'so', '.']);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('holds on random mixes of words, punctuation and white space', () => {
    const piece = fc.constantFrom(
      'Syria',
      "can't",
      'U.S.',
      'Erdoğan',
      '—',
      '"',
      ',',
      '.',
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      '\u00a0',
      '\u200b',
      'x',
      "'s",
      '-',
      '3.5',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(analyzeText(text).tokens).toEqual(reference(text));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('the reusing variant gives the same analysis', () => {
    for (const text of SAMPLES) expect(JSON.stringify(analyzeTextReusing(text))).toBe(JSON.stringify(analyzeText(text)));
  });
});
