/**
 * actorgraph/export
 * ==================
 *
 * Output files. Graph formats sit behind a registry, one formatter each (as textlint
 * does with its formatters), so a new format is one more entry:
 *
 *   FORMATS.gexf.write(graph, {mode: 'static'})   → the file's text
 *   FORMATS.csv.files(graph)                       → {'.nodes.csv': text, '.edges.csv': text, …}
 *   await writeGraph('out/graph.gexf', graph)      → format chosen by the extension, atomic write
 *   await writeFormats({graph, articles}, 'out', 'corpus', ['gexf', 'csv'], {gexf: {mode: 'dynamic'}})
 *   registerFormat('dot', {extension: '.dot', mediaType: …, write: …})
 *
 * Registered: `json` (graphology serialization), `gexf` (Gephi; `{mode: 'dynamic'}` for
 * the timeline), `graphml` (Cytoscape, yEd, igraph, NetworkX), `csv` (node and edge
 * tables for Gephi's spreadsheet import and `neo4j-admin import`: several files) and
 * `html` (the self-contained web viewer of src/view; `articles` give evidence titles).
 *
 * Event and article tables (JSONL) are written by events.ts and articles.ts; every
 * file goes through atomic.ts, so a failed run never leaves a half-written file.
 */
import { extname } from 'node:path';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { type AtomicOptions, writeFileAtomic } from './atomic.js';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type CSVOptions, csvTables } from './csv.js';
import { type GEXFOptions, toGEXF } from './gexf.js';
import { type GraphMLOptions, toGraphML } from './graphml.js';
import { type JSONOptions, toJSON } from './json.js';
import { type ViewerOptions, viewerHTML } from '../view/html.js';

// The module's own API: what src/index.ts, the build and the CLI use. The formatters' helpers
// (xmlSafe, quoteField, neo4jLabel, …) are internal; code that needs one imports its file.
export { AtomicWriteError, tempPathFor, writeFileAtomic } from './atomic.js';
export type { AtomicOptions } from './atomic.js';
export { articleLine, articleToJSON, writeArticlesJSONL } from './articles.js';
export type { ArticleRecord } from './articles.js';
export { eventToJSON, writeEventsJSONL } from './events.js';
export {
  EVENT_TABLE_COLUMNS,
  eventsTable,
  eventTableRows,
  intensityOf,
  INTENSITY_SCALE,
  writeEventsTable,
  writeEventsTableFromFiles,
} from './events-table.js';
export type { EventTableArticle, EventTableOptions, IntensityEntry, IntensityScale } from './events-table.js';
export { toGEXF } from './gexf.js';
export type { GEXFOptions, GexfMode } from './gexf.js';
export { toJSON } from './json.js';
export type { JSONOptions } from './json.js';
export { edgeDates, TIME_BUCKETS, timelineStats } from './timeline.js';
export type { EdgeDates, TimeBucket, TimelineStats } from './timeline.js';
export { toGraphML } from './graphml.js';
export type { GraphMLOptions } from './graphml.js';
export { csvTables } from './csv.js';
export type { CSVOptions, CSVVariant } from './csv.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** A graph file format: one file. */
export interface GraphFormat<Options = Record<string, unknown>> {
  /** File extension, with the dot. */
  extension: string;
  /** Media type, for whoever serves the file. */
  mediaType: string;
  /** The file's content. */
  write(graph: AnyGraph, options?: Options): string | Uint8Array;
}

/** A graph format written as several files, named `<name><suffix>`. */
export interface MultiFileFormat<Options = Record<string, unknown>> {
  /** The suffix of the first file (e.g. `.nodes.csv`), with the dot. */
  extension: string;
  mediaType: string;
  /** The files' contents, by suffix. */
  files(graph: AnyGraph, options?: Options): Record<string, string | Uint8Array>;
}

/** A registered format, of either kind. */
export type AnyFormat = GraphFormat<unknown> | MultiFileFormat<unknown>;

/** True for formats written as several files. */
export function isMultiFile(format: AnyFormat): format is MultiFileFormat<unknown> {
  return typeof (format as MultiFileFormat).files === 'function';
}

/**
 * The graph file formats by name (json, gexf, graphml, csv, html), one formatter each.
 *
 * @example FORMATS.graphml.write(graph) // the GraphML text
 */
export const FORMATS: Record<string, AnyFormat> & {
  json: GraphFormat<JSONOptions>;
  gexf: GraphFormat<GEXFOptions>;
  graphml: GraphFormat<GraphMLOptions>;
  csv: MultiFileFormat<CSVOptions>;
  html: GraphFormat<ViewerOptions>;
} = {
  json: { extension: '.json', mediaType: 'application/json', write: (graph, options) => toJSON(graph, options) },
  gexf: { extension: '.gexf', mediaType: 'application/gexf+xml', write: (graph, options) => toGEXF(graph, options) },
  graphml: { extension: '.graphml', mediaType: 'application/graphml+xml', write: (graph, options) => toGraphML(graph, options) },
  csv: { extension: '.nodes.csv', mediaType: 'text/csv', files: (graph, options) => csvTables(graph, options) },
  html: { extension: '.html', mediaType: 'text/html', write: (graph, options) => viewerHTML(graph, options) },
};

/** Adds (or replaces) a format. */
export function registerFormat<Options>(name: string, format: GraphFormat<Options> | MultiFileFormat<Options>): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name))
    throw new Error(`actorgraph/export: a format name is lower-case letters, digits and dashes, got ${JSON.stringify(name)}`);
  if (!format.extension.startsWith('.')) throw new Error(`actorgraph/export: format ${name}: the extension must start with a dot`);
  FORMATS[name] = format;
}

/** The format registered under `name`, with the list of known ones when there is none. */
export function getFormat(name: string): AnyFormat {
  const format = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
  if (!format)
    throw new Error(`actorgraph/export: unknown format ${JSON.stringify(name)}; known formats: ${Object.keys(FORMATS).sort().join(', ')}`);
  return format;
}

/** The name of the format whose extension `path` has (the longest that fits), or undefined. */
export function formatForPath(path: string): string | undefined {
  const lower = path.toLowerCase();
  const ext = extname(lower);
  let best: string | undefined;
  for (const name of Object.keys(FORMATS)) {
    const e = FORMATS[name]!.extension.toLowerCase();
    if ((e === ext || lower.endsWith(e)) && (best === undefined || e.length > FORMATS[best]!.extension.length)) best = name;
  }
  return best;
}

/**
 * Writes `graph` to `path` atomically in `format` (default: from the extension).
 *
 * @example await writeGraph('out/graph.graphml', graph) // format from the extension
 */
export async function writeGraph(
  path: string,
  graph: AnyGraph,
  format?: string,
  options?: Record<string, unknown>,
  atomic?: AtomicOptions,
): Promise<void> {
  const name = format ?? formatForPath(path);
  if (!name)
    throw new Error(
      `actorgraph/export: cannot tell the format of ${path} from its extension; use one of ${Object.values(FORMATS)
        .map((f) => f.extension)
        .join(', ')} or name the format`,
    );
  const f = getFormat(name);
  if (isMultiFile(f))
    throw new Error(
      `actorgraph/export: format ${name} writes several files (${Object.keys(f.files(graph, options)).join(', ')}); use writeFormats(result, outDir, name, ['${name}'])`,
    );
  await writeFileAtomic(path, f.write(graph, options), atomic);
}

/** What `writeFormats` needs of a build result. */
export interface FormatsInput {
  graph: AnyGraph;
  /** Article records (a build's `articles`): the `html` format inlines titles and links of the evidence. */
  articles?: Iterable<{ id: string; title?: string; url?: string; date?: string; source?: string }>;
}

/**
 * Writes `result.graph` in each of `formats` as `<outDir>/<name><extension>` (several
 * files for `csv`), and resolves to the paths written, in order. Names are checked
 * first (an unknown one throws, listing the known ones, before anything is written);
 * every file is rendered before the first is written, and each is written atomically.
 * `options[format]` goes to that format (e.g. `{gexf: {mode: 'dynamic'}}`); `html` gets
 * `result.articles` unless its options say otherwise.
 *
 * @example await writeFormats(result, 'graphs', 'corpus', ['gexf', 'graphml', 'csv'])
 */
export async function writeFormats(
  result: FormatsInput,
  outDir: string,
  name: string,
  formats: readonly string[],
  options: Record<string, Record<string, unknown> | undefined> = {},
  atomic?: AtomicOptions,
): Promise<string[]> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..'))
    throw new Error(
      `actorgraph/export: the base name must be a plain file name (letters, digits, '.', '_', '-'), got ${JSON.stringify(name)}`,
    );
  const wanted = [...new Set(formats.map((f) => f.trim().toLowerCase()).filter(Boolean))];
  const resolved = wanted.map((f) => [f, getFormat(f)] as const);
  const files: Array<[string, string | Uint8Array]> = [];
  for (const [formatName, format] of resolved) {
    const opts: Record<string, unknown> = {
      ...(formatName === 'html' && result.articles ? { articles: result.articles } : {}),
      ...options[formatName],
    };
    if (isMultiFile(format))
      for (const [suffix, content] of Object.entries(format.files(result.graph, opts)))
        files.push([join(outDir, `${name}${suffix}`), content]);
    else files.push([join(outDir, `${name}${format.extension}`), format.write(result.graph, opts)]);
  }
  await mkdir(outDir, { recursive: true });
  for (const [path, content] of files) await writeFileAtomic(path, content, atomic);
  return files.map(([path]) => path);
}

/**
 * Parses a `--format` value: `gexf,csv` or repeated flags; checks every name.
 *
 * @example parseFormats('gexf,csv') // ['gexf', 'csv']
 */
export function parseFormats(values: string | readonly string[]): string[] {
  const names = (typeof values === 'string' ? [values] : values)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  for (const n of names) getFormat(n);
  return [...new Set(names)];
}
