// `actorgraph query <graph> <question> [args] [--json]`: asks a built graph a question with the
// library in src/query/, and prints an aligned table (or JSON with --json). The graph comes before
// the question, so the `query` command takes its words raw and hands `<question> [args]` to a
// second commander program with one sub-command per question (each with its own --help).
import { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { CommandContext } from './context.js';
import { UsageError } from './errors.js';
import { QUESTION_NAMES, QUESTIONS } from './questions/index.js';
import { withFilters } from './questions/options.js';
import { questionSession } from './questions/session.js';
import { terminalSafe } from './terminal.js';

/**
 * Registers `actorgraph query <graph> <question> [args] [--json]` and its questions.
 *
 * @example registerQuery(program, ctx); await program.parseAsync(['query', 'graphs/corpus.json', 'top'], { from: 'user' });
 */
export function registerQuery(program: Command, ctx: CommandContext): void {
  program
    .command('query')
    .description(
      'ask a built graph a question: actor, relations, neighbors, between, path, top, ego, communities, components, events, timeline, subgraph (see query --help)',
    )
    .argument('<graph>', 'the graph file (.json or .gexf)')
    .argument('[question]', QUESTION_NAMES.join(', '))
    .argument('[args...]', "the question's arguments and options")
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    // `actorgraph help query` shows the questions, as `actorgraph query --help` does.
    .configureHelp({ formatHelp: () => questions(ctx, '').helpInformation() })
    .action(async (graphPath: string, question: string | undefined, args: string[]) => {
      const words = [graphPath, ...(question === undefined ? [] : [question]), ...args];
      // `query --help`, `query help [question]`: the questions' help, no graph needed.
      if (graphPath === '--help' || graphPath === '-h' || graphPath === 'help') {
        await questions(ctx, '').parseAsync(graphPath === 'help' ? words : ['--help'], { from: 'user' });
        return;
      }
      if (QUESTION_NAMES.includes(graphPath) && !existsSync(graphPath))
        throw new UsageError(`the graph file comes first: actorgraph query <graph> ${words.join(' ')}`);
      if (question === undefined) throw new UsageError(`which question? one of ${QUESTION_NAMES.join(', ')} (actorgraph query --help)`);
      await questions(ctx, graphPath).parseAsync(words.slice(1), { from: 'user' });
    });
}

/** The second-level program: one sub-command per question, the graph already known. */
function questions(ctx: CommandContext, graphPath: string): Command {
  // Everything printed goes through terminalSafe: graph and aliases files are not trusted text.
  const io = { ...ctx.io, out: (s: string) => ctx.io.out(terminalSafe(s)), err: (s: string) => ctx.io.err(terminalSafe(s)) };
  const inner = new Command('actorgraph query <graph>')
    .usage('<question> [args] [options]')
    .description(
      'Ask a built graph (.json or .gexf, as written by actorgraph build) a question. Actors are named by key, label, any alias or ISO3 code (case and accents do not matter); quote names with spaces.',
    )
    .option('--json', 'print JSON instead of a table')
    .option('--country', 'ask the country-level projection (persons folded into the state or organization they serve)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  actorgraph query graphs/corpus.json actor Erdogan',
        '  actorgraph query graphs/corpus.json relations Iran --relation supports',
        '  actorgraph query graphs/corpus.json between Russia Turkey',
        '  actorgraph query graphs/corpus.json path Turkey Hezbollah',
        '  actorgraph query graphs/corpus.json top --by pagerank -n 10 --type country',
        '  actorgraph query graphs/corpus.json ego Syria --radius 1 --out syria.gexf',
        '  actorgraph query graphs/corpus.json events --actor Iran --relation supports --from 2016 --to 2016',
        '  actorgraph query graphs/corpus.json timeline Russia Turkey --by year',
        '',
        'Exit codes: 0 answered, 1 unknown actor, no path, or an unreadable file, 2 usage error.',
      ].join('\n'),
    );

  const q = questionSession(inner, ctx, io, graphPath);
  for (const question of QUESTIONS) {
    const cmd = inner
      .command(question.name)
      .description(question.description)
      .exitOverride()
      .configureOutput({ writeOut: io.out, writeErr: io.err })
      .showHelpAfterError('(run with --help for usage)')
      .addHelpText('after', `\nExample: actorgraph query graphs/corpus.json ${question.example}`);
    if (question.filters) withFilters(cmd, question.filters.direction);
    question.define(cmd, q);
  }
  return inner;
}
