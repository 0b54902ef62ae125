import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { communities as louvain } from '../../src/analyze/communities.js';
import { centrality } from '../../src/analyze/centrality.js';
import { toGEXF } from '../../src/export/gexf.js';
import {
  communitiesOf,
  components,
  distancesFrom,
  egoNetwork,
  loadGraph,
  parseGraph,
  shortestPath,
  topActors,
  UnknownActorError,
} from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

const CORPUS = 'graphs/corpus.json';

describe('shortestPath', () => {
  const g = smallGraph();

  test('ignores direction and lists every relation of each hop', () => {
    const p = shortestPath(g, 'Turkey', 'Hezbollah')!;
    expect(p.nodes.map((n) => n.key)).toEqual(['turkey', 'syria', 'hezbollah']);
    expect(p.length).toBe(2);
    expect(p.hops[0]).toEqual({
      from: { key: 'turkey', label: 'Turkey', type: 'country' },
      to: { key: 'syria', label: 'Syria', type: 'country' },
      edges: [
        { key: 'attacks:turkey:syria', relation: 'attacks', source: 'turkey', target: 'syria', directed: true, weight: 2 },
        { key: 'opposes:syria:turkey', relation: 'opposes', source: 'syria', target: 'turkey', directed: true, weight: 1 },
      ],
      weight: 3,
    });
    expect(p.hops[1].edges.map((e) => e.key)).toEqual(['supports:hezbollah:syria']);
  });

  test('among shortest paths, the heaviest', () => {
    // iran–syria–turkey (4 + 3) beats iran–russia–turkey (1 + 3).
    expect(shortestPath(g, 'iran', 'turkey')!.nodes.map((n) => n.key)).toEqual(['iran', 'syria', 'turkey']);
    // Walking only met/allied_with, it must go through Russia.
    expect(shortestPath(g, 'iran', 'turkey', { relations: ['met', 'allied_with'] })!.nodes.map((n) => n.key)).toEqual([
      'iran',
      'russia',
      'turkey',
    ]);
  });

  test('filters can cut the path; unconnected actors give null', () => {
    expect(shortestPath(g, 'iran', 'russia', { to: '2016' })!.nodes.map((n) => n.key)).toEqual(['iran', 'syria', 'russia']);
    expect(shortestPath(g, 'iran', 'turkey', { relations: ['member_of'] })).toBeNull();
    expect(shortestPath(g, 'iran', 'somalia')).toBeNull();
    expect(shortestPath(g, 'iran', 'lonely-ngo')).toBeNull();
    expect(shortestPath(g, 'iran', 'iran')).toEqual({ nodes: [{ key: 'iran', label: 'Iran', type: 'country' }], hops: [], length: 0 });
    expect(shortestPath(g, 'iran', 'syria', { minWeight: 5 })).toBeNull();
    expect(shortestPath(g, 'russia', 'syria', { minWeight: 5 })!.length).toBe(1);
  });

  test('unknown actors', () => {
    expect(() => shortestPath(g, 'iran', 'Atlantis')).toThrow(UnknownActorError);
  });

  test.skipIf(!existsSync(CORPUS))('Turkey to Hezbollah in the corpus', async () => {
    const corpus = await loadGraph(CORPUS);
    const p = shortestPath(corpus, 'Turkey', 'Hezbollah')!;
    expect(p.nodes[0].key).toBe('turkey');
    expect(p.nodes[p.nodes.length - 1].key).toBe('hezbollah');
    for (const hop of p.hops) {
      expect(hop.edges.length).toBeGreaterThan(0);
      for (const e of hop.edges) expect(corpus.hasEdge(e.key)).toBe(true);
    }
  });
});

describe('egoNetwork', () => {
  const g = smallGraph();

  test('radius 1: the actor, its neighbors and every edge among them, copied', () => {
    const ego = egoNetwork(g, 'Turkey');
    expect(ego.nodes().sort()).toEqual(['recep-tayyip-erdogan', 'russia', 'syria', 'turkey']);
    expect(ego.edges().sort()).toEqual([
      'attacks:turkey:syria',
      'member_of:recep-tayyip-erdogan:turkey',
      'met:russia:turkey',
      'opposes:syria:turkey',
      'supports:russia:syria',
    ]);
    expect(ego.getAttributes()).toMatchObject({ ego: 'turkey', radius: 1 });
    expect(ego.isUndirected('met:russia:turkey')).toBe(true);
    // Copies: changing the ego network leaves the graph alone.
    ego.getNodeAttribute('turkey', 'aliases').push('X');
    ego.setEdgeAttribute('met:russia:turkey', 'weight', 99);
    expect(g.getNodeAttribute('turkey', 'aliases')).toEqual(['Ankara', 'Türkiye']);
    expect(g.getEdgeAttribute('met:russia:turkey', 'weight')).toBe(3);
  });

  test('radius, relations, and distances', () => {
    expect(egoNetwork(g, 'turkey', { radius: 0 }).nodes()).toEqual(['turkey']);
    expect(egoNetwork(g, 'turkey', { radius: 2 }).order).toBe(8);
    expect(egoNetwork(g, 'turkey', { relations: 'met' }).edges()).toEqual(['met:russia:turkey']);
    expect(distancesFrom(g, 'turkey', { radius: 2 })).toMatchObject({
      turkey: 0,
      syria: 1,
      russia: 1,
      iran: 2,
      hezbollah: 2,
      'vladimir-putin': 2,
    });
    expect(() => egoNetwork(g, 'turkey', { radius: -1 })).toThrow(/^actorgraph\/query: radius/);
  });

  test('exports as GEXF and reads back', () => {
    const ego = egoNetwork(g, 'Syria');
    const back = parseGraph(toGEXF(ego), 'gexf');
    expect(back.order).toBe(ego.order);
    expect(back.size).toBe(ego.size);
    expect(back.getEdgeAttribute('supports:iran:syria', 'evidence')).toEqual(ego.getEdgeAttribute('supports:iran:syria', 'evidence'));
  });
});

describe('communitiesOf', () => {
  test('seeded Louvain when there is no community attribute; the graph is not modified', () => {
    const g = smallGraph();
    const list = communitiesOf(g);
    expect(list.reduce((s, c) => s + c.size, 0)).toBe(g.order);
    expect(list.map((c) => c.size)).toEqual([...list.map((c) => c.size)].sort((a, b) => b - a));
    const mapping = louvain(g);
    for (const c of list) for (const m of c.members) expect(mapping[m.key]).toBe(c.id);
    expect(g.hasNodeAttribute('iran', 'community')).toBe(false);
    expect(communitiesOf(g)).toEqual(list);
    // al-Shabaab and Somalia form their own community.
    const somali = list.find((c) => c.members.some((m) => m.key === 'somalia'))!;
    expect(somali.members.map((m) => m.key)).toEqual(['al-shabaab', 'somalia']);
    expect(somali).toMatchObject({ internalWeight: 1, externalWeight: 0 });
  });

  test('uses the community attribute when every node has one; members by pagerank', () => {
    const g = smallGraph();
    g.forEachNode((n) => g.setNodeAttribute(n, 'community', ['iran', 'syria', 'hezbollah'].includes(n) ? 7 : 3));
    g.setNodeAttribute('hezbollah', 'pagerank', 0.5);
    // pagerank on only one node: members sorted by mentions
    let list = communitiesOf(g);
    expect(list.map((c) => [c.id, c.size])).toEqual([
      [3, 10],
      [7, 3],
    ]);
    expect(list[1].members.map((m) => m.key)).toEqual(['syria', 'iran', 'hezbollah']);
    expect(list[1].internalWeight).toBe(9);
    g.forEachNode((n) => g.setNodeAttribute(n, 'pagerank', n === 'hezbollah' ? 0.5 : 0.1));
    list = communitiesOf(g);
    expect(list[1].members[0].key).toBe('hezbollah');
    expect(communitiesOf(g, { recompute: true }).map((c) => c.id)).not.toContain(7);
  });
});

describe('topActors', () => {
  test('computed centralities when attributes are missing; type filter; ranks', () => {
    const g = smallGraph();
    const expected = centrality(g, { betweenness: true });
    const top = topActors(g, { n: 3 });
    expect(top.map((t) => t.key)).toEqual(
      Object.entries(expected.pagerank)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 3)
        .map(([k]) => k),
    );
    expect(top[0]).toMatchObject({ key: 'syria', label: 'Syria', type: 'country', rank: 1, score: expected.pagerank.syria });
    expect(topActors(g, { by: 'degree', n: 1 })[0]).toMatchObject({ key: 'syria', score: 20 });
    expect(topActors(g, { by: 'betweenness', n: 1 })[0].key).toBe('syria');
    expect(topActors(g, { by: 'mentions', n: 2, type: 'person' }).map((t) => t.key)).toEqual(['vladimir-putin', 'recep-tayyip-erdogan']);
    expect(topActors(g, { by: 'mentions', n: Infinity }).length).toBe(g.order);
    expect(g.hasNodeAttribute('syria', 'pagerank')).toBe(false);
  });

  test('uses attributes when present; equal scores share a rank', () => {
    const g = smallGraph();
    g.forEachNode((n) => g.setNodeAttribute(n, 'pagerank', n === 'iraq' ? 0.9 : n === 'iran' || n === 'turkey' ? 0.5 : 0.1));
    expect(topActors(g, { n: 4 }).map((t) => [t.key, t.rank])).toEqual([
      ['iraq', 1],
      ['iran', 2],
      ['turkey', 2],
      ['al-shabaab', 4],
    ]);
  });

  test('bad options', () => {
    const g = smallGraph();
    // @ts-expect-error: not a measure
    expect(() => topActors(g, { by: 'fame' })).toThrow(/^actorgraph\/query: topActors: by must be one of/);
    expect(() => topActors(g, { n: 1.5 })).toThrow(/n must be/);
    // @ts-expect-error: not a type
    expect(() => topActors(g, { type: 'state' })).toThrow(/unknown type "state"/);
  });
});

describe('components', () => {
  test('largest first, isolated actors alone', () => {
    const g = smallGraph();
    const list = components(g);
    expect(list.map((c) => c.size)).toEqual([8, 2, 2, 1]);
    expect(list[0].members[0]).toEqual({ key: 'syria', label: 'Syria', type: 'country' });
    // Equal sizes: the one with the smallest key first; members most mentioned first.
    expect(list[1].members.map((m) => m.key)).toEqual(['al-shabaab', 'somalia']);
    expect(list[2].members.map((m) => m.key)).toEqual(['iraq', 'united-nations']);
    expect(list[3]).toEqual({ id: 3, size: 1, members: [{ key: 'lonely-ngo', label: 'Lonely NGO', type: 'organization' }] });
    expect(components(g, { minSize: 2 }).length).toBe(3);
  });
});

describe('topActors by betweenness keeps to the analysis budget (issue 20)', () => {
  test('refuses, with a message, a graph without betweenness that is over the budget; computes one within it', async () => {
    const { MultiGraph } = await import('graphology');
    const { topActors } = await import('../../src/query/top.js');
    const g = new MultiGraph();
    for (let i = 0; i < 60; i++) g.addNode(`n${i}`, { label: `N${i}`, type: 'country', aliases: [] });
    for (let i = 1; i < 60; i++) g.addUndirectedEdgeWithKey(`met:n0:n${i}`, 'n0', `n${i}`, { relation: 'met', weight: 1 });
    // 60 × max(59, 60) = 3600 > 1000: over a small budget.
    expect(() => topActors(g as never, { by: 'betweenness', betweennessBudget: 1000 })).toThrow(/over the analysis budget/);
    expect(topActors(g as never, { by: 'betweenness', n: 1 })[0].key).toBe('n0');
  });
});
