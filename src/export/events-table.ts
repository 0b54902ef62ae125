/**
 * actorgraph/export — the events table (`<name>.events.csv`, `<name>.events.tsv`)
 * ================================================================================
 *
 * One row per event in the shape of GDELT's and ICEWS's exports, for analysts who open
 * event data in pandas, R or a spreadsheet: ids, date, both actors (name, node key, code),
 * the relation, its PLOVER type and quad class, an intensity on the −10…+10
 * conflict–cooperation scale (`intensityOf`, from `data/intensity.json`: Goldstein's
 * values for the CAMEO code each PLOVER type descends from), the negated/hypothetical
 * flags, the article with its outlet and URL, the evidence sentence, and where it happened
 * (place, its country, latitude, longitude: src/places, as GDELT's ActionGeo), and how many
 * articles and distinct outlets carry its text (GDELT's NumArticles, NumSources).
 *
 *   eventsTable(events, {graph, articles})            → the CSV text
 *   eventsTable(events, {…, delimiter: '\t'})          → TSV
 *   await writeEventsTable(path, events, options)      → streamed to `path`, atomically
 *
 * Cells are written as the graph CSVs write them (csv.ts: RFC 4180 quoting, formula
 * cells neutralized, tab/CR/LF as spaces, UTF-8 without BOM), so a plain
 * `pandas.read_csv(path)` / `read.csv(path)` reads it; the TSV quotes a cell that
 * holds a `"` the same way, so `read_csv(path, sep='\t')` and `read.delim` read it.
 * Rows keep the order of the events given (events.jsonl's: by article).
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { RelationEvent } from '../types.js';
import { type AtomicOptions, writeLinesAtomic } from './atomic.js';
import { neutralizeFormula } from './csv.js';
import { xmlSafe } from './gexf.js';
import { intensityOf } from './intensity.js';

type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** The columns, in order (GDELT-like names in snake_case, as pandas users expect). */
export const EVENT_TABLE_COLUMNS = [
  'event_id',
  'date',
  'source_name',
  'source_key',
  'source_code',
  'target_name',
  'target_key',
  'target_code',
  'relation',
  'plover_type',
  'quad_class',
  'intensity',
  'negated',
  'hypothetical',
  'article_id',
  'outlet',
  'url',
  'sentence',
  'place',
  'place_country',
  'lat',
  'lon',
  'articles',
  'sources',
] as const;

export { INTENSITY_SCALE, intensityOf } from './intensity.js';
export type { IntensityEntry, IntensityScale } from './intensity.js';

/** What an article contributes to its events' rows. */
export interface EventTableArticle {
  id: string;
  source?: string;
  url?: string;
  date?: string;
}

/** Options of the events table (`eventsTable`, `writeEventsTable…`). */
export interface EventTableOptions {
  /** The build's graph: actor names and ISO3 codes (else names are the keys). */
  graph?: AnyGraph;
  /** The articles (a build's `articles.jsonl` records): outlet and URL per article. */
  articles?: Iterable<EventTableArticle> | ReadonlyMap<string, EventTableArticle>;
  /** `,` (default) or `\t`. */
  delimiter?: ',' | '\t';
}

function cell(value: string | number | boolean | undefined, delimiter: string): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutralizeFormula(xmlSafe(value).replace(/[\t\r\n]/g, ' '));
  const special = delimiter === ',' ? /[",\r\n]|^\s|\s$/ : /["\t\r\n]|^\s|\s$/;
  return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A row-maker: keeps the per-article event counter that numbers `event_id`. */
export function eventTableRows(options: EventTableOptions = {}): { header: string; row: (e: RelationEvent) => string } {
  const delimiter = options.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== '\t')
    throw new Error(`actorgraph/export: the events table's delimiter is ',' or '\\t', got ${JSON.stringify(delimiter)}`);
  const graph = options.graph;
  const articles =
    options.articles instanceof Map
      ? (options.articles as ReadonlyMap<string, EventTableArticle>)
      : new Map([...((options.articles as Iterable<EventTableArticle> | undefined) ?? [])].map((a) => [a.id, a]));
  const seen = new Map<string, number>();
  const name = (key: string) => (graph?.hasNode(key) ? String(graph.getNodeAttribute(key, 'label') ?? key) : key);
  const code = (key: string, stated: string | undefined) =>
    stated ??
    (graph?.hasNode(key)
      ? ((graph.getNodeAttribute(key, 'iso3') ?? graph.getNodeAttribute(key, 'code')) as string | undefined)
      : undefined);
  const row = (e: RelationEvent): string => {
    // `<article>-<n>`: the n-th event of its article; stable while the article is unchanged.
    const n = (seen.get(e.article) ?? 0) + 1;
    seen.set(e.article, n);
    const article = articles.get(e.article);
    const cells: Array<string | number | boolean | undefined> = [
      `${e.article}-${n}`,
      e.date ?? article?.date,
      name(e.source),
      e.source,
      code(e.source, e.sourceCode),
      name(e.target),
      e.target,
      code(e.target, e.targetCode),
      e.relation,
      e.category,
      e.quad ?? undefined,
      intensityOf(e.category),
      e.negated === true,
      e.hypothetical === true,
      e.article,
      article?.source,
      article?.url,
      e.text,
      e.place,
      e.placeCountry,
      e.lat,
      e.lon,
      // Every row has both counts: events.jsonl leaves them out for a text read once (1 article,
      // 1 source when it has an outlet, else 0, as the edges' `sources` count no missing outlet;
      // empty when the article is not known).
      e.articles ?? 1,
      e.sources ?? (article ? (article.source ? 1 : 0) : undefined),
    ];
    return cells.map((c) => cell(c, delimiter)).join(delimiter);
  };
  return { header: EVENT_TABLE_COLUMNS.join(delimiter), row };
}

/**
 * The events table as text (header, then one row per event; `\n` line ends).
 *
 * @example eventsTable(result.events, { graph: result.graph, articles: result.articles })
 */
export function eventsTable(events: Iterable<RelationEvent>, options: EventTableOptions = {}): string {
  const { header, row } = eventTableRows(options);
  let out = `${header}\n`;
  for (const e of events) out += `${row(e)}\n`;
  return out;
}

/** Streams the table to `path` atomically; resolves to the number of rows (header excluded). */
export async function writeEventsTable(
  path: string,
  events: Iterable<RelationEvent> | AsyncIterable<RelationEvent>,
  options: EventTableOptions = {},
  atomic?: AtomicOptions,
): Promise<number> {
  const { header, row } = eventTableRows(options);
  async function* lines(): AsyncGenerator<string> {
    yield header;
    for await (const e of events) yield row(e);
  }
  return (await writeLinesAtomic(path, lines(), (l) => l, atomic)) - 1;
}

/** The objects of a JSONL file, line by line (blank lines skipped). */
async function* jsonLines<T>(path: string): AsyncGenerator<T> {
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of lines) if (line.trim()) yield JSON.parse(line) as T;
  } finally {
    lines.close();
    input.destroy();
  }
}

/**
 * Writes the events table of a build from its files (`events.jsonl`, every line,
 * negated and hypothetical ones included when the build kept them; `articles.jsonl` for
 * outlets and URLs), streamed: what `build --format events-csv` does.
 *
 * @example await writeEventsTableFromFiles('graphs/corpus.events.jsonl', 'graphs/corpus.articles.jsonl', 'graphs/corpus.events.csv', { graph })
 */
export async function writeEventsTableFromFiles(
  eventsPath: string,
  articlesPath: string | undefined,
  path: string,
  options: Omit<EventTableOptions, 'articles'> = {},
  atomic?: AtomicOptions,
): Promise<number> {
  const articles = new Map<string, EventTableArticle>();
  if (articlesPath !== undefined)
    for await (const a of jsonLines<EventTableArticle & { error?: string }>(articlesPath))
      if (typeof a?.id === 'string' && !articles.has(a.id)) articles.set(a.id, { id: a.id, source: a.source, url: a.url, date: a.date });
  return writeEventsTable(path, jsonLines<RelationEvent>(eventsPath), { ...options, articles }, atomic);
}
