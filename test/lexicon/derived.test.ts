// Phrase lookups from a token on (lexicon/derived.ts phraseReach): starting the longest-first search
// at the reach finds the phrase that starting it at the limit finds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phraseReach } from '../../src/lexicon/derived.js';

/** The longest phrase of `phrases` from `from` on, trying n = start … 1 (0: none). */
function longest(phrases: Set<string>, words: string[], from: number, start: number): number {
  for (let n = start; n >= 1; n--) if (phrases.has(words.slice(from, from + n).join(' '))) return n;
  return 0;
}

describe('phraseReach', () => {
  it("reads the runs of a phrase's words", () => {
    const phrases = new Set(['syrian arab army', 'army', 'fighter jets']);
    expect(phraseReach(phrases, ['syrian', 'arab', 'army', 'said'], 0, 4)).toBe(3);
    expect(phraseReach(phrases, ['syrian', 'arab', 'army'], 0, 2)).toBe(2);
    expect(phraseReach(phrases, ['fighter', 'planes'], 0, 3)).toBe(1);
    expect(phraseReach(phrases, ['the', 'army'], 0, 3)).toBe(0);
  });

  it('gives the longest phrase a search from the limit gives', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'a b', '');
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { minLength: 1, maxLength: 4 }), { maxLength: 8 }),
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 0, max: 5 }),
        (ps, words, at, limit) => {
          const phrases = new Set(ps.map((p) => p.join(' ')));
          const from = at % words.length;
          const max = Math.min(limit, words.length - from);
          expect(longest(phrases, words, from, phraseReach(phrases, words, from, max))).toBe(longest(phrases, words, from, max));
        },
      ),
    );
  });
});
