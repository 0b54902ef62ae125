// A Builder keeps its worker threads from one build to the next: the outputs are those of clean
// builds, a failed build leaves no threads behind, and a changed aliases file gets new threads.
import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Builder } from '../../src/pipeline/builder.js';
import { cleanOutputs, compileDist, outputs, syntheticJSONL, tempDir, write } from './helpers.js';

beforeAll(() => compileDist());

describe('Builder', () => {
  it('rebuilds with the same threads, with the output of clean builds', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 40);
    const b = syntheticJSONL(dir, 'b.jsonl', 12, 40);
    const builder = new Builder({ jobs: 2 });
    try {
      expect(builder.threads).toBe(0);
      const first = await builder.build([a], out, 'g');
      expect(first.cache).toMatchObject({ misses: 40 });
      expect(builder.threads).toBe(2);
      // Two calls at once run one after the other.
      const [second, third] = await Promise.all([builder.build([a, b], out, 'g'), builder.build([a, b], out, 'g')]);
      expect(second.cache).toMatchObject({ hits: 40, misses: 12 });
      expect(third.cache).toMatchObject({ hits: 52, misses: 0 });
      expect(builder.threads).toBe(2);
    } finally {
      await builder.close();
    }
    expect(builder.threads).toBe(0);
    await expect(builder.build([a], out, 'g')).rejects.toThrow(/after close/);
    expect(outputs(out, 'g')).toEqual(await cleanOutputs([a, b], 'g'));
  });

  it('drops its threads after a failed build and starts new ones for the next', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 20);
    const builder = new Builder({ jobs: 2 });
    try {
      await builder.build([a], out, 'g');
      expect(builder.threads).toBe(2);
      // Another build holds the output folder: refused before any thread is used; they stay.
      fs.writeFileSync(`${out}/.actorgraph.lock`, `${process.pid}\n`);
      await expect(builder.build([a], out, 'g')).rejects.toThrow(/another build is writing/);
      fs.rmSync(`${out}/.actorgraph.lock`);
      expect(builder.threads).toBe(2);
      // A failure while writing (a folder where the events table goes): the threads are dropped.
      fs.rmSync(`${out}/g.events.jsonl`);
      fs.mkdirSync(`${out}/g.events.jsonl`);
      await expect(builder.build([a, syntheticJSONL(dir, 'c.jsonl', 3, 40)], out, 'g')).rejects.toThrow();
      expect(builder.threads).toBe(0);
      fs.rmSync(`${out}/g.events.jsonl`, { recursive: true });
      const again = await builder.build([a, syntheticJSONL(dir, 'b.jsonl', 5, 20)], out, 'g');
      expect(again.cache).toMatchObject({ hits: 20, misses: 5 });
      expect(builder.threads).toBeGreaterThan(0);
    } finally {
      await builder.close();
    }
  });

  it('takes a changed aliases file: the next build uses it, in new threads', async () => {
    const dir = tempDir();
    const out = tempDir();
    const input = write(
      dir,
      'z.jsonl',
      `${JSON.stringify({ id: 'z1', text: 'Zorgon Blax met Vladimir Putin in Moscow on Monday. Zorgon Blax supports Iran.' })}\n`,
    );
    const aliases = write(dir, 'aliases.json', JSON.stringify({ actors: [] }));
    const builder = new Builder({ jobs: 2, aliases });
    try {
      await builder.build([input], out, 'g');
      expect(outputs(out, 'g')['.json']).not.toContain('zorgon-blax');
      write(dir, 'aliases.json', JSON.stringify({ actors: [{ name: 'Zorgon Blax', type: 'person', affiliation: 'IRN', role: 'envoy' }] }));
      const r = await builder.build([input], out, 'g');
      expect(r.cache.misses).toBe(1);
      expect(outputs(out, 'g')['.json']).toContain('zorgon-blax');
    } finally {
      await builder.close();
    }
  });
});
