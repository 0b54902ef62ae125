// `query <graph> top`: the top actors by a centrality or by mentions (with filters, the
// centralities of the relations in scope).
import { Option } from 'commander';
import { ACTOR_TYPES, type ActorType } from '../../types.js';
import { type Measure, MEASURES, topActors } from '../../query/index.js';
import { formatTable } from './format.js';
import { type FilterFlags, parseCount, parseFilter, parseList } from './options.js';
import type { Question } from './question.js';

export const top: Question = {
  name: 'top',
  description: 'the top actors by a centrality or by mentions (with filters: centralities computed on the relations in scope)',
  example: 'top --by pagerank -n 10 --type country',
  filters: {},
  define: (cmd, q) =>
    cmd
      .addOption(new Option('-b, --by <measure>', 'the measure').choices([...MEASURES]).default('pagerank'))
      .option('-n, --limit <n>', 'how many', '10')
      .option('-t, --type <types>', `only these actor types, comma-separated (${ACTOR_TYPES.join(', ')})`)
      .action(
        q.act(async (flags: FilterFlags & { by: string; limit: string; type?: string }) => {
          const by = flags.by as Measure;
          const n = parseCount(flags.limit, '-n', 10);
          const type = flags.type !== undefined ? parseList<ActorType>(flags.type, ACTOR_TYPES, 'type') : undefined;
          const g = await q.scoped(await q.load(), parseFilter(flags));
          const list = topActors(g, { by, n, type });
          if (q.globals().json) {
            q.json(list);
            return;
          }
          q.out(
            formatTable(
              ['RANK', 'ACTOR', 'TYPE', by.toUpperCase(), 'KEY'],
              list.map((t) => [String(t.rank), t.label, t.type, String(t.score), t.key]),
              ['right', 'left', 'left', 'right', 'left'],
            ).join('\n'),
          );
        }),
      ),
};
