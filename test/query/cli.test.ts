import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run.js';
import { loadGraph } from '../../src/query/index.js';
import { writeFixture } from './fixture.js';

const fx = writeFixture();
afterAll(() => fx.cleanup());
const CORPUS = 'graphs/corpus.json';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (s) => void (out += s), err: (s) => void (err += s), isTTY: false });
  return { code, out, err };
}

const q = (...args: string[]) => cli('query', fx.json, ...args);

describe('actorgraph query', () => {
  test('actor: a card and relation counts; names with spaces as several words', async () => {
    const r = await q('actor', 'Recep', 'Tayyip', 'Erdoğan');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^Recep Tayyip Erdoğan\n/);
    expect(r.out).toMatch(/ {2}key +recep-tayyip-erdogan\n/);
    expect(r.out).toMatch(/affiliation +Turkey\n/);
    expect(r.out).toMatch(/RELATION +OUT +IN +UNDIRECTED\nmet +0 +0 +1\nmember_of +1 +0 +0\n/);
    const j = JSON.parse((await q('actor', 'army', '--json')).out);
    expect(j.actor).toMatchObject({ key: 'syria', label: 'Syria', type: 'country' });
    expect(j.matches.map((m: { key: string }) => m.key)).toEqual(['syria', 'iran']);
    expect(j.relations.supports).toEqual({ out: 0, in: 3, both: 0 });
  });

  test('unknown actor: exit 1, the graph named, suggestions', async () => {
    const r = await q('relations', 'Irann');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(`actorgraph: no actor "Irann" in ${fx.json}. Did you mean: Iran, Iraq?\n`);
    const none = await q('actor', 'Qwxz');
    expect(none.code).toBe(1);
    expect(none.err).toBe(`actorgraph: no actor "Qwxz" in ${fx.json}.\n`);
  });

  test('relations: aligned table, filters, evidence, JSON', async () => {
    const r = await q('relations', 'Iran', '--relation', 'supports');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('Iran: 2 relation(s)');
    expect(lines[1]).toMatch(/^RELATION +DIR +OTHER +TYPE +WEIGHT +DATES +CATEGORY$/);
    expect(lines[2]).toMatch(/^supports +→ +Syria +country +4 +2015-05-01 – 2017-02-01 +AID$/);
    expect(lines[3]).toMatch(/^supports +→ +Hezbollah +armed_group +2 /);
    // Columns line up: OTHER starts at the same place on every line.
    expect(
      new Set(lines.slice(1).map((l) => l.indexOf(l.includes('OTHER') ? 'OTHER' : l.includes('Syria') ? 'Syria' : 'Hezbollah'))).size,
    ).toBe(1);
    const ev = await q('relations', 'turkey', '--direction', 'out', '--evidence');
    expect(ev.out).toContain('    [attacks-turkey-syria-0] turkey attacks syria, report 0.');
    expect(ev.out).toContain('met ');
    const j = JSON.parse((await q('relations', 'syria', '--from', '2016-09', '--to', '2016', '--json')).out);
    expect(j.map((x: { key: string }) => x.key)).toEqual([
      'supports:russia:syria',
      'supports:iran:syria',
      'supports:hezbollah:syria',
      'attacks:turkey:syria',
    ]);
    expect((await q('relations', 'lonely-ngo')).out).toBe('Lonely NGO: no relations match.\n');
  });

  test('between: evidence dated from the events file next to the graph', async () => {
    const r = await q('between', 'Turkey', 'Syria');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Turkey and Syria: 2 relation\(s\), weight 3\n/);
    expect(r.out).toContain('    2016-08-25 [attacks-turkey-syria-1] turkey attacks syria, report 1.');
    const j = JSON.parse((await q('between', 'Turkey', 'Syria', '--json')).out);
    expect(j.relations[0].evidence[0]).toEqual({
      text: 'turkey attacks syria, report 0.',
      article: 'attacks-turkey-syria-0',
      date: '2016-08-24',
    });
    const nodates = JSON.parse((await q('between', 'Turkey', 'Syria', '--json', '--no-dates')).out);
    expect(nodates.relations[0].evidence[0].date).toBeUndefined();
    expect((await q('between', 'iraq', 'somalia')).out).toBe('Iraq and Somalia: no relation.\n');
  });

  test('path: hops with their relations; no path exits 1', async () => {
    const r = await q('path', 'Turkey', 'Hezbollah');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Turkey → Syria → Hezbollah {2}\(2 hops\)\n/);
    expect(r.out).toMatch(/Turkey +attacks ×2 →, ← opposes +Syria/);
    expect(r.out).toMatch(/Syria +← supports ×3 +Hezbollah/);
    const j = JSON.parse((await q('path', 'iran', 'turkey', '--relation', 'met,allied_with', '--json')).out);
    expect(j.nodes.map((n: { key: string }) => n.key)).toEqual(['iran', 'russia', 'turkey']);
    const none = await q('path', 'iran', 'somalia');
    expect(none.code).toBe(1);
    expect(none.out).toBe('No path between Iran and Somalia.\n');
    const noneJSON = await q('path', 'iran', 'somalia', '--json');
    expect(noneJSON.code).toBe(1);
    expect(JSON.parse(noneJSON.out)).toBeNull();
  });

  test('top, neighbors, communities, components', async () => {
    const top = await q('top', '--by', 'mentions', '-n', '2', '--type', 'person');
    expect(top.code).toBe(0);
    expect(top.out).toMatch(
      /^RANK +ACTOR +TYPE +MENTIONS +KEY\n +1 +Vladimir Putin +person +12 +vladimir-putin\n +2 +Recep Tayyip Erdoğan +person +10 +recep-tayyip-erdogan\n$/,
    );
    const tj = JSON.parse((await q('top', '--json')).out);
    expect(tj).toHaveLength(10);
    expect(tj[0]).toMatchObject({ key: 'syria', rank: 1 });
    expect((await q('neighbors', 'turkey', '--relation', 'attacks,opposes')).out).toMatch(/Syria +country +3 +attacks, opposes/);
    const comm = await q('communities');
    expect(comm.code).toBe(0);
    expect(comm.out).toMatch(/^\d+ communities/);
    expect(comm.out).toMatch(/ID +SIZE +MEMBERS/);
    const cj = JSON.parse((await q('communities', '--min-size', '1', '--json')).out);
    expect(cj.reduce((s: number, c: { size: number }) => s + c.size, 0)).toBe(13);
    const comp = await q('components');
    expect(comp.out).toMatch(/^4 components, 3 of at least 2 actors \(1 smaller not shown\)\n/);
    expect(comp.out).toMatch(/ 1 +2 +al-Shabaab, Somalia\n/);
    expect(JSON.parse((await q('components', '--min-size', '1', '--json')).out)).toHaveLength(4);
  });

  test('ego: a table, JSON, or a file', async () => {
    const r = await q('ego', 'Turkey');
    expect(r.out).toMatch(/^Turkey: 4 actors within 1 hop, 5 relations\nHOPS +ACTOR +TYPE +RELATIONS +MENTIONS\n +0 +Turkey /);
    const j = JSON.parse((await q('ego', 'Turkey', '--json')).out);
    expect(j.nodes).toHaveLength(4);
    expect(j.attributes).toEqual({ ego: 'turkey', radius: 1 });
    const file = join(fx.dir, 'turkey.gexf');
    const w = await q('ego', 'Turkey', '--radius', '2', '--out', file);
    expect(w.code).toBe(0);
    expect(w.out).toBe(`wrote ${file}: 8 actors, 13 relations\n`);
    expect(readFileSync(file, 'utf8')).toMatch(/^<\?xml/);
    const back = await loadGraph(file);
    expect(back.order).toBe(8);
    const jf = join(fx.dir, 'turkey.json');
    expect(JSON.parse((await q('ego', 'Turkey', '--out', jf, '--json')).out)).toEqual({ file: jf, actors: 4, relations: 5 });
    expect((await loadGraph(jf)).size).toBe(5);
  });

  test('events: streamed from <graph>.events.jsonl, names resolved, JSON array', async () => {
    const r = await q('events', '--actor', 'Turkey', '--with', 'Syria');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      [
        '2016-08-24  Turkey attacks Syria  [attacks-turkey-syria-0]',
        '    turkey attacks syria, report 0.',
        '2016-08-25  Turkey attacks Syria  [attacks-turkey-syria-1]',
        '    turkey attacks syria, report 1.',
        '2016-08-25  Syria opposes Turkey  [opposes-syria-turkey-0]',
        '    syria opposes turkey, report 0.',
        '3 events',
        '',
      ].join('\n'),
    );
    const j = JSON.parse((await q('events', '--relation', 'met', '-n', '2', '--json')).out);
    expect(j.map((e: { article: string }) => e.article)).toEqual(['met-russia-turkey-0', 'met-russia-turkey-1']);
    expect(JSON.parse((await q('events', '--article', 'nope', '--json')).out)).toEqual([]);
    const unc = await q('events', '--actor', 'iran', '--relation', 'attacks', '--uncertain');
    expect(unc.out).toContain('(negated)');
    const missing = await cli('query', fx.gexf, 'events', '--events', join(fx.dir, 'none.jsonl'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/^actorgraph: cannot read the events file .*none\.jsonl: no such file\n$/);
  });

  test('--country answers on the projection; GEXF graphs work too', async () => {
    const j = JSON.parse((await q('--country', 'between', 'Russia', 'Turkey', '--json')).out);
    expect(j.relations.map((r: { key: string; weight: number }) => [r.key, r.weight])).toEqual([['met:russia:turkey', 5]]);
    const r = await cli('query', fx.gexf, 'relations', 'Iran', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toHaveLength(3);
  });

  test('usage errors exit 2', async () => {
    for (const args of [
      ['relations', 'Iran', '--relation', 'likes'],
      ['relations', 'Iran', '--direction', 'up'],
      ['relations', 'Iran', '--from', 'May'],
      ['top', '--by', 'fame'],
      ['top', '-n', 'ten'],
      ['top', '--type', 'state'],
      ['ego', 'Iran', '--out', 'x.png'],
      ['ego', 'Iran', '--radius', '-1'],
      ['events', '--with', 'Iran'],
      ['between', 'Iran'],
      ['nonsense'],
    ]) {
      const r = await q(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.out, args.join(' ')).toBe('');
      expect(r.err, args.join(' ')).toMatch(/\(run with --help for usage\)\n$/);
    }
    expect((await cli('query')).code).toBe(2);
    expect((await cli('query', fx.json)).err).toMatch(/which question\?/);
    const swapped = await cli('query', 'relations', 'Iran');
    expect(swapped.code).toBe(2);
    expect(swapped.err).toMatch(/the graph file comes first/);
  });

  test('a missing graph exits 1 with the file named', async () => {
    const r = await cli('query', join(fx.dir, 'none.json'), 'top');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^actorgraph: cannot read the graph .*none\.json: no such file\n$/);
  });

  test('--help for the questions and for each question', async () => {
    for (const argv of [
      ['query', '--help'],
      ['help', 'query'],
      ['query', 'help'],
    ]) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).toBe(0);
      expect(r.out, argv.join(' ')).toMatch(/Usage: actorgraph query <graph> <question>/);
      for (const question of ['actor', 'relations', 'between', 'path', 'top', 'ego', 'communities', 'components', 'events'])
        expect(r.out).toContain(`  ${question} `);
    }
    for (const question of ['actor', 'relations', 'neighbors', 'between', 'path', 'top', 'ego', 'communities', 'components', 'events']) {
      const r = await q(question, '--help');
      expect(r.code, question).toBe(0);
      expect(r.out, question).toMatch(new RegExp(`^Usage: actorgraph query <graph> ${question}`));
      expect(r.out, question).toContain('--json');
      expect(r.out, question).toContain('Example: actorgraph query graphs/corpus.json');
    }
    expect((await cli('query', fx.json, 'help', 'top')).out).toMatch(/^Usage: actorgraph query <graph> top/);
  });

  test.skipIf(!existsSync(CORPUS))('on the built corpus', async () => {
    const rel = await cli('query', CORPUS, 'relations', 'Iran', '--relation', 'supports');
    expect(rel.code).toBe(0);
    expect(rel.out).toMatch(/^Iran: \d+ relation\(s\)\n/);
    const between = JSON.parse((await cli('query', CORPUS, 'between', 'Russia', 'Turkey', '--json')).out);
    expect(between.a.key).toBe('russia');
    expect(between.relations.length).toBeGreaterThan(0);
    const path = JSON.parse((await cli('query', CORPUS, 'path', 'Turkey', 'Hezbollah', '--json')).out);
    expect(path.nodes[0].key).toBe('turkey');
    const top = JSON.parse((await cli('query', CORPUS, 'top', '--by', 'pagerank', '-n', '10', '--json')).out);
    expect(top).toHaveLength(10);
    const unknown = await cli('query', CORPUS, 'actor', 'Irqa');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('actorgraph: no actor "Irqa" in graphs/corpus.json. Did you mean: Iraq?\n');
    const events = JSON.parse((await cli('query', CORPUS, 'events', '--actor', 'Iran', '--relation', 'supports', '--json')).out);
    expect(events.length).toBeGreaterThan(0);
    expect(
      events.every(
        (e: { source: string; target: string; relation: string }) =>
          e.relation === 'supports' && (e.source === 'iran' || e.target === 'iran'),
      ),
    ).toBe(true);
  });
});
