// `query <graph> subgraph`: the graph the filters leave (weights and dates of the window), listed
// or written with --out.
import { ACTOR_TYPES, type ActorType } from '../../types.js';
import { toJSON } from '../../export/json.js';
import { subgraph as subgraphOf } from '../../query/index.js';
import { dates, formatTable } from './format.js';
import { checkOutFile, type FilterFlags, parseFilter, parseList } from './options.js';
import type { Question } from './question.js';

export const subgraph: Question = {
  name: 'subgraph',
  description: 'the graph the filters leave (weights and dates of the window), listed or written with --out',
  example: 'subgraph --from 2016 --to 2016 --category ASSAULT --out attacks-2016.gexf',
  filters: {},
  define: (cmd, q) =>
    cmd
      .option('-t, --type <types>', `only actors of these types, comma-separated (${ACTOR_TYPES.join(', ')})`)
      .option('--keep-isolated', 'keep the actors left without relations')
      .option('-o, --out <file>', 'write it to a .gexf, .json, .graphml or .csv (Gephi node and edge tables) file')
      .action(
        q.act(async (flags: FilterFlags & { type?: string; keepIsolated?: boolean; out?: string }) => {
          const filter = parseFilter(flags);
          const types = flags.type !== undefined ? parseList<ActorType>(flags.type, ACTOR_TYPES, 'type') : undefined;
          checkOutFile(flags.out, q.graphPath);
          const g = await q.scoped(await q.load(), filter);
          const sub = subgraphOf(g, { types, keepIsolated: flags.keepIsolated });
          if (flags.out !== undefined) {
            const files = await q.writeOut(flags.out, sub);
            if (q.globals().json)
              q.json({ file: flags.out, ...(files.length > 1 ? { files } : {}), actors: sub.order, relations: sub.size });
            else q.out(`wrote ${files.join(', ')}: ${sub.order} actors, ${sub.size} relations`);
            return;
          }
          if (q.globals().json) {
            q.out(toJSON(sub));
            return;
          }
          const rows = sub
            .edges()
            .sort((x, y) => sub.getEdgeAttribute(y, 'weight') - sub.getEdgeAttribute(x, 'weight') || (x < y ? -1 : 1))
            .map((e) => {
              const a = sub.getEdgeAttributes(e);
              return [
                sub.getNodeAttribute(sub.source(e), 'label'),
                a.relation,
                sub.getNodeAttribute(sub.target(e), 'label'),
                String(a.weight),
                dates(a.first, a.last),
                a.category,
              ];
            });
          q.out(
            [
              `${sub.order} actors, ${sub.size} relations`,
              ...formatTable(['SOURCE', 'RELATION', 'TARGET', 'WEIGHT', 'DATES', 'CATEGORY'], rows, [
                'left',
                'left',
                'left',
                'right',
                'left',
                'left',
              ]),
            ].join('\n'),
          );
        }),
      ),
};
