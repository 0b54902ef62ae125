// Hostile input, end to end through `run(['build', …])` (issue 8): every kind of bad file in one
// folder gives a clear message naming the file (and line), the good articles are built, the exit
// code is 1, and the four output files are whole (JSON round-trips, GEXF validates and reads back).
// The per-reader details are tested in test/ingest; here, what they give through the whole build.
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { once } from 'node:events';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { cli, tempDir, type CliRun } from '../fixtures/helpers.js';
import { checkOutputs } from './helpers.js';
import { privateDist } from '../faults/helpers.js';

const GOOD =
  'Russian President Vladimir Putin met Syrian President Bashar al-Assad in Moscow on Monday. Russia supports the Syrian government.';
const GOOD2 = 'Turkey opposes the Kurdish YPG, which it calls a terrorist group. Turkish jets attacked YPG positions.';

describe('a folder of hostile files, one build', () => {
  let dir: string;
  let out: string;
  let r: CliRun;
  let outputs: ReturnType<typeof checkOutputs>;
  const inp = (f: string) => path.join(dir, f);

  beforeAll(async () => {
    const work = tempDir('actorgraph-hostile-');
    dir = path.join(work, 'in');
    out = path.join(work, 'out');
    mkdirSync(dir);
    writeFileSync(inp('empty.txt'), '');
    writeFileSync(inp('empty.jsonl'), '');
    writeFileSync(inp('empty.csv'), '');
    writeFileSync(inp('report.pdf.txt'), Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.alloc(64, 7)]));
    writeFileSync(
      inp('image.png.jsonl'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    );
    writeFileSync(inp('corpus.jsonl.gz.csv'), gzipSync(Buffer.from(`${JSON.stringify({ text: GOOD })}\n`)));
    // Invalid UTF-8 (lone continuation bytes, an overlong form, a truncated sequence) in a good article.
    writeFileSync(
      inp('bad-utf8.txt'),
      Buffer.concat([Buffer.from('Iran \x80\xbf and '), Buffer.from([0xc0, 0xaf, 0xe2, 0x82]), Buffer.from(` ${GOOD}`)]),
    );
    // UTF-16 LE with a BOM, as JSONL with CRLF line ends.
    writeFileSync(
      inp('utf16.jsonl'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${JSON.stringify({ id: 'u16', text: GOOD2 })}\r\n`, 'utf16le')]),
    );
    // A few NUL bytes inside a text: blanked, the article kept.
    writeFileSync(inp('nul.txt'), `Syria\u0000 and Russia\u0000. ${GOOD} ${GOOD2} ${GOOD}`);
    // Lone CR line ends in a CSV, and CRLF in a txt.
    writeFileSync(inp('cr.csv'), `id,text\rcr-1,"${GOOD2}"\rcr-2,"${GOOD}"\r`);
    writeFileSync(inp('crlf.txt'), `Putin meets Assad\r\n\r\n${GOOD}\r\n${GOOD2}\r\n`);
    // JSONL lines that are not objects, or lack text.
    writeFileSync(
      inp('lines.jsonl'),
      [
        JSON.stringify({ id: 'ok-1', text: GOOD }),
        '[1,2,3]',
        '"just a string"',
        '42',
        'null',
        '{"id":"no-text"}',
        '{"id":"num-text","text":7}',
        '{"broken": ',
        JSON.stringify({ id: 'ok-2', text: GOOD2 }),
      ].join('\n'),
    );
    // A CSV with an unbalanced quote in its middle row.
    writeFileSync(inp('quotes.csv'), `id,text\nq-1,"${GOOD}"\nq-2,"Iran said ""no"" and the quote never closes\nq-3,"${GOOD2}"\n`);
    // Only punctuation, only numbers: harmless articles with nothing in them.
    writeFileSync(inp('punct.txt'), '!!! ??? ... ;;; --- *** ((( ))) ,,, ::: ""\n'.repeat(50));
    writeFileSync(inp('numbers.txt'), '1 2 3 4 5 6 7 8 9 10 3.14159 2017 1,000,000 42\n'.repeat(50));
    // Hostile characters in and around names.
    writeFileSync(
      inp('names.jsonl'),
      [
        { id: 'n-1', title: 'Tom & Jerry <script>alert("x")</script>', text: `The "Tom & Jerry" <Brigade> met Russia's envoy. ${GOOD}` },
        {
          id: 'n-2',
          text: `Ira\u200bn and Sy\u202eria\u202c and Rus\u2066sia\u2069 met.\u0007 Tur\u0001key <b>attacked</b> the "YPG" & ISIS. ${GOOD2}`,
        },
        { id: 'n-3<&">', text: `\ufeffIsrael\u200d\u200c said ]]> <!-- --> &amp; &#0; \uFFFE\uFFFF Hezbollah attacked Israel.` },
      ]
        .map((o) => JSON.stringify(o))
        .join('\n'),
    );
    writeFileSync(
      path.join(work, 'aliases.json'),
      JSON.stringify({
        aliases: {},
        actors: [
          { name: 'Tom & Jerry <Brigade>', type: 'armed_group', aliases: ['Tom & Jerry', 'T\u200b&\u202eJ'] },
          { name: 'The "Quoted" \u0007 Front', type: 'armed_group', aliases: ['Quoted Front'] },
        ],
      }),
    );
    r = await cli('build', dir, '--out', out, '--name', 'g', '--jobs', '1', '--aliases', path.join(work, 'aliases.json'));
    outputs = checkOutputs(out, 'g');
  });

  it('finishes with exit code 1 (some input rejected), not a crash', () => {
    expect(r.err).not.toMatch(/internal error|TypeError|RangeError|at .*\.ts:\d+/);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(/input\(s\) rejected/);
  });

  it('names the file for whole-file trouble: empty and binary files', () => {
    for (const f of ['empty.txt', 'empty.jsonl', 'empty.csv']) expect(r.err).toContain(`${inp(f)}: `);
    expect(r.err).toContain(`${inp('report.pdf.txt')}: binary file (looks like PDF)`);
    expect(r.err).toContain(`${inp('image.png.jsonl')}: binary file (looks like PNG)`);
    expect(r.err).toContain(`${inp('corpus.jsonl.gz.csv')}: binary file (looks like GZIP)`);
  });

  it('names the file and line for each bad JSONL line and the broken CSV row', () => {
    for (const line of [2, 3, 4, 5, 6, 7, 8]) expect(r.err).toContain(`${inp('lines.jsonl')}:${line}: `);
    expect(r.err).toContain(`${inp('lines.jsonl')}:2: an array, not a JSON object`);
    expect(r.err).toContain(`${inp('lines.jsonl')}:6: no "text" field`);
    expect(r.err).toMatch(new RegExp(`${inp('quotes.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: unbalanced quote`));
  });

  it('keeps every good article, decoded and cleaned', () => {
    const ids = outputs.articles.filter((a) => a.error === undefined).map((a) => a.id);
    for (const id of ['bad-utf8', 'u16', 'nul', 'cr-1', 'cr-2', 'crlf', 'ok-1', 'ok-2', 'q-1', 'n-1', 'n-2', 'punct', 'numbers'])
      expect(ids).toContain(id);
    expect(outputs.json.nodes.length).toBeGreaterThan(3);
  });

  it('writes names with &, <, ", control, zero-width and bidi characters into a GEXF that validates and reads back', () => {
    // checkOutputs (in beforeAll) validated and read back the GEXF; the hostile actors are in it.
    const labels = outputs.json.nodes.map((n) => String(n.attributes?.label ?? ''));
    expect(labels.some((l) => l.includes('&') && l.includes('<'))).toBe(true);
    const gexf = readFileSync(path.join(out, 'g.gexf'), 'utf8');
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });
});

describe('limits', () => {
  it('rejects a 50 MB single-line article with a message naming the file, and builds the rest', async () => {
    const work = tempDir('actorgraph-huge-');
    const dir = path.join(work, 'in');
    mkdirSync(dir);
    const big = path.join(dir, 'huge.jsonl');
    const ws = createWriteStream(big);
    ws.write(`${JSON.stringify({ id: 'ok', text: GOOD })}\n{"id":"huge","text":"`);
    const chunk = 'Iran and Russia met in Moscow. '.repeat(32 * 1024); // ~1 MB
    for (let i = 0; i < 50; i++) if (!ws.write(chunk)) await once(ws, 'drain');
    ws.end(`"}\n${JSON.stringify({ id: 'after', text: GOOD2 })}\n`);
    await once(ws, 'finish');
    const txt = path.join(dir, 'huge.txt');
    writeFileSync(txt, readFileSync(big).subarray(0, 50 * 1024 * 1024));
    const r = await cli('build', dir, '--out', path.join(work, 'out'), '--jobs', '1', '--no-cache');
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(
      new RegExp(
        `huge\\.jsonl:2: line too long \\(\\d+ characters, limit 10485760 bytes of text\\); split the article or raise --max-article-bytes`,
      ),
    );
    expect(r.err).toMatch(/huge\.txt: article too large \(\d+ bytes, limit 10485760\); split the file or raise --max-article-bytes/);
    const { articles } = checkOutputs(path.join(work, 'out'), 'graph');
    expect(articles.filter((a) => a.error === undefined).map((a) => a.id)).toEqual(['ok', 'after']);
  }, 120_000);

  it('the limit is configurable: maxArticleBytes', async () => {
    const work = tempDir('actorgraph-limit-');
    const f = path.join(work, 'a.jsonl');
    writeFileSync(f, [JSON.stringify({ id: 'small', text: GOOD }), JSON.stringify({ id: 'large', text: GOOD.repeat(20) })].join('\n'));
    const r = await buildToFiles([f], path.join(work, 'out'), 'g', { maxArticleBytes: 1000, cache: false, analyze: false });
    expect(r.summary.articles).toBe(1);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(/a\.jsonl:2: article too large \(\d+ bytes, limit 1000\)/)]);
  });

  it('10,000 articles with the same id: ids made unique, said in the summary', async () => {
    const work = tempDir('actorgraph-dupids-');
    const f = path.join(work, 'same.jsonl');
    const texts = ['Iran criticized Israel.', 'Russia supports Syria.', 'Turkey attacked the YPG.', 'Punctuation only!!!', '12345'];
    writeFileSync(
      f,
      Array.from({ length: 10_000 }, (_, i) => JSON.stringify({ id: 'same', text: `${texts[i % texts.length]} Item ${i}.` })).join('\n'),
    );
    const r = await cli('build', f, '--out', path.join(work, 'out'), '--jobs', '1');
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/10000 articles/);
    expect(r.err).toMatch(
      /9999 notice\(s\): 9999 repeated id\(s\) renamed .*\n    actorgraph\/ingest: .*same\.jsonl:2: id "same" already used at .*same\.jsonl:1, renamed "same~2"/,
    );
    const { articles } = checkOutputs(path.join(work, 'out'), 'graph');
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.slice(0, 3)).toEqual(['same', 'same~2', 'same~3']);
  }, 120_000);
});

const SLOW = process.env.ACTORGRAPH_SLOW_TESTS === '1';

/** Writes `mb` MB of JSONL lines of about `lineBytes` bytes; returns the number of lines. */
async function writeJsonl(file: string, mb: number, lineBytes = 1000): Promise<number> {
  const ws = createWriteStream(file);
  const filler = ' the weather was mild, and nothing happened in Tehran or Moscow.'.repeat(Math.max(0, Math.round(lineBytes / 64) - 1));
  const line = (i: number) => `${JSON.stringify({ id: `a${i}`, text: `Note ${i}:${filler}` })}\n`;
  let bytes = 0;
  let n = 0;
  while (bytes < mb * 1024 * 1024) {
    let block = '';
    for (let k = 0; k < 1000; k++) block += line(n++);
    bytes += Buffer.byteLength(block);
    if (!ws.write(block)) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
  return n;
}

const distIngest = path.join(privateDist, 'ingest/index.js');

describe('large JSONL files are streamed, not read whole', () => {
  // The reader (what decides streaming) in a child process whose JS heap is capped at 16 MB: a file
  // read whole (20 MB of bytes, then as much as a string) could not fit; streamed, it does. Memory
  // still grows with the number of articles (the run-wide id table), hence lines of ~1 KB here.
  it.skipIf(!existsSync(distIngest))(
    'reads a 200 MB JSONL file with a 16 MB heap cap',
    async () => {
      const mb = 200;
      const work = tempDir('actorgraph-stream-');
      const f = path.join(work, 'big.jsonl');
      const n = await writeJsonl(f, mb, 4000);
      const script = `import { readArticles, isProblem } from ${JSON.stringify(pathToFileURL(distIngest).href)};
let c = 0, p = 0;
for await (const it of readArticles([process.argv[1]])) { if (isProblem(it)) p++; else c++; }
console.log(JSON.stringify({ c, p }));`;
      const r = spawnSync(process.execPath, ['--max-old-space-size=16', '--input-type=module', '-e', script, f], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      expect(r.status, r.stderr.slice(0, 2000)).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ c: n, p: 0 });
    },
    300_000,
  );

  it.skipIf(!SLOW)(
    'builds a 200 MB JSONL file through the CLI (ACTORGRAPH_SLOW_TESTS=1)',
    async () => {
      const work = tempDir('actorgraph-stream200-');
      const f = path.join(work, 'big.jsonl');
      const n = await writeJsonl(f, 200, 4000);
      const r = await cli('build', f, '--out', path.join(work, 'out'), '--jobs', '2', '--quiet');
      expect(r.code, r.err).toBe(0);
      expect(readFileSync(path.join(work, 'out', 'graph.articles.jsonl'), 'utf8').split('\n').length - 1).toBe(n);
    },
    3_600_000,
  );
});
if (!existsSync(distIngest)) console.warn(`SKIPPED the streaming test: ${distIngest} is missing (the sources did not compile)`);
if (!SLOW)
  console.warn(
    'SKIPPED the 200 MB JSONL build through the CLI: set ACTORGRAPH_SLOW_TESTS=1 (the reader streams the same 200 MB under a heap cap in every run)',
  );
