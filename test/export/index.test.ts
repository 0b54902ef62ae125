import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  FORMATS,
  formatForPath,
  getFormat,
  isMultiFile,
  parseFormats,
  registerFormat,
  toGEXF,
  toGraphML,
  toJSON,
  writeFormats,
  writeGraph,
} from '../../src/export/index.js';
import { buildGraph } from './fixture.js';

const work = mkdtempSync(join(tmpdir(), 'actorgraph-formats-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('FORMATS', () => {
  test('json and gexf are registered, each with its extension', () => {
    expect(FORMATS.json.extension).toBe('.json');
    expect(FORMATS.gexf.extension).toBe('.gexf');
    const g = buildGraph();
    expect(FORMATS.json.write(g)).toBe(toJSON(g));
    expect(FORMATS.gexf.write(g, { mode: 'dynamic' })).toBe(toGEXF(g, { mode: 'dynamic' }));
    expect(formatForPath('out/graph.GEXF')).toBe('gexf');
    expect(formatForPath('out/graph.txt')).toBeUndefined();
    expect(() => getFormat('dot')).toThrow(/unknown format "dot"; known formats: csv, gexf, graphml, html, json/);
  });

  test('writeGraph picks the format from the extension; new formats plug in', async () => {
    const g = buildGraph();
    await writeGraph(join(work, 'g.gexf'), g);
    expect(readFileSync(join(work, 'g.gexf'), 'utf8')).toBe(toGEXF(g));
    await writeGraph(join(work, 'g.json'), g);
    expect(readFileSync(join(work, 'g.json'), 'utf8')).toBe(toJSON(g));
    await expect(writeGraph(join(work, 'g.xyz'), g)).rejects.toThrow(/cannot tell the format/);
    registerFormat('nodelist', { extension: '.nodes', mediaType: 'text/plain', write: (graph) => graph.nodes().sort().join('\n') });
    await writeGraph(join(work, 'g.nodes'), g);
    expect(readFileSync(join(work, 'g.nodes'), 'utf8').split('\n')).toHaveLength(g.order);
    delete FORMATS.nodelist;
  });
});

describe('more formats and writeFormats', () => {
  test('graphml, csv (several files) and html are registered', () => {
    const g = buildGraph();
    expect(FORMATS.graphml.write(g)).toBe(toGraphML(g));
    expect(Object.keys(FORMATS.csv.files(g))).toEqual(['.nodes.csv', '.edges.csv', '.neo4j.nodes.csv', '.neo4j.edges.csv']);
    expect(isMultiFile(FORMATS.csv)).toBe(true);
    expect(isMultiFile(FORMATS.gexf)).toBe(false);
    expect(formatForPath('out/g.graphml')).toBe('graphml');
    expect(formatForPath('out/g.nodes.csv')).toBe('csv');
    expect(formatForPath('out/g.html')).toBe('html');
    expect(parseFormats(['gexf,CSV', 'graphml', 'gexf'])).toEqual(['gexf', 'csv', 'graphml']);
    expect(() => parseFormats('gexf,dot')).toThrow(/unknown format "dot"/);
  });

  test('writeFormats writes each format under the base name, passing options and articles', async () => {
    const g = buildGraph();
    const dir = join(work, 'formats');
    const articles = [{ id: 'a1', title: 'First <b>article</b>', url: 'https://example.org/a1' }];
    const paths = await writeFormats({ graph: g, articles }, dir, 'corpus', ['json', 'gexf', 'graphml', 'csv', 'html'], {
      gexf: { mode: 'dynamic' },
    });
    expect(paths.map((p) => basename(p))).toEqual([
      'corpus.json',
      'corpus.gexf',
      'corpus.graphml',
      'corpus.nodes.csv',
      'corpus.edges.csv',
      'corpus.neo4j.nodes.csv',
      'corpus.neo4j.edges.csv',
      'corpus.html',
    ]);
    expect(readFileSync(join(dir, 'corpus.gexf'), 'utf8')).toBe(toGEXF(g, { mode: 'dynamic' }));
    expect(readFileSync(join(dir, 'corpus.graphml'), 'utf8')).toBe(toGraphML(g));
    const html = readFileSync(join(dir, 'corpus.html'), 'utf8');
    expect(html).toContain('First \\u003cb\\u003earticle\\u003c/b\\u003e');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  test('writeFormats checks every name before writing anything; writeGraph refuses multi-file formats', async () => {
    const dir = join(work, 'nothing');
    await expect(writeFormats({ graph: buildGraph() }, dir, 'g', ['gexf', 'dot'])).rejects.toThrow(/unknown format "dot"/);
    expect(existsSync(dir)).toBe(false);
    await expect(writeFormats({ graph: buildGraph() }, dir, '../evil', ['gexf'])).rejects.toThrow(/plain file name/);
    await expect(writeGraph(join(work, 'g.nodes.csv'), buildGraph())).rejects.toThrow(/several files.*writeFormats/);
  });
});
