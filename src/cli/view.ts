// `actorgraph view <graph.json> --out <file.html>`: a self-contained web viewer of a built graph.
import type { Command } from 'commander';
import { writeViewer } from '../view/index.js';
import { UsageError } from './errors.js';
import type { CommandContext } from './context.js';

interface ViewFlags {
  out?: string;
  articles?: string;
  title?: string;
  quiet?: boolean;
}

export function registerView(program: Command, ctx: CommandContext): void {
  program
    .command('view')
    .description(
      'write one self-contained HTML file (sigma.js, graphology and the graph inlined) that shows a built graph in a browser, from file:// and without network',
    )
    .argument('<graph>', 'the <name>.json file of a build')
    .option('-o, --out <file>', 'the HTML file to write (default: the graph file with .html)')
    .option(
      '--articles <file>',
      'articles.jsonl giving titles and links of the evidence (default: <name>.articles.jsonl beside the graph, if present)',
    )
    .option('--title <text>', 'title of the page (default: the graph file name)')
    .option('-q, --quiet', 'no summary')
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 the graph could not be read or the file written, 2 usage error.\nExample: actorgraph view graphs/corpus.json --out graphs/corpus.html',
    )
    .action(async (graphPath: string, flags: ViewFlags) => {
      const { io } = ctx;
      const out = flags.out ?? (graphPath.toLowerCase().endsWith('.json') ? `${graphPath.slice(0, -5)}.html` : undefined);
      if (!out) throw new UsageError(`cannot derive the output name from ${graphPath}; give --out FILE.html`);
      if (out === graphPath) throw new UsageError('--out must not be the graph file itself');
      const result = await writeViewer(graphPath, out, {
        articlesPath: flags.articles,
        title: flags.title,
        onNotice: (m) => io.err(`${m}\n`),
      });
      if (!flags.quiet) {
        const articles =
          result.articles === undefined
            ? 'no articles file (evidence shown without titles or links)'
            : `${result.articles} cited article(s) from ${result.articlesPath}${result.skippedArticleLines ? ` (${result.skippedArticleLines} unreadable line(s) skipped)` : ''}`;
        io.err(
          `actorgraph: wrote ${result.path} (${Math.round(result.bytes / 1024)} KiB): ${result.nodes} actors, ${result.edges} relations, ${articles}\n`,
        );
      }
      ctx.exitCode = 0;
    });
}
