// `node bench/stages.mjs [N]`: where the single-thread time goes, stage by stage, over N FA-KES
// articles (default 3000) in one process, against wink's bare readDoc + POS pass. For profiling
// work on the extractor; `npm run bench` is the benchmark.
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

function time(label, fn) {
  fn(arts.slice(0, 200));
  const t = performance.now();
  fn(arts);
  return performance.now() - t;
}
const bare = time('bare', (l) => { for (const a of l) nlp.readDoc(a.text).tokens().out(its.pos); });
const docs = arts.map((a) => analyzeText(a.text));
const analyze = time('analyze', (l) => { for (const a of l) analyzeText(a.text); });
let acts;
const recog = (() => {
  for (let i = 0; i < 200; i++) recognizeActors(docs[i], lex);
  const t = performance.now();
  acts = docs.map((d) => recognizeActors(d, lex));
  return performance.now() - t;
})();
const rel = (() => {
  for (let i = 0; i < 200; i++) extractRelations(docs[i], acts[i], lex, { id: 'x' });
  const t = performance.now();
  for (let i = 0; i < docs.length; i++) extractRelations(docs[i], acts[i], lex, { id: arts[i].id, date: arts[i].date });
  return performance.now() - t;
})();
const whole = time('extract', (l) => { for (const a of l) extractArticle(a, lex); });
const r = (x) => `${Math.round(x)} ms (${(x / bare).toFixed(2)}× bare)`;
console.log(`${n} articles: bare wink ${Math.round(bare)} ms`);
console.log(`  analyzeText  ${r(analyze)}`);
console.log(`  recognize    ${r(recog)}`);
console.log(`  relations    ${r(rel)}`);
console.log(`  extractArticle ${r(whole)}  → extraction-only ratio ${(bare / whole).toFixed(2)}`);
