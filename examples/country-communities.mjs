// The country network's communities: persons folded into the state they serve, then only
// countries kept, then Louvain (seeded, so the same graph always gives the same groups).
// Run: node examples/country-communities.mjs [graphs/corpus.json]
import { communitiesOf, countryProjection, loadGraph, subgraph } from '../dist/index.js';

const graph = await loadGraph(process.argv[2] ?? 'graphs/corpus.json');
const countries = subgraph(countryProjection(graph), { types: ['country'] });

console.log(`${countries.order} countries, ${countries.size} relations between them`);
for (const community of communitiesOf(countries)) {
  const names = community.members.map((m) => m.label).join(', ');
  console.log(`  community ${community.id} (${community.size}): ${names}`);
}
