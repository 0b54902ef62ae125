// `actorgraph build` end to end through `run(argv, io)`: the four files, bad input, exit codes.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFiles, cli, goodArticleIds, goodArticlesDir, jsonLines, tempDir, type CliRun } from '../fixtures/helpers.js';

interface ArticleLine {
  id: string;
  title?: string;
  url?: string;
  date?: string;
  source?: string;
  actors: string[];
  events: number;
  error?: string;
}

function readBuildDir(dir: string, name: string) {
  const f = buildFiles(dir, name);
  return {
    files: f,
    graph: JSON.parse(readFileSync(f.json, 'utf8')) as { nodes: Array<{ key: string }>; edges: unknown[] },
    gexf: readFileSync(f.gexf, 'utf8'),
    events: jsonLines(readFileSync(f.events, 'utf8')),
    articles: jsonLines<ArticleLine>(readFileSync(f.articles, 'utf8')),
  };
}

describe('build: good input of every kind', () => {
  let out: string;
  let r: CliRun;
  beforeAll(async () => {
    out = path.join(tempDir(), 'out'); // does not exist yet: build makes it
    r = await cli('build', goodArticlesDir, '--out', out, '--name', 'good');
  });

  it('exits 0 with a summary on stderr and nothing on stdout', () => {
    expect(r.err).not.toMatch(/actorgraph\/ingest/);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/actorgraph: 5 articles, \d+ actors, \d+ relations/);
    expect(r.out).toBe('');
  });

  it('writes the four files, and no temporary file is left', () => {
    const f = buildFiles(out, 'good');
    for (const file of Object.values(f)) expect(existsSync(file), file).toBe(true);
    // Besides the four files, only hidden entries (the extraction cache) may be there; never a .tmp.
    const entries = readdirSync(out, { recursive: true }).map(String);
    expect(entries.filter((e) => e.endsWith('.tmp'))).toEqual([]);
    expect(
      readdirSync(out)
        .filter((e) => !e.startsWith('.'))
        .sort(),
    ).toEqual(
      Object.values(f)
        .map((p) => path.basename(p))
        .sort(),
    );
  });

  it('lists every article in articles.jsonl, none with an error, with its metadata', () => {
    const b = readBuildDir(out, 'good');
    expect(b.articles.map((a) => a.id).sort()).toEqual([...goodArticleIds].sort());
    for (const a of b.articles) {
      expect(a.error, a.id).toBeUndefined();
      expect(Array.isArray(a.actors)).toBe(true);
      expect(typeof a.events).toBe('number');
    }
    const byId = new Map(b.articles.map((a) => [a.id, a]));
    // .txt: url, title, date from the URL path/dateline, source
    expect(byId.get('alpha')).toMatchObject({
      url: 'http://example.org/news/2017/03/14/geneva-talks',
      title: 'Turkey and Iran Hold Talks in Geneva',
      date: '2017-03-14',
    });
    expect(byId.get('j-1')).toMatchObject({ title: 'Putin receives Assad', date: '2017-04-10', source: 'examplewire' });
    // FA-KES CSV: US-style month/day/year dates
    expect(byId.get('9001')).toMatchObject({ title: 'Strikes near Aleppo', date: '2017-04-10', source: 'examplenews' });
    expect(byId.get('9002')?.date).toBe('2017-05-03');
    expect(byId.get('9002')?.actors).toEqual(expect.arrayContaining(['iran', 'russia', 'turkey']));
  });

  it('writes a graph every event refers to', () => {
    const b = readBuildDir(out, 'good');
    const keys = new Set(b.graph.nodes.map((n) => n.key));
    expect(keys.size).toBeGreaterThan(0);
    expect(b.events.length).toBeGreaterThan(0);
    for (const e of b.events) {
      expect(keys.has(e.source as string), String(e.source)).toBe(true);
      expect(keys.has(e.target as string), String(e.target)).toBe(true);
    }
    expect(b.gexf).toContain('<gexf xmlns="http://gexf.net/1.3"');
  });

  it('single files work as well as folders, and --quiet says nothing', async () => {
    const dir = tempDir();
    const q = await cli(
      'build',
      path.join(goodArticlesDir, 'alpha.txt'),
      path.join(goodArticlesDir, 'batch.jsonl'),
      '-o',
      dir,
      '-n',
      'two',
      '--quiet',
    );
    expect(q.code).toBe(0);
    expect(q.err).toBe('');
    expect(
      readBuildDir(dir, 'two')
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual(['alpha', 'j-1', 'j-2']);
  });

  it('replaces the files of an earlier build with the same name', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'g.events.jsonl'), 'stale\n');
    const q = await cli('build', path.join(goodArticlesDir, 'batch.jsonl'), '--out', dir, '--name', 'g', '-q');
    expect(q.code).toBe(0);
    expect(readFileSync(path.join(dir, 'g.events.jsonl'), 'utf8')).not.toContain('stale');
  });
});

describe('build: one bad input among good ones', () => {
  let input: string;
  let out: string;
  let r: CliRun;
  let articles: ArticleLine[];
  beforeAll(async () => {
    input = tempDir();
    cpSync(goodArticlesDir, input, { recursive: true });
    // binary: a PNG header, NUL bytes and arbitrary bytes, under a .txt name
    writeFileSync(
      path.join(input, 'broken.txt'),
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)),
      ]),
    );
    writeFileSync(path.join(input, 'empty.txt'), '');
    writeFileSync(
      path.join(input, 'mixed.jsonl'),
      [
        JSON.stringify({ id: 'm-1', text: 'Iran supports the Syrian government.' }),
        '{"id": "m-2", "text": "Russia met Turkey in Ankara.", ', // malformed
        JSON.stringify({ id: 'm-3', text: 'Turkey opposes the Syrian government.' }),
        '',
      ].join('\n'),
    );
    writeFileSync(path.join(input, 'nocolumn.csv'), 'headline,author\nSome headline,Someone\n');
    out = tempDir();
    r = await cli('build', input, '--out', out, '--name', 'mixed');
    articles = jsonLines<ArticleLine>(readFileSync(buildFiles(out, 'mixed').articles, 'utf8'));
  });

  it('exits 1 and still writes the four files', () => {
    expect(r.code).toBe(1);
    for (const file of Object.values(buildFiles(out, 'mixed'))) expect(existsSync(file), file).toBe(true);
  });

  it('names each bad file in a message on stderr (and the line, for JSONL)', () => {
    const lines = r.err.split('\n');
    const about = (file: string) => lines.filter((l) => l.includes(path.join(input, file)));
    expect(about('broken.txt').join('\n')).toMatch(/binary/i);
    expect(about('empty.txt').join('\n')).toMatch(/empty|no articles/i);
    expect(about('mixed.jsonl:2').join('\n')).toMatch(/JSON/);
    expect(about('mixed.jsonl:1')).toEqual([]);
    expect(about('mixed.jsonl:3')).toEqual([]);
    expect(about('nocolumn.csv').join('\n')).toMatch(/text column/i);
    expect(r.err).toMatch(/4 input\(s\) rejected/);
  });

  it('keeps the good articles, error-free, in articles.jsonl', () => {
    const good = articles.filter((a) => a.error === undefined).map((a) => a.id);
    expect(good.sort()).toEqual([...goodArticleIds, 'm-1', 'm-3'].sort());
  });

  it('lists each rejected input in articles.jsonl with its error', () => {
    const rejected = articles.filter((a) => a.error !== undefined);
    expect(rejected).toHaveLength(4);
    for (const file of ['broken.txt', 'empty.txt', 'mixed.jsonl:2', 'nocolumn.csv']) {
      expect(
        rejected.some((a) => a.error!.includes(file)),
        `a rejected record whose error names ${file}: ${JSON.stringify(rejected)}`,
      ).toBe(true);
    }
    for (const a of rejected) {
      expect(a.actors).toEqual([]);
      expect(a.events).toBe(0);
    }
  });

  it('a missing input path is rejected with a message naming it (exit 1), the rest is built', async () => {
    const missing = path.join(input, 'no-such-folder');
    const dir = tempDir();
    const m = await cli('build', missing, path.join(goodArticlesDir, 'batch.jsonl'), '--out', dir, '-q');
    expect(m.code).toBe(1);
    expect(m.err).toContain(missing);
    const lines = jsonLines<ArticleLine>(readFileSync(buildFiles(dir, 'graph').articles, 'utf8'));
    expect(lines.filter((a) => !a.error).map((a) => a.id)).toEqual(['j-1', 'j-2']);
  });
});

describe('build: each kind of bad input alone among the good ones', () => {
  const cases: Array<{ kind: string; file: string; content: string | Buffer; where: string; says: RegExp }> = [
    {
      kind: 'a binary file',
      file: 'scan.txt',
      content: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0, 0xff, 0xfe, 0, 1, 2, 3, 0, 0, 0x80, 0x81]),
      where: 'scan.txt',
      says: /binary/i,
    },
    { kind: 'an empty .txt', file: 'blank.txt', content: '', where: 'blank.txt', says: /empty|no articles/i },
    {
      kind: 'a malformed JSONL line',
      file: 'lines.jsonl',
      content: '{"id": "l-1", "text": "Iran met Russia."}\n{"id": "l-2", "text": oops}\n',
      where: 'lines.jsonl:2',
      says: /JSON/,
    },
    {
      kind: 'a CSV without a text column',
      file: 'table.csv',
      content: 'name,when\nx,2017-01-01\n',
      where: 'table.csv',
      says: /text column/i,
    },
  ];
  it.each(cases)(
    '$kind: exit 1, the file named, the good articles kept, the bad one listed with its error',
    async ({ file, content, where, says }) => {
      const input = tempDir();
      cpSync(goodArticlesDir, input, { recursive: true });
      writeFileSync(path.join(input, file), content);
      const out = tempDir();
      const r = await cli('build', input, '--out', out, '--name', 'one', '-q');
      expect(r.code).toBe(1);
      const message = r.err.split('\n').filter((l) => l.includes(path.join(input, where)));
      expect(message, r.err).toHaveLength(1);
      expect(message[0]).toMatch(says);
      const lines = jsonLines<ArticleLine>(readFileSync(buildFiles(out, 'one').articles, 'utf8'));
      const extra = file === 'lines.jsonl' ? ['l-1'] : [];
      expect(
        lines
          .filter((a) => a.error === undefined)
          .map((a) => a.id)
          .sort(),
      ).toEqual([...goodArticleIds, ...extra].sort());
      const rejected = lines.filter((a) => a.error !== undefined);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].error).toContain(path.join(input, where));
    },
  );
});

describe('build: --name and --level are checked before anything is written', () => {
  for (const name of ['../x', '..', 'a/b', '/tmp/x', '..\\x', '.hidden', '']) {
    it(`--name ${JSON.stringify(name)}: exit 2, nothing written`, async () => {
      const root = tempDir();
      const out = path.join(root, 'out');
      const r = await cli('build', goodArticlesDir, '--out', out, '--name', name);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--name');
      expect(readdirSync(root)).toEqual([]);
      expect(existsSync(path.join(path.dirname(root), 'x.json'))).toBe(false);
    });
  }

  it('--level other than actor/country: exit 2', async () => {
    const root = tempDir();
    const r = await cli('build', goodArticlesDir, '--out', root, '--level', 'planet');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--level');
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('build: options that change what is read or built', () => {
  it('--text-column/--id-column/--title-column/--date-column map a CSV of other columns', async () => {
    const input = tempDir();
    writeFileSync(
      path.join(input, 'other.csv'),
      'ref,caption,words,published\nr1,Talks in Astana,"Iran, Russia and Turkey met in Astana to discuss a ceasefire in Syria.",2017-05-03\n',
    );
    const out = tempDir();
    const without = await cli('build', input, '--out', out, '--name', 'without', '-q');
    expect(without.code).toBe(1);
    expect(without.err).toContain('--text-column');
    const r = await cli(
      'build',
      input,
      '--out',
      out,
      '--name',
      'mapped',
      '-q',
      '--text-column',
      'words',
      '--id-column',
      'ref',
      '--title-column',
      'caption',
      '--date-column',
      'published',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const [line] = readBuildDir(out, 'mapped').articles;
    expect(line).toMatchObject({ id: 'r1', title: 'Talks in Astana', date: '2017-05-03' });
    expect(line.actors).toEqual(expect.arrayContaining(['iran', 'russia', 'turkey']));
  });

  it('--aliases declares an actor from a JSON file', async () => {
    const dir = tempDir();
    const aliases = path.join(dir, 'aliases.json');
    writeFileSync(aliases, JSON.stringify({ actors: [{ name: 'Astana Contact Group', type: 'organization', aliases: ['ACG'] }] }));
    const input = path.join(dir, 'a.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'acg', text: 'The ACG met Turkish officials in Ankara on Monday.' })}\n`);
    const r = await cli('build', input, '--out', dir, '--name', 'acg', '-q', '--aliases', aliases);
    expect(r.code).toBe(0);
    const b = readBuildDir(dir, 'acg');
    expect(b.graph.nodes.map((n) => n.key)).toContain('astana-contact-group');
    expect(b.articles[0].actors).toContain('astana-contact-group');
  });

  it('--level country folds persons into the state they serve', async () => {
    const dir = tempDir();
    const r = await cli('build', goodArticlesDir, '--out', dir, '--name', 'countries', '-q', '--level', 'country');
    expect(r.code).toBe(0);
    const b = readBuildDir(dir, 'countries');
    const nodes = b.graph.nodes as Array<{ key: string; attributes: { type: string } }>;
    expect(nodes.filter((n) => n.attributes.type === 'person').map((n) => n.key)).not.toContain('vladimir-putin');
    expect(nodes.map((n) => n.key)).toEqual(expect.arrayContaining(['iran', 'russia', 'turkey', 'syria']));
    for (const e of b.events) expect(e.source, JSON.stringify(e)).not.toBe('vladimir-putin');
  });
});

describe('build: output inside the input folder', () => {
  it('never reads its own output files (or --format csv tables, or a --cache folder) as articles', async () => {
    const input = path.join(tempDir(), 'in');
    cpSync(goodArticlesDir, input, { recursive: true });
    const out = path.join(input, 'graphs');
    const args = ['build', input, '--out', out, '--name', 'g', '--format', 'csv', '--cache', path.join(input, 'cache')];
    expect((await cli(...args)).code).toBe(0);
    const again = await cli(...args);
    expect(again.code).toBe(0);
    expect(again.err).toMatch(/actorgraph: 5 articles/);
    expect(again.err).not.toMatch(/rejected/);
    expect(readBuildDir(out, 'g').articles).toHaveLength(5);
  });
});

describe('build --watch', () => {
  it('builds, rebuilds when an article is added (not for its own output files), and stops on the signal', async () => {
    const { run } = await import('../../src/cli/run.js');
    const dir = tempDir();
    const input = path.join(dir, 'in');
    cpSync(goodArticlesDir, input, { recursive: true });
    const out = path.join(input, 'graphs'); // inside the watched folder: its own writes must not count
    const err: string[] = [];
    const controller = new AbortController();
    const io = { out: () => undefined, err: (s: string) => void err.push(s), isTTY: false, signal: controller.signal };
    const text = () => err.join('');
    const until = async (re: RegExp) => {
      const end = Date.now() + 20_000;
      while (!re.test(text())) {
        if (Date.now() > end) throw new Error(`timed out waiting for ${re}; got:\n${text()}`);
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const running = run(['build', input, '--out', out, '--name', 'w', '--jobs', '2', '--watch'], io);
    await until(/watching .* for changes/);
    expect(text()).toMatch(/actorgraph: 5 articles/);
    writeFileSync(
      path.join(input, 'new.txt'),
      'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Monday.\n',
    );
    await until(/new\.txt changed: building again[\s\S]*actorgraph: 6 articles[\s\S]*wrote/);
    expect(text()).toMatch(/1 article\(s\) extracted, 5 from the cache/);
    // Its own output files do not start another build.
    await new Promise((r) => setTimeout(r, 800));
    expect(text().match(/building again/g)).toHaveLength(1);
    controller.abort();
    expect(await running).toBe(0);
    expect(readBuildDir(out, 'w').articles.map((a) => a.id)).toContain('new');
  });
});
