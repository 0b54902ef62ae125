// The rebuild of a process that keeps its worker threads (what `actorgraph build --watch` does), for
// the benchmark: `node bench/warm-child.mjs CORPUS EXTRA OUT JOBS` builds CORPUS into OUT with a
// Builder, then CORPUS and EXTRA, and prints as the last line of stdout {"fullMs", "rebuildMs",
// "misses", "hits"} (the second build's cache counts).
import { Builder } from '../dist/index.js';

const [corpus, extra, out, jobs] = process.argv.slice(2);
const builder = new Builder({ jobs: Number(jobs) });
try {
  let t = performance.now();
  await builder.build([corpus], out, 'b');
  const fullMs = performance.now() - t;
  t = performance.now();
  const r = await builder.build([corpus, extra], out, 'b');
  const rebuildMs = performance.now() - t;
  process.stdout.write(`${JSON.stringify({ fullMs, rebuildMs, misses: r.cache.misses, hits: r.cache.hits, resumed: r.resumed })}\n`);
} finally {
  await builder.close();
}
