import { MultiGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { sortKeysDeep, toJSON } from '../../src/export/json.js';
import { buildGraph, buildGraphReversed } from './fixture.js';

describe('toJSON', () => {
  test('is deterministic, whatever the insertion order', () => {
    const a = buildGraph();
    const b = buildGraphReversed();
    analyze(a);
    analyze(b);
    expect(toJSON(b)).toBe(toJSON(a));
    expect(toJSON(a)).toBe(toJSON(a));
  });

  test('sorts nodes, edges and attribute keys; fixed order for the structure', () => {
    const data = JSON.parse(toJSON(buildGraphReversed()));
    expect(Object.keys(data)).toEqual(['options', 'attributes', 'nodes', 'edges']);
    const nodeKeys = data.nodes.map((n: { key: string }) => n.key);
    expect(nodeKeys).toEqual([...nodeKeys].sort());
    const edgeKeys = data.edges.map((e: { key: string }) => e.key);
    expect(edgeKeys).toEqual([...edgeKeys].sort());
    expect(Object.keys(data.nodes[0])).toEqual(['key', 'attributes']);
    const met = data.edges.find((e: { key: string }) => e.key === 'met:iran:russia');
    expect(Object.keys(met)).toEqual(['key', 'source', 'target', 'undirected', 'attributes']);
    const attrKeys = Object.keys(met.attributes);
    expect(attrKeys).toEqual([...attrKeys].sort());
    expect(sortKeysDeep({ b: [{ d: 1, c: 2 }], a: null })).toEqual({ a: null, b: [{ c: 2, d: 1 }] });
    expect(JSON.stringify(sortKeysDeep({ b: [{ d: 1, c: 2 }], a: null }))).toBe('{"a":null,"b":[{"c":2,"d":1}]}');
  });

  test('round-trips through graph.import()', () => {
    const g = buildGraph();
    analyze(g);
    const text = toJSON(g);
    const back = new MultiGraph({ type: 'mixed' });
    back.import(JSON.parse(text));
    expect(back.type).toBe('mixed');
    expect(back.multi).toBe(true);
    expect(back.order).toBe(g.order);
    expect(back.size).toBe(g.size);
    for (const node of g.nodes()) expect(back.getNodeAttributes(node)).toEqual(g.getNodeAttributes(node));
    for (const edge of g.edges()) {
      expect(back.getEdgeAttributes(edge)).toEqual(g.getEdgeAttributes(edge));
      expect(back.isUndirected(edge)).toBe(g.isUndirected(edge));
      expect(back.extremities(edge)).toEqual(g.extremities(edge));
    }
    expect(toJSON(back)).toBe(text);
    // Also readable by MultiGraph.from, as graphology documents.
    expect(MultiGraph.from(JSON.parse(text)).size).toBe(g.size);
  });

  test('indent option and trailing newline', () => {
    const one = toJSON(buildGraph(), { indent: 0 });
    expect(one.endsWith('}\n')).toBe(true);
    expect(one.split('\n')).toHaveLength(2);
  });
});
