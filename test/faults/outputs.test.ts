// Faults around the output folder: one build at a time (a lock file, a stale one taken over), a
// read-only folder, names that try to leave the folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireOutputLock, LOCK_NAME, OutputLockedError, pidAlive } from '../../src/pipeline/lock.js';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { buildFiles, cli, corpusDir, repoRoot, tempDir, warnSkip } from '../fixtures/helpers.js';
import { noDistReason, sleep, snapshot, spawnCli } from './helpers.js';

const GOOD =
  'Russian President Vladimir Putin met Syrian President Bashar al-Assad in Moscow on Monday. Russia supports the Syrian government.';

/** A pid that surely is not running: a child that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(r.stdout);
  expect(pidAlive(pid)).toBe(false);
  return pid;
}

describe('the output-folder lock', () => {
  it('refuses a second holder with a message naming the folder and pid; released, it can be taken again', () => {
    const dir = path.join(tempDir('actorgraph-lock-'), 'out');
    const lock = acquireOutputLock(dir);
    expect(readFileSync(path.join(dir, LOCK_NAME), 'utf8').trim()).toBe(String(process.pid));
    expect(() => acquireOutputLock(dir)).toThrow(OutputLockedError);
    expect(() => acquireOutputLock(dir)).toThrow(
      `another build is writing into ${dir} (pid ${process.pid}); wait for it or use another --out`,
    );
    lock.release();
    expect(existsSync(path.join(dir, LOCK_NAME))).toBe(false);
    const again = acquireOutputLock(dir);
    expect(again.tookOver).toBe(false);
    again.release();
  });

  it('takes over a stale lock (dead pid, or empty from a process killed while writing it)', () => {
    const dir = tempDir('actorgraph-lock-');
    writeFileSync(path.join(dir, LOCK_NAME), `${deadPid()}\n`);
    const lock = acquireOutputLock(dir);
    expect(lock.tookOver).toBe(true);
    expect(readFileSync(path.join(dir, LOCK_NAME), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    writeFileSync(path.join(dir, LOCK_NAME), '');
    const again = acquireOutputLock(dir);
    expect(again.tookOver).toBe(true);
    again.release();
  });

  it('two builds at once in one process: the second refuses, the first is not disturbed', async () => {
    const work = tempDir('actorgraph-lock-');
    const f = path.join(work, 'a.jsonl');
    writeFileSync(f, Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `a${i}`, text: GOOD })).join('\n'));
    const out = path.join(work, 'out');
    const a = buildToFiles([f], out, 'g', { cache: false });
    const b = buildToFiles([f], out, 'h', { cache: false });
    await expect(b).rejects.toThrow(/another build is writing into .*out \(pid \d+\); wait for it or use another --out/);
    const ra = await a;
    expect(ra.summary.articles).toBe(20);
    expect(existsSync(path.join(out, 'h.json'))).toBe(false);
    expect(existsSync(path.join(out, LOCK_NAME))).toBe(false);
  });

  it('a build removes the temporary files that killed builds left in the folder, and no others', async () => {
    const work = tempDir('actorgraph-lock-');
    const f = path.join(work, 'a.jsonl');
    writeFileSync(f, JSON.stringify({ id: 'a', text: GOOD }));
    const out = path.join(work, 'out');
    mkdirSync(out);
    const gone = deadPid(); // the killed build: its lock and its temporary file
    const dead = `.actorgraph-tmp.g.json.${gone}.0123456789ab.tmp`;
    const live = `.actorgraph-tmp.g.gexf.${process.ppid}.0123456789ab.tmp`;
    const other = 'notes.0.0123456789ab.tmp';
    // A user's file shaped like the old temporary names, and a dead pid's that held no lock here.
    const userFile = `.x.${gone}.0123456789ab.tmp`;
    const notOwner = `.actorgraph-tmp.g.json.${deadPid()}.0123456789ab.tmp`;
    for (const n of [dead, live, other, userFile, notOwner]) writeFileSync(path.join(out, n), 'half');
    writeFileSync(path.join(out, LOCK_NAME), `${gone}\n`); // and the dead build's lock
    const r = await buildToFiles([f], out, 'g', { cache: false, analyze: false });
    expect(r.summary.articles).toBe(1);
    const left = readdirSync(out);
    expect(left).not.toContain(dead);
    expect(left).toContain(live);
    expect(left).toContain(other);
    expect(left).toContain(userFile);
    expect(left).toContain(notOwner);
    expect(left).not.toContain(LOCK_NAME);
  });

  it.skipIf(noDistReason !== undefined)(
    'two CLI builds into one folder: the second refuses with a message, the first writes what a lone build writes',
    async () => {
      const work = tempDir('actorgraph-lock-');
      const input = path.join(work, 'in.csv');
      const lines = readFileSync(path.join(corpusDir, 'fa-kes/FA-KES-Dataset.csv'), 'utf8').split('\n');
      writeFileSync(input, `${lines.slice(0, 301).join('\n')}\n`);
      const args = (out: string) => ['build', input, '--out', out, '--name', 'g', '--jobs', '1', '--no-cache', '--quiet'];
      const lone = path.join(work, 'lone');
      expect((await spawnCli(args(lone)).done).code).toBe(0);
      const out = path.join(work, 'out');
      const first = spawnCli(args(out));
      const lockFile = path.join(out, LOCK_NAME);
      for (let i = 0; i < 400 && !existsSync(lockFile); i++) await sleep(10);
      const second = await spawnCli(args(out)).done;
      const one = await first.done;
      expect(one.code, one.err).toBe(0);
      expect(second.code).toBe(1);
      expect(second.err).toContain(`another build is writing into ${out} (pid ${first.pid}); wait for it or use another --out`);
      const want = snapshot(Object.values(buildFiles(lone, 'g')));
      for (const [f, b] of snapshot(Object.values(buildFiles(out, 'g')))) expect(b!.equals(want.get(f.replace(out, lone))!), f).toBe(true);
      expect(readdirSync(out).sort()).toEqual(['.actorgraph-outputs', 'g.articles.jsonl', 'g.events.jsonl', 'g.gexf', 'g.json']);
    },
    120_000,
  );
});

const isRoot = process.getuid?.() === 0;
const nobody = spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' });
const nobodyIds =
  isRoot && nobody.status === 0
    ? { uid: Number(nobody.stdout), gid: Number(spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout) }
    : undefined;
/** A folder on the way to the checkout that "nobody" cannot enter (a clone under `mktemp -d`, mode 700). */
function closedToNobody(): string | undefined {
  for (let dir = repoRoot; ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
const closed = nobodyIds ? closedToNobody() : undefined;
const noReadOnlyReason =
  noDistReason ??
  (isRoot && !nobodyIds ? 'running as root and there is no user "nobody" to run the build as' : undefined) ??
  (closed ? `the build runs as "nobody", who cannot enter ${closed} (clone into a folder others may enter)` : undefined);
warnSkip('read-only output folder', noReadOnlyReason);

describe('a read-only output folder', () => {
  it.skipIf(noReadOnlyReason !== undefined)(
    'gives a clear error and leaves the folder as it was',
    async () => {
      const work = tempDir('actorgraph-ro-');
      chmodSync(work, 0o755); // the build runs as nobody under root; it must reach the input
      const input = path.join(work, 'a.jsonl');
      writeFileSync(input, JSON.stringify({ id: 'a', text: GOOD }));
      chmodSync(input, 0o644);
      const out = path.join(work, 'out');
      // Old outputs, then the folder made read-only (as root, chmod alone does not stop root: the
      // build runs as nobody).
      expect((await cli('build', input, '--out', out, '--name', 'g', '--jobs', '1', '--quiet')).code).toBe(0);
      const before = readdirSync(out).sort();
      const files = Object.values(buildFiles(out, 'g'));
      const old = snapshot(files);
      chmodSync(out, 0o555);
      try {
        writeFileSync(input, JSON.stringify({ id: 'b', text: `${GOOD} Iran criticized Israel.` }));
        const r = await spawnCli(
          ['build', input, '--out', out, '--name', 'g', '--jobs', '1'],
          nobodyIds ? { ...nobodyIds, env: { ...process.env, HOME: work } } : {},
        ).done;
        expect(r.code, r.err).toBe(1);
        expect(r.err).toContain(`cannot write into the output folder ${out}: permission denied`);
        expect(r.err).not.toMatch(/\n\s+at /); // a message, not a stack trace
        expect(readdirSync(out).sort()).toEqual(before);
        for (const [f, b] of snapshot(files)) expect(b!.equals(old.get(f)!), f).toBe(true);
      } finally {
        chmodSync(out, 0o755);
      }
    },
    60_000,
  );
});

describe('--name cannot leave the output folder', () => {
  it.each(['../../x', '/tmp/abs', '..', 'a/b', '.hidden', 'x\u0000y'])(
    'rejects --name %j with exit code 2, writing nothing',
    async (name) => {
      const work = tempDir('actorgraph-name-');
      const input = path.join(work, 'a.jsonl');
      writeFileSync(input, JSON.stringify({ id: 'a', text: GOOD }));
      const out = path.join(work, 'deep', 'er', 'out');
      mkdirSync(out, { recursive: true });
      const r = await cli('build', input, '--out', out, '--name', name, '--jobs', '1');
      expect(r.code).toBe(2);
      expect(r.err).toContain('--name must be a plain file name');
      expect(readdirSync(out)).toEqual([]);
      expect(readdirSync(work).sort()).toEqual(['a.jsonl', 'deep']);
      expect(existsSync('/tmp/abs.json')).toBe(false);
    },
  );
});
