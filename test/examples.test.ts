// Runs every script in examples/ with plain `node` against graphs/corpus.json (they import
// ../dist/index.js, so dist/ must be built: `npm run build`, or `npm ci`, whose `prepare` builds),
// and checks that the README shows each script exactly as it is.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = join(ROOT, 'examples');
const GRAPH = join(ROOT, 'graphs/corpus.json');
const built = existsSync(join(ROOT, 'dist/index.js')) && existsSync(join(ROOT, 'dist/query/index.js'));
if (!built) console.warn('examples skipped: dist/ is not built (npm run build)');
const scripts = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.mjs'))
  .sort();
const run = promisify(execFile);

describe('examples/', () => {
  test('there are at least three, each shown in the README exactly as it is', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const readme = readFileSync(join(EXAMPLES, '..', 'README.md'), 'utf8');
    expect(readme).toContain('\n## Library API\n');
    for (const script of scripts) {
      const m = new RegExp(`\\(\`examples/${script.replace(/\./g, '\\.')}\`\\)\\n\\n\`\`\`js\\n([\\s\\S]*?)\`\`\`\\n`).exec(readme);
      expect(m, `${script} has no code block in README.md`).not.toBeNull();
      expect(m![1], `README.md shows another version of ${script}`).toBe(readFileSync(join(EXAMPLES, script), 'utf8'));
    }
  });

  test.skipIf(!built || !existsSync(GRAPH)).each(scripts)('node examples/%s runs on graphs/corpus.json', async (script) => {
    const { stdout, stderr } = await run(process.execPath, [join(EXAMPLES, script), GRAPH], { cwd: ROOT, timeout: 60_000 });
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n').length).toBeGreaterThan(1);
  });

  test.skipIf(!built || !existsSync(GRAPH))('the default graph is graphs/corpus.json from the repository root', async () => {
    const { stdout } = await run(process.execPath, [join(EXAMPLES, 'edge-evidence.mjs')], { cwd: ROOT, timeout: 60_000 });
    expect(stdout).toMatch(/^Iran .* Syria: \d+ event\(s\)/);
    expect(stdout).toMatch(/\n {2}\d{4}-\d{2}-\d{2} {2}\[[^\]]+\] {2}\S/);
  });
});
