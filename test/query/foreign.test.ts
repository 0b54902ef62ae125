// Issue 17, "foreign GEXF input": a GEXF not written by actorgraph (Gephi's basic sample) used to
// give "s is not iterable" for `top` and "mentions undefined in undefined article(s)" for `actor`.
// It is refused with what it lacks; and a file that is no graph at all gets a CLI message, not the
// library's "pass {format}".
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph, parseGraph } from '../../src/query/load.js';
import { cli, sharedDir, tempDir } from '../fixtures/helpers.js';

const BASIC = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="static" defaultedgetype="directed">
    <nodes><node id="0" label="Hello"/><node id="1" label="Word"/></nodes>
    <edges><edge source="0" target="1"/></edges>
  </graph>
</gexf>
`;

describe('a graph not written by actorgraph', () => {
  it('is refused by the library with what it lacks', () => {
    expect(() => parseGraph(BASIC, 'gexf')).toThrow(
      /not a graph written by actorgraph build: 2 of 2 node\(s\) have no actor type .*1 of 1 edge\(s\) no relation/,
    );
    expect(() => parseGraph(JSON.stringify({ nodes: [{ key: 'a', attributes: { label: 'A' } }], edges: [] }), 'json')).toThrow(
      /no actor type/,
    );
  });

  it.each([['top'], ['actor', 'Hello'], ['relations', 'Hello']])('query … %s: exit 1 with the message, no crash', async (...args) => {
    const file = existsSync(path.join(sharedDir, 'gexf/samples/basic.gexf'))
      ? path.join(sharedDir, 'gexf/samples/basic.gexf')
      : path.join(tempDir(), 'basic.gexf');
    if (!existsSync(file)) writeFileSync(file, BASIC);
    const r = await cli('query', file, ...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a graph written by actorgraph build/);
    expect(r.err).not.toMatch(/is not iterable|undefined/);
  });

  it('query x.events.jsonl: a usage error in CLI words (no "{format}")', async () => {
    const r = await cli('query', 'x.events.jsonl', 'top');
    expect(r.code).toBe(2);
    expect(r.err).toContain('x.events.jsonl is not a graph file: give the .json or .gexf file of a build');
    expect(r.err).not.toContain('{format}');
    await expect(loadGraph('x.txt')).rejects.toThrow(/pass \{format\}/); // the library keeps its wording
  });
});
