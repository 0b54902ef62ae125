/**
 * actorgraph/query — loading a built graph
 * =========================================
 *
 * `loadGraph(path)` reads a graph written by `actorgraph build`: graphology's JSON
 * serialization (`.json`, read with `graph.import`) or GEXF (`.gexf`, read with
 * graphology-gexf). Either way the result is an `ActorGraph` (mixed multi graph, slug
 * keys, `${relation}:${source}:${target}` edge keys) whose attributes follow the
 * contract: list attributes (`aliases`, `evidence`, `evidenceArticles`) are arrays,
 * GEXF's extra `kind` (a copy of `relation`) is dropped, and a missing `label`,
 * `aliases`, `relation`, `weight` or `evidence` gets its default, so the query
 * functions can rely on them.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGEXF } from 'graphology-gexf';
import type { Attributes, SerializedGraph } from 'graphology-types';
import type { ActorGraph, ActorNodeAttributes, RelationEdgeAttributes } from '../graph/assemble.js';
import { decodeList } from '../export/gexf.js';
import { PREFIX, relationOf } from './common.js';
import { restoreGexfEdges } from './gexf-read.js';
import { checkBuiltGraph } from './foreign.js';

export type GraphFileFormat = 'json' | 'gexf';

export interface LoadOptions {
  /** The file's format; default: from the extension (`.json`, `.gexf`). */
  format?: GraphFileFormat;
}

export const DEFAULTS = {
  /** Node attributes holding lists. */
  nodeLists: ['aliases'] as readonly string[],
  /** Edge attributes holding lists. */
  edgeLists: ['evidence', 'evidenceArticles'] as readonly string[],
};

function formatOf(path: string, format: GraphFileFormat | undefined): GraphFileFormat {
  if (format !== undefined) {
    if (format !== 'json' && format !== 'gexf') throw new Error(`${PREFIX}: format must be 'json' or 'gexf', got ${JSON.stringify(format)}`);
    return format;
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.gexf') return 'gexf';
  throw new Error(`${PREFIX}: cannot tell the format of ${path} from its extension; use a .json or .gexf file, or pass {format}`);
}

/** A list attribute as an array of strings: arrays as they are, GEXF/JSON list text decoded, anything else as one item. */
function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : String(v)));
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'string') {
    if (value.startsWith('[')) {
      try {
        return decodeList(value);
      } catch {
        // Not JSON: one item.
      }
    }
    return [value];
  }
  return [String(value)];
}

/** Brings a loaded graph's attributes to the contract, in place. */
function normalize(graph: ActorGraph): ActorGraph {
  graph.updateEachNodeAttributes((node, a) => {
    const attrs = a as Attributes;
    for (const name of DEFAULTS.nodeLists) attrs[name] = asList(attrs[name]);
    if (typeof attrs.label !== 'string' || !attrs.label) attrs.label = node;
    for (const name of ['mentions', 'articles'])
      if (typeof attrs[name] === 'string' && attrs[name] !== '' && Number.isFinite(Number(attrs[name]))) attrs[name] = Number(attrs[name]);
    return attrs as ActorNodeAttributes;
  });
  graph.updateEachEdgeAttributes((edge, a) => {
    const attrs = a as Attributes;
    attrs.relation = relationOf(edge, a);
    if (attrs.kind === attrs.relation) delete attrs.kind;
    for (const name of DEFAULTS.edgeLists) attrs[name] = asList(attrs[name]);
    if (typeof attrs.weight !== 'number') attrs.weight = Number(attrs.weight ?? 1) || 1;
    if (typeof attrs.category !== 'string') attrs.category = attrs.category === undefined ? '' : String(attrs.category);
    return attrs as RelationEdgeAttributes;
  });
  return graph;
}

/**
 * Reads graph text (JSON serialization or GEXF) as an `ActorGraph`.
 *
 * @example
 * const graph = parseGraph(await readFile('graphs/corpus.gexf', 'utf8'), 'gexf');
 */
export function parseGraph(text: string, format: GraphFileFormat): ActorGraph {
  if (format === 'json') {
    let data: Partial<SerializedGraph>;
    try {
      data = JSON.parse(text) as Partial<SerializedGraph>;
    } catch (e) {
      throw new Error(`${PREFIX}: not JSON: ${(e as Error).message}`);
    }
    if (!data || typeof data !== 'object' || !Array.isArray(data.nodes))
      throw new Error(`${PREFIX}: not a graphology serialization (no "nodes" list); was it written by actorgraph build?`);
    const type = data.options?.type ?? 'mixed';
    const graph: ActorGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({ type, allowSelfLoops: data.options?.allowSelfLoops ?? true });
    graph.import(data as SerializedGraph<ActorNodeAttributes, RelationEdgeAttributes>);
    checkBuiltGraph(graph);
    return normalize(graph);
  }
  if (format === 'gexf') {
    let graph: ActorGraph;
    try {
      graph = parseGEXF(MultiGraph, text, { allowUndeclaredAttributes: true }) as unknown as ActorGraph;
    } catch (e) {
      throw new Error(`${PREFIX}: not a readable GEXF document: ${(e as Error).message}`);
    }
    graph = restoreGexfEdges(graph, text);
    checkBuiltGraph(graph);
    return normalize(graph);
  }
  throw new Error(`${PREFIX}: format must be 'json' or 'gexf', got ${JSON.stringify(format)}`);
}

/**
 * Loads a graph written by `actorgraph build` (`.json` or `.gexf`) as a typed graphology graph.
 *
 * @example
 * const graph = await loadGraph('graphs/corpus.json');
 * graph.getNodeAttribute('iran', 'label'); // 'Iran'
 */
export async function loadGraph(path: string, options: LoadOptions = {}): Promise<ActorGraph> {
  const format = formatOf(path, options.format);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new Error(`${PREFIX}: cannot read the graph ${path}: ${why}`);
  }
  try {
    return parseGraph(text, format);
  } catch (e) {
    throw new Error((e as Error).message.replace(`${PREFIX}: `, `${PREFIX}: ${path}: `));
  }
}

/**
 * The events file written next to a graph: `graphs/corpus.json` → `graphs/corpus.events.jsonl`.
 *
 * @example
 * eventsPathFor('graphs/corpus.json'); // 'graphs/corpus.events.jsonl'
 */
export function eventsPathFor(graphPath: string): string {
  return `${graphPath.replace(/\.(json|gexf)$/i, '')}.events.jsonl`;
}
