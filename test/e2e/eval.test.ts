// Regression guard for extraction quality: a build of ../shared/eval/dev/articles scored against its
// gold must stay above the floors of eval-floor.json (raise them as extraction improves, never lower
// them to make a change pass), and our scorer must print what ../shared/eval/score.py prints.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatSummary, scoreFiles, type EvalReport } from '../../src/eval/index.js';
import { cli, devArticlesDir, devGoldDir, hasPython, hasShared, scorePy, sharedDir, tempDir, warnSkip } from '../fixtures/helpers.js';

interface Floor {
  actorF1: number;
  relationF1: number;
  relationP?: number;
  relationR?: number;
  actorP?: number;
  actorR?: number;
}

const floorFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-floor.json');
const floor = JSON.parse(readFileSync(floorFile, 'utf8')) as Floor;

const noShared = hasShared ? undefined : `${sharedDir} is absent (../shared is not available in this checkout)`;
const noPython = hasPython ? undefined : 'python3 is not available';
warnSkip('extraction-quality guard on ../shared/eval/dev', noShared);
if (!noShared) warnSkip('agreement with score.py on the dev build', noPython);

const NAME = 'dev';

describe.skipIf(noShared !== undefined)('extraction quality on ../shared/eval/dev', () => {
  let out: string;
  let report: EvalReport;
  let summary: string;

  beforeAll(async () => {
    out = tempDir('actorgraph-eval-');
    const r = await cli('build', devArticlesDir, '--out', out, '--name', NAME, '--quiet');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    report = await scoreFiles(out, NAME, devGoldDir);
    summary = formatSummary(report).at(-1)!;
    console.log(`dev evaluation: ${summary}`);
  });

  it('builds every gold article', () => {
    expect(report.missingArticles).toEqual([]);
  });

  it(`actor F1 ≥ ${floor.actorF1}`, () => {
    expect(report.actors.f1, summary).toBeGreaterThanOrEqual(floor.actorF1);
    if (floor.actorP !== undefined) expect(report.actors.precision, summary).toBeGreaterThanOrEqual(floor.actorP);
    if (floor.actorR !== undefined) expect(report.actors.recall, summary).toBeGreaterThanOrEqual(floor.actorR);
  });

  it(`relation F1 ≥ ${floor.relationF1}${floor.relationP !== undefined ? `, P ≥ ${floor.relationP}` : ''}`, () => {
    expect(report.relations.f1, summary).toBeGreaterThanOrEqual(floor.relationF1);
    if (floor.relationP !== undefined) expect(report.relations.precision, summary).toBeGreaterThanOrEqual(floor.relationP);
    if (floor.relationR !== undefined) expect(report.relations.recall, summary).toBeGreaterThanOrEqual(floor.relationR);
  });

  it.skipIf(noPython !== undefined)('score.py prints the same lines for this build', () => {
    const r = spawnSync('python3', [scorePy, 'articles', devGoldDir, out, NAME], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONUTF8: '1', PYTHONIOENCODING: 'utf-8' },
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.replace(/\n$/, '').split('\n');
    expect(lines.at(-1)).toMatch(/^actors P=.* \| relations P=/);
    expect(lines.at(-1)).toBe(summary);
    expect(lines).toEqual(formatSummary(report));
  });
});
