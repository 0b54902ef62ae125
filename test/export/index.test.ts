import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FORMATS, formatForPath, getFormat, registerFormat, toGEXF, toJSON, writeGraph } from '../../src/export/index.js';
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
    expect(() => getFormat('dot')).toThrow(/unknown format "dot"; known formats: .*gexf, json/);
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
