// `actorgraph report <graph.json>`: the most mentioned actors with their aliases, for reading a
// build for wrong merges and junk actors.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { ActorNodeAttributes } from '../graph/assemble.js';
import { UsageError } from './errors.js';
import type { CommandContext } from './context.js';
import { terminalSafe } from './terminal.js';

interface ReportFlags {
  top: string;
  type?: string;
  json?: boolean;
}

interface ReportRow {
  key: string;
  label: string;
  type: string;
  mentions: number;
  articles: number;
  affiliation?: string;
  aliases: string[];
}

/** The `n` most mentioned actors of a serialized graph, ties broken by key. */
export function topMentioned(
  graph: { nodes: Array<{ key: string; attributes?: Partial<ActorNodeAttributes> }> },
  n: number,
  type?: string,
): ReportRow[] {
  return graph.nodes
    .map((x) => ({
      key: x.key,
      label: String(x.attributes?.label ?? x.key),
      type: String(x.attributes?.type ?? ''),
      mentions: Number(x.attributes?.mentions ?? 0),
      articles: Number(x.attributes?.articles ?? 0),
      affiliation: x.attributes?.affiliation,
      aliases: [...(x.attributes?.aliases ?? [])],
    }))
    .filter((r) => !type || r.type === type)
    .sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1))
    .slice(0, n);
}

export function registerReport(program: Command, ctx: CommandContext): void {
  program
    .command('report')
    .description('list the most mentioned actors of a built graph with their aliases, to check merges and junk')
    .argument('<graph>', 'a graph built by `actorgraph build` (<name>.json)')
    .option('-n, --top <n>', 'how many actors', '50')
    .option('--type <type>', 'only this actor type (country, person, organization, armed_group)')
    .option('--json', 'print JSON')
    .action(async (file: string, flags: ReportFlags) => {
      const n = Number(flags.top);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--top must be a positive whole number, got "${flags.top}"`);
      let graph: Parameters<typeof topMentioned>[0];
      try {
        graph = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        throw new Error(
          `actorgraph/report: cannot read ${file} as a graph (${(e as Error).message}); give the .json file written by \`actorgraph build\``,
        );
      }
      const rows = topMentioned(graph, n, flags.type);
      if (flags.json) {
        ctx.io.out(terminalSafe(`${JSON.stringify(rows, null, 2)}\n`));
        return;
      }
      const lines = rows.map((r, i) => {
        const aliases = r.aliases.length > 8 ? [...r.aliases.slice(0, 8), `… +${r.aliases.length - 8}`] : r.aliases;
        const aff = r.affiliation ? ` → ${r.affiliation}` : '';
        return `${String(i + 1).padStart(3)}. ${r.label} [${r.type}${aff}] ${r.mentions} mentions in ${r.articles} articles\n       ${aliases.join(' | ') || '(no other names)'}`;
      });
      ctx.io.out(terminalSafe(`${lines.join('\n')}\n`)); // labels and aliases from the graph: no raw escapes
    });
}
