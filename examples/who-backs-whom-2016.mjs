// Who backs whom in 2016: the `supports` relations whose first and last reports both fall
// in 2016, heaviest first.
// Run: node examples/who-backs-whom-2016.mjs [graphs/corpus.json]
import { loadGraph, subgraph } from '../dist/index.js';

const graph = await loadGraph(process.argv[2] ?? 'graphs/corpus.json');
// 'within': the edge's [first, last] lies inside 2016 (the default, 'overlap', meets it).
const backing = subgraph(graph, { relations: ['supports'], from: '2016', to: '2016', dateMatch: 'within' });

const rows = backing
  .mapEdges((_edge, attrs, source, target) => ({
    backer: backing.getNodeAttribute(source, 'label'),
    backed: backing.getNodeAttribute(target, 'label'),
    weight: attrs.weight,
    dates: attrs.first === attrs.last ? attrs.first : `${attrs.first} to ${attrs.last}`,
  }))
  .sort((a, b) => b.weight - a.weight || a.backer.localeCompare(b.backer));

const backerWidth = Math.max(...rows.map((r) => r.backer.length));
const backedWidth = Math.max(...rows.map((r) => r.backed.length));
console.log(`${rows.length} "supports" relations, all reported in 2016:`);
for (const r of rows) {
  console.log(`  ${r.backer.padEnd(backerWidth)}  backs  ${r.backed.padEnd(backedWidth)}  ${String(r.weight).padStart(2)}×  ${r.dates}`);
}
