// PLOVER coding of a country's non-state groups: PLOVER (like CAMEO) codes "Afghan rebels",
// "Congolese refugees", "Palestinians" by their country. `eval --plover` builds its records with
// generic actors, each carrying its country (`country` node attribute, a code such as AFGREB), so
// score.py's `code()` follows the link to the state's iso3; a build without the option leaves these
// groups out. Our figure must be score.py's on an equivalent build (an aliases file that turns the
// option on).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuild } from '../../src/eval/index.js';
import { formatPloverSummary, loadPlover, ploverJsonl, scorePlover, type PloverReport } from '../../src/eval/plover.js';
import { cli, hasPython, hasShared, scorePy, tempDir } from '../fixtures/helpers.js';

const actor = (code: string) => [{ code }];
const RECORDS = [
  { id: 'g1', text: 'Malian rebels attacked French troops near Kidal.', event: 'ASSAULT', source: actor('MLI'), target: actor('FRA') },
  {
    id: 'g2',
    text: 'Palestinians blamed Israel for the bombing in Jenin.',
    event: 'DISAPPROVE',
    source: actor('PSE'),
    target: actor('ISR'),
  },
  { id: 'g3', text: 'Uganda granted asylum to 18 Rwandan rebels.', event: 'AID', source: actor('UGA'), target: actor('RWA') },
  {
    id: 'g4',
    text: 'Ukrainian civilians protested against Russia in Kherson.',
    event: 'PROTEST',
    source: actor('UKR'),
    target: actor('RUS'),
  },
  // The state acts on its own: the group's country is not the state's act.
  { id: 'g5', text: 'The Syrian army shelled Turkish positions.', event: 'ASSAULT', source: actor('SYR'), target: actor('TUR') },
];

describe('PLOVER codes of a country’s groups', () => {
  let out: string;
  let file: string;
  let report: PloverReport;
  beforeAll(async () => {
    out = tempDir('actorgraph-plover-groups-');
    file = path.join(out, 'records.json');
    writeFileSync(file, JSON.stringify(RECORDS));
    const r = await cli('eval', '--plover', file, '--json');
    expect(r.code, r.err).toBe(0);
    report = JSON.parse(r.out) as PloverReport;
  }, 120_000);

  it('eval --plover codes each group by its country', () => {
    const wrong = report.records.filter((r) => r.gold.join() !== r.predicted.join());
    expect(wrong.map((r) => [r.id, r.predicted])).toEqual([]);
    expect(report.typed.tp).toBe(5);
  });

  it.skipIf(!hasShared || !hasPython)('score.py plover gives the same figure on an equivalent build', async () => {
    const aliases = path.join(out, 'aliases.json');
    writeFileSync(aliases, JSON.stringify({ genericActors: true }));
    writeFileSync(path.join(out, 'records.jsonl'), ploverJsonl(await loadPlover(file)));
    const b = await cli(
      'build',
      path.join(out, 'records.jsonl'),
      '--out',
      out,
      '--name',
      'groups',
      '--aliases',
      aliases,
      '--quiet',
      '--no-cache',
    );
    expect(b.code, b.err).toBe(0);
    const built = await readBuild(out, 'groups');
    const mine = scorePlover(built, await loadPlover(file));
    expect(formatPloverSummary(mine)).toEqual(formatPloverSummary(report));
    // The group's node points at its state's node, which the build holds.
    const rebels = (built.nodes as ReadonlyMap<string, Record<string, unknown>>).get('malian-rebels');
    expect(rebels?.country).toBe('mali');
    expect(rebels?.code).toBe('MLIREB');
    const r = spawnSync('python3', [scorePy, 'plover', file, out, 'groups'], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONUTF8: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.replace(/\n$/, '').split('\n')).toEqual(formatPloverSummary(report));
  });
});
