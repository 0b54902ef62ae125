// `actorgraph eval`: builds the dev articles and scores them against the gold of ../shared/eval/dev.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, devArticlesDir, devGoldDir, goodArticlesDir, noSharedReason, repoRoot, tempDir, warnSkip } from '../fixtures/helpers.js';

warnSkip('eval CLI tests on ../shared/eval/dev', noSharedReason);

const SUMMARY = /^actors P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3} \| relations P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}$/m;

describe.skipIf(noSharedReason !== undefined)('eval on ../shared/eval/dev', () => {
  it('eval --gold ../shared/eval/dev ../shared/eval/dev/articles: exit 0 and the summary line', async () => {
    // As the README and `npm run eval` write it: paths relative to the repository root.
    const rel = (p: string) => path.relative(process.cwd(), p);
    expect(path.resolve(rel(devGoldDir))).toBe(path.resolve(repoRoot, '../shared/eval/dev'));
    const r = await cli('eval', '--gold', rel(devGoldDir), rel(devArticlesDir));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(SUMMARY);
    expect(r.out).toMatch(/^ {2}relation met {10}P=/m);
  });

  it('--json prints the report as JSON, with the same figures', async () => {
    const [text, json] = await Promise.all([
      cli('eval', '--gold', devGoldDir, devArticlesDir),
      cli('eval', '--gold', devGoldDir, devArticlesDir, '--json'),
    ]);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as { actors: { f1: number }; relations: { f1: number } };
    const m = SUMMARY.exec(text.out)![0];
    expect(m).toContain(`actors P=`);
    expect(m).toMatch(new RegExp(`actors P=\\S+ R=\\S+ F1=${report.actors.f1.toFixed(3).replace('.', '\\.')} `));
    expect(m).toMatch(new RegExp(`relations P=\\S+ R=\\S+ F1=${report.relations.f1.toFixed(3).replace('.', '\\.')}$`));
  });

  it('--build scores an existing build folder; --verbose lists errors article by article', async () => {
    const out = tempDir();
    expect((await cli('build', devArticlesDir, '--out', out, '--name', 'dev', '-q')).code).toBe(0);
    const r = await cli('eval', '--gold', devGoldDir, '--build', out, '--name', 'dev', '--verbose');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(SUMMARY);
    expect(readFileSync(path.join(out, 'dev.articles.jsonl'), 'utf8').split('\n').filter(Boolean)).toHaveLength(10);
  });

  it('a build without the gold articles reports them missing (exit 0)', async () => {
    const r = await cli('eval', '--gold', devGoldDir, path.join(goodArticlesDir, 'batch.jsonl'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/articles missing from output: 10/);
    expect(r.out).toMatch(SUMMARY);
  });
});

describe('eval usage', () => {
  it('a gold folder that does not exist: exit 1, a message naming it', async () => {
    const missing = path.join(tempDir(), 'no-gold');
    const r = await cli('eval', '--gold', missing, path.join(goodArticlesDir, 'batch.jsonl'));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain(missing);
  });

  // With neither input nor --build, eval is misused: a usage error.
  it('no input and no --build: exit 2 (usage error)', async () => {
    const r = await cli('eval', '--gold', goodArticlesDir);
    expect(r.err).toMatch(/--build/);
    expect(r.code).toBe(2);
  });
});
