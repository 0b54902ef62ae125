// The build in memory, articles in, graph and tables out: the build loop (loop.ts) with memory
// plugged in — extractions kept in memory, no cache, no worker threads, tables as arrays — from
// articles given (`buildGraph`) or read from files (`buildFromFiles`), and written out whole or not
// at all (`writeBuild`). `buildToFiles` (stream.ts) runs the same loop with files, the cache and
// the workers plugged in, so both write the same bytes. The pipeline's public names are exported
// from here.
import { mkdir } from 'node:fs/promises';
import type { Article } from '../types.js';
import { UniqueIds, type IngestOptions } from '../ingest/index.js';
import { writeArticlesJSONL, writeEventsJSONL, writeFileAtomic, toJSON, toGEXF } from '../export/index.js';
import { lexiconFor, outputFiles } from './common.js';
import { MemorySink } from './entries.js';
import { BuildLoop } from './loop.js';
import { readAll } from './read-stage.js';
import type { BuildOptions, BuildResult, OutputFiles } from './types.js';
import { MemoryTables } from './write-stage.js';

export { outputFiles } from './common.js';
export { buildToFiles } from './stream.js';
export { DEFAULTS } from './types.js';
export type { BuildOptions, BuildResult, BuildSummary, OutputFiles, StreamBuildOptions, StreamBuildResult } from './types.js';

/** No cache: every article is extracted, under a placeholder key. */
const NO_KEY = '0'.repeat(64);

function memoryLoop(options: BuildOptions): BuildLoop {
  const sink = new MemorySink();
  return new BuildLoop(options, { lex: lexiconFor(options), sink, entries: sink, pool: undefined, jobs: 1, extractOptions: options });
}

/** The rest of the loop, once every article is extracted: merge, tables in memory, analysis. */
function finishInMemory(loop: BuildLoop): BuildResult {
  loop.stage.drainHere();
  const merged = loop.merge();
  const { tables, write, graph: toGraph } = loop.write(merged, { fresh: () => new MemoryTables() });
  const notices = write.finish(tables, loop.rejected);
  const graph = toGraph();
  loop.analyze(graph);
  return {
    graph,
    events: tables.events,
    articles: tables.articles,
    problems: loop.problems,
    notices: [...loop.notices, ...notices],
    ingestNotices: loop.book.ingest,
    summary: loop.summary(graph, write),
  };
}

/**
 * Builds the graph from articles already in memory (no files).
 *
 * @example const { graph, events } = buildGraph([{ id: 'a1', text: 'Iran and Russia are the main allies of the Syrian government.' }]);
 */
export function buildGraph(
  articles: Iterable<Omit<Article, 'origin'> & { origin?: Article['origin'] }>,
  options: BuildOptions = {},
): BuildResult {
  // The count of articles given (text-less ones too) is what `onArticle` hears.
  const loop = memoryLoop({ ...options, onArticle: undefined });
  const ids = new UniqueIds();
  let n = 0;
  for (const a of articles) {
    const origin = a.origin ?? { file: '<memory>', line: n + 1 };
    const article: Article = { ...a, id: String(a.id ?? `article-${n + 1}`), origin };
    const claim = ids.claim(article.id, origin);
    if (claim.id !== article.id) {
      loop.onNotice({
        kind: 'duplicate-id',
        origin,
        id: article.id,
        renamedTo: claim.id,
        message: `actorgraph: article id "${article.id}" repeated; renamed "${claim.id}"`,
      });
      article.id = claim.id;
    }
    n++;
    if (typeof article.text !== 'string' || !article.text.trim()) {
      loop.onProblem({ origin, id: article.id, message: `actorgraph: article ${article.id} has no text; give it a non-empty "text"` });
      continue;
    }
    loop.stage.take(article, NO_KEY);
    options.onArticle?.(n);
  }
  return finishInMemory(loop);
}

/**
 * Reads articles from files and folders (`.txt`, `.jsonl`, `.csv`) and builds the graph.
 *
 * @example const result = await buildFromFiles(['corpus/']); result.summary.nodes
 */
export async function buildFromFiles(paths: string[], options: BuildOptions & IngestOptions = {}): Promise<BuildResult> {
  const loop = memoryLoop(options);
  await readAll(
    {
      paths,
      ingest: options,
      stage: loop.stage,
      onNotice: loop.onNotice,
      onProblem: loop.onProblem,
      inputs: { replayed: 0, read: 0, grown: 0 },
    },
    false,
  );
  return finishInMemory(loop);
}

/**
 * Writes the four output files, each to a temporary file renamed into place.
 *
 * @example await writeBuild(buildGraph(articles), 'out', 'graph') // out/graph.json, .gexf, .events.jsonl, .articles.jsonl
 */
export async function writeBuild(result: BuildResult, outDir: string, name: string): Promise<OutputFiles> {
  const files = outputFiles(outDir, name);
  await mkdir(outDir, { recursive: true });
  // Render everything first: a failure while rendering leaves every old file as it was.
  const json = toJSON(result.graph);
  const gexf = toGEXF(result.graph, {});
  await writeEventsJSONL(files.events, result.events);
  await writeArticlesJSONL(files.articles, result.articles);
  await writeFileAtomic(files.json, json);
  await writeFileAtomic(files.gexf, gexf);
  return files;
}
