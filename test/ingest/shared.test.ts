// The real corpus in ../shared: the whole FA-KES CSV and the annotated dev articles.

import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SHARED, SHARED, collect } from './helpers.js';

describe.skipIf(!HAS_SHARED)('FA-KES and the dev set in ../shared', () => {
  it('reads the whole FA-KES CSV: 804 articles, no problems', async () => {
    const file = path.join(SHARED, 'corpus/fa-kes/FA-KES-Dataset.csv');
    const { articles, problems, notices } = await collect([file]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(804);
    expect(articles[0]).toMatchObject({
      id: '1914947530',
      title: 'Syria attack symptoms consistent with nerve agent use WHO',
      source: 'nna',
      date: '2017-04-05',
      origin: { file, line: 2 },
    });
    expect(articles[0].text.startsWith('Wed 05 Apr 2017 Syria attack symptoms')).toBe(true);
    for (const a of articles) {
      expect(a.date, a.id).toMatch(/^20(1[1-8])-\d{2}-\d{2}$/);
      expect(a.text.trim().length, a.id).toBeGreaterThan(0);
      expect(a.text, a.id).not.toMatch(/[\r\u0000-\u0008]/);
    }
    expect(new Set(articles.map((a) => a.id)).size).toBe(804);
    // FA-KES repeats 12 unit_ids; the later copies are renamed, and said so.
    expect(notices.filter((n) => n.kind === 'duplicate-id')).toHaveLength(12);
    expect(notices.filter((n) => n.kind !== 'duplicate-id')).toEqual([]);
    // One line per record, header on line 1.
    expect(articles.at(-1)!.origin.line).toBe(805);
  });

  it('reads the dev articles folder: ten articles in byte order of name', async () => {
    const dir = path.join(SHARED, 'eval/dev/articles');
    const { articles, problems } = await collect([dir]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      '1918398799',
      '1923102842',
      '1923102964',
      '1924058102',
      '1926479006',
      '1926479206',
      '1962495676',
      '1965511162',
      'eaworldview-2016-08-15-bogdanov-tehran',
      'presstv-2016-10-11-velayati-lavrentiev',
    ]);
    expect(articles.map((a) => a.source)).toEqual([
      'dailysabah',
      'alaraby',
      'alaraby',
      'trt',
      'manar',
      'etilaf',
      'alalam',
      'manar',
      'eaworldview',
      'presstv.ir',
    ]);
    expect(articles.map((a) => a.date)).toEqual([
      '2016-07-19',
      '2016-08-05',
      '2017-10-01',
      '2016-10-06',
      '2017-04-10',
      '2016-08-20',
      '2016-05-26',
      '2015-07-09',
      '2016-08-15',
      '2016-10-11',
    ]);
  });
});
