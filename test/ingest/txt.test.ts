// Text files as found in the wild: header lines, titles, datelines, and the real sample files.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTxt } from '../../src/ingest/txt.js';
import { HAS_SHARED, SHARED, collect, tempDir, write } from './helpers.js';

describe('parseTxt', () => {
  it('takes a leading address as url, source and date, and drops the number lines after it', () => {
    const p = parseTxt(
      'http://www.presstv.ir/Detail/2016/10/11/488594/Iran-Russia\n60\n6\nA senior advisor says Iran and Russia must cooperate.\n\nMore text.\n',
    );
    expect(p).toEqual({
      url: 'http://www.presstv.ir/Detail/2016/10/11/488594/Iran-Russia',
      source: 'presstv.ir',
      date: '2016-10-11',
      text: 'A senior advisor says Iran and Russia must cooperate.\n\nMore text.',
    });
  });

  it('takes a title followed by a blank line, and blanks a dateline with its byline', () => {
    const dateline = '15 Aug 2016 – eaworldview – By Scott Lucas – ';
    const p = parseTxt(
      `Iran Daily: Tehran & Russia Continue Talks\n\nRussian Deputy Foreign Minister Mikhail Bogdanov has arrived in Tehran.\n\n${dateline}The discussions come amid a rebel offensive.\n`,
    );
    expect(p.title).toBe('Iran Daily: Tehran & Russia Continue Talks');
    expect(p.date).toBe('2016-08-15');
    expect(p.source).toBe('eaworldview');
    expect(p.text).not.toContain('Scott Lucas');
    expect(p.text).toContain(`\n\n${' '.repeat(dateline.length)}The discussions`);
    expect(p.text.startsWith('Russian Deputy')).toBe(true);
  });

  it('reads the `source M/D/YYYY` line after a title, even when the title ends with a period', () => {
    const p = parseTxt(
      'Zarif Urges Intl. Fact-Finding Mission.\nmanar 4/10/2017\n\nApril 10 2017 Iranian Foreign Minister Zarif has reiterated the stance.\n',
    );
    expect(p).toMatchObject({ title: 'Zarif Urges Intl. Fact-Finding Mission.', source: 'manar', date: '2017-04-10' });
    expect(p.text).toBe('Iranian Foreign Minister Zarif has reiterated the stance.');
  });

  it('keeps the header date over a body dateline, but still blanks the dateline', () => {
    const p = parseTxt(
      'US-led strike kills 18 civilians\nalaraby 10/1/2017\n\nDate of publication 3 October 2017 International coalition planes struck.\n',
    );
    expect(p.date).toBe('2017-10-01');
    expect(p.text).toBe('International coalition planes struck.');
  });

  it('blanks a copy of the title that opens the body after the dateline', () => {
    const p = parseTxt(
      'Hezbollah Al-Nujaba Kills 23 Militants\nalalam 5/26/2016\n\nThu May 26 2016 Hezbollah Al-Nujaba Kills 23 Militants. 23 members were killed.\n',
    );
    expect(p.text).toBe('23 members were killed.');
  });

  it('does not take a first paragraph that is a sentence as the title', () => {
    const p = parseTxt('Russian jets struck rebel positions near Aleppo on Tuesday.\n\nThe observatory said so.\n');
    expect(p.title).toBeUndefined();
    expect(p.text.startsWith('Russian jets')).toBe(true);
  });

  it('does not take the first line of a hard-wrapped paragraph as the title', () => {
    const p = parseTxt('Russian jets struck rebel positions near Aleppo on Tuesday, the\nSyrian Observatory for Human Rights said.\n');
    expect(p.title).toBeUndefined();
  });

  it('takes a short line without final period followed by a new sentence as the title', () => {
    const p = parseTxt('Turkey shells Kurdish militia in Afrin\nTurkish artillery shelled positions of the YPG on Sunday.\n');
    expect(p.title).toBe('Turkey shells Kurdish militia in Afrin');
    expect(p.text).toBe('Turkish artillery shelled positions of the YPG on Sunday.');
  });

  it('takes a dateline alone on the first line as header, not as title', () => {
    const p = parseTxt('15 Aug 2016 – eaworldview – By Scott Lucas\n\nIran and Russia continue talks.\n');
    expect(p).toEqual({ date: '2016-08-15', source: 'eaworldview', text: 'Iran and Russia continue talks.' });
  });

  it('blanks a lone byline paragraph', () => {
    const p = parseTxt('Title of the story\n\nBy Jane Smith\n\nThe army advanced on Sunday.\n');
    expect(p.text).toBe('The army advanced on Sunday.');
  });

  it('leaves a date inside a sentence alone', () => {
    const p = parseTxt('The talks were held on 15 Aug 2016 in Tehran.\n');
    expect(p.text).toBe('The talks were held on 15 Aug 2016 in Tehran.');
    expect(p.date).toBeUndefined();
  });

  it('gives an empty text for a header-only file', () => {
    expect(parseTxt('http://example.com/2016/10/11/x\n60\n6\n').text).toBe('');
  });
});

describe('text files through readArticles', () => {
  it('gives the file name without extension as id, no line in origin', async () => {
    const dir = tempDir();
    const file = write(dir, 'story-1.txt', 'The Syrian army attacked Daesh positions near Palmyra.\n');
    const { articles, problems } = await collect([file]);
    expect(problems).toEqual([]);
    expect(articles).toEqual([{ id: 'story-1', text: 'The Syrian army attacked Daesh positions near Palmyra.', origin: { file } }]);
  });
});

describe.skipIf(!HAS_SHARED)('the sample text files in ../shared', () => {
  it('presstv seed: url, host as source, date from the path, number lines gone', async () => {
    const file = path.join(SHARED, 'corpus/seeds/presstv-2016-10-11-velayati-lavrentiev.txt');
    const { articles, problems } = await collect([file]);
    expect(problems).toEqual([]);
    const a = articles[0];
    expect(a.url).toMatch(/^http:\/\/presstv\.ir\/Detail\/2016\/10\/11\//);
    expect(a.source).toBe('presstv.ir');
    expect(a.date).toBe('2016-10-11');
    expect(a.title).toBeUndefined();
    expect(a.text.startsWith('A senior advisor')).toBe(true);
    expect(a.text).not.toMatch(/^\d+$/m);
  });

  it('eaworldview seed: title, dateline date and source, no reporter in the text', async () => {
    const file = path.join(SHARED, 'corpus/seeds/eaworldview-2016-08-15-bogdanov-tehran.txt');
    const { articles } = await collect([file]);
    const a = articles[0];
    expect(a.title).toBe('Iran Daily: Amid Syrian Difficulties, Tehran & Russia Continue Talks');
    expect(a.date).toBe('2016-08-15');
    expect(a.source).toBe('eaworldview');
    expect(a.text).not.toContain('Scott Lucas');
    expect(a.text).not.toContain('Iran Daily:');
    expect(a.text.startsWith('Facing difficulties')).toBe(true);
    expect(a.text).toContain('The discussions come amid a rebel offensive');
  });

  it('dev article 1926479006: title, source and date from the header lines', async () => {
    const { articles } = await collect([path.join(SHARED, 'eval/dev/articles/1926479006.txt')]);
    const a = articles[0];
    expect(a.id).toBe('1926479006');
    expect(a.title).toBe('Zarif Urges Intl. Fact-Finding Mission to Probe Syria Gas Attack.');
    expect(a.source).toBe('manar');
    expect(a.date).toBe('2017-04-10');
    expect(a.text).not.toMatch(/^manar/);
    expect(a.text).not.toContain('April 10 2017');
  });

  it('all twelve sample files: one article each, the header out of the text', async () => {
    const dirs = [path.join(SHARED, 'corpus/seeds'), path.join(SHARED, 'eval/dev/articles')];
    const files = dirs.flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => path.join(d, f)),
    );
    expect(files).toHaveLength(12);
    for (const file of files) {
      const { articles, problems } = await collect([file]);
      expect(problems, file).toEqual([]);
      const a = articles[0];
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      expect(a.date, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(a.source, file).toBeTruthy();
      if (!lines[0].startsWith('http')) {
        // Every sample without an address starts with its title.
        expect(a.title, file).toBe(lines[0].trim());
        expect(a.text.startsWith(lines[0].trim()), file).toBe(false);
      }
      if (/^\S+ \d+\/\d+\/\d{4}$/.test(lines[1])) {
        expect(`${a.source} `, file).toBe(lines[1].split(' ')[0] + ' ');
        expect(a.text, file).not.toContain(lines[1]);
      }
      expect(a.text.length, file).toBeGreaterThan(500);
    }
  });
});
