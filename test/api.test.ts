// The public surface: the names src/index.ts exports (values at run time, types from its
// export lists) must equal test/api-names.txt, so adding or dropping one is a deliberate edit of that
// list (and of the README's Library API section, which names each); nothing public hands out a
// buffer that a later call reuses; and 'actorgraph' is the only way in.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import { analyzeTextReusing } from '../src/nlp/analyze.js';
import { recognizeActorsReusing } from '../src/actors/recognize.js';

const INDEX = readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8');
const LIST = readFileSync(new URL('./api-names.txt', import.meta.url), 'utf8');

/** The names under `# heading` in api-names.txt, one a line. */
function listed(heading: string): string[] {
  const section = LIST.split(/^# /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) throw new Error(`test/api-names.txt has no '# ${heading}' section`);
  return section
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The type-only names of src/index.ts's `export type { … }` lists and `type X` specifiers. */
function exportedTypeNames(source: string): string[] {
  const names: string[] = [];
  for (const [, kind, body] of source.matchAll(/^export (type )?\{([^}]*)\}/gm))
    for (const spec of body!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const typeOnly = kind !== undefined || spec.startsWith('type ');
      const name = spec
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!;
      if (typeOnly) names.push(name);
    }
  return names.sort();
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(new URL('../dist/index.js', import.meta.url));

/** What `import(specifier)` gives a script inside this package: its export count, or the error code. */
function importFromPackage(specifier: string): string {
  const script = `import(${JSON.stringify(specifier)}).then((m) => console.log(Object.keys(m).length), (e) => console.log(e.code))`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).trim();
}

const sorted = (names: Iterable<string>) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("the public surface ('actorgraph')", () => {
  test('every export is listed by name: no `export *`, no declarations of its own', () => {
    expect(INDEX).not.toMatch(/^export \*/m);
    expect(INDEX).not.toMatch(/^export (default|const|let|function|class|interface|type \w+ =|async)/m);
  });

  test('no module of src/ imports the entry point (internals import each other directly)', () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const importers = files.filter((f) => {
      const depth = f.split(/[\\/]/).length - 1;
      const entry = depth === 0 ? './index.js' : `${'../'.repeat(depth)}index.js`;
      return readFileSync(`${src}${f}`, 'utf8').includes(`'${entry}'`);
    });
    expect(importers).toEqual([]);
  });

  test('the run-time names are those of test/api-names.txt', () => {
    expect(sorted(Object.keys(api))).toEqual(sorted(listed('values')));
  });

  test('the type names are those of test/api-names.txt', () => {
    expect(exportedTypeNames(INDEX)).toEqual(sorted(listed('types')));
  });

  test('no …Reusing function, nor one returning reused buffers, is public', () => {
    const names = [...Object.keys(api), ...exportedTypeNames(INDEX)];
    expect(names.filter((n) => /reus|scratch|buffer/i.test(n))).toEqual([]);
    const values: unknown[] = Object.values(api);
    expect(values).not.toContain(analyzeTextReusing);
    expect(values).not.toContain(recognizeActorsReusing);
  });

  test("analyzeText's result stays valid after the next call", () => {
    const first = api.analyzeText('Putin met Erdoğan in Ankara.');
    const words = first.tokens.map((t) => t.text);
    api.analyzeText('Iran supports Hezbollah, the minister said on Tuesday.');
    expect(first.tokens.map((t) => t.text)).toEqual(words);
  });

  test("the README's Library API section names every public name", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf('\n## Library API');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const named = new Set([...section.matchAll(/`(\w+)[`(]/g)].map((m) => m[1]));
    expect([...listed('values'), ...listed('types')].filter((n) => !named.has(n))).toEqual([]);
  });

  // package.json's "exports" map: 'actorgraph' is dist/index.js, and the modules behind it are not
  // reachable by a deep path (they would otherwise be public by accident).
  test.skipIf(!built)("'actorgraph' resolves to the built entry point, and only to it (run `npm run build` first)", () => {
    expect(importFromPackage('actorgraph')).toBe(String(listed('values').length));
    expect(importFromPackage('actorgraph/dist/export/index.js')).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
