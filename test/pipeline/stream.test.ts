// The streaming build (spool or cache, accumulator, streamed tables) writes the same bytes as the
// in-memory build (`buildFromFiles` + `writeBuild`), and the accumulator gives assembleGraph's graph.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromFiles, writeBuild } from '../../src/pipeline/build.js';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { GraphAccumulator } from '../../src/graph/accumulate.js';
import { assembleGraph } from '../../src/graph/assemble.js';
import { toJSON } from '../../src/export/json.js';
import { loadLexicon } from '../../src/lexicon/load.js';
import type { ArticleExtraction, RelationEvent } from '../../src/types.js';
import { HAS_FAKES, fakesSample, listing, outputs, syntheticJSONL, tempDir, write } from './helpers.js';

async function both(inputs: string[], options: Parameters<typeof buildToFiles>[3] = {}) {
  const memDir = tempDir();
  const mem = await buildFromFiles(inputs, options);
  await writeBuild(mem, memDir, 'g');
  const streamDir = tempDir();
  const streamed = await buildToFiles(inputs, streamDir, 'g', options);
  return { mem, memDir, streamed, streamDir };
}

describe('streaming build', () => {
  it('writes the same bytes as the in-memory build, with a rejected line and a repeated id', async () => {
    const dir = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 40);
    // A bad line (rejected, listed last in articles.jsonl) and a repeated id (renamed).
    const b = write(
      dir,
      'b.jsonl',
      `{"id":"a3","text":"Iran met Russia in Tehran."}\nnot json\n{"id":"b1","text":"Turkey supports the Free Syrian Army."}\n`,
    );
    const { mem, memDir, streamed, streamDir } = await both([a, b], { cache: false });
    expect(outputs(streamDir, 'g')).toEqual(outputs(memDir, 'g'));
    expect(streamed.summary).toEqual(mem.summary);
    expect(streamed.summary.rejected).toBe(1);
    expect(streamed.summary.edges).toBeGreaterThan(3);
    expect(streamed.problems).toEqual(mem.problems);
    expect(streamed.notices).toEqual(mem.notices);
    // No spool left behind, no cache made.
    expect(listing(streamDir)).toEqual(['.actorgraph-outputs', 'g.articles.jsonl', 'g.events.jsonl', 'g.gexf', 'g.json']);
  });

  it('is identical at country level with uncertain events kept, with and without cache', async () => {
    const dir = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 30);
    for (const cache of [false, true]) {
      const { memDir, streamDir } = await both([a], { level: 'country', keepUncertain: true, evidencePerEdge: 2, cache });
      expect(outputs(streamDir, 'g')).toEqual(outputs(memDir, 'g'));
    }
  });

  it.skipIf(!HAS_FAKES)('is identical on 150 FA-KES articles (persons merged across articles)', async () => {
    const csv = fakesSample(tempDir(), 150);
    for (const level of ['actor', 'country'] as const) {
      const { mem, memDir, streamDir } = await both([csv], { level });
      expect(mem.summary.articles).toBe(150);
      expect(outputs(streamDir, 'g')).toEqual(outputs(memDir, 'g'));
    }
  });

  it('leaves the old output files in place when the build fails', async () => {
    const dir = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 5);
    const out = tempDir();
    await buildToFiles([a], out, 'g', { cache: false });
    const before = outputs(out, 'g');
    await expect(buildToFiles([a], out, 'g', { cache: false, aliases: path.join(dir, 'missing.json') })).rejects.toThrow(/missing\.json/);
    await expect(
      buildToFiles([a], out, 'g', {
        cache: false,
        onArticle: (n) => {
          if (n === 3) throw new Error('stop here');
        },
      }),
    ).rejects.toThrow('stop here');
    expect(outputs(out, 'g')).toEqual(before);
    expect(listing(out)).toEqual(['.actorgraph-outputs', 'g.articles.jsonl', 'g.events.jsonl', 'g.gexf', 'g.json']);
  });

  it('rejects a bad name and bad jobs', async () => {
    const out = tempDir();
    await expect(buildToFiles([], out, '../x')).rejects.toThrow(/--name/);
    await expect(buildToFiles([], out, 'g', { jobs: 0 })).rejects.toThrow(/jobs/);
  });

  it('refuses to write outputs when no article was read (issue 17)', async () => {
    const out = tempDir();
    const dir = tempDir();
    const empty = write(dir, 'e.jsonl', '');
    await expect(buildToFiles([empty], out, 'g', { cache: false })).rejects.toThrow(/no article read/);
    expect(fs.existsSync(path.join(out, 'g.events.jsonl'))).toBe(false);
  });
});

describe('GraphAccumulator', () => {
  const lex = loadLexicon();

  function event(
    article: string,
    sentence: number,
    source: string,
    target: string,
    relation: RelationEvent['relation'],
    extra: Partial<RelationEvent> = {},
  ): RelationEvent {
    return {
      article,
      source,
      target,
      relation,
      category: extra.category ?? 'CONSULT',
      quad: null,
      sentence,
      text: `${article} sentence ${sentence}`,
      start: 0,
      end: 1,
      trigger: 'met',
      ...extra,
    };
  }

  it('gives the graph assembleGraph gives, evidence, weights, dates and categories included', () => {
    const actor = (key: string, type: 'country' | 'person', extra = {}) => ({
      key,
      name: key.toUpperCase(),
      type,
      aliases: [`${key}-alias`],
      mentions: 2,
      known: false,
      ...extra,
    });
    const xs: ArticleExtraction[] = [];
    for (let i = 0; i < 60; i++) {
      const id = `art${(i * 37) % 60}`;
      const date = i % 7 === 3 ? undefined : `2018-0${(i % 9) + 1}-1${i % 10}`;
      const events = [
        event(id, 0, 'iran', 'russia', 'met', { date }),
        event(id, 0, 'russia', 'iran', 'met', { date, text: 'repeated in the same sentence' }),
        event(id, 1 + (i % 3), 'iran', 'syria', 'supports', { date, category: i % 2 ? 'SUPPORT' : 'AID' }),
        event(id, 2, 'syria', 'turkey', 'attacks', { date, negated: i % 4 === 0 }),
        event(id, 3, 'p-one', 'iran', 'member_of', { date, hypothetical: i % 5 === 0 }),
        event(id, 4, 'iran', 'nowhere', 'opposes', { date }),
      ];
      xs.push({
        meta: date ? { id, date } : { id },
        actors: [
          actor('iran', 'country', { iso3: 'IRN' }),
          actor('russia', 'country'),
          actor('syria', 'country', { mentions: i }),
          actor('turkey', 'country'),
          actor('p-one', 'person', {
            affiliation: i % 3 ? 'iran' : 'syria',
            role: i % 2 ? 'minister' : 'envoy',
            name: i % 2 ? 'P One' : 'Pee One',
          }),
        ],
        events,
      });
    }
    for (const evidencePerEdge of [0, 1, 3, 5, 100]) {
      const acc = new GraphAccumulator(lex, { evidencePerEdge });
      for (const x of xs) acc.add(x);
      expect(toJSON(acc.graph())).toBe(toJSON(assembleGraph(xs, lex, { evidencePerEdge })));
    }
  });
});
