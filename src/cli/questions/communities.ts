// `query <graph> communities`: the communities (the build's, else seeded Louvain; with filters,
// Louvain on the relations in scope) with their most central members.
import { communitiesOf } from '../../query/index.js';
import { showGroups } from './format.js';
import { type FilterFlags, parseCount, parseFilter } from './options.js';
import type { Question } from './question.js';

export const communities: Question = {
  name: 'communities',
  description:
    "the communities (the build's, else seeded Louvain; with filters, Louvain on the relations in scope) with their most central members",
  example: 'communities --members 5',
  filters: {},
  define: (cmd, q) =>
    cmd
      .option('--min-size <k>', 'only communities of at least k actors', '2')
      .option('--members <k>', 'members listed per community (table only)', '8')
      .option('--recompute', 'run Louvain even when the graph has community attributes')
      .action(
        q.act(async (flags: FilterFlags & { minSize: string; members: string; recompute?: boolean }) => {
          const minSize = parseCount(flags.minSize, '--min-size', 2);
          const members = parseCount(flags.members, '--members', 8);
          const filter = parseFilter(flags);
          const g = await q.scoped(await q.load(), filter);
          showGroups(q, 'communities', communitiesOf(g, { recompute: flags.recompute }), minSize, members);
        }),
      ),
};
