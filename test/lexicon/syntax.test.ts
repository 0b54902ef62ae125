// syntax.json is checked when the lexicon loads: errors name the file and the entry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadLexicon } from '../../src/lexicon/load.js';
import { parseSyntax } from '../../src/lexicon/syntax.js';

const raw = JSON.parse(readFileSync(path.join(DATA_DIR, 'syntax.json'), 'utf8'));
const withField = (field: string, value: unknown) => ({ ...raw, [field]: value });

describe('syntax.json', () => {
  it('loads with the bundled lexicon', () => {
    const s = loadLexicon().syntax;
    expect(s.nounPhrasePos.has('PROPN')).toBe(true);
    expect(s.demand.trigger).toMatchObject({ relation: 'opposes', category: 'DEMAND', quad: 'verbal_conflict', speech: true });
    expect(s.receiving.relations.has('supports')).toBe(true);
  });
  it.each([
    [withField('nounPhrasePos', ['NOUN', 'NOUNS']), /syntax\.json: nounPhrasePos: "NOUNS" is no part-of-speech tag/],
    [withField('coordinators', []), /syntax\.json: coordinators must be a non-empty list/],
    [withField('demand', { ...raw.demand, relation: 'likes' }), /syntax\.json: demand\.relation must be one of/],
    [withField('demand', { ...raw.demand, category: 'HUG' }), /syntax\.json: demand\.category must be a PLOVER category/],
    [
      withField('demand', { ...raw.demand, particles: { sit: ['down'] } }),
      /syntax\.json: demand\.particles\.sit: "sit" is not one of demand\.verbs/,
    ],
    [withField('receiving', { verbs: ['have'] }), /syntax\.json: "receiving" must be/],
  ])('rejects a bad entry (%#)', (bad, message) => {
    expect(() => parseSyntax('syntax.json', bad)).toThrow(message);
  });
});
