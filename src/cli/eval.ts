// `actorgraph eval --gold <dir> <input>...`: builds the input into a temporary folder and scores it
// against gold annotations as ../shared/eval/GUIDELINES.md defines (the same figures as score.py).
// `actorgraph eval --plover <file>`: builds PLOVER gold-standard records and scores them as
// `score.py plover` does. `--half` keeps one half of the gold (the fixed rule of eval/split.ts).
// PLOVER records are built with generic actors on: PLOVER (like CAMEO) codes a country's rebels,
// refugees and civilians ("Rwandan rebels", "Palestinians") by the country, and a generic sector
// actor carries its country. The article gold (GUIDELINES.md) is built as `build` builds it.
import type { Command } from 'commander';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildFromFiles, writeBuild } from '../pipeline/build.js';
import { formatReport, loadGold, readBuild, scoreBuild } from '../eval/index.js';
import { formatPloverReport, loadPlover, ploverJsonl, scorePlover } from '../eval/plover.js';
import { articleHalf, HALVES, parseHalf, type Half } from '../eval/split.js';
import { UsageError } from './errors.js';
import type { CommandContext } from './context.js';

interface EvalFlags {
  gold?: string;
  plover?: string;
  half?: string;
  build?: string;
  name: string;
  verbose?: boolean;
  json?: boolean;
  aliases?: string;
}

function half(flags: EvalFlags): Half | undefined {
  if (flags.half === undefined) return undefined;
  try {
    return parseHalf(flags.half);
  } catch (err) {
    throw new UsageError(`eval: ${(err as Error).message.replace(/^actorgraph\/eval: /, '')}`);
  }
}

export function registerEval(program: Command, ctx: CommandContext): void {
  program
    .command('eval')
    .description(
      'score a build against gold annotations (per-article gold, or PLOVER records): P/R/F1 for actors and relations, per type, and the misses',
    )
    .argument('[input...]', 'articles to build and score (files or folders); omit with --build or --plover')
    .option('-g, --gold <dir>', 'folder of gold annotation files (*.json)')
    .option(
      '--plover <file>',
      "a PLOVER gold-standard JSON file: its records are built (with generic actors, as PLOVER codes a country's groups by the country) and scored (as score.py plover)",
    )
    .option(
      '--half <half>',
      `score one half of the gold only: ${HALVES.join(' or ')} (articles by the parity of the id's last digit, PLOVER records by position)`,
    )
    .option('--build <dir>', 'score an existing build folder instead of building the input')
    .option('-n, --name <name>', 'base name of the build files (with --build)', 'graph')
    .option('--aliases <file>', 'aliases file for the build (see build --help)')
    .option('-v, --verbose', 'list false positives and misses article by article (record by record)')
    .option('--json', 'print the report as JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  actorgraph eval --gold ../shared/eval/dev ../shared/eval/dev/articles -v\n' +
        '  actorgraph eval --gold ../shared/eval/dev2 ../shared/eval/dev2/articles --half develop\n' +
        '  actorgraph eval --plover ../shared/eval/plover/PLOVER_GSR_dev.json --half develop -v',
    )
    .action(async (inputs: string[], flags: EvalFlags) => {
      const which = half(flags);
      if (!flags.gold === !flags.plover) throw new UsageError('eval: give either --gold <dir> (with the articles) or --plover <file>');
      let dir = flags.build;
      let tmp: string | undefined;
      try {
        if (flags.plover) {
          const records = await loadPlover(flags.plover, which);
          if (!dir) {
            tmp = dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-eval-'));
            const input = path.join(tmp, 'plover.jsonl');
            await writeFile(input, ploverJsonl(records));
            const result = await buildFromFiles([input], { aliases: flags.aliases, analyze: false, genericActors: true });
            await writeBuild(result, dir, flags.name);
          }
          const report = scorePlover(await readBuild(dir, flags.name), records);
          ctx.io.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatPloverReport(report, { verbose: flags.verbose }));
          return;
        }
        if (!dir) {
          if (!inputs.length) throw new UsageError('eval: give the articles to build, or --build <dir> of an existing build');
          tmp = dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-eval-'));
          const result = await buildFromFiles(inputs, { aliases: flags.aliases, analyze: false });
          await writeBuild(result, dir, flags.name);
        }
        const gold = await loadGold(flags.gold!);
        if (which) gold.articles = gold.articles.filter((a) => articleHalf(a.article) === which);
        const report = scoreBuild(await readBuild(dir, flags.name), gold);
        ctx.io.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, { verbose: flags.verbose })}\n`);
      } finally {
        if (tmp) await rm(tmp, { recursive: true, force: true });
      }
    });
}
