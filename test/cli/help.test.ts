// The CLI's usage surface: help for the program and each command, and exit code 2 on usage errors.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../fixtures/helpers.js';

describe('actorgraph --help', () => {
  it('describes the program and lists its commands (exit 0)', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: actorgraph');
    expect(r.out).toMatch(/^\s+build\b/m);
    expect(r.out).toMatch(/^\s+eval\b/m);
    expect(r.out).toContain('--version');
    expect(r.err).toBe('');
  });

  it('help <command> works too', async () => {
    const r = await cli('help', 'build');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: actorgraph build');
  });

  it('--version prints the package version (exit 0)', async () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = await cli('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(pkg.version);
  });

  it('build --help lists every option and the exit codes (exit 0)', async () => {
    const r = await cli('build', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: actorgraph build');
    for (const option of [
      '--out',
      '--name',
      '--level',
      '--aliases',
      '--id-column',
      '--text-column',
      '--title-column',
      '--date-column',
      '--quiet',
      '--help',
    ])
      expect(r.out, option).toContain(option);
    expect(r.out).toMatch(/exit codes/i);
  });

  it('eval --help lists its options (exit 0)', async () => {
    const r = await cli('eval', '--help');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: actorgraph eval');
    for (const option of ['--gold', '--build', '--name', '--verbose', '--json', '--help']) expect(r.out, option).toContain(option);
  });
});

describe('usage errors exit with 2', () => {
  it('no arguments: prints the usage, exit 2', async () => {
    const r = await cli();
    expect(r.code).toBe(2);
    expect(r.out + r.err).toContain('Usage: actorgraph');
  });

  it('an unknown command', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('frobnicate');
  });

  it('an unknown option', async () => {
    const r = await cli('build', 'corpus/seeds', '--out', 'nowhere', '--bogus');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--bogus');
    expect(r.err).toContain('--help');
  });

  it('build without --out', async () => {
    const r = await cli('build', 'corpus/seeds');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--out');
  });

  it('build without any input', async () => {
    const r = await cli('build', '--out', 'nowhere');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing required argument/i);
  });

  it('eval without --gold', async () => {
    const r = await cli('eval', 'corpus/seeds');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--gold');
  });
});
