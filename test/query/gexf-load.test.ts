// Issue 17: `loadGraph` of a GEXF gives the graph of the JSON written beside it — every node and edge
// attribute, static and dynamic files alike. (A dynamic file used to read back each edge's weight as
// the count of its last date: `between Iran Syria` gave 3 from the GEXF, 14 from the JSON.)
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, type ActorGraph } from '../../src/index.js';
import { cli, corpusDir, tempDir } from '../fixtures/helpers.js';

/** GEXF lists carry no tab, LF or CR inside an item (export/gexf.ts): they read back as spaces. */
const flat = (v: unknown): unknown => (Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x.replace(/[\t\n\r]/g, ' ') : x)) : v);

function expectSameGraph(json: ActorGraph, gexf: ActorGraph): void {
  expect(gexf.order).toBe(json.order);
  expect(gexf.size).toBe(json.size);
  json.forEachNode((n, a) => {
    expect(gexf.hasNode(n), n).toBe(true);
    const b = gexf.getNodeAttributes(n) as Record<string, unknown>;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      expect(flat(b[k]), `${n}.${k}`).toEqual(flat((a as Record<string, unknown>)[k]));
  });
  json.forEachEdge((e, a, s, t, _sa, _ta, undirected) => {
    expect(gexf.hasEdge(e), e).toBe(true);
    expect([gexf.source(e), gexf.target(e), gexf.isUndirected(e)], e).toEqual([s, t, undirected]);
    const b = gexf.getEdgeAttributes(e) as Record<string, unknown>;
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)]))
      expect(flat(b[k]), `${e}.${k}`).toEqual(flat((a as Record<string, unknown>)[k]));
  });
}

describe('loadGraph: a GEXF reads back as the JSON beside it', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    const s = await cli('build', corpusDir, '--out', path.join(dir, 'static'), '--name', 'corpus', '-q');
    const d = await cli('build', corpusDir, '--out', path.join(dir, 'dynamic'), '--name', 'corpus', '--dynamic', '-q');
    expect([s.code, d.code]).toEqual([0, 0]);
  }, 120_000);

  it('dynamic GEXF: weights are the sum over the spells, every attribute as in the JSON', async () => {
    const json = await loadGraph(path.join(dir, 'dynamic', 'corpus.json'));
    const gexf = await loadGraph(path.join(dir, 'dynamic', 'corpus.gexf'));
    expectSameGraph(json, gexf);
    // The example: several events per edge.
    expect(gexf.someEdge((_e, a) => a.weight > 3)).toBe(true);
  });

  it('static GEXF: every attribute as in the JSON', async () => {
    expectSameGraph(await loadGraph(path.join(dir, 'static', 'corpus.json')), await loadGraph(path.join(dir, 'static', 'corpus.gexf')));
  });
});
