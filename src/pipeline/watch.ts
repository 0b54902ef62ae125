// Rebuilds whenever the input changes, for `actorgraph build --watch`. chokidar reports the changes
// (files written in place or renamed into place by an editor, files and folders added or removed),
// each file once its size has stopped changing, so that a large file being copied in is not read
// half-written. Changes close together make one rebuild; changes during a rebuild make one more
// after it; two rebuilds never run at once.
//
// The paths are watched, not the inodes: a watched folder or file (the aliases file) deleted and
// made again is watched again, and its return rebuilds — chokidar alone stops watching a root that
// went away (issue 20). A poll of each root's identity (device and inode, or absence) sees it.
import { statSync } from 'node:fs';
import path from 'node:path';
import chokidar from 'chokidar';

export const DEFAULTS = {
  /** Quiet time after the last change before a rebuild starts (ms). */
  debounceMs: 300,
  /** A written file counts as changed once its size has stayed the same this long (ms). */
  settleMs: 200,
  /** How often each watched path's identity is checked, to see it deleted and made again (ms). */
  pollMs: 500,
};

/** What a path is now: its device and inode, or its absence. */
function identity(p: string): string {
  try {
    const st = statSync(p);
    return `${st.dev}:${st.ino}`;
  } catch {
    return 'missing';
  }
}

export interface WatchOptions {
  /** Stops watching; the rebuild under way, if any, ends first. */
  signal: AbortSignal;
  /** Whether a change to this (absolute) path does not count: the build's own files, its cache. */
  ignore?: (absolutePath: string) => boolean;
  debounceMs?: number;
  settleMs?: number;
  pollMs?: number;
  /** Called once the watcher sees changes (after its first scan of the folders). */
  onReady?: () => void;
  /** Called with the watcher's errors and a rebuild's uncaught ones; watching goes on. */
  onError?: (error: Error) => void;
}

/**
 * Calls `rebuild(changed)` after changes under `paths` (the changed paths, sorted) until `signal`
 * aborts. Entries whose name starts with "." inside a watched folder are ignored, as the build
 * ignores them.
 *
 * @example await watchInputs(['corpus/'], async () => void (await builder.build(['corpus/'], 'graphs', 'corpus')), { signal })
 */
export async function watchInputs(paths: string[], rebuild: (changed: string[]) => Promise<void>, options: WatchOptions): Promise<void> {
  const o = { ...DEFAULTS, ...options };
  const { signal } = o;
  if (signal.aborted) return;
  const roots = new Set(paths.map((p) => path.resolve(p)));
  const isIgnored = (p: string): boolean => {
    const abs = path.resolve(p);
    if (o.ignore?.(abs)) return true;
    return !roots.has(abs) && path.basename(abs).startsWith('.');
  };
  const watcher = chokidar.watch(paths, {
    ignoreInitial: true,
    ignored: isIgnored,
    awaitWriteFinish: { stabilityThreshold: o.settleMs, pollInterval: Math.max(10, Math.min(100, o.settleMs / 2)) },
  });
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const fire = () => {
    timer = undefined;
    if (running || signal.aborted || changed.size === 0) return;
    const batch = [...changed].sort();
    changed = new Set();
    running = rebuild(batch)
      .catch((e: unknown) => o.onError?.(asError(e)))
      .finally(() => {
        running = undefined;
        if (changed.size) schedule();
      });
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, o.debounceMs);
  };
  watcher.on('all', (_event, p) => {
    changed.add(p);
    if (!running) schedule();
  });
  watcher.on('error', (e) => o.onError?.(asError(e)));
  // A root replaced (deleted and made again, or renamed over): watched again, and a change.
  const seen = new Map(paths.map((p) => [p, identity(p)]));
  const poll = setInterval(() => {
    for (const p of paths) {
      const now = identity(p);
      if (now === seen.get(p)) continue;
      seen.set(p, now);
      if (now !== 'missing') {
        watcher.unwatch(p);
        watcher.add(p);
      }
      changed.add(path.resolve(p));
      if (!running) schedule();
    }
  }, o.pollMs);
  poll.unref();
  const stopped = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  await Promise.race([new Promise<void>((resolve) => watcher.once('ready', () => resolve())), stopped]);
  if (!signal.aborted) o.onReady?.();
  await stopped;
  clearInterval(poll);
  if (timer) clearTimeout(timer);
  await watcher.close();
  await running;
}

function asError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e));
}
