/**
 * actorgraph/export — CSV node and edge tables
 * =============================================
 *
 * Two table layouts, because the two tools this serves want incompatible headers (Gephi
 * finds its special columns by their exact names, `neo4j-admin import` needs `:ID`-style
 * fields in the header of the same file):
 *
 *   variant 'gephi'  (Gephi: File › Import spreadsheet, then Data Laboratory)
 *     <name>.nodes.csv        Id,Label,type,aliases,…,x,y,size,color
 *     <name>.edges.csv        Source,Target,Type,Id,Label,Weight,relation,category,…
 *       `Type` is Directed or Undirected; `Label` is the relation; `Weight` is at least 1
 *       (Gephi drops edges of weight 0); lists are JSON arrays (`["a","b, c"]`), which
 *       Gephi's list columns parse.
 *   variant 'neo4j'  (neo4j-admin database import full --nodes=… --relationships=…)
 *     <name>.neo4j.nodes.csv  id:ID,name,:LABEL,type,aliases:string[],…,mentions:long,first:date,…
 *     <name>.neo4j.edges.csv  :START_ID,:END_ID,:TYPE,key,relation,undirected:boolean,weight:long,…
 *       `:LABEL` is `Actor;Country` (Person, Organization, ArmedGroup); `:TYPE` is the
 *       relation in upper case (MET, ALLIED_WITH, SUPPORTS…; relationships are directed
 *       in Neo4j: symmetric ones are written once, with `undirected` true); lists are
 *       arrays with Neo4j's default delimiter `;` (a `;` inside an item becomes `,`);
 *       column types come from the values (`long`, `double`, `boolean`, `date` for
 *       `YYYY-MM-DD`, and arrays of them: `dates:date[]`, `dateCounts:long[]`); an
 *       empty cell sets no property. Load with, for example:
 *         neo4j-admin database import full --nodes=Actor=graphs/corpus.neo4j.nodes.csv \
 *           --relationships=graphs/corpus.neo4j.edges.csv neo4j
 *       (the `Actor=` prefix is optional: the `:LABEL` column already says it).
 *
 * `csvTables(graph, {variant})` returns `{suffix: text}` for 'gephi', 'neo4j' or
 * 'both' (default, all four files).
 *
 * Cells: RFC 4180 (comma-separated, `"` quoted with `""` inside, a header row, `\n`
 * line ends, UTF-8 without BOM so that Gephi and Neo4j see `Id` and `id:ID`). Text
 * loses the characters XML forbids and turns tab, CR and LF into spaces (one record per
 * line for every reader, Neo4j without `--multiline-fields` included). Formula
 * injection: a text cell that a spreadsheet would take for a formula (first
 * non-blank character `=`, `+`, `-`, `@` or their full-width forms, or a leading tab
 * or CR) gets a `'` in front, as OWASP advises; numbers are written by us and never are.
 * Rows and columns in a fixed order: the same graph gives the same bytes.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import { buildModel, EDGE_ATTRIBUTE_ORDER, encodeList, gexfWeight, NODE_ATTRIBUTE_ORDER, xmlSafe } from './gexf.js';
import { isoDate } from './timeline.js';

const PREFIX = 'actorgraph/export';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** Which tables `csvTables` writes: Gephi's, neo4j-admin's, or both. */
export type CSVVariant = 'gephi' | 'neo4j' | 'both';

/** Options of `csvTables` and the `csv` format. */
export interface CSVOptions {
  /** Which tables: 'both' (default), 'gephi' or 'neo4j'. */
  variant?: CSVVariant;
}

export const DEFAULTS = { variant: 'both' as CSVVariant };

/** The file name suffixes of each variant (appended to the build's name). */
export const CSV_FILES = {
  gephi: { nodes: '.nodes.csv', edges: '.edges.csv' },
  neo4j: { nodes: '.neo4j.nodes.csv', edges: '.neo4j.edges.csv' },
} as const;

const NODE_ORDER: readonly string[] = [...NODE_ATTRIBUTE_ORDER, 'x', 'y', 'size', 'color'];
const EDGE_ORDER: readonly string[] = EDGE_ATTRIBUTE_ORDER.filter((n) => n !== 'relation');

// ---- cells ----

const FORMULA = /^(?:[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/** `text` with a `'` in front when a spreadsheet would read it as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA.test(text) ? `'${text}` : text;
}

/** One field: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function quoteField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text as written in a cell: XML-safe, tab/CR/LF as spaces, neutralized, quoted. */
export function textCell(text: string): string {
  return quoteField(neutralizeFormula(xmlSafe(text).replace(/[\t\r\n]/g, ' ')));
}

function numberCell(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/** A row of cells (already formatted) as one CSV line. */
function line(cells: string[]): string {
  return `${cells.join(',')}\n`;
}

function valueCell(value: unknown, listJoin: (items: unknown[]) => string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return textCell(value);
  if (Array.isArray(value)) return value.length ? textCell(listJoin(value)) : '';
  return textCell(JSON.stringify(value) ?? String(value));
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function label(key: string, attributes: Attributes): string {
  return typeof attributes.label === 'string' && attributes.label ? attributes.label : key;
}

function relationOf(key: string, attributes: Attributes): string {
  return typeof attributes.relation === 'string' && attributes.relation ? attributes.relation : key.split(':')[0]!;
}

// ---- Gephi ----

/** Gephi's spreadsheet import: nodes table. */
export function gephiNodesCSV(graph: AnyGraph): string {
  const nodes = graph.nodes().sort(compareKeys);
  const attrs = nodes.map((n) => graph.getNodeAttributes(n));
  const model = buildModel(attrs, NODE_ORDER, new Set(['label']));
  let out = line(['Id', 'Label', ...model.map((d) => textCell(d.name))]);
  nodes.forEach((node, i) => {
    const a = attrs[i]!;
    out += line([textCell(node), textCell(label(node, a)), ...model.map((d) => valueCell(a[d.name], encodeList))]);
  });
  return out;
}

/** Gephi's spreadsheet import: edges table. */
export function gephiEdgesCSV(graph: AnyGraph): string {
  const edges = graph.edges().sort(compareKeys);
  const attrs = edges.map((e): Attributes => ({ ...graph.getEdgeAttributes(e), relation: relationOf(e, graph.getEdgeAttributes(e)) }));
  const model = buildModel(attrs, ['relation', ...EDGE_ORDER], new Set(['label', 'weight']));
  let out = line(['Source', 'Target', 'Type', 'Id', 'Label', 'Weight', ...model.map((d) => textCell(d.name))]);
  edges.forEach((edge, i) => {
    const a = attrs[i]!;
    out += line([
      textCell(graph.source(edge)),
      textCell(graph.target(edge)),
      graph.isUndirected(edge) ? 'Undirected' : 'Directed',
      textCell(edge),
      textCell(typeof a.label === 'string' && a.label ? a.label : a.relation),
      numberCell(gexfWeight(a.weight)),
      ...model.map((d) => valueCell(a[d.name], encodeList)),
    ]);
  });
  return out;
}

// ---- Neo4j ----

/** Neo4j's array delimiter (the import tool's default). */
export const NEO4J_ARRAY_DELIMITER = ';';

function neo4jList(items: unknown[]): string {
  return items
    .map((item) => (typeof item === 'string' ? item : (JSON.stringify(item) ?? '')).split(NEO4J_ARRAY_DELIMITER).join(','))
    .join(NEO4J_ARRAY_DELIMITER);
}

/** `armed_group` → `ArmedGroup`. */
export function neo4jLabel(type: unknown): string | undefined {
  if (typeof type !== 'string') return undefined;
  const words = type.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return name && /^[A-Za-z]/.test(name) ? name : undefined;
}

/** `allied_with` → `ALLIED_WITH`. */
export function neo4jType(relation: string): string {
  const t = relation.toUpperCase().replace(/[^A-Z0-9_]+/g, '_');
  return /^[A-Z]/.test(t) ? t : `REL_${t}`;
}

/** The Neo4j header type of a column from its values. */
function neo4jColumnType(values: unknown[]): string {
  const present = values.filter((v) => v !== undefined && v !== null && !(typeof v === 'number' && !Number.isFinite(v)));
  if (!present.length) return 'string';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number')) return present.every((v) => Number.isSafeInteger(v)) ? 'long' : 'double';
  if (present.every((v) => typeof v === 'string' && isoDate(v) === v)) return 'date';
  if (present.every(Array.isArray)) {
    const items = (present as unknown[][]).flat();
    if (!items.length) return 'string[]';
    if (items.every((v) => typeof v === 'number' && Number.isSafeInteger(v))) return 'long[]';
    if (items.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'double[]';
    if (items.every((v) => typeof v === 'string' && isoDate(v) === v)) return 'date[]';
    return 'string[]';
  }
  return 'string';
}

interface Neo4jColumn {
  name: string;
  header: string;
}

function neo4jColumns(attrs: Attributes[], order: readonly string[], reserved: Set<string>): Neo4jColumn[] {
  return buildModel(attrs, order, reserved).map((d) => {
    const type = neo4jColumnType(attrs.map((a) => a[d.name]));
    // A property name with ':' would be read as a type suffix.
    const name = d.name.replace(/:/g, '_');
    return { name: d.name, header: textCell(type === 'string' ? name : `${name}:${type}`) };
  });
}

/** `neo4j-admin import`: nodes file. */
export function neo4jNodesCSV(graph: AnyGraph): string {
  const nodes = graph.nodes().sort(compareKeys);
  const attrs = nodes.map((n) => graph.getNodeAttributes(n));
  const columns = neo4jColumns(attrs, NODE_ORDER, new Set(['label', 'name', 'id']));
  let out = line(['id:ID', 'name', ':LABEL', ...columns.map((c) => c.header)]);
  nodes.forEach((node, i) => {
    const a = attrs[i]!;
    const typeLabel = neo4jLabel(a.type);
    out += line([
      textCell(node),
      textCell(label(node, a)),
      typeLabel && typeLabel !== 'Actor' ? `Actor${NEO4J_ARRAY_DELIMITER}${typeLabel}` : 'Actor',
      ...columns.map((c) => valueCell(a[c.name], neo4jList)),
    ]);
  });
  return out;
}

/** `neo4j-admin import`: relationships file. */
export function neo4jEdgesCSV(graph: AnyGraph): string {
  const edges = graph.edges().sort(compareKeys);
  const attrs = edges.map((e): Attributes => {
    const a = graph.getEdgeAttributes(e);
    return { ...a, relation: relationOf(e, a), undirected: graph.isUndirected(e) };
  });
  const columns = neo4jColumns(attrs, ['relation', 'undirected', 'weight', ...EDGE_ORDER], new Set(['key']));
  let out = line([':START_ID', ':END_ID', ':TYPE', 'key', ...columns.map((c) => c.header)]);
  edges.forEach((edge, i) => {
    const a = attrs[i]!;
    out += line([
      textCell(graph.source(edge)),
      textCell(graph.target(edge)),
      textCell(neo4jType(a.relation as string)),
      textCell(edge),
      ...columns.map((c) => valueCell(a[c.name], neo4jList)),
    ]);
  });
  return out;
}

/**
 * The tables of `variant`, keyed by file name suffix (see `CSV_FILES`).
 *
 * @example csvTables(graph) // {'nodes.csv': …, 'edges.csv': …, …}
 */
export function csvTables(graph: AnyGraph, options: CSVOptions = {}): Record<string, string> {
  const variant = options.variant ?? DEFAULTS.variant;
  if (variant !== 'gephi' && variant !== 'neo4j' && variant !== 'both')
    throw new Error(`${PREFIX}: CSV variant must be 'gephi', 'neo4j' or 'both', got ${JSON.stringify(variant)}`);
  const out: Record<string, string> = {};
  if (variant !== 'neo4j') {
    out[CSV_FILES.gephi.nodes] = gephiNodesCSV(graph);
    out[CSV_FILES.gephi.edges] = gephiEdgesCSV(graph);
  }
  if (variant !== 'gephi') {
    out[CSV_FILES.neo4j.nodes] = neo4jNodesCSV(graph);
    out[CSV_FILES.neo4j.edges] = neo4jEdgesCSV(graph);
  }
  return out;
}
