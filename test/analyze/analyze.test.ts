import { describe, expect, test } from 'vitest';
import { analyze, DEFAULTS } from '../../src/analyze/index.js';
import { toJSON } from '../../src/export/json.js';
import { buildGraph } from '../export/fixture.js';

describe('analyze', () => {
  test('runs every step by default and writes every attribute on every node', () => {
    expect(DEFAULTS).toEqual({ communities: true, centrality: true, layout: true });
    const g = buildGraph();
    const result = analyze(g);
    expect(Object.keys(result)).toEqual(['communities', 'centrality', 'layout']);
    g.forEachNode((_node, a) => {
      for (const name of ['community', 'degree', 'pagerank', 'betweenness', 'x', 'y', 'color', 'size']) expect(a[name], name).toBeDefined();
    });
  });

  test('two runs give byte-identical graphs', () => {
    const a = buildGraph();
    const b = buildGraph();
    analyze(a);
    analyze(b);
    expect(toJSON(b)).toBe(toJSON(a));
  });

  test('steps can be turned off or given options', () => {
    const g = buildGraph();
    const result = analyze(g, { communities: false, layout: false, centrality: { betweenness: false } });
    expect(Object.keys(result)).toEqual(['centrality']);
    g.forEachNode((_n, a) => {
      expect(a.community).toBeUndefined();
      expect(a.x).toBeUndefined();
      expect(a.betweenness).toBeUndefined();
      expect(a.pagerank).toBeDefined();
    });
    expect(() => analyze(g, { layout: 'yes' as never })).toThrow(/^actorgraph\/analyze:/);
  });
});
