// Issue 16: an article repeated word for word (white space aside) counts once in edge weights and
// every time in the edges' `articles` and `sources` counts (GDELT's NumArticles / NumSources).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromFiles, buildGraph, writeBuild } from '../../src/pipeline/build.js';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { EVENT_TABLE_COLUMNS, writeEventsTableFromFiles } from '../../src/export/events-table.js';
import { scopeGraph } from '../../src/query/scope.js';
import type { RelationEvent } from '../../src/types.js';
import { compileDist, outputs, tempDir, write } from './helpers.js';
import { textFingerprint } from '../../src/pipeline/extract.js';

beforeAll(() => compileDist());

const TEXT = 'Russian warplanes struck rebel positions in Idlib. Turkey condemned Russia.';

describe('repeated articles', () => {
  it('fingerprints fold white space only', () => {
    expect(textFingerprint(TEXT)).toBe(textFingerprint(`  ${TEXT.replace(/ /g, '\n  ')}\n`));
    expect(textFingerprint(TEXT)).not.toBe(textFingerprint(TEXT.replace('Turkey', 'Iran')));
  });
  it('count once in weights, every time in articles and sources', () => {
    const { graph } = buildGraph([
      { id: 'a', text: TEXT, source: 'reuters' },
      { id: 'a', text: TEXT.replace(/ /g, '  '), source: 'reuters' },
      { id: 'c', text: TEXT, source: 'sana' },
    ]);
    const e = graph.getEdgeAttributes('opposes:turkey:russia');
    expect(e.weight).toBe(1);
    expect(e.articles).toBe(3);
    expect(e.sources).toBe(2);
    expect(graph.getNodeAttribute('turkey', 'mentions')).toBe(1);
  });
  it('a near-duplicate is another article', () => {
    const { graph } = buildGraph([
      { id: 'a', text: TEXT, source: 'reuters' },
      { id: 'b', text: `${TEXT} Ankara said more.`, source: 'reuters' },
    ]);
    const e = graph.getEdgeAttributes('opposes:turkey:russia');
    expect(e.weight).toBe(2);
    expect(e.articles).toBe(2);
    expect(e.sources).toBe(1);
  });
});

// The events table: a repeated text's events are written once, at its first article, with how many
// articles carry it and from how many sources; every build path writes the same bytes.
describe('repeated articles in the events table', () => {
  const OTHER = 'Iran and Russia are the main allies of the Syrian government.';
  const corpus = (dir: string) => [
    write(
      dir,
      'a.jsonl',
      `${JSON.stringify({ id: 'a', text: TEXT, source: 'reuters', date: '2016-10-11' })}\n${JSON.stringify({ id: 'b', text: OTHER, source: 'reuters' })}\n`,
    ),
    // The same text from another outlet, white space aside, in a file of its own (added later below).
    write(dir, 'c.jsonl', `${JSON.stringify({ id: 'c', text: TEXT.replace(/ /g, '\n '), source: 'sana', date: '2016-10-12' })}\n`),
  ];
  const lines = (file: string) =>
    fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes the events of a repeated text once, with articles and sources last, in JSONL and CSV', async () => {
    const inputs = corpus(tempDir());
    const out = tempDir();
    const r = await buildToFiles(inputs, out, 'g', { jobs: 1, cache: false });
    const events = lines(r.files.events);
    const ofA = events.filter((e) => e.article === 'a');
    expect(ofA.length).toBeGreaterThan(0);
    for (const e of ofA) {
      expect(e).toMatchObject({ articles: 2, sources: 2 });
      expect(Object.keys(e).slice(-2)).toEqual(['articles', 'sources']);
    }
    // The copy writes no event; a text read once has no counts (1 article, 1 source).
    expect(events.filter((e) => e.article === 'c')).toEqual([]);
    const ofB = events.filter((e) => e.article === 'b');
    expect(ofB.length).toBeGreaterThan(0);
    for (const e of ofB) expect(e).not.toHaveProperty('articles');
    expect(r.summary.events).toBe(events.length);
    // The graph agrees: one event, two articles, two sources.
    expect(r.graph.getEdgeAttributes('opposes:turkey:russia')).toMatchObject({ weight: 1, articles: 2, sources: 2 });
    // A query's scope counts the copies from the events' counts.
    const scoped = scopeGraph(r.graph, { relation: 'opposes' }, events as unknown as RelationEvent[]);
    expect(scoped.getEdgeAttributes('opposes:turkey:russia')).toMatchObject({ weight: 1, articles: 2 });

    const csvPath = path.join(out, 'g.events.csv');
    await writeEventsTableFromFiles(r.files.events, r.files.articles, csvPath, { graph: r.graph });
    const [header, ...rows] = fs.readFileSync(csvPath, 'utf8').trim().split('\n');
    expect(header.split(',').slice(-2)).toEqual(['articles', 'sources']);
    expect(rows.length).toBe(events.length);
    for (const row of rows) {
      const cells = row.split(',');
      const article = cells[EVENT_TABLE_COLUMNS.indexOf('article_id')];
      expect(article).not.toBe('c');
      expect(cells.slice(-2)).toEqual(article === 'a' ? ['2', '2'] : ['1', '1']);
    }

    // In memory, with workers, with the cache, and resumed from a build without the copy: the same bytes.
    const memory = tempDir();
    await writeBuild(await buildFromFiles(inputs), memory, 'g');
    expect(outputs(memory, 'g')).toEqual(outputs(out, 'g'));
    const two = tempDir();
    await buildToFiles(inputs, two, 'g', { jobs: 2, cache: false });
    expect(outputs(two, 'g')).toEqual(outputs(out, 'g'));
    const cached = tempDir();
    await buildToFiles([inputs[0]], cached, 'g', { jobs: 1 });
    expect(lines(path.join(cached, 'g.events.jsonl')).filter((e) => 'articles' in e)).toEqual([]);
    const resumed = await buildToFiles(inputs, cached, 'g', { jobs: 1 });
    // The first build's lines of article a lack the counts: they are written again, not kept.
    expect(resumed.resumed).toBe(0);
    expect(outputs(cached, 'g')).toEqual(outputs(out, 'g'));
    await buildToFiles(inputs, cached, 'g', { jobs: 1 });
    expect(outputs(cached, 'g')).toEqual(outputs(out, 'g'));
  });
});
