// The extraction cache: hits and misses, what invalidates it (article content, lexicon version, a data
// file, an aliases file, options), --no-cache and --cache <dir>, and consistency after a killed build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { buildFromFiles, writeBuild } from '../../src/pipeline/build.js';
import { loadLexicon, DATA_DIR } from '../../src/lexicon/load.js';
import { articleKey, ExtractionCache } from '../../src/cache/index.js';
import { run } from '../../src/cli/run.js';
import { outputs, syntheticArticle, syntheticJSONL, tempDir, write } from './helpers.js';

const CACHE = '.actorgraph-cache';

function segments(cacheRoot: string): Array<{ version: string; file: string; size: number }> {
  const out = [];
  for (const version of fs.readdirSync(cacheRoot).filter((n) => /^[0-9a-f]{16}$/.test(n)))
    for (const file of fs
      .readdirSync(path.join(cacheRoot, version))
      .filter((n) => /^seg-.*\.(seg|open)$/.test(n))
      .sort())
      out.push({ version, file, size: fs.statSync(path.join(cacheRoot, version, file)).size });
  return out;
}

async function reference(inputs: string[], options: Parameters<typeof buildFromFiles>[1] = {}) {
  const dir = tempDir();
  await writeBuild(await buildFromFiles(inputs, options), dir, 'g');
  return outputs(dir, 'g');
}

describe('extraction cache', () => {
  it('extracts only new and changed articles on a rebuild, with identical output', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 50);
    const first = await buildToFiles([a], out, 'g');
    expect(first.cache).toMatchObject({ hits: 0, misses: 50 });
    expect(first.cache.dir).toBe(path.join(out, CACHE, path.basename(first.cache.dir!)));
    expect(fs.existsSync(path.join(out, CACHE, 'CACHEDIR.TAG'))).toBe(true);

    const again = await buildToFiles([a], out, 'g');
    expect(again.cache).toMatchObject({ hits: 50, misses: 0 });
    expect(outputs(out, 'g')).toEqual(await reference([a]));

    // Five new articles in a new file, and one article changed in place.
    const b = syntheticJSONL(dir, 'b.jsonl', 5, 50);
    const lines = fs.readFileSync(a, 'utf8').split('\n');
    const changed = JSON.parse(lines[7]);
    changed.text += ' Egypt supports Russia.';
    lines[7] = JSON.stringify(changed);
    fs.writeFileSync(a, lines.join('\n'));
    const third = await buildToFiles([a, b], out, 'g');
    expect(third.cache).toMatchObject({ hits: 49, misses: 6 });
    expect(outputs(out, 'g')).toEqual(await reference([a, b]));
    // A metadata change is a change too.
    changed.date = '2001-01-01';
    lines[7] = JSON.stringify(changed);
    fs.writeFileSync(a, lines.join('\n'));
    expect((await buildToFiles([a, b], out, 'g')).cache).toMatchObject({ hits: 54, misses: 1 });
  });

  it('keys on id, text and every metadata field', () => {
    const base = { id: 'x', text: 'Iran met Russia.', title: 't', url: 'u', date: '2017-01-01', source: 's' };
    const keys = new Set([
      articleKey(base),
      articleKey({ ...base, id: 'y' }),
      articleKey({ ...base, text: 'Iran met Russia!' }),
      articleKey({ ...base, title: undefined }),
      articleKey({ ...base, title: '' }),
      articleKey({ ...base, url: 'v' }),
      articleKey({ ...base, date: undefined }),
      articleKey({ ...base, source: 'S' }),
      // The same characters moved from one field to the next.
      articleKey({ ...base, title: 'tu', url: '' }),
    ]);
    expect(keys.size).toBe(9);
    expect(articleKey(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(articleKey({ ...base })).toBe(articleKey(base));
  });

  it('is invalidated by another lexicon version, a changed data file, an aliases file or options', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 12);
    expect((await buildToFiles([a], out, 'g')).cache.misses).toBe(12);
    expect((await buildToFiles([a], out, 'g')).cache.hits).toBe(12);

    // Another Lexicon.version (as any change to the data gives): a cold cache, the same output.
    const lex = loadLexicon();
    const other = await buildToFiles([a], out, 'g', { lexicon: { ...lex, version: `${lex.version.slice(0, 15)}x` } });
    expect(other.cache).toMatchObject({ hits: 0, misses: 12 });
    expect(other.cache.dir).not.toBe((await buildToFiles([a], out, 'g')).cache.dir);

    // A data file changed: its hash is in Lexicon.version.
    const data = tempDir();
    fs.cpSync(DATA_DIR, data, { recursive: true });
    const copy = await buildToFiles([a], out, 'g', { dataDir: data });
    expect(copy.cache.hits).toBe(12); // same data, same version
    // (Another folder: loadLexicon keeps what it loaded per folder for the life of the process.)
    const changed = tempDir();
    fs.cpSync(DATA_DIR, changed, { recursive: true });
    const titles = JSON.parse(fs.readFileSync(path.join(changed, 'titles.json'), 'utf8'));
    titles.roles.push('grand vizier of testing');
    fs.writeFileSync(path.join(changed, 'titles.json'), JSON.stringify(titles));
    expect((await buildToFiles([a], out, 'g', { dataDir: changed })).cache).toMatchObject({ hits: 0, misses: 12 });

    // An aliases file, and an option that changes extraction.
    const aliases = write(dir, 'aliases.json', JSON.stringify({ aliases: { Moskva: 'Russia' } }));
    expect((await buildToFiles([a], out, 'g', { aliases })).cache.misses).toBe(12);
    expect((await buildToFiles([a], out, 'g', { keepUncertain: true })).cache.misses).toBe(12);
    expect((await buildToFiles([a], out, 'g', { keepUncertain: true })).cache.hits).toBe(12);
    // Options that do not touch extraction keep it.
    expect((await buildToFiles([a], out, 'g', { keepUncertain: true, level: 'country', evidencePerEdge: 1 })).cache.hits).toBe(12);
    // Old versions are pruned: the current one and the previous one stay.
    expect(new Set(segments(path.join(out, CACHE)).map((s) => s.version)).size).toBe(2);
  });

  it('cache: false reads and writes no cache; a cache folder can be named', async () => {
    const dir = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 6);
    const out = tempDir();
    await buildToFiles([a], out, 'g');
    const none = await buildToFiles([a], out, 'g', { cache: false });
    expect(none.cache).toEqual({ dir: undefined, hits: 0, misses: 6, ahead: 0 });
    const elsewhere = path.join(tempDir(), 'my-cache');
    expect((await buildToFiles([a], tempDir(), 'g', { cache: elsewhere })).cache.misses).toBe(6);
    expect((await buildToFiles([a], tempDir(), 'g', { cache: elsewhere })).cache.hits).toBe(6);
  });

  it('the CLI: --no-cache and --cache <dir>', async () => {
    const dir = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 6);
    const err: string[] = [];
    const io = { out: () => undefined, err: (s: string) => void err.push(s), isTTY: false };
    const out = tempDir();
    expect(await run(['build', a, '--out', out, '--jobs', '1', '--no-cache'], io)).toBe(0);
    expect(fs.existsSync(path.join(out, CACHE))).toBe(false);
    expect(await run(['build', a, '--out', out, '--jobs', '1'], io)).toBe(0);
    expect(fs.existsSync(path.join(out, CACHE))).toBe(true);
    err.length = 0;
    expect(await run(['build', a, '--out', out, '--jobs', '1'], io)).toBe(0);
    expect(err.join('')).toContain('0 article(s) extracted, 6 from the cache');
    const named = path.join(tempDir(), 'c');
    expect(await run(['build', a, '--out', tempDir(), '--jobs', '1', '--cache', named], io)).toBe(0);
    expect(fs.readdirSync(named)).toContain('CACHEDIR.TAG');
  });

  it('stays consistent when a build is killed mid-write: whole entries are used, a torn one is dropped', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 10);
    const first = await buildToFiles([a], out, 'g');
    const versionDir = first.cache.dir!;
    const [seg] = fs.readdirSync(versionDir).filter((n) => /^seg-.*\.(seg|open)$/.test(n));
    const lines = fs.readFileSync(path.join(versionDir, seg), 'utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(10);
    // Replace the sealed segment by the `.open` one a killed process (a pid that does not exist)
    // would leave: six whole lines, then half of the seventh.
    fs.rmSync(path.join(versionDir, seg));
    const dead = path.join(versionDir, 'seg-zzzz-999999999-0badf00d.open');
    fs.writeFileSync(dead, `${lines.slice(0, 6).join('\n')}\n${lines[6].slice(0, 100)}`);
    const again = await buildToFiles([a], out, 'g');
    expect(again.cache).toMatchObject({ hits: 6, misses: 4 });
    expect(again.notices.join('\n')).toMatch(/recovered .* interrupted build/);
    expect(outputs(out, 'g')).toEqual(await reference([a]));
    // Recovered: truncated to its whole lines and sealed.
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.readFileSync(dead.replace(/\.open$/, '.seg'), 'utf8')).toBe(`${lines.slice(0, 6).join('\n')}\n`);
    expect((await buildToFiles([a], out, 'g')).cache).toMatchObject({ hits: 10, misses: 0 });
  });

  it('ignores garbage: a line changed on disk is skipped (its checksum), the others read', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 4);
    const first = await buildToFiles([a], out, 'g');
    const versionDir = first.cache.dir!;
    const [seg] = fs.readdirSync(versionDir).filter((n) => /^seg-.*\.(seg|open)$/.test(n));
    const lines = fs.readFileSync(path.join(versionDir, seg), 'utf8').split('\n').filter(Boolean);
    fs.rmSync(path.join(versionDir, seg));
    const broken = lines[1].replace(/"events":\[/, '"events":[{{{');
    fs.writeFileSync(path.join(versionDir, 'seg-zzzz-999999998-0badf00d.open'), `${lines[0]}\n${broken}\n${lines[2]}\n`);
    const again = await buildToFiles([a], out, 'g');
    expect(again.cache).toMatchObject({ hits: 2, misses: 2 });
    expect(outputs(out, 'g')).toEqual(await reference([a]));
  });

  it('keeps what was extracted when a build fails', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 8);
    await expect(
      buildToFiles([a], out, 'g', {
        onArticle: (n) => {
          if (n === 5) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    const r = await buildToFiles([a], out, 'g');
    expect(r.cache.hits).toBeGreaterThanOrEqual(4);
    expect(r.cache.hits + r.cache.misses).toBe(8);
  });

  it('compacts a cache made of many segments into one', async () => {
    const dir = tempDir();
    const out = tempDir();
    const files: string[] = [];
    // One segment per build; the ninth build finds more than DEFAULTS.maxSegments (8) and merges them.
    for (let i = 0; i < 9; i++) {
      files.push(syntheticJSONL(dir, `p${i}.jsonl`, 2, i * 2));
      await buildToFiles(files, out, 'g', { analyze: false });
      expect(segments(path.join(out, CACHE)).length).toBe(i < 8 ? i + 1 : 1);
    }
    const r = await buildToFiles(files, out, 'g', { analyze: false });
    expect(r.cache).toMatchObject({ hits: 18, misses: 0 });
  });

  it('opens a cache from its index files, and rebuilds an index that does not fit', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 12);
    const first = await buildToFiles([a], out, 'g');
    const versionDir = first.cache.dir!;
    const idx = fs.readdirSync(versionDir).filter((n) => n.endsWith('.idx'));
    expect(idx).toHaveLength(1);
    expect(fs.statSync(path.join(versionDir, idx[0])).size).toBe(12 * 40);
    expect((await buildToFiles([a], out, 'g')).cache.hits).toBe(12);
    // A damaged index is ignored (the segment is read instead) and written again.
    fs.writeFileSync(path.join(versionDir, idx[0]), Buffer.alloc(64, 7));
    expect((await buildToFiles([a], out, 'g')).cache.hits).toBe(12);
    expect(fs.statSync(path.join(versionDir, idx[0])).size).toBe(12 * 40);
    fs.rmSync(path.join(versionDir, idx[0]));
    expect((await buildToFiles([a], out, 'g')).cache.hits).toBe(12);
    expect(fs.existsSync(path.join(versionDir, idx[0]))).toBe(true);
  });

  it('opens a cache of a given version and finds entries by key', () => {
    const root = tempDir();
    const c = ExtractionCache.open(root, '0123456789abcdef');
    const key = articleKey(syntheticArticle(1));
    const entry = c.put(key, '[]', '{"meta":{"id":"a1"},"actors":[],"events":[]}');
    c.finishWriting();
    c.done(undefined);
    const d = ExtractionCache.open(root, '0123456789abcdef');
    expect(d.entries).toBe(1);
    const hit = d.lookup(key);
    expect(hit).toBeDefined();
    expect(d.store.reader().extraction(hit!)).toBe('{"meta":{"id":"a1"},"actors":[],"events":[]}');
    expect(entry).toBe(0);
    d.dispose();
    expect(() => ExtractionCache.open(root, '../evil')).toThrow(/bad version/);
  });
});
