// `query <graph> components`: the connected components (direction ignored), largest first.
import { components as componentsOf } from '../../query/index.js';
import { showGroups } from './format.js';
import { parseCount } from './options.js';
import type { Question } from './question.js';

export const components: Question = {
  name: 'components',
  description: 'the connected components (direction ignored), largest first',
  example: 'components --min-size 3',
  define: (cmd, q) =>
    cmd
      .option('--min-size <k>', 'only components of at least k actors', '2')
      .option('--members <k>', 'members listed per component (table only)', '8')
      .action(
        q.act(async (flags: { minSize: string; members: string }) => {
          const minSize = parseCount(flags.minSize, '--min-size', 2);
          const members = parseCount(flags.members, '--members', 8);
          const g = await q.load();
          showGroups(q, 'components', componentsOf(g), minSize, members);
        }),
      ),
};
