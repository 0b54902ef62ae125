// `query <graph> events`: the events (one sentence each) from the events file next to the graph,
// by date, filtered by actor, article, place and the filter flags.
import type { RelationEvent } from '../../types.js';
import { eventsPathFor, readEvents } from '../../query/index.js';
import { UsageError } from '../errors.js';
import { type FilterFlags, parseCount, parseDirection, parseFilter } from './options.js';
import type { Question } from './question.js';

interface EventsFlags extends FilterFlags {
  actor?: string;
  with?: string;
  direction: string;
  article?: string;
  place?: string;
  limit?: string;
  uncertain?: boolean;
  events?: string;
}

export const events: Question = {
  name: 'events',
  description: 'the events (one sentence each) from the events file next to the graph, by date',
  example: 'events --actor Iran --relation supports --from 2016 --to 2016',
  filters: { direction: 'with --actor: out, events it is the source of; in, the target of (symmetric relations always)' },
  define: (cmd, q) =>
    cmd
      .option('-a, --actor <actor>', 'events with this actor at either end')
      .option('-w, --with <actor>', 'with --actor: events between the two')
      .option('--article <id>', 'events of this article')
      .option('--place <name>', 'events that happened at this place ("Aleppo") or in this country (ISO3: SYR)')
      .option('-n, --limit <n>', 'stop after n events')
      .option('--uncertain', 'also negated and hypothetical events (when the build kept them)')
      .option('--events <file>', 'the events file (default: <graph without .json/.gexf>.events.jsonl)')
      .addHelpText(
        'after',
        'Events are listed by date (undated ones last), then in the order of the file. With --json, prints a JSON array.',
      )
      .action(
        q.act(async (flags: EventsFlags) => {
          const filter = parseFilter(flags);
          const direction = parseDirection(flags.direction);
          const limit = parseCount(flags.limit, '-n', Infinity);
          if (flags.with !== undefined && flags.actor === undefined) throw new UsageError('--with goes with --actor');
          if (direction !== 'both' && flags.actor === undefined) throw new UsageError('--direction goes with --actor');
          const g = await q.load();
          const ka = flags.actor !== undefined ? q.actor(g, flags.actor) : undefined;
          const kb = flags.with !== undefined ? q.actor(g, flags.with) : undefined;
          const path = flags.events ?? eventsPathFor(q.graphPath);
          // --min-weight is on relations: the events of the edges that weigh enough in the filters' scope.
          const heavy = filter.minWeight ? await q.scoped(g, filter, path) : undefined;
          const found = readEvents(path, {
            actor: ka,
            with: kb,
            relation: filter.relation,
            from: filter.from,
            to: filter.to,
            category: filter.category,
            quad: filter.quad,
            outlet: filter.outlet,
            article: flags.article,
            place: flags.place,
            uncertain: flags.uncertain,
          });
          const rows: RelationEvent[] = [];
          for await (const e of found) {
            if (heavy && !heavy.hasEdge(`${e.relation}:${e.source}:${e.target}`) && !heavy.hasEdge(`${e.relation}:${e.target}:${e.source}`))
              continue;
            // Symmetric relations are no one's "out": with --direction they count whichever way they were written.
            const symmetric = e.relation === 'met' || e.relation === 'allied_with';
            if (direction === 'out' && !symmetric && e.source !== ka) continue;
            if (direction === 'in' && !symmetric && e.target !== ka) continue;
            rows.push(e);
          }
          // By date, undated last; the sort is stable, so the file's order within a day.
          const order = new Map(rows.map((e, i) => [e, i]));
          rows.sort((x, y) => (x.date ?? '\uffff').localeCompare(y.date ?? '\uffff') || order.get(x)! - order.get(y)!);
          const label = (k: string) => (g.hasNode(k) ? g.getNodeAttribute(k, 'label') : k);
          const shown = rows.slice(0, limit);
          if (q.globals().json) {
            q.io.out(shown.length ? `[\n${shown.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n` : '[]\n');
            return;
          }
          for (const e of shown) q.io.out(eventLines(e, label));
          q.io.out(`${shown.length} event${shown.length === 1 ? '' : 's'}\n`);
        }),
      ),
};

function eventLines(e: RelationEvent, label: (key: string) => string): string {
  const flags = [e.negated ? 'negated' : '', e.hypothetical ? 'hypothetical' : ''].filter(Boolean).join(', ');
  const where = e.place ? `  @ ${e.place}${e.placeCountry && !e.place.startsWith(e.placeCountry) ? ` (${e.placeCountry})` : ''}` : '';
  return `${e.date ?? 'undated   '}  ${label(e.source)} ${e.relation} ${label(e.target)}${where}  [${e.article}]${flags ? ` (${flags})` : ''}\n    ${e.text}\n`;
}
