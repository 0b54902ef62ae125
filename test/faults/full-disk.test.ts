// A full disk: the build says so and changes nothing. The disk is a 64 KiB tmpfs mounted for the
// test (root only; skipped with a message where mounting is not allowed).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../fixtures/helpers.js';

const mountPoint = mkdtempSync(path.join(os.tmpdir(), 'ag-full-'));
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'pipe' });
  mounted = true;
} catch {
  console.warn('full-disk test skipped: cannot mount a small tmpfs here (needs root)');
}
afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint], { stdio: 'pipe' });
  rmSync(mountPoint, { recursive: true, force: true });
});

describe.skipIf(!mounted)('a full disk', () => {
  const seeds = path.join(repoRoot, 'corpus/seeds');

  it('gives a clear error and writes nothing into an empty folder', async () => {
    const out = path.join(mountPoint, 'empty');
    mkdirSync(out);
    const r = await cli('build', seeds, '--out', out, '--name', 'g', '--no-cache', '--quiet', '--jobs', '1');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no space left on the device holding .*empty.*free some space or write elsewhere/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('leaves the previous outputs as they were', async () => {
    const out = path.join(mountPoint, 'previous');
    mkdirSync(out);
    const names = ['g.json', 'g.gexf', 'g.events.jsonl', 'g.articles.jsonl'];
    for (const n of names) writeFileSync(path.join(out, n), `old ${n}\n`);
    const r = await cli('build', seeds, '--out', out, '--name', 'g', '--no-cache', '--quiet', '--jobs', '1');
    expect(r.code).toBe(1);
    for (const n of names) expect(readFileSync(path.join(out, n), 'utf8')).toBe(`old ${n}\n`);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
  });
});
