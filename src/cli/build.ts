// `actorgraph build <input>... --out <dir>`: articles in, the four output files out.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { buildFromFiles, outputFiles, writeBuild } from '../pipeline/build.js';
import { UsageError, type CommandContext } from './run.js';

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
  keepUncertain?: boolean;
  quiet?: boolean;
  progress?: boolean;
}

export function registerBuild(program: Command, ctx: CommandContext): void {
  program
    .command('build')
    .description('read articles (.txt, .jsonl, .csv files or folders) and write <name>.json, <name>.gexf, <name>.events.jsonl and <name>.articles.jsonl')
    .argument('<input...>', 'files or folders (read recursively)')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('-n, --name <name>', 'base name of the output files', 'graph')
    .option('--level <level>', 'actor: every actor; country: persons folded into the state or organization they serve', 'actor')
    .option('--aliases <file>', 'JSON file pinning identities: {"aliases": {name: canonical}, "actors": [...], "distinct": [[a, b]]}')
    .option('--id-column <name>', 'CSV/JSONL column holding the article id')
    .option('--text-column <name>', 'CSV/JSONL column holding the article text')
    .option('--title-column <name>', 'CSV/JSONL column holding the title')
    .option('--date-column <name>', 'CSV/JSONL column holding the date')
    .option('--source-column <name>', 'CSV/JSONL column holding the source')
    .option('--url-column <name>', 'CSV/JSONL column holding the URL')
    .option('--keep-uncertain', 'also write negated and hypothetical events to events.jsonl (flagged; never counted in the graph)')
    .option('-q, --quiet', 'no progress bar and no summary')
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 some input was rejected (the rest was built), 2 usage error.\nExample: actorgraph build corpus/ --out graphs --name corpus',
    )
    .action(async (inputs: string[], flags: BuildFlags) => {
      const { io } = ctx;
      if (flags.level !== 'actor' && flags.level !== 'country') throw new UsageError(`--level must be "actor" or "country", got "${flags.level}"`);
      try {
        outputFiles(flags.out, flags.name);
      } catch (e) {
        throw new UsageError((e as Error).message.replace(/^actorgraph\/build: /, ''));
      }
      const bar =
        io.isTTY && !flags.quiet
          ? new cliProgress.SingleBar(
              { format: 'building |{bar}| {value} articles | {speed} articles/s', stream: process.stderr, hideCursor: true, clearOnComplete: true },
              cliProgress.Presets.shades_classic,
            )
          : undefined;
      const started = Date.now();
      bar?.start(0, 0, { speed: 0 });
      const result = await buildFromFiles(inputs, {
        aliases: flags.aliases,
        level: flags.level as 'actor' | 'country',
        keepUncertain: flags.keepUncertain,
        idColumn: flags.idColumn,
        textColumn: flags.textColumn,
        titleColumn: flags.titleColumn,
        dateColumn: flags.dateColumn,
        sourceColumn: flags.sourceColumn,
        urlColumn: flags.urlColumn,
        onArticle: (n) => {
          if (bar) {
            bar.setTotal(n);
            bar.update(n, { speed: Math.round((n * 1000) / Math.max(1, Date.now() - started)) });
          }
        },
      } as Parameters<typeof buildFromFiles>[1]);
      bar?.stop();
      for (const p of result.problems) io.err(`${p.message}\n`);
      const files = await writeBuild(result, flags.out, flags.name);
      if (!flags.quiet) {
        const s = result.summary;
        const lines = [
          `actorgraph: ${s.articles} articles, ${s.nodes} actors, ${s.edges} relations (${s.events} events)`,
          s.rejected ? `  ${s.rejected} input(s) rejected (see above; listed with "error" in ${files.articles})` : '',
          s.undated ? `  ${s.undated} article(s) without a date (kept; no first/last dates from them)` : '',
          result.notices.length ? `  ${result.notices.length} notice(s): ${result.notices.slice(0, 3).join('; ')}${result.notices.length > 3 ? '; …' : ''}` : '',
          `  wrote ${files.json}, ${files.gexf}, ${files.events}, ${files.articles}`,
        ];
        io.err(lines.filter(Boolean).join('\n') + '\n');
      }
      ctx.exitCode = result.problems.length ? 1 : 0;
    });
}
