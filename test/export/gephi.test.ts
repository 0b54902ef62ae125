// Gephi-ready edges: label, colour per relation, quad class and net intensity on every edge;
// `build --time-granularity` (dynamic GEXF spells per month or year) and `--drop-isolates`;
// the GEXF validates and NetworkX reads the new attributes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeStyle, netIntensity, quadClassOf, RELATION_COLORS } from '../../src/graph/style.js';
import { canValidateGexf, cli, goodArticlesDir, hasNetworkx, seedsDir, tempDir, validateSh } from '../fixtures/helpers.js';

interface GraphJSON {
  nodes: Array<{ key: string }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }>;
}

describe('edgeStyle', () => {
  it('gives the relation as label, its colour, the quad class and the summed intensity', () => {
    expect(
      edgeStyle('attacks', 'ASSAULT', [
        ['ASSAULT', 3],
        ['FIGHT', 1],
      ]),
    ).toEqual({ label: 'attacks', color: '#d62728', quad: 'material_conflict', intensity: -37 });
    expect(quadClassOf('AFFILIATE')).toBe('none');
    expect(netIntensity([['AFFILIATE', 4]])).toBe(0);
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(6);
  });
  it("matches the viewer's palette", () => {
    const client = readFileSync(path.resolve(__dirname, '../../src/view/client/palette.ts'), 'utf8');
    for (const [relation, color] of Object.entries(RELATION_COLORS)) expect(client).toContain(`${relation}: '${color}'`);
  });
});

describe('build --time-granularity month --drop-isolates', () => {
  let out: string;
  let graph: GraphJSON;
  // An article whose actors have no relation.
  const lonely = path.join(tempDir(), 'lonely');
  mkdirSync(lonely);
  writeFileSync(path.join(lonely, 'budget.txt'), 'Germany announced a new budget on Monday. Norway said prices rose.\n');
  beforeAll(async () => {
    out = tempDir();
    const r = await cli(
      'build',
      seedsDir,
      goodArticlesDir,
      lonely,
      '--out',
      out,
      '--name',
      'g',
      '--time-granularity',
      'month',
      '--drop-isolates',
      '--no-cache',
      '-j',
      '1',
    );
    expect(r.code, r.err).toBe(0);
    graph = JSON.parse(readFileSync(path.join(out, 'g.json'), 'utf8'));
  });

  it('every edge has label, color, quad and intensity', () => {
    expect(graph.edges.length).toBeGreaterThan(0);
    for (const e of graph.edges) {
      const a = e.attributes;
      expect(a.label).toBe(a.relation);
      expect(a.color).toBe(RELATION_COLORS[a.relation as keyof typeof RELATION_COLORS]);
      expect(a.quad).toBe(quadClassOf(String(a.category)));
      expect(a.intensity).toBeTypeOf('number');
    }
  });

  it('leaves out the actors without a relation, and says so', async () => {
    const ends = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(graph.nodes.every((n) => ends.has(n.key))).toBe(true);
    const all = tempDir();
    const r = await cli('build', seedsDir, goodArticlesDir, lonely, '--out', all, '--name', 'g', '--no-cache', '-j', '1');
    const full = JSON.parse(readFileSync(path.join(all, 'g.json'), 'utf8')) as GraphJSON;
    expect(full.nodes.length).toBeGreaterThan(graph.nodes.length);
    expect(r.err).not.toMatch(/left out/);
    expect(full.nodes.map((n) => n.key)).toContain('germany');
    const gexf = readFileSync(path.join(out, 'g.gexf'), 'utf8');
    expect((gexf.match(/<node /g) ?? []).length).toBe(graph.nodes.length);
  });

  it('writes month spells in the dynamic GEXF', () => {
    const gexf = readFileSync(path.join(out, 'g.gexf'), 'utf8');
    expect(gexf).toContain('timeformat="date"');
    const spells = [...gexf.matchAll(/<spell start="([\d-]+)" end="([\d-]+)"/g)];
    expect(spells.length).toBeGreaterThan(0);
    for (const [, start, end] of spells) {
      expect(start).toMatch(/-01$/);
      expect(end.slice(0, 7)).toBe(start.slice(0, 7));
    }
  });

  it.skipIf(!canValidateGexf)('validates against the GEXF 1.3 schema', () => {
    const r = spawnSync(validateSh, [path.join(out, 'g.gexf')], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it.skipIf(!hasNetworkx)('NetworkX reads label, quad and intensity', () => {
    const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
e = [d for _, _, d in g.edges(data=True)]
print(json.dumps({"n": len(e), "labels": all(d.get("label") == d.get("relation") for d in e), "quads": sorted({d["quad"] for d in e}), "intensity": all(isinstance(d["intensity"], float) for d in e)}))`;
    const r = spawnSync('python3', ['-c', script, path.join(out, 'g.gexf')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const got = JSON.parse(r.stdout);
    expect(got.labels).toBe(true);
    expect(got.intensity).toBe(true);
    expect(got.quads).toContain('verbal_cooperation');
  });

  it('rejects an unknown granularity', async () => {
    const r = await cli('build', seedsDir, '--out', tempDir(), '--time-granularity', 'week');
    expect(r.code).toBe(2);
  });
});
