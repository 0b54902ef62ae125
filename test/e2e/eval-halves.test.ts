// Regression guard for the halves of ../shared/eval/dev2 and the PLOVER records that rules were
// developed on (eval/split.ts): a build scored against their gold must stay above the floors of
// eval-floor.json ("dev2Develop", "ploverDevelop"). The held-out halves are not guarded here: their
// figures are measured when a round of work ends (README, Quality), never tuned on. The PLOVER
// scorer must print what ../shared/eval/score.py plover prints.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGold, readBuild, scoreBuild, type EvalReport } from '../../src/eval/index.js';
import { articleHalf } from '../../src/eval/split.js';
import { formatPloverSummary, loadPlover, ploverJsonl, scorePlover, type PloverReport } from '../../src/eval/plover.js';
import { cli, hasPython, hasShared, scorePy, sharedDir, tempDir, warnSkip } from '../fixtures/helpers.js';

interface HalfFloor {
  relationF1: number;
  relationP: number;
  actorF1?: number;
}

const floors = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'eval-floor.json'), 'utf8')) as {
  dev2Develop: HalfFloor;
  ploverDevelop: { typedF1: number };
};
const dev2 = path.join(sharedDir, 'eval/dev2');
const plover = path.join(sharedDir, 'eval/plover/PLOVER_GSR_dev.json');
const noShared = hasShared ? undefined : `${sharedDir} is absent (../shared is not available in this checkout)`;
warnSkip('extraction-quality guard on the developed halves of dev2 and PLOVER', noShared);

describe.skipIf(noShared !== undefined)('extraction quality on the developed half of ../shared/eval/dev2', () => {
  let report: EvalReport;
  beforeAll(async () => {
    const out = tempDir('actorgraph-eval-dev2-');
    const r = await cli('build', path.join(dev2, 'articles'), '--out', out, '--name', 'dev2', '--quiet');
    expect(r.code, r.err).toBe(0);
    const gold = await loadGold(dev2);
    gold.articles = gold.articles.filter((a) => articleHalf(a.article) === 'develop');
    report = scoreBuild(await readBuild(out, 'dev2'), gold);
    console.log(
      `dev2 (develop half): relations P=${report.relations.precision.toFixed(3)} R=${report.relations.recall.toFixed(3)} F1=${report.relations.f1.toFixed(3)}`,
    );
  });

  it(`relation F1 ≥ ${floors.dev2Develop.relationF1}, P ≥ ${floors.dev2Develop.relationP}`, () => {
    expect(report.relations.f1).toBeGreaterThanOrEqual(floors.dev2Develop.relationF1);
    expect(report.relations.precision).toBeGreaterThanOrEqual(floors.dev2Develop.relationP);
    if (floors.dev2Develop.actorF1 !== undefined) expect(report.actors.f1).toBeGreaterThanOrEqual(floors.dev2Develop.actorF1);
  });

  it('takes no negated or hypothetical claim of the gold as true', () => {
    expect(report.negativeHits).toBe(0);
  });
});

describe.skipIf(noShared !== undefined)('PLOVER records (developed half)', () => {
  let out: string;
  let full: PloverReport;
  let half: PloverReport;
  beforeAll(async () => {
    out = tempDir('actorgraph-eval-plover-');
    const records = await loadPlover(plover);
    const input = path.join(out, 'plover.jsonl');
    writeFileSync(input, ploverJsonl(records));
    // Built as `eval --plover` builds them: with generic actors, which PLOVER codes by their country.
    const aliases = path.join(out, 'aliases.json');
    writeFileSync(aliases, JSON.stringify({ genericActors: true }));
    const r = await cli('build', input, '--out', out, '--name', 'plover', '--aliases', aliases, '--quiet');
    expect(r.code, r.err).toBe(0);
    const build = await readBuild(out, 'plover');
    full = scorePlover(build, records);
    half = scorePlover(build, await loadPlover(plover, 'develop'));
    console.log(`PLOVER (develop half): ${formatPloverSummary(half).at(-1)}`);
  });

  it(`typed F1 ≥ ${floors.ploverDevelop.typedF1}`, () => {
    expect(half.typed.f1).toBeGreaterThanOrEqual(floors.ploverDevelop.typedF1);
  });

  it.skipIf(!hasPython)('score.py plover prints the same lines for the whole file', () => {
    const r = spawnSync('python3', [scorePy, 'plover', plover, out, 'plover'], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONUTF8: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.replace(/\n$/, '').split('\n')).toEqual(formatPloverSummary(full));
  });
});
