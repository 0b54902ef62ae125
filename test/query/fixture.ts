// A small actor graph by hand, following the graph contract (mixed multi graph, slug keys,
// `${relation}:${source}:${target}` edge keys, met/allied_with undirected), and its events file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes } from '../../src/graph/assemble.js';
import { toGEXF } from '../../src/export/gexf.js';
import { toJSON } from '../../src/export/json.js';
import type { RelationEvent, RelationType } from '../../src/types.js';

interface Node {
  label: string;
  type: ActorNodeAttributes['type'];
  aliases: string[];
  iso3?: string;
  affiliation?: string;
  role?: string;
  mentions: number;
  first?: string;
  last?: string;
}

const NODES: Record<string, Node> = {
  iran: {
    label: 'Iran',
    type: 'country',
    aliases: ['Islamic Republic of Iran', 'Tehran', 'army'],
    iso3: 'IRN',
    mentions: 30,
    first: '2014-01-01',
    last: '2017-06-01',
  },
  iraq: { label: 'Iraq', type: 'country', aliases: ['Baghdad'], iso3: 'IRQ', mentions: 20 },
  syria: {
    label: 'Syria',
    type: 'country',
    aliases: ['Damascus', 'army', 'Assad government'],
    iso3: 'SYR',
    mentions: 50,
    first: '2014-01-01',
    last: '2017-06-01',
  },
  russia: {
    label: 'Russia',
    type: 'country',
    aliases: ['Moscow', 'Kremlin'],
    iso3: 'RUS',
    mentions: 40,
    first: '2015-01-01',
    last: '2017-06-01',
  },
  turkey: {
    label: 'Turkey',
    type: 'country',
    aliases: ['Ankara', 'Türkiye'],
    iso3: 'TUR',
    mentions: 25,
    first: '2016-01-01',
    last: '2016-12-01',
  },
  hezbollah: { label: 'Hezbollah', type: 'armed_group', aliases: ['Hizballah'], mentions: 15, first: '2014-01-01', last: '2017-01-01' },
  'recep-tayyip-erdogan': {
    label: 'Recep Tayyip Erdoğan',
    type: 'person',
    aliases: ['Erdogan'],
    affiliation: 'turkey',
    role: 'president',
    mentions: 10,
    first: '2016-08-09',
    last: '2016-10-10',
  },
  'vladimir-putin': {
    label: 'Vladimir Putin',
    type: 'person',
    aliases: ['Putin'],
    affiliation: 'russia',
    role: 'president',
    mentions: 12,
    first: '2016-05-01',
    last: '2016-10-10',
  },
  'bashar-al-assad': {
    label: 'Bashar al-Assad',
    type: 'person',
    aliases: ['Assad'],
    affiliation: 'syria',
    role: 'president',
    mentions: 9,
    first: '2016-05-01',
    last: '2016-06-01',
  },
  'united-nations': {
    label: 'United Nations',
    type: 'organization',
    aliases: ['UN', 'the United Nations'],
    mentions: 8,
    first: '2017-04-05',
    last: '2017-04-05',
  },
  'lonely-ngo': { label: 'Lonely NGO', type: 'organization', aliases: [], mentions: 1, first: '2016-01-01', last: '2016-01-01' },
  'al-shabaab': { label: 'al-Shabaab', type: 'armed_group', aliases: [], mentions: 3, first: '2013-01-01', last: '2013-01-01' },
  somalia: { label: 'Somalia', type: 'country', aliases: [], iso3: 'SOM', mentions: 2, first: '2013-01-01', last: '2013-01-01' },
};

interface EdgeSpec {
  relation: RelationType;
  source: string;
  target: string;
  weight: number;
  first?: string;
  last?: string;
  category: string;
}

const EDGES: EdgeSpec[] = [
  { relation: 'met', source: 'russia', target: 'turkey', weight: 3, first: '2016-03-01', last: '2016-11-20', category: 'CONSULT' },
  {
    relation: 'met',
    source: 'recep-tayyip-erdogan',
    target: 'vladimir-putin',
    weight: 2,
    first: '2016-08-09',
    last: '2016-10-10',
    category: 'CONSULT',
  },
  { relation: 'supports', source: 'iran', target: 'syria', weight: 4, first: '2015-05-01', last: '2017-02-01', category: 'AID' },
  { relation: 'supports', source: 'russia', target: 'syria', weight: 6, first: '2015-09-30', last: '2017-06-01', category: 'AID' },
  { relation: 'supports', source: 'iran', target: 'hezbollah', weight: 2, first: '2016-02-01', last: '2016-07-01', category: 'SUPPORT' },
  { relation: 'supports', source: 'hezbollah', target: 'syria', weight: 3, first: '2014-01-01', last: '2017-01-01', category: 'SUPPORT' },
  { relation: 'attacks', source: 'turkey', target: 'syria', weight: 2, first: '2016-08-24', last: '2016-09-10', category: 'ASSAULT' },
  { relation: 'opposes', source: 'syria', target: 'turkey', weight: 1, first: '2016-08-25', last: '2016-08-25', category: 'DISAPPROVE' },
  { relation: 'allied_with', source: 'iran', target: 'russia', weight: 1, first: '2017-01-10', last: '2017-01-10', category: 'COOPERATE' },
  {
    relation: 'member_of',
    source: 'recep-tayyip-erdogan',
    target: 'turkey',
    weight: 5,
    first: '2016-08-09',
    last: '2016-10-10',
    category: 'AFFILIATE',
  },
  {
    relation: 'member_of',
    source: 'vladimir-putin',
    target: 'russia',
    weight: 5,
    first: '2016-05-01',
    last: '2016-10-10',
    category: 'AFFILIATE',
  },
  {
    relation: 'member_of',
    source: 'bashar-al-assad',
    target: 'syria',
    weight: 4,
    first: '2016-05-01',
    last: '2016-06-01',
    category: 'AFFILIATE',
  },
  {
    relation: 'supports',
    source: 'vladimir-putin',
    target: 'bashar-al-assad',
    weight: 2,
    first: '2016-05-01',
    last: '2016-06-01',
    category: 'SUPPORT',
  },
  { relation: 'opposes', source: 'united-nations', target: 'iraq', weight: 1, category: 'DISAPPROVE' },
  { relation: 'attacks', source: 'al-shabaab', target: 'somalia', weight: 1, first: '2013-01-01', last: '2013-01-01', category: 'ASSAULT' },
];

/** Evidence sentence i of an edge, and its article. */
export function sentence(e: Pick<EdgeSpec, 'relation' | 'source' | 'target'>, i: number): string {
  return `${e.source} ${e.relation} ${e.target}, report ${i}.`;
}
export function article(e: Pick<EdgeSpec, 'relation' | 'source' | 'target'>, i: number): string {
  return `${e.relation}-${e.source}-${e.target}-${i}`;
}

/** The fixture graph (fresh each call). */
export function smallGraph(): ActorGraph {
  const g: ActorGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({ type: 'mixed', allowSelfLoops: false });
  for (const [key, n] of Object.entries(NODES)) g.addNode(key, { articles: Math.ceil(n.mentions / 2), ...n });
  for (const e of EDGES) {
    const k = Math.min(e.weight, 3);
    const attrs: RelationEdgeAttributes = {
      relation: e.relation,
      weight: e.weight,
      category: e.category,
      evidence: Array.from({ length: k }, (_, i) => sentence(e, i)),
      evidenceArticles: Array.from({ length: k }, (_, i) => article(e, i)),
    };
    if (e.first) attrs.first = e.first;
    if (e.last) attrs.last = e.last;
    const key = `${e.relation}:${e.source}:${e.target}`;
    if (e.relation === 'met' || e.relation === 'allied_with') g.addUndirectedEdgeWithKey(key, e.source, e.target, attrs);
    else g.addDirectedEdgeWithKey(key, e.source, e.target, attrs);
  }
  return g;
}

/** One event per evidence sentence (dated: first date of the edge plus i days), plus a negated one. */
export function smallEvents(): RelationEvent[] {
  const events: RelationEvent[] = [];
  for (const e of EDGES) {
    for (let i = 0; i < Math.min(e.weight, 3); i++) {
      const ev: RelationEvent = {
        article: article(e, i),
        source: e.source,
        target: e.target,
        relation: e.relation,
        category: e.category,
        quad: null,
        sentence: i,
        text: sentence(e, i),
        start: 0,
        end: 10,
        trigger: e.relation,
      };
      if (e.first) ev.date = `${e.first.slice(0, 8)}${String(Number(e.first.slice(8)) + i).padStart(2, '0')}`;
      events.push(ev);
    }
  }
  events.push({
    article: 'negated-1',
    source: 'iran',
    target: 'turkey',
    relation: 'attacks',
    category: 'ASSAULT',
    quad: 'material_conflict',
    sentence: 0,
    text: 'Iran did not attack Turkey.',
    start: 0,
    end: 27,
    date: '2016-05-05',
    trigger: 'attack',
    negated: true,
  });
  return events;
}

/** Writes small.json, small.gexf and small.events.jsonl in a fresh temp folder. */
export function writeFixture(): { dir: string; json: string; gexf: string; events: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'actorgraph-query-'));
  const json = join(dir, 'small.json');
  const gexf = join(dir, 'small.gexf');
  const events = join(dir, 'small.events.jsonl');
  writeFileSync(json, toJSON(smallGraph()));
  writeFileSync(gexf, toGEXF(smallGraph()));
  writeFileSync(
    events,
    smallEvents()
      .map((e) => JSON.stringify(e))
      .join('\n') + '\n',
  );
  return { dir, json, gexf, events, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
