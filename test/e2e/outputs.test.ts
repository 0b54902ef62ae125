// The four output files of a build of the whole bundled corpus (806 articles, built twice, through the
// CLI as `npm start` does): GEXF validity and read-back (graphology-gexf, NetworkX), the JSON round
// trip, determinism, and the contract's invariants. Plus names with XML specials and control characters.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGEXF, toJSON } from '../../src/export/index.js';
import { decodeList, xmlSafe } from '../../src/export/gexf.js';
import { loadGraph } from '../../src/query/load.js';
import { isProblem, readArticles } from '../../src/ingest/index.js';
import { buildGraph } from '../../src/pipeline/build.js';
import { buildFiles, canValidateGexf, cli, corpusDir, hasNetworkx, jsonLines, tempDir, validateSh, warnSkip } from '../fixtures/helpers.js';

const noValidator = canValidateGexf ? undefined : `needs ${validateSh} and jing or xmllint (apt-get install -y jing libxml2-utils)`;
const noNetworkx = hasNetworkx ? undefined : 'python3 with networkx is not available (apt-get install -y python3-networkx)';
warnSkip('GEXF schema validation', noValidator);
warnSkip('NetworkX read-back', noNetworkx);

const CORPUS_ARTICLES = 806;
type Files = ReturnType<typeof buildFiles>;

let work: string;
let a: Files;
let b: Files;
let codes: number[];
let data: SerializedGraph;
/** The build's graph, read back from its JSON file. */
let graph: MultiGraph;
let gexfText: string;
/** The files of the first build, before the rebuild from the cache. */
let firstBuild: Record<keyof Files, Buffer>;

beforeAll(async () => {
  work = tempDir('actorgraph-e2e-');
  const dirA = path.join(work, 'a');
  const dirB = path.join(work, 'b');
  // A: the default build (worker threads, cache written); B: one job, no cache; then A's folder is
  // rebuilt from its cache (A's first files are kept in memory to compare).
  codes = [];
  codes.push((await cli('build', corpusDir, '--out', dirA, '--name', 'corpus', '--quiet')).code);
  codes.push((await cli('build', corpusDir, '--out', dirB, '--name', 'corpus', '--quiet', '--jobs', '1', '--no-cache')).code);
  a = buildFiles(dirA, 'corpus');
  b = buildFiles(dirB, 'corpus');
  firstBuild = Object.fromEntries((['json', 'gexf', 'events', 'articles'] as const).map((k) => [k, readFileSync(a[k])])) as Record<
    keyof Files,
    Buffer
  >;
  codes.push((await cli('build', corpusDir, '--out', dirA, '--name', 'corpus', '--quiet')).code);
  data = JSON.parse(readFileSync(a.json, 'utf8')) as SerializedGraph;
  graph = new MultiGraph(data.options);
  graph.import(data);
  gexfText = readFileSync(a.gexf, 'utf8');
});

function validate(file: string): void {
  const r = spawnSync('bash', [validateSh, file], { encoding: 'utf8' });
  expect(r.stdout + r.stderr, 'validate.sh output').toContain(`valid   ${file}`);
  expect(r.status, r.stdout + r.stderr).toBe(0);
}

/** NetworkX's view of a GEXF file: nodes with label/type/aliases, edges with id/relation/weight. */
function networkx(file: string): {
  directed: boolean;
  nodes: Record<string, { label: string; type: string; aliases: string[] }>;
  edges: Array<{ id: string; source: string; target: string; relation: string; weight: number }>;
} {
  const script = `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
out = {"directed": G.is_directed(), "nodes": {}, "edges": []}
for n, d in G.nodes(data=True):
    out["nodes"][n] = {"label": d.get("label"), "type": d.get("type"), "aliases": json.loads(d.get("aliases", "[]"))}
for u, v, d in G.edges(data=True):
    out["edges"].append({"id": d.get("id"), "source": u, "target": v, "relation": d.get("relation"), "weight": d.get("weight")})
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' },
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('a build of corpus/', () => {
  it('reads every article without a problem (exit 0 each time)', () => {
    expect(codes).toEqual([0, 0, 0]);
    const lines = jsonLines(readFileSync(a.articles, 'utf8'));
    expect(lines).toHaveLength(CORPUS_ARTICLES);
    expect(lines.filter((l) => l.error !== undefined)).toEqual([]);
    expect(new Set(lines.map((l) => l.id)).size).toBe(CORPUS_ARTICLES);
  });

  it('is deterministic: byte-identical files (all four) with threads or not, cache or not', () => {
    for (const k of ['json', 'gexf', 'events', 'articles'] as const) {
      const first = firstBuild[k];
      expect(first.length, k).toBeGreaterThan(0);
      expect(first.equals(readFileSync(b[k])), `${k}: the build with --jobs 1 --no-cache differs`).toBe(true);
      expect(first.equals(readFileSync(a[k])), `${k}: the rebuild from the cache differs`).toBe(true);
    }
  });

  it('makes a network worth looking at', () => {
    expect(graph.order).toBeGreaterThan(100);
    expect(graph.size).toBeGreaterThan(100);
  });

  it('has no node without a label or a type', () => {
    const types = new Set(['country', 'person', 'organization', 'armed_group']);
    const bad = graph.filterNodes((_k, attr) => !(typeof attr.label === 'string' && attr.label.trim() !== '' && types.has(attr.type)));
    expect(bad).toEqual([]);
  });

  it('has no edge of weight 0 (nor below 1) in the JSON, nor of weight 0 in the GEXF (Gephi drops them)', () => {
    const bad = graph.filterEdges((_k, attr) => !(typeof attr.weight === 'number' && attr.weight >= 1));
    expect(bad).toEqual([]);
    // Each half of a reciprocal pair carries half the weight: 0.5 at least.
    const weights = [...gexfText.matchAll(/<edge [^>]*\bweight="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(weights.filter((w) => !(w >= 0.5))).toEqual([]);
  });

  it('has a graph every event and every article refers to', () => {
    const events = jsonLines(readFileSync(a.events, 'utf8'));
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(graph.hasNode(e.source as string), String(e.source)).toBe(true);
      expect(graph.hasNode(e.target as string), String(e.target)).toBe(true);
    }
    for (const l of jsonLines(readFileSync(a.articles, 'utf8')))
      for (const k of l.actors as string[]) expect(graph.hasNode(k), k).toBe(true);
  });

  it('events.jsonl: text is the article text at [start, end) for every event', async () => {
    const texts = new Map<string, string>();
    for await (const x of readArticles([corpusDir])) if (!isProblem(x)) texts.set(x.id, x.text);
    const bad: unknown[] = [];
    for (const e of jsonLines(readFileSync(a.events, 'utf8'))) {
      const text = texts.get(e.article as string);
      if (text === undefined || text.slice(e.start as number, e.end as number) !== e.text) bad.push(e);
    }
    expect(bad.slice(0, 3)).toEqual([]);
  });
});

describe('JSON round trip', () => {
  it('graph.import(JSON.parse(file)) then re-export gives the same file', () => {
    const text = readFileSync(a.json, 'utf8');
    const g = new MultiGraph(data.options);
    g.import(JSON.parse(text) as SerializedGraph);
    expect(g.order).toBe(data.nodes.length);
    expect(g.size).toBe(data.edges.length);
    expect(toJSON(g)).toBe(text);
  });

  it('keeps the contract types: aliases as arrays, counts as numbers, undirected met/allied_with', () => {
    graph.forEachNode((k, attr) => {
      expect(Array.isArray(attr.aliases), k).toBe(true);
      expect(typeof attr.mentions, k).toBe('number');
      expect(typeof attr.articles, k).toBe('number');
    });
    graph.forEachEdge((k, attr, _s, _t, _sa, _ta, undirected) => {
      expect(undirected, k).toBe(attr.relation === 'met' || attr.relation === 'allied_with');
    });
  });
});

describe('GEXF', () => {
  it.skipIf(noValidator !== undefined)('validates with ../shared/gexf/validate.sh (and its mutual variant)', () => {
    validate(a.gexf);
    const mutual = path.join(work, 'corpus.mutual.gexf');
    writeFileSync(mutual, toGEXF(graph, { undirectedType: 'mutual' }));
    validate(mutual);
  });

  it('the file is what toGEXF writes for the graph read back from the JSON', () => {
    expect(toGEXF(graph, {})).toBe(gexfText);
  });

  it('reads back with graphology-gexf: same nodes; each symmetric relation a reciprocal pair with half the weight each way', () => {
    const parsed = gexf.parse(MultiGraph, gexfText);
    expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
    expect(parsed.size).toBe(graph.directedSize + 2 * graph.undirectedSize);
    graph.forEachNode((k, attr) => {
      const back = parsed.getNodeAttributes(k);
      expect(back.label, k).toBe(xmlSafe(attr.label));
      expect(back.type, k).toBe(attr.type);
      expect(back.mentions, k).toBe(attr.mentions);
      expect(back.aliases, k).toEqual(attr.aliases.map((s: string) => xmlSafe(s).replace(/[\t\n\r]/g, ' ')));
      if (attr.iso3 !== undefined) expect(back.iso3, k).toBe(attr.iso3);
    });
    graph.forEachEdge((k, attr, source, target, _sa, _ta, undirected) => {
      const back = parsed.getEdgeAttributes(k);
      expect(back.kind, k).toBe(attr.relation);
      expect(back.relation, k).toBe(attr.relation);
      expect(parsed.isDirected(k), k).toBe(true);
      expect([parsed.source(k), parsed.target(k)], k).toEqual([source, target]);
      if (!undirected) expect(back.weight, k).toBe(attr.weight);
      else {
        const reverse = `${k}~reverse`;
        expect([parsed.source(reverse), parsed.target(reverse)], k).toEqual([target, source]);
        expect(back.weight + parsed.getEdgeAttribute(reverse, 'weight'), k).toBe(attr.weight);
      }
    });
    const kinds = (g: MultiGraph, attr: string) => [...new Set(g.mapEdges((_k, x) => x[attr] as string))].sort();
    expect(kinds(parsed, 'kind')).toEqual(kinds(graph, 'relation'));
  });

  it('loadGraph of the GEXF gives the graph of the JSON: same edges, directions, relations and weights', async () => {
    const back = await loadGraph(a.gexf);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachEdge((k, attr, source, target, _sa, _ta, undirected) => {
      expect(back.isUndirected(k), k).toBe(undirected);
      expect([back.source(k), back.target(k)], k).toEqual([source, target]);
      expect(back.getEdgeAttribute(k, 'relation'), k).toBe(attr.relation);
      expect(back.getEdgeAttribute(k, 'weight'), k).toBe(attr.weight);
    });
  });

  // Issue 17: nx.read_gexf('graphs/corpus.gexf') failed with "Undirected edge found in directed graph".
  it.skipIf(noNetworkx !== undefined)(
    'the default file reads with NetworkX read_gexf: nodes, edges, relation kinds and weights as in the JSON',
    () => {
      const nx = networkx(a.gexf);
      expect(nx.directed).toBe(true);
      expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
      graph.forEachNode((k, attr) => {
        expect(nx.nodes[k].label, k).toBe(xmlSafe(attr.label));
        expect(nx.nodes[k].type, k).toBe(attr.type);
        expect(nx.nodes[k].aliases, k).toEqual(attr.aliases.map((s: string) => xmlSafe(s).replace(/[\t\n\r]/g, ' ')));
      });
      // A symmetric relation reads as a reciprocal pair whose weights add up to the relation's.
      expect(nx.edges).toHaveLength(graph.directedSize + 2 * graph.undirectedSize);
      const byId = new Map(nx.edges.map((e) => [e.id, e]));
      expect(byId.size).toBe(nx.edges.length);
      graph.forEachEdge((k, attr, source, target, _sa, _ta, isUndirected) => {
        const e = byId.get(k)!;
        expect(e, k).toBeDefined();
        expect(e.relation, k).toBe(attr.relation);
        expect([e.source, e.target], k).toEqual([source, target]);
        if (!isUndirected) expect(e.weight, k).toBe(attr.weight);
        else {
          const r = byId.get(`${k}~reverse`)!;
          expect([r.source, r.target, r.relation], k).toEqual([target, source, attr.relation]);
          expect(e.weight, k).toBe(r.weight);
          expect(e.weight + r.weight, k).toBe(attr.weight);
        }
      });
    },
  );

  it.skipIf(noNetworkx !== undefined)(
    'reads back with NetworkX read_gexf (undirectedType: mutual: both directions, full weight each)',
    () => {
      const file = path.join(work, 'corpus.networkx.gexf');
      writeFileSync(file, toGEXF(graph, { undirectedType: 'mutual' }));
      const nx = networkx(file);
      expect(nx.directed).toBe(true);
      const undirected = graph.undirectedSize;
      expect(nx.edges).toHaveLength(graph.directedSize + 2 * undirected);
    },
  );
});

describe('names with XML specials and control characters', () => {
  const NAME = 'Q&A <Group> "Z"\u0001 \'s';
  const CLEAN = 'Q&A <Group> "Z" \'s';
  let g: MultiGraph;
  let key: string;
  let text: string;
  let dir: string;

  beforeAll(() => {
    const result = buildGraph(
      [
        {
          id: 'hostile-1',
          date: '2020-01-02',
          text: 'Quanta Group met Iranian Foreign Minister Mohammad Javad Zarif in Tehran on Monday.',
        },
        { id: 'hostile-2', date: '2020-01-03', text: 'Quanta Group supports Iran, the statement said.' },
      ],
      { aliases: { actors: [{ name: NAME, type: 'organization', aliases: ['Quanta Group', 'Q & A, "the group"'] }] } },
    );
    g = result.graph as unknown as MultiGraph;
    key = g.findNode((_k, attr) => attr.label === NAME) ?? '';
    text = toGEXF(g, {});
    dir = tempDir('actorgraph-hostile-');
  });

  it('becomes an actor with the name as its label, and a slug key', () => {
    expect(key).not.toBe('');
    expect(key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(g.getNodeAttribute(key, 'aliases')).toContain('Quanta Group');
    expect(g.degree(key)).toBeGreaterThan(0);
  });

  it('the GEXF escapes the specials and strips the control character', () => {
    expect(text).not.toContain('\u0001');
    // `>` needs no escape in an attribute value; `&`, `<` and `"` do.
    expect(text).toMatch(/ label="Q&amp;A &lt;Group(&gt;|>) &quot;Z&quot; 's"/);
  });

  it.skipIf(noValidator !== undefined)('the GEXF validates', () => {
    const file = path.join(dir, 'hostile.gexf');
    writeFileSync(file, text);
    validate(file);
  });

  it('graphology-gexf reads the label and aliases back', () => {
    const parsed = gexf.parse(MultiGraph, text);
    expect(parsed.getNodeAttribute(key, 'label')).toBe(CLEAN);
    expect(parsed.getNodeAttribute(key, 'aliases')).toEqual(g.getNodeAttribute(key, 'aliases'));
    expect(parsed.size).toBe(g.directedSize + 2 * g.undirectedSize);
  });

  it.skipIf(noNetworkx !== undefined)('NetworkX reads the label back', () => {
    const file = path.join(dir, 'hostile.mutual.gexf');
    writeFileSync(file, toGEXF(g, { undirectedType: 'mutual' }));
    const nx = networkx(file);
    expect(nx.nodes[key].label).toBe(CLEAN);
    expect(nx.nodes[key].aliases).toEqual(g.getNodeAttribute(key, 'aliases'));
  });

  it('the JSON keeps the name exactly and round-trips', () => {
    const json = toJSON(g);
    const back = new MultiGraph(JSON.parse(json).options);
    back.import(JSON.parse(json));
    expect(back.getNodeAttribute(key, 'label')).toBe(NAME);
    expect(toJSON(back)).toBe(json);
  });

  it('decodeList reads the aliases list the GEXF holds', () => {
    const m = new RegExp(`<node id="${key}"[\\s\\S]*?<attvalue for="aliases" value="([^"]*)"`).exec(text);
    expect(m).not.toBeNull();
    const raw = m![1]
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(decodeList(raw)).toEqual(g.getNodeAttribute(key, 'aliases'));
  });
});
