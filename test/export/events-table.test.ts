// The events table (`--format events-csv` / `events-tsv`): columns, intensity scale, formula
// cells, and the file as Python's csv module (what pandas and R follow) reads it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVENT_TABLE_COLUMNS, eventsTable, INTENSITY_SCALE, intensityOf } from '../../src/export/events-table.js';
import type { RelationEvent } from '../../src/types.js';
import { cli, hasPython, seedsDir, tempDir } from '../fixtures/helpers.js';
import { buildGraph } from './fixture.js';

const event = (over: Partial<RelationEvent>): RelationEvent => ({
  article: 'a1',
  source: 'iran',
  target: 'russia',
  relation: 'met',
  category: 'CONSULT',
  quad: 'verbal_cooperation',
  sentence: 0,
  start: 0,
  end: 10,
  text: 'Iran met Russia.',
  trigger: 'met',
  ...over,
});

describe('intensity scale', () => {
  it('gives every PLOVER type the extractor emits a value in -10…+10, with its CAMEO code', () => {
    const lexicon = JSON.parse(readFileSync(path.resolve(__dirname, '../../src/lexicon/data/relations.json'), 'utf8'));
    const categories = new Set<string>();
    JSON.stringify(lexicon, (k, v) => (k === 'category' && typeof v === 'string' ? (categories.add(v), v) : v));
    for (const c of categories) {
      if (c === 'AFFILIATE') continue;
      const v = intensityOf(c);
      expect(v, c).toBeTypeOf('number');
      expect(Math.abs(v!)).toBeLessThanOrEqual(10);
      expect(INTENSITY_SCALE.types[c].cameo).toMatch(/^\d{2,3} /);
    }
    expect(intensityOf('AFFILIATE')).toBeUndefined();
    expect(intensityOf('FIGHT')).toBe(-10);
    expect(intensityOf('AID')).toBeGreaterThan(0);
    expect(INTENSITY_SCALE.source).toMatch(/Goldstein/);
  });
});

describe('eventsTable', () => {
  const g = buildGraph();
  const events = [
    event({ date: '2024-01-05' }),
    event({
      relation: 'attacks',
      category: 'ASSAULT',
      quad: 'material_conflict',
      source: 'russia',
      target: 'iran',
      sourceCode: 'RUSMIL',
      text: '=HYPERLINK("x") said, "hi"\nthere',
      negated: true,
    }),
    event({ article: 'a2', relation: 'member_of', category: 'AFFILIATE', quad: null, source: 'vladimir-putin' }),
  ];
  const articles = [{ id: 'a1', source: 'Reuters', url: 'https://example.org/a1', date: '2024-01-05' }];

  it('writes the header and one row per event, numbered per article', () => {
    const text = eventsTable(events, { graph: g, articles });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(EVENT_TABLE_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      'a1-1,2024-01-05,Iran,iran,IRN,Russia,russia,RUS,met,CONSULT,verbal_cooperation,1,false,false,a1,Reuters,https://example.org/a1,Iran met Russia.,,,,,1,1',
    );
    expect(lines[2]).toMatch(/^a1-2,2024-01-05,Russia,russia,RUSMIL,Iran,iran,IRN,attacks,ASSAULT,material_conflict,-9,true,false,/);
    // Formula neutralized, quotes doubled, line break a space.
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"") said, ""hi"" there"`);
    expect(lines[3]).toMatch(/^a2-1,,Vladimir Putin,vladimir-putin,,Russia,russia,RUS,member_of,AFFILIATE,,,false,false,a2,,,/);
  });

  it('writes TSV with the same cells', () => {
    const tsv = eventsTable(events, { graph: g, articles, delimiter: '\t' }).split('\n');
    expect(tsv[0]).toBe(EVENT_TABLE_COLUMNS.join('\t'));
    expect(tsv[1].split('\t')).toHaveLength(EVENT_TABLE_COLUMNS.length);
    expect(tsv[1].split('\t')[17]).toBe('Iran met Russia.');
    const placed = eventsTable([event({ place: 'Aleppo', placeCountry: 'SYR', lat: 36.20124, lon: 37.16117 })])
      .trim()
      .split('\n')[1];
    // Places, then the counts: one article, its source unknown without the articles.
    expect(placed.endsWith(',Aleppo,SYR,36.20124,37.16117,1,')).toBe(true);
    const repeated = eventsTable([event({ articles: 3, sources: 2 })], { articles })
      .trim()
      .split('\n')[1];
    expect(repeated.endsWith(',3,2')).toBe(true);
  });
});

describe('build --format events-csv,events-tsv', () => {
  it.skipIf(!hasPython)("writes files that Python's csv module reads with no extra arguments", async () => {
    const out = tempDir();
    const r = await cli('build', seedsDir, '--out', out, '--name', 's', '--format', 'events-csv,events-tsv', '--no-cache', '-j', '1');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('s.events.csv');
    const events = readFileSync(path.join(out, 's.events.jsonl'), 'utf8').trim().split('\n');
    const script = `
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
tsv = list(csv.DictReader(open(sys.argv[2], newline='', encoding='utf-8'), delimiter='\\t'))
print(json.dumps({"columns": list(rows[0].keys()), "n": len(rows), "same": rows == tsv, "first": rows[0]}))`;
    const py = spawnSync('python3', ['-c', script, path.join(out, 's.events.csv'), path.join(out, 's.events.tsv')], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const got = JSON.parse(py.stdout);
    expect(got.columns).toEqual([...EVENT_TABLE_COLUMNS]);
    expect(got.n).toBe(events.length);
    expect(got.same).toBe(true);
    const first = JSON.parse(events[0]);
    expect(got.first.article_id).toBe(first.article);
    expect(got.first.sentence).toBe(first.text);
    expect(got.first.plover_type).toBe(first.category);
    expect(Number(got.first.intensity)).toBe(intensityOf(first.category));
  });
});
