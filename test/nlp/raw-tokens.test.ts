// wink's token records read directly (src/nlp/raw-tokens.ts): with the installed wink they are
// read (no silent fall back to the slower public API), and they say what the public API says.
import { describe, expect, it } from 'vitest';
import { nlpEngine } from '../../src/nlp/analyze.js';
import { CONTRACTION_ABOVE, posName, rawTokens, TK_SIZE } from '../../src/nlp/raw-tokens.js';

describe('rawTokens', () => {
  it('reads word ids, contraction flags, parts of speech and sentences as the public API gives them', () => {
    const nlp = nlpEngine();
    const its = nlp.its;
    for (const text of [
      "Putin met Erdoğan in Moscow. They can't agree, and won't.\n\nI'm sure we'll see.",
      'Russian Forces Destroy Daesh Command Post',
      'gonna  wanna\tcannot ... 42 km/h $5 #tag @user :-)',
    ]) {
      const doc = nlp.readDoc(text);
      const raw = rawTokens(nlp, doc);
      expect(raw).toBeDefined();
      if (!raw) continue;
      const all = doc.tokens();
      const ids = all.out(its.uniqueId) as number[];
      const contractions = all.out(its.contractionFlag) as boolean[];
      const pos = all.out(its.pos) as string[];
      expect(raw.count).toBe(ids.length);
      for (let i = 0; i < raw.count; i++) {
        expect(raw.records[TK_SIZE * i]).toBe(ids[i]);
        expect(raw.records[TK_SIZE * i + 1]! > CONTRACTION_ABOVE).toBe(contractions[i]);
        expect(posName(raw, i)).toBe(pos[i]);
      }
      expect(raw.sentences.map((s) => [s[0], s[1]])).toEqual(doc.sentences().out(its.span));
    }
  });

  it('gives nothing for an empty document (the public API reads it)', () => {
    const nlp = nlpEngine();
    expect(rawTokens(nlp, nlp.readDoc(''))).toBeUndefined();
  });
});
