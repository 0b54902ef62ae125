import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import seedrandom from 'seedrandom';
import { afterAll, describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import { decodeList, encodeList, toGEXF, xmlSafe } from '../../src/export/gexf.js';
import { buildGraph, buildGraphReversed, HOSTILE_LABEL_CLEAN, TRICKY_EVIDENCE } from './fixture.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VALIDATE = resolve(ROOT, '../shared/gexf/validate.sh');
const hasCommand = (name: string) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const canValidate = existsSync(VALIDATE) && (hasCommand('jing') || hasCommand('xmllint'));
const hasNetworkx = spawnSync('python3', ['-c', 'import networkx']).status === 0;
if (!canValidate) console.warn(`GEXF schema validation skipped: needs ${VALIDATE} and jing or xmllint (apt-get install -y libxml2-utils)`);
if (!hasNetworkx) console.warn('NetworkX read-back skipped: python3 with networkx is not available');

const work = mkdtempSync(join(tmpdir(), 'actorgraph-gexf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function analyzed() {
  const g = buildGraph();
  analyze(g);
  return g;
}

function validate(text: string, name: string) {
  const file = join(work, name);
  writeFileSync(file, text);
  const run = spawnSync('bash', [VALIDATE, file], { encoding: 'utf8' });
  expect(run.stdout + run.stderr, 'validate.sh output').toContain('valid   ');
  expect(run.status, run.stdout + run.stderr).toBe(0);
}

/** What an item reads back as: no XML-forbidden characters, tab/LF/CR as spaces. */
const listItem = (s: string) => xmlSafe(s).replace(/[\t\n\r]/g, ' ');

describe('toGEXF', () => {
  test('is deterministic, whatever the insertion order', () => {
    const a = toGEXF(analyzed());
    expect(toGEXF(analyzed())).toBe(a);
    const r = buildGraphReversed();
    analyze(r);
    expect(toGEXF(r)).toBe(a);
  });

  test('has the GEXF 1.3 header, meta from the data, and the graph element', () => {
    const text = toGEXF(analyzed());
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(text).toContain('<meta lastmodifieddate="2024-03-02">');
    expect(text).toContain('<creator>actorgraph</creator>');
    expect(text).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(toGEXF(buildGraph(), { lastModified: '2020-01-31' })).toContain('lastmodifieddate="2020-01-31"');
    expect(toGEXF(buildGraph(), { lastModified: null })).not.toContain('lastmodifieddate');
    expect(() => toGEXF(buildGraph(), { lastModified: '2020-02-30' })).toThrow(/actorgraph\/export: lastModified/);
    expect(() => toGEXF(buildGraph(), { mode: 'sliced' as never })).toThrow(/actorgraph\/export: GEXF mode/);
  });

  test('declares attributes with their types, in a stable order', () => {
    const text = toGEXF(analyzed());
    const declared = [...text.matchAll(/<attribute id="([^"]+)" title="[^"]+" type="([^"]+)"\/>/g)].map((m) => `${m[1]}:${m[2]}`);
    expect(declared).toEqual([
      'type:string',
      'aliases:liststring',
      'iso3:string',
      'affiliation:string',
      'role:string',
      'mentions:integer',
      'articles:integer',
      'first:string',
      'last:string',
      'community:integer',
      'degree:integer',
      'pagerank:double',
      'betweenness:double',
      'relation:string',
      'category:string',
      'first:string',
      'last:string',
      'negated:integer',
      'hypothetical:integer',
      'evidence:liststring',
      'evidenceArticles:liststring',
    ]);
    const g = new MultiGraph({ type: 'mixed' });
    g.addNode('a', { flag: true, score: 1.5, count: 3, big: 2 ** 40, mixed: 1 });
    g.addNode('b', { flag: false, score: 2, count: 4, big: 1, mixed: 'x', obj: { k: 1 } });
    const types = Object.fromEntries(
      [...toGEXF(g).matchAll(/<attribute id="([^"]+)" title="[^"]+" type="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    expect(types).toEqual({ big: 'long', count: 'integer', flag: 'boolean', mixed: 'string', obj: 'string', score: 'double' });
  });

  test('never writes a weight below 1 (a reciprocal half: 0.5); symmetric edges as reciprocal pairs by default', () => {
    const text = toGEXF(analyzed());
    expect(text).toMatch(/<graph defaultedgetype="directed"/);
    expect(text).not.toMatch(/type="undirected"|type="mutual"/);
    expect(text).toMatch(/<edge id="met:iran:russia" source="iran" target="russia" type="directed" kind="met" weight="1.5">/);
    expect(text).toMatch(/<edge id="met:iran:russia~reverse" source="russia" target="iran" type="directed" kind="met" weight="1.5">/);
    expect(text).toMatch(/<edge id="attacks:israel:hezbollah" [^>]*type="directed" kind="attacks" weight="1">/);
    const mixed = toGEXF(analyzed(), { undirectedType: 'undirected' });
    const weights = [...mixed.matchAll(/ weight="([^"]*)"/g)].map((m) => Number(m[1]));
    expect(weights).toHaveLength(7);
    for (const w of weights) expect(w).toBeGreaterThanOrEqual(1);
    // Mixed: no default edge type, so that Gephi keeps both kinds (it drops the odd kind otherwise).
    expect(mixed).not.toMatch(/defaultedgetype/);
    expect(mixed).toMatch(/<edge id="met:iran:russia" source="iran" target="russia" type="undirected" kind="met" weight="3">/);
    expect(toGEXF(buildGraph(), { undirectedType: 'mutual' })).toMatch(/id="met:iran:russia" [^>]*type="mutual"/);
  });

  test('contains no character XML 1.0 forbids, even from hostile input', () => {
    const rng = seedrandom('hostile');
    const pool = [
      '&',
      '<',
      '>',
      '"',
      "'",
      ',',
      '[',
      ']',
      '\\',
      '|',
      '\t',
      '\n',
      '\r',
      '\u0000',
      '\u0001',
      '\u001f',
      '\u007f',
      '\u200b',
      '\u202e',
      '\ufffe',
      '\uffff',
      '\ud800',
      '\udfff',
      '😀',
      'é',
      'a',
      ' ',
    ];
    const random = () => Array.from({ length: 1 + Math.floor(rng() * 20) }, () => pool[Math.floor(rng() * pool.length)]).join('');
    const g = new MultiGraph({ type: 'mixed' });
    const expected = new Map<string, { label: string; aliases: string[] }>();
    for (let i = 0; i < 40; i++) {
      const label = random();
      const aliases = [random(), random(), random()];
      g.addNode(`n${i}`, { label, type: 'person', aliases, note: random() });
      expected.set(`n${i}`, { label: xmlSafe(label), aliases: aliases.map(listItem) });
    }
    for (let i = 1; i < 40; i++)
      g.addDirectedEdgeWithKey(`opposes:n${i}:n0`, `n${i}`, 'n0', { relation: 'opposes', weight: i % 3, evidence: [random(), random()] });
    const text = toGEXF(g);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    const back = gexf.parse(MultiGraph, text);
    expect(back.order).toBe(40);
    expect(back.size).toBe(39);
    for (const [key, { label, aliases }] of expected) {
      // graphology-gexf drops an empty label; XML itself keeps the characters we wrote (tab/LF/CR as references).
      if (label) expect(back.getNodeAttribute(key, 'label')).toBe(label);
      expect(back.getNodeAttribute(key, 'aliases')).toEqual(aliases);
    }
    if (canValidate) validate(text, 'hostile.gexf');
  });

  test.skipIf(!canValidate)('validates against the GEXF 1.3 schema (static, dynamic, mutual, empty)', () => {
    const g = analyzed();
    validate(toGEXF(g), 'static.gexf');
    validate(toGEXF(g, { mode: 'dynamic' }), 'dynamic.gexf');
    validate(toGEXF(g, { undirectedType: 'mutual', pretty: false }), 'mutual.gexf');
    validate(
      toGEXF(g, {
        mode: 'dynamic',
        spells: (kind, _key, a) =>
          kind === 'edge' ? [{ start: a.first as string, end: a.first as string }, { start: a.last as string }] : undefined,
      }),
      'spells.gexf',
    );
    validate(toGEXF(new MultiGraph({ type: 'mixed' })), 'empty.gexf');
  });

  test('reads back with graphology-gexf: nodes, edges, labels, kinds, lists', () => {
    const g = analyzed();
    const back = gexf.parse(MultiGraph, toGEXF(g, { undirectedType: 'undirected' }));
    expect(back.nodes().sort()).toEqual(g.nodes().sort());
    expect(back.edges().sort()).toEqual(g.edges().sort());
    expect(back.getNodeAttribute('tom-jerry', 'label')).toBe(HOSTILE_LABEL_CLEAN);
    expect(back.getNodeAttribute('tom-jerry', 'aliases')).toEqual(['T&J', 'ab', 'tab here']);
    expect(back.getNodeAttribute('iran', 'aliases')).toEqual(['Islamic Republic of Iran', 'Persia, "old"', '[Tehran]']);
    expect(back.getNodeAttribute('hezbollah', 'aliases')).toEqual([]);
    expect(back.getNodeAttribute('iran', 'mentions')).toBe(12);
    expect(back.getNodeAttribute('iran', 'pagerank')).toBe(g.getNodeAttribute('iran', 'pagerank'));
    expect(back.getNodeAttribute('iran', 'x')).toBe(g.getNodeAttribute('iran', 'x'));
    expect(back.getNodeAttribute('iran', 'size')).toBe(g.getNodeAttribute('iran', 'size'));
    expect(back.getNodeAttribute('iran', 'color')).toBe('rgb(0,114,178)');
    for (const edge of g.edges()) {
      const a = g.getEdgeAttributes(edge);
      const b = back.getEdgeAttributes(edge);
      expect(b.kind).toBe(a.relation);
      expect(b.relation).toBe(a.relation);
      expect(b.evidence).toEqual((a.evidence as string[]).map(listItem));
      expect(b.evidenceArticles).toEqual(a.evidenceArticles);
      expect(b.weight).toBe(Math.max(1, a.weight as number));
      expect(back.isUndirected(edge)).toBe(g.isUndirected(edge));
      expect([back.source(edge), back.target(edge)]).toEqual([g.source(edge), g.target(edge)]);
    }
    expect(back.getEdgeAttribute('met:iran:russia', 'evidence')).toEqual(TRICKY_EVIDENCE);
  });

  test.skipIf(!hasNetworkx)('reads back with NetworkX (undirectedType: mutual): lists and evidence', () => {
    const g = analyzed();
    const file = join(work, 'networkx.gexf');
    writeFileSync(file, toGEXF(g, { undirectedType: 'mutual', mode: 'dynamic' }));
    const script = `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
out = {"nodes": {}, "edges": {}}
for n, d in G.nodes(data=True):
    out["nodes"][n] = {"label": d["label"], "aliases": json.loads(d["aliases"]), "mentions": d["mentions"], "pagerank": d["pagerank"], "start": d.get("start")}
for u, v, k, d in G.edges(keys=True, data=True):
    out["edges"].setdefault(d["id"], []).append({"source": u, "target": v, "relation": d["relation"], "weight": d["weight"], "evidence": json.loads(d["evidence"])})
print(json.dumps(out))
`;
    const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out.nodes).sort()).toEqual(g.nodes().sort());
    expect(out.nodes['tom-jerry'].label).toBe(HOSTILE_LABEL_CLEAN);
    expect(out.nodes['iran'].aliases).toEqual(['Islamic Republic of Iran', 'Persia, "old"', '[Tehran]']);
    expect(out.nodes['iran'].mentions).toBe(12);
    expect(out.nodes['iran'].start).toBe('2024-01-03');
    expect(Object.keys(out.edges).sort()).toEqual(g.edges().sort());
    const met = out.edges['met:iran:russia'];
    expect(met).toHaveLength(2); // mutual: both directions
    expect(met[0].evidence).toEqual(TRICKY_EVIDENCE);
    expect(out.edges['attacks:israel:hezbollah'][0].weight).toBe(1);
    expect(out.edges['supports:iran:hezbollah'][0].evidence).toEqual(['Iran supports Hezbollah.', 'Tehran & its <proxies>.']);
  });
});

describe('list encoding', () => {
  test('is a JSON array without control characters', () => {
    const items = ['a, b', '[c]', '"d"', "'e'", 'back\\slash', 'line\nbreak', 'nul\u0000'];
    const value = encodeList(items);
    expect(value).toBe('["a, b","[c]","\\"d\\"","\'e\'","back\\\\slash","line break","nul"]');
    expect(decodeList(value)).toEqual(['a, b', '[c]', '"d"', "'e'", 'back\\slash', 'line break', 'nul']);
    expect(encodeList([])).toBe('[]');
  });
});
