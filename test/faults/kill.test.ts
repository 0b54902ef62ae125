// A build killed at a random moment (SIGKILL, five times, seeded delays over the build's duration)
// leaves the previous outputs as they were (each file is the old one or, when the kill came during
// the final renames, the complete new one), and the cache consistent: the next build finishes and
// writes exactly what a clean build of the same input writes. Runs dist/cli/main.js in a child.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFiles, corpusDir, tempDir, warnSkip } from '../fixtures/helpers.js';
import { noDistReason, sleep, snapshot, spawnCli } from './helpers.js';
import { seeded } from '../fixtures/helpers.js';

warnSkip('kill tests', noDistReason);

const KILLS = 5;

describe.skipIf(noDistReason !== undefined)('a build killed with SIGKILL', () => {
  let work: string;
  let v1: string;
  let v2: string;

  beforeAll(() => {
    work = tempDir('actorgraph-kill-');
    const lines = readFileSync(path.join(corpusDir, 'fa-kes/FA-KES-Dataset.csv'), 'utf8').split('\n');
    // FA-KES rows are one line each: the first 150 rows, then 450 (the second build has new work).
    v1 = path.join(work, 'v1.csv');
    v2 = path.join(work, 'v2.csv');
    writeFileSync(v1, `${lines.slice(0, 151).join('\n')}\n`);
    writeFileSync(v2, `${lines.slice(0, 451).join('\n')}\n`);
  });

  it(`${KILLS} times at random moments: old outputs intact, cache consistent, the next build is right`, async () => {
    const args = (input: string, out: string) => ['build', input, '--out', out, '--name', 'g', '--jobs', '2', '--quiet'];
    // The reference: a clean build of v2, timed.
    const clean = path.join(work, 'clean');
    const t0 = Date.now();
    const ref = await spawnCli(args(v2, clean)).done;
    const duration = Date.now() - t0;
    expect(ref.code, ref.err).toBe(0);
    const cleanFiles = Object.values(buildFiles(clean, 'g'));
    const expected = snapshot(cleanFiles);

    // The previous outputs: a build of v1.
    const out = path.join(work, 'out');
    mkdirSync(out);
    const first = await spawnCli(args(v1, out)).done;
    expect(first.code, first.err).toBe(0);
    const files = Object.values(buildFiles(out, 'g'));
    const before = snapshot(files);

    const random = seeded(8);
    const outcomes: string[] = [];
    // Kill moments are drawn within the time a build takes; builds get faster as the killed ones
    // fill the cache, so after one that finished before its kill the window shrinks to its time.
    let window = duration * 0.8;
    for (let k = 0; k < 3 * KILLS && outcomes.filter((o) => o.startsWith('killed')).length < KILLS; k++) {
      const delay = Math.round(50 + random() * window);
      const started = Date.now();
      const child = spawnCli(args(v2, out));
      await sleep(delay);
      child.kill('SIGKILL');
      const end = await child.done;
      outcomes.push(
        end.signal === 'SIGKILL'
          ? `killed after ${delay} ms`
          : `finished (${end.code}${end.code ? `: ${end.err.trim()}` : ''}) before ${delay} ms`,
      );
      if (end.signal !== 'SIGKILL') {
        expect(end.code, `build ${k + 1} finished before its kill, but: ${end.err}`).toBe(0);
        window = Math.max(100, (Date.now() - started) * 0.6);
      }
      // Each file is whole: the old bytes, or the new ones (a kill between the final renames).
      const now = snapshot(files);
      for (const [i, f] of files.entries()) {
        const b = now.get(f);
        const isOld = b !== undefined && b.equals(before.get(f)!);
        const isNew = b !== undefined && b.equals(expected.get(cleanFiles[i])!);
        expect(isOld || isNew, `${path.basename(f)} after kill ${k + 1} (${outcomes[k]}) is neither the old nor the new file`).toBe(true);
      }
      // A build that finished before its kill (the cache filled by the killed ones made it fast)
      // leaves the new files; killing the next ones from there must keep them whole all the same.
    }
    console.info(`kill test (build of ${duration} ms): ${outcomes.join('; ')}`);
    expect(outcomes.filter((o) => o.startsWith('killed')).length, outcomes.join('; ')).toBeGreaterThanOrEqual(3);

    // The next build (taking over the dead build's lock) writes what a clean build writes.
    const next = await spawnCli(args(v2, out)).done;
    expect(next.code, next.err).toBe(0);
    const after = snapshot(files);
    for (const [i, f] of files.entries()) expect(after.get(f)!.equals(expected.get(cleanFiles[i])!), path.basename(f)).toBe(true);
    // And once more, from the cache it left.
    const again = await spawnCli(args(v2, out)).done;
    expect(again.code, again.err).toBe(0);
    for (const [i, f] of files.entries()) expect(readFileSync(f).equals(expected.get(cleanFiles[i])!), path.basename(f)).toBe(true);
  }, 300_000);
});
