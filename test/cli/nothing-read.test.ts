// Issue 17, "a mistyped or empty input replaces a good graph": a build that read no article exits 1,
// says what was given and what was found, and leaves the outputs of the last build byte for byte;
// files of other kinds inside an input folder are named in the summary.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildToFiles, NothingReadError } from '../../src/index.js';
import { buildFiles, cli, goodArticlesDir, tempDir } from '../fixtures/helpers.js';

describe('build: an input with no article never replaces a good graph', () => {
  let out: string;
  let before: Record<string, string>;
  const snapshot = () => Object.fromEntries(Object.values(buildFiles(out, 'g')).map((f) => [f, readFileSync(f, 'utf8')]));
  beforeAll(async () => {
    out = tempDir();
    const r = await cli('build', goodArticlesDir, '--out', out, '--name', 'g', '-q');
    expect(r.code).toBe(0);
    before = snapshot();
  });

  it('a mistyped folder: exit 1, "it does not exist", old files unchanged', async () => {
    const missing = path.join(tempDir(), 'mycorpsu');
    const r = await cli('build', missing, '--out', out, '--name', 'g');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`no .txt, .jsonl or .csv file under ${missing}: it does not exist`);
    expect(r.err).toMatch(/left as they were/);
    expect(snapshot()).toEqual(before);
  });

  it('an empty folder: exit 1, "it is empty", old files unchanged', async () => {
    const empty = tempDir();
    const r = await cli('build', empty, '--out', out, '--name', 'g');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`under ${empty}: it is empty`);
    expect(snapshot()).toEqual(before);
  });

  it('a folder of only .md and .png files: exit 1, their kinds named, old files unchanged', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'notes.md'), '# notes\n');
    mkdirSync(path.join(dir, 'img'));
    writeFileSync(path.join(dir, 'img', 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(path.join(dir, 'img', 'b.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const r = await cli('build', dir, '--out', out, '--name', 'g');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`no .txt, .jsonl or .csv file under ${dir}: it holds only 3 files: .md, .png`);
    expect(snapshot()).toEqual(before);
  });

  it('only rejected files: the problems shown, then the error; old files unchanged', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const r = await cli('build', dir, '--out', out, '--name', 'g');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt: .*empty/);
    expect(r.err).toMatch(/no article read under .*1 input\(s\) rejected/);
    expect(snapshot()).toEqual(before);
  });

  it('the library throws a NothingReadError and writes nothing', async () => {
    const fresh = tempDir();
    await expect(buildToFiles([path.join(fresh, 'nope')], fresh, 'g', { cache: false })).rejects.toBeInstanceOf(NothingReadError);
    expect(readdirSync(fresh)).toEqual([]);
  });
});

describe('build: files of other kinds inside an input folder are named in the summary', () => {
  it('"skipped 3 files: .md, .png"', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.jsonl'), JSON.stringify({ id: 'a', text: 'Iran met Russia in Tehran.' }) + '\n');
    writeFileSync(path.join(dir, 'README.md'), 'x');
    writeFileSync(path.join(dir, 'map.png'), 'x');
    writeFileSync(path.join(dir, 'photo.PNG'), 'x');
    const r = await cli('build', dir, '--out', tempDir(), '--jobs', '1');
    expect(r.code).toBe(0);
    expect(r.err).toContain('skipped 3 files: .md, .png');
  });
});
