// One build at a time per output folder. A build holds `<out>/.actorgraph.lock` (created with
// `open(…, 'wx')`, so only one process can create it, holding the creator's pid) from before it
// reads anything until its outputs are in place; a second build into the same folder refuses with
// a message naming the holder instead of interleaving its writes. A lock left by a process that no
// longer exists (killed, crashed) is stale and taken over. Taking over is itself guarded by a
// short-lived `.actorgraph.lock.takeover` file, so two builds finding the same stale lock cannot
// both take it. The lock is hidden (dot name), so an output folder read as input ignores it.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export const LOCK_NAME = '.actorgraph.lock';
/** A takeover file older than this is from a process killed while taking over: removed. */
const TAKEOVER_STALE_MS = 10_000;

/** Thrown when another live process holds the lock of the output folder. */
export class OutputLockedError extends Error {
  readonly pid: number | undefined;
  constructor(dir: string, pid: number | undefined) {
    super(
      `actorgraph/build: another build is writing into ${dir} (pid ${pid ?? 'unknown'}); wait for it or use another --out` +
        ` (if no build is running, remove ${path.join(dir, LOCK_NAME)})`,
    );
    this.pid = pid;
  }
}

export interface OutputLock {
  readonly file: string;
  /** Whether a stale lock (dead pid) was taken over. */
  readonly tookOver: boolean;
  /** The pid of the dead process whose lock was taken over. */
  readonly previousOwner?: number;
  /** Removes the lock file (once; later calls do nothing). */
  release(): void;
}

/** Whether a process with this pid exists (EPERM: it exists, owned by someone else). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    const s = readFileSync(file, 'utf8').trim();
    return /^\d+$/.test(s) ? Number(s) : undefined;
  } catch {
    return undefined;
  }
}

function cannotWrite(dir: string, e: unknown): Error {
  const err = e as NodeJS.ErrnoException;
  const why =
    err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS'
      ? 'permission denied (read-only folder?)'
      : err.code === 'ENOSPC'
        ? 'no space left on the device'
        : err.code === 'ENOTDIR'
          ? 'not a folder'
          : err.message;
  return new Error(
    `actorgraph/build: cannot write into the output folder ${dir}: ${why}; nothing was written. Check its permissions or use another --out`,
  );
}

/** Creates `file` holding our pid; false if it exists. */
function tryCreate(file: string, dir: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw cannotWrite(dir, e);
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the lock of `dir` (made if missing), or throws `OutputLockedError` when a live process
 * holds it, or a clear error when the folder cannot be written.
 */
export function acquireOutputLock(dir: string): OutputLock {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw cannotWrite(dir, e);
  }
  const file = path.join(dir, LOCK_NAME);
  let tookOver = false;
  let previousOwner: number | undefined;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(file, dir)) break;
    const pid = readPid(file);
    // A lock being written this very moment has no pid yet: look again before calling it stale.
    if (pid === undefined && attempt < 3) {
      const start = Date.now();
      while (Date.now() - start < 20) {
        // brief busy wait (synchronous API)
      }
      continue;
    }
    if (pid !== undefined && pidAlive(pid)) throw new OutputLockedError(dir, pid);
    if (attempt >= 6) throw new OutputLockedError(dir, pid);
    // Stale: take it over under the takeover guard.
    const guard = `${file}.takeover`;
    try {
      if (Date.now() - statSync(guard).mtimeMs > TAKEOVER_STALE_MS) unlinkSync(guard);
    } catch {
      // no guard, or removed meanwhile
    }
    if (!tryCreate(guard, dir)) throw new OutputLockedError(dir, pid);
    try {
      if (readPid(file) === pid) {
        try {
          unlinkSync(file);
        } catch {
          // removed meanwhile
        }
      }
      if (tryCreate(file, dir)) {
        tookOver = true;
        previousOwner = pid;
        break;
      }
    } finally {
      try {
        unlinkSync(guard);
      } catch {
        // already gone
      }
    }
  }
  let held = true;
  return {
    file,
    tookOver,
    previousOwner,
    release() {
      if (!held) return;
      held = false;
      try {
        if (readPid(file) === process.pid) unlinkSync(file);
      } catch {
        // already gone
      }
    },
  };
}

/** `.NAME.PID.RANDOM.tmp`: the temporary files of atomic writes (export/atomic.ts) and spools. */
const TEMP_RE = /^\.actorgraph-tmp\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes the temporary files that a killed build left in `dir`: named by actorgraph
 * (`.actorgraph-tmp.NAME.PID.RANDOM.tmp`, export/atomic.ts) and made by `owner`, the dead process
 * whose stale lock this build took over (a build writes temporary files only while holding the
 * lock, and one killed leaves its lock). Without such an owner nothing is removed. Call it while
 * holding the folder's lock. Returns the names removed. Never throws.
 */
export function removeStaleTemps(dir: string, owner: number | undefined): string[] {
  const removed: string[] = [];
  if (owner === undefined || owner === process.pid || pidAlive(owner)) return removed;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = TEMP_RE.exec(name);
    if (!m || Number(m[1]) !== owner) continue;
    try {
      unlinkSync(path.join(dir, name));
      removed.push(name);
    } catch {
      // gone meanwhile, or not ours to remove
    }
  }
  return removed;
}
