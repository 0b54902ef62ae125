// The command line, as a function: `run(argv)` parses with commander, calls the library, and
// returns the exit code (0 success, 1 some input rejected or a run failed, 2 usage error), so the
// CLI is testable without a process. Commands are registered from one file each.
import { terminalSafe } from './terminal.js';
import { Command, CommanderError } from 'commander';
import { registerBuild } from './build.js';
import { registerEval } from './eval.js';
import { registerQuery } from './query.js';
import { registerReport } from './report.js';
import { registerView } from './view.js';
import { UsageError } from './errors.js';
import type { CliIO, CommandContext } from './context.js';

// Re-exported: the names scripts and tests imported from here before they had their own modules.
export { UsageError } from './errors.js';
export type { CliIO, CommandContext } from './context.js';

export const processIO: CliIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  isTTY: process.stderr.isTTY === true,
};

export const VERSION = '0.1.0';

/**
 * Runs the CLI on `argv` (without `node` and the script) and resolves to the exit code.
 *
 * @example await run(['build', 'corpus/', '--out', 'graphs']) // 0
 */
export async function run(argv: string[], io: CliIO = processIO): Promise<number> {
  const ctx: CommandContext = { io, exitCode: 0 };
  const program = new Command()
    .name('actorgraph')
    .description('Builds a graph of actors (states, organizations, armed groups, officials) and their relations from news articles.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  registerBuild(program, ctx);
  registerEval(program, ctx);
  registerQuery(program, ctx);
  registerReport(program, ctx);
  registerView(program, ctx);
  program.commands.forEach((c) => {
    c.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err }).showHelpAfterError('(run with --help for usage)');
  });
  if (argv.length === 0) {
    program.outputHelp();
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      io.err(`actorgraph: ${e.message}\n(run with --help for usage)\n`);
      return 2;
    }
    // Messages may quote names from graph or input files: never raw escape sequences.
    io.err(`${terminalSafe((e as Error).message)}\n`);
    return 1;
  }
  return ctx.exitCode;
}
