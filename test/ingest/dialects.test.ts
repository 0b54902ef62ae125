// Issue 17, "input people actually have": CSV delimiters sniffed (`,` `;` tab `|`) or named with
// --delimiter, and said when a column is not found; common column names (ArticleID, PublishedAt,
// published_at, pub_date, headline, story, body); --date-order for slashed dates; a date in the URL
// used for CSV and JSONL rows as for .txt, and preferred to a slashed date that reads two ways.
import { describe, expect, it } from 'vitest';
import { normalizeDate, isAmbiguousDate } from '../../src/ingest/dates.js';
import { sniffLine } from '../../src/ingest/delimiter.js';
import { cli } from '../fixtures/helpers.js';
import { collect, tempDir, write } from './helpers.js';

describe('CSV delimiters', () => {
  it.each([
    [';', 'id;title;text;date\n1;Talks;"Iran met Russia; then Turkey.";2016-10-11\n'],
    ['\t', 'id\ttitle\ttext\tdate\n1\tTalks\tIran met Russia, then Turkey.\t2016-10-11\n'],
    ['|', 'id|title|text|date\n1|Talks|Iran met Russia, then Turkey.|2016-10-11\n'],
    [',', 'id,title,text,date\n1,Talks,"Iran met Russia; then Turkey; again.",2016-10-11\n'],
  ])('%j is sniffed from the header', async (_d, content) => {
    const { articles, problems } = await collect([write(tempDir(), 'a.csv', content)]);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ id: '1', title: 'Talks', date: '2016-10-11' });
    expect(articles[0].text).toMatch(/^Iran met Russia/);
  });

  it('counts only outside quotes', () => {
    expect(sniffLine('"a;b;c",d,e', ',')).toBe(',');
    expect(sniffLine('a;b', '\t')).toBe(';');
    expect(sniffLine('single', '\t')).toBe('\t');
  });

  it('--delimiter overrides the guess', async () => {
    // A header where `,` and `;` tie (`,` is taken), but the file is `;`-separated.
    const file = write(tempDir(), 'b.csv', 'id,x;text\n1,y;Iran met Russia.\n');
    expect((await collect([file])).articles).toHaveLength(0);
    const { articles } = await collect([file], { delimiter: ';' });
    expect(articles.map((a) => a.text)).toEqual(['Iran met Russia.']);
  });

  it('a missing column says which delimiter was assumed', async () => {
    const { problems } = await collect([write(tempDir(), 'c.csv', 'id,when,words\n1,2016,Iran met Russia.\n')]);
    expect(problems[0].message).toMatch(/no text column recognized .*\(columns split on ",", guessed from the header line\)/);
    expect(problems[0].message).toMatch(/--delimiter/);
    const named = await collect([write(tempDir(), 'd.csv', 'id;text\n1;x\n')], { delimiter: '|', textColumn: 'body' });
    expect(named.problems[0].message).toMatch(/no column "body" .*\(columns split on "\|", as --delimiter says\)/);
  });

  it('build --delimiter: bad values are usage errors', async () => {
    const r = await cli('build', tempDir(), '--out', tempDir(), '--delimiter', 'x');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--delimiter must be one of');
    const d = await cli('build', tempDir(), '--out', tempDir(), '--date-order', 'ymd');
    expect(d.code).toBe(2);
    expect(d.err).toContain('--date-order must be mdy');
  });
});

describe('common column names', () => {
  it('ArticleID, PublishedAt, headline, story', async () => {
    const { articles } = await collect([
      write(tempDir(), 'e.csv', 'ArticleID,PublishedAt,headline,story\n7,2016-10-11,Talks,Iran met Russia.\n'),
    ]);
    expect(articles[0]).toMatchObject({ id: '7', date: '2016-10-11', title: 'Talks', text: 'Iran met Russia.' });
  });

  it('published_at, pub_date, body (JSONL keys too)', async () => {
    const dir = tempDir();
    const { articles } = await collect([
      write(dir, 'f.csv', 'id,pub_date,body\n8,2016-10-12,Iran met Russia.\n'),
      write(dir, 'g.jsonl', JSON.stringify({ ArticleID: 'j', published_at: '2016-10-13', headline: 'H', body: 'Turkey met Iran.' }) + '\n'),
    ]);
    expect(articles.map((a) => [a.id, a.date, a.title])).toEqual([
      ['8', '2016-10-12', undefined],
      ['j', '2016-10-13', 'H'],
    ]);
  });

  it('the summary\'s "without a date" line names --date-column', async () => {
    const file = write(tempDir(), 'h.csv', 'id,day,text\n1,2016-10-11,Iran met Russia.\n');
    const r = await cli('build', file, '--out', tempDir(), '--jobs', '1');
    expect(r.err).toMatch(/1 article\(s\) without a date .*--date-column/);
  });
});

describe('dates', () => {
  it('--date-order dmy reads slashed dates day first', async () => {
    expect(normalizeDate('4/10/2017')).toBe('2017-04-10');
    expect(normalizeDate('4/10/2017', 'dmy')).toBe('2017-10-04');
    expect(normalizeDate('19/7/2016', 'dmy')).toBe('2016-07-19');
    expect(normalizeDate('7/19/2016', 'dmy')).toBe('2016-07-19'); // only one reading
    expect(isAmbiguousDate('4/10/2017')).toBe(true);
    expect(isAmbiguousDate('19/7/2016')).toBe(false);
    expect(isAmbiguousDate('4/4/2017')).toBe(false);
    const file = write(tempDir(), 'i.csv', 'id,date,text\n1,4/10/2017,Iran met Russia.\n');
    expect((await collect([file], { dateOrder: 'dmy' })).articles[0].date).toBe('2017-10-04');
  });

  it('a date in the URL is used for CSV and JSONL rows, and wins over an ambiguous slashed date', async () => {
    const dir = tempDir();
    const { articles } = await collect([
      write(
        dir,
        'j.csv',
        [
          'id,url,date,text',
          '1,https://example.org/2023/09/10/talks,,Iran met Russia.',
          '2,https://example.org/2023/09/10/talks,10/9/2023,Iran met Russia.', // ambiguous: the URL decides
          '3,https://example.org/2023/09/10/talks,2023-09-11,Iran met Russia.', // unambiguous: the row wins
          '4,https://example.org/2023/09/10/talks,someday,Iran met Russia.', // not understood: the URL
        ].join('\n') + '\n',
      ),
      write(dir, 'k.jsonl', JSON.stringify({ id: 'k', url: 'http://x.org/news/2016/10/11/a', text: 'Turkey met Iran.' }) + '\n'),
    ]);
    expect(articles.map((a) => [a.id, a.date])).toEqual([
      ['1', '2023-09-10'],
      ['2', '2023-09-10'],
      ['3', '2023-09-11'],
      ['4', '2023-09-10'],
      ['k', '2016-10-11'],
    ]);
  });
});
