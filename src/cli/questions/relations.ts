// `query <graph> relations <actor>`: an actor's relations, heaviest first, with their evidence
// sentences on request.
import type { RelationType } from '../../types.js';
import { relationsOf } from '../../query/index.js';
import { relationTable } from './format.js';
import { type FilterFlags, parseDirection, parseFilter } from './options.js';
import type { Question } from './question.js';

export const relations: Question = {
  name: 'relations',
  description: "an actor's relations, heaviest first",
  example: 'relations Iran --relation supports --direction out',
  filters: { direction: 'out: the actor acts; in: it is acted upon; undirected relations always show' },
  define: (cmd, q) =>
    cmd
      .argument('<actor...>', 'key, label or alias (several words are joined)')
      .option('-e, --evidence', 'print the evidence sentences under each relation')
      .action(
        q.act(async (nameWords: string[], flags: FilterFlags & { direction: string; evidence?: boolean }) => {
          const filter = parseFilter(flags);
          const options = {
            relation: filter.relation as RelationType[] | undefined,
            direction: parseDirection(flags.direction),
            from: filter.from,
            to: filter.to,
          };
          const g = await q.scoped(await q.load(), filter);
          const key = q.actor(g, nameWords.join(' '));
          const list = relationsOf(g, key, options);
          if (q.globals().json) {
            q.json(list);
            return;
          }
          q.out(relationTable(g.getNodeAttribute(key, 'label'), list, !!flags.evidence));
        }),
      ),
};
