import { MultiGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import { communities, undirectedProjection } from '../../src/analyze/communities.js';
import { buildGraph, buildGraphReversed } from '../export/fixture.js';

/** Two 4-cliques joined by one light edge, plus a pair: communities of sizes 4, 4, 2. */
function cliques(): MultiGraph {
  const g = new MultiGraph({ type: 'mixed' });
  const groups = [
    ['d1', 'd2', 'd3', 'd4'],
    ['a1', 'a2', 'a3', 'a4'],
    ['z1', 'z2'],
  ];
  for (const group of groups) for (const n of group) g.addNode(n, { label: n, type: 'person' });
  for (const group of groups)
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        g.addDirectedEdgeWithKey(`supports:${group[i]}:${group[j]}`, group[i], group[j], { relation: 'supports', weight: 5 });
  g.addUndirectedEdgeWithKey('met:a1:d1', 'a1', 'd1', { relation: 'met', weight: 1 });
  return g;
}

describe('communities', () => {
  test('runs on a mixed multi graph and assigns every node', () => {
    const g = buildGraph();
    const result = communities.assign(g);
    g.forEachNode((node, a) => {
      expect(Number.isInteger(a.community)).toBe(true);
      expect(a.community).toBe(result.communities[node]);
    });
    expect(result.count).toBe(result.sizes.length);
    expect(result.sizes.reduce((x, y) => x + y, 0)).toBe(g.order);
    expect(result.modularity).toBeGreaterThan(0);
  });

  test('is deterministic and independent of insertion order', () => {
    const a = communities(buildGraph());
    expect(communities(buildGraph())).toEqual(a);
    expect(communities(buildGraphReversed())).toEqual(a);
    expect(JSON.stringify(communities(buildGraphReversed()))).toBe(JSON.stringify(a));
  });

  test('numbers the largest community 0, ties by smallest member key', () => {
    const result = communities.detailed(cliques());
    expect(result.sizes).toEqual([4, 4, 2]);
    // Both 4-cliques tie on size: the one holding "a1" comes before the one holding "d1".
    expect(result.communities.a1).toBe(0);
    expect(result.communities.d1).toBe(1);
    expect(result.communities.z1).toBe(2);
    for (const n of ['a2', 'a3', 'a4']) expect(result.communities[n]).toBe(0);
  });

  test('edge cases: empty graph, isolated nodes, bad options', () => {
    expect(communities.detailed(new MultiGraph())).toEqual({ communities: {}, count: 0, sizes: [], modularity: NaN });
    const g = new MultiGraph({ type: 'mixed' });
    g.addNode('b');
    g.addNode('a');
    expect(communities(g)).toEqual({ a: 0, b: 1 });
    expect(() => communities(g, { resolution: 0 })).toThrow(/^actorgraph\/analyze: communities: resolution/);
  });

  test('projection sums weights over relations and directions, drops self-loops', () => {
    const g = buildGraph();
    g.addDirectedEdgeWithKey('supports:iran:iran', 'iran', 'iran', { relation: 'supports', weight: 9 });
    const p = undirectedProjection(g);
    expect(p.type).toBe('undirected');
    expect(p.multi).toBe(false);
    expect(p.getEdgeAttribute(p.edge('iran', 'russia')!, 'weight')).toBe(4); // met 3 + allied_with 1
    expect(p.getEdgeAttribute(p.edge('hezbollah', 'israel')!, 'weight')).toBe(5); // 4 + (0 counts as 1)
    expect(p.hasEdge('iran', 'iran')).toBe(false);
    expect(p.nodes()).toEqual([...g.nodes()].sort());
  });
});
