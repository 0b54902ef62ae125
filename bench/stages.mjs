// `node bench/stages.mjs [N]`: where the single-thread extraction time goes, stage by stage, over N
// FA-KES articles (default 3000) in one process, against wink's bare readDoc + POS pass over the
// same texts. Rounds alternate the measures (the machine's speed drifts); the best round of each is
// shown. For profiling work on the extractor; `npm run bench` is the benchmark.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FAKES = path.resolve(ROOT, '../shared/corpus/fa-kes/FA-KES-Dataset.csv');
if (!existsSync(FAKES)) {
  console.log(`stages: ${FAKES} not found (../shared is absent); skipped`);
  process.exit(0);
}
const n = Number(process.argv[2] ?? 3000);
const rounds = 3;
const { readArticles, isProblem } = await import('../dist/ingest/index.js');
const { analyzeText, nlpEngine } = await import('../dist/nlp/analyze.js');
const { recognizeActors } = await import('../dist/actors/recognize.js');
const { extractRelations } = await import('../dist/relations/extract.js');
const { extractArticle } = await import('../dist/pipeline/extract.js');
const { loadLexicon } = await import('../dist/lexicon/load.js');

const fakes = [];
for await (const a of readArticles([FAKES])) if (!isProblem(a)) fakes.push(a);
const arts = Array.from({ length: n }, (_, i) => ({ ...fakes[i % fakes.length], id: `s${i}` }));
const lex = loadLexicon();
const nlp = nlpEngine();
const its = nlp.its;
// Actors and relations are timed over analyses held in memory: one per distinct text.
const docs = fakes.map((a) => analyzeText(a.text));
const acts = docs.map((d) => recognizeActors(d, lex));
const scale = n / docs.length;

const measures = {
  bare: () => {
    for (const a of arts) nlp.readDoc(a.text).tokens().out(its.pos);
  },
  analyze: () => {
    for (const a of arts) analyzeText(a.text);
  },
  actors: () => {
    for (const d of docs) recognizeActors(d, lex);
  },
  relations: () => {
    for (let i = 0; i < docs.length; i++) extractRelations(docs[i], acts[i], lex, { id: fakes[i].id });
  },
  extract: () => {
    for (const a of arts) extractArticle(a, lex);
  },
};
const best = {};
for (let r = 0; r < rounds; r++)
  for (const [k, f] of Object.entries(measures)) {
    const t = performance.now();
    f();
    const ms = (performance.now() - t) * (k === 'actors' || k === 'relations' ? scale : 1);
    if (r > 0 || rounds === 1) best[k] = Math.min(best[k] ?? Infinity, ms);
  }
const x = (k) => `${Math.round(best[k])} ms (${(best[k] / best.bare).toFixed(2)}× bare)`;
console.log(`${n} articles, best of ${rounds - 1} rounds after a warm-up round: bare wink ${Math.round(best.bare)} ms`);
console.log(`  analyzeText     ${x('analyze')}`);
console.log(`  recognizeActors ${x('actors')}`);
console.log(`  extractRelations ${x('relations')}`);
console.log(`  extractArticle  ${x('extract')}  → extraction-only ratio ${(best.bare / best.extract).toFixed(2)}`);
