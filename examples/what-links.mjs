// What links Turkey to Hezbollah? The shortest chain of relations (direction ignored),
// each hop with the relations that join its two actors.
// Run: node examples/what-links.mjs [graphs/corpus.json] [from] [to]
import { loadGraph, shortestPath } from '../dist/index.js';

const [file = 'graphs/corpus.json', from = 'Turkey', to = 'Hezbollah'] = process.argv.slice(2);
const graph = await loadGraph(file);
const path = shortestPath(graph, from, to);

if (!path) {
  console.log(`Nothing links ${from} to ${to}.`);
} else {
  console.log(path.nodes.map((n) => n.label).join(' → '));
  for (const hop of path.hops) {
    const how = hop.edges.map((e) => {
      const who = e.directed
        ? `${graph.getNodeAttribute(e.source, 'label')} ${e.relation} ${graph.getNodeAttribute(e.target, 'label')}`
        : `${e.relation} (mutual)`;
      return `${who} ×${e.weight}`;
    });
    console.log(`  ${hop.from.label} – ${hop.to.label}: ${how.join('; ')}`);
  }
}
