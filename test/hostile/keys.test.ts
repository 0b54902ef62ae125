// Names that break a graph (issue 20): graphology keeps adjacency in plain objects, so a node keyed
// `constructor` crashed the queries and one keyed `__proto__` (from a graph file) polluted
// Object.prototype. Every Object.prototype name is fed as actor name, alias, article id and graph
// key (JSON and GEXF, loadGraph and the viewer): keys come out renamed, the queries answer, and
// nothing in the process is polluted.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { UNSAFE_KEYS, isUnsafeKey } from '../../src/graph/keys.js';
import { slugify } from '../../src/nlp/shadow.js';
import { buildGraph } from '../../src/pipeline/build.js';
import { between, egoNetwork, loadGraph, parseGraph, relationsOf, shortestPath, type ActorGraph } from '../../src/index.js';
import { readGraphFile } from '../../src/view/index.js';
import { toGEXF, toJSON } from '../../src/export/index.js';
import { cli, tempDir } from '../fixtures/helpers.js';

const NAMES = [...UNSAFE_KEYS].sort();

/** Nothing leaked onto Object.prototype (graphology's linked lists set `previous`/`next`). */
function expectClean(): void {
  const own = Object.getOwnPropertyNames(Object.prototype).filter((n) => !UNSAFE_KEYS.has(n));
  expect(own).toEqual([]);
  expect(({} as Record<string, unknown>).previous).toBeUndefined();
  expect(({} as Record<string, unknown>).next).toBeUndefined();
  expect(Object.getPrototypeOf(Object.prototype)).toBeNull();
}

/** Every node answers the queries that crashed on `constructor`. */
function queryEveryNode(graph: ActorGraph): void {
  const nodes = graph.nodes();
  for (const n of nodes) {
    expect(isUnsafeKey(n)).toBe(false);
    relationsOf(graph, n);
    egoNetwork(graph, n, { radius: 2 });
    for (const m of nodes) {
      between(graph, n, m);
      shortestPath(graph, n, m);
    }
  }
}

afterEach(expectClean);

describe('keys are born safe', () => {
  it('slugify never gives an Object.prototype name, whatever the case', () => {
    for (const name of [...NAMES, ...NAMES.map((n) => n.toUpperCase()), 'Constructor', 'Prototype', ' __proto__ ', 'constructor.'])
      expect(isUnsafeKey(slugify(name))).toBe(false);
    expect(slugify('Constructor')).toBe('constructor-actor');
    expect(slugify('Iran')).toBe('iran');
  });

  it('"President Constructor met …" builds a graph the queries answer', () => {
    const { graph } = buildGraph([
      {
        id: 'a',
        text: 'President Constructor met Iranian Foreign Minister Mohammad Javad Zarif in Tehran on Monday. Constructor supports Iran.',
      },
    ]);
    expect(graph.hasNode('constructor')).toBe(false);
    expect(graph.hasNode('constructor-actor')).toBe(true);
    queryEveryNode(graph);
    expect(relationsOf(graph, 'Iran').length).toBeGreaterThan(0);
  });

  it('every Object.prototype name as actor name, alias and article id', () => {
    const articles = NAMES.map((name) => ({
      id: name,
      text: `President ${name} met Iranian Foreign Minister Mohammad Javad Zarif in Tehran. ${name} said Syria supports ${name}. The ${name} Front attacked ISIS.`,
    }));
    const aliases = {
      aliases: Object.fromEntries(NAMES.map((n) => [`${n} Front`, n])),
      actors: NAMES.map((n) => ({ name: n, type: 'armed_group', aliases: [`${n} Brigade`] })),
    };
    const result = buildGraph(articles, { aliases: aliases as never });
    const ids = result.articles.map((a) => a.id).sort();
    expect(ids).toEqual(NAMES);
    queryEveryNode(result.graph);
    // The outputs read back, with the same keys.
    for (const text of [toJSON(result.graph)]) expect(parseGraph(text, 'json').nodes().sort()).toEqual(result.graph.nodes().sort());
    expect(parseGraph(toGEXF(result.graph), 'gexf').order).toBe(result.graph.order);
  });
});

describe('keys are made safe where graphs come in', () => {
  /** A graph file whose node keys are Object.prototype names, each with edges to it. */
  function hostileSerialization(): { nodes: unknown[]; edges: unknown[]; options: unknown; attributes: unknown } {
    const nodes = [
      { key: 'iran', attributes: { label: 'Iran', type: 'country' } },
      ...NAMES.map((n) => ({ key: n, attributes: { label: n, type: 'person' } })),
    ];
    const edges = NAMES.flatMap((n, i) => [
      { key: n, source: 'iran', target: n, attributes: { relation: 'supports', weight: 1 } },
      { key: `met:${n}:iran`, source: n, target: 'iran', undirected: true, attributes: { relation: 'met', weight: 1 } },
      { source: n, target: NAMES[(i + 1) % NAMES.length], attributes: { relation: 'opposes', weight: 1 } },
    ]);
    return { options: { type: 'mixed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges };
  }

  function checkLoaded(graph: ActorGraph, notices: string[]): void {
    expect(graph.order).toBe(NAMES.length + 1);
    for (const n of NAMES) {
      expect(graph.hasNode(`${n}-actor`)).toBe(true);
      expect(graph.getNodeAttribute(`${n}-actor`, 'label')).toBe(n);
    }
    expect(notices.some((m) => m.includes('"__proto__"') && m.includes('renamed "__proto__-actor"'))).toBe(true);
    queryEveryNode(graph);
    expect(relationsOf(graph, 'iran').length).toBe(2 * NAMES.length);
  }

  it('loadGraph on JSON renames them with a notice and pollutes nothing', async () => {
    const file = path.join(tempDir(), 'g.json');
    writeFileSync(file, JSON.stringify(hostileSerialization()));
    const notices: string[] = [];
    const graph = await loadGraph(file, { onNotice: (m) => notices.push(m) });
    checkLoaded(graph, notices);
    expect(notices[0]).toContain(file);
  });

  it('loadGraph on GEXF renames them with a notice and pollutes nothing', async () => {
    // The GEXF is written by hand: graphology itself cannot hold these keys safely.
    const s = hostileSerialization();
    const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed" mode="static">',
      '<attributes class="node"><attribute id="type" title="type" type="string"/><attribute id="mentions" title="mentions" type="integer"/></attributes>',
      '<attributes class="edge"><attribute id="relation" title="relation" type="string"/><attribute id="weight" title="weight" type="integer"/></attributes><nodes>',
      ...(s.nodes as Array<{ key: string; attributes: { label: string; type: string } }>).map(
        (n) =>
          `<node id="${esc(n.key)}" label="${esc(n.attributes.label)}"><attvalues><attvalue for="type" value="${n.attributes.type}"/><attvalue for="mentions" value="1"/></attvalues></node>`,
      ),
      '</nodes><edges>',
      ...(s.edges as Array<{ key?: string; source: string; target: string; undirected?: boolean; attributes: { relation: string } }>).map(
        (e, i) =>
          `<edge id="${esc(e.key ?? `e${i}`)}" source="${esc(e.source)}" target="${esc(e.target)}"${e.undirected ? ' type="undirected"' : ''}><attvalues><attvalue for="relation" value="${e.attributes.relation}"/><attvalue for="weight" value="1"/></attvalues></edge>`,
      ),
      '</edges></graph></gexf>',
    ].join('\n');
    const file = path.join(tempDir(), 'g.gexf');
    writeFileSync(file, xml);
    const notices: string[] = [];
    checkLoaded(await loadGraph(file, { onNotice: (m) => notices.push(m) }), notices);
  });

  it('the viewer reads them renamed, and the CLI query says so', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'g.json');
    writeFileSync(file, JSON.stringify(hostileSerialization()));
    const notices: string[] = [];
    const graph = await readGraphFile(file, (m) => notices.push(m));
    expect(graph.nodes().some(isUnsafeKey)).toBe(false);
    expect(notices.length).toBeGreaterThanOrEqual(NAMES.length);
    for (const q of [
      ['relations', 'Iran'],
      ['between', 'Iran', 'constructor'],
      ['ego', 'constructor'],
      ['path', 'constructor', '__proto__'],
    ]) {
      const r = await cli('query', file, ...q);
      expect(r.err).toContain('renamed "constructor-actor"');
      expect(r.code, `${q.join(' ')}: ${r.err}`).toBe(0);
    }
    const html = await cli('view', file, '--out', path.join(dir, 'g.html'));
    expect(html.code).toBe(0);
    expect(html.err).toContain('renamed');
  });

  it('a plain MultiGraph from a loaded graph stays safe to use', async () => {
    const file = path.join(tempDir(), 'g.json');
    writeFileSync(file, JSON.stringify(hostileSerialization()));
    const graph = await loadGraph(file, { onNotice: () => {} });
    const copy = new MultiGraph();
    copy.import(graph.export());
    expect(copy.order).toBe(graph.order);
  });
});

describe('article ids in the viewer', () => {
  it('every Object.prototype name as an article id is cited like any other', async () => {
    const { citedArticles } = await import('../../src/view/html.js');
    const g = new MultiGraph();
    g.addNode('a');
    g.addNode('b');
    g.addDirectedEdgeWithKey('supports:a:b', 'a', 'b', { evidence: NAMES.map((n) => `e ${n}`), evidenceArticles: NAMES });
    const cited = citedArticles(
      g,
      NAMES.map((id) => ({ id, title: `T ${id}` })),
    );
    expect(Object.keys(cited).sort()).toEqual(NAMES);
    for (const n of NAMES) expect(Object.getOwnPropertyDescriptor(cited, n)?.value).toEqual({ title: `T ${n}` });
  });
});

describe('property: Object.prototype names anywhere (seeded)', () => {
  it('any mix of them as names, aliases, article ids and graph keys builds, loads and answers, polluting nothing', async () => {
    const fc = (await import('fast-check')).default;
    const name = fc.constantFrom(...NAMES, ...NAMES.map((n) => n[0].toUpperCase() + n.slice(1)));
    const sentence = fc
      .tuple(name, fc.constantFrom('met', 'supports', 'attacked', 'opposes'), name)
      .map(([a, v, b]) => `President ${a} ${v} Minister ${b} Zarif in Tehran.`);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.array(sentence, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 5 }),
        fc.array(name, { maxLength: 3 }),
        (arts, aliasNames) => {
          const { graph } = buildGraph(
            arts.map(([id, s]) => ({ id, text: s.join(' ') })),
            { aliases: { aliases: Object.fromEntries(aliasNames.map((n) => [`${n} Brigade`, 'Iran'])) } as never },
          );
          queryEveryNode(graph);
          const back = parseGraph(toJSON(graph), 'json', { onNotice: () => {} });
          expect(back.nodes().sort()).toEqual(graph.nodes().sort());
          // The same keys as raw graph keys of a file: renamed, loaded, answered.
          const ids = [...new Set(arts.map(([id]) => id))];
          // (With the attributes of a build: a graph without them is refused, see test/query/foreign.)
          const raw = {
            options: { type: 'mixed', multi: true },
            nodes: ids.map((key) => ({ key, attributes: { type: 'country', mentions: 1 } })),
            edges: ids.map((id, i) => ({ source: id, target: ids[(i + 1) % ids.length], attributes: { relation: 'opposes', weight: 1 } })),
          };
          queryEveryNode(parseGraph(JSON.stringify(raw), 'json', { onNotice: () => {} }));
          expectClean();
        },
      ),
      { seed: 20261206, numRuns: 15 },
    );
  });
});
