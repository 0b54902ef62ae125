// PLOVER scoring of organizations and armed groups by their CAMEO code (the node attribute `code`):
// score.py's `code()` takes an armed group's code (Hamas PSE, al-Qaeda IMG, Hezbollah LBN) and, for
// an organization, only IGO or NGO. Our scorer must give what `score.py plover` gives on the same build.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuild } from '../../src/eval/index.js';
import { formatPloverSummary, loadPlover, ploverJsonl, scorePlover, type PloverReport } from '../../src/eval/plover.js';
import { cli, hasPython, hasShared, scorePy, tempDir } from '../fixtures/helpers.js';

const actor = (code: string) => [{ code }];
const RECORDS = [
  { id: 'r1', text: 'Israeli warplanes attacked Hamas positions in Gaza.', event: 'ASSAULT', source: actor('ISR'), target: actor('PSE') },
  { id: 'r2', text: 'Hezbollah fighters attacked Israel.', event: 'ASSAULT', source: actor('LBN'), target: actor('ISR') },
  { id: 'r3', text: 'Al-Qaeda attacked the United States.', event: 'ASSAULT', source: actor('IMG'), target: actor('USA') },
  { id: 'r4', text: 'Human Rights Watch condemned Syria.', event: 'DISAPPROVE', source: actor('NGO'), target: actor('SYR') },
  { id: 'r5', text: 'The United Nations condemned Syria.', event: 'DISAPPROVE', source: actor('IGO'), target: actor('SYR') },
  { id: 'r6', text: 'The Taliban attacked Pakistan.', event: 'ASSAULT', source: actor('AFG'), target: actor('PAK') },
  // An organization with a state's code: score.py reads it as IGO.
  { id: 'r7', text: 'Fatah condemned Israel.', event: 'DISAPPROVE', source: actor('PSE'), target: actor('ISR') },
];

describe('PLOVER codes of organizations and armed groups', () => {
  let out: string;
  let report: PloverReport;
  let file: string;
  beforeAll(async () => {
    out = tempDir('actorgraph-plover-codes-');
    file = path.join(out, 'records.json');
    writeFileSync(file, JSON.stringify(RECORDS));
    writeFileSync(path.join(out, 'records.jsonl'), ploverJsonl(await loadPlover(file)));
    const r = await cli('build', path.join(out, 'records.jsonl'), '--out', out, '--name', 'codes', '--quiet', '--no-cache');
    expect(r.code, r.err).toBe(0);
    report = scorePlover(await readBuild(out, 'codes'), await loadPlover(file));
  }, 120_000);

  it('scores armed groups by their code', () => {
    const wrong = report.records.filter((r) => r.gold.join() !== r.predicted.join());
    // Only Fatah, an organization coded PSE, comes out as IGO (score.py's rule for organizations).
    expect(wrong.map((r) => [r.id, r.predicted])).toEqual([['r7', ['opposes IGO → ISR']]]);
    expect(report.typed.tp).toBe(6);
  });

  it.skipIf(!hasShared || !hasPython)('score.py plover prints the same lines', () => {
    const r = spawnSync('python3', [scorePy, 'plover', file, out, 'codes'], { encoding: 'utf8', env: { ...process.env, PYTHONUTF8: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.replace(/\n$/, '').split('\n')).toEqual(formatPloverSummary(report));
  });
});
