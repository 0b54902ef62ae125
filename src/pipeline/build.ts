// The whole path, articles in, graph and tables out: ingest → extract per article → resolve
// identities across articles → assemble the graph → analyze. In memory (`buildGraph`) or from files
// (`buildFromFiles`), and written out whole or not at all (`writeBuild`). For large corpora,
// `buildToFiles` (stream.ts) does the same as a stream — worker threads, extraction cache,
// incremental rebuilds — and writes byte-identical files.
import { mkdir } from 'node:fs/promises';
import type { Article, ArticleExtraction, InputProblem, RelationEvent } from '../types.js';
import type { AliasesFile, Lexicon } from '../lexicon/load.js';
import { readArticles, isProblem, UniqueIds, type IngestOptions, type IngestNotice } from '../ingest/index.js';
import { extractArticle, type ExtractOptions } from './extract.js';
import { resolveAcrossArticles } from '../actors/resolve.js';
import { assembleGraph, countryLevelMap, remapExtraction, type ActorGraph, type AssembleOptions } from '../graph/assemble.js';
import { analyze, type AnalyzeOptions } from '../analyze/index.js';
import { articleLine, type ArticleRecord, writeArticlesJSONL, writeEventsJSONL, writeFileAtomic, toJSON, toGEXF } from '../export/index.js';
import { lexiconFor, outputFiles, rejectedRecord } from './common.js';
import { NoticeBook } from './notices.js';
import { RepeatedTexts } from './repeats.js';

export { outputFiles } from './common.js';
export { buildToFiles } from './stream.js';
export type { StreamBuildOptions, StreamBuildResult } from './stream.js';

export interface BuildOptions extends ExtractOptions, AssembleOptions {
  /** A user's aliases file (path or parsed). */
  aliases?: string | AliasesFile;
  /** Graph analysis steps (communities, centrality, layout); `false` skips all. */
  analyze?: boolean | AnalyzeOptions;
  /** Called after each article. */
  onArticle?: (done: number) => void;
  /** A lexicon already loaded (otherwise the bundled one, with `aliases`). */
  lexicon?: Lexicon;
  /** Folder of the lexicon's data files (default: the bundled data). */
  dataDir?: string;
}

export interface BuildResult {
  graph: ActorGraph;
  /**
   * Every event of the build, in article order (what `events.jsonl` holds): a text several articles
   * carry gives its events once, at its first article, with `articles` and `sources`.
   */
  events: RelationEvent[];
  /** One record per article read, rejected ones with `error`. */
  articles: ArticleRecord[];
  /** Input that could not be read, with file and line. */
  problems: InputProblem[];
  /** Things worth saying that lost nothing (renamed duplicate ids, unreadable dates). */
  notices: string[];
  /** The same, with their kinds (each is also on its article's line in `articles`). */
  ingestNotices: readonly IngestNotice[];
  summary: BuildSummary;
}

export interface BuildSummary {
  articles: number;
  rejected: number;
  undated: number;
  events: number;
  nodes: number;
  edges: number;
}

export const DEFAULTS = { level: 'actor' as const, analyze: true };

function finish(
  extractions: ArticleExtraction[],
  rejected: ArticleRecord[],
  problems: InputProblem[],
  book: NoticeBook,
  lex: Lexicon,
  options: BuildOptions,
): BuildResult {
  const level = options.level ?? DEFAULTS.level;
  // What the bounds on each article's work cut (pipeline/bounds.ts): in the summary and on its line.
  const cut: string[] = [];
  for (const x of extractions) if (x.notices) cut.push(...x.notices);
  let map = resolveAcrossArticles(extractions, lex);
  let resolved = extractions.map((x) => remapExtraction(x, map));
  if (level === 'country') {
    // Persons fold into the state or organization they serve; their own nodes go.
    map = countryLevelMap(resolved);
    resolved = resolved.map((x) =>
      remapExtraction({ ...x, actors: x.actors.filter((a) => !(a.type === 'person' && map.has(a.key))) }, map, true),
    );
  }
  const graph = assembleGraph(resolved, lex, options);
  const analyzeOpt = options.analyze ?? DEFAULTS.analyze;
  if (analyzeOpt !== false && graph.order > 0) analyze(graph, analyzeOpt === true ? {} : analyzeOpt);
  // A text several articles carry gives its events once, with the counts (repeats.ts).
  const texts = new RepeatedTexts();
  for (const x of resolved) texts.add(x);
  const events: RelationEvent[] = [];
  const articles: ArticleRecord[] = [];
  for (const [i, x] of resolved.entries()) {
    for (const e of texts.eventsOf(x, i)) events.push(e);
    articles.push(book.line(articleLine(x), x.notices));
  }
  articles.push(...rejected, ...book.fileRecords());
  return {
    graph,
    events,
    articles,
    problems,
    notices: [...book.ingest.map((n) => n.message), ...new Set(cut)],
    ingestNotices: book.ingest,
    summary: {
      articles: resolved.length,
      rejected: rejected.length,
      undated: resolved.filter((x) => !x.meta.date).length,
      events: events.length,
      nodes: graph.order,
      edges: graph.size,
    },
  };
}

/**
 * Builds the graph from articles already in memory (no files).
 *
 * @example const { graph, events } = buildGraph([{ id: 'a1', text: 'Iran and Russia are the main allies of the Syrian government.' }]);
 */
export function buildGraph(articles: Iterable<Omit<Article, 'origin'> & { origin?: Article['origin'] }>, options: BuildOptions = {}): BuildResult {
  const lex = lexiconFor(options);
  const extractions: ArticleExtraction[] = [];
  const rejected: ArticleRecord[] = [];
  const problems: InputProblem[] = [];
  const ids = new UniqueIds();
  const book = new NoticeBook();
  let n = 0;
  for (const a of articles) {
    const origin = a.origin ?? { file: '<memory>', line: n + 1 };
    const article: Article = { ...a, id: String(a.id ?? `article-${n + 1}`), origin };
    const claim = ids.claim(article.id, origin);
    if (claim.id !== article.id) {
      book.add({ kind: 'duplicate-id', origin, id: article.id, renamedTo: claim.id, message: `actorgraph: article id "${article.id}" repeated; renamed "${claim.id}"` });
      article.id = claim.id;
    }
    n++;
    if (typeof article.text !== 'string' || !article.text.trim()) {
      const p = { origin, id: article.id, message: `actorgraph: article ${article.id} has no text; give it a non-empty "text"` };
      problems.push(p);
      rejected.push(rejectedRecord(p));
      continue;
    }
    try {
      extractions.push(extractArticle(article, lex, options));
    } catch (e) {
      // One article that breaks the extractor is left out with its error, as in a streamed build.
      const p = { origin, id: article.id, message: `actorgraph/build: article ${article.id} failed and was left out: ${(e as Error).message}` };
      problems.push(p);
      rejected.push(rejectedRecord(p));
    }
    options.onArticle?.(n);
  }
  return finish(extractions, rejected, problems, book, lex, options);
}

/**
 * Reads articles from files and folders (`.txt`, `.jsonl`, `.csv`) and builds the graph.
 *
 * @example const result = await buildFromFiles(['corpus/']); result.summary.nodes
 */
export async function buildFromFiles(paths: string[], options: BuildOptions & IngestOptions = {}): Promise<BuildResult> {
  const lex = lexiconFor(options);
  const extractions: ArticleExtraction[] = [];
  const rejected: ArticleRecord[] = [];
  const problems: InputProblem[] = [];
  const book = new NoticeBook();
  const onNotice = (n: IngestNotice) => {
    book.add(n);
    options.onNotice?.(n);
  };
  let n = 0;
  for await (const item of readArticles(paths, { ...options, onNotice })) {
    if (isProblem(item)) {
      problems.push(item);
      rejected.push(rejectedRecord(item));
      continue;
    }
    extractions.push(extractArticle(item, lex, options));
    options.onArticle?.(++n);
  }
  return finish(extractions, rejected, problems, book, lex, options);
}

/**
 * Writes the four output files, each to a temporary file renamed into place.
 *
 * @example await writeBuild(buildGraph(articles), 'out', 'graph') // out/graph.json, .gexf, .events.jsonl, .articles.jsonl
 */
export async function writeBuild(result: BuildResult, outDir: string, name: string): Promise<ReturnType<typeof outputFiles>> {
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
