// Shared by the eval tests: where ../shared is, and running python3 / score.py.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const evalDir = path.join(sharedDir, 'eval');
export const scorePy = path.join(evalDir, 'score.py');
export const devGoldDir = path.join(evalDir, 'dev');

const pythonOk = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;

/** Why the tests that need score.py cannot run here, or undefined when they can. */
export const skipReason: string | undefined = !existsSync(scorePy)
  ? `SKIPPED: ${scorePy} is absent (../shared is not available in this checkout)`
  : !pythonOk
    ? 'SKIPPED: python3 is not available'
    : undefined;

if (skipReason) console.warn(`actorgraph eval tests: ${skipReason}`);

const env = { ...process.env, PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8' };

/** Run a python3 snippet with score.py importable; `input` is given as JSON on stdin, the result is stdout parsed as JSON. */
export function python<T>(code: string, input: unknown): T {
  const prelude = `import sys, json\nsys.path.insert(0, ${JSON.stringify(evalDir)})\nfrom score import norm\ndata = json.loads(sys.stdin.read())\n`;
  const out = execFileSync('python3', ['-c', prelude + code], { input: JSON.stringify(input), encoding: 'utf8', env });
  return JSON.parse(out) as T;
}

/** score.py's stdout lines for a build. */
export function runScorePy(goldDir: string, outDir: string, name: string): string[] {
  const out = execFileSync('python3', [scorePy, 'articles', goldDir, outDir, name], { encoding: 'utf8', env });
  return out.replace(/\n$/, '').split('\n');
}
