import { MultiGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import { betweennessWanted, centrality } from '../../src/analyze/centrality.js';
import { buildGraph, buildGraphReversed } from '../export/fixture.js';

const decimals = (x: number) => (String(x).split('.')[1] ?? '').length;

describe('centrality', () => {
  test('weighted degree sums edge weights (invalid weight counts 1)', () => {
    const { degree } = centrality(buildGraph());
    expect(degree.iran).toBe(3 + 1 + 2);
    expect(degree.hezbollah).toBe(2 + 4 + 1);
    expect(degree['tom-jerry']).toBe(1);
  });

  test('pagerank and betweenness: on every node, rounded, deterministic', () => {
    const g = buildGraph();
    const result = centrality.assign(g);
    let total = 0;
    g.forEachNode((_node, a) => {
      expect(typeof a.degree).toBe('number');
      expect(a.pagerank).toBeGreaterThan(0);
      expect(decimals(a.pagerank)).toBeLessThanOrEqual(6);
      expect(a.betweenness).toBeGreaterThanOrEqual(0);
      expect(decimals(a.betweenness)).toBeLessThanOrEqual(6);
      total += a.pagerank;
    });
    expect(total).toBeCloseTo(1, 4);
    expect(JSON.stringify(centrality(buildGraphReversed()))).toBe(JSON.stringify(result));
    // Hezbollah bridges the Iran side and the Israel side.
    expect(result.betweenness!.hezbollah).toBeGreaterThan(result.betweenness!['tom-jerry']);
  });

  test('betweenness is skipped past the budget, or on request', () => {
    expect(betweennessWanted(100, 500)).toBe(true);
    expect(betweennessWanted(10_000, 50_000)).toBe(false);
    expect(betweennessWanted(10_000, 50_000, true)).toBe(true);
    const g = buildGraph();
    const result = centrality.assign(g, { betweenness: false });
    expect(result.betweenness).toBeNull();
    g.forEachNode((_n, a) => expect(a.betweenness).toBeUndefined());
    expect(centrality(buildGraph(), { betweennessBudget: 1 }).betweenness).toBeNull();
  });

  test('empty graph', () => {
    expect(centrality(new MultiGraph())).toEqual({ degree: {}, pagerank: {}, betweenness: {} });
  });
});
