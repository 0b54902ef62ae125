// Our scorer against score.py on synthetic builds: the summary lines must be identical.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, formatSummary, loadGold, scoreFiles, type EvalReport } from '../../src/eval/index.js';
import { devGoldDir, runScorePy, skipReason } from './helpers.js';
import { seeded } from '../fixtures/helpers.js';

interface RawActor {
  name: string;
  type: string;
  aliases?: string[];
  optional?: boolean;
  [k: string]: unknown;
}
interface RawRelation {
  source: string;
  relation: string;
  target: string;
  optional?: boolean;
}
interface RawGold {
  article: string | number;
  actors: RawActor[];
  relations: RawRelation[];
  negative?: RawRelation[];
}

interface Build {
  nodes: Map<string, Record<string, unknown>>;
  events: Array<Record<string, unknown>>;
  articles: Array<Record<string, unknown>>;
  /** Raw text lines to add to the JSONL files (blank lines, CRLF…). */
  eventsText?: string;
  articlesText?: string;
}

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'actorgraph-eval-'));
  temps.push(d);
  return d;
}

function devGold(): Map<string, RawGold> {
  const out = new Map<string, RawGold>();
  for (const f of readdirSync(devGoldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out.set(f, JSON.parse(readFileSync(path.join(devGoldDir, f), 'utf8')) as RawGold);
  }
  return out;
}

function writeGold(gold: Map<string, RawGold>): string {
  const dir = tempDir();
  for (const [f, g] of gold) writeFileSync(path.join(dir, f), JSON.stringify(g, null, 1));
  return dir;
}

function writeBuild(build: Build, name = 'build'): string {
  const dir = tempDir();
  const graph = {
    attributes: {},
    options: { type: 'mixed', multi: false, allowSelfLoops: true },
    nodes: [...build.nodes].map(([key, attributes]) => ({ key, attributes })),
    edges: [],
  };
  writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(graph));
  const jsonl = (rows: unknown[], extra = '') => rows.map((r) => `${JSON.stringify(r)}\n`).join('') + extra;
  writeFileSync(path.join(dir, `${name}.events.jsonl`), jsonl(build.events, build.eventsText));
  writeFileSync(path.join(dir, `${name}.articles.jsonl`), jsonl(build.articles, build.articlesText));
  return dir;
}

function checkConsistency(report: EvalReport): void {
  const sum = (xs: Array<{ tp: number; fp: number; fn: number }>) =>
    xs.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const pick = (c: { tp: number; fp: number; fn: number }) => ({ tp: c.tp, fp: c.fp, fn: c.fn });
  expect(sum(report.articles.map((a) => a.actors))).toEqual(pick(report.actors));
  expect(sum(report.articles.map((a) => a.relations))).toEqual(pick(report.relations));
  expect(sum(report.perActorType)).toEqual(pick(report.actors));
  expect(sum(report.perRelation)).toEqual(pick(report.relations));
  for (const a of report.articles) {
    expect(a.falsePositiveActors.length).toBe(a.actors.fp);
    expect(a.missedActors.length).toBe(a.actors.fn);
    expect(a.falsePositiveRelations.length).toBe(a.relations.fp);
    expect(a.missedRelations.length).toBe(a.relations.fn);
    for (const r of a.falsePositiveRelations) expect(r.evidence.length).toBeGreaterThan(0);
  }
  expect(report.articles.reduce((n, a) => n + a.negativeHits, 0)).toBe(report.negativeHits);
}

async function agree(goldDir: string, build: Build): Promise<{ report: EvalReport; lines: string[] }> {
  const out = writeBuild(build);
  const theirs = runScorePy(goldDir, out, 'build');
  const report = await scoreFiles(out, 'build', goldDir);
  const ours = formatSummary(report);
  expect(ours).toEqual(theirs);
  expect(formatReport(report, { verbose: true }).startsWith(`${theirs.join('\n')}\n`)).toBe(true);
  checkConsistency(report);
  return { report, lines: theirs };
}

/** A node for a gold actor, as a build might name it. */
function node(label: string, type: string, aliases: unknown = []): Record<string, unknown> {
  return { label, type, aliases };
}

function event(
  article: unknown,
  source: string,
  relation: string,
  target: string,
  text = `${source} ${relation} ${target}.`,
  sentence = 0,
): Record<string, unknown> {
  return { article, source, target, relation, category: 'X', quad: null, sentence, text, start: 0, end: text.length, trigger: relation };
}

describe(skipReason ? `agreement with score.py — ${skipReason}` : 'agreement with score.py', () => {
  it.skipIf(skipReason)(
    'hand-made build: right, wrong, optional, negative, reversed symmetric, unknown endpoint, missing article',
    async () => {
      const gold = devGold();
      // A negative claim, added to a temp copy of the gold.
      gold.get('presstv-2016-10-11-velayati-lavrentiev.json')!.negative = [
        { source: 'Iran', relation: 'attacks', target: 'Russia' },
        { source: 'Ali Khamenei', relation: 'met', target: 'Alexander Lavrentiev' },
      ];
      const goldDir = writeGold(gold);
      const P = 'presstv-2016-10-11-velayati-lavrentiev';
      const nodes = new Map<string, Record<string, unknown>>([
        ['country:IRN', node('Iran', 'country', ['Tehran', 'Iranian'])],
        ['country:RUS', node('Russia', 'country', ['Moscow'])],
        ['country:SYR', node('the Syrian government', 'country')],
        ['Velayati', node('Ali Akbar Velayati', 'person')],
        ['person:lavrentiev', node('Alexander Lavrentiev', 'person')],
        ['person:khamenei', node('Khamenei', 'person')], // no gold form: a false positive
        ['militants', node('militants', 'armed_group')], // optional gold
        ['org:un', node('U.N.', 'organization', ['United Nations'])],
        ['armed:daesh', node('Daesh', 'armed_group', ['ISIS', 'IS'])],
        ['armed:sdf', node('S.D.F.', 'armed_group', ['Syrian Democratic Forces'])],
        ['country:USA', node('United States', 'country', ['US', 'U.S.'])],
        ['country:TUR', node('Turkey’s', 'country')],
        ['org:coalition', node('US-led coalition', 'organization')],
      ]);
      const articles = [
        {
          id: P,
          title: 'x',
          actors: ['country:IRN', 'country:RUS', 'country:SYR', 'Velayati', 'person:lavrentiev', 'person:khamenei', 'militants', 'org:un'],
        },
        {
          id: '1918398799',
          actors: ['armed:daesh', 'armed:sdf', 'country:USA', 'country:TUR', 'org:coalition', 'country:IRN', 'no-such-node'],
        },
        { id: 'not-in-gold', actors: ['country:IRN'] },
        // 1923102842 is missing from the output, but has events.
      ];
      const events = [
        event(P, 'Velayati', 'member_of', 'country:IRN'), // tp
        event(P, 'country:RUS', 'allied_with', 'country:IRN'), // tp, reversed symmetric
        event(P, 'person:lavrentiev', 'met', 'Velayati'), // tp, reversed symmetric
        event(P, 'person:lavrentiev', 'met', 'Velayati', 'Again they met.', 3), // same relation again
        event(P, 'country:SYR', 'supports', 'country:RUS'), // fp (wrong direction)
        event(P, 'Velayati', 'supports', 'country:SYR'), // optional gold: ignored
        event(P, 'country:SYR', 'attacks', 'militants'), // optional gold: ignored
        event(P, 'country:IRN', 'attacks', 'country:RUS', 'Iran did not attack Russia.', 5), // fp, negative
        event(P, 'person:khamenei', 'met', 'person:lavrentiev'), // fp, endpoint with no gold actor
        event(P, 'org:un', 'opposes', 'unknown:key'), // fp, endpoints matching no gold actor
        event('1918398799', 'country:USA', 'supports', 'armed:sdf'), // tp
        event('1918398799', 'armed:daesh', 'attacks', 'armed:sdf'), // tp
        event('1918398799', 'armed:sdf', 'attacks', 'armed:daesh'), // tp
        event('1918398799', 'country:USA', 'attacks', 'armed:daesh'), // optional
        event('1918398799', 'country:TUR', 'allied_with', 'org:coalition'), // fp
        event('1923102842', 'country:SYR', 'allied_with', 'country:RUS'), // tp, though the article is missing
        event('1923102842', 'country:RUS', 'met', 'country:RUS'), // fp, self relation
        event('not-in-gold', 'country:IRN', 'met', 'country:RUS'), // not scored
      ];
      const { report } = await agree(goldDir, { nodes, events, articles });
      expect(report.negativeHits).toBe(1);
      expect(report.missingArticles).toContain('1923102842');
      const p = report.articles.find((a) => a.article === P)!;
      expect(p.falsePositiveActors.map((a) => a.key)).toEqual(['person:khamenei', 'org:un']); // no UN in this gold
      expect(p.missedActors.map((a) => a.name)).toEqual(['Ali Khamenei']);
      const neg = p.falsePositiveRelations.find((r) => r.negative)!;
      expect(neg).toMatchObject({ source: 'Iran', relation: 'attacks', target: 'Russia' });
      expect(neg.evidence[0]!.text).toBe('Iran did not attack Russia.');
      expect(p.falsePositiveRelations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain(
        '?person:khamenei met Alexander Lavrentiev',
      );
      expect(p.falsePositiveRelations.map((r) => `${r.source} ${r.relation} ${r.target}`)).toContain('?org:un opposes ?unknown:key');
      const text = formatReport(report, { verbose: true });
      expect(text).toContain('  false positive relation: Iran attacks Russia [negated/hypothetical in gold]');
      expect(text).toContain('  missed actor: Ali Khamenei (person)');
      expect(text).toMatch(/ {2}actor type country {6}P=/);
    },
  );

  it.skipIf(skipReason)(
    'quirks: first gold actor wins a shared form, odd node attributes, blank and CRLF lines, numeric ids, ties',
    async () => {
      const gold = devGold();
      const g = gold.get('1918398799.json')!;
      // "IS" now also names a later actor: a predicted "IS" maps to the first (Daesh).
      g.actors.push({ name: 'Islamic Society', type: 'organization', aliases: ['IS'] });
      // A repeated name, optional then required.
      g.actors.push({ name: 'Reuters', type: 'organization' });
      // An article id needing Python's repr quoting.
      gold.set('0-odd.json', { article: `it's "odd" é\u00a0`, actors: [{ name: 'Iran', type: 'country' }], relations: [], negative: [] });
      gold.set('zz-num.json', { article: 42, actors: [{ name: 'Iran', type: 'country' }], relations: [], negative: [] });
      const goldDir = writeGold(gold);
      const nodes = new Map<string, Record<string, unknown>>([
        ['IS', { label: 'IS', type: 'armed_group' }],
        ['nolabel', { type: 'country', label: null, aliases: 'Iraq' }], // aliases as a string: its letters
        ['iraq', { type: 'country', aliases: null }],
        ['Reuters', {}],
        ['weird', { label: 7, aliases: { Turkey: 1 } }],
        ['coalition', { label: 'US-led Coalition', type: 'organization' }],
      ]);
      const junk = Array.from({ length: 15 }, (_, i) => `junk-${i}`);
      const A = '1918398799';
      const articles = [
        { id: A, actors: ['nolabel'] }, // replaced by the later line for the same id
        { id: Number(A), actors: ['IS', 'nolabel', 'iraq', 'Reuters', 'weird', 'IS', ...junk] },
        { id: 42, actors: ['iraq'] },
      ];
      const events = [
        event(Number(A), 'IS', 'attacks', 'iraq'),
        event(A, 'coalition', 'supports', 'iraq'), // tp
        ...junk.slice(0, 6).map((j) => event(A, 'iraq', 'supports', j)), // with the one below, supports: tp=1 fp=7 → P=0.125
        event(A, 'junk-1', 'visits', 'IS'), // not a relation type of the guidelines: still scored
        event(A, 'Reuters', 'met', 'Reuters'),
      ];
      const bothWays = event(A, 'iraq', 'supports', 'weird'); // "weird" matches Turkey through an alias key
      const { report, lines } = await agree(goldDir, {
        nodes,
        events: [...events, bothWays],
        articles,
        eventsText: '\n   \r\n' + JSON.stringify(event(A, 'IS', 'allied_with', 'iraq')) + '\r\n\n',
        articlesText: '\n \t \n',
      });
      expect(report.articles.find((a) => a.article === A)!.matches).toContainEqual({ key: 'IS', gold: 'Daesh' });
      expect(report.perRelation.map((r) => r.relation)).toContain('visits');
      expect(lines).toContain('  relation supports     P=0.12 R=0.07 F1=0.09 (tp=1 fp=7 fn=14)');
      expect(lines.find((l) => l.includes('missing'))).toContain(`'it\\'s "odd" é\\xa0'`);
      expect(report.goldWarnings.some((w) => w.includes('"Reuters" is listed twice'))).toBe(true);
      expect(report.goldWarnings.some((w) => w.includes('"is"'))).toBe(true);
    },
  );

  it.skipIf(skipReason)('an empty build: every article missing (score.py prints the first five)', async () => {
    const goldDir = writeGold(devGold());
    const { report, lines } = await agree(goldDir, { nodes: new Map(), events: [], articles: [] });
    expect(report.missingArticles.length).toBe(10);
    expect(lines.some((l) => l.startsWith('  articles missing from output: 10: ['))).toBe(true);
  });

  it.skipIf(skipReason)('the perfect build from the gold itself scores 1.000', async () => {
    const gold = devGold();
    const nodes = new Map<string, Record<string, unknown>>();
    const events: Array<Record<string, unknown>> = [];
    const articles: Array<Record<string, unknown>> = [];
    for (const g of gold.values()) {
      const keys: string[] = [];
      for (const a of g.actors) {
        const key = `${g.article}/${a.name}`;
        nodes.set(key, { label: a.name, type: a.type, aliases: a.aliases ?? [] });
        if (!a.optional) keys.push(key);
      }
      articles.push({ id: g.article, actors: keys });
      for (const r of g.relations) {
        if (!r.optional) events.push(event(g.article, `${g.article}/${r.source}`, r.relation, `${g.article}/${r.target}`));
      }
    }
    const { lines } = await agree(writeGold(gold), { nodes, events, articles });
    expect(lines.at(-1)).toBe('actors P=1.000 R=1.000 F1=1.000 | relations P=1.000 R=1.000 F1=1.000');
  });

  for (const seed of [1, 7, 42, 2024, 31337]) {
    it.skipIf(skipReason)(`randomized build, seed ${seed}`, async () => {
      const rnd = seeded(seed);
      const { gold, build } = randomBuild(devGold(), rnd);
      await agree(writeGold(gold), build);
    });
  }
});

describe('gold validation', () => {
  it('names the file and the field of malformed gold', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'g'));
    const g = path.join(dir, 'g');
    writeFileSync(path.join(g, 'a.json'), JSON.stringify({ article: 'a', actors: [{ name: 'Iran', type: 'state' }], relations: [] }));
    await expect(loadGold(g)).rejects.toThrow(/^actorgraph\/eval: .*a\.json: actors\[0\] \(Iran\)\.type must be one of/);
    writeFileSync(path.join(g, 'a.json'), '{"article": "a", ');
    await expect(loadGold(g)).rejects.toThrow(/a\.json: not valid JSON/);
    writeFileSync(
      path.join(g, 'a.json'),
      JSON.stringify({ article: 'a', actors: [], relations: [{ source: 'X', relation: 'hates', target: 'Y' }] }),
    );
    await expect(loadGold(g)).rejects.toThrow(/a\.json: relations\[0\]\.relation must be one of/);
    writeFileSync(
      path.join(g, 'a.json'),
      JSON.stringify({ article: 'a', actors: [{ name: 'X', type: 'country', optional: 'yes' }], relations: [] }),
    );
    await expect(loadGold(g)).rejects.toThrow(/optional must be true or false/);
    writeFileSync(path.join(g, 'a.json'), JSON.stringify({ actors: [], relations: [] }));
    await expect(loadGold(g)).rejects.toThrow(/a\.json: "article" must be/);
    rmSync(path.join(g, 'a.json'));
    await expect(loadGold(g)).rejects.toThrow(/holds no gold file/);
    await expect(loadGold(path.join(dir, 'nope'))).rejects.toThrow(/gold folder .*nope: cannot be read/);
  });

  it('warns about endpoints that name no gold actor', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'b.json'),
      JSON.stringify({
        article: 'b',
        actors: [{ name: 'Iran', type: 'country', aliases: ['Tehran'] }],
        relations: [{ source: 'Tehran', relation: 'met', target: 'Iran' }],
        extra: 1,
      }),
    );
    const gold = await loadGold(dir);
    expect(gold.articles[0]!.negative).toEqual([]);
    expect(gold.warnings.join('\n')).toMatch(/b\.json: relations\[0\] .*"Tehran" is not the name of a gold actor/);
    expect(gold.warnings.join('\n')).toMatch(/unknown field "extra"/);
  });

  it('reports malformed output files with file and line', async () => {
    const gold = tempDir();
    writeFileSync(path.join(gold, 'a.json'), JSON.stringify({ article: 'a', actors: [], relations: [] }));
    const out = writeBuild({ nodes: new Map(), events: [], articles: [], eventsText: '{"article": "a"}\n{oops\n' });
    await expect(scoreFiles(out, 'build', gold)).rejects.toThrow(/build\.events\.jsonl line 2: not valid JSON/);
  });
});

// ---- randomized builds ----

const RELATIONS = ['met', 'allied_with', 'supports', 'opposes', 'attacks', 'member_of'];
const TYPES = ['country', 'person', 'organization', 'armed_group'];

function randomBuild(gold: Map<string, RawGold>, rnd: () => number): { gold: Map<string, RawGold>; build: Build } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  // Spelling variants a build might produce for a name; most fold to the same form.
  const variant = (name: string): string => {
    switch (Math.floor(rnd() * 9)) {
      case 0:
        return name.toUpperCase();
      case 1:
        return `the ${name}`;
      case 2:
        return `${name}’s`;
      case 3:
        return name.replace(/([A-Z])/g, '$1.');
      case 4:
        return name.replace(/a/g, 'á').replace(/o/g, 'ö');
      case 5:
        return name.replace(/ /g, '-');
      case 6:
        return `${name}s`; // a different form: usually no match
      case 7:
        return name.slice(0, Math.max(1, name.length - 2)); // truncated: usually no match
      default:
        return name;
    }
  };
  const nodes = new Map<string, Record<string, unknown>>();
  const events: Array<Record<string, unknown>> = [];
  const articles: Array<Record<string, unknown>> = [];
  let junkCount = 0;
  const newJunk = (): string => {
    const key = `junk:${junkCount++}`;
    if (chance(0.8))
      nodes.set(key, { label: pick(['Hamas', 'Kurds', 'NATO', 'Assad', 'the West', 'Aleppo', 'Syrian rebels', 'IS']), type: pick(TYPES) });
    return key;
  };
  for (const g of gold.values()) {
    // Some negative claims in the temp gold copy.
    const names = g.actors.map((a) => a.name);
    g.negative = Array.from({ length: Math.floor(rnd() * 4) }, () => ({
      source: pick(names),
      relation: pick(RELATIONS),
      target: pick(names),
    }));
    const keyOf = new Map<string, string>();
    const actorKeys: string[] = [];
    for (const a of g.actors) {
      if (!chance(0.7)) continue;
      const forms = [a.name, ...(a.aliases ?? [])];
      const key = chance(0.5) ? variant(pick(forms)) : `${a.type}:${pick(forms).toLowerCase().replace(/\W+/g, '_')}`;
      if (!nodes.has(key)) {
        const attrs: Record<string, unknown> = { type: chance(0.9) ? a.type : pick(TYPES) };
        if (chance(0.8)) attrs.label = variant(pick(forms));
        if (chance(0.6)) attrs.aliases = forms.filter(() => chance(0.4)).map(variant);
        nodes.set(key, attrs);
      }
      keyOf.set(a.name, key);
      if (chance(0.9)) actorKeys.push(key);
    }
    const junk = Array.from({ length: Math.floor(rnd() * 4) }, newJunk);
    const all = [...actorKeys, ...junk];
    if (!chance(0.15))
      articles.push({ id: chance(0.3) ? Number(g.article) || g.article : g.article, actors: chance(0.1) ? [...all, ...all] : all });
    const id = g.article;
    const endpoint = (name: string): string => keyOf.get(name) ?? (chance(0.5) ? newJunk() : `unmatched:${name}`);
    for (const r of [...g.relations, ...(g.negative ?? [])]) {
      if (!chance(0.6)) continue;
      const [s, t] = chance(0.2) ? [r.target, r.source] : [r.source, r.target];
      events.push(
        event(id, endpoint(s), chance(0.85) ? r.relation : pick(RELATIONS), endpoint(t), `${s} and ${t}.`, Math.floor(rnd() * 20)),
      );
    }
    for (let i = Math.floor(rnd() * 5); i > 0 && all.length > 0; i--) {
      events.push(event(id, pick(all), pick(RELATIONS), pick(all), 'Random claim.', i));
    }
  }
  return { gold, build: { nodes, events, articles } };
}
