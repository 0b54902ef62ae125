import { describe, expect, test } from 'vitest';
import { between, neighbors, relationsOf, UnknownActorError } from '../../src/query/index.js';
import { article, sentence, smallGraph } from './fixture.js';

const g = smallGraph();

describe('relationsOf', () => {
  test('every edge at the actor, heaviest first, seen from it', () => {
    const rels = relationsOf(g, 'Syria');
    expect(rels.map((r) => r.key)).toEqual([
      'supports:russia:syria',
      'supports:iran:syria',
      'member_of:bashar-al-assad:syria',
      'supports:hezbollah:syria',
      'attacks:turkey:syria',
      'opposes:syria:turkey',
    ]);
    const r = rels[0];
    expect(r).toMatchObject({
      relation: 'supports',
      source: { key: 'russia', label: 'Russia', type: 'country' },
      target: { key: 'syria', label: 'Syria', type: 'country' },
      other: { key: 'russia', label: 'Russia', type: 'country' },
      directed: true,
      direction: 'in',
      weight: 6,
      category: 'AID',
      first: '2015-09-30',
      last: '2017-06-01',
    });
    expect(r.evidence[0]).toEqual({
      text: sentence({ relation: 'supports', source: 'russia', target: 'syria' }, 0),
      article: article({ relation: 'supports', source: 'russia', target: 'syria' }, 0),
    });
  });

  test('relation, direction and dates filter; undirected edges pass any direction', () => {
    expect(relationsOf(g, 'iran', { relation: 'supports' }).map((r) => r.other.key)).toEqual(['syria', 'hezbollah']);
    expect(relationsOf(g, 'syria', { direction: 'out' }).map((r) => r.key)).toEqual(['opposes:syria:turkey']);
    expect(relationsOf(g, 'iran', { direction: 'in' }).map((r) => r.key)).toEqual(['allied_with:iran:russia']);
    expect(relationsOf(g, 'russia', { relation: ['met', 'allied_with'] }).map((r) => [r.key, r.direction])).toEqual([
      ['met:russia:turkey', 'both'],
      ['allied_with:iran:russia', 'both'],
    ]);
    // [first, last] overlapping the range.
    expect(relationsOf(g, 'syria', { from: '2016-09', to: '2016' }).map((r) => r.key)).toEqual([
      'supports:russia:syria',
      'supports:iran:syria',
      'supports:hezbollah:syria',
      'attacks:turkey:syria',
    ]);
    expect(relationsOf(g, 'syria', { to: '2015-06' }).map((r) => r.key)).toEqual(['supports:iran:syria', 'supports:hezbollah:syria']);
    // Undated edges never meet a range.
    expect(relationsOf(g, 'iraq').length).toBe(1);
    expect(relationsOf(g, 'iraq', { from: '2000' })).toEqual([]);
    expect(relationsOf(g, 'syria', { minWeight: 4 }).length).toBe(3);
  });

  test('dates attach to evidence', () => {
    const dates = new Map([[article({ relation: 'supports', source: 'iran', target: 'syria' }, 1), '2016-01-02']]);
    const [r] = relationsOf(g, 'iran', { relation: 'supports', dates }).filter((x) => x.other.key === 'syria');
    expect(r.evidence.map((e) => e.date)).toEqual([undefined, '2016-01-02', undefined]);
  });

  test('bad options and unknown actors', () => {
    // @ts-expect-error: not a relation
    expect(() => relationsOf(g, 'iran', { relation: 'likes' })).toThrow(/^actorgraph\/query: relation: unknown relation "likes"/);
    // @ts-expect-error: not a direction
    expect(() => relationsOf(g, 'iran', { direction: 'up' })).toThrow(/^actorgraph\/query: direction must be/);
    expect(() => relationsOf(g, 'iran', { from: '16' })).toThrow(/^actorgraph\/query: from must be a date/);
    expect(() => relationsOf(g, 'Iram')).toThrow(UnknownActorError);
  });
});

describe('between', () => {
  test('edges either way, seen from a, with evidence', () => {
    const b = between(g, 'Turkey', 'Syria');
    expect(b.a).toEqual({ key: 'turkey', label: 'Turkey', type: 'country' });
    expect(b.b.key).toBe('syria');
    expect(b.weight).toBe(3);
    expect(b.relations.map((r) => [r.key, r.direction])).toEqual([
      ['attacks:turkey:syria', 'out'],
      ['opposes:syria:turkey', 'in'],
    ]);
    expect(b.relations[0].evidence).toHaveLength(2);
    expect(b.relations[0].evidence[1].article).toBe('attacks-turkey-syria-1');
    expect(between(g, 'syria', 'turkey').relations.map((r) => r.direction)).toEqual(['in', 'out']);
  });
  test('nothing between, and an actor with itself', () => {
    expect(between(g, 'iraq', 'somalia')).toMatchObject({ weight: 0, relations: [] });
    expect(between(g, 'iran', 'iran').relations).toEqual([]);
  });
  test('dates from a plain object', () => {
    const b = between(g, 'iran', 'russia', { dates: { 'allied_with-iran-russia-0': '2017-01-10' } });
    expect(b.relations[0].evidence[0].date).toBe('2017-01-10');
  });
});

describe('neighbors', () => {
  test('summed weights and relations, strongest first', () => {
    expect(neighbors(g, 'syria').slice(0, 3)).toEqual([
      { key: 'russia', label: 'Russia', type: 'country', relations: ['supports'], weight: 6 },
      // Equal weights: by key.
      { key: 'bashar-al-assad', label: 'Bashar al-Assad', type: 'person', relations: ['member_of'], weight: 4 },
      { key: 'iran', label: 'Iran', type: 'country', relations: ['supports'], weight: 4 },
    ]);
    expect(neighbors(g, 'turkey').find((n) => n.key === 'syria')).toMatchObject({ relations: ['attacks', 'opposes'], weight: 3 });
    expect(neighbors(g, 'iran', { relation: 'supports', direction: 'out' }).map((n) => n.key)).toEqual(['syria', 'hezbollah']);
    expect(neighbors(g, 'lonely-ngo')).toEqual([]);
  });
});
