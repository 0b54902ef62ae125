// Issue 16: an article repeated word for word (white space aside) counts once in edge weights and
// every time in the edges' `articles` and `sources` counts (GDELT's NumArticles / NumSources).
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/build.js';
import { textFingerprint } from '../../src/pipeline/extract.js';

const TEXT = 'Russian warplanes struck rebel positions in Idlib. Turkey condemned Russia.';

describe('repeated articles', () => {
  it('fingerprints fold white space only', () => {
    expect(textFingerprint(TEXT)).toBe(textFingerprint(`  ${TEXT.replace(/ /g, '\n  ')}\n`));
    expect(textFingerprint(TEXT)).not.toBe(textFingerprint(TEXT.replace('Turkey', 'Iran')));
  });
  it('count once in weights, every time in articles and sources', () => {
    const { graph } = buildGraph([
      { id: 'a', text: TEXT, source: 'reuters' },
      { id: 'a', text: TEXT.replace(/ /g, '  '), source: 'reuters' },
      { id: 'c', text: TEXT, source: 'sana' },
    ]);
    const e = graph.getEdgeAttributes('opposes:turkey:russia');
    expect(e.weight).toBe(1);
    expect(e.articles).toBe(3);
    expect(e.sources).toBe(2);
    expect(graph.getNodeAttribute('turkey', 'mentions')).toBe(1);
  });
  it('a near-duplicate is another article', () => {
    const { graph } = buildGraph([
      { id: 'a', text: TEXT, source: 'reuters' },
      { id: 'b', text: `${TEXT} Ankara said more.`, source: 'reuters' },
    ]);
    const e = graph.getEdgeAttributes('opposes:turkey:russia');
    expect(e.weight).toBe(2);
    expect(e.articles).toBe(2);
    expect(e.sources).toBe(1);
  });
});
