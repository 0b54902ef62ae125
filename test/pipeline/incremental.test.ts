// Rebuilds that redo nothing: unchanged input files are not read again (their manifests are replayed),
// and when the articles of the last build come first, in the same order and with the same merges,
// its tables and graph aggregates are kept and only the new articles added. The output is always
// byte-identical to a clean in-memory build.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildToFiles } from '../../src/pipeline/stream.js';
import { buildFromFiles, writeBuild } from '../../src/pipeline/build.js';
import { HAS_FAKES, fakesSample, outputs, syntheticJSONL, tempDir, write } from './helpers.js';

async function reference(inputs: string[], options: Parameters<typeof buildFromFiles>[1] = {}) {
  const dir = tempDir();
  await writeBuild(await buildFromFiles(inputs, options), dir, 'g');
  return outputs(dir, 'g');
}

function touch(file: string, seconds: number): void {
  const t = new Date(Date.now() + seconds * 1000);
  fs.utimesSync(file, t, t);
}

describe('incremental rebuild', () => {
  it('replays unchanged files, resumes the tables, and matches a clean build', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 40);
    // A rejected line: its record sits at the end of articles.jsonl, after every article.
    const bad = write(dir, 'bad.jsonl', `{"id":"q1","text":"Iran met Russia."}\n{"id": oops}\n`);
    const first = await buildToFiles([a, bad], out, 'g');
    expect(first.inputs).toEqual({ replayed: 0, read: 2, grown: 0 });
    expect(first.resumed).toBe(0);

    const same = await buildToFiles([a, bad], out, 'g');
    expect(same.inputs).toEqual({ replayed: 2, read: 0, grown: 0 });
    expect(same.cache).toMatchObject({ hits: 41, misses: 0 });
    expect(same.resumed).toBe(41);
    expect(same.problems).toEqual(first.problems);
    expect(outputs(out, 'g')).toEqual(await reference([a, bad]));

    // 1 new file: the others replayed, the tables resumed after the 41 articles already written.
    const b = syntheticJSONL(dir, 'b.jsonl', 5, 40);
    const more = await buildToFiles([a, bad, b], out, 'g');
    expect(more.inputs).toEqual({ replayed: 2, read: 1, grown: 0 });
    expect(more.cache).toMatchObject({ hits: 41, misses: 5 });
    expect(more.resumed).toBe(41);
    expect(more.summary.rejected).toBe(1);
    expect(outputs(out, 'g')).toEqual(await reference([a, bad, b]));

    // Another order: nothing to resume (the same output as a clean build all the same).
    const reordered = await buildToFiles([b, a, bad], out, 'g');
    expect(reordered.resumed).toBe(0);
    expect(reordered.cache.misses).toBe(0);
    expect(outputs(out, 'g')).toEqual(await reference([b, a, bad]));
  });

  it('reads a file again when it changed (content or only its time)', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 10);
    await buildToFiles([a], out, 'g');
    touch(a, 5);
    const touched = await buildToFiles([a], out, 'g');
    expect(touched.inputs).toEqual({ replayed: 0, read: 1, grown: 0 });
    expect(touched.cache).toMatchObject({ hits: 10, misses: 0 });
    expect((await buildToFiles([a], out, 'g')).inputs).toEqual({ replayed: 1, read: 0, grown: 0 });
    // Appending to a file: read again; the earlier articles come from the cache and stay written.
    fs.appendFileSync(a, `${JSON.stringify({ id: 'late', text: 'Egypt supports Russia. Turkey met Iran.', date: '2017-03-03' })}\n`);
    const appended = await buildToFiles([a], out, 'g');
    expect(appended.inputs).toEqual({ replayed: 0, read: 1, grown: 0 });
    expect(appended.cache).toMatchObject({ hits: 10, misses: 1 });
    expect(appended.resumed).toBe(10);
    expect(outputs(out, 'g')).toEqual(await reference([a]));
  });

  it('replays ids renamed across files only while the files before are unchanged', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = write(dir, 'a.jsonl', `${JSON.stringify({ id: 'x', text: 'Iran met Russia in Tehran.' })}\n`);
    const b = write(
      dir,
      'b.jsonl',
      `${JSON.stringify({ id: 'x', text: 'Turkey supports the Free Syrian Army.' })}\n${JSON.stringify({ id: 'x', text: 'Israel struck Iranian targets in Syria.' })}\n`,
    );
    const first = await buildToFiles([a, b], out, 'g');
    expect(first.notices.filter((n) => n.includes('renamed'))).toHaveLength(2);
    const again = await buildToFiles([a, b], out, 'g');
    expect(again.inputs).toEqual({ replayed: 2, read: 0, grown: 0 });
    expect(again.notices).toEqual(first.notices);
    expect(outputs(out, 'g')).toEqual(await reference([a, b]));
    // a.jsonl no longer claims "x": b.jsonl is unchanged but its ids are not, so it is read again.
    fs.writeFileSync(a, `${JSON.stringify({ id: 'y', text: 'Iran met Russia in Tehran.' })}\n`);
    const changed = await buildToFiles([a, b], out, 'g');
    expect(changed.inputs).toEqual({ replayed: 0, read: 2, grown: 0 });
    expect(changed.notices.filter((n) => n.includes('renamed'))).toHaveLength(1);
    expect(outputs(out, 'g')).toEqual(await reference([a, b]));
  });

  it('does not resume over output files changed since', async () => {
    const dir = tempDir();
    const out = tempDir();
    const a = syntheticJSONL(dir, 'a.jsonl', 10);
    await buildToFiles([a], out, 'g');
    fs.appendFileSync(path.join(out, 'g.events.jsonl'), '{"hand":"edited"}\n');
    const r = await buildToFiles([a], out, 'g');
    expect(r.resumed).toBe(0);
    expect(outputs(out, 'g')).toEqual(await reference([a]));
    // A build under another name or with other options keeps its own state.
    expect((await buildToFiles([a], out, 'h')).resumed).toBe(0);
    expect((await buildToFiles([a], out, 'g', { evidencePerEdge: 2 })).resumed).toBe(0);
    expect((await buildToFiles([a], out, 'g', { evidencePerEdge: 2 })).resumed).toBe(10);
  });

  it('redoes only what a changed cross-article merge concerns', async () => {
    const dir = tempDir();
    const out = tempDir();
    const line = (id: string, text: string, date: string) => `${JSON.stringify({ id, text, date })}\n`;
    const a = syntheticJSONL(dir, 'a.jsonl', 30);
    const p = write(
      dir,
      'p.jsonl',
      line('p1', 'Foreign Minister Zoltan Qarabi met Russian officials in Moscow. Qarabi said Iran supports Syria.', '2017-02-01') +
        line('p2', 'Iranian Foreign Minister Zoltann Qarabi met Turkish officials in Ankara.', '2017-02-02'),
    );
    const c = syntheticJSONL(dir, 'c.jsonl', 10, 30);
    const first = await buildToFiles([a, p, c], out, 'g');
    expect(first.graph.hasNode('zoltan-qarabi')).toBe(true);
    // More mentions of the other spelling: the merge turns round (zoltan-qarabi → zoltann-qarabi).
    const q = write(
      dir,
      'q.jsonl',
      line('p3', 'Zoltann Qarabi met Lavrov. Zoltann Qarabi said Zoltann Qarabi would return. Zoltann Qarabi left.', '2017-02-03'),
    );
    const second = await buildToFiles([a, p, c, q], out, 'g');
    expect(second.graph.hasNode('zoltann-qarabi')).toBe(true);
    expect(second.graph.hasNode('zoltan-qarabi')).toBe(false);
    expect(second.resumed).toBe(42);
    expect(outputs(out, 'g')).toEqual(await reference([a, p, c, q]));
    // And back again, with the newest file gone: nothing to resume (fewer articles than written).
    const third = await buildToFiles([a, p, c], out, 'g');
    expect(third.resumed).toBe(0);
    expect(outputs(out, 'g')).toEqual(await reference([a, p, c]));
  });

  it('stays identical to a clean build over a random series of growing inputs', async () => {
    // Persons under several spellings, so that merges appear and turn round as files are added.
    const people = [
      ['Zoltan Qarabi', 'Zoltann Qarabi', 'Qarabi'],
      ['Hamid Barazi', 'Hamidd Barazi', 'Barazi'],
      ['Yusuf Marandi', 'Yusef Marandi', 'Marandi'],
    ];
    const acts = [
      'met Russian officials in Moscow',
      'said Iran supports Syria',
      'met Turkish officials in Ankara',
      'visited Damascus',
      'criticized Israel',
    ];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor(seed / 65536) % n;
    };
    const dir = tempDir();
    const out = tempDir();
    const files: string[] = [];
    const resumed: number[] = [];
    const countryResumed: number[] = [];
    const merges = new Set<string>();
    let id = 0;
    for (let step = 0; step < 8; step++) {
      let text = '';
      for (let k = 0, n = 2 + rand(5); k < n; k++) {
        let body = '';
        for (let m = 0, sentences = 1 + rand(4); m < sentences; m++) {
          // Each step favours one spelling, so the merges turn round as steps add up.
          const spellings = people[rand(people.length)];
          const name = rand(8) === 0 ? spellings[2] : spellings[(step >> 1) % 2 === rand(5) % 2 ? 0 : 1];
          body += `Minister ${name} ${acts[rand(acts.length)]}. `;
        }
        const date = rand(5) ? `2018-0${1 + rand(9)}-1${rand(10)}` : undefined;
        text += `${JSON.stringify({ id: `r${id++}`, text: body.trim(), date })}\n`;
      }
      files.push(write(dir, `r${step}.jsonl`, text));
      for (const level of ['actor', 'country'] as const) {
        const r = await buildToFiles(files, out, level, { level });
        if (step > 0) (level === 'actor' ? resumed : countryResumed).push(r.resumed);
        const want = await reference(files, { level });
        const got = outputs(out, level);
        expect(Object.keys(got)).toEqual(Object.keys(want));
        for (const k of Object.keys(want)) expect(got[k], `step ${step} ${level} ${k}`).toBe(want[k]);
        merges.add(JSON.stringify(r.graph.nodes().filter((n) => /qarabi|barazi|marandi/.test(n))));
      }
    }
    // At least once the merges changed (the country level then redoes everything) and the actor
    // level resumed all the same, redoing only what the change concerned.
    expect(resumed.some((n, i) => n > 0 && countryResumed[i] === 0)).toBe(true);
    expect(merges.size).toBeGreaterThan(1);
  });

  it.skipIf(!HAS_FAKES)('resumes only when the cross-article merges stay the same (FA-KES, both levels)', async () => {
    const dir = tempDir();
    const csv = fakesSample(dir, 120);
    const extra = write(
      dir,
      'extra.jsonl',
      `${JSON.stringify({ id: 'e1', text: 'Egypt supports Russia. Jordan met Saudi Arabia in Amman.', date: '2017-05-01' })}\n`,
    );
    // A new spelling of a person already seen merges into it: the merge map changes, no resume.
    const misspelled = write(
      dir,
      'misspelled.jsonl',
      `${JSON.stringify({ id: 'e2', text: 'Minister Talall Barazi met Iranian officials in Tehran. Barazi said Iran supports Syria.', date: '2017-05-02' })}\n`,
    );
    for (const level of ['actor', 'country'] as const) {
      const out = tempDir();
      await buildToFiles([csv], out, 'g', { level });
      const r = await buildToFiles([csv, extra], out, 'g', { level });
      expect(outputs(out, 'g')).toEqual(await reference([csv, extra], { level }));
      const s = await buildToFiles([csv, extra, misspelled], out, 'g', { level });
      expect(outputs(out, 'g')).toEqual(await reference([csv, extra, misspelled], { level }));
      expect(r.resumed).toBe(120);
      // Actor level: the changed merge is redone where it matters; country level: all is redone.
      expect(s.resumed).toBe(level === 'actor' ? 121 : 0);
    }
  });
});

describe('a JSONL file that has only grown', () => {
  const line = (o: object) => `${JSON.stringify(o)}\n`;

  it('replays its first part and reads only what was added, with the output of a clean build', async () => {
    const dir = tempDir();
    const out = tempDir();
    const feed = syntheticJSONL(dir, 'feed.jsonl', 40);
    expect(fs.statSync(feed).size).toBeGreaterThan(8192);
    // With worker threads: they extract the added articles while the first part is replayed.
    const jobs = { jobs: 2 };
    await buildToFiles([feed], out, 'g', jobs);
    // Added: new articles, one with an id already used (renamed), a bad line, a blank line.
    fs.appendFileSync(
      feed,
      line({ id: 'late', text: 'Egypt supports Russia. Turkey met Iran.', date: '2017-03-03' }) +
        line({ id: 'a3', text: 'Jordan opposes Hezbollah.' }) +
        '{"id": oops}\n\n' +
        line({ text: 'Qatar met Saudi Arabia in Doha.' }),
    );
    const grown = await buildToFiles([feed], out, 'g', jobs);
    expect(grown.inputs).toEqual({ replayed: 0, read: 1, grown: 1 });
    expect(grown.cache).toMatchObject({ hits: 40, misses: 3, ahead: 2 }); // the renamed one is extracted in its turn
    expect(grown.resumed).toBe(40);
    const ref = await reference([feed]);
    expect(outputs(out, 'g')).toEqual(ref);
    const clean = await buildToFiles([feed], tempDir(), 'g', { cache: false });
    expect(grown.problems).toEqual(clean.problems);
    expect(grown.problems.map((p) => p.origin.line)).toEqual([43]);
    expect(grown.notices).toEqual(clean.notices);
    // Its new manifest replays it whole, and lets it grow again.
    expect((await buildToFiles([feed], out, 'g', jobs)).inputs).toEqual({ replayed: 1, read: 0, grown: 0 });
    fs.appendFileSync(feed, line({ id: 'later', text: 'Iran and Russia are allies of Syria.' }));
    const again = await buildToFiles([feed], out, 'g', jobs);
    expect(again.inputs).toEqual({ replayed: 0, read: 1, grown: 1 });
    expect(again.cache).toMatchObject({ hits: 43, misses: 1, ahead: 1 });
    expect(outputs(out, 'g')).toEqual(await reference([feed]));
  });

  it('reads the whole file again when its first part changed, or ended without a line break, or has CRs', async () => {
    const dir = tempDir();
    const out = tempDir();
    const feed = syntheticJSONL(dir, 'feed.jsonl', 40);
    await buildToFiles([feed], out, 'g');
    // Same inode, larger, but one byte of the old part changed.
    const fd = fs.openSync(feed, 'r+');
    fs.writeSync(fd, 'A', 20);
    fs.closeSync(fd);
    fs.appendFileSync(feed, line({ id: 'late', text: 'Egypt supports Russia.' }));
    const changed = await buildToFiles([feed], out, 'g');
    expect(changed.inputs).toEqual({ replayed: 0, read: 1, grown: 0 });
    expect(outputs(out, 'g')).toEqual(await reference([feed]));

    // The last line without a line break: what is added continues it.
    fs.writeFileSync(feed, fs.readFileSync(feed, 'utf8').trimEnd());
    await buildToFiles([feed], out, 'g');
    fs.appendFileSync(feed, `\n${line({ id: 'later', text: 'Qatar met Turkey.' })}`);
    expect((await buildToFiles([feed], out, 'g')).inputs.grown).toBe(0);
    expect(outputs(out, 'g')).toEqual(await reference([feed]));

    // CRLF line breaks.
    fs.writeFileSync(feed, fs.readFileSync(feed, 'utf8').replace(/\n/g, '\r\n'));
    await buildToFiles([feed], out, 'g');
    fs.appendFileSync(feed, line({ id: 'latest', text: 'Iran met Iraq.' }));
    expect((await buildToFiles([feed], out, 'g')).inputs.grown).toBe(0);
    expect(outputs(out, 'g')).toEqual(await reference([feed]));
  });
});
