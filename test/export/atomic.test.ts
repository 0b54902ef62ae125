import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { AtomicWriteError, openAtomic, tempPathFor, writeFileAtomic } from '../../src/export/atomic.js';

const work = mkdtempSync(join(tmpdir(), 'actorgraph-atomic-'));
afterAll(() => {
  try {
    chmodSync(join(work, 'ro'), 0o755);
  } catch {
    // not created
  }
  rmSync(work, { recursive: true, force: true });
});
const isRoot = process.getuid?.() === 0;

function folder(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('writeFileAtomic', () => {
  test('writes strings and bytes, replaces the old file, leaves no temp file', async () => {
    const dir = folder('plain');
    const file = join(dir, 'out.txt');
    await writeFileAtomic(file, 'first ünïcode\n');
    expect(readFileSync(file, 'utf8')).toBe('first ünïcode\n');
    await writeFileAtomic(file, Buffer.from('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(dir)).toEqual(['out.txt']);
  });

  test('streams an (async) iterable', async () => {
    const dir = folder('iter');
    const file = join(dir, 'lines.jsonl');
    await writeFileAtomic(
      file,
      (function* () {
        for (let i = 0; i < 1000; i++) yield `${'x'.repeat(100)}${i}\n`;
      })(),
    );
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(1001);
    await writeFileAtomic(
      file,
      (async function* () {
        yield 'a';
        yield new Uint8Array([98]);
      })(),
    );
    expect(readFileSync(file, 'utf8')).toBe('ab');
    expect(readdirSync(dir)).toEqual(['lines.jsonl']);
  });

  test('keeps the old file and removes the temp file when the data throws mid-stream', async () => {
    const dir = folder('throws');
    const file = join(dir, 'graph.gexf');
    writeFileSync(file, 'old content');
    async function* failing() {
      yield 'new ';
      yield 'partial ';
      throw new Error('generator broke');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('generator broke');
    expect(readFileSync(file, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['graph.gexf']);
  });

  test.skipIf(isRoot)('keeps the old file in a read-only folder, with a message saying what to do', async () => {
    const dir = folder('ro');
    const file = join(dir, 'graph.json');
    writeFileSync(file, 'old');
    chmodSync(dir, 0o555);
    try {
      const error = await writeFileAtomic(file, 'new').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AtomicWriteError);
      expect((error as Error).message).toContain(file);
      expect((error as Error).message).toMatch(/not writable|read-only/);
      expect(readFileSync(file, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['graph.json']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  test('names the path and the fix when the folder does not exist', async () => {
    const file = join(work, 'missing', 'out.json');
    const error = await writeFileAtomic(file, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtomicWriteError);
    expect((error as AtomicWriteError).code).toBe('ENOENT');
    expect((error as Error).message).toMatch(/^actorgraph\/export: cannot write .*missing\/out\.json: the folder .* does not exist/);
  });

  test('keeps the mode of the file it replaces', async () => {
    const dir = folder('mode');
    const file = join(dir, 'out.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeFileAtomic(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});

describe('openAtomic', () => {
  test('commit renames into place; nothing is visible before', async () => {
    const dir = folder('stream');
    const file = join(dir, 'events.jsonl');
    writeFileSync(file, 'old');
    const out = await openAtomic(file);
    out.write('line 1\n');
    out.write('line 2\n');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(
      [expect.stringMatching(/^\.actorgraph-tmp\.events\.jsonl\.\d+\.[0-9a-f]{12}\.tmp$/), 'events.jsonl'].sort(),
    );
    await out.commit();
    expect(readFileSync(file, 'utf8')).toBe('line 1\nline 2\n');
    expect(readdirSync(dir)).toEqual(['events.jsonl']);
    await expect(out.commit()).rejects.toThrow(/already committed/);
  });

  test('abort keeps the old file and removes the temp file', async () => {
    const dir = folder('abort');
    const file = join(dir, 'articles.jsonl');
    writeFileSync(file, 'old');
    const out = await openAtomic(file);
    out.write('half a li');
    await out.abort();
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['articles.jsonl']);
  });

  test('temp names are hidden, in the same folder, and unique', () => {
    const a = tempPathFor('/x/y/graph.gexf');
    expect(a).toMatch(new RegExp(`^/x/y/\\.actorgraph-tmp\\.graph\\.gexf\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`));
    expect(tempPathFor('/x/y/graph.gexf')).not.toBe(a);
  });
});
