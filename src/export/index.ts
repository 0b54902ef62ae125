/**
 * actorgraph/export
 * ==================
 *
 * Output files. Graph formats sit behind a registry, one formatter each (as textlint
 * does with its formatters), so a new format (graphml, csv…) is one more entry:
 *
 *   FORMATS.gexf.write(graph, {mode: 'static'})   → the file's text
 *   await writeGraph('out/graph.gexf', graph)      → format chosen by the extension, atomic write
 *   registerFormat('graphml', {extension: '.graphml', write: …})
 *
 * Event and article tables (JSONL) are written by events.ts and articles.ts; every
 * file goes through atomic.ts, so a failed run never leaves a half-written file.
 */
import { extname } from 'node:path';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { type AtomicOptions, writeFileAtomic } from './atomic.js';
import { type GEXFOptions, toGEXF } from './gexf.js';
import { type JSONOptions, toJSON } from './json.js';

export * from './atomic.js';
export * from './articles.js';
export * from './events.js';
export {
  buildModel,
  decodeList,
  DEFAULTS as GEXF_DEFAULTS,
  EDGE_ATTRIBUTE_ORDER,
  encodeList,
  GEXF_NAMESPACE,
  gexfWeight,
  isoDate,
  latestDate,
  NODE_ATTRIBUTE_ORDER,
  parseColor,
  toGEXF,
  VIZ_NAMESPACE,
  writeGEXF,
  xmlSafe,
} from './gexf.js';
export type { AttributeDeclaration, GexfAttributeType, GEXFOptions, GexfMode, RGBA, Spell } from './gexf.js';
export { DEFAULTS as JSON_DEFAULTS, serialize, sortKeysDeep, toJSON } from './json.js';
export type { JSONOptions } from './json.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** A graph file format. */
export interface GraphFormat<Options = Record<string, unknown>> {
  /** File extension, with the dot. */
  extension: string;
  /** Media type, for whoever serves the file. */
  mediaType: string;
  /** The file's content. */
  write(graph: AnyGraph, options?: Options): string | Uint8Array;
}

export const FORMATS: Record<string, GraphFormat<any>> & {
  json: GraphFormat<JSONOptions>;
  gexf: GraphFormat<GEXFOptions>;
} = {
  json: { extension: '.json', mediaType: 'application/json', write: (graph, options) => toJSON(graph, options) },
  gexf: { extension: '.gexf', mediaType: 'application/gexf+xml', write: (graph, options) => toGEXF(graph, options) },
};

/** Adds (or replaces) a format. */
export function registerFormat<Options>(name: string, format: GraphFormat<Options>): void {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`actorgraph/export: a format name is lower-case letters, digits and dashes, got ${JSON.stringify(name)}`);
  if (!format.extension.startsWith('.')) throw new Error(`actorgraph/export: format ${name}: the extension must start with a dot`);
  FORMATS[name] = format;
}

/** The format registered under `name`, with the list of known ones when there is none. */
export function getFormat(name: string): GraphFormat<any> {
  const format = Object.hasOwn(FORMATS, name) ? FORMATS[name] : undefined;
  if (!format)
    throw new Error(`actorgraph/export: unknown format ${JSON.stringify(name)}; known formats: ${Object.keys(FORMATS).sort().join(', ')}`);
  return format;
}

/** The name of the format whose extension `path` has, or undefined. */
export function formatForPath(path: string): string | undefined {
  const ext = extname(path).toLowerCase();
  return Object.keys(FORMATS).find((name) => FORMATS[name].extension === ext);
}

/**
 * Writes `graph` to `path` atomically in `format` (default: from the extension).
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
  await writeFileAtomic(path, getFormat(name).write(graph, options), atomic);
}
