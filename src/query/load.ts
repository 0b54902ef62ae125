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
import { isUnsafeKey, safeSerialized } from '../graph/keys.js';
import { PREFIX, relationOf } from './common.js';
import { restoreGexfEdges } from './gexf-read.js';
import { checkBuiltGraph } from './foreign.js';

/** The graph files `loadGraph` reads. */
export type GraphFileFormat = 'json' | 'gexf';

/** Options of `loadGraph`. */
export interface LoadOptions {
  /** The file's format; default: from the extension (`.json`, `.gexf`). */
  format?: GraphFileFormat;
  /**
   * Told of each key renamed because it is a name every JavaScript object has (`__proto__`,
   * `constructor`, …; see graph/keys.ts). Default: a Node process warning.
   */
  onNotice?: (message: string) => void;
}

/** Renamings are said once per message, as a process warning unless the caller listens. */
function noticeSink(options: LoadOptions): (message: string) => void {
  return options.onNotice ?? ((message) => process.emitWarning(message, 'ActorgraphWarning'));
}

// GEXF is parsed by graphology-gexf straight into a graph, so an unsafe id would reach
// graphology's adjacency objects before we could look at it. The parse goes into this class,
// which hides such ids behind a prefix no slug or id has (a NUL); the keys are then renamed
// properly over the whole graph (collisions known) and re-imported into a plain MultiGraph.
const HIDDEN = '\u0000actorgraph-unsafe:';
const hide = (k: unknown): unknown => (typeof k === 'string' && isUnsafeKey(k) ? HIDDEN + k : k);
const unhide = (k: unknown): unknown => (typeof k === 'string' && k.startsWith(HIDDEN) ? k.slice(HIDDEN.length) : k);
class HidingGraph extends MultiGraph {
  // graphology's copy() (the parser's upgrade to a mixed graph) builds a base Graph: keep this class.
  override copy(options?: Parameters<MultiGraph['copy']>[0]): MultiGraph {
    const graph = new HidingGraph({ type: this.type, allowSelfLoops: this.allowSelfLoops, ...options });
    graph.replaceAttributes({ ...this.getAttributes() });
    this.forEachNode((node, attrs) => void graph.addNode(node, { ...attrs }));
    // Edge by edge, not export/import: an undirected graph's export does not flag its edges undirected.
    this.forEachEdge((edge, attrs, source, target, _s, _t, undirected) => {
      if (undirected) graph.addUndirectedEdgeWithKey(edge, source, target, { ...attrs });
      else graph.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
    });
    return graph;
  }
  override addNode(node: unknown, attributes?: Attributes): string {
    return super.addNode(hide(node), attributes as ActorNodeAttributes);
  }
  override mergeNode(node: unknown, attributes?: Attributes): [key: string, nodeWasAdded: boolean] {
    return super.mergeNode(hide(node), attributes as ActorNodeAttributes);
  }
  override mergeDirectedEdge(source: unknown, target: unknown, attributes?: Attributes) {
    return super.mergeDirectedEdge(hide(source), hide(target), attributes);
  }
  override mergeUndirectedEdge(source: unknown, target: unknown, attributes?: Attributes) {
    return super.mergeUndirectedEdge(hide(source), hide(target), attributes);
  }
  override mergeDirectedEdgeWithKey(edge: unknown, source: unknown, target: unknown, attributes?: Attributes) {
    return super.mergeDirectedEdgeWithKey(hide(edge), hide(source), hide(target), attributes);
  }
  override mergeUndirectedEdgeWithKey(edge: unknown, source: unknown, target: unknown, attributes?: Attributes) {
    return super.mergeUndirectedEdgeWithKey(hide(edge), hide(source), hide(target), attributes);
  }
}

/** A serialization whose keys are safe (renamed with notices), imported into a new graph. */
function importSafely(data: SerializedGraph, notify: (message: string) => void): ActorGraph {
  const safe = safeSerialized(data);
  for (const n of safe.notices) notify(`${PREFIX}: ${n}`);
  const type = safe.data.options?.type ?? 'mixed';
  const graph: ActorGraph = new MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>({
    type,
    allowSelfLoops: safe.data.options?.allowSelfLoops ?? true,
  });
  graph.import(safe.data as SerializedGraph<ActorNodeAttributes, RelationEdgeAttributes>);
  return graph;
}

export const DEFAULTS = {
  /** Node attributes holding lists. */
  nodeLists: ['aliases'] as readonly string[],
  /** Edge attributes holding lists. */
  edgeLists: ['evidence', 'evidenceArticles'] as readonly string[],
};

function formatOf(path: string, format: GraphFileFormat | undefined): GraphFileFormat {
  if (format !== undefined) {
    if (format !== 'json' && format !== 'gexf')
      throw new Error(`${PREFIX}: format must be 'json' or 'gexf', got ${JSON.stringify(format)}`);
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
export function parseGraph(text: string, format: GraphFileFormat, options: Pick<LoadOptions, 'onNotice'> = {}): ActorGraph {
  const notify = noticeSink(options);
  if (format === 'json') {
    let data: Partial<SerializedGraph>;
    try {
      data = JSON.parse(text) as Partial<SerializedGraph>;
    } catch (e) {
      throw new Error(`${PREFIX}: not JSON: ${(e as Error).message}`);
    }
    if (!data || typeof data !== 'object' || !Array.isArray(data.nodes))
      throw new Error(`${PREFIX}: not a graphology serialization (no "nodes" list); was it written by actorgraph build?`);
    const graph = importSafely(data as SerializedGraph, notify);
    checkBuiltGraph(graph);
    return normalize(graph);
  }
  if (format === 'gexf') {
    let parsed: MultiGraph;
    try {
      parsed = parseGEXF(HidingGraph, text, { allowUndeclaredAttributes: true }) as unknown as MultiGraph;
    } catch (e) {
      throw new Error(`${PREFIX}: not a readable GEXF document: ${(e as Error).message}`);
    }
    const data = parsed.export();
    for (const n of data.nodes) n.key = unhide(n.key) as string;
    for (const e of data.edges) {
      e.key = unhide(e.key) as string | undefined;
      e.source = unhide(e.source) as string;
      e.target = unhide(e.target) as string;
    }
    // The reciprocal pairs of symmetric relations joined again, with the file's static weights.
    const graph = restoreGexfEdges(importSafely(data, notify), text);
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
    const notify = noticeSink(options);
    return parseGraph(text, format, { onNotice: (m) => notify(m.replace(`${PREFIX}: `, `${PREFIX}: ${path}: `)) });
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
