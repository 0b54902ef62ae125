import { describe, expect, test } from 'vitest';
import { communitiesOf, countryProjection, subgraph, topActors } from '../../src/query/index.js';
import { smallGraph } from './fixture.js';

describe('subgraph', () => {
  const g = smallGraph();

  test('a date range keeps edges whose [first, last] overlaps it; isolated actors go', () => {
    const s = subgraph(g, { from: '2016', to: '2016', relations: ['supports'] });
    expect(s.edges().sort()).toEqual([
      'supports:hezbollah:syria',
      'supports:iran:hezbollah',
      'supports:iran:syria',
      'supports:russia:syria',
      'supports:vladimir-putin:bashar-al-assad',
    ]);
    expect(s.nodes().sort()).toEqual(['bashar-al-assad', 'hezbollah', 'iran', 'russia', 'syria', 'vladimir-putin']);
    expect(s.getEdgeAttributes('supports:iran:syria')).toEqual(g.getEdgeAttributes('supports:iran:syria'));
  });

  test("dateMatch 'within': [first, last] inside the range", () => {
    const s = subgraph(g, { from: '2016', to: '2016', relations: 'supports', dateMatch: 'within' });
    expect(s.edges().sort()).toEqual(['supports:iran:hezbollah', 'supports:vladimir-putin:bashar-al-assad']);
    expect(subgraph(g, { from: '2016-08', to: '2016-08', dateMatch: 'within' }).edges()).toEqual(['opposes:syria:turkey']);
  });

  test('types, minWeight, keepIsolated; undated edges fail a range', () => {
    const countries = subgraph(g, { types: ['country'] });
    expect(countries.nodes().every((n) => countries.getNodeAttribute(n, 'type') === 'country')).toBe(true);
    expect(countries.hasNode('somalia')).toBe(false);
    expect(countries.hasEdge('supports:iran:syria')).toBe(true);
    expect(subgraph(g, { types: 'country', keepIsolated: true }).hasNode('somalia')).toBe(true);
    expect(subgraph(g, { minWeight: 5 }).edges().sort()).toEqual([
      'member_of:recep-tayyip-erdogan:turkey',
      'member_of:vladimir-putin:russia',
      'supports:russia:syria',
    ]);
    expect(subgraph(g, { from: '2000' }).hasEdge('opposes:united-nations:iraq')).toBe(false);
    expect(subgraph(g).size).toBe(g.size);
    expect(subgraph(g).order).toBe(g.order - 1); // Lonely NGO has no edge
    expect(subgraph(g, { keepIsolated: true }).order).toBe(g.order);
    const dated = subgraph(g, { from: '2016', to: '2016', keepIsolated: true });
    expect(dated.hasNode('lonely-ngo')).toBe(true);
    expect(dated.hasNode('somalia')).toBe(false);
  });

  test('the copy is independent, undirected edges stay undirected', () => {
    const s = subgraph(g, { relations: ['met'] });
    expect(s.isUndirected('met:russia:turkey')).toBe(true);
    s.getEdgeAttribute('met:russia:turkey', 'evidence').push('new');
    expect(g.getEdgeAttribute('met:russia:turkey', 'evidence')).toHaveLength(3);
  });

  test('bad options', () => {
    expect(() => subgraph(g, { from: '2017', to: '2016' })).toThrow(/^actorgraph\/query: subgraph: from \(2017\) is after to \(2016\)/);
    expect(() => subgraph(g, { to: '2016/01' })).toThrow(/^actorgraph\/query: to must be a date/);
    // @ts-expect-error: not a relation
    expect(() => subgraph(g, { relations: ['likes'] })).toThrow(/relations: unknown relation "likes"/);
    // @ts-expect-error: not a type
    expect(() => subgraph(g, { types: ['state'] })).toThrow(/unknown type "state"/);
  });
});

describe('countryProjection', () => {
  const g = smallGraph();
  g.setNodeAttribute('syria', 'community', 1);
  g.setNodeAttribute('syria', 'pagerank', 0.5);
  const p = countryProjection(g);

  test('persons folded into their affiliation, member_of dropped', () => {
    expect(p.hasNode('vladimir-putin')).toBe(false);
    expect(p.hasNode('recep-tayyip-erdogan')).toBe(false);
    expect(p.hasNode('bashar-al-assad')).toBe(false);
    expect(p.getNodeAttribute('russia', 'folded')).toEqual(['Vladimir Putin']);
    expect(p.edges().some((e) => e.startsWith('member_of:'))).toBe(false);
    expect(p.order).toBe(g.order - 3);
    expect(p.getAttribute('level')).toBe('country');
  });

  test('weights summed, dates widened, evidence merged', () => {
    // met:russia:turkey (3) + met:recep-tayyip-erdogan:vladimir-putin (2)
    const met = p.getEdgeAttributes('met:russia:turkey');
    expect(p.isUndirected('met:russia:turkey')).toBe(true);
    expect(met).toMatchObject({ relation: 'met', weight: 5, first: '2016-03-01', last: '2016-11-20', category: 'CONSULT' });
    expect(met.evidence).toHaveLength(5);
    expect(met.evidenceArticles).toContain('met-recep-tayyip-erdogan-vladimir-putin-1');
    // supports:russia:syria (6) + supports:vladimir-putin:bashar-al-assad (2)
    expect(p.getEdgeAttributes('supports:russia:syria')).toMatchObject({
      weight: 8,
      first: '2015-09-30',
      last: '2017-06-01',
      category: 'AID',
    });
    expect(countryProjection(g, { evidencePerEdge: 1 }).getEdgeAttribute('supports:russia:syria', 'evidence')).toHaveLength(1);
  });

  test('analysis attributes are dropped, so communities and centralities are computed on the projection', () => {
    expect(p.hasNodeAttribute('syria', 'community')).toBe(false);
    expect(p.hasNodeAttribute('syria', 'pagerank')).toBe(false);
    expect(communitiesOf(p).reduce((s, c) => s + c.size, 0)).toBe(p.order);
    expect(topActors(p, { n: 1 })[0].key).toBe('syria');
    // The source graph is untouched.
    expect(g.hasNode('vladimir-putin')).toBe(true);
    expect(g.getNodeAttribute('syria', 'community')).toBe(1);
  });
});
