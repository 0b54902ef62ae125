// Issue 17, "date filters in query mislead": within --from/--to a relation's weight, first and last
// dates are those of its events in the window; a relation with none there is left out; a bad date
// (2016-13, 2016-02-30) or an inverted range is an error (exit 2 from the CLI) naming the expected form.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { toJSON } from '../../src/export/json.js';
import type { ActorGraph } from '../../src/graph/assemble.js';
import { neighbors, readEvents, relationsOf, subgraph } from '../../src/query/index.js';
import { checkDateRange, isDateBound } from '../../src/query/common.js';
import { cli, tempDir } from '../fixtures/helpers.js';

function graph(): ActorGraph {
  const g = new MultiGraph({ type: 'mixed', allowSelfLoops: true }) as unknown as ActorGraph;
  for (const [key, label, type] of [
    ['russia', 'Russia', 'country'],
    ['daesh', 'Daesh', 'armed_group'],
    ['turkey', 'Turkey', 'country'],
    ['msf', 'Doctors Without Borders', 'organization'],
  ] as const)
    g.addNode(key, { label, type, aliases: [], mentions: 1, articles: 1 } as never);
  const edge = (relation: string, s: string, t: string, extra: Record<string, unknown>) =>
    g.addDirectedEdgeWithKey(`${relation}:${s}:${t}`, s, t, {
      relation,
      category: 'ASSAULT',
      evidence: [],
      evidenceArticles: [],
      ...extra,
    } as never);
  // 21 events: 2 in the first quarter of 2016, the rest later.
  edge('attacks', 'russia', 'daesh', {
    weight: 21,
    first: '2016-02-01',
    last: '2017-10-22',
    dates: ['2016-02-01', '2016-03-12', '2016-09-01', '2017-10-22'],
    dateCounts: [1, 1, 9, 10],
  });
  edge('attacks', 'russia', 'msf', { weight: 3, first: '2016-09-01', last: '2016-09-01', dates: ['2016-09-01'], dateCounts: [3] });
  // No per-date counts (a graph from elsewhere): the whole edge, when [first, last] meets the window.
  edge('opposes', 'russia', 'turkey', { weight: 4, first: '2015-11-24', last: '2016-06-01' });
  return g;
}

describe('relationsOf within a date window', () => {
  it('counts, weights and first/last dates are those of the events in the window', () => {
    const r = relationsOf(graph(), 'Russia', { relation: 'attacks', from: '2016-01', to: '2016-03' });
    expect(r.map((x) => [x.other.label, x.weight, x.first, x.last])).toEqual([['Daesh', 2, '2016-02-01', '2016-03-12']]);
  });

  it('without a window, the whole edge', () => {
    const r = relationsOf(graph(), 'Russia', { relation: 'attacks' });
    expect(r.map((x) => [x.other.label, x.weight, x.first, x.last])).toEqual([
      ['Daesh', 21, '2016-02-01', '2017-10-22'],
      ['Doctors Without Borders', 3, '2016-09-01', '2016-09-01'],
    ]);
  });

  it('minWeight applies to the weight in the window; neighbors sum window weights', () => {
    expect(relationsOf(graph(), 'Russia', { from: '2016-01', to: '2016-03', minWeight: 3 }).map((x) => x.key)).toEqual([
      'opposes:russia:turkey',
    ]);
    expect(neighbors(graph(), 'Russia', { from: '2016', to: '2016' }).map((n) => [n.label, n.weight])).toEqual([
      ['Daesh', 11],
      ['Turkey', 4],
      ['Doctors Without Borders', 3],
    ]);
  });

  it('an edge without per-date counts keeps its figures when [first, last] meets the window', () => {
    const r = relationsOf(graph(), 'Russia', { relation: 'opposes', from: '2016-05' });
    expect(r.map((x) => [x.weight, x.first, x.last])).toEqual([[4, '2015-11-24', '2016-06-01']]);
  });
});

describe('date bounds', () => {
  it('must be real months and days', () => {
    for (const ok of ['2016', '2016-01', '2016-12', '2016-02-29', '2017-02-28', '2016-12-31']) expect(isDateBound(ok), ok).toBe(true);
    for (const bad of ['2016-13', '2016-00', '2017-02-29', '2016-04-31', '2016-1', '16', '2016-01-00', 'x'])
      expect(isDateBound(bad), bad).toBe(false);
    expect(() => relationsOf(graph(), 'Russia', { from: '2016-13' })).toThrow(/from must be a date as YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('an inverted range is an error in every function that takes one', async () => {
    expect(() => checkDateRange('2017', '2016')).toThrow(/from \(2017\) is after to \(2016\)/);
    expect(checkDateRange('2016-05', '2016')).toEqual({ from: '2016-05', to: '2016' });
    expect(checkDateRange('2016', '2016-03')).toEqual({ from: '2016', to: '2016-03' });
    expect(() => checkDateRange('2016-04', '2016-03-15')).toThrow(/after/);
    expect(() => relationsOf(graph(), 'Russia', { from: '2017', to: '2016' })).toThrow(/after/);
    expect(() => subgraph(graph(), { from: '2017', to: '2016' })).toThrow(/is after/);
    const file = path.join(tempDir(), 'e.events.jsonl');
    writeFileSync(file, '');
    await expect(readEvents(file, { from: '2017', to: '2016' }).next()).rejects.toThrow(/after/);
  });
});

describe('query CLI: windows and bad dates', () => {
  const file = () => {
    const f = path.join(tempDir(), 'g.json');
    writeFileSync(f, toJSON(graph()));
    writeFileSync(path.join(path.dirname(f), 'g.events.jsonl'), '');
    return f;
  };

  it("relations --from --to shows the window's weight and dates", async () => {
    const r = await cli('query', file(), 'relations', 'Russia', '--relation', 'attacks', '--from', '2016-01', '--to', '2016-03', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Array<{ other: { label: string }; weight: number; first: string; last: string }>;
    expect(rows.map((x) => [x.other.label, x.weight, x.first, x.last])).toEqual([['Daesh', 2, '2016-02-01', '2016-03-12']]);
  });

  it.each([
    ['relations', 'Russia', '--from', '2016-13'],
    ['relations', 'Russia', '--from', '2016-02-30'],
    ['relations', 'Russia', '--from', '2017', '--to', '2016'],
    ['events', '--from', '2017', '--to', '2016'],
    ['path', 'Russia', 'Turkey', '--from', '2017', '--to', '2016'],
  ])('%s %s …: exit 2 with the expected form', async (...args) => {
    const r = await cli('query', file(), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD|give the earlier date first/);
  });
});
