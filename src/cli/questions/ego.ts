// `query <graph> ego <actor>`: the actors within --radius hops of an actor and the relations among
// them, listed or written with --out.
import type { RelationType } from '../../types.js';
import { toJSON } from '../../export/json.js';
import { distancesFrom, egoNetwork } from '../../query/index.js';
import { formatTable } from './format.js';
import { checkOutFile, type FilterFlags, parseCount, parseDirection, parseFilter } from './options.js';
import type { Question } from './question.js';

export const ego: Question = {
  name: 'ego',
  description: "an actor's ego network: the actors within --radius hops and the relations among them",
  example: 'ego Syria --radius 1 --out syria.gexf',
  filters: {
    direction:
      'out: walk relations in their direction from the actor (whom it acts on, and so on); in: against it; symmetric relations both ways',
  },
  define: (cmd, q) =>
    cmd
      .argument('<actor...>', 'key, label or alias (several words are joined)')
      .option('--radius <k>', 'hops from the actor', '1')
      .option('-o, --out <file>', 'write the network to a .gexf, .json, .graphml or .csv file instead of listing it')
      .action(
        q.act(async (nameWords: string[], flags: FilterFlags & { radius: string; out?: string; direction: string }) => {
          const radius = parseCount(flags.radius, '--radius', 1);
          const direction = parseDirection(flags.direction);
          const filter = parseFilter(flags);
          const relations = filter.relation as RelationType[] | undefined;
          checkOutFile(flags.out, q.graphPath);
          const g = await q.scoped(await q.load(), filter);
          const key = q.actor(g, nameWords.join(' '));
          const net = egoNetwork(g, key, { radius, relations });
          if (direction !== 'both') {
            // Only the actors reached walking the relations one way (symmetric ones either way).
            const reached = new Set([key]);
            let frontier = [key];
            for (let hop = 0; hop < radius && frontier.length; hop++) {
              const next: string[] = [];
              for (const n of frontier)
                net.forEachEdge(n, (_e, _a, s, t, _sa, _ta, undirected) => {
                  const other = s === n ? t : s;
                  if (reached.has(other)) return;
                  if (!undirected && (direction === 'out' ? s !== n : t !== n)) return;
                  reached.add(other);
                  next.push(other);
                });
              frontier = next;
            }
            for (const n of net.nodes()) if (!reached.has(n)) net.dropNode(n);
          }
          if (flags.out !== undefined) {
            const files = await q.writeOut(flags.out, net);
            if (q.globals().json)
              q.json({ file: flags.out, ...(files.length > 1 ? { files } : {}), actors: net.order, relations: net.size });
            else q.out(`wrote ${files.join(', ')}: ${net.order} actors, ${net.size} relations`);
            return;
          }
          if (q.globals().json) {
            q.out(toJSON(net));
            return;
          }
          // Every actor of the ego network is within the radius, so each has a distance.
          const dist = distancesFrom(g, key, { radius, relations }); // hops direction ignored
          const rows = net
            .nodes()
            .sort(
              (x, y) =>
                dist[x]! - dist[y]! ||
                (net.getNodeAttribute(y, 'mentions') ?? 0) - (net.getNodeAttribute(x, 'mentions') ?? 0) ||
                (x < y ? -1 : 1),
            )
            .map((n) => [
              String(dist[n]),
              net.getNodeAttribute(n, 'label'),
              net.getNodeAttribute(n, 'type'),
              String(net.degree(n)),
              String(net.getNodeAttribute(n, 'mentions') ?? ''),
            ]);
          q.out(
            [
              `${g.getNodeAttribute(key, 'label')}: ${net.order} actors within ${radius} hop${radius === 1 ? '' : 's'}, ${net.size} relations`,
              ...formatTable(['HOPS', 'ACTOR', 'TYPE', 'RELATIONS', 'MENTIONS'], rows, ['right', 'left', 'left', 'right', 'right']),
            ].join('\n'),
          );
        }),
      ),
};
