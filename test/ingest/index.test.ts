// readArticles as a whole: folders and order, bad input of every kind, encodings, unique ids.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, UniqueIds, isProblem, readArticles } from '../../src/ingest/index.js';
import { collect, tempDir, write } from './helpers.js';

const STORY = 'The Syrian army attacked Daesh positions near Palmyra on Sunday.';

describe('files and folders', () => {
  it('reads folders recursively, in byte order of path, skipping unknown and hidden files silently', async () => {
    const dir = tempDir();
    write(dir, 'b.txt', 'B text.');
    write(dir, 'a/z.txt', 'A/Z text.');
    write(dir, 'a-c.txt', 'A-C text.');
    write(dir, 'B.txt', 'Capital B text.');
    write(dir, 'notes.md', 'not an article');
    write(dir, 'image.jpg', 'whatever');
    write(dir, '.hidden.txt', 'hidden');
    write(dir, '.git/x.txt', 'inside .git');
    write(dir, 'feed.jsonl', '{"id":"j1","text":"J text."}\n');
    write(dir, 'sub/t.csv', 'id,text\nc1,C text.\n');
    const { articles, problems } = await collect([dir]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => path.relative(dir, a.origin.file))).toEqual([
      'B.txt',
      'a-c.txt',
      path.join('a', 'z.txt'),
      'b.txt',
      'feed.jsonl',
      path.join('sub', 't.csv'),
    ]);
  });

  it('reports a file named explicitly with an unknown extension', async () => {
    const dir = tempDir();
    const file = write(dir, 'story.md', STORY);
    const { problems } = await collect([file]);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe(
      `actorgraph/ingest: ${file}: unknown file type ".md"; give text (.txt), JSONL (.jsonl) or CSV (.csv) files`,
    );
  });

  it('reports a missing path and goes on with the next one', async () => {
    const dir = tempDir();
    const good = write(dir, 'good.txt', STORY);
    const missing = path.join(dir, 'missing.txt');
    const { articles, problems } = await collect([missing, good]);
    expect(problems.map((p) => p.origin.file)).toEqual([missing]);
    expect(problems[0].message).toContain('no such file');
    expect(articles.map((a) => a.id)).toEqual(['good']);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file and folder (permissions)', async () => {
    const dir = tempDir();
    const file = write(dir, 'secret.txt', STORY);
    fs.chmodSync(file, 0o000);
    const sub = path.join(dir, 'locked');
    write(dir, 'locked/x.txt', STORY);
    fs.chmodSync(sub, 0o000);
    try {
      const { articles, problems } = await collect([file, dir]);
      expect(articles).toEqual([]);
      expect(problems.length).toBeGreaterThanOrEqual(2);
      for (const p of problems) expect(p.message).toContain('permission denied');
    } finally {
      fs.chmodSync(sub, 0o755);
    }
  });

  it('reports a directory loop once and does not follow it', async () => {
    const dir = tempDir();
    write(dir, 'a/story.txt', STORY);
    fs.symlinkSync(dir, path.join(dir, 'a', 'loop'));
    const { articles, problems } = await collect([dir]);
    expect(articles.map((a) => a.id)).toEqual(['story']);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('directory loop');
  });

  it('reads a file reached twice once, with a notice', async () => {
    const dir = tempDir();
    const file = write(dir, 'story.txt', STORY);
    const { articles, notices } = await collect([dir, file]);
    expect(articles).toHaveLength(1);
    expect(notices.map((n) => n.kind)).toEqual(['repeated-file']);
  });

  it('stops cleanly when the caller stops early', async () => {
    const dir = tempDir();
    write(dir, 'big.csv', 'id,text\n' + Array.from({ length: 5000 }, (_, i) => `${i},Row ${i}.`).join('\n'));
    write(dir, 'big.jsonl', Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: `j${i}`, text: 'x' })).join('\n'));
    let n = 0;
    for await (const _ of readArticles([path.join(dir, 'big.csv'), path.join(dir, 'big.jsonl')])) if (++n === 3) break;
    expect(n).toBe(3);
  });
});

describe('bad input becomes a problem, never an exception', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['GZIP', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00])],
    ['ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])],
    ['binary data', Buffer.from(Array.from({ length: 256 }, (_, i) => (i % 4 === 0 ? 0 : 65 + (i % 26))))],
  ])('a %s file named .txt, .jsonl or .csv', async (kind, bytes) => {
    const dir = tempDir();
    const files = ['a.txt', 'b.jsonl', 'c.csv'].map((n) => write(dir, n, bytes));
    const { articles, problems } = await collect(files);
    expect(articles).toEqual([]);
    expect(problems).toHaveLength(3);
    for (const p of problems) {
      expect(p.message).toContain(`binary file (looks like ${kind}`);
      expect(p.message).toContain('give text (.txt), JSONL (.jsonl) or CSV (.csv) files');
    }
  });

  it('a PDF named explicitly is called a PDF, not an unknown type', async () => {
    const dir = tempDir();
    const file = write(dir, 'report.pdf', Buffer.from('%PDF-1.4\n'));
    const { problems } = await collect([file]);
    expect(problems.map((p) => p.message)).toEqual([
      `actorgraph/ingest: ${file}: binary file (looks like PDF); give text (.txt), JSONL (.jsonl) or CSV (.csv) files`,
    ]);
  });

  it('an empty or whitespace-only text file, or one with only header lines', async () => {
    const dir = tempDir();
    const files = [
      write(dir, 'empty.txt', ''),
      write(dir, 'blank.txt', ' \n\t\n  \r\n'),
      write(dir, 'header.txt', 'http://presstv.ir/Detail/2016/10/11/1/x\n60\n6\n'),
    ];
    const { articles, problems } = await collect(files);
    expect(articles).toEqual([]);
    expect(problems.map((p) => [p.origin.file, p.id])).toEqual([
      [files[0], 'empty'],
      [files[1], 'blank'],
      [files[2], 'header'],
    ]);
    for (const p of problems) expect(p.message).toContain('empty article');
  });

  it('an article larger than maxArticleBytes', async () => {
    const dir = tempDir();
    const small = write(dir, 'small.txt', STORY);
    const big = write(dir, 'big.txt', `${STORY}\n`.repeat(100));
    const huge = write(dir, 'huge.txt', 'x'.repeat(50_000));
    const { articles, problems } = await collect([small, big, huge], { maxArticleBytes: 2000 });
    expect(articles.map((a) => a.id)).toEqual(['small']);
    expect(problems.map((p) => p.id)).toEqual(['big', 'huge']);
    for (const p of problems) expect(p.message).toMatch(/article too large \(\d+ bytes, limit 2000\)/);
    expect(DEFAULTS.maxArticleBytes).toBe(10 * 1024 * 1024);
  });
});

describe('encodings and characters', () => {
  const text = 'Syria’s army — “Aleppo” — Érdoğan\nSecond line.';

  it('decodes UTF-16 LE and BE with a byte-order mark', async () => {
    const dir = tempDir();
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const jsonl = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${JSON.stringify({ id: 'u16', text })}\r\n`, 'utf16le')]);
    const files = [write(dir, 'le.txt', le), write(dir, 'be.txt', be), write(dir, 'u.jsonl', jsonl)];
    const { articles, problems } = await collect(files);
    expect(problems).toEqual([]);
    expect(articles.map((a) => a.text)).toEqual([text, text, text]);
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const dir = tempDir();
    const file = write(dir, 'bom.txt', `\uFEFF${STORY}`);
    const { articles } = await collect([file]);
    expect(articles[0].text).toBe(STORY);
  });

  it('turns CRLF and lone CR into LF', async () => {
    const dir = tempDir();
    const file = write(dir, 'crlf.txt', 'A title here\r\n\r\nFirst paragraph.\r\n\r\nSecond\rparagraph.\r\n');
    const { articles } = await collect([file]);
    expect(articles[0].title).toBe('A title here');
    expect(articles[0].text).toBe('First paragraph.\n\nSecond\nparagraph.');
  });

  it('replaces NUL and other control characters by spaces, keeping tab and newline', async () => {
    const dir = tempDir();
    const body = `${'Filler sentence for the sample. '.repeat(40)}\nNUL\u0000here\u0001and\u001bthere\tok\u007f.`;
    const file = write(dir, 'nul.txt', body);
    const { articles, problems } = await collect([file]);
    expect(problems).toEqual([]);
    expect(articles[0].text.endsWith('NUL here and there\tok .')).toBe(true);
    expect(articles[0].text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('unique ids', () => {
  it('renames repeated ids id~2, id~3 … with notices, across files and formats', async () => {
    const dir = tempDir();
    write(dir, '1.jsonl', ['x', 'x', 'y', 'x'].map((id, i) => JSON.stringify({ id, text: `T${i}.` })).join('\n'));
    write(dir, '2.csv', 'id,text\nx,Again.\ny,Again y.\n');
    write(dir, 'x.txt', STORY);
    const ids = new UniqueIds();
    const { articles, notices } = await collect([dir], { ids });
    expect(articles.map((a) => a.id)).toEqual(['x', 'x~2', 'y', 'x~3', 'x~4', 'y~2', 'x~5']);
    expect(ids.renamed).toBe(5);
    expect(notices.filter((n) => n.kind === 'duplicate-id')).toHaveLength(5);
    expect(notices[0]).toMatchObject({ kind: 'duplicate-id', id: 'x', renamedTo: 'x~2', origin: { line: 2 } });
    expect(notices[0].message).toMatch(/^actorgraph\/ingest: .*1\.jsonl:2: id "x" already used at .*1\.jsonl:1, renamed "x~2"; /);
  });

  it('does not collide with a real id that looks like a renamed one', async () => {
    const dir = tempDir();
    const file = write(dir, 'r.jsonl', ['a~2', 'a', 'a'].map((id) => JSON.stringify({ id, text: 'T.' })).join('\n'));
    const { articles } = await collect([file]);
    expect(articles.map((a) => a.id)).toEqual(['a~2', 'a', 'a~3']);
  });

  it('keeps ids unique over several calls sharing one UniqueIds', async () => {
    const dir = tempDir();
    const file = write(dir, 's.txt', STORY);
    const ids = new UniqueIds();
    const first = await collect([file], { ids });
    const again: string[] = [];
    for await (const x of readArticles([file], { ids })) if (!isProblem(x)) again.push(x.id);
    expect(first.articles[0].id).toBe('s');
    expect(again).toEqual(['s~2']);
  });
});
