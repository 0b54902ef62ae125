// `actorgraph build <input>... --out <dir>`: articles in, the four output files out.
import type { Command } from 'commander';
import path from 'node:path';
import { outputFiles } from '../pipeline/build.js';
import {
  type GEXFOptions,
  parseFormats,
  toGEXF,
  toJSON,
  TIME_BUCKETS,
  type TimeBucket,
  writeEventsTableFromFiles,
  writeFileAtomic,
  writeFormats,
} from '../export/index.js';
import { writeViewer } from '../view/index.js';
import { DEFAULTS as GRAPH_DEFAULTS } from '../graph/model.js';
import { buildToFiles, capJobs, defaultJobs, isOwnPath, type StreamBuildOptions, type StreamBuildResult } from '../pipeline/stream.js';
import { Builder, type BuilderBuildOptions } from '../pipeline/builder.js';
import { watchInputs } from '../pipeline/watch.js';
import { progressBar } from '../pipeline/progress.js';
import { describeSkipped, NothingReadError } from '../pipeline/nothing-read.js';
import { noticeLines } from '../pipeline/notices.js';
import { parseDelimiter } from '../ingest/delimiter.js';
import { DATE_ORDERS, type DateOrder } from '../ingest/dates.js';
import { UsageError } from './errors.js';
import type { CliIO, CommandContext } from './context.js';

interface BuildFlags {
  out: string;
  name: string;
  level: string;
  aliases?: string;
  idColumn?: string;
  textColumn?: string;
  titleColumn?: string;
  dateColumn?: string;
  sourceColumn?: string;
  urlColumn?: string;
  delimiter?: string;
  dateOrder?: string;
  keepUncertain?: boolean;
  quiet?: boolean;
  timings?: boolean;
  jobs?: string;
  dynamic?: boolean;
  timeGranularity?: string;
  dropIsolates?: boolean;
  format?: string;
  maxArticleBytes?: string;
  /** A folder (`--cache <dir>`), false (`--no-cache`), or undefined (the default folder). */
  cache?: string | boolean;
  watch?: boolean;
  followSymlinks?: boolean;
}

/** The event tables `--format` also takes: one row per event, comma- or tab-separated. */
const EVENT_TABLES = ['events-csv', 'events-tsv'];

/** The largest --jobs accepted. */
const MAX_JOBS = 256;

export function registerBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description(
      'read articles (.txt, .jsonl, .csv files or folders) and write <name>.json, <name>.gexf, <name>.events.jsonl and <name>.articles.jsonl',
    )
    .argument('<input...>', 'files or folders (read recursively)')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-n, --name <name>', 'base name of the output files', 'graph')
    .option(
      '--level <level>',
      'actor: every actor; country: persons folded into the state or organization they serve',
      GRAPH_DEFAULTS.level,
    )
    .option('--aliases <file>', 'JSON file pinning identities: {"aliases": {name: canonical}, "actors": [...], "distinct": [[a, b]]}')
    .option('--id-column <name>', 'CSV/JSONL column holding the article id')
    .option('--text-column <name>', 'CSV/JSONL column holding the article text')
    .option('--title-column <name>', 'CSV/JSONL column holding the title')
    .option('--date-column <name>', 'CSV/JSONL column holding the date')
    .option('--source-column <name>', 'CSV/JSONL column holding the source')
    .option('--url-column <name>', 'CSV/JSONL column holding the URL')
    .option('--delimiter <char>', "CSV delimiter: , ; | or tab (default: guessed from each file's header line)")
    .option('--date-order <order>', 'how slashed dates such as 4/10/2017 are read: mdy (month first, default) or dmy (day first)')
    .option('--keep-uncertain', 'also write negated and hypothetical events to events.jsonl (flagged; never counted in the graph)')
    .option('-q, --quiet', 'no progress bar and no summary (with --watch: only errors)')
    .option('--timings', 'also print the time each phase took (extract, merge, write, analyze, export)')
    .option('--max-article-bytes <n>', 'reject an article larger than this many bytes, with a message (default 10485760, 10 MiB)')
    .option('--dynamic', "write the GEXF in dynamic mode (timeformat date: each edge's event dates, each node's span) for Gephi's timeline")
    .option(
      '--time-granularity <unit>',
      "with a dynamic GEXF: one spell per day (default), month or year of each edge's events (implies --dynamic)",
    )
    .option('--drop-isolates', 'leave the actors without any relation out of the graph files (json, gexf and the other formats)')
    .option(
      '-f, --format <list>',
      'more formats besides json and gexf, comma-separated: graphml, csv (Gephi and Neo4j tables), html (the viewer), events-csv and events-tsv (one row per event, as GDELT/ICEWS exports)',
    )
    .option('-j, --jobs <n>', `worker threads extracting articles (default: the number of cores, ${defaultJobs()} here; 1: no threads)`)
    .option('--cache <dir>', 'folder of the extraction cache (default: <out>/.actorgraph-cache)')
    .option('--no-cache', 'extract every article again, neither reading nor writing the cache')
    .option('--follow-symlinks', 'also read files that links in the input folders lead to outside them (default: not read, with a notice)')
    .option(
      '-w, --watch',
      'after the build, rebuild whenever an input (or the aliases file) changes, keeping the worker threads warm; Ctrl-C stops',
    )
    .addHelpText(
      'after',
      '\nA rebuild extracts only articles that are new or changed (or all of them after a change to the lexicon, an aliases file or the extractor).' +
        '\nExit codes: 0 success, 1 some input was rejected (the rest was built), 2 usage error.\nExample: actorgraph build corpus/ --out graphs --name corpus --jobs 2',
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      const { io } = ctx;
      if (flags.level !== 'actor' && flags.level !== 'country')
        throw new UsageError(`--level must be "actor" or "country", got "${flags.level}"`);
      try {
        outputFiles(flags.out, flags.name);
      } catch (e) {
        throw new UsageError((e as Error).message.replace(/^actorgraph\/build: /, ''));
      }
      let jobs = defaultJobs();
      if (flags.jobs !== undefined) {
        if (!/^\d+$/.test(flags.jobs.trim()) || Number(flags.jobs) < 1 || Number(flags.jobs) > MAX_JOBS)
          throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, got "${flags.jobs}"`);
        jobs = Number(flags.jobs);
        const capped = capJobs(jobs);
        if (capped.notice) io.err(`${capped.notice}\n`);
        jobs = capped.jobs;
      }
      if (flags.cache === '') throw new UsageError('--cache needs a folder');
      let maxArticleBytes: number | undefined;
      if (flags.maxArticleBytes !== undefined) {
        if (!/^\d+$/.test(flags.maxArticleBytes.trim()) || Number(flags.maxArticleBytes) < 1)
          throw new UsageError(`--max-article-bytes must be a positive whole number, got "${flags.maxArticleBytes}"`);
        maxArticleBytes = Number(flags.maxArticleBytes);
      }
      let delimiter: string | undefined;
      if (flags.delimiter !== undefined) {
        delimiter = parseDelimiter(flags.delimiter);
        if (delimiter === undefined)
          throw new UsageError(`--delimiter must be one of , ; | or tab, got ${JSON.stringify(flags.delimiter)}`);
      }
      if (flags.dateOrder !== undefined && !(DATE_ORDERS as readonly string[]).includes(flags.dateOrder))
        throw new UsageError(`--date-order must be mdy (month/day/year) or dmy (day/month/year), got ${JSON.stringify(flags.dateOrder)}`);
      if (flags.timeGranularity !== undefined && !(TIME_BUCKETS as readonly string[]).includes(flags.timeGranularity))
        throw new UsageError(`--time-granularity must be day, month or year, got ${JSON.stringify(flags.timeGranularity)}`);
      let formats: string[] = [];
      if (flags.format !== undefined) {
        try {
          // The event tables are no graph format (they are written from events.jsonl): taken apart here.
          const names = flags.format
            .split(',')
            .map((f) => f.trim().toLowerCase())
            .filter(Boolean);
          const tables = names.filter((f) => EVENT_TABLES.includes(f));
          formats = [
            ...parseFormats(names.filter((f) => !EVENT_TABLES.includes(f))).filter((f) => f !== 'json' && f !== 'gexf'),
            ...new Set(tables),
          ];
        } catch (e) {
          throw new UsageError(`--format: ${(e as Error).message.replace(/^actorgraph\/export: /, '')}`);
        }
      }
      // What each build takes; the worker threads' own options (jobs, aliases, keepUncertain) apart,
      // since a --watch builder keeps its threads, made with them, from one build to the next.
      const perBuild: BuilderBuildOptions = {
        level: flags.level as 'actor' | 'country',
        idColumn: flags.idColumn,
        textColumn: flags.textColumn,
        titleColumn: flags.titleColumn,
        dateColumn: flags.dateColumn,
        sourceColumn: flags.sourceColumn,
        urlColumn: flags.urlColumn,
        delimiter,
        dateOrder: flags.dateOrder as DateOrder | undefined,
        cache: flags.cache === undefined ? true : flags.cache,
        gexf:
          flags.dynamic || flags.timeGranularity
            ? { mode: 'dynamic', ...(flags.timeGranularity ? { timeBucket: flags.timeGranularity as TimeBucket } : {}) }
            : {},
        maxArticleBytes,
        followSymlinks: flags.followSymlinks === true,
      };
      const threads = { jobs, aliases: flags.aliases, keepUncertain: flags.keepUncertain };
      if (!flags.watch) {
        ctx.exitCode = await buildOnce(flags, formats, perBuild.gexf ?? {}, io, (o) =>
          buildToFiles(inputs, flags.out, flags.name, { ...perBuild, ...threads, ...o }),
        );
        return;
      }
      // --watch: one builder (its threads stay warm), a build now and one after each change.
      const builder = new Builder(threads);
      const watched = [...inputs, ...(flags.aliases ? [flags.aliases] : [])];
      const stop = io.signal ? undefined : stopOnSignals(io);
      const signal = io.signal ?? stop!.signal;
      const once = async () => {
        try {
          ctx.exitCode = await buildOnce(flags, formats, perBuild.gexf ?? {}, io, (o) =>
            builder.build(inputs, flags.out, flags.name, { ...perBuild, ...o }),
          );
        } catch (e) {
          io.err(`${(e as Error).message}\n`);
          ctx.exitCode = 1;
        }
      };
      try {
        await once();
        await watchInputs(
          watched,
          async (changed) => {
            if (!flags.quiet)
              io.err(`actorgraph: ${changed.length === 1 ? `${changed[0]} changed` : `${changed.length} changes`}: building again\n`);
            await once();
          },
          {
            signal,
            ignore: isOwnPath(flags.out, flags.name, perBuild.cache), // temporary files and the lock are hidden: ignored too
            onReady: () => {
              if (!flags.quiet) io.err(`actorgraph: watching ${watched.join(', ')} for changes (Ctrl-C to stop)\n`);
            },
            onError: (e) => io.err(`actorgraph: watching: ${e.message}\n`),
          },
        );
      } finally {
        stop?.dispose();
        await builder.close();
      }
    });
}

/**
 * SIGINT and SIGTERM, as an abort signal: while watching, the process ends once the build under way
 * is done; a second signal finds the default handler again and ends it at once (outputs are written
 * whole or not at all, and what was extracted stays cached).
 */
function stopOnSignals(io: CliIO): { signal: AbortSignal; dispose: () => void } {
  const controller = new AbortController();
  const abort = () => {
    if (controller.signal.aborted) return;
    io.err('actorgraph: stopping once the build under way is done (Ctrl-C again to stop at once)\n');
    controller.abort();
    process.off('SIGINT', abort);
    process.off('SIGTERM', abort);
  };
  process.once('SIGINT', abort);
  process.once('SIGTERM', abort);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', abort);
      process.off('SIGTERM', abort);
    },
  };
}

/** The notices that are not about the input (cache notes and the like), each once. */
function otherNotices(result: StreamBuildResult): string[] {
  const ingest = new Set(result.ingestNotices.map((n) => n.message));
  return result.notices.filter((n) => !ingest.has(n));
}

/** One build with its progress bar, the extra formats and the summary; resolves to the exit code. */
async function buildOnce(
  flags: BuildFlags,
  formats: string[],
  gexfOptions: GEXFOptions,
  io: CliIO,
  build: (o: Pick<StreamBuildOptions, 'onProgress' | 'estimateTotal'>) => Promise<StreamBuildResult>,
): Promise<number> {
  const stream = { write: (s: string) => io.err(s), isTTY: io.isTTY === true, columns: process.stderr.columns || 80 };
  const bar = progressBar(stream, flags.quiet === true);
  let result: StreamBuildResult;
  try {
    result = await build({ onProgress: bar ? (p) => bar.update(p) : undefined, estimateTotal: bar !== undefined });
  } catch (e) {
    // Nothing read: what was rejected first, then the error saying what was given and found.
    if (e instanceof NothingReadError) {
      bar?.stop();
      for (const p of e.problems) io.err(`${p.message}\n`);
    }
    throw e;
  } finally {
    bar?.stop();
  }
  for (const p of result.problems) io.err(`${p.message}\n`);
  const files = result.files;
  let graph = result.graph;
  if (flags.dropIsolates) {
    // The build writes every actor; the graph files are written again without the isolated ones
    // (the events and articles tables stay whole).
    graph = graph.copy();
    for (const node of graph.filterNodes((n) => graph.degree(n) === 0)) graph.dropNode(node);
    await writeFileAtomic(files.json, toJSON(graph));
    await writeFileAtomic(files.gexf, toGEXF(graph, gexfOptions));
  }
  // The other formats, from the graph just built (the viewer reads the files just written).
  const extra: string[] = [];
  const tables = formats.filter((f) => f !== 'html' && !EVENT_TABLES.includes(f));
  if (tables.length) extra.push(...(await writeFormats({ graph }, flags.out, flags.name, tables)));
  for (const table of formats.filter((f) => EVENT_TABLES.includes(f))) {
    const file = path.join(flags.out, `${flags.name}.events.${table === 'events-tsv' ? 'tsv' : 'csv'}`);
    await writeEventsTableFromFiles(files.events, files.articles, file, {
      graph: result.graph,
      delimiter: table === 'events-tsv' ? '\t' : ',',
    });
    extra.push(file);
  }
  if (formats.includes('html'))
    extra.push((await writeViewer(files.json, path.join(flags.out, `${flags.name}.html`), { title: flags.name })).path);
  if (!flags.quiet) {
    const s = result.summary;
    const lines = [
      `actorgraph: ${s.articles} articles, ${s.nodes} actors${graph.order < s.nodes ? ` (${s.nodes - graph.order} without relations left out)` : ''}, ${s.edges} relations (${s.events} events)`,
      s.rejected ? `  ${s.rejected} input(s) rejected (see above; listed with "error" in ${files.articles})` : '',
      result.skipped.length ? `  skipped ${describeSkipped(result.skipped)} (only .txt, .jsonl and .csv files are read)` : '',
      s.undated
        ? `  ${s.undated} article(s) without a date (kept; no first/last dates from them; a date column of another name is named with --date-column)`
        : '',
      ...noticeLines(result.ingestNotices, otherNotices(result), files.articles),
      result.cache.dir !== undefined && (result.cache.hits || result.cache.misses)
        ? `  ${result.cache.misses} article(s) extracted, ${result.cache.hits} from the cache${result.resumed ? `, ${result.resumed} kept as written by the last build` : ''} (${result.jobs} job(s)${result.jobs > 1 && result.workers < result.jobs ? `, ${result.workers} worker thread(s) started` : ''})`
        : '',
      flags.timings
        ? `  timings: ${Object.entries(result.timings)
            .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
            .join(', ')}`
        : '',
      `  wrote ${[files.json, files.gexf, files.events, files.articles, ...extra].join(', ')}`,
    ];
    io.err(lines.filter(Boolean).join('\n') + '\n');
  }
  return result.problems.length ? 1 : 0;
}
