// The evidence for one edge: every relation between Iran and Syria, with its sentences,
// their articles, and the articles' dates (read from the events file, streamed).
// Run: node examples/edge-evidence.mjs [graphs/corpus.json]
import { between, eventsPathFor, loadGraph, readEvents, resolveActor } from '../dist/index.js';

const file = process.argv[2] ?? 'graphs/corpus.json';
const graph = await loadGraph(file);
const iran = resolveActor(graph, 'Iran');
const syria = resolveActor(graph, 'Syria');

const dates = new Map();
for await (const event of readEvents(eventsPathFor(file), { actor: iran, with: syria })) {
  if (event.date) dates.set(event.article, event.date);
}

const { relations } = between(graph, iran, syria, { dates });
for (const r of relations) {
  const arrow = r.directed ? '→' : '—';
  console.log(`${r.source.label} ${arrow} ${r.relation} ${arrow} ${r.target.label}: ${r.weight} event(s), ${r.first} to ${r.last}`);
  for (const e of r.evidence) console.log(`  ${e.date ?? 'undated'}  [${e.article}]  ${e.text}`);
}
