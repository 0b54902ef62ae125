/**
 * actorgraph/pipeline — the files actorgraph wrote, never read as input
 * ======================================================================
 *
 * With `--out` inside an input folder, a build skipped only its own `<name>.*`: alternating
 * `--name first` and `--name second` read the other build's `events.jsonl` and `articles.jsonl` as
 * articles, and each build fed the next. Every build now records its name in a sidecar of the output
 * folder, `.actorgraph-outputs` (hidden, so never read itself), before it writes anything there; a
 * file `<name>.*` beside a sidecar that lists `<name>` is actorgraph's output, whichever build wrote
 * it, and is skipped by the reader and the watcher.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const SIDECAR = '.actorgraph-outputs';

const HEADER = '# Written by actorgraph: the files <name>.* of these build names in this folder are its outputs, never read as input.\n';

/** Per folder: the names listed, and when the sidecar was last looked at. */
const seen = new Map<string, { names: string[]; mtimeMs: number; checked: number }>();
/** How long a folder's sidecar is trusted without a new stat (ms): a folder listing asks per file. */
const RECHECK_MS = 500;

function readNames(file: string): string[] {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  } catch {
    return [];
  }
}

/** The build names listed in `dir`'s sidecar (none when it has none). */
export function writtenNames(dir: string): string[] {
  const now = Date.now();
  const hit = seen.get(dir);
  if (hit && now - hit.checked < RECHECK_MS) return hit.names;
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(path.join(dir, SIDECAR)).mtimeMs;
  } catch {
    // no sidecar
  }
  const names = hit && hit.mtimeMs === mtimeMs ? hit.names : mtimeMs < 0 ? [] : readNames(path.join(dir, SIDECAR));
  seen.set(dir, { names, mtimeMs, checked: now });
  return names;
}

/** Whether an absolute path is an output of some actorgraph build into its folder. */
export function writtenByActorgraph(absolutePath: string): boolean {
  const base = path.basename(absolutePath);
  return writtenNames(path.dirname(absolutePath)).some((n) => base.startsWith(`${n}.`));
}

/** Lists `name` in `outDir`'s sidecar (atomically; done before a build writes its files). */
export function recordOutputName(outDir: string, name: string): void {
  const file = path.join(outDir, SIDECAR);
  const names = readNames(file);
  if (names.includes(name)) return;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, HEADER + [...names, name].map((n) => `${n}\n`).join(''));
    renameSync(temp, file);
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
  seen.delete(path.resolve(outDir));
  seen.delete(outDir);
}
