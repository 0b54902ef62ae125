// Title Case headlines: their verbs are tagged as verbs (wink reads every capitalized word as a
// proper noun), names stay proper nouns, and ordinary sentences are left as they were.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/nlp/analyze.js';

function tags(text: string): Record<string, string> {
  const doc = analyzeText(text);
  return Object.fromEntries(doc.tokens.map((t) => [t.text, `${t.pos}:${t.lemma}`]));
}

describe('Title Case headlines', () => {
  it('tags the verbs of a headline as verbs, with their lemma', () => {
    const t = tags('Russian Forces Destroy Daesh Command Post in Syria');
    expect(t.Destroy).toBe('VERB:destroy');
    expect(t.Daesh.startsWith('PROPN')).toBe(true);
    expect(t.Syria.startsWith('PROPN')).toBe(true);
  });

  it('reads a relation from a headline', async () => {
    const { loadLexicon } = await import('../../src/lexicon/load.js');
    const { recognizeActors } = await import('../../src/actors/recognize.js');
    const { extractRelations } = await import('../../src/relations/extract.js');
    const lex = loadLexicon();
    const doc = analyzeText('Houthis Attack Saudi Oil Facilities With Drones');
    const events = extractRelations(doc, recognizeActors(doc, lex), lex, { id: 'h' }).map((e) => `${e.source} ${e.relation} ${e.target}`);
    expect(events).toContain('houthis attacks saudi-arabia');
  });

  it('leaves sentences in ordinary case alone', () => {
    const text = 'Talks between Iran and Russia resumed in Moscow on Monday.';
    const doc = analyzeText(text);
    expect(doc.tokens.find((t) => t.text === 'Moscow')?.pos).toBe('PROPN');
    expect(doc.tokens.find((t) => t.text === 'resumed')?.pos).toBe('VERB');
  });

  it('leaves short capitalized runs alone (fewer than four words)', () => {
    expect(tags('Iran Backs Syria').Backs).not.toBe('VERB:back');
  });
});
