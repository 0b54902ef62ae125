// GraphML: deterministic, and read back by graphology-graphml's parser and by NetworkX.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { xmlSafe } from '../../src/export/gexf.js';
import { toGraphML } from '../../src/export/graphml.js';
import { buildGraph, buildGraphReversed, HOSTILE_LABEL_CLEAN, TRICKY_EVIDENCE } from './fixture.js';

const hasNetworkx = spawnSync('python3', ['-c', 'import networkx']).status === 0;
if (!hasNetworkx) console.warn('GraphML NetworkX read-back skipped: python3 with networkx is not available');

const work = mkdtempSync(join(tmpdir(), 'actorgraph-graphml-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function analyzed() {
  const g = buildGraph();
  analyze(g);
  g.mergeEdgeAttributes('met:iran:russia', { dates: ['2024-01-05', '2024-02-20'], dateCounts: [2, 1] });
  g.mergeNodeAttributes('iran', { role: 'line\nbreak\rcr\ttab' });
  return g;
}

const listItem = (s: string) => xmlSafe(s).replace(/[\t\n\r]/g, ' ');

describe('toGraphML', () => {
  test('is deterministic whatever the insertion order, with a declared model', () => {
    const a = toGraphML(analyzed());
    expect(toGraphML(analyzed())).toBe(a);
    const r = buildGraphReversed();
    analyze(r);
    r.mergeEdgeAttributes('met:iran:russia', { dates: ['2024-01-05', '2024-02-20'], dateCounts: [2, 1] });
    r.mergeNodeAttributes('iran', { role: 'line\nbreak\rcr\ttab' });
    expect(toGraphML(r)).toBe(a);
    expect(a.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"')).toBe(true);
    const keys = [...a.matchAll(/<key id="(d\d+)" for="(node|edge)" attr.name="([^"]+)" attr.type="([^"]+)"\/>/g)].map(
      (m) => `${m[2]}:${m[3]}:${m[4]}`,
    );
    expect(keys.slice(0, 4)).toEqual(['node:label:string', 'node:type:string', 'node:aliases:string', 'node:iso3:string']);
    expect(keys).toContain('node:mentions:int');
    expect(keys).toContain('node:pagerank:double');
    expect(keys).toContain('node:x:double');
    expect(keys).toContain('node:color:string');
    expect(keys.filter((k) => k.startsWith('edge:')).slice(0, 3)).toEqual([
      'edge:relation:string',
      'edge:weight:int',
      'edge:category:string',
    ]);
    expect(keys).toContain('edge:undirected:boolean');
    expect(a).toContain('<graph id="G" edgedefault="directed">');
    expect(a).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(() => toGraphML(buildGraph(), { edges: 'both' as never })).toThrow(/GraphML edges/);
  });

  test("reads back with graphology-graphml (edges: 'mixed'): the same mixed multigraph", () => {
    const g = analyzed();
    const back = parseGraphML(MultiGraph, toGraphML(g, { edges: 'mixed' }));
    expect(back.nodes().sort()).toEqual(g.nodes().sort());
    expect(back.edges().sort()).toEqual(g.edges().sort());
    for (const edge of g.edges()) {
      expect(back.isUndirected(edge), edge).toBe(g.isUndirected(edge));
      expect([back.source(edge), back.target(edge)]).toEqual([g.source(edge), g.target(edge)]);
      expect(back.getEdgeAttribute(edge, 'relation')).toBe(g.getEdgeAttribute(edge, 'relation'));
      expect(back.getEdgeAttribute(edge, 'weight')).toBe(g.getEdgeAttribute(edge, 'weight'));
      expect(JSON.parse(back.getEdgeAttribute(edge, 'evidence'))).toEqual((g.getEdgeAttribute(edge, 'evidence') as string[]).map(listItem));
    }
    expect(JSON.parse(back.getEdgeAttribute('met:iran:russia', 'evidence'))).toEqual(TRICKY_EVIDENCE);
    expect(JSON.parse(back.getEdgeAttribute('met:iran:russia', 'dateCounts'))).toEqual(['2', '1']);
    expect(back.getNodeAttribute('tom-jerry', 'label')).toBe(HOSTILE_LABEL_CLEAN);
    expect(back.getNodeAttribute('iran', 'role')).toBe('line\nbreak\rcr\ttab'); // CR survives as a reference
    expect(back.getNodeAttribute('iran', 'mentions')).toBe(12);
    expect(back.getNodeAttribute('iran', 'x')).toBe(g.getNodeAttribute('iran', 'x'));
    expect(back.getNodeAttribute('iran', 'color')).toBe(g.getNodeAttribute('iran', 'color'));
    expect(JSON.parse(back.getNodeAttribute('iran', 'aliases'))).toEqual(['Islamic Republic of Iran', 'Persia, "old"', '[Tehran]']);
  });

  test("reads back with graphology-graphml (edges: 'directed', default): every edge directed, symmetric ones flagged", () => {
    const g = analyzed();
    const back = parseGraphML(MultiGraph, toGraphML(g));
    expect(back.size).toBe(g.size);
    for (const edge of g.edges()) {
      expect(back.isDirected(edge)).toBe(true);
      expect(back.getEdgeAttribute(edge, 'undirected') ?? false).toBe(g.isUndirected(edge));
    }
  });

  test.skipIf(!hasNetworkx)('reads back with NetworkX: a MultiDiGraph with every node, edge and attribute', () => {
    const g = analyzed();
    const file = join(work, 'g.graphml');
    writeFileSync(file, toGraphML(g));
    const script = `
import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1])
out = {"type": type(G).__name__, "nodes": {}, "edges": {}}
for n, d in G.nodes(data=True):
    out["nodes"][n] = {"label": d["label"], "aliases": json.loads(d["aliases"]), "mentions": d["mentions"], "x": d.get("x"), "role": d.get("role")}
for u, v, k, d in G.edges(keys=True, data=True):
    out["edges"][k] = {"source": u, "target": v, "relation": d["relation"], "weight": d["weight"], "undirected": d.get("undirected", False), "evidence": json.loads(d["evidence"])}
print(json.dumps(out))
`;
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.type).toBe('MultiDiGraph');
    expect(Object.keys(out.nodes).sort()).toEqual(g.nodes().sort());
    expect(Object.keys(out.edges).sort()).toEqual(g.edges().sort());
    expect(out.nodes['tom-jerry'].label).toBe(HOSTILE_LABEL_CLEAN);
    expect(out.nodes.iran.aliases).toEqual(['Islamic Republic of Iran', 'Persia, "old"', '[Tehran]']);
    expect(out.nodes.iran.mentions).toBe(12);
    expect(out.nodes.iran.role).toBe('line\nbreak\rcr\ttab');
    expect(out.nodes.iran.x).toBe(g.getNodeAttribute('iran', 'x'));
    expect(out.edges['met:iran:russia']).toMatchObject({
      source: 'iran',
      target: 'russia',
      relation: 'met',
      weight: 3,
      undirected: true,
      evidence: TRICKY_EVIDENCE,
    });
    expect(out.edges['attacks:israel:hezbollah']).toMatchObject({ weight: 0, undirected: false });
  });
});
