import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { eventsPathFor, loadGraph, parseGraph } from '../../src/query/index.js';
import { toGEXF } from '../../src/export/gexf.js';
import { smallGraph, writeFixture } from './fixture.js';

const fx = writeFixture();
afterAll(() => fx.cleanup());
const CORPUS = 'graphs/corpus.json';

describe('loadGraph', () => {
  test('reads the JSON serialization as a typed mixed multi graph', async () => {
    const g = await loadGraph(fx.json);
    const src = smallGraph();
    expect(g.type).toBe('mixed');
    expect(g.multi).toBe(true);
    expect(g.order).toBe(src.order);
    expect(g.size).toBe(src.size);
    expect(g.getNodeAttributes('recep-tayyip-erdogan')).toEqual(src.getNodeAttributes('recep-tayyip-erdogan'));
    expect(g.getEdgeAttributes('supports:iran:syria')).toEqual(src.getEdgeAttributes('supports:iran:syria'));
    expect(g.isUndirected('met:russia:turkey')).toBe(true);
    expect(g.isDirected('attacks:turkey:syria')).toBe(true);
  });

  test('reads GEXF with list attributes as arrays and without the extra kind', async () => {
    const g = await loadGraph(fx.gexf);
    const src = smallGraph();
    expect(g.order).toBe(src.order);
    expect(g.size).toBe(src.size);
    expect(g.getNodeAttribute('iran', 'aliases')).toEqual(['Islamic Republic of Iran', 'Tehran', 'army']);
    expect(g.getNodeAttribute('lonely-ngo', 'aliases')).toEqual([]);
    const e = g.getEdgeAttributes('supports:iran:syria');
    expect(e.evidence).toEqual(src.getEdgeAttribute('supports:iran:syria', 'evidence'));
    expect(e.evidenceArticles).toEqual(src.getEdgeAttribute('supports:iran:syria', 'evidenceArticles'));
    expect(e.relation).toBe('supports');
    expect(e.weight).toBe(4);
    expect('kind' in e).toBe(false);
    expect(g.isUndirected('allied_with:iran:russia')).toBe(true);
  });

  test('decodes list values left as JSON text, and fills missing contract attributes', () => {
    const text = JSON.stringify({
      options: { type: 'mixed', multi: true, allowSelfLoops: false },
      attributes: {},
      nodes: [
        { key: 'a', attributes: { type: 'country', aliases: '["x, y", "z"]' } },
        { key: 'b', attributes: { label: 'B', type: 'country' } },
      ],
      edges: [{ key: 'supports:a:b', source: 'a', target: 'b', attributes: { evidence: '["one"]' } }],
    });
    const g = parseGraph(text, 'json');
    expect(g.getNodeAttribute('a', 'aliases')).toEqual(['x, y', 'z']);
    expect(g.getNodeAttribute('a', 'label')).toBe('a');
    expect(g.getNodeAttribute('b', 'aliases')).toEqual([]);
    expect(g.getEdgeAttributes('supports:a:b')).toMatchObject({
      relation: 'supports',
      weight: 1,
      evidence: ['one'],
      evidenceArticles: [],
      category: '',
    });
  });

  test('list items with commas, quotes and brackets survive a GEXF round trip', () => {
    const src = smallGraph();
    src.setNodeAttribute('iran', 'aliases', ['Persia, "old"', '[Tehran]', 'a\\b']);
    const g = parseGraph(toGEXF(src), 'gexf');
    expect(g.getNodeAttribute('iran', 'aliases')).toEqual(['Persia, "old"', '[Tehran]', 'a\\b']);
  });

  test('errors name the file and say what is wrong', async () => {
    await expect(loadGraph(join(fx.dir, 'missing.json'))).rejects.toThrow(
      /^actorgraph\/query: cannot read the graph .*missing\.json: no such file/,
    );
    await expect(loadGraph(join(fx.dir, 'graph.txt'))).rejects.toThrow(/^actorgraph\/query: cannot tell the format/);
    const bad = join(fx.dir, 'bad.json');
    writeFileSync(bad, '{"nodes": 3}');
    await expect(loadGraph(bad)).rejects.toThrow(/^actorgraph\/query: .*bad\.json: not a graphology serialization/);
    writeFileSync(bad, '{');
    await expect(loadGraph(bad)).rejects.toThrow(/bad\.json: not JSON/);
    await expect(loadGraph(fx.json, { format: 'gexf' })).rejects.toThrow(/not a readable GEXF document|actorgraph\/query/);
  });

  test('eventsPathFor', () => {
    expect(eventsPathFor('graphs/corpus.json')).toBe('graphs/corpus.events.jsonl');
    expect(eventsPathFor('out/g.gexf')).toBe('out/g.events.jsonl');
    expect(eventsPathFor(fx.json)).toBe(fx.events);
  });

  test.skipIf(!existsSync(CORPUS))('the built corpus loads the same from JSON and GEXF', async () => {
    const [j, x] = await Promise.all([loadGraph(CORPUS), loadGraph('graphs/corpus.gexf')]);
    expect(j.order).toBeGreaterThan(100);
    expect(x.order).toBe(j.order);
    expect(x.size).toBe(j.size);
    for (const key of ['iran', 'syria', 'hezbollah'])
      expect(x.getNodeAttribute(key, 'aliases')).toEqual(j.getNodeAttribute(key, 'aliases'));
    // GEXF lists carry no tab, LF or CR (written as spaces; see src/export/gexf.ts).
    const spaced = (list: string[]) => list.map((s) => s.replace(/[\t\n\r]/g, ' '));
    j.forEachEdge((edge, a) => {
      expect(x.getEdgeAttribute(edge, 'evidence')).toEqual(spaced(a.evidence));
      expect(x.getEdgeAttribute(edge, 'relation')).toBe(a.relation);
      // Issue 17: the dynamic file's weights used to read back as the last date's count.
      expect(x.getEdgeAttribute(edge, 'weight'), edge).toBe(a.weight);
      expect(x.isUndirected(edge), edge).toBe(j.isUndirected(edge));
    });
  });
});
