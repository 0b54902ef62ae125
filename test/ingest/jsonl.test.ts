// JSONL input: one article per line; a bad line costs that line only.

import { describe, expect, it } from 'vitest';
import { collect, tempDir, write } from './helpers.js';

const line = (o: unknown): string => JSON.stringify(o);

describe('JSONL', () => {
  it('reads id, text, title, url, date and source, with line numbers', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'news.jsonl',
      [
        line({
          id: 'a1',
          text: 'Russia and Iran met in Tehran.',
          title: 'Talks',
          url: 'http://x.org/a',
          date: '2016-10-11',
          source: 'x.org',
        }),
        line({ id: 'a2', text: 'Turkey shelled the YPG.', date: 'Aug 15 2016' }),
      ].join('\n') + '\n',
    );
    const { articles, problems } = await collect([file]);
    expect(problems).toEqual([]);
    expect(articles).toEqual([
      {
        id: 'a1',
        text: 'Russia and Iran met in Tehran.',
        title: 'Talks',
        url: 'http://x.org/a',
        date: '2016-10-11',
        source: 'x.org',
        origin: { file, line: 1 },
      },
      { id: 'a2', text: 'Turkey shelled the YPG.', date: '2016-08-15', origin: { file, line: 2 } },
    ]);
  });

  it('names a missing id after file and line, and turns numeric ids to strings', async () => {
    const dir = tempDir();
    const file = write(dir, 'feed.jsonl', `${line({ text: 'One.' })}\n\n${line({ id: 42, text: 'Two.' })}\n`);
    const { articles } = await collect([file]);
    expect(articles.map((a) => a.id)).toEqual(['feed-1', '42']);
    expect(articles[1].origin.line).toBe(3);
  });

  it('reports a malformed line in the middle and keeps the lines around it', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'bad.jsonl',
      [
        line({ id: 'ok1', text: 'Before the bad line.' }),
        '{"id": "broken", "text": "no closing brace"',
        '[1, 2, 3]',
        line({ id: 'notext', title: 'only a title' }),
        line({ id: 'numtext', text: 12 }),
        line({ id: 'blank', text: '   ' }),
        line({ id: 'ok2', text: 'After the bad lines.' }),
      ].join('\n'),
    );
    const { articles, problems, all } = await collect([file]);
    expect(articles.map((a) => a.id)).toEqual(['ok1', 'ok2']);
    expect(problems.map((p) => p.origin.line)).toEqual([2, 3, 4, 5, 6]);
    for (const p of problems) {
      expect(p.message).toMatch(new RegExp(`^actorgraph/ingest: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: .+; .+`));
    }
    expect(problems[0].message).toContain('not valid JSON');
    expect(problems[1].message).toContain('not a JSON object');
    expect(problems[2].message).toContain('no "text" field (keys: id, title)');
    expect(problems[2].id).toBe('notext');
    expect(problems[3].message).toContain('a number');
    expect(problems[4].message).toContain('empty');
    // Order of the stream follows the file.
    expect(all.map((x) => ('text' in x ? x.id : x.origin.line))).toEqual(['ok1', 2, 3, 4, 5, 6, 'ok2']);
  });

  it('recognizes other key names and obeys --text-column', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'k.jsonl',
      `${line({ ID: 'x', content: 'Body one.', headline: 'H' })}\n${line({ id: 'y', body: 'Body two.', summary: 'S' })}\n`,
    );
    const guessed = await collect([file]);
    expect(guessed.articles.map((a) => [a.id, a.text, a.title])).toEqual([
      ['x', 'Body one.', 'H'],
      ['y', 'Body two.', undefined],
    ]);
    const named = await collect([file], { textColumn: 'summary' });
    expect(named.articles.map((a) => a.text)).toEqual(['S']);
    expect(named.problems).toHaveLength(1);
    expect(named.problems[0].message).toContain('no "summary" field');
    expect(named.problems[0].message).toContain('--text-column');
  });

  it('turns escaped control characters and CRLF in the text into spaces and LF', async () => {
    const dir = tempDir();
    const file = write(dir, 'c.jsonl', `${line({ id: 'c', text: 'a\u0000b\u0007c\r\nd\re\tf\ud800g' })}\r\n`);
    const { articles } = await collect([file]);
    expect(articles[0].text).toBe('a b c\nd\ne\tf\uFFFDg');
  });

  it('leaves out a date it cannot read, with a notice', async () => {
    const dir = tempDir();
    const file = write(dir, 'd.jsonl', `${line({ id: 'd', text: 'T.', date: 'sometime in spring' })}\n`);
    const { articles, notices } = await collect([file]);
    expect(articles[0].date).toBeUndefined();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'unparsed-date', id: 'd', origin: { file, line: 1 } });
  });

  it('reports a line longer than the limit without keeping it', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'big.jsonl',
      `${line({ id: 'big', text: 'x'.repeat(200_000) })}\n${line({ id: 'mid', text: 'y'.repeat(1500) })}\n${line({ id: 'small', text: 'ok' })}\n`,
    );
    const { articles, problems } = await collect([file], { maxArticleBytes: 1000 });
    expect(articles.map((a) => a.id)).toEqual(['small']);
    expect(problems.map((p) => p.origin.line)).toEqual([1, 2]);
    expect(problems[0].message).toContain('line too long');
    expect(problems[1].message).toContain('article too large');
  });
});
