// The progress bar: drawn only on a terminal and never with --quiet; rate and ETA; the cheap count of
// articles that gives the ETA its total.
import { describe, expect, it } from 'vitest';
import { progressBar, progressLine } from '../../src/pipeline/progress.js';
import { countArticles } from '../../src/pipeline/count.js';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { run } from '../../src/cli/run.js';
import { syntheticJSONL, tempDir, write } from './helpers.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { write: (s: string) => void written.push(s), isTTY, columns: 120 } };
}

describe('progress bar', () => {
  it('is nothing when the stream is not a terminal, or when quiet', () => {
    expect(progressBar(fakeStream(false).stream)).toBeUndefined();
    expect(progressBar({ write: () => true })).toBeUndefined();
    expect(progressBar(fakeStream(true).stream, true)).toBeUndefined();
  });

  it('draws rate and ETA on a terminal', () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar(stream)!;
    bar.update({ phase: 'extract', done: 0 });
    bar.update({ phase: 'extract', done: 10, total: 100 });
    bar.update({ phase: 'write', done: 5, total: 10 });
    bar.stop();
    expect(written.join('')).toMatch(/building/);
    expect(written.join('')).toMatch(/articles\/s/);
  });

  it('formats the line with and without a total', () => {
    expect(progressLine({ phase: 'extract', done: 50 }, 10_000, '')).toBe('building 50 articles | 5.0 articles/s');
    expect(progressLine({ phase: 'extract', done: 500, total: 1500, cached: 20 }, 1000, '##--')).toBe(
      'building |##--| 500/1500 articles (20 cached) | 500 articles/s | ETA 2s',
    );
    expect(progressLine({ phase: 'write', done: 10, total: 100_010 }, 1000, '')).toMatch(/ETA 2h46m$/);
    // An estimate below what was done is raised to it.
    expect(progressLine({ phase: 'extract', done: 12, total: 10 }, 1000, '')).toMatch(/12\/12 articles/);
  });

  it('reports progress from a build, with the estimated total', async () => {
    const dir = tempDir();
    const input = syntheticJSONL(dir, 'a.jsonl', 30);
    const seen: Array<{ phase: string; done: number; total?: number }> = [];
    await buildToFiles([input], tempDir(), 'g', { cache: false, onProgress: (p) => seen.push({ ...p }), estimateTotal: true });
    expect(seen.filter((p) => p.phase === 'extract').at(-1)).toMatchObject({ done: 30, total: 30 });
    expect(seen.filter((p) => p.phase === 'write').at(-1)).toMatchObject({ done: 30, total: 30 });
  });

  it('the CLI draws no bar when stderr is not a terminal, nor with --quiet', async () => {
    const dir = tempDir();
    const input = syntheticJSONL(dir, 'a.jsonl', 8);
    const capture = (isTTY: boolean) => {
      const err: string[] = [];
      return { err, io: { out: () => undefined, err: (s: string) => void err.push(s), isTTY } };
    };
    const plain = capture(false);
    expect(await run(['build', input, '--out', tempDir(), '--jobs', '1'], plain.io)).toBe(0);
    expect(plain.err.join('')).not.toMatch(/articles\/s|\x1b|\r/);
    expect(plain.err.join('')).toMatch(/^actorgraph: 8 articles/);

    const quiet = capture(true);
    expect(await run(['build', input, '--out', tempDir(), '--jobs', '1', '--quiet'], quiet.io)).toBe(0);
    expect(quiet.err.join('')).toBe('');

    const tty = capture(true);
    expect(await run(['build', input, '--out', tempDir(), '--jobs', '1'], tty.io)).toBe(0);
    expect(tty.err.join('')).toMatch(/articles\/s/);
    expect(tty.err.join('')).toMatch(/actorgraph: 8 articles/);
  });
});

describe('countArticles', () => {
  it('counts CSV records (quoted newlines inside), JSONL lines (blank ones not) and text files', async () => {
    const dir = tempDir();
    write(dir, 'in/a.csv', 'id,text\n1,"one\nline two, ""quoted""\n"\n2,two\n\n3,"three"');
    write(dir, 'in/b.jsonl', '{"text":"a"}\n\n  \n{"text":"b"}\n{"text":"c"}');
    write(dir, 'in/sub/c.txt', 'Iran met Russia.');
    write(dir, 'in/sub/d.txt', 'Iran met Turkey.');
    write(dir, 'in/.hidden/e.txt', 'skipped');
    write(dir, 'in/notes.md', 'skipped');
    expect(await countArticles([`${dir}/in`])).toBe(3 + 3 + 2);
    // A file named twice counts once; a missing path counts nothing.
    expect(await countArticles([`${dir}/in/b.jsonl`, `${dir}/in/b.jsonl`, `${dir}/missing`])).toBe(3);
  });
});
