// `query <graph> timeline <actor> [other]`: events per period for an actor or a dyad, by relation
// and quad class, with the net cooperation; a table, CSV or JSON.
import { existsSync } from 'node:fs';
import { Option } from 'commander';
import { type QuadClass, RELATION_TYPES, type RelationEvent, type RelationType } from '../../types.js';
import { eventsPathFor, type Period, PERIODS, readEvents, type Timeline, timeline as timelineOf } from '../../query/index.js';
import { UsageError } from '../errors.js';
import { formatTable } from './format.js';
import { parseDirection, parseList, parseRange } from './options.js';
import type { Question } from './question.js';

interface TimelineFlags {
  by: string;
  relation?: string;
  direction: string;
  from?: string;
  to?: string;
  csv?: boolean;
  events?: string;
}

export const timeline: Question = {
  name: 'timeline',
  description: 'events per period for an actor, or for two (the dyad, either way), by relation and quad class, with the net cooperation',
  example: 'timeline Russia Turkey --by year',
  define: (cmd, q) =>
    cmd
      .argument('<actor>', 'the actor (quote names with spaces)')
      .argument('[other]', 'the other actor of the dyad')
      .addOption(new Option('--by <period>', 'period length').choices([...PERIODS]).default('month'))
      .option('-r, --relation <relations>', 'only these relations, comma-separated')
      .addOption(
        new Option(
          '-d, --direction <direction>',
          'out: events the (first) actor is the source of; in: the target of; symmetric relations always count',
        )
          .choices(['in', 'out', 'both'])
          .default('both'),
      )
      .option('--from <date>', 'events dated on or after this date')
      .option('--to <date>', 'events dated on or before this date')
      .option('--csv', 'print CSV (one row per period) instead of a table')
      .option(
        '--events <file>',
        "the events file (default: <graph without .json/.gexf>.events.jsonl; without one, the graph's per-date counts are used)",
      )
      .addHelpText(
        'after',
        'Counts come from the events file next to the graph (each event with its own PLOVER type); without it, from the edges\' per-date counts.\nNET is the net cooperation: the events\' intensities (-10 conflict … +10 cooperation, README "The events table") summed per period.',
      )
      .action(
        q.act(async (a: string, b: string | undefined, flags: TimelineFlags) => {
          const options = {
            by: flags.by as Period,
            relation: flags.relation !== undefined ? parseList(flags.relation, RELATION_TYPES, 'relation') : undefined,
            direction: parseDirection(flags.direction),
            ...parseRange(flags),
          };
          if (flags.csv && q.globals().json) throw new UsageError('--csv and --json: choose one');
          const g = await q.load();
          const ka = q.actor(g, a);
          const kb = b !== undefined ? q.actor(g, b) : undefined;
          const eventsPath = flags.events ?? eventsPathFor(q.graphPath);
          let t: Timeline;
          if (existsSync(eventsPath) && !q.globals().country) {
            const events: RelationEvent[] = [];
            for await (const e of readEvents(eventsPath, { actor: ka, with: kb })) events.push(e);
            t = timelineOf(events, ka, kb, { ...options, graph: g });
          } else t = timelineOf(g, ka, kb, options);
          if (q.globals().json) {
            q.json(t);
            return;
          }
          q.out(flags.csv ? timelineCSV(t) : timelineTable(t));
        }),
      ),
};

const QUADS: Array<QuadClass | 'none'> = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict', 'none'];
const QUAD_SHORT: Record<QuadClass | 'none', string> = {
  verbal_cooperation: 'VCOOP',
  material_cooperation: 'MCOOP',
  verbal_conflict: 'VCONF',
  material_conflict: 'MCONF',
  none: 'NOQUAD',
};

/** The relations and quad classes that occur in a timeline, in their fixed order. */
function timelineColumns(t: Timeline): { relations: RelationType[]; quads: Array<QuadClass | 'none'> } {
  return {
    relations: RELATION_TYPES.filter((r) => t.periods.some((p) => p.byRelation[r])),
    quads: QUADS.filter((q) => t.periods.some((p) => p.byQuad[q])),
  };
}

function timelineTable(t: Timeline): string {
  const who = t.b ? `${t.a.label} – ${t.b.label}` : t.a.label;
  const head = `${who}: ${t.total} event(s) by ${t.by}${t.undated ? `, ${t.undated} undated` : ''}${t.exact ? '' : " (from the graph: quad classes and NET from each edge's category)"}`;
  if (!t.periods.length) return `${head}\nno dated events match.`;
  const { relations, quads } = timelineColumns(t);
  const rows = t.periods.map((p) => [
    p.period,
    String(p.count),
    ...relations.map((r) => String(p.byRelation[r] ?? 0)),
    ...quads.map((q) => String(p.byQuad[q] ?? 0)),
    String(p.intensity),
  ]);
  const headers = ['PERIOD', 'EVENTS', ...relations.map((r) => r.toUpperCase()), ...quads.map((q) => QUAD_SHORT[q]), 'NET'];
  return [
    head,
    ...formatTable(
      headers,
      rows,
      headers.map((_h, i) => (i === 0 ? 'left' : 'right')),
    ),
  ].join('\n');
}

function timelineCSV(t: Timeline): string {
  const { relations, quads } = timelineColumns(t);
  const lines = [['period', 'start', 'end', 'events', ...relations, ...quads, 'net_cooperation'].join(',')];
  for (const p of t.periods)
    lines.push(
      [
        p.period,
        p.start,
        p.end,
        p.count,
        ...relations.map((r) => p.byRelation[r] ?? 0),
        ...quads.map((q) => p.byQuad[q] ?? 0),
        p.intensity,
      ].join(','),
    );
  return lines.join('\n');
}
