// Cache entries are checksummed (issue 20): a one-letter edit that stays valid JSON, or flipped
// bytes, in a segment or its summary file is never used — the build says so, extracts that article
// again, and writes what a build without the cache writes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { outputs, syntheticJSONL, tempDir } from './helpers.js';

/** The sealed segment of a cache (one build: one segment) and its lines. */
function segmentOf(versionDir: string): { file: string; lines: string[] } {
  const [name] = fs.readdirSync(versionDir).filter((n) => /^seg-.*\.seg$/.test(n));
  const file = path.join(versionDir, name);
  return { file, lines: fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}

async function clean(input: string) {
  const out = tempDir();
  await buildToFiles([input], out, 'g', { cache: false });
  return outputs(out, 'g');
}

describe('cache checksums', () => {
  for (const jobs of [1, 2]) {
    it(`a one-letter edit that stays valid JSON is caught, the article extracted again (jobs ${jobs})`, async () => {
      const dir = tempDir();
      const out = tempDir();
      const a = syntheticJSONL(dir, 'a.jsonl', 6);
      const first = await buildToFiles([a], out, 'g', { jobs });
      const { file, lines } = segmentOf(first.cache.dir!);
      // One letter of the extraction part (after the last tab), still valid JSON.
      const cut = lines[2].lastIndexOf('\t') + 1;
      const edited =
        lines[2].slice(0, cut) + lines[2].slice(cut).replace(/"mentions":(\d)/, (_m, d) => `"mentions":${(Number(d) + 1) % 10}`);
      expect(edited).not.toBe(lines[2]);
      JSON.parse(edited.slice(cut));
      fs.writeFileSync(file, `${[...lines.slice(0, 2), edited, ...lines.slice(3)].join('\n')}\n`);
      // Another name: the build reads every entry (it cannot resume the tables of the first).
      const again = await buildToFiles([a], out, 'h', { jobs });
      expect(again.notices.join('\n')).toContain('does not match its checksum');
      expect(again.cache.misses).toBe(1);
      expect(outputs(out, 'h')).toEqual(await clean(a));
      // And the build after that uses the new entry.
      const third = await buildToFiles([a], out, 'i', { jobs });
      expect(outputs(out, 'i')).toEqual(await clean(a));
      expect(third.cache.misses).toBe(0);
    });
  }

  it('flipped bytes in a segment and in a summary file: no JSON error, the same outputs', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 6);
    const first = await buildToFiles([a], out, 'g');
    const { file } = segmentOf(first.cache.dir!);
    for (const target of [file.replace(/\.seg$/, '.sum'), file]) {
      const bytes = fs.readFileSync(target);
      for (const at of [Math.floor(bytes.length / 3), Math.floor(bytes.length / 2) + 7]) bytes[at] ^= 0x5a;
      fs.writeFileSync(target, bytes);
      const name = `after-${path.extname(target).slice(1)}`;
      const r = await buildToFiles([a], out, name);
      expect(r.problems).toEqual([]);
      expect(outputs(out, name)).toEqual(await clean(a));
    }
  });
});
