// watchInputs: a rebuild after changes (several close together make one), one more for changes made
// during a rebuild, hidden and ignored files left out, and the end on abort.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchInputs } from '../../src/pipeline/watch.js';
import { tempDir, write } from './helpers.js';

const until = async (ok: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('watchInputs', () => {
  it('rebuilds after changes, one rebuild for changes close together, one more for changes during a rebuild', async () => {
    const dir = tempDir();
    write(dir, 'in/a.txt', 'First.');
    const aliases = write(dir, 'aliases.json', '{}');
    const calls: string[][] = [];
    let release: (() => void) | undefined;
    const controller = new AbortController();
    let ready = false;
    const watching = watchInputs(
      [path.join(dir, 'in'), aliases],
      async (changed) => {
        calls.push(changed.map((p) => path.relative(dir, p)));
        if (calls.length === 2) await new Promise<void>((r) => (release = r));
      },
      {
        signal: controller.signal,
        debounceMs: 400,
        settleMs: 30,
        ignore: (p) => p.startsWith(path.join(dir, 'in', 'out')),
        onReady: () => (ready = true),
      },
    );
    await until(() => ready);
    write(dir, 'in/b.txt', 'Second.');
    write(dir, 'in/sub/c.jsonl', '{"text": "Third."}\n');
    await until(() => calls.length === 1);
    expect(calls[0]).toEqual(['in/b.txt', 'in/sub', 'in/sub/c.jsonl']);
    // The aliases file (watched by name); then, during that rebuild, more changes.
    fs.writeFileSync(aliases, '{"aliases": {}}');
    await until(() => calls.length === 2 && release !== undefined);
    expect(calls[1]).toEqual(['aliases.json']);
    fs.appendFileSync(path.join(dir, 'in/a.txt'), ' More.');
    // Hidden and ignored files do not count.
    write(dir, 'in/.a.txt.swp', 'x');
    write(dir, 'in/out/g.json', '{}');
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.length).toBe(2);
    release!();
    await until(() => calls.length === 3);
    expect(calls[2]).toEqual(['in/a.txt']);
    controller.abort();
    await watching;
    write(dir, 'in/d.txt', 'After.');
    await new Promise((r) => setTimeout(r, 300));
    expect(calls.length).toBe(3);
  });

  it('returns at once when already aborted, and reports a rebuild that throws without stopping', async () => {
    const dir = tempDir();
    write(dir, 'a.txt', 'x');
    await watchInputs([dir], async () => undefined, { signal: AbortSignal.abort() });
    const errors: string[] = [];
    const controller = new AbortController();
    let ready = false;
    let calls = 0;
    const watching = watchInputs(
      [dir],
      async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
      { signal: controller.signal, debounceMs: 30, settleMs: 20, onReady: () => (ready = true), onError: (e) => errors.push(e.message) },
    );
    await until(() => ready);
    write(dir, 'b.txt', 'y');
    await until(() => errors.length === 1);
    write(dir, 'c.txt', 'z');
    await until(() => errors.length === 2);
    expect(errors).toEqual(['boom 1', 'boom 2']);
    controller.abort();
    await watching;
  });
});

describe('watching paths, not inodes (issue 20)', () => {
  it('a watched folder and the aliases file deleted and made again are watched again', async () => {
    const dir = tempDir();
    write(dir, 'in/a.txt', 'First.');
    const aliases = write(dir, 'aliases.json', '{}');
    const calls: string[][] = [];
    const controller = new AbortController();
    let ready = false;
    const watching = watchInputs(
      [path.join(dir, 'in'), aliases],
      async (changed) => void calls.push(changed.map((p) => path.relative(dir, p))),
      {
        signal: controller.signal,
        debounceMs: 100,
        settleMs: 30,
        pollMs: 50,
        onReady: () => (ready = true),
      },
    );
    await until(() => ready);
    fs.rmSync(path.join(dir, 'in'), { recursive: true });
    await until(() => calls.length >= 1);
    const settled = calls.length;
    write(dir, 'in/b.txt', 'Back.');
    await until(() => calls.length > settled && calls.flat().includes('in'));
    // The new folder is watched: a file added to it is a change.
    await new Promise((r) => setTimeout(r, 300));
    const before = calls.length;
    write(dir, 'in/c.txt', 'Third.');
    await until(() => calls.length > before && calls.at(-1)!.includes('in/c.txt'));
    // The aliases file, removed and written again, then changed in place.
    fs.rmSync(aliases);
    await new Promise((r) => setTimeout(r, 300));
    fs.writeFileSync(aliases, '{"aliases": {}}');
    await until(() => calls.some((c) => c.includes('aliases.json')) && calls.length > before + 1);
    await new Promise((r) => setTimeout(r, 300));
    const n = calls.length;
    fs.writeFileSync(aliases, '{"aliases": {"X": "Iran"}}');
    await until(() => calls.length > n && calls.at(-1)!.includes('aliases.json'));
    controller.abort();
    await watching;
  }, 30_000);

  it('a build that reads no article never writes over a graph with actors', async () => {
    const { buildToFiles } = await import('../../src/pipeline/stream.js');
    const dir = tempDir();
    const out = tempDir();
    write(dir, 'in/a.txt', 'Russia supports the Syrian government.');
    await buildToFiles([path.join(dir, 'in')], out, 'g');
    const before = fs.readFileSync(path.join(out, 'g.json'));
    fs.rmSync(path.join(dir, 'in'), { recursive: true });
    await expect(buildToFiles([path.join(dir, 'in')], out, 'g')).rejects.toThrow(
      /no article read, so nothing was written and the outputs in .* are left as they were/,
    );
    expect(fs.readFileSync(path.join(out, 'g.json'))).toEqual(before);
  });
});
