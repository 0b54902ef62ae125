// A worker thread of a parallel build: loads the lexicon once (with the build's aliases file and data
// folder), then extracts the batches of articles it is sent and answers with serialized extractions.
// Started ahead of work, it first warms up (compiles the extractor's hot paths) on a built-in text
// until its first batch arrives or `warmupMs` have passed. Loaded from the compiled
// `dist/pipeline/worker.js`.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../types.js';
import { loadLexicon, type AliasesFile, type Lexicon } from '../lexicon/load.js';
import { extractArticle, type ExtractOptions } from './extract.js';
import { nlpEngine } from '../nlp/analyze.js';
import { serializeExtraction, type SerializedExtraction } from './serialize.js';

export interface WorkerInit {
  aliases?: string | AliasesFile;
  dataDir?: string;
  extract: ExtractOptions;
  /** Milliseconds of warm-up at most, while no batch is waiting (0: none). */
  warmupMs?: number;
}

export interface WorkerTask {
  batch: number;
  items: Array<{ seq: number; article: Article }>;
}

/** An article the worker could not extract (it threw): rejected alone, the build goes on. */
export interface FailedArticle {
  seq: number;
  error: string;
}

export type WorkerReply =
  | { kind: 'ready'; version: string }
  // Sent before each article: the pool then knows which article a thread over its time or memory
  // budget is stuck on (pool.ts), and rejects that one alone.
  | { kind: 'start'; batch: number; seq: number }
  | { kind: 'done'; batch: number; results: Array<(SerializedExtraction & { seq: number }) | FailedArticle> }
  | { kind: 'error'; batch?: number; message: string; id?: string };

/** News-like text exercising names, titles, places, relations, quotes and negation. */
const WARMUP_TEXT =
  'Iranian Foreign Minister Mohammad Javad Zarif met his Russian counterpart Sergei Lavrov in Moscow on Monday, the ministry said. ' +
  'Turkey supports the Free Syrian Army, while Hezbollah fighters backed the Syrian army near Aleppo. ' +
  'The United States condemned the attack and said Russia must stop supporting Assad. "We will not accept it," said President Recep Tayyip Erdogan. ' +
  'Israel struck Iranian targets in Syria, according to the Syrian Observatory for Human Rights. Saudi Arabia and Qatar did not meet the delegation.';

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  let lex: Lexicon | undefined;
  try {
    lex = loadLexicon({ aliases: init.aliases, dataDir: init.dataDir });
    // wink's model now, not within the first article: that one's time counts against its budget.
    nlpEngine();
    port.postMessage({ kind: 'ready', version: lex.version } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({ kind: 'error', message: (e as Error).message } satisfies WorkerReply);
  }
  let busy = false;
  if (lex && init.warmupMs) {
    const until = Date.now() + init.warmupMs;
    let n = 0;
    const step = () => {
      if (busy || Date.now() >= until) return;
      extractArticle({ id: `warmup-${n++}`, text: WARMUP_TEXT, origin: { file: '<warmup>' } }, lex!, init.extract);
      setImmediate(step);
    };
    setImmediate(step);
  }
  port.on('message', (task: WorkerTask) => {
    busy = true;
    if (!lex) return;
    const results: Array<(SerializedExtraction & { seq: number }) | FailedArticle> = [];
    for (const { seq, article } of task.items) {
      port.postMessage({ kind: 'start', batch: task.batch, seq } satisfies WorkerReply);
      try {
        results.push({ seq, ...serializeExtraction(extractArticle(article, lex, init.extract)) });
      } catch (e) {
        // One article that breaks the extractor is rejected with the error; the others go on.
        results.push({ seq, error: (e as Error).message });
      }
    }
    port.postMessage({ kind: 'done', batch: task.batch, results } satisfies WorkerReply);
  });
}
