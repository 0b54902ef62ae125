// Query output safety (issue 20): terminal escapes, and ego --out never overwriting its graph.
// Nothing from a graph or aliases file reaches the terminal raw (issue 20): labels, aliases and
// evidence with escape sequences (ESC, CSI as one C1 byte, a carriage return, DEL, a bidi override)
// are printed as visible `\uXXXX` escapes by `query` and `report`, in tables and as valid --json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/cli/terminal.js';
import { cli, tempDir } from '../fixtures/helpers.js';

const EVIL = 'Iran\u001b]0;pwned\u0007\u009b2J\r\u007f\u202e';

function graphFile(): string {
  const file = path.join(tempDir(), 'g.json');
  const graph = {
    options: { type: 'mixed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: [
      { key: 'iran', attributes: { label: EVIL, type: 'country', aliases: [`alias${EVIL}`], mentions: 3, articles: 1 } },
      { key: 'syria', attributes: { label: 'Syria', type: 'country', aliases: [], mentions: 2, articles: 1 } },
    ],
    edges: [
      {
        key: 'supports:iran:syria',
        source: 'iran',
        target: 'syria',
        attributes: {
          relation: 'supports',
          weight: 1,
          category: 'SUPPORT',
          evidence: [`Evidence ${EVIL}`],
          evidenceArticles: ['a'],
          first: '2016-01-01',
          last: '2016-01-01',
        },
      },
    ],
  };
  writeFileSync(file, JSON.stringify(graph));
  return file;
}

/** No control character but tab and line feed, no bidi control. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe('terminal escapes from graph files', () => {
  it('terminalSafe writes them as visible escapes, JSON-compatible', () => {
    expect(terminalSafe(EVIL)).toBe('Iran\\u001b]0;pwned\\u0007\\u009b2J\\r'.replace('\\r', '\\u000d') + '\\u007f\\u202e');
    expect(JSON.parse(terminalSafe(JSON.stringify({ s: EVIL }))).s).toBe(EVIL);
    expect(terminalSafe('tab\tand\nline')).toBe('tab\tand\nline');
  });

  it('query and report print no raw escape, in tables and --json', async () => {
    const file = graphFile();
    for (const args of [
      ['query', file, 'actor', 'iran'],
      ['query', file, 'relations', 'iran', '--evidence'],
      ['query', file, 'between', 'iran', 'syria'],
      ['query', file, 'top', '--by', 'mentions'],
      ['query', file, 'actor', 'iran', '--json'],
      ['query', file, 'relations', 'syria', '--json', '--evidence'],
      ['query', file, 'actor', `Irn${EVIL}`],
      ['report', file],
    ]) {
      const r = await cli(...args);
      expectClean(r.out);
      expectClean(r.err);
      if (args.includes('--json')) expect(JSON.stringify(JSON.parse(r.out))).toContain('\\u001b');
    }
    expect((await cli('query', file, 'actor', 'iran')).out).toContain('Iran\\u001b]0;pwned');
  });
});

describe('query ego --out', () => {
  it('refuses to write over the graph it reads (same path, or a link to it), and changes nothing', async () => {
    const { readFileSync, symlinkSync } = await import('node:fs');
    const file = graphFile();
    const before = readFileSync(file);
    const link = path.join(path.dirname(file), 'link.json');
    symlinkSync(file, link);
    for (const target of [file, path.join(path.dirname(file), '.', 'g.json'), link]) {
      const r = await cli('query', file, 'ego', 'syria', '--out', target);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--out must not be the graph file being read');
    }
    expect(readFileSync(file)).toEqual(before);
    const ok = await cli('query', file, 'ego', 'syria', '--out', path.join(path.dirname(file), 'ego.json'));
    expect(ok.code, ok.err).toBe(0);
  });
});
