// A small actor graph by hand, following the graph contract (mixed, multi, slug keys,
// `${relation}:${source}:${target}` edge keys), with hostile strings in it.
import { MultiGraph } from 'graphology';

/** Label with XML specials, a control character, a zero-width space and a bidi override. */
export const HOSTILE_LABEL = 'Tom & Jerry <"Co"> \'Ltd\'\u0001 zero\u200Bwidth \u202Eevil\u202C';
export const HOSTILE_LABEL_CLEAN = 'Tom & Jerry <"Co"> \'Ltd\' zero\u200Bwidth \u202Eevil\u202C';
export const TRICKY_EVIDENCE = [
  'Iran, Russia and [Syria] met in "Tehran", said \'officials\'.',
  'A backslash \\ and a pipe | and a comma, here]',
  '["not", "a", "list"]',
];

export function buildGraph(): MultiGraph {
  const g = new MultiGraph({ type: 'mixed', multi: true });
  g.addNode('iran', {
    label: 'Iran',
    type: 'country',
    aliases: ['Islamic Republic of Iran', 'Persia, "old"', '[Tehran]'],
    iso3: 'IRN',
    mentions: 12,
    articles: 4,
    first: '2024-01-03',
    last: '2024-03-01',
  });
  g.addNode('russia', {
    label: 'Russia',
    type: 'country',
    aliases: ['Russian Federation'],
    iso3: 'RUS',
    mentions: 9,
    articles: 3,
    first: '2024-01-05',
    last: '2024-02-20',
  });
  g.addNode('vladimir-putin', {
    label: 'Vladimir Putin',
    type: 'person',
    aliases: ['Putin'],
    affiliation: 'russia',
    role: 'president',
    mentions: 7,
    articles: 3,
    first: '2024-01-05',
    last: '2024-02-20',
  });
  g.addNode('hezbollah', {
    label: 'Hezbollah',
    type: 'armed_group',
    aliases: [],
    mentions: 5,
    articles: 2,
    first: '2024-02-01',
    last: '2024-02-11',
  });
  g.addNode('tom-jerry', {
    label: HOSTILE_LABEL,
    type: 'organization',
    aliases: ['T&J', 'a\u0001b', 'tab\there'],
    mentions: 1,
    articles: 1,
    first: '2024-02-02',
    last: '2024-02-02',
  });
  g.addNode('israel', {
    label: 'Israel',
    type: 'country',
    aliases: [],
    iso3: 'ISR',
    mentions: 6,
    articles: 2,
    first: '2024-02-01',
    last: '2024-03-02',
  });

  const edge = (relation: string, source: string, target: string, attrs: Record<string, unknown>) => {
    const key = `${relation}:${source}:${target}`;
    if (relation === 'met' || relation === 'allied_with') g.addUndirectedEdgeWithKey(key, source, target, { relation, ...attrs });
    else g.addDirectedEdgeWithKey(key, source, target, { relation, ...attrs });
  };
  edge('met', 'iran', 'russia', {
    weight: 3,
    first: '2024-01-05',
    last: '2024-02-20',
    evidence: TRICKY_EVIDENCE,
    evidenceArticles: ['a1', 'a2', 'a3'],
    category: 'CONSULT',
  });
  edge('allied_with', 'iran', 'russia', {
    weight: 1,
    first: '2024-01-05',
    last: '2024-01-05',
    evidence: ['Allies.'],
    evidenceArticles: ['a1'],
  });
  edge('supports', 'iran', 'hezbollah', {
    weight: 2,
    first: '2024-02-01',
    last: '2024-02-11',
    evidence: ['Iran supports Hezbollah.', 'Tehran & its <proxies>.'],
    evidenceArticles: ['a2', 'a4'],
    category: 'SUPPORT',
    hypothetical: 1,
  });
  edge('attacks', 'hezbollah', 'israel', {
    weight: 4,
    first: '2024-02-01',
    last: '2024-03-02',
    evidence: ['Hezbollah fired rockets at Israel.'],
    evidenceArticles: ['a4'],
    category: 'ASSAULT',
    negated: 0,
  });
  edge('attacks', 'israel', 'hezbollah', {
    weight: 0, // a bad weight: must never reach the GEXF as 0
    first: '2024-02-03',
    last: '2024-02-03',
    evidence: ['Israel struck back.'],
    evidenceArticles: ['a5'],
    category: 'ASSAULT',
  });
  edge('member_of', 'vladimir-putin', 'russia', {
    weight: 5,
    first: '2024-01-05',
    last: '2024-02-20',
    evidence: ['President Vladimir Putin of Russia.'],
    evidenceArticles: ['a1'],
    category: 'AFFILIATE',
  });
  edge('opposes', 'tom-jerry', 'israel', {
    weight: 1,
    first: '2024-02-02',
    last: '2024-02-02',
    evidence: ['T&J said "no" to <Israel>\u0001.'],
    evidenceArticles: ['a6'],
    category: 'DISAPPROVE',
  });
  return g;
}

/** The same graph with nodes and edges inserted in reverse order. */
export function buildGraphReversed(): MultiGraph {
  const src = buildGraph();
  const g = new MultiGraph({ type: 'mixed', multi: true });
  for (const node of src.nodes().reverse()) g.addNode(node, src.getNodeAttributes(node));
  for (const e of src.edges().reverse()) {
    const a = src.getEdgeAttributes(e);
    if (src.isUndirected(e)) g.addUndirectedEdgeWithKey(e, src.source(e), src.target(e), a);
    else g.addDirectedEdgeWithKey(e, src.source(e), src.target(e), a);
  }
  return g;
}
