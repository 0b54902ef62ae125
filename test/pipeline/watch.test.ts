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
