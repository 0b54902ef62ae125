// Shared by the fault tests: the CLI as a child process (compiled for the test, see privateDist), file
// snapshots.
import { execFileSync, spawn, type SpawnOptions } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { afterAll } from 'vitest';
import path from 'node:path';
import { repoRoot } from '../fixtures/helpers.js';

/**
 * The CLI compiled for this test file alone, into `<repo>/.dist-test-<pid>` (removed after the file):
 * other test files recompile dist/ while they run (test/pipeline/helpers.ts), and a child started
 * from dist/ meanwhile could load half-written modules. Same depth as dist/, so the paths the code
 * finds relative to itself (lexicon data, worker script, node_modules) are the same.
 */
export const privateDist = path.join(repoRoot, `.dist-test-${process.pid}`);
let distProblem: string | undefined;
try {
  execFileSync(
    path.join(repoRoot, 'node_modules/.bin/tsc'),
    ['-p', repoRoot, '--outDir', privateDist, '--declaration', 'false', '--sourceMap', 'false'],
    { cwd: repoRoot, stdio: 'pipe' },
  );
} catch (e) {
  // Type errors elsewhere still emit JavaScript; only a missing entry point is fatal.
  if (!existsSync(path.join(privateDist, 'cli/main.js')))
    distProblem = `cannot compile the CLI into ${privateDist}: ${(e as Error).message.slice(0, 500)}`;
}
afterAll(() => rmSync(privateDist, { recursive: true, force: true }));

export const mainJs = path.join(privateDist, 'cli/main.js');
/** Why the child-process tests cannot run (undefined: they can). */
export const noDistReason = distProblem;

export interface Child {
  pid: number;
  /** Resolves when the child ended: its exit code (null when killed) and what it wrote. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>;
  kill(signal?: NodeJS.Signals): void;
}

/** `node dist/cli/main.js …args` as a child process. */
export function spawnCli(args: string[], options: SpawnOptions = {}): Child {
  const child = spawn(process.execPath, [mainJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
  return { pid: child.pid!, done, kill: (s = 'SIGKILL') => void child.kill(s) };
}

/** The bytes of each file (undefined: absent). */
export function snapshot(files: string[]): Map<string, Buffer | undefined> {
  return new Map(files.map((f) => [f, existsSync(f) ? readFileSync(f) : undefined]));
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
