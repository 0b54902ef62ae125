// What the folder walk does not read (issue 20): links out of the input folders (`passwd.txt →
// /etc/passwd` became an article) unless followSymlinks / --follow-symlinks, and FIFOs and other
// special files (a FIFO would block the build) — each with a notice naming it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles, isProblem, type IngestNotice } from '../../src/ingest/index.js';
import { cli, tempDir } from '../fixtures/helpers.js';

const hasMkfifo = spawnSync('sh', ['-c', 'command -v mkfifo']).status === 0;

/** in/ with a good article, a link inside, a link outside, and (where mkfifo exists) a FIFO. */
function folder() {
  const work = tempDir('actorgraph-links-');
  const dir = path.join(work, 'in');
  const outside = path.join(work, 'private');
  fs.mkdirSync(dir);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(dir, 'a.txt'), 'Russia supports the Syrian government.');
  fs.mkdirSync(path.join(dir, 'sub'));
  fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'Turkey opposes the YPG.');
  fs.symlinkSync(path.join(dir, 'sub', 'b.txt'), path.join(dir, 'inner.txt'));
  fs.writeFileSync(path.join(outside, 'secret.txt'), 'Iran met Syria secretly.');
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'passwd.txt'));
  if (hasMkfifo) spawnSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  return { work, dir };
}

async function read(dir: string, followSymlinks?: boolean) {
  const notices: IngestNotice[] = [];
  const ids: string[] = [];
  for await (const item of readArticles([dir], { onNotice: (n) => notices.push(n), followSymlinks }))
    if (!isProblem(item)) ids.push(item.id);
  return { ids, notices };
}

describe('the folder walk', () => {
  it('does not follow a link out of the input folders, and says so', async () => {
    const { dir } = folder();
    const { ids, notices } = await read(dir);
    expect(ids.sort()).toEqual(['a', 'inner']); // sub/b.txt is the file inner.txt leads to: read once
    const link = notices.find((n) => n.kind === 'skipped-link');
    expect(link?.message).toContain(`${path.join(dir, 'passwd.txt')}: a link to`);
    expect(link?.message).toContain('outside the input folders: not followed');
  });

  it('follows it with followSymlinks, and --follow-symlinks', async () => {
    const { work, dir } = folder();
    expect((await read(dir, true)).ids.sort()).toEqual(['a', 'inner', 'passwd']);
    const r = await cli('build', dir, '--out', path.join(work, 'out'), '--follow-symlinks', '--quiet');
    expect(r.code, r.err).toBe(0);
    expect(fs.readFileSync(path.join(work, 'out', 'graph.articles.jsonl'), 'utf8')).toContain('"passwd"');
    const plain = await cli('build', dir, '--out', path.join(work, 'out2'));
    expect(fs.readFileSync(path.join(work, 'out2', 'graph.articles.jsonl'), 'utf8')).not.toContain('"passwd"');
    expect(plain.err).toContain('passwd.txt');
  });

  it.skipIf(!hasMkfifo)('skips a FIFO with a notice (and does not block on it)', async () => {
    const { dir } = folder();
    const { notices } = await read(dir);
    expect(notices.find((n) => n.kind === 'skipped-special')?.message).toBe(
      `actorgraph/ingest: ${path.join(dir, 'pipe.txt')}: a FIFO (named pipe), not a regular file: skipped`,
    );
  });
});
