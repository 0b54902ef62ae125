// The registry: unique names, and one test file per pattern (test/relations/patterns/<name>.test.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../../../src/relations/patterns/index.js';
import { repoRoot } from '../../fixtures/helpers.js';

describe('pattern registry', () => {
  it('names each pattern once', () => {
    const names = PATTERNS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
  });
  it.each(PATTERNS.map((p) => [p.name]))('%s has its source file and its test file', (name) => {
    expect(fs.existsSync(path.join(repoRoot, 'src/relations/patterns', `${name}.ts`))).toBe(true);
    expect(fs.existsSync(path.join(repoRoot, 'test/relations/patterns', `${name}.test.ts`))).toBe(true);
  });
  it('says what each pattern reads', () => {
    for (const p of PATTERNS) expect(p.reads.length).toBeGreaterThan(0);
  });
});
