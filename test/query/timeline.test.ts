// timeline(): events per period for an actor or a dyad, from events or from a graph's per-date
// counts; and `actorgraph query <graph> timeline` (table, --json, --csv).
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { periodOf, timeline } from '../../src/query/timeline.js';
import { smallEvents, smallGraph, writeFixture } from './fixture.js';

const fx = writeFixture();
afterAll(() => fx.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

describe('periodOf', () => {
  test('ISO weeks, months, years, days', () => {
    expect(periodOf('2016-03-02', 'week')).toEqual({ period: '2016-W09', start: '2016-02-29', end: '2016-03-06' });
    expect(periodOf('2016-01-01', 'week').period).toBe('2015-W53');
    expect(periodOf('2018-12-31', 'week').period).toBe('2019-W01');
    expect(periodOf('2016-02-10', 'month')).toEqual({ period: '2016-02', start: '2016-02-01', end: '2016-02-29' });
    expect(periodOf('2016-02-10', 'year')).toEqual({ period: '2016', start: '2016-01-01', end: '2016-12-31' });
    expect(periodOf('2016-02-10', 'day').period).toBe('2016-02-10');
  });
});

describe('timeline from events', () => {
  const events = smallEvents();
  test('a dyad, either way, by month; negated events left out', () => {
    const t = timeline(events, 'syria', 'turkey', { by: 'month' });
    expect(t.exact).toBe(true);
    expect(t.total).toBe(3);
    expect(t.periods.map((p) => p.period)).toEqual(['2016-08']);
    const aug = t.periods[0];
    expect(aug.byRelation).toEqual({ attacks: 2, opposes: 1 });
    expect(aug.byQuad).toEqual({ material_conflict: 2, verbal_conflict: 1 });
    // 2 ASSAULT (-9) + 1 DISAPPROVE (-2)
    expect(aug.intensity).toBe(-20);
    expect(timeline(events, 'iran', 'turkey').total).toBe(0);
  });
  test('one actor, filters: relation, window, direction', () => {
    const all = timeline(events, 'iran', undefined, { by: 'year' });
    expect(all.periods.map((p) => [p.period, p.count])).toEqual([
      ['2015', 3],
      ['2016', 2],
      ['2017', 1],
    ]);
    // Gaps filled: a chart's x-axis runs without holes.
    const two = [events[0], { ...events[0], date: '2016-06-30' }].map((e) => ({ ...e, source: 'x', target: 'y' }));
    two[0].date = '2016-03-01';
    expect(timeline(two, 'x').periods.map((p) => [p.period, p.count])).toEqual([
      ['2016-03', 1],
      ['2016-04', 0],
      ['2016-05', 0],
      ['2016-06', 1],
    ]);
    expect(timeline(events, 'russia', undefined, { by: 'year' }).periods.map((p) => p.period)).toEqual(['2015', '2016', '2017']);
    expect(timeline(events, 'iran', undefined, { by: 'year', relation: 'allied_with' }).total).toBe(1);
    expect(timeline(events, 'iran', undefined, { by: 'year', from: '2016', to: '2016' }).total).toBe(2);
    expect(
      timeline(events, 'syria', undefined, { by: 'year', direction: 'out' }).periods.flatMap((p) => Object.keys(p.byRelation)),
    ).toEqual(['opposes']);
    expect(timeline(events, 'united-nations').undated).toBe(1);
  });
  test('names resolved through a graph', () => {
    const t = timeline(events, 'Ankara', 'Damascus', { graph: smallGraph() });
    expect(t.a).toMatchObject({ key: 'turkey', label: 'Turkey' });
    expect(t.total).toBe(3);
  });
});

describe('timeline from a graph', () => {
  test("uses the edges' per-date counts and their category; undated events apart", () => {
    const g = smallGraph();
    g.mergeEdgeAttributes('attacks:turkey:syria', { dates: ['2016-08-24', '2016-09-10'], dateCounts: [1, 1] });
    g.mergeEdgeAttributes('opposes:syria:turkey', { dates: ['2016-08-25'], dateCounts: [1] });
    const t = timeline(g, 'Turkey', 'Syria', { by: 'month' });
    expect(t.exact).toBe(false);
    expect(t.periods.map((p) => [p.period, p.count, p.intensity])).toEqual([
      ['2016-08', 2, -11],
      ['2016-09', 1, -9],
    ]);
    expect(t.b?.label).toBe('Syria');
    // An edge without per-date counts: its events are undated here.
    expect(timeline(g, 'Russia', 'Turkey').undated).toBe(3);
  });
  test('bad options throw', () => {
    expect(() => timeline(smallGraph(), 'iran', undefined, { by: 'decade' as never })).toThrow(/by must be one of/);
    expect(() => timeline(smallGraph(), 'Atlantis')).toThrow(/Atlantis/);
  });
});

describe('actorgraph query timeline', () => {
  test('a table from the events file, by year', async () => {
    const r = await cli('query', fx.json, 'timeline', 'Syria', 'Turkey', '--by', 'year');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Syria – Turkey: 3 event\(s\) by year/);
    expect(r.out).toMatch(/PERIOD\s+EVENTS\s+OPPOSES\s+ATTACKS\s+VCONF\s+MCONF\s+NET/);
    expect(r.out).toMatch(/2016\s+3\s+1\s+2\s+1\s+2\s+-20/);
  });
  test('--csv and --json', async () => {
    const csv = await cli('query', fx.json, 'timeline', 'Iran', '--by', 'year', '--csv');
    expect(csv.code, csv.err).toBe(0);
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toBe('period,start,end,events,allied_with,supports,verbal_cooperation,material_cooperation,net_cooperation');
    expect(lines[1]).toBe('2015,2015-01-01,2015-12-31,3,0,3,0,3,21');
    const json = await cli('query', fx.json, 'timeline', 'Iran', '--json', '--relation', 'supports');
    expect(JSON.parse(json.out).total).toBe(5);
    expect((await cli('query', fx.json, 'timeline', 'Iran', '--by', 'decade')).code).toBe(2);
    expect((await cli('query', fx.json, 'timeline', 'Iran', '--csv', '--json')).code).toBe(2);
  });
});
