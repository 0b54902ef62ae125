// `query <graph> path <a> <b>`: the shortest chain of relations between two actors (direction
// ignored); exit code 1 when none joins them.
import { RELATION_TYPES } from '../../types.js';
import { shortestPath } from '../../query/index.js';
import { formatTable } from './format.js';
import { parseList, parseRange } from './options.js';
import type { Question } from './question.js';

export const path: Question = {
  name: 'path',
  description: 'the shortest chain of relations between two actors (direction ignored)',
  example: 'path Turkey Hezbollah',
  define: (cmd, q) =>
    cmd
      .argument('<a>', 'first actor (quote names with spaces)')
      .argument('<b>', 'second actor')
      .option('-r, --relation <relations>', 'walk only these relations, comma-separated')
      .option('--from <date>', 'walk only relations reported on or after this date')
      .option('--to <date>', 'walk only relations reported on or before this date')
      .addHelpText('after', 'Exit code 1 when no path joins them.')
      .action(
        q.act(async (a: string, b: string, flags: { relation?: string; from?: string; to?: string }) => {
          const options = {
            relations: flags.relation !== undefined ? parseList(flags.relation, RELATION_TYPES, 'relation') : undefined,
            ...parseRange(flags),
          };
          const g = await q.load();
          const ka = q.actor(g, a);
          const kb = q.actor(g, b);
          const found = shortestPath(g, ka, kb, options);
          if (!found) q.setExitCode(1);
          if (q.globals().json) {
            q.json(found);
            return;
          }
          const la = g.getNodeAttribute(ka, 'label');
          const lb = g.getNodeAttribute(kb, 'label');
          if (!found) {
            q.out(`No path between ${la} and ${lb}.`);
            return;
          }
          const rows = found.hops.map((hop) => [
            hop.from.label,
            hop.edges
              .map((e) => {
                const forward = e.source === hop.from.key;
                const name = e.weight > 1 ? `${e.relation} ×${e.weight}` : e.relation;
                return !e.directed ? `—${name}—` : forward ? `${name} →` : `← ${name}`;
              })
              .join(', '),
            hop.to.label,
          ]);
          q.out(
            [
              `${found.nodes.map((n) => n.label).join(' → ')}  (${found.length} hop${found.length === 1 ? '' : 's'})`,
              ...formatTable(['FROM', 'RELATIONS', 'TO'], rows),
            ].join('\n'),
          );
        }),
      ),
};
