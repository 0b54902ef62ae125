// Worker threads: the output of `jobs: N` is byte-identical to `jobs: 1`, the aliases file reaches the
// workers, and the CLI's --jobs is checked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildToFiles, STREAM_DEFAULTS } from '../../src/pipeline/stream.js';
import { run } from '../../src/cli/run.js';
import { HAS_FAKES, cleanOutputs, compileDist, fakesSample, outputs, syntheticJSONL, tempDir, write } from './helpers.js';

beforeAll(() => compileDist());

describe('parallel build', () => {
  it('writes the same bytes with 1, 2 and 3 jobs', async () => {
    const dir = tempDir();
    const inputs = [syntheticJSONL(dir, 'a.jsonl', 90)];
    if (HAS_FAKES) inputs.push(fakesSample(dir, 120));
    const results = [];
    for (const jobs of [1, 2, 3]) {
      const out = tempDir();
      const r = await buildToFiles(inputs, out, 'g', { jobs, cache: false });
      expect(r.jobs).toBe(jobs);
      results.push(outputs(out, 'g'));
    }
    expect(results[0]['.events.jsonl'].length).toBeGreaterThan(1000);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });

  it('extracts a new file ahead while the unchanged ones are replayed, with the output of a clean build', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 60);
    await buildToFiles([a], out, 'g', { jobs: 2 });
    // The new file repeats an id of the first one (renamed in its turn: extracted again under its
    // final id) and one of its own articles.
    const fresh = syntheticJSONL(dir, 'b.tmp', 12, 60);
    const lines = fs.readFileSync(fresh, 'utf8').trim().split('\n');
    const clash = { ...JSON.parse(lines[3]), id: JSON.parse(fs.readFileSync(a, 'utf8').split('\n')[0]).id };
    const b = write(dir, 'b.jsonl', `${[...lines, JSON.stringify(clash), lines[5]].join('\n')}\n`);
    const r = await buildToFiles([a, b], out, 'g', { jobs: 2 });
    expect(r.inputs).toEqual({ replayed: 1, read: 1, grown: 0 });
    // All but the renamed article were extracted ahead.
    expect(r.cache).toMatchObject({ hits: 60, misses: 14, ahead: 13 });
    expect(r.resumed).toBe(60);
    expect(outputs(out, 'g')).toEqual(await cleanOutputs([a, b], 'g'));
  });

  it('starts every thread when all is to be extracted, one for a few new articles, more as work piles up', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 40);
    expect((await buildToFiles([a], tempDir(), 'g', { jobs: 2, cache: false })).workers).toBe(2);
    // An empty cache: every thread.
    expect((await buildToFiles([a], out, 'g', { jobs: 2 })).workers).toBe(2);
    // All in the cache: the one thread started ahead is closed unused.
    const same = await buildToFiles([a], out, 'g', { jobs: 2 });
    expect(same.cache).toMatchObject({ hits: 40, misses: 0 });
    expect(same.workers).toBe(1);
    const b = syntheticJSONL(dir, 'b.jsonl', 10, 40);
    const few = await buildToFiles([a, b], out, 'g', { jobs: 2 });
    expect(few.cache).toMatchObject({ misses: 10, ahead: 10 });
    expect(few.workers).toBe(1);
    const saved = STREAM_DEFAULTS.growArticles;
    STREAM_DEFAULTS.growArticles = 8;
    try {
      // A new file, then articles added to the end of a file already read (not replayable).
      const c = syntheticJSONL(dir, 'c.jsonl', 30, 50);
      const many = await buildToFiles([a, b, c], out, 'g', { jobs: 3 });
      expect(many.workers).toBe(3);
      fs.appendFileSync(b, fs.readFileSync(syntheticJSONL(dir, 'd.tmp', 30, 80), 'utf8'));
      const appended = await buildToFiles([a, b, c], out, 'g', { jobs: 2 });
      expect(appended.cache).toMatchObject({ misses: 30 });
      expect(appended.workers).toBe(2);
    } finally {
      STREAM_DEFAULTS.growArticles = saved;
    }
    expect(outputs(out, 'g')).toEqual(await cleanOutputs([a, b, syntheticJSONL(dir, 'c.jsonl', 30, 50)], 'g'));
  });

  it('fails the build when a thread dies before it is ready, rather than leave an article out', async () => {
    // A thread that cannot even load (here: a heap too small for the lexicon and wink's model; in a
    // test run, dist/ half rewritten) has no article to blame. Blaming the first one sent to it left
    // that good article out of the output (and, with all threads failing so, every article).
    const dir = tempDir();
    const input = syntheticJSONL(dir, 'a.jsonl', 12);
    const build = buildToFiles([input], tempDir(), 'g', { jobs: 2, cache: false, articleBudget: { memoryMb: 16 } });
    await expect(build).rejects.toThrow(/a worker thread failed: .*memory/);
  });

  it('gives the workers the aliases file', async () => {
    const dir = tempDir();
    const input = write(
      dir,
      'z.jsonl',
      `${JSON.stringify({ id: 'z1', text: 'Zorgon Blax met Vladimir Putin in Moscow on Monday. Zorgon Blax supports Iran.' })}\n`,
    );
    const aliases = write(
      dir,
      'aliases.json',
      JSON.stringify({ actors: [{ name: 'Zorgon Blax', type: 'person', affiliation: 'IRN', role: 'envoy' }] }),
    );
    const plain = tempDir();
    await buildToFiles([input], plain, 'g', { jobs: 1, cache: false });
    const one = tempDir();
    const two = tempDir();
    await buildToFiles([input], one, 'g', { jobs: 1, cache: false, aliases });
    await buildToFiles([input], two, 'g', { jobs: 2, cache: false, aliases });
    expect(outputs(two, 'g')).toEqual(outputs(one, 'g'));
    expect(outputs(one, 'g')['.json']).toContain('zorgon-blax');
    expect(outputs(plain, 'g')['.json']).not.toEqual(outputs(one, 'g')['.json']);
  });

  it('falls back to one thread with a preloaded lexicon, and says so', async () => {
    const { loadLexicon } = await import('../../src/lexicon/load.js');
    const dir = tempDir();
    const input = syntheticJSONL(dir, 'a.jsonl', 3);
    const r = await buildToFiles([input], tempDir(), 'g', { jobs: 2, cache: false, lexicon: loadLexicon() });
    expect(r.jobs).toBe(1);
    expect(r.notices.join('\n')).toMatch(/one thread/);
  });

  it('the CLI takes --jobs and rejects a bad value with exit code 2', async () => {
    const dir = tempDir();
    const input = syntheticJSONL(dir, 'a.jsonl', 12);
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => void err.push(s), isTTY: false };
    const a = tempDir();
    const b = tempDir();
    expect(await run(['build', input, '--out', a, '--jobs', '1', '--no-cache'], io)).toBe(0);
    expect(await run(['build', input, '--out', b, '-j', '2', '--no-cache'], io)).toBe(0);
    expect(outputs(b, 'graph')).toEqual(outputs(a, 'graph'));
    for (const bad of ['0', 'two', '-1', '1.5', '100000']) {
      err.length = 0;
      expect(await run(['build', input, '--out', tempDir(), '--jobs', bad], io)).toBe(2);
      expect(err.join('')).toMatch(/--jobs must be a whole number/);
    }
    expect(fs.existsSync(path.join(a, '.actorgraph-cache'))).toBe(false);
  });
});
