// Supply-chain hygiene (issue 8): the lockfile is committed and in step with package.json, and no
// locked dependency runs an install script (`hasInstallScript` in package-lock.json), so `npm ci`
// downloads and runs nothing beyond the locked tarballs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../fixtures/helpers.js';

interface Lock {
  lockfileVersion: number;
  packages: Record<
    string,
    { version?: string; hasInstallScript?: boolean; dev?: boolean; resolved?: string; integrity?: string; link?: boolean }
  >;
}

const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as Lock;
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const inGit = existsSync(path.join(repoRoot, '.git')) && spawnSync('git', ['--version']).status === 0;

describe('dependencies', () => {
  it.skipIf(!inGit)('package-lock.json is committed', () => {
    const r = spawnSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('the lockfile (v2+) locks every direct dependency of package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const root = lock.packages[''] as unknown as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }))
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBeDefined();
  });

  it('no locked package has an install script', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([k]) => k);
    expect(withScripts).toEqual([]);
  });

  it('every locked package has an integrity hash, and comes over https when its source is recorded', () => {
    const loose = Object.entries(lock.packages)
      .filter(([k, p]) => k !== '' && !p.link && (!p.integrity || (p.resolved !== undefined && !p.resolved.startsWith('https://'))))
      .map(([k]) => k);
    expect(loose).toEqual([]);
  });
});
