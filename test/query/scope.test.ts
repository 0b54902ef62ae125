// The filters every question takes: scopeGraph() and the CLI's --from/--to, --relation,
// --category, --quad, --outlet, --min-weight, --direction; events by date; subgraph --out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { loadGraph } from '../../src/query/load.js';
import { eventPredicate, scopeGraph } from '../../src/query/scope.js';
import { smallEvents, smallGraph, writeFixture } from './fixture.js';

const fx = writeFixture();
afterAll(() => fx.cleanup());
// Articles with outlets, beside the events file: every article of a turkey edge is from 'Anadolu'.
writeFileSync(
  join(fx.dir, 'small.articles.jsonl'),
  [...new Set(smallEvents().map((e) => e.article))]
    .map((id) => JSON.stringify({ id, source: id.includes('turkey') ? 'Anadolu' : 'Reuters', actors: [], events: 1 }))
    .join('\n') + '\n',
);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}
const q = (...args: string[]) => cli('query', fx.json, ...args);

describe('scopeGraph', () => {
  test('from events: weights, dates, category and evidence recomputed; edges without events dropped; analysis attributes gone', () => {
    const g = smallGraph();
    g.setNodeAttribute('iran', 'pagerank', 0.5);
    const s = scopeGraph(g, { category: 'AID' }, smallEvents());
    expect(s.edges().sort()).toEqual(['supports:iran:syria', 'supports:russia:syria']);
    expect(s.getEdgeAttributes('supports:iran:syria')).toMatchObject({
      weight: 3,
      first: '2015-05-01',
      last: '2015-05-03',
      category: 'AID',
    });
    expect(s.getEdgeAttribute('supports:iran:syria', 'evidence')).toHaveLength(3);
    expect(s.order).toBe(g.order);
    expect(s.getNodeAttribute('iran', 'pagerank')).toBeUndefined();
    expect(g.getEdgeAttribute('supports:iran:syria', 'weight')).toBe(4); // the input is untouched
  });
  test('quad, outlet, minWeight, window', () => {
    const events = smallEvents();
    expect(scopeGraph(smallGraph(), { quad: 'material_conflict' }, events).edges().sort()).toEqual([
      'attacks:al-shabaab:somalia',
      'attacks:turkey:syria',
    ]);
    expect(
      scopeGraph(smallGraph(), { quad: 'none' }, events)
        .edges()
        .every((e) => e.startsWith('member_of')),
    ).toBe(true);
    const outletOf = (a: string) => (a.includes('turkey') ? 'Anadolu' : 'Reuters');
    expect(scopeGraph(smallGraph(), { outlet: 'anadolu' }, events, { outletOf }).edges().sort()).toEqual([
      'attacks:turkey:syria',
      'member_of:recep-tayyip-erdogan:turkey',
      'met:russia:turkey',
      'opposes:syria:turkey',
    ]);
    expect(
      scopeGraph(smallGraph(), { minWeight: 3 }, events)
        .edges()
        .every((e) => smallGraph().getEdgeAttribute(e, 'weight') >= 3),
    ).toBe(true);
    const w = scopeGraph(smallGraph(), { from: '2016-08', to: '2016-08' }, events);
    expect(w.getEdgeAttribute('attacks:turkey:syria', 'weight')).toBe(2);
    expect(() => scopeGraph(smallGraph(), { outlet: 'x' })).toThrow(/outlet/);
  });
  test('without events: the edge category stands for its events', () => {
    expect(scopeGraph(smallGraph(), { category: 'assault' }).edges().sort()).toEqual([
      'attacks:al-shabaab:somalia',
      'attacks:turkey:syria',
    ]);
    expect(() => eventPredicate({ quad: 'bad' as never })).toThrow(/quad class/);
  });
});

describe('the CLI filters', () => {
  test('events: sorted by date, undated last; --category, --quad, --outlet, --direction', async () => {
    const all = JSON.parse((await q('events', '--json')).out) as Array<{ date?: string }>;
    const dates = all.map((e) => e.date ?? '~');
    expect(dates).toEqual([...dates].sort());
    expect(all.at(-1)!.date).toBeUndefined();
    const assault = JSON.parse((await q('events', '--category', 'assault', '--json')).out) as Array<{ category: string }>;
    expect(assault.length).toBe(3);
    expect(assault.every((e) => e.category === 'ASSAULT')).toBe(true);
    const quad = JSON.parse((await q('events', '--quad', 'verbal_conflict', '--json')).out) as Array<{ relation: string }>;
    expect(new Set(quad.map((e) => e.relation))).toEqual(new Set(['opposes']));
    const anadolu = JSON.parse((await q('events', '--outlet', 'Anadolu', '--json')).out) as Array<{ article: string }>;
    expect(anadolu.length).toBeGreaterThan(0);
    expect(anadolu.every((e) => e.article.includes('turkey'))).toBe(true);
    const out = JSON.parse((await q('events', '--actor', 'Syria', '--direction', 'out', '--json')).out) as Array<{ source: string }>;
    expect(out.map((e) => e.source)).toEqual(['syria']);
    expect((await q('events', '--direction', 'out')).code).toBe(2);
    expect((await q('events', '--quad', 'hot')).code).toBe(2);
    const heavy = JSON.parse((await q('events', '--min-weight', '6', '--json')).out) as Array<{ source: string; target: string }>;
    expect(new Set(heavy.map((e) => `${e.source}>${e.target}`))).toEqual(new Set(['russia>syria']));
  });
  test('relations, between, top, ego and communities take them', async () => {
    const rel = JSON.parse((await q('relations', 'Syria', '--category', 'AID', '--json')).out) as Array<{ key: string }>;
    expect(rel.map((r) => r.key).sort()).toEqual(['supports:iran:syria', 'supports:russia:syria']);
    const btw = JSON.parse((await q('between', 'Syria', 'Turkey', '--direction', 'out', '--json')).out);
    expect(btw.relations.map((r: { key: string }) => r.key)).toEqual(['opposes:syria:turkey']);
    expect(btw.weight).toBe(1);
    const top = JSON.parse((await q('top', '--by', 'degree', '-n', '1', '--quad', 'material_conflict', '--json')).out);
    expect(top[0].key).toBe('syria');
    const ego = JSON.parse((await q('ego', 'Turkey', '--relation', 'attacks', '--json')).out);
    expect(ego.edges.map((e: { key: string }) => e.key)).toEqual(['attacks:turkey:syria']);
    const egoOut = JSON.parse((await q('ego', 'Syria', '--direction', 'out', '--json')).out);
    expect(egoOut.nodes.map((n: { key: string }) => n.key).sort()).toEqual(['syria', 'turkey']);
    const egoIn = JSON.parse((await q('ego', 'Syria', '--direction', 'in', '--json')).out);
    expect(egoIn.nodes.map((n: { key: string }) => n.key)).not.toContain('iraq');
    expect(egoIn.nodes.map((n: { key: string }) => n.key)).toEqual(
      expect.arrayContaining(['iran', 'russia', 'hezbollah', 'turkey', 'bashar-al-assad']),
    );
    const com = await q('communities', '--outlet', 'Anadolu', '--json');
    expect(com.code, com.err).toBe(0);
    const members = JSON.parse(com.out).flatMap((c: { members: Array<{ key: string }> }) => c.members.map((m) => m.key));
    expect(members).toContain('turkey');
    expect(members).not.toContain('iran');
  });
  test('subgraph --out writes every format the build writes', async () => {
    for (const ext of ['gexf', 'json', 'graphml']) {
      const file = join(fx.dir, `sub.${ext}`);
      const r = await q('subgraph', '--quad', 'material_conflict', '--out', file);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/4 actors, 2 relations/);
      expect(existsSync(file)).toBe(true);
    }
    const back = await loadGraph(join(fx.dir, 'sub.gexf'));
    expect(back.edges().sort()).toEqual(['attacks:al-shabaab:somalia', 'attacks:turkey:syria']);
    const csv = await q('subgraph', '--quad', 'material_conflict', '--out', join(fx.dir, 'sub.csv'));
    expect(csv.code, csv.err).toBe(0);
    expect(readFileSync(join(fx.dir, 'sub.edges.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(readFileSync(join(fx.dir, 'sub.nodes.csv'), 'utf8').trim().split('\n')).toHaveLength(5);
    expect((await q('subgraph', '--out', join(fx.dir, 'sub.txt'))).code).toBe(2);
    const table = await q('subgraph', '--from', '2016-08', '--to', '2016-08', '--relation', 'attacks');
    expect(table.out).toMatch(/Turkey\s+attacks\s+Syria\s+2\s+2016-08-24/);
  });
});
