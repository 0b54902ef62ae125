import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readEvents, type EventFilter } from '../../src/query/index.js';
import type { RelationEvent } from '../../src/types.js';
import { smallEvents, writeFixture } from './fixture.js';

const fx = writeFixture();
afterAll(() => fx.cleanup());

async function collect(filter?: EventFilter, path = fx.events): Promise<RelationEvent[]> {
  const out: RelationEvent[] = [];
  for await (const e of readEvents(path, filter)) out.push(e);
  return out;
}

describe('readEvents', () => {
  const all = smallEvents().filter((e) => !e.negated);

  test('streams every certain event in file order', async () => {
    expect(await collect()).toEqual(all);
    expect((await collect({ uncertain: true })).length).toBe(all.length + 1);
  });

  test('filters', async () => {
    expect((await collect({ actor: 'turkey' })).every((e) => e.source === 'turkey' || e.target === 'turkey')).toBe(true);
    expect((await collect({ actor: 'turkey' })).length).toBe(3 + 2 + 1 + 3);
    expect((await collect({ actor: 'syria', with: 'turkey' })).map((e) => e.article)).toEqual([
      'attacks-turkey-syria-0',
      'attacks-turkey-syria-1',
      'opposes-syria-turkey-0',
    ]);
    expect((await collect({ source: 'syria', target: 'turkey' })).length).toBe(1);
    expect((await collect({ relation: ['met', 'allied_with'] })).map((e) => e.relation)).toEqual([
      'met',
      'met',
      'met',
      'met',
      'met',
      'allied_with',
    ]);
    expect((await collect({ article: 'supports-iran-syria-1' })).map((e) => e.text)).toEqual(['iran supports syria, report 1.']);
    expect((await collect({ article: ['supports-iran-syria-1', 'nope'] })).length).toBe(1);
    // Event dates: undated events fail any bound.
    const in2016 = await collect({ from: '2016', to: '2016' });
    expect(in2016.length).toBeGreaterThan(0);
    expect(in2016.every((e) => e.date!.startsWith('2016'))).toBe(true);
    expect((await collect({ to: '2013-01' })).map((e) => e.article)).toEqual(['attacks-al-shabaab-somalia-0']);
    expect((await collect({ actor: 'iraq', from: '1900' })).length).toBe(0);
  });

  test('stopping early closes the file', async () => {
    for await (const e of readEvents(fx.events)) {
      expect(e.source).toBe('russia');
      break;
    }
  });

  test('errors: missing file, bad line, bad filter', async () => {
    await expect(collect({}, join(fx.dir, 'none.jsonl'))).rejects.toThrow(
      /^actorgraph\/query: cannot read the events file .*none\.jsonl: no such file/,
    );
    const bad = join(fx.dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify(all[0])}\n\n{oops\n`);
    await expect(collect({}, bad)).rejects.toThrow(/^actorgraph\/query: .*bad\.jsonl:3: not a JSON line/);
    writeFileSync(bad, '{"a": 1}\n');
    await expect(collect({}, bad)).rejects.toThrow(/bad\.jsonl:1: not an event/);
    await expect(collect({ from: 'May 2016' })).rejects.toThrow(/^actorgraph\/query: from must be a date/);
  });
});
