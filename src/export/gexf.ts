/**
 * actorgraph/export — GEXF 1.3
 * =============================
 *
 * The actor graph as GEXF 1.3 (http://gexf.net/1.3) for Gephi, also read by
 * graphology-gexf and NetworkX.
 *
 * Why not graphology-gexf's own writer (checked on 0.13.2): it infers the attribute
 * model from the values it meets, in the graph's insertion order (so the declarations
 * move when the build order does); it writes list items unquoted unless they hold a
 * quote or a control character, so the alias `Persia, old` reads back as two items; it
 * writes forbidden characters such as U+0001 as they are, which strict parsers (Gephi,
 * xmllint, NetworkX) reject; and it knows nothing of dynamic graphs (spells,
 * `timeformat="date"`). We need each of those under our control, so this module writes
 * the document itself on top of `xml-writer` (the XML writer graphology-gexf itself
 * uses): a declared attribute model (`buildModel`: known attributes in a fixed order,
 * the rest sorted, each with one declared type), Gephi's `viz` namespace, character
 * sanitizing, and a `mode` option: `'static'` (default) or `'dynamic'` (see below).
 * Everything is written in sorted key
 * order and the `lastmodifieddate` comes from the data, never from the clock: the same
 * graph gives the same bytes.
 *
 * Characters: every string (ids, labels, attribute values) first loses what XML 1.0
 * forbids (U+0000–U+001F except tab, LF, CR; U+FFFE, U+FFFF; unpaired surrogates);
 * xml-writer then escapes `&`, `<`, `"` and writes tab/LF/CR as character references,
 * which survive attribute-value normalization. Invisible but legal characters
 * (zero-width, bidi controls) are kept.
 *
 * Lists (`liststring`): GEXF 1.3 does not say how items are delimited, and readers
 * differ: Gephi (graphstore ArraysParser) reads `[a, "b, c", 'd']` with `\"` and `\\`
 * escapes inside quotes; graphology-gexf reads the same bracketed form (plus `\n`, `\t`,
 * `\r`), and otherwise splits on `|` or `,`; NetworkX returns the raw string. No
 * encoding carries arbitrary text through every reader, so items are written as a JSON
 * array of strings whose items contain no control characters (tab, LF and CR inside an
 * item become a space): then JSON's only escapes are `\"` and `\\`, and the value reads
 * back identically as a list in Gephi and graphology-gexf, and with `json.loads` from
 * NetworkX's string. Commas, brackets, both quotes and backslashes survive.
 *
 * Dynamic mode (`mode: 'dynamic'`, `timeformat="date"`, intervals), for Gephi's timeline:
 *   - a node exists from its `first` to its `last` date (the span it is mentioned in);
 *   - an edge with `dates` (see timeline.ts: the distinct dates of its events, with
 *     `dateCounts`) gets one `<spell>` per date, or per month or year with
 *     `timeBucket`, and, with `dateCounts`, a dynamic weight per spell:
 *     `<attvalue for="weight" value="2" start=".." end=".."/>` = the events in it.
 *     Gephi's timeline then shows each relation when its events happen, as thick as
 *     they are many (choose the Sum estimator to add them up over a window);
 *   - an edge without `dates` exists from its `first` to its `last` date;
 *   - an element without any date (undated articles only) has no time and is shown at
 *     every time;
 *   - the `spells` option replaces the default spells of any element.
 * graphology-gexf and NetworkX know no time: they read every element whatever its
 * dates. NetworkX keeps the edge's static `weight`; graphology-gexf reads `weight` as
 * the value of the last spell (`dynamicWeight: false` keeps it static there too).
 *
 * Symmetric relations (`met`, `allied_with`: undirected edges) in a directed file. No one
 * encoding of a mixed graph is read alike by both readers that matter (checked on
 * Gephi's ImporterGEXF and ImportContainerImpl, 0.9–0.10, and NetworkX 3.6):
 *   - `type="undirected"` under `defaultedgetype="directed"`: NetworkX refuses the file
 *     ("Undirected edge found in directed graph"), and Gephi's ImportContainerImpl drops
 *     each such edge ("Bad edge type", severe) since the container takes the file's default;
 *   - without `defaultedgetype` Gephi keeps a mixed graph, but NetworkX then builds an
 *     undirected graph and refuses every directed edge;
 *   - `type="mutual"`: Gephi 0.9+ knows only `directed`/`undirected` on edges (a severe
 *     "unknown edge type" issue, the edge read one way), while NetworkX adds two directed
 *     edges with the full weight each (the relation's weight doubled).
 * So the default, `undirectedType: 'reciprocal'`, writes every edge directed and each
 * symmetric relation as a reciprocal pair: `key` from source to target and
 * `key~reverse` back, each with half the weight (static and per spell) and the same
 * attributes. Both readers open it; Gephi draws the pair both ways; the two halves add up
 * to the relation's weight (a node's weighted degree, in plus out; the pair's parallel
 * edges in NetworkX's `to_undirected`); and
 * `loadGraph` (query/gexf-read.ts) joins each pair back into the undirected edge.
 * `'undirected'` (mixed: graphology) and `'mutual'` remain options.
 */
import { createRequire } from 'node:module';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { bucketCounts, bucketOf, edgeDates, isoDate, type TimeBucket } from './timeline.js';

const PREFIX = 'actorgraph/export';

// ---- xml-writer (CommonJS, no typings) ----

interface XMLWriterInstance {
  startDocument(version?: string, encoding?: string, standalone?: boolean): XMLWriterInstance;
  startElement(name: string): XMLWriterInstance;
  endElement(): XMLWriterInstance;
  startAttribute(name: string): XMLWriterInstance;
  endAttribute(): XMLWriterInstance;
  text(content: string): XMLWriterInstance;
}
type XMLWriterConstructor = new (indent?: boolean | string, sink?: (chunk: string) => void) => XMLWriterInstance;
const XMLWriter = createRequire(import.meta.url)('xml-writer') as XMLWriterConstructor;

// ---- options ----

/** `static`: one graph; `dynamic`: edges and nodes carry their dates, for a timeline in Gephi. */
export type GexfMode = 'static' | 'dynamic';
export type UndirectedType = 'reciprocal' | 'undirected' | 'mutual';

/** Suffix of the id of the second edge of a reciprocal pair (see the header). */
export const REVERSE_SUFFIX = '~reverse';

export interface Spell {
  start?: string;
  end?: string;
  /** Edges, dynamic mode: the edge's weight during this spell (a dynamic `weight` attribute value). */
  weight?: number;
}

/** Options of `toGEXF` and the `gexf` format. */
export interface GEXFOptions {
  /** 'static' (default) or 'dynamic' (start/end or spells, timeformat="date"). */
  mode?: GexfMode;
  /**
   * `<meta lastmodifieddate>`, `YYYY-MM-DD`. Default: the latest `first`/`last` date of
   * the graph's nodes and edges; `null` (or a graph without dates) omits it.
   */
  lastModified?: string | null;
  creator?: string;
  description?: string;
  keywords?: string;
  /**
   * How `met`/`allied_with` (undirected) edges are written: 'reciprocal' (default: a pair of
   * directed edges with half the weight each; read by Gephi and NetworkX), 'undirected'
   * (`type="undirected"`: a mixed graph, which NetworkX refuses and Gephi drops) or 'mutual'.
   */
  undirectedType?: UndirectedType;
  /** Indent with two spaces (default) or write one line. */
  pretty?: boolean;
  /**
   * Dynamic mode: intervals of an element; when it returns some, they replace the
   * default ones (edges: one spell per date or bucket of `dates`; nodes and edges
   * without `dates`: start/end from `first`/`last`).
   */
  spells?: (element: 'node' | 'edge', key: string, attributes: Attributes) => Spell[] | undefined;
  /**
   * Dynamic mode: how event dates are grouped into spells: 'day' (default: one spell
   * per event date), 'month' or 'year' (one spell per calendar month or year, weighted
   * by the events in it; node spans widened to whole months or years to match).
   */
  timeBucket?: TimeBucket;
  /**
   * Dynamic mode: write the weight of each edge spell as a dynamic `weight` value
   * (Gephi's dynamic edge weight). Default true. graphology-gexf knows no time and
   * reads `weight` as the last spell's value; `false` keeps weights static.
   */
  dynamicWeight?: boolean;
}

export const DEFAULTS = {
  mode: 'static' as GexfMode,
  timeBucket: 'day' as TimeBucket,
  dynamicWeight: true,
  creator: 'actorgraph',
  undirectedType: 'reciprocal' as UndirectedType,
  pretty: true,
};

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';
export const VIZ_NAMESPACE = 'http://gexf.net/1.3/viz';

/** Known attributes, in the order they are declared; any others follow, sorted. */
export const NODE_ATTRIBUTE_ORDER: readonly string[] = [
  'type',
  'aliases',
  'iso3',
  'code',
  'affiliation',
  'country',
  'role',
  'mentions',
  'articles',
  'first',
  'last',
  'community',
  'degree',
  'pagerank',
  'betweenness',
];
export const EDGE_ATTRIBUTE_ORDER: readonly string[] = [
  'relation',
  'category',
  'first',
  'last',
  'dates',
  'dateCounts',
  'negated',
  'hypothetical',
  'evidence',
  'evidenceArticles',
];

/** Attributes written elsewhere than in `<attvalues>`. */
const NODE_RESERVED = new Set(['label', 'x', 'y', 'z', 'size', 'color']);
/** `weight` is the edge's own attribute; `relation` is also `kind`, and stays an attribute too. */
const EDGE_RESERVED = new Set(['label', 'weight', 'color', 'thickness']);

// ---- characters ----

const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** One `liststring` value: a JSON array of XML-safe strings without tab/LF/CR (see the module comment). */
export function encodeList(items: readonly unknown[]): string {
  return JSON.stringify(items.map((item) => xmlSafe(typeof item === 'string' ? item : stringify(item)).replace(/[\t\n\r]/g, ' ')));
}

/** Reads a `liststring` value written by `encodeList` (or a plain JSON array). */
export function decodeList(value: string): string[] {
  const parsed: unknown = JSON.parse(value);
  if (!Array.isArray(parsed)) throw new Error(`${PREFIX}: not a list value: ${value.slice(0, 80)}`);
  return parsed.map((item) => (typeof item === 'string' ? item : stringify(item)));
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return '';
  return JSON.stringify(value) ?? String(value);
}

// ---- attribute model ----

// Lists are all `liststring`, numbers included (`dateCounts`): NetworkX knows no other list type.
export type GexfAttributeType = 'integer' | 'long' | 'double' | 'boolean' | 'string' | 'liststring';

export interface AttributeDeclaration {
  /** The graph attribute's name; also the GEXF id and title (sanitized). */
  name: string;
  id: string;
  type: GexfAttributeType;
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

type ValueKind = 'int32' | 'int' | 'float' | 'boolean' | 'string' | 'list' | 'other';

function kindOf(value: unknown): ValueKind | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    if (Number.isSafeInteger(value)) return value >= INT32_MIN && value <= INT32_MAX ? 'int32' : 'int';
    return 'float';
  }
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return 'list';
  return 'other';
}

function typeOf(kinds: Set<ValueKind>): GexfAttributeType {
  const only = (...allowed: ValueKind[]) => [...kinds].every((k) => allowed.includes(k));
  if (only('int32')) return 'integer';
  if (only('int32', 'int')) return 'long';
  if (only('int32', 'int', 'float')) return 'double';
  if (only('boolean')) return 'boolean';
  if (only('list')) return 'liststring';
  return 'string';
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The declared attributes of nodes or edges: every attribute some element has (less
 * the reserved ones), known ones first in `order`, then the rest sorted; the type is
 * the narrowest that fits every value (integer ⊂ long ⊂ double; a mix of kinds is string).
 */
export function buildModel(
  elements: Iterable<Attributes>,
  order: readonly string[],
  reserved: ReadonlySet<string>,
): AttributeDeclaration[] {
  const kinds = new Map<string, Set<ValueKind>>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (reserved.has(name)) continue;
      const kind = kindOf(value);
      if (!kind) continue;
      let set = kinds.get(name);
      if (!set) kinds.set(name, (set = new Set()));
      set.add(kind);
    }
  }
  const known = order.filter((name) => kinds.has(name));
  const rest = [...kinds.keys()].filter((name) => !order.includes(name)).sort(compareKeys);
  const ids = new Map<string, string>();
  return [...known, ...rest].map((name) => {
    const id = xmlSafe(name);
    const clash = ids.get(id);
    if (clash !== undefined)
      throw new Error(
        `${PREFIX}: attributes ${JSON.stringify(clash)} and ${JSON.stringify(name)} have the same name once characters XML forbids are removed; rename one`,
      );
    ids.set(id, name);
    return { name, id, type: typeOf(kinds.get(name)!) };
  });
}

function formatValue(value: unknown, type: GexfAttributeType): string | undefined {
  const kind = kindOf(value);
  if (!kind) return undefined;
  switch (type) {
    case 'integer':
    case 'long':
    case 'double':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'liststring':
      return encodeList(value as unknown[]);
    case 'string':
      return xmlSafe(kind === 'list' || kind === 'other' ? (JSON.stringify(value) ?? '') : stringify(value));
  }
}

// ---- dates ----

export { isoDate };

/** The latest `first`/`last` date among nodes and edges, or undefined. */
export function latestDate(graph: AnyGraph): string | undefined {
  let latest: string | undefined;
  const see = (value: unknown) => {
    const d = isoDate(value);
    if (d && (latest === undefined || d > latest)) latest = d;
  };
  graph.forEachNode((_n, a) => {
    see(a.first);
    see(a.last);
  });
  graph.forEachEdge((_e, a) => {
    see(a.first);
    see(a.last);
  });
  return latest;
}

// ---- colors ----

export interface RGBA {
  r: number;
  g: number;
  b: number;
  a?: number;
}

/** `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)` or `rgba(r,g,b,a)`; undefined otherwise. */
export function parseColor(value: unknown): RGBA | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(s);
  if (m) {
    let hex = m[1]!;
    if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
    const color: RGBA = {
      r: parseInt(hex.slice(0, 2), 16),
      g: parseInt(hex.slice(2, 4), 16),
      b: parseInt(hex.slice(4, 6), 16),
    };
    if (hex.length === 8) color.a = Math.round((parseInt(hex.slice(6, 8), 16) / 255) * 1000) / 1000;
    return color;
  }
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9.]+)\s*)?\)$/i.exec(s);
  if (m) {
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (r > 255 || g > 255 || b > 255) return undefined;
    const color: RGBA = { r, g, b };
    if (m[4] !== undefined) {
      const a = Number(m[4]);
      if (!Number.isFinite(a)) return undefined;
      color.a = Math.min(1, Math.max(0, a));
    }
    return color;
  }
  return undefined;
}

// ---- writer ----

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Weight of an edge in the file: the attribute, clamped to ≥ 1 (Gephi drops weight-0 edges). */
export function gexfWeight(value: unknown): number {
  return finite(value) && value > 1 ? value : 1;
}

function resolve(options: GEXFOptions) {
  const o = { ...DEFAULTS, ...options };
  if (o.mode !== 'static' && o.mode !== 'dynamic')
    throw new Error(`${PREFIX}: GEXF mode must be 'static' or 'dynamic', got ${JSON.stringify(o.mode)}`);
  if (!['day', 'month', 'year'].includes(o.timeBucket))
    throw new Error(`${PREFIX}: timeBucket must be 'day', 'month' or 'year', got ${JSON.stringify(o.timeBucket)}`);
  if (!['reciprocal', 'undirected', 'mutual'].includes(o.undirectedType))
    throw new Error(`${PREFIX}: undirectedType must be 'reciprocal', 'undirected' or 'mutual', got ${JSON.stringify(o.undirectedType)}`);
  if (o.lastModified !== undefined && o.lastModified !== null && isoDate(o.lastModified) !== o.lastModified)
    throw new Error(`${PREFIX}: lastModified must be a date as YYYY-MM-DD, got ${JSON.stringify(o.lastModified)}`);
  return o;
}

/**
 * Node key → XML-safe id, checking for clashes that removing forbidden characters creates.
 *
 * @example xmlNodeIds(['iran', 'a\u0001b'], 'actorgraph/export') // Map { 'iran' => 'iran', 'a\u0001b' => 'ab' }
 */
export function xmlNodeIds(nodes: readonly string[], prefix: string): Map<string, string> {
  const ids = new Map<string, string>();
  const seen = new Map<string, string>();
  for (const node of nodes) {
    const id = xmlSafe(node);
    const other = seen.get(id);
    if (other !== undefined)
      throw new Error(
        `${prefix}: nodes ${JSON.stringify(other)} and ${JSON.stringify(node)} have the same id once characters XML forbids are removed; rename one`,
      );
    seen.set(id, node);
    ids.set(node, id);
  }
  return ids;
}

/** Writes the graph as GEXF, handing the text to `sink` in chunks as it is produced. */
export function writeGEXF(graph: AnyGraph, sink: (chunk: string) => void, options: GEXFOptions = {}): void {
  const o = resolve(options);
  const dynamic = o.mode === 'dynamic';
  const w = new XMLWriter(o.pretty ? '  ' : false, sink);
  const attr = (name: string, value: string | number) => {
    // Not writeAttribute: it silently drops empty strings and 0.
    w.startAttribute(name)
      .text(typeof value === 'number' ? String(value) : xmlSafe(value))
      .endAttribute();
  };

  const nodes = graph.nodes().sort(compareKeys);
  const edges = graph.edges().sort(compareKeys);

  const nodeIds = xmlNodeIds(nodes, PREFIX);

  const nodeAttributes = nodes.map((n) => graph.getNodeAttributes(n));
  // Every edge gets a `relation` (the key's prefix when the attribute is missing): it is also the `kind`.
  const edgeAttributes = edges.map((e): Attributes => {
    const a = graph.getEdgeAttributes(e);
    return typeof a.relation === 'string' && a.relation ? a : { ...a, relation: e.split(':')[0] };
  });
  const nodeModel = buildModel(nodeAttributes, NODE_ATTRIBUTE_ORDER, NODE_RESERVED);
  const edgeModel = buildModel(edgeAttributes, EDGE_ATTRIBUTE_ORDER, EDGE_RESERVED);

  // Dynamic mode: spells from the option, else (edges) one per date or bucket of `dates`.
  const spellsOf = (element: 'node' | 'edge', key: string, attributes: Attributes): Spell[] | undefined => {
    if (!dynamic) return undefined;
    let spells = o.spells?.(element, key, attributes);
    if (!spells && element === 'edge') spells = dateSpells(attributes, o.timeBucket);
    spells = spells?.filter((s) => isoDate(s.start) || isoDate(s.end));
    return spells && spells.length ? spells : undefined;
  };
  const nodeSpells = nodes.map((n, i) => spellsOf('node', n, nodeAttributes[i]!));
  const edgeSpells = edges.map((e, i) => spellsOf('edge', e, edgeAttributes[i]!));
  const spellWeight = (s: Spell) => (o.dynamicWeight && finite(s.weight) ? s.weight : undefined);
  const dynamicWeight = edgeSpells.some((spells) => spells?.some((s) => spellWeight(s) !== undefined));
  // Gephi takes a dynamic attribute with the reserved id and title `weight` as the edge's
  // dynamic weight, and keeps the first declaration of an id. graphology-gexf keeps only
  // the last <attributes class="edge"> and rejects values of undeclared attributes; so
  // `weight` is declared dynamic first, then again in the static block.
  const WEIGHT: AttributeDeclaration = { name: 'weight', id: 'weight', type: 'double' };

  w.startDocument('1.0', 'UTF-8');
  w.startElement('gexf');
  attr('xmlns', GEXF_NAMESPACE);
  attr('xmlns:viz', VIZ_NAMESPACE);
  attr('version', '1.3');

  // <meta>
  const lastModified = o.lastModified === null ? undefined : (o.lastModified ?? latestDate(graph));
  w.startElement('meta');
  if (lastModified) attr('lastmodifieddate', lastModified);
  w.startElement('creator').text(xmlSafe(o.creator)).endElement();
  if (o.keywords) w.startElement('keywords').text(xmlSafe(o.keywords)).endElement();
  if (o.description) w.startElement('description').text(xmlSafe(o.description)).endElement();
  w.endElement();

  // <graph>
  w.startElement('graph');
  // A mixed graph ('undirected') declares no default: Gephi then keeps both kinds of edge.
  if (o.undirectedType !== 'undirected' || !graph.someEdge((e) => graph.isUndirected(e))) attr('defaultedgetype', 'directed');
  attr('mode', o.mode);
  if (dynamic) attr('timeformat', 'date');

  const declare = (cls: 'node' | 'edge', model: AttributeDeclaration[], mode: 'static' | 'dynamic' = 'static') => {
    w.startElement('attributes');
    attr('class', cls);
    attr('mode', mode);
    for (const d of model) {
      w.startElement('attribute');
      attr('id', d.id);
      attr('title', d.id);
      attr('type', d.type);
      w.endElement();
    }
    w.endElement();
  };
  if (nodeModel.length) declare('node', nodeModel);
  if (dynamicWeight) declare('edge', [WEIGHT], 'dynamic');
  if (edgeModel.length || dynamicWeight) declare('edge', dynamicWeight ? [...edgeModel, WEIGHT] : edgeModel);

  const attvalues = (attributes: Attributes, model: AttributeDeclaration[], spells?: Spell[]) => {
    const values: Array<[string, string, Spell?]> = [];
    for (const d of model) {
      const v = formatValue(attributes[d.name], d.type);
      if (v !== undefined) values.push([d.id, v]);
    }
    for (const spell of spells ?? []) {
      const weight = spellWeight(spell);
      if (weight !== undefined) values.push([WEIGHT.id, String(weight), spell]);
    }
    if (!values.length) return;
    w.startElement('attvalues');
    for (const [id, v, spell] of values) {
      w.startElement('attvalue');
      attr('for', id);
      attr('value', v);
      const start = isoDate(spell?.start);
      const end = isoDate(spell?.end);
      if (start) attr('start', start);
      if (end) attr('end', end);
      w.endElement();
    }
    w.endElement();
  };

  // XML attributes must all come before the first child element.
  const startEnd = (attributes: Attributes, spells: Spell[] | undefined) => {
    if (!dynamic || spells) return;
    const first = isoDate(attributes.first);
    const last = isoDate(attributes.last);
    if (first) attr('start', bucketOf(first, o.timeBucket).start);
    if (last) attr('end', bucketOf(last, o.timeBucket).end);
  };
  const spellElements = (spells: Spell[] | undefined) => {
    if (!spells) return;
    w.startElement('spells');
    for (const spell of spells) {
      w.startElement('spell');
      const start = isoDate(spell.start);
      const end = isoDate(spell.end);
      if (start) attr('start', start);
      if (end) attr('end', end);
      w.endElement();
    }
    w.endElement();
  };

  const color = (value: unknown) => {
    const c = parseColor(value);
    if (!c) return;
    w.startElement('viz:color');
    attr('r', c.r);
    attr('g', c.g);
    attr('b', c.b);
    if (c.a !== undefined) attr('a', c.a);
    w.endElement();
  };

  w.startElement('nodes');
  attr('count', nodes.length);
  nodes.forEach((node, i) => {
    const a = nodeAttributes[i]!;
    const spells = nodeSpells[i];
    w.startElement('node');
    attr('id', nodeIds.get(node)!);
    // The key when the label is missing, or empty once sanitized.
    attr('label', (typeof a.label === 'string' && xmlSafe(a.label)) || node);
    startEnd(a, spells);
    attvalues(a, nodeModel);
    spellElements(spells);
    color(a.color);
    if (finite(a.size) && a.size >= 0) {
      w.startElement('viz:size');
      attr('value', a.size);
      w.endElement();
    }
    if (finite(a.x) && finite(a.y)) {
      w.startElement('viz:position');
      attr('x', a.x);
      attr('y', a.y);
      if (finite(a.z)) attr('z', a.z);
      w.endElement();
    }
    w.endElement();
  });
  w.endElement();

  const reciprocal = (edge: string) => o.undirectedType === 'reciprocal' && graph.isUndirected(edge);
  w.startElement('edges');
  attr(
    'count',
    edges.reduce((n, e) => n + (reciprocal(e) ? 2 : 1), 0),
  );
  const writeEdge = (edge: string, i: number, reverse: boolean) => {
    const a = edgeAttributes[i]!;
    // A reciprocal pair shares the weight: half each way (see the header).
    const share = reciprocal(edge) ? 0.5 : 1;
    const spells = share === 1 ? edgeSpells[i] : edgeSpells[i]?.map((s) => (finite(s.weight) ? { ...s, weight: s.weight * share } : s));
    const [source, target] = reverse ? [graph.target(edge), graph.source(edge)] : [graph.source(edge), graph.target(edge)];
    w.startElement('edge');
    attr('id', xmlSafe(reverse ? `${edge}${REVERSE_SUFFIX}` : edge));
    attr('source', nodeIds.get(source)!);
    attr('target', nodeIds.get(target)!);
    attr('type', graph.isUndirected(edge) && o.undirectedType !== 'reciprocal' ? o.undirectedType : 'directed');
    attr('kind', a.relation as string);
    if (typeof a.label === 'string' && a.label) attr('label', a.label);
    attr('weight', gexfWeight(a.weight) * share);
    startEnd(a, spells);
    attvalues(a, edgeModel, spells);
    spellElements(spells);
    color(a.color);
    if (finite(a.thickness) && a.thickness >= 0) {
      w.startElement('viz:thickness');
      attr('value', a.thickness);
      w.endElement();
    }
    w.endElement();
  };
  edges.forEach((edge, i) => {
    writeEdge(edge, i, false);
    if (reciprocal(edge)) writeEdge(edge, i, true);
  });
  w.endElement();

  w.endElement(); // graph
  w.endElement(); // gexf
  sink('\n');
}

/**
 * Default spells of an edge in dynamic mode: one per date (or bucket) of its `dates`,
 * weighted by its `dateCounts` when it has them; undefined without `dates`.
 */
export function dateSpells(attributes: Attributes, bucket: TimeBucket = DEFAULTS.timeBucket): Spell[] | undefined {
  const d = edgeDates(attributes);
  if (!d) return undefined;
  return bucketCounts(d.dates, d.counts, bucket).map((b) =>
    d.exact ? { start: b.start, end: b.end, weight: b.count } : { start: b.start, end: b.end },
  );
}

/**
 * The graph as a GEXF 1.3 document (see `writeGEXF`).
 *
 * @example writeFileSync('graph.gexf', toGEXF(graph, { mode: 'dynamic' }))
 */
export function toGEXF(graph: AnyGraph, options: GEXFOptions = {}): string {
  const chunks: string[] = [];
  writeGEXF(graph, (chunk) => chunks.push(chunk), options);
  return chunks.join('');
}
