// Dynamic GEXF (Gephi's timeline): per-event dates as spells, dynamic weights, node spans,
// schema validity, and read-back by graphology-gexf and NetworkX.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, describe, expect, test } from 'vitest';
import { dateSpells, toGEXF } from '../../src/export/gexf.js';
import { bucketCounts, bucketOf, edgeDates, timelineStats } from '../../src/export/timeline.js';
import { buildGraph } from './fixture.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VALIDATE = resolve(ROOT, '../shared/gexf/validate.sh');
const hasCommand = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const canValidate = existsSync(VALIDATE) && (hasCommand('jing') || hasCommand('xmllint'));
const hasNetworkx = spawnSync('python3', ['-c', 'import networkx']).status === 0;
if (!canValidate) console.warn(`dynamic GEXF schema validation skipped: needs ${VALIDATE} and jing or xmllint`);
if (!hasNetworkx) console.warn('dynamic GEXF NetworkX read-back skipped: python3 with networkx is not available');

const work = mkdtempSync(join(tmpdir(), 'actorgraph-dynamic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The fixture with the proposed `dates`/`dateCounts` contract on some edges. */
function dated(): MultiGraph {
  const g = buildGraph();
  // met: 3 events (weight 3) on 3 dates, two in January.
  g.mergeEdgeAttributes('met:iran:russia', { dates: ['2024-01-05', '2024-01-20', '2024-02-20'], dateCounts: [1, 1, 1] });
  // attacks: weight 4, of which 1 from an undated article.
  g.mergeEdgeAttributes('attacks:hezbollah:israel', { dates: ['2024-02-01', '2024-03-02'], dateCounts: [2, 1] });
  // supports: dates without counts (an older graph stage): spells, no dynamic weight.
  g.mergeEdgeAttributes('supports:iran:hezbollah', { dates: ['2024-02-11', '2024-02-01', 'not a date'] });
  // allied_with: every event undated: no dates at all.
  g.removeEdgeAttribute('allied_with:iran:russia', 'first');
  g.removeEdgeAttribute('allied_with:iran:russia', 'last');
  return g;
}

function edgeElement(text: string, key: string): string {
  const start = text.indexOf(`<edge id="${key}"`);
  expect(start, key).toBeGreaterThan(0);
  return text.slice(start, text.indexOf('</edge>', start) + 7);
}

function validate(text: string, name: string) {
  const file = join(work, name);
  writeFileSync(file, text);
  const run = spawnSync('bash', [VALIDATE, file], { encoding: 'utf8' });
  expect(run.stdout + run.stderr, 'validate.sh output').toContain('valid   ');
  expect(run.status, run.stdout + run.stderr).toBe(0);
}

describe('edge dates (timeline.ts)', () => {
  test('edgeDates reads dates and dateCounts, drops bad dates, merges repeats', () => {
    expect(edgeDates({ dates: ['2024-02-01', '2024-01-01', '2024-02-01'], dateCounts: [1, 2, 3] })).toEqual({
      dates: ['2024-01-01', '2024-02-01'],
      counts: [2, 4],
      exact: true,
    });
    expect(edgeDates({ dates: ['2024-01-01', 'x', '2024-02-30'] })).toEqual({ dates: ['2024-01-01'], counts: [1], exact: false });
    expect(edgeDates({ dates: ['2024-01-01'], dateCounts: [1, 2] })?.exact).toBe(false);
    expect(edgeDates({ first: '2024-01-01' })).toBeUndefined();
    expect(edgeDates({ dates: [] })).toBeUndefined();
  });

  test('buckets: day, month (leap years), year', () => {
    expect(bucketOf('2024-02-17', 'day')).toEqual({ start: '2024-02-17', end: '2024-02-17' });
    expect(bucketOf('2024-02-17', 'month')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(bucketOf('2023-02-17', 'month')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(bucketOf('2023-12-31', 'month')).toEqual({ start: '2023-12-01', end: '2023-12-31' });
    expect(bucketOf('2023-06-30', 'year')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(bucketCounts(['2024-01-05', '2024-01-20', '2024-02-20'], [1, 2, 3], 'month')).toEqual([
      { start: '2024-01-01', end: '2024-01-31', count: 3 },
      { start: '2024-02-01', end: '2024-02-29', count: 3 },
    ]);
  });

  test('timelineStats counts what has time and what has not', () => {
    const s = timelineStats(dated());
    expect(s).toEqual({
      edgesWithDates: 3,
      edgesWithSpan: 3,
      undatedEdges: 1,
      undatedEvents: 1, // attacks: weight 4, 3 dated events
      undatedNodes: 0,
      first: '2024-01-03',
      last: '2024-03-02',
    });
  });
});

describe('toGEXF, dynamic mode', () => {
  test('an edge with dates gets one spell per date, weighted by its events', () => {
    const text = toGEXF(dated(), { mode: 'dynamic', undirectedType: 'undirected' });
    expect(text).toContain('<graph mode="dynamic" timeformat="date">');
    // Gephi's dynamic weight: declared dynamic first, then again in the static block (graphology-gexf reads the last).
    expect(text).toMatch(
      /<attributes class="edge" mode="dynamic">\s*<attribute id="weight" title="weight" type="double"\/>\s*<\/attributes>\s*<attributes class="edge" mode="static">/,
    );
    const met = edgeElement(text, 'met:iran:russia');
    expect(met).toMatch(/^<edge id="met:iran:russia" source="iran" target="russia" type="undirected" kind="met" weight="3">/); // no start/end: spells instead
    expect([...met.matchAll(/<spell start="([^"]+)" end="([^"]+)"\/>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['2024-01-05', '2024-01-05'],
      ['2024-01-20', '2024-01-20'],
      ['2024-02-20', '2024-02-20'],
    ]);
    expect([...met.matchAll(/<attvalue for="weight" value="(\d+)" start="([^"]+)" end="([^"]+)"\/>/g)].map((m) => m.slice(1))).toEqual([
      ['1', '2024-01-05', '2024-01-05'],
      ['1', '2024-01-20', '2024-01-20'],
      ['1', '2024-02-20', '2024-02-20'],
    ]);
    const attacks = edgeElement(text, 'attacks:hezbollah:israel');
    expect([...attacks.matchAll(/<attvalue for="weight" value="(\d+)" start="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['2', '2024-02-01'],
      ['1', '2024-03-02'],
    ]);
    // Dates without counts: spells, but no dynamic weight.
    const supports = edgeElement(text, 'supports:iran:hezbollah');
    expect([...supports.matchAll(/<spell start="([^"]+)"/g)].map((m) => m[1])).toEqual(['2024-02-01', '2024-02-11']);
    expect(supports).not.toContain('for="weight"');
    // No dates: first/last as start/end; nothing at all: no time.
    expect(edgeElement(text, 'opposes:tom-jerry:israel')).toMatch(/weight="1" start="2024-02-02" end="2024-02-02">/);
    expect(edgeElement(text, 'allied_with:iran:russia')).not.toMatch(/start=|<spell/);
    // Nodes: the span they are mentioned in.
    expect(text).toContain('<node id="iran" label="Iran" start="2024-01-03" end="2024-03-01">');
  });

  test("timeBucket: 'month' groups spells and weights by month, and widens node spans", () => {
    const text = toGEXF(dated(), { mode: 'dynamic', undirectedType: 'undirected', timeBucket: 'month' });
    const met = edgeElement(text, 'met:iran:russia');
    expect([...met.matchAll(/<attvalue for="weight" value="(\d+)" start="([^"]+)" end="([^"]+)"\/>/g)].map((m) => m.slice(1))).toEqual([
      ['2', '2024-01-01', '2024-01-31'],
      ['1', '2024-02-01', '2024-02-29'],
    ]);
    expect([...met.matchAll(/<spell /g)]).toHaveLength(2);
    expect(text).toContain('<node id="iran" label="Iran" start="2024-01-01" end="2024-03-31">');
    expect(() => toGEXF(dated(), { mode: 'dynamic', timeBucket: 'week' as never })).toThrow(/timeBucket/);
  });

  test('dynamicWeight: false keeps spells and static weights; static mode ignores dates', () => {
    const noWeight = toGEXF(dated(), { mode: 'dynamic', dynamicWeight: false });
    expect(noWeight).not.toContain('for="weight"');
    expect(noWeight).not.toContain('mode="dynamic">\n      <attribute id="weight"');
    expect(edgeElement(noWeight, 'met:iran:russia')).toContain('<spell start="2024-01-05" end="2024-01-05"/>');
    const staticText = toGEXF(dated());
    expect(staticText).not.toMatch(/<spell|for="weight"| start="/);
    // The contract's attributes are kept as lists in both modes.
    expect(staticText).toContain('<attribute id="dates" title="dates" type="liststring"/>');
    expect(staticText).toContain('<attvalue for="dateCounts" value="[&quot;2&quot;,&quot;1&quot;]"/>');
  });

  test('the spells option still replaces the default spells', () => {
    const text = toGEXF(dated(), {
      mode: 'dynamic',
      spells: (kind, key) =>
        kind === 'edge' && key === 'met:iran:russia' ? [{ start: '2020-01-01', end: '2020-12-31', weight: 7 }] : undefined,
    });
    const met = edgeElement(text, 'met:iran:russia');
    // A reciprocal pair (the default) shares each spell's weight: half each way.
    expect(met).toContain('<attvalue for="weight" value="3.5" start="2020-01-01" end="2020-12-31"/>');
    expect([...met.matchAll(/<spell /g)]).toHaveLength(1);
    expect(dateSpells({ dates: ['2024-01-01'], dateCounts: [3] }, 'year')).toEqual([{ start: '2024-01-01', end: '2024-12-31', weight: 3 }]);
  });

  test.skipIf(!canValidate)('validates against the GEXF 1.3 schema (day, month, no dynamic weight, mutual)', () => {
    validate(toGEXF(dated(), { mode: 'dynamic' }), 'day.gexf');
    validate(toGEXF(dated(), { mode: 'dynamic', timeBucket: 'month', pretty: false }), 'month.gexf');
    validate(toGEXF(dated(), { mode: 'dynamic', dynamicWeight: false }), 'noweight.gexf');
    validate(toGEXF(dated(), { mode: 'dynamic', undirectedType: 'mutual' }), 'mutual.gexf');
    validate(toGEXF(dated()), 'static.gexf');
  });

  test('reads back with graphology-gexf (which knows no time: weight is the last spell value)', () => {
    const g = dated();
    const back = gexf.parse(MultiGraph, toGEXF(g, { mode: 'dynamic', undirectedType: 'undirected' }));
    expect(back.nodes().sort()).toEqual(g.nodes().sort());
    expect(back.edges().sort()).toEqual(g.edges().sort());
    expect(back.getEdgeAttribute('met:iran:russia', 'dates')).toEqual(['2024-01-05', '2024-01-20', '2024-02-20']);
    expect(back.getEdgeAttribute('met:iran:russia', 'evidence')).toEqual(g.getEdgeAttribute('met:iran:russia', 'evidence'));
    expect(back.getEdgeAttribute('attacks:hezbollah:israel', 'weight')).toBe(1); // last spell's value
    expect(back.getEdgeAttribute('supports:iran:hezbollah', 'weight')).toBe(2); // static weight
    const staticWeights = gexf.parse(MultiGraph, toGEXF(g, { mode: 'dynamic', dynamicWeight: false }));
    expect(staticWeights.getEdgeAttribute('attacks:hezbollah:israel', 'weight')).toBe(4);
  });

  test.skipIf(!hasNetworkx)('reads back with NetworkX: spells, node spans, static weights', () => {
    const file = join(work, 'networkx-dynamic.gexf');
    writeFileSync(file, toGEXF(dated(), { mode: 'dynamic', undirectedType: 'mutual', timeBucket: 'month' }));
    const script = `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
out = {"nodes": {n: [d.get("start"), d.get("end")] for n, d in G.nodes(data=True)}, "edges": {}}
for u, v, k, d in G.edges(keys=True, data=True):
    out["edges"][d["id"]] = {"weight": d["weight"], "spells": d.get("spells"), "start": d.get("start"), "dates": json.loads(d.get("dates", "[]"))}
print(json.dumps(out))
`;
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.nodes.iran).toEqual(['2024-01-01', '2024-03-31']);
    expect(out.edges['met:iran:russia']).toEqual({
      weight: 3,
      spells: [
        ['2024-01-01', '2024-01-31'],
        ['2024-02-01', '2024-02-29'],
      ],
      start: null,
      dates: ['2024-01-05', '2024-01-20', '2024-02-20'],
    });
    expect(out.edges['attacks:hezbollah:israel'].weight).toBe(4);
    expect(out.edges['opposes:tom-jerry:israel'].start).toBe('2024-02-01');
  });
});
