// One article must not stop or stall a build (issue 20). Each pathological article of the issue
// goes through extraction in bounded time and memory, with a notice saying what was capped; an
// article over the worker's time or memory budget is left out with a message naming it and the rest
// is built. The full sizes of the issue run with ACTORGRAPH_SLOW_TESTS=1; the default suite runs
// sizes that already took seconds (or ran out of memory) before the bounds.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicon/load.js';
import { extractArticle } from '../../src/pipeline/extract.js';
import { serializeExtraction } from '../../src/pipeline/serialize.js';
import { BOUNDS, boundSentences } from '../../src/pipeline/bounds.js';
import { blankAbsurdTokens, analyzeText } from '../../src/nlp/analyze.js';
import { buildToFiles, capJobs } from '../../src/pipeline/stream.js';
import { cli, jsonLines, seedsDir, tempDir } from '../fixtures/helpers.js';
import { availableParallelism } from 'node:os';
import { readFileSync, readdirSync } from 'node:fs';
import { checkOutputs } from './helpers.js';

const SLOW = process.env.ACTORGRAPH_SLOW_TESTS === '1';
if (!SLOW)
  console.warn('SKIPPED the full-size pathological articles of issue 20: set ACTORGRAPH_SLOW_TESTS=1 (smaller ones run in every run)');

const lex = loadLexicon();
const GIVEN = ['John', 'Ahmed', 'Maria', 'Ali', 'Peter', 'Omar', 'Anna', 'Yusuf', 'David', 'Hassan'];
const letter = (i: number) => String.fromCharCode(97 + (i % 26));
/** `n` invented persons: a given name and a made-up surname. */
const persons = (n: number) => Array.from({ length: n }, (_, i) => `${GIVEN[i % 10]} Zorvak${letter(i)}${letter(Math.floor(i / 26))}ski`);
const COUNTRIES = [
  'Iran',
  'Syria',
  'Russia',
  'Turkey',
  'Iraq',
  'Jordan',
  'Egypt',
  'Israel',
  'Lebanon',
  'Qatar',
  'France',
  'Germany',
  'China',
  'Japan',
  'India',
  'Brazil',
  'Canada',
  'Mexico',
  'Spain',
  'Italy',
  'Greece',
  'Kuwait',
  'Oman',
  'Yemen',
  'Libya',
  'Sudan',
  'Chad',
  'Mali',
  'Niger',
  'Kenya',
];

/** Extracts one article, timed; the extraction must serialize (it is sent and cached as JSON). */
function run(text: string, id = 'x') {
  const t0 = performance.now();
  const x = extractArticle({ id, text, origin: { file: `${id}.txt` } }, lex);
  const ms = performance.now() - t0;
  const json = serializeExtraction(x).x;
  return { x, ms, json };
}

/** No sentence gives more events than the cap. */
function expectCapped(x: ReturnType<typeof run>['x']): void {
  const per = new Map<number, number>();
  for (const e of x.events) per.set(e.sentence, (per.get(e.sentence) ?? 0) + 1);
  for (const n of per.values()) expect(n).toBeLessThanOrEqual(BOUNDS.maxEventsPerSentence);
  expect(x.events.length).toBeLessThanOrEqual(BOUNDS.maxEventsPerArticle);
}

describe('pairwise relations and long sentences are capped', () => {
  it('400 invented persons in one "met" sentence: written, capped, said', () => {
    const { x, json } = run(`Officials ${persons(400).join(', ')} and Peter Lastone met in Geneva.`, 'persons');
    expect(json.length).toBeLessThan(2_000_000);
    expectCapped(x);
    expect(x.notices?.join('\n')).toMatch(
      /article persons: 1 sentence\(s\) of more than 250 words or 80 capitalized words cut into pieces within both/,
    );
  });

  it('a sentence piece holds at most 250 words and 80 capitalized ones', () => {
    const doc = analyzeText(`Officials ${persons(400).join(', ')} and Peter Lastone met in Geneva.`);
    expect(boundSentences(doc)).toBe(1);
    for (const s of doc.sentences) {
      expect(s.endToken - s.firstToken).toBeLessThanOrEqual(BOUNDS.maxSentenceTokens);
      expect(doc.tokens.slice(s.firstToken, s.endToken).filter((t) => /^[A-Z]/.test(t.text)).length).toBeLessThanOrEqual(
        BOUNDS.maxSentenceNames,
      );
    }
    expect(doc.sentences.map((s) => s.index)).toEqual(doc.sentences.map((_s, i) => i));
  });

  it('30 countries that met: at most the cap of edges, and a notice', () => {
    const { x } = run(`${COUNTRIES.slice(0, -1).join(', ')} and ${COUNTRIES.at(-1)} met in Vienna.`, 'summit');
    expectCapped(x);
    expect(x.events.filter((e) => e.relation === 'met').length).toBe(BOUNDS.maxEventsPerSentence);
    expect(x.notices?.[0]).toContain('per sentence dropped');
  });

  it('a normal article is untouched (no notice, no cut)', () => {
    const seed = readFileSync(path.join(seedsDir, readdirSync(seedsDir).find((f) => f.endsWith('.txt'))!), 'utf8');
    const { x } = run(seed);
    expect(x.notices).toBeUndefined();
    const doc = analyzeText(seed);
    expect(boundSentences(doc)).toBe(0);
  });

  it('"Iran, Syria, " × 2,000: seconds, not gigabytes', () => {
    const { x, ms } = run(`${'Iran, Syria, '.repeat(2000)}and Russia met in Astana.`);
    expect(ms).toBeLessThan(15_000);
    expectCapped(x);
  }, 60_000);

  it('"Iran, " × 8,000 and "Iran-backed " × 2,000: seconds', () => {
    expect(run(`${'Iran, '.repeat(8000)}and Russia met.`).ms).toBeLessThan(15_000);
    expect(run(`${'Iran-backed '.repeat(2000)}militias attacked Syria.`).ms).toBeLessThan(15_000);
  }, 60_000);

  /** `mb` MB of sentences listing 30 countries that met: the densest relation input there is. */
  const dense = (mb: number) => {
    const sentence = `${COUNTRIES.slice(0, -1).join(', ')} and ${COUNTRIES.at(-1)} met in Vienna. `;
    return sentence.repeat(Math.ceil((mb * 2 ** 20) / sentence.length));
  };

  it('a quarter megabyte of name lists that met: the relation stage stops at its work limit, with a notice', () => {
    const { x, ms } = run(dense(0.25), 'dense');
    expect(ms).toBeLessThan(30_000);
    expectCapped(x);
    expect(x.notices?.join('\n')).toMatch(/article dense: relations read from the first \d+ of \d+ sentences only/);
  }, 60_000);

  it.skipIf(!SLOW)(
    '10 MiB of name lists that met, in one thread: bounded time and memory',
    () => {
      const before = process.memoryUsage().rss;
      const { x, ms } = run(dense(9.9), 'dense');
      expect(ms).toBeLessThan(120_000);
      expect(process.memoryUsage().rss - before).toBeLessThan(2 * 2 ** 30);
      expectCapped(x);
    },
    600_000,
  );

  it.skipIf(!SLOW)(
    'the full sizes of the issue: each in seconds',
    () => {
      for (const text of [
        `${'Iran, Syria, '.repeat(8000)}and Russia met in Astana.`,
        `${'Iran, '.repeat(32000)}and Russia met.`,
        `${'Iran-backed '.repeat(8000)}militias attacked Syria.`,
        `Iran met Syria. ${'x'.repeat(1 << 20)} Russia supports Syria.`,
      ]) {
        const { x, ms } = run(text);
        expect(ms).toBeLessThan(20_000);
        expectCapped(x);
      }
    },
    600_000,
  );
});

describe('absurd tokens never reach wink', () => {
  it('a run of more than 256 characters without a space is blanked, the rest kept in place', () => {
    const s = `Iran met Syria. ${'y'.repeat(300)} ok ${'z'.repeat(255)}.`;
    const b = blankAbsurdTokens(s);
    expect(b.length).toBe(s.length);
    expect(b).toBe(`Iran met Syria. ${' '.repeat(300)} ok ${'z'.repeat(255)}.`);
    expect(blankAbsurdTokens('short text')).toBe('short text');
  });

  it('a 64 KB token and a base64 data: URI: fast, and the sentences around them still read', () => {
    for (const blob of ['x'.repeat(64 * 1024), `data:image/png;base64,${Buffer.alloc(48 * 1024, 'ab+/').toString('base64')}`]) {
      const { x, ms } = run(`Russia supports Syria. ${blob} Turkey attacked the YPG.`);
      expect(ms).toBeLessThan(3000);
      expect(x.events.map((e) => e.relation).sort()).toEqual(['attacks', 'supports']);
      expect(x.notices).toEqual(['actorgraph: article x: 1 run(s) of more than 256 characters without a space skipped (not words)']);
      for (const e of x.events) expect(e.text.length).toBeLessThan(100);
    }
  });
});

describe('an article over its budget in a worker is left out, the rest is built', () => {
  const GOOD =
    'Russian President Vladimir Putin met Syrian President Bashar al-Assad in Moscow on Monday. Russia supports the Syrian government.';
  /** 20 small articles, one huge article of real prose (`mb` MB), 20 small ones. */
  function input(mb: number): string {
    const dir = path.join(tempDir('actorgraph-budget-'), 'in');
    mkdirSync(dir);
    const seed = readFileSync(path.join(seedsDir, readdirSync(seedsDir).find((f) => f.endsWith('.txt'))!), 'utf8').replace(/\n/g, ' ');
    const lines: string[] = [];
    for (let i = 0; i < 40; i++) {
      if (i === 20) lines.push(JSON.stringify({ id: 'huge', text: `${seed} `.repeat(Math.ceil((mb * 2 ** 20) / (seed.length + 1))) }));
      // Texts of their own: a text repeated word for word would write its events once (issue 16).
      lines.push(JSON.stringify({ id: `small-${i}`, text: `${GOOD} Report ${i}.` }));
    }
    writeFileSync(path.join(dir, 'a.jsonl'), `${lines.join('\n')}\n`);
    return dir;
  }

  for (const [what, budget, why] of [
    // The huge article takes many seconds; a small one well under the limit even on a cold thread of
    // a machine busy with other test files.
    ['time', { timeMs: 4000 }, /article huge took longer than 4 s \(the time limit per article\); it was left out/],
    ['memory', { memoryMb: 180 }, /article huge ran out of memory \(the limit is 180 MB per thread\); it was left out/],
  ] as const) {
    it(`over its ${what} budget`, async () => {
      const dir = input(what === 'time' ? 24 : 5);
      const out = path.join(path.dirname(dir), 'out');
      const r = await buildToFiles([dir], out, 'g', { jobs: 2, cache: false, articleBudget: budget, maxArticleBytes: 32 * 2 ** 20 });
      expect(r.problems.map((p) => p.message)).toEqual([expect.stringMatching(why)]);
      expect(r.summary.articles).toBe(40);
      expect(r.summary.rejected).toBe(1);
      const { articles } = checkOutputs(out, 'g');
      expect(articles.at(-1)).toMatchObject({ id: 'huge', error: expect.stringMatching(why) });
      const events = jsonLines(readFileSync(path.join(out, 'g.events.jsonl'), 'utf8'));
      expect(new Set(events.map((e) => e.article)).size).toBe(40);
    }, 180_000);
  }
});

describe('a builder that keeps its threads (--watch)', () => {
  it('an article over budget fails only itself, build after build, and the threads go on', async () => {
    const { Builder } = await import('../../src/pipeline/builder.js');
    const dir = path.join(tempDir('actorgraph-keep-'), 'in');
    mkdirSync(dir);
    const out = path.join(path.dirname(dir), 'out');
    const GOOD = 'Russia supports the Syrian government. Turkey opposes the YPG.';
    writeFileSync(path.join(dir, 'a.jsonl'), `${JSON.stringify({ id: 'a1', text: GOOD })}\n`);
    const builder = new Builder({ jobs: 2, articleBudget: { memoryMb: 180 } });
    const options = { cache: false as const };
    try {
      expect((await builder.build([dir], out, 'g', options)).problems).toEqual([]);
      const seed = readFileSync(path.join(seedsDir, readdirSync(seedsDir).find((f) => f.endsWith('.txt'))!), 'utf8').replace(/\n/g, ' ');
      writeFileSync(
        path.join(dir, 'b.jsonl'),
        `${JSON.stringify({ id: 'huge', text: `${seed} `.repeat(Math.ceil((5 * 2 ** 20) / seed.length)) })}\n${JSON.stringify({ id: 'b2', text: GOOD })}\n`,
      );
      const second = await builder.build([dir], out, 'g', options);
      expect(second.problems.map((p) => p.message)).toEqual([expect.stringMatching(/article huge ran out of memory/)]);
      expect(second.summary.articles).toBe(2);
      writeFileSync(path.join(dir, 'b.jsonl'), `${JSON.stringify({ id: 'b2', text: GOOD })}\n`);
      const third = await builder.build([dir], out, 'g', options);
      expect(third.problems).toEqual([]);
      expect(third.summary.articles).toBe(2);
    } finally {
      await builder.close();
    }
  }, 180_000);
});

describe('the notices of the caps', () => {
  it('are said by every build: extracted, from the cache, or with the tables of the last build kept', async () => {
    const dir = path.join(tempDir('actorgraph-capnotes-'), 'in');
    mkdirSync(dir);
    const out = path.join(path.dirname(dir), 'out');
    writeFileSync(
      path.join(dir, 'a.jsonl'),
      `${JSON.stringify({ id: 'summit', text: `${COUNTRIES.slice(0, -1).join(', ')} and ${COUNTRIES.at(-1)} met in Vienna.` })}\n${JSON.stringify({ id: 'ok', text: 'Russia supports Syria.' })}\n`,
    );
    const said = (r: { notices: string[] }) => r.notices.filter((n) => n.includes('article summit'));
    const first = await buildToFiles([dir], out, 'g');
    expect(said(first)).toEqual([expect.stringContaining('per sentence dropped')]);
    const again = await buildToFiles([dir], out, 'g');
    expect(again.resumed).toBe(2);
    expect(said(again)).toEqual(said(first));
    expect(said(await buildToFiles([dir], out, 'h'))).toEqual(said(first));
  });
});

describe('--jobs is capped to the cores and the memory', () => {
  it('capJobs: by cores, by memory, with a notice; within both, as asked', () => {
    expect(capJobs(8, {}, 2, 24 * 2 ** 30)).toEqual({ jobs: 2, notice: 'actorgraph: --jobs 8 capped to 2 (2 cores here)' });
    expect(capJobs(8, { memoryMb: 2048 }, 16, 8 * 2 ** 30).jobs).toBe(2);
    expect(capJobs(8, { memoryMb: 2048 }, 16, 8 * 2 ** 30).notice).toContain('memory for 2 threads');
    expect(capJobs(2, {}, 2, 24 * 2 ** 30)).toEqual({ jobs: 2 });
  });

  it('the CLI says so', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'Russia supports Syria.');
    const r = await cli(
      'build',
      path.join(dir, 'a.txt'),
      '--out',
      path.join(dir, 'out'),
      '--jobs',
      String(availableParallelism() + 1),
      '--quiet',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain(`--jobs ${availableParallelism() + 1} capped to`);
  });
});
