// `query <graph> neighbors <actor>`: the actors joined to an actor, most strongly joined first.
import { Option } from 'commander';
import { RELATION_TYPES } from '../../types.js';
import { neighbors as neighborsOf } from '../../query/index.js';
import { formatTable } from './format.js';
import { parseDirection, parseList } from './options.js';
import type { Question } from './question.js';

export const neighbors: Question = {
  name: 'neighbors',
  description: 'the actors joined to an actor, most strongly joined first',
  example: 'neighbors Hezbollah --relation attacks',
  define: (cmd, q) =>
    cmd
      .argument('<actor...>', 'key, label or alias (several words are joined)')
      .option('-r, --relation <relations>', 'only these relations, comma-separated')
      .addOption(new Option('-d, --direction <direction>', 'out, in or both').choices(['in', 'out', 'both']).default('both'))
      .action(
        q.act(async (nameWords: string[], flags: { relation?: string; direction: string }) => {
          const options = {
            relation: flags.relation !== undefined ? parseList(flags.relation, RELATION_TYPES, 'relation') : undefined,
            direction: parseDirection(flags.direction),
          };
          const g = await q.load();
          const key = q.actor(g, nameWords.join(' '));
          const list = neighborsOf(g, key, options);
          if (q.globals().json) {
            q.json(list);
            return;
          }
          if (!list.length) {
            q.out(`${g.getNodeAttribute(key, 'label')}: no neighbors match.`);
            return;
          }
          q.out(
            [
              `${g.getNodeAttribute(key, 'label')}: ${list.length} neighbor(s)`,
              ...formatTable(
                ['ACTOR', 'TYPE', 'WEIGHT', 'RELATIONS'],
                list.map((n) => [n.label, n.type, String(n.weight), n.relations.join(', ')]),
                ['left', 'left', 'right', 'left'],
              ),
            ].join('\n'),
          );
        }),
      ),
};
