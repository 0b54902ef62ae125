// CSV input: recognized columns, options, and the damage scraped CSV files carry.

import { describe, expect, it } from 'vitest';
import { collect, tempDir, write } from './helpers.js';

describe('CSV', () => {
  it('reads FA-KES-style columns with CRLF, a BOM and quoted multi-line fields', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'fakes.csv',
      '\uFEFFunit_id,article_title,article_content,source,date,location,labels\r\n' +
        '101,Talks in Tehran,"Iran and Russia met.\r\nThey agreed, ""strongly"".",presstv,4/10/2017,Tehran,1\r\n' +
        '102,Strike,Turkey shelled the YPG.,trt,10/6/2016,Afrin,0\r\n',
    );
    const { articles, problems } = await collect([file]);
    expect(problems).toEqual([]);
    expect(articles).toEqual([
      {
        id: '101',
        title: 'Talks in Tehran',
        text: 'Iran and Russia met.\nThey agreed, "strongly".',
        source: 'presstv',
        date: '2017-04-10',
        origin: { file, line: 2 },
      },
      { id: '102', title: 'Strike', text: 'Turkey shelled the YPG.', source: 'trt', date: '2016-10-06', origin: { file, line: 4 } },
    ]);
  });

  it('recognizes common column names in any case, and names rows without id by file and line', async () => {
    const dir = tempDir();
    const file = write(dir, 'plain.csv', 'Headline,Body,Published,Link\nA,Text one.,2016-10-11,http://a.org/1\n\nB,Text two.,,\n');
    const { articles } = await collect([file]);
    expect(articles).toEqual([
      { id: 'plain-2', title: 'A', text: 'Text one.', date: '2016-10-11', url: 'http://a.org/1', origin: { file, line: 2 } },
      { id: 'plain-4', title: 'B', text: 'Text two.', origin: { file, line: 4 } },
    ]);
  });

  it('lets the column options override the recognized names', async () => {
    const dir = tempDir();
    const file = write(dir, 'o.csv', 'id,text,summary,ref\n1,Long text.,Short text.,X-1\n');
    const { articles } = await collect([file], { textColumn: 'summary', idColumn: 'REF' });
    expect(articles.map((a) => [a.id, a.text])).toEqual([['X-1', 'Short text.']]);
  });

  it('reads TSV', async () => {
    const dir = tempDir();
    const file = write(dir, 't.tsv', 'id\ttext\n1\tA text, with a comma.\n');
    const { articles } = await collect([file]);
    expect(articles.map((a) => a.text)).toEqual(['A text, with a comma.']);
  });

  it('survives stray bytes: invalid UTF-8 and encoding debris', async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([
      Buffer.from('id,text\n1,"Syria\'s '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' war \uFFFD_ continues"\n2,Next row.\n'),
    ]);
    const file = write(dir, 'debris.csv', bytes);
    const { articles, problems } = await collect([file]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['1', '2']);
    expect(articles[0].text).toMatch(/^Syria's \uFFFD+ war \uFFFD_ continues$/);
  });

  it('reports a CSV without a text column once, listing its columns and the option', async () => {
    const dir = tempDir();
    const file = write(dir, 'notext.csv', 'id,name,score\n1,a,2\n2,b,3\n');
    const { articles, problems } = await collect([file]);
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].origin).toEqual({ file, line: 1 });
    expect(problems[0].message).toContain('"id", "name", "score"');
    expect(problems[0].message).toContain('--text-column');
  });

  it('reports a column option that names no column, with the available ones', async () => {
    const dir = tempDir();
    const file = write(dir, 'x.csv', 'id,text\n1,Body.\n');
    const { articles, problems } = await collect([file], { dateColumn: 'pubdate' });
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('no column "pubdate" (named with --date-column)');
    expect(problems[0].message).toContain('"id", "text"');
  });

  it('reports a quote never closed at its line, keeps the rows before and recovers the rows after', async () => {
    const dir = tempDir();
    const file = write(dir, 'q.csv', 'id,text\n1,First.\n2,"Broken quote starts here\n3,Third.\n4,Fourth.\n');
    const { articles, problems } = await collect([file]);
    expect(articles.map((a) => [a.id, a.origin.line])).toEqual([
      ['1', 2],
      ['3', 4],
      ['4', 5],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0].origin).toEqual({ file, line: 3 });
    expect(problems[0].message).toContain('unbalanced quote');
  });

  it('reports a quote closed in the wrong place, instead of swallowing the rows after it', async () => {
    const dir = tempDir();
    const file = write(dir, 'q2.csv', 'id,text\n1,First.\n2,"Broken\n3,Third.\n4,"Fourth"\n5,Fifth.\n');
    const { articles, problems } = await collect([file]);
    expect(articles.map((a) => a.id)).toEqual(['1', '3', '4', '5']);
    expect(problems.map((p) => p.origin.line)).toEqual([3]);
  });

  it('gives up on a file whose header line has an unbalanced quote', async () => {
    const dir = tempDir();
    const file = write(dir, 'qh.csv', '"id,text\n1,a\n');
    const { articles, problems } = await collect([file]);
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('cannot read the header line');
  });

  it('recovers from several broken quotes, after blank lines and multi-line rows', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'qm.csv',
      'id,text\r\n1,"multi\r\nline"\r\n\r\n\r\n2,"broken\r\n3,Third.\r\n4,"x" y\r\n5,"never closed\r\n6,Sixth.',
    );
    const { all } = await collect([file]);
    expect(all.map((x) => ('text' in x ? `${x.id}@${x.origin.line}` : `problem@${x.origin.line}`))).toEqual([
      '1@2',
      'problem@6',
      '3@7',
      '4@8',
      'problem@9',
      '6@10',
    ]);
  });

  it('accepts quotes inside unquoted fields', async () => {
    const dir = tempDir();
    const file = write(dir, 'q3.csv', 'id,text\n1,He said "no" twice.\n2,"Fine" and more\n');
    const { articles, problems } = await collect([file]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.text)).toEqual(['He said "no" twice.', '"Fine" and more']);
  });

  it('reports an empty text cell as an empty article, with its line and id', async () => {
    const dir = tempDir();
    const file = write(dir, 'e.csv', 'id,title,text\n1,T,\n2,T2,Body.\n');
    const { articles, problems } = await collect([file]);
    expect(articles.map((a) => a.id)).toEqual(['2']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ id: '1', origin: { file, line: 2 } });
    expect(problems[0].message).toContain('empty article');
  });

  it('reports a header-only or empty CSV', async () => {
    const dir = tempDir();
    const a = write(dir, 'h.csv', 'id,text\n');
    const b = write(dir, 'z.csv', '');
    const { articles, problems } = await collect([a, b]);
    expect(articles).toEqual([]);
    expect(problems.map((p) => p.origin.file)).toEqual([a, b]);
    expect(problems[0].message).toContain('no articles');
  });
});
