// `query <graph> between <a> <b>`: every relation joining two actors (either way), with its
// evidence, dated from the events file when there is one.
import { existsSync } from 'node:fs';
import { between as relationsBetween, eventsPathFor, readEvents } from '../../query/index.js';
import { relationTable } from './format.js';
import { type FilterFlags, parseDirection, parseFilter } from './options.js';
import type { Question } from './question.js';

export const between: Question = {
  name: 'between',
  description: 'every relation joining two actors (either way), with its evidence',
  example: 'between Russia Turkey',
  filters: { direction: 'out: only what the first actor does to the second; in: the reverse; undirected relations always show' },
  define: (cmd, q) =>
    cmd
      .argument('<a>', 'first actor (quote names with spaces)')
      .argument('<b>', 'second actor')
      .option('--no-dates', 'do not read the events file to date the evidence sentences')
      .action(
        q.act(async (a: string, b: string, flags: FilterFlags & { dates: boolean; direction: string }) => {
          const direction = parseDirection(flags.direction);
          const g = await q.scoped(await q.load(), parseFilter(flags));
          const ka = q.actor(g, a);
          const kb = q.actor(g, b);
          const eventsPath = eventsPathFor(q.graphPath);
          let articleDates: Map<string, string> | undefined;
          if (flags.dates && existsSync(eventsPath)) {
            articleDates = new Map();
            for await (const e of readEvents(eventsPath, { actor: ka, with: kb })) if (e.date) articleDates.set(e.article, e.date);
          }
          const result = relationsBetween(g, ka, kb, { dates: articleDates });
          if (direction !== 'both') {
            result.relations = result.relations.filter((r) => r.direction === 'both' || r.direction === direction);
            result.weight = result.relations.reduce((sum, r) => sum + r.weight, 0);
          }
          if (q.globals().json) {
            q.json(result);
            return;
          }
          if (!result.relations.length) {
            q.out(`${result.a.label} and ${result.b.label}: no relation.`);
            return;
          }
          q.out(
            `${result.a.label} and ${result.b.label}: ${result.relations.length} relation(s), weight ${result.weight}\n` +
              relationTable(result.a.label, result.relations, true, false),
          );
        }),
      ),
};
