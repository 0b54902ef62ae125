// `actorgraph eval --gold <dir> <input>...`: builds the input into a temporary folder and scores it
// against gold annotations as ../shared/eval/GUIDELINES.md defines (the same figures as score.py).
import type { Command } from 'commander';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildFromFiles, writeBuild } from '../pipeline/build.js';
import { formatReport, scoreFiles } from '../eval/index.js';
import { UsageError, type CommandContext } from './run.js';

interface EvalFlags {
  gold: string;
  build?: string;
  name: string;
  verbose?: boolean;
  json?: boolean;
  aliases?: string;
}

export function registerEval(program: Command, ctx: CommandContext): void {
  program
    .command('eval')
    .description('score a build against gold annotations: P/R/F1 for actors and relations, per type, and the misses article by article')
    .argument('[input...]', 'articles to build and score (files or folders); omit with --build')
    .requiredOption('-g, --gold <dir>', 'folder of gold annotation files (*.json)')
    .option('--build <dir>', 'score an existing build folder instead of building the input')
    .option('-n, --name <name>', 'base name of the build files (with --build)', 'graph')
    .option('--aliases <file>', 'aliases file for the build (see build --help)')
    .option('-v, --verbose', 'list false positives and misses article by article')
    .option('--json', 'print the report as JSON')
    .addHelpText('after', '\nExample: actorgraph eval --gold ../shared/eval/dev ../shared/eval/dev/articles -v')
    .action(async (inputs: string[], flags: EvalFlags) => {
      let dir = flags.build;
      let tmp: string | undefined;
      if (!dir) {
        if (!inputs.length) throw new UsageError('eval: give the articles to build, or --build <dir> of an existing build');
        tmp = dir = await mkdtemp(path.join(os.tmpdir(), 'actorgraph-eval-'));
        const result = await buildFromFiles(inputs, { aliases: flags.aliases, analyze: false });
        await writeBuild(result, dir, flags.name);
      }
      try {
        const report = await scoreFiles(dir, flags.name, flags.gold);
        ctx.io.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, { verbose: flags.verbose })}\n`);
      } finally {
        if (tmp) await rm(tmp, { recursive: true, force: true });
      }
    });
}
