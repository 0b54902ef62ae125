// `npm run bench [-- --sizes 10000,100000 --jobs 2 --rounds 5 --parts 1,2,3,4,5 --keep]`: the build's speed and memory on a corpus
// generated from the FA-KES articles (../shared/corpus/fa-kes) replicated with fresh ids. A benchmark,
// not a test: it prints ratios (and the times behind them), and passes or fails nothing.
//
//  (1) single-thread throughput of the whole build, as a ratio to wink-nlp's bare readDoc + POS pass
//      over the same texts in the same process (target ≥ 0.5), the median of --rounds (default 5);
//  (2) speed-up of --jobs 2 over --jobs 1 (target ≥ 1.6 on 2 cores);
//  (3) rebuild time after adding 1% new articles, as a ratio to the full build (target ≤ 0.05): in a
//      new process (the CLI), and in the process that made the full build and kept its worker
//      threads (a Builder, as `build --watch` does);
//  (4) peak RSS for the smallest and the largest size (target: at most 2× beyond the graph's size);
//  (5) export time of GEXF and JSON for the largest graph.
// Builds (2)–(4) run the CLI in child processes (wall time from spawn to exit, maxRSS of the child).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FAKES = path.resolve(ROOT, '../shared/corpus/fa-kes/FA-KES-Dataset.csv');
const CHILD = path.join(ROOT, 'bench/child.mjs');
const WARM_CHILD = path.join(ROOT, 'bench/warm-child.mjs');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) return true;
  return v;
}

const sizes = String(option('sizes', '10000,100000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b);
const jobs = Number(option('jobs', 2));
const rounds1 = Number(option('rounds', 5));
const parts = new Set(
  String(option('parts', '1,2,3,4,5'))
    .split(',')
    .map((p) => Number(p.trim())),
);
const keep = option('keep', false) === true;
if (!sizes.length || !Number.isInteger(jobs) || jobs < 1 || !Number.isInteger(rounds1) || rounds1 < 1) {
  console.error('usage: npm run bench -- [--sizes 10000,100000] [--jobs 2] [--rounds 5] [--parts 1,2,3,4,5] [--keep]');
  process.exit(2);
}
if (!existsSync(FAKES)) {
  console.log(`bench: ${FAKES} not found (../shared is absent); benchmark skipped`);
  process.exit(0);
}
if (!existsSync(path.join(ROOT, 'dist/cli/run.js'))) {
  console.error('bench: dist/ is missing; run "npx tsc -p ." (npm run bench does) first');
  process.exit(2);
}

const { readArticles, isProblem } = await import('../dist/ingest/index.js');
const { buildToFiles } = await import('../dist/pipeline/stream.js');
const { toGEXF, toJSON } = await import('../dist/export/index.js');
const { default: Graph } = await import('graphology');
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`);
const fmtMB = (b) => `${Math.round(b / 2 ** 20)} MB`;
const mark = (ok) => (ok ? 'met' : 'NOT met');

// ---- the corpus ----
const fakes = [];
for await (const a of readArticles([FAKES])) if (!isProblem(a)) fakes.push(a);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-'));
process.on('exit', () => {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

function record(prefix, i, src) {
  const a = fakes[src % fakes.length];
  const r = { id: `${prefix}${i}`, title: a.title, text: a.text };
  if (a.date) r.date = a.date;
  if (a.source) r.source = a.source;
  return `${JSON.stringify(r)}\n`;
}

async function writeCorpus(file, n, prefix, offset = 0) {
  const out = createWriteStream(file);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    chunk += record(prefix, i, i + offset);
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise((r, j) => out.on('finish', r).on('error', j));
  return file;
}

/** Runs a bench script in its own process; resolves to the JSON of its last stdout line and the wall time. */
function runScript(script, args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const p = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const wall = performance.now() - started;
      try {
        resolve({ wall, result: JSON.parse(out.trim().split('\n').pop() ?? '') });
      } catch {
        reject(new Error(`bench: ${path.basename(script)} failed (exit ${code}): ${out}`));
      }
    });
  });
}

/** One CLI run (bench/child.mjs): wall time, peak RSS, and the graph's size from the summary. */
async function child(args) {
  const { wall, result: r } = await runScript(CHILD, args);
  if (r.code !== 0) throw new Error(`bench: build failed (exit ${r.code}): ${r.stderr}`);
  const m = /actorgraph: (\d+) articles, (\d+) actors, (\d+) relations \((\d+) events\)/.exec(r.stderr);
  return { wall, rss: r.maxRSS, articles: +m?.[1], nodes: +m?.[2], edges: +m?.[3], events: +m?.[4], stderr: r.stderr };
}

const s0 = sizes[0];
const sN = sizes[sizes.length - 1];
const cpus = os.cpus();
const load = os.loadavg()[0];
console.log(
  `actorgraph bench: ${cpus[0]?.model ?? '?'} × ${os.availableParallelism()} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}, ${os.platform()}`,
);
console.log(
  `corpus: the ${fakes.length} FA-KES articles (avg ${Math.round(fakes.reduce((s, a) => s + a.text.length, 0) / fakes.length)} characters) replicated with fresh ids; sizes ${sizes.join(', ')}; jobs ${jobs}`,
);
if (load > os.availableParallelism() * 0.5)
  console.log(`note: load average ${load.toFixed(1)} at start; other processes share the cores, times are noisy`);

const corpora = new Map();
const children = [2, 3, 4, 5].some((p) => parts.has(p));
for (const n of sizes) if (children || n === s0) corpora.set(n, await writeCorpus(path.join(tmp, `corpus-${n}.jsonl`), n, 'g'));
const extraN = Math.max(1, Math.round(sN / 100));
const extra = parts.has(3) ? await writeCorpus(path.join(tmp, `extra-${sN}.jsonl`), extraN, 'x', 7) : undefined;

// ---- (1) single thread vs the engine's limit, in this process ----
if (parts.has(1)) {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const texts = [];
  for (let i = 0; i < s0; i++) texts.push(fakes[i % fakes.length].text);
  const bare = (list) => {
    const t = performance.now();
    for (const text of list) nlp.readDoc(text).tokens().out(its.pos);
    return performance.now() - t;
  };
  // Warm both up (JIT, lexicon and model loading) on a small corpus first.
  const warm = await writeCorpus(path.join(tmp, 'warm.jsonl'), 300, 'w');
  bare(texts.slice(0, 300));
  await buildToFiles([warm], path.join(tmp, 'out-warm'), 'b', { jobs: 1, cache: false });
  // Rounds of (engine pass, build) one after the other: on a shared machine the speed drifts, and
  // each ratio compares two measures taken a few seconds apart. The median round is reported.
  const rounds = [];
  for (let r = 0; r < rounds1; r++) {
    const bareMs = bare(texts);
    const t = performance.now();
    await buildToFiles([corpora.get(s0)], path.join(tmp, 'out-1'), 'b', { jobs: 1, cache: false });
    const buildMs = performance.now() - t;
    rounds.push({ bareMs, buildMs, ratio: bareMs / buildMs });
  }
  const sorted = [...rounds].sort((a, b) => a.ratio - b.ratio);
  const mid = sorted[Math.floor(sorted.length / 2)];
  const spread = rounds.length > 1 ? `; rounds ${rounds.map((x) => x.ratio.toFixed(2)).join(', ')}` : '';
  console.log(
    `(1) single-thread throughput at ${s0}: build ${Math.round((s0 * 1000) / mid.buildMs)} articles/s, wink readDoc+POS ${Math.round((s0 * 1000) / mid.bareMs)} articles/s → ratio ${mid.ratio.toFixed(2)} (median of ${rounds.length}${spread}; target ≥ 0.5: ${mark(mid.ratio >= 0.5)})`,
  );
}

// ---- builds in child processes: every size with --jobs J (cold cache), the largest also with
// --jobs 1 and then rebuilt after adding 1% ----
const same = (a, b) =>
  ['.json', '.gexf', '.events.jsonl', '.articles.jsonl'].every((s) =>
    readFileSync(path.join(a, `b${s}`)).equals(readFileSync(path.join(b, `b${s}`))),
  );
if (!children) process.exit(0);
const runs = new Map();
for (const n of sizes)
  runs.set(n, await child(['build', corpora.get(n), '--out', path.join(tmp, `full-${n}`), '--name', 'b', '--jobs', String(jobs)]));
const full = runs.get(sN);

// ---- (2) jobs J vs jobs 1, at the smallest and the largest size ----
if (parts.has(2)) {
  const parts = [];
  let identical = true;
  for (const n of new Set([s0, sN])) {
    const one = await child(['build', corpora.get(n), '--out', path.join(tmp, `one-${n}`), '--name', 'b', '--jobs', '1']);
    identical &&= same(path.join(tmp, `one-${n}`), path.join(tmp, `full-${n}`));
    parts.push({ n, one, many: runs.get(n), speedup: one.wall / runs.get(n).wall });
    rmSync(path.join(tmp, `one-${n}`), { recursive: true, force: true });
  }
  const last = parts[parts.length - 1];
  console.log(
    `(2) --jobs ${jobs} vs --jobs 1: ${parts.map((p) => `at ${p.n} ${fmtMs(p.many.wall)} vs ${fmtMs(p.one.wall)} → speed-up ${p.speedup.toFixed(2)}`).join('; ')} (target ≥ 1.6 at ${last.n}: ${mark(last.speedup >= 1.6)}); outputs byte-identical: ${identical ? 'yes' : 'NO'}`,
  );
}

// ---- (3) rebuild after +1% at the largest size ----
if (parts.has(3)) {
  const inc = await child(['build', corpora.get(sN), extra, '--out', path.join(tmp, `full-${sN}`), '--name', 'b', '--jobs', String(jobs)]);
  const ratio = inc.wall / full.wall;
  const extracted = /(\d+) article\(s\) extracted, (\d+) from the cache(?:, (\d+) kept)?/.exec(inc.stderr);
  console.log(
    `(3) rebuild after adding 1% (${extraN} articles) to ${sN}, in a new process: ${fmtMs(inc.wall)} vs full build ${fmtMs(full.wall)} → ratio ${ratio.toFixed(3)} (target ≤ 0.05: ${mark(ratio <= 0.05)}); extracted ${extracted?.[1] ?? '?'}, from cache ${extracted?.[2] ?? '?'}, tables kept for ${extracted?.[3] ?? 0}`,
  );
  const { result: warm } = await runScript(WARM_CHILD, [corpora.get(sN), extra, path.join(tmp, `warm-${sN}`), String(jobs)]);
  rmSync(path.join(tmp, `warm-${sN}`), { recursive: true, force: true });
  const warmRatio = warm.rebuildMs / warm.fullMs;
  console.log(
    `    in the process that made the full build (threads kept, as build --watch): ${fmtMs(warm.rebuildMs)} vs its full build ${fmtMs(warm.fullMs)} → ratio ${warmRatio.toFixed(3)} (target ≤ 0.05: ${mark(warmRatio <= 0.05)}); extracted ${warm.misses}, from cache ${warm.hits}, tables kept for ${warm.resumed}`,
  );
}

// ---- (4) peak RSS per size ----
if (parts.has(4)) {
  const parts = sizes.map((n) => `${n} → ${fmtMB(runs.get(n).rss)} (graph ${runs.get(n).nodes} nodes, ${runs.get(n).edges} edges)`);
  const ratio = runs.get(sN).rss / runs.get(s0).rss;
  const graphGrowth = (runs.get(sN).nodes + runs.get(sN).edges) / Math.max(1, runs.get(s0).nodes + runs.get(s0).edges);
  console.log(
    `(4) peak RSS (--jobs ${jobs}): ${parts.join('; ')} → ratio ${ratio.toFixed(2)} for a graph ${graphGrowth.toFixed(2)}× as large (target ≤ 2: ${mark(ratio <= 2 * Math.max(1, graphGrowth))})`,
  );
}

// ---- (5) export of the largest graph ----
if (parts.has(5)) {
  const data = JSON.parse(readFileSync(path.join(tmp, `full-${sN}`, 'b.json'), 'utf8'));
  const graph = new Graph.MultiGraph(data.options);
  graph.import(data);
  const best = (f) => {
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      f();
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  const gexf = best(() => toGEXF(graph, {}));
  const json = best(() => toJSON(graph));
  const size = statSync(path.join(tmp, `full-${sN}`, 'b.gexf')).size;
  console.log(
    `(5) export of the ${sN}-article graph (${graph.order} nodes, ${graph.size} edges, GEXF ${fmtMB(size)}): GEXF ${fmtMs(gexf)}, JSON ${fmtMs(json)} → ${((100 * gexf) / full.wall).toFixed(2)}% and ${((100 * json) / full.wall).toFixed(2)}% of the full build`,
  );
}
if (keep) console.log(`kept ${tmp}`);
