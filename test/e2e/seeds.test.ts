// Issue 2's expectations on the two seed articles (corpus/seeds, bundled in the repository):
// the actors and relations the graph must hold, and the output contract of the four files.
import { readFileSync } from 'node:fs';
import { MultiGraph } from 'graphology';
import { beforeAll, describe, expect, it } from 'vitest';
import { isProblem, readArticles } from '../../src/ingest/index.js';
import { buildFromFiles, writeBuild, type BuildResult } from '../../src/pipeline/build.js';
import { buildFiles, cli, jsonLines, seedsDir, tempDir } from '../fixtures/helpers.js';

const EAWORLDVIEW = 'eaworldview-2016-08-15-bogdanov-tehran';
const PRESSTV = 'presstv-2016-10-11-velayati-lavrentiev';

const COUNTRIES: Record<string, string> = { iran: 'IRN', russia: 'RUS', syria: 'SYR', turkey: 'TUR' };
const PERSONS: Record<string, { label: string; affiliation: string }> = {
  'ali-akbar-velayati': { label: 'Ali Akbar Velayati', affiliation: 'iran' },
  'alexander-lavrentiev': { label: 'Alexander Lavrentiev', affiliation: 'russia' },
  'mikhail-bogdanov': { label: 'Mikhail Bogdanov', affiliation: 'russia' },
  'mohammad-javad-zarif': { label: 'Mohammad Javad Zarif', affiliation: 'iran' },
  'vladimir-putin': { label: 'Vladimir Putin', affiliation: 'russia' },
  'hassan-rouhani': { label: 'Hassan Rouhani', affiliation: 'iran' },
  'recep-tayyip-erdogan': { label: 'Recep Tayyip Erdoğan', affiliation: 'turkey' },
};
const RELATIONS = new Set(['met', 'allied_with', 'supports', 'opposes', 'attacks', 'member_of']);
const ACTOR_TYPES = new Set(['country', 'person', 'organization', 'armed_group']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

let result: BuildResult;
let graph: MultiGraph;
let texts: Map<string, string>;
let files: ReturnType<typeof buildFiles>;

beforeAll(async () => {
  result = await buildFromFiles([seedsDir]);
  graph = result.graph as unknown as MultiGraph;
  texts = new Map();
  for await (const a of readArticles([seedsDir])) if (!isProblem(a)) texts.set(a.id, a.text);
  const dir = tempDir();
  await writeBuild(result, dir, 'seeds');
  files = buildFiles(dir, 'seeds');
});

/** The edges of `relation` between a and b (either direction for undirected ones). */
function edgesOf(relation: string, a: string, b: string): string[] {
  if (!graph.hasNode(a) || !graph.hasNode(b)) return [];
  return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])].filter((e) => graph.getEdgeAttribute(e, 'relation') === relation);
}

describe('seed articles: actors', () => {
  it('reads both seeds without problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.summary.articles).toBe(2);
    expect([...texts.keys()].sort()).toEqual([EAWORLDVIEW, PRESSTV]);
  });

  it.each(Object.entries(COUNTRIES))('country %s (iso3 %s)', (key, iso3) => {
    expect(graph.hasNode(key)).toBe(true);
    expect(graph.getNodeAttributes(key)).toMatchObject({ type: 'country', iso3 });
  });

  it.each(Object.entries(PERSONS))('person %s', (key, { label, affiliation }) => {
    expect(graph.hasNode(key)).toBe(true);
    const a = graph.getNodeAttributes(key);
    expect(a.type).toBe('person');
    expect(a.label).toBe(label);
    expect(a.affiliation).toBe(affiliation);
    expect(typeof a.role === 'string' && a.role.length > 0, `role of ${key}: ${a.role}`).toBe(true);
  });

  it('Hassan Rouhani keeps the misspelling of the text as an alias', () => {
    expect(graph.getNodeAttribute('hassan-rouhani', 'aliases')).toContain('Hassadn Rouhani');
  });

  it('Recep Tayyip Erdoğan is labelled with the ğ (key folded to ASCII)', () => {
    expect(graph.getNodeAttribute('recep-tayyip-erdogan', 'label')).toBe('Recep Tayyip Erdoğan');
  });

  it('every node follows the contract: slug key, label, type, aliases, mentions, articles', () => {
    graph.forEachNode((key, a) => {
      expect(key, key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(typeof a.label === 'string' && a.label.length > 0, key).toBe(true);
      expect(ACTOR_TYPES.has(a.type), `${key}: type ${a.type}`).toBe(true);
      expect(Array.isArray(a.aliases), key).toBe(true);
      for (const alias of a.aliases) expect(typeof alias).toBe('string');
      expect(Number.isInteger(a.mentions) && a.mentions >= 1, `${key}: mentions ${a.mentions}`).toBe(true);
      expect(Number.isInteger(a.articles) && a.articles >= 1 && a.articles <= 2, `${key}: articles ${a.articles}`).toBe(true);
      expect(a.articles).toBeLessThanOrEqual(a.mentions);
      if (a.type === 'country') expect(a.iso3, key).toMatch(/^[A-Z]{3}$/);
      if (a.affiliation !== undefined) {
        expect(a.type, `${key} has an affiliation`).toBe('person');
        expect(graph.hasNode(a.affiliation), `${key}: affiliation ${a.affiliation} is a node`).toBe(true);
        expect(['country', 'organization', 'armed_group']).toContain(graph.getNodeAttribute(a.affiliation, 'type'));
      }
    });
  });

  it('Iran and Russia are in both articles', () => {
    for (const key of ['iran', 'russia']) expect(graph.getNodeAttribute(key, 'articles')).toBe(2);
  });
});

describe('seed articles: relations', () => {
  it('met(Ali Akbar Velayati, Alexander Lavrentiev), undirected', () => {
    const edges = edgesOf('met', 'ali-akbar-velayati', 'alexander-lavrentiev');
    expect(edges).toHaveLength(1);
    expect(graph.isUndirected(edges[0])).toBe(true);
    expect(graph.getEdgeAttribute(edges[0], 'evidenceArticles')).toContain(PRESSTV);
  });

  it('allied_with(Iran, Syria), undirected', () => {
    const edges = edgesOf('allied_with', 'iran', 'syria');
    expect(edges).toHaveLength(1);
    expect(graph.isUndirected(edges[0])).toBe(true);
  });

  it('Alexander Lavrentiev member_of Russia, directed', () => {
    const edges = edgesOf('member_of', 'alexander-lavrentiev', 'russia');
    expect(edges).toHaveLength(1);
    expect(graph.isDirected(edges[0])).toBe(true);
    expect(graph.source(edges[0])).toBe('alexander-lavrentiev');
    expect(graph.target(edges[0])).toBe('russia');
  });

  it('every edge follows the contract: one per (source, relation, target), weight ≥ 1, evidence with article ids', () => {
    expect(graph.size).toBeGreaterThan(0);
    const seen = new Set<string>();
    graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
      expect(RELATIONS.has(a.relation), `${edge}: relation ${a.relation}`).toBe(true);
      expect(undirected, `${edge} directedness`).toBe(a.relation === 'met' || a.relation === 'allied_with');
      const id = undirected ? `${a.relation}|${[source, target].sort().join('|')}` : `${a.relation}|${source}|${target}`;
      expect(seen.has(id), `duplicate edge ${id}`).toBe(false);
      seen.add(id);
      expect(Number.isInteger(a.weight) && a.weight >= 1, `${edge}: weight ${a.weight}`).toBe(true);
      expect(Array.isArray(a.evidence) && a.evidence.length >= 1, `${edge}: evidence`).toBe(true);
      expect(Array.isArray(a.evidenceArticles), `${edge}: evidenceArticles`).toBe(true);
      expect(a.evidenceArticles).toHaveLength(a.evidence.length);
      for (const art of a.evidenceArticles) expect([EAWORLDVIEW, PRESSTV]).toContain(art);
      for (const s of a.evidence) expect(typeof s === 'string' && s.length > 0).toBe(true);
      expect(a.first, `${edge}: first`).toMatch(DATE);
      expect(a.last, `${edge}: last`).toMatch(DATE);
      expect(a.first <= a.last).toBe(true);
    });
  });

  it('an edge weight is the number of its events', () => {
    const count = new Map<string, number>();
    for (const e of result.events) {
      if (e.negated || e.hypothetical) continue;
      const sym = e.relation === 'met' || e.relation === 'allied_with';
      const id = sym ? `${e.relation}|${[e.source, e.target].sort().join('|')}` : `${e.relation}|${e.source}|${e.target}`;
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    graph.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
      const id = undirected ? `${a.relation}|${[source, target].sort().join('|')}` : `${a.relation}|${source}|${target}`;
      expect(a.weight, edge).toBe(count.get(id));
    });
    expect([...count.keys()].length).toBe(graph.size);
  });
});

describe('seed articles: events.jsonl', () => {
  it('has one line per event with the contract fields, and text is the article text at [start, end)', () => {
    const lines = jsonLines(readFileSync(files.events, 'utf8'));
    expect(lines.length).toBe(result.events.length);
    expect(lines.length).toBeGreaterThan(0);
    for (const e of lines) {
      for (const field of ['article', 'source', 'target', 'relation', 'sentence', 'text', 'date', 'start', 'end'])
        expect(e, `${field} in ${JSON.stringify(e)}`).toHaveProperty(field);
      expect([EAWORLDVIEW, PRESSTV]).toContain(e.article);
      expect(graph.hasNode(e.source as string), String(e.source)).toBe(true);
      expect(graph.hasNode(e.target as string), String(e.target)).toBe(true);
      expect(RELATIONS.has(e.relation as string)).toBe(true);
      expect(Number.isInteger(e.sentence) && (e.sentence as number) >= 0).toBe(true);
      expect(e.date).toMatch(DATE);
      const text = texts.get(e.article as string)!;
      const [start, end] = [e.start as number, e.end as number];
      expect(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length).toBe(true);
      expect(text.slice(start, end)).toBe(e.text);
    }
    const dates = new Map(lines.map((e) => [e.article, e.date]));
    expect(dates.get(EAWORLDVIEW)).toBe('2016-08-15');
    expect(dates.get(PRESSTV)).toBe('2016-10-11');
  });

  it('holds the met(Velayati, Lavrentiev) event from the PressTV article', () => {
    const lines = jsonLines(readFileSync(files.events, 'utf8'));
    const met = lines.filter(
      (e) => e.relation === 'met' && [e.source, e.target].sort().join('|') === 'alexander-lavrentiev|ali-akbar-velayati',
    );
    expect(met.length).toBeGreaterThanOrEqual(1);
    expect(met[0].article).toBe(PRESSTV);
    expect(met[0].text).toContain('Lavrentiev');
  });
});

describe('seed articles: articles.jsonl', () => {
  it('has one line per article with id, metadata, actors and event count', () => {
    const lines = jsonLines(readFileSync(files.articles, 'utf8'));
    expect(lines.map((a) => a.id).sort()).toEqual([EAWORLDVIEW, PRESSTV]);
    const byId = new Map(lines.map((a) => [a.id as string, a]));
    const eva = byId.get(EAWORLDVIEW)!;
    const ptv = byId.get(PRESSTV)!;
    expect(eva).toMatchObject({
      title: 'Iran Daily: Amid Syrian Difficulties, Tehran & Russia Continue Talks',
      date: '2016-08-15',
      source: 'eaworldview',
    });
    expect(ptv).toMatchObject({
      url: 'http://presstv.ir/Detail/2016/10/11/488594/Iran-Russia-Syria-Ali-Akbar-Velayati-Alexander-Lavrentiev',
      date: '2016-10-11',
      source: 'presstv.ir',
    });
    for (const a of lines) {
      expect(a.error).toBeUndefined();
      const actors = a.actors as string[];
      expect(actors).toEqual([...actors].sort());
      for (const k of actors) expect(graph.hasNode(k), k).toBe(true);
      expect(a.events).toBe(result.events.filter((e) => e.article === a.id).length);
    }
    expect(eva.actors).toEqual(
      expect.arrayContaining([
        'iran',
        'russia',
        'syria',
        'turkey',
        'mikhail-bogdanov',
        'mohammad-javad-zarif',
        'vladimir-putin',
        'hassan-rouhani',
        'recep-tayyip-erdogan',
      ]),
    );
    expect(ptv.actors).toEqual(expect.arrayContaining(['iran', 'russia', 'syria', 'ali-akbar-velayati', 'alexander-lavrentiev']));
  });
});

describe('seed articles: the CLI writes what the library builds', () => {
  it('actorgraph build corpus/seeds gives the same four files as buildFromFiles + writeBuild', async () => {
    const dir = tempDir();
    const r = await cli('build', seedsDir, '--out', dir, '--name', 'seeds', '--quiet');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const viaCli = buildFiles(dir, 'seeds');
    for (const k of ['json', 'gexf', 'events', 'articles'] as const)
      expect(readFileSync(viaCli[k], 'utf8'), `${k}: CLI build differs from the library build`).toBe(readFileSync(files[k], 'utf8'));
  });
});
