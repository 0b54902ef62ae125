// Property-based tests (fast-check, seeded, bounded): over random and adversarial texts and article
// sets — random unicode, hostile markup and characters, fragments of real sentences from
// corpus/seeds — the build never throws, the GEXF validates (when ../shared's validator is there) and
// reads back with graphology-gexf, the JSON round-trips, the same input gives byte-identical output,
// and adding an unrelated article never removes a relation.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { describe, expect, it } from 'vitest';
import { toGEXF, toJSON } from '../../src/export/index.js';
import { buildGraph } from '../../src/pipeline/build.js';
import { buildFiles, cli, seedsDir, tempDir } from '../fixtures/helpers.js';
import { checkGexfText, checkOutputs, validateGexf } from '../hostile/helpers.js';

const SEED = 20261122;

/** Sentences of the seed articles (real news prose, with its actors). */
const SENTENCES = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(path.join(seedsDir, f), 'utf8').split(/(?<=[.!?])\s+|\n+/))
  .map((s) => s.trim())
  .filter((s) => s.length > 20);

const NAMES = [
  'Iran',
  'Russia',
  'Syria',
  'Turkey',
  'Israel',
  'Hezbollah',
  'ISIS',
  'the YPG',
  'Vladimir Putin',
  'Bashar al-Assad',
  'Hassan Rouhani',
  'the United Nations',
];
const HOSTILE = [
  '&',
  '<',
  '>',
  '"',
  "'",
  '&amp;',
  '&#0;',
  ']]>',
  '<![CDATA[',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\ufffe',
  '\uffff',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\ud800',
  '\udfff',
  '\r',
  '\r\n',
  '\t',
  '\u2028',
  '\u2029',
  '\u00a0',
  '🇮🇷',
  '👨‍👩‍👧',
  'e\u0301',
  'ﬁ',
  '\u0130',
  'ß',
  'İstanbul',
  'الأسد',
  'Путин',
  '日本',
];

/** Text made of real sentences, actor names, hostile pieces and random unicode, mixed. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('.', ',', '!', '?', '-', ' ', '0', '7', '(', ')'), maxLength: 30 }) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((ps) => ps.join(' '));
const hostileName = fc.array(fc.constantFrom(...HOSTILE, ...NAMES), { minLength: 1, maxLength: 4 }).map((ps) => ps.join(''));
const article = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'a~2'), fc.string({ maxLength: 8 }), hostileName),
  text,
  title: fc.option(hostileName, { nil: undefined }),
});
const articles = fc.array(article, { minLength: 1, maxLength: 6 });

/** The graph's JSON and GEXF, as the build writes them. */
function render(list: Array<{ id: string; text: string; title?: string }>): { json: string; gexf: string } {
  const r = buildGraph(list);
  return { json: toJSON(r.graph), gexf: toGEXF(r.graph, {}) };
}

function relations(list: Array<{ id: string; text: string }>): Set<string> {
  const r = buildGraph(list, { analyze: false });
  return new Set(r.graph.mapEdges((_e, a, s, t) => `${s} ${String(a.relation ?? a.type ?? '')} ${t}`));
}

describe('the in-memory build, over random and adversarial articles', () => {
  it('never throws; the JSON round-trips; the GEXF reads back; the same input gives the same bytes', () => {
    fc.assert(
      fc.property(articles, (list) => {
        const a = render(list);
        const b = render(list);
        expect(b.json).toBe(a.json);
        expect(b.gexf).toBe(a.gexf);
        const data = JSON.parse(a.json) as SerializedGraph & { nodes: Array<{ key: string }>; edges: Array<{ key?: string }> };
        const g = new MultiGraph(data.options);
        g.import(data);
        expect(toJSON(g)).toBe(a.json);
        expect(a.gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
        checkGexfText(a.gexf, data);
      }),
      { seed: SEED, numRuns: 40 },
    );
  }, 300_000);

  it('adding an unrelated article never removes a relation', () => {
    // "Unrelated": its actors are none of the others' (a pair of other countries).
    const unrelated = fc.constantFrom(
      'Japan and Brazil signed a trade agreement in Tokyo.',
      'Canada criticized Argentina over the fishing dispute.',
      'Mexico and Peru agreed to cooperate on border security.',
    );
    let seen = 0;
    fc.assert(
      fc.property(articles, unrelated, fc.nat(), (list, extra, at) => {
        const before = relations(list);
        seen += before.size;
        const more = [...list];
        more.splice(at % (list.length + 1), 0, { id: 'unrelated-extra', text: extra });
        const after = relations(more);
        for (const r of before) expect(after, r).toContain(r);
      }),
      { seed: SEED + 1, numRuns: 30 },
    );
    expect(seen, 'the generated articles had relations to lose').toBeGreaterThan(10);
  }, 300_000);
});

describe('the CLI build, over random article files', () => {
  it('never crashes, writes whole outputs (GEXF valid, JSON round-trips), byte-identical when run again', async () => {
    const work = tempDir('actorgraph-prop-');
    let run = 0;
    await fc.assert(
      fc.asyncProperty(articles, fc.constantFrom('jsonl', 'csv', 'txt'), async (list, kind) => {
        const dir = path.join(work, `in-${++run}`);
        mkdirSync(dir);
        if (kind === 'jsonl') writeFileSync(path.join(dir, 'a.jsonl'), list.map((a) => JSON.stringify(a)).join('\n'));
        else if (kind === 'csv') {
          const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
          writeFileSync(
            path.join(dir, 'a.csv'),
            `id,title,text\n${list.map((a) => [q(a.id), q(a.title ?? ''), q(a.text)].join(',')).join('\n')}\n`,
          );
        } else {
          for (const [i, a] of list.entries()) writeFileSync(path.join(dir, `${i}.txt`), `${a.title ?? ''}\n\n${a.text}`);
        }
        const outs = [path.join(work, `out-${run}-a`), path.join(work, `out-${run}-b`)];
        for (const out of outs) {
          const r = await cli('build', dir, '--out', out, '--name', 'g', '--jobs', '1', '--quiet');
          expect([0, 1], r.err).toContain(r.code);
          expect(r.err).not.toMatch(/internal error|TypeError|RangeError|\n\s+at /);
          checkOutputs(out, 'g');
        }
        const [a, b] = outs.map((o) => buildFiles(o, 'g'));
        for (const k of ['json', 'gexf', 'events', 'articles'] as const)
          expect(readFileSync(b[k]).equals(readFileSync(a[k])), k).toBe(true);
        validateGexf(a.gexf);
      }),
      { seed: SEED + 2, numRuns: 8 },
    );
  }, 300_000);
});
