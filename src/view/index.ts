/**
 * actorgraph/view
 * ================
 *
 * A web viewer for a built graph: one self-contained HTML file (html.ts).
 *
 *   viewerHTML(graph, {articles, title})            → the document's text
 *   await writeViewer('graphs/corpus.json', 'graphs/corpus.html')
 *        reads the graph and, beside it, `corpus.articles.jsonl` (titles and links of
 *        the evidence), and writes the file atomically
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MultiGraph } from 'graphology';
import type { Attributes, SerializedGraph } from 'graphology-types';
import { type AtomicOptions, writeFileAtomic } from '../export/atomic.js';
import { safeSerialized } from '../graph/keys.js';
import { citedArticles, type ViewerArticle, type ViewerOptions, viewerHTML } from './html.js';

export { citedArticles, escapeHTML, jsonForHTML, viewerHTML } from './html.js';
export type { ViewerArticle, ViewerOptions } from './html.js';
export { libraries, scriptSafe } from './assets.js';
export { CLIENT_JS } from './client.generated.js';
export { CSS } from './style.js';

const PREFIX = 'actorgraph/view';

/** Reads a graph written by the JSON format (graphology's serialization). */
export async function readGraphFile(
  path: string,
  onNotice: (message: string) => void = (m) => process.emitWarning(m, 'ActorgraphWarning'),
): Promise<MultiGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      `${PREFIX}: cannot read ${path}${code === 'ENOENT' ? ': no such file; build the graph first (actorgraph build … --out DIR)' : ` (${code ?? (e as Error).message})`}`,
    );
  }
  let data: SerializedGraph<Attributes, Attributes, Attributes>;
  try {
    data = JSON.parse(text) as SerializedGraph<Attributes, Attributes, Attributes>;
  } catch (e) {
    throw new Error(`${PREFIX}: ${path} is not JSON (${(e as Error).message}); give the <name>.json file of a build`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes) || !Array.isArray(data.edges))
    throw new Error(`${PREFIX}: ${path} is not a graph (no "nodes" and "edges" arrays); give the <name>.json file of a build`);
  // Keys such as `__proto__` would pollute Object.prototype inside graphology (graph/keys.ts).
  const safe = safeSerialized(data);
  for (const n of safe.notices) onNotice(`${PREFIX}: ${path}: ${n}`);
  const graph = new MultiGraph({ type: 'mixed', allowSelfLoops: true });
  graph.import({ ...safe.data, options: { type: 'mixed', multi: true, allowSelfLoops: true } });
  return graph;
}

/** `graphs/corpus.json` → `graphs/corpus.articles.jsonl`. */
export function articlesPathFor(graphPath: string): string {
  return join(dirname(graphPath), `${basename(graphPath).replace(/\.json$/i, '')}.articles.jsonl`);
}

/** Reads `articles.jsonl` lines (bad lines are skipped and counted). */
export async function readArticlesFile(path: string): Promise<{ articles: ViewerArticle[]; skipped: number }> {
  const text = await readFile(path, 'utf8');
  const articles: ViewerArticle[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as ViewerArticle;
      if (record && typeof record.id === 'string') articles.push(record);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { articles, skipped };
}

/** Options of `writeViewer`: the viewer's own, plus where the articles file is and how the page is written. */
export interface WriteViewerOptions extends ViewerOptions {
  /** The articles file (default: `<name>.articles.jsonl` beside the graph; missing is fine). */
  articlesPath?: string;
  atomic?: AtomicOptions;
  /** Told of each graph key renamed because it is a reserved name (default: a process warning). */
  onNotice?: (message: string) => void;
}

/** What `writeViewer` wrote: the page's path and size, the graph's counts, and the articles read for it. */
export interface WriteViewerResult {
  path: string;
  bytes: number;
  nodes: number;
  edges: number;
  /** Articles inlined (cited by some evidence), or undefined when no articles file was read. */
  articles?: number;
  articlesPath?: string;
  skippedArticleLines: number;
}

/**
 * Reads a built graph (and its articles) and writes the viewer to `outPath`.
 *
 * @example await writeViewer('graphs/corpus.json', 'graphs/corpus.html')
 */
export async function writeViewer(graphPath: string, outPath: string, options: WriteViewerOptions = {}): Promise<WriteViewerResult> {
  const graph = await readGraphFile(graphPath, options.onNotice);
  let articles: ViewerArticle[] | undefined = options.articles ? [...options.articles] : undefined;
  let articlesPath: string | undefined;
  let skipped = 0;
  if (!articles) {
    const path = options.articlesPath ?? articlesPathFor(graphPath);
    try {
      const read = await readArticlesFile(path);
      articles = read.articles;
      skipped = read.skipped;
      articlesPath = path;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (options.articlesPath !== undefined || code !== 'ENOENT')
        throw new Error(`${PREFIX}: cannot read the articles file ${path} (${code ?? (e as Error).message})`);
    }
  }
  const title = options.title ?? basename(graphPath).replace(/\.json$/i, '');
  const html = viewerHTML(graph, { ...options, articles, title });
  await writeFileAtomic(outPath, html, options.atomic);
  return {
    path: outPath,
    bytes: Buffer.byteLength(html),
    nodes: graph.order,
    edges: graph.size,
    articles: articles ? Object.keys(citedArticles(graph, articles)).length : undefined,
    articlesPath,
    skippedArticleLines: skipped,
  };
}
