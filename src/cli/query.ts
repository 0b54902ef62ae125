// `actorgraph query <graph> <question> [args] [--json]`: asks a built graph a question with the
// library in src/query/, and prints an aligned table (or JSON with --json). The graph comes before
// the question, so the `query` command takes its words raw and hands `<question> [args]` to a
// second commander program with one sub-command per question (each with its own --help).
import { Command, Option } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import type { ActorType, QuadClass, RelationEvent, RelationType } from '../types.js';
import { ACTOR_TYPES, RELATION_TYPES } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import { toJSON } from '../export/json.js';
import { writeFormats, writeGraph } from '../export/index.js';
import path from 'node:path';
import {
  type ActorRef,
  between,
  communitiesOf,
  components,
  countryProjection,
  type Direction,
  distancesFrom,
  egoNetwork,
  eventsPathFor,
  findActors,
  loadGraph,
  type Measure,
  MEASURES,
  neighbors,
  type Relation,
  relationsOf,
  readEvents,
  timeline,
  PERIODS,
  scopeGraph,
  isScoped,
  needsEvents,
  readOutlets,
  articlesPathFor,
  subgraph,
  QUAD_FILTERS,
  type QuadFilter,
  type ScopeFilter,
  type Period,
  type Timeline,
  resolveActor,
  shortestPath,
  topActors,
  UnknownActorError,
} from '../query/index.js';
import { checkDateRange, isDateBound } from '../query/common.js';
import { UsageError, type CommandContext } from './run.js';
import { terminalSafe } from './terminal.js';

const QUESTIONS = ['actor', 'relations', 'neighbors', 'between', 'path', 'top', 'ego', 'communities', 'components', 'events', 'timeline', 'subgraph'];

// ---- formatting ----

type Align = 'left' | 'right';

/** Code-point width (close enough for labels in Latin scripts). */
function width(s: string): number {
  return [...s].length;
}

/** Aligned columns, two spaces apart, a header row first; no trailing spaces. */
function formatTable(headers: string[], rows: string[][], align: Align[] = []): string[] {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(widths[i] - width(c));
        return align[i] === 'right' ? pad + c : i === cells.length - 1 ? c : c + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}

const ARROW: Record<Direction, string> = { out: '→', in: '←', both: '—' };

function dates(first?: string, last?: string): string {
  if (!first && !last) return '';
  if (first === last || !last) return first ?? '';
  return `${first ?? '…'} – ${last}`;
}

function truncate(s: string, max: number): string {
  return width(s) <= max ? s : `${[...s].slice(0, max - 1).join('')}…`;
}

function memberList(members: ActorRef[], max: number): string {
  const shown = members.slice(0, max).map((m) => m.label);
  return members.length > max ? `${shown.join(', ')}, … (+${members.length - max})` : shown.join(', ');
}

/** Whether two paths name one file (the same path, or a link or hard link to it). */
function sameFile(a: string, b: string): boolean {
  if (resolvePath(a) === resolvePath(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

// ---- option parsing (usage errors, exit 2) ----

function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new UsageError(`${what} needs a value (one of ${allowed.join(', ')})`);
  for (const item of items) if (!allowed.includes(item as T)) throw new UsageError(`unknown ${what} "${item}"; use one of ${allowed.join(', ')}`);
  return items as T[];
}

function parseDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isDateBound(value)) throw new UsageError(`${flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (month 01–12, a day of that month), got "${value}"`);
  return value;
}

/** --from and --to, each a real date, and not the later one first (a usage error, not an empty answer). */
function parseRange(flags: { from?: string; to?: string }): { from?: string; to?: string } {
  const from = parseDate(flags.from, '--from');
  const to = parseDate(flags.to, '--to');
  try {
    return checkDateRange(from, to, ['--from', '--to']);
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^actorgraph\/query: /, ''));
  }
}

function parseCount(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, got "${value}"`);
  return Number(value);
}

function parseDirection(value: string): Direction {
  if (value !== 'in' && value !== 'out' && value !== 'both') throw new UsageError(`--direction must be in, out or both, got "${value}"`);
  return value;
}

// ---- the command ----

/** The filter flags every question takes. */
interface FilterFlags {
  from?: string;
  to?: string;
  relation?: string;
  category?: string;
  quad?: string;
  outlet?: string;
  minWeight?: string;
}

interface Globals {
  json?: boolean;
  country?: boolean;
}

/**
 * Registers `actorgraph query <graph> <question> [args] [--json]` and its questions.
 *
 * @example registerQuery(program, ctx); await program.parseAsync(['query', 'graphs/corpus.json', 'top'], { from: 'user' });
 */
export function registerQuery(program: Command, ctx: CommandContext): void {
  program
    .command('query')
    .description('ask a built graph a question: actor, relations, neighbors, between, path, top, ego, communities, components, events, timeline, subgraph (see query --help)')
    .argument('<graph>', 'the graph file (.json or .gexf)')
    .argument('[question]', QUESTIONS.join(', '))
    .argument('[args...]', "the question's arguments and options")
    .helpOption(false)
    .allowUnknownOption()
    .allowExcessArguments()
    // `actorgraph help query` shows the questions, as `actorgraph query --help` does.
    .configureHelp({ formatHelp: () => questions(ctx, '').helpInformation() })
    .action(async (graphPath: string, question: string | undefined, args: string[]) => {
      const words = [graphPath, ...(question === undefined ? [] : [question]), ...args];
      // `query --help`, `query help [question]`: the questions' help, no graph needed.
      if (graphPath === '--help' || graphPath === '-h' || graphPath === 'help') {
        await questions(ctx, '').parseAsync(graphPath === 'help' ? words : ['--help'], { from: 'user' });
        return;
      }
      if (QUESTIONS.includes(graphPath) && !existsSync(graphPath))
        throw new UsageError(`the graph file comes first: actorgraph query <graph> ${words.join(' ')}`);
      if (question === undefined) throw new UsageError(`which question? one of ${QUESTIONS.join(', ')} (actorgraph query --help)`);
      await questions(ctx, graphPath).parseAsync(words.slice(1), { from: 'user' });
    });
}

/** The second-level program: one sub-command per question, the graph already known. */
function questions(ctx: CommandContext, graphPath: string): Command {
  // Everything printed goes through terminalSafe: graph and aliases files are not trusted text.
  const io = { ...ctx.io, out: (s: string) => ctx.io.out(terminalSafe(s)), err: (s: string) => ctx.io.err(terminalSafe(s)) };
  const inner = new Command('actorgraph query <graph>')
    .usage('<question> [args] [options]')
    .description('Ask a built graph (.json or .gexf, as written by actorgraph build) a question. Actors are named by key, label, any alias or ISO3 code (case and accents do not matter); quote names with spaces.')
    .option('--json', 'print JSON instead of a table')
    .option('--country', 'ask the country-level projection (persons folded into the state or organization they serve)')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  actorgraph query graphs/corpus.json actor Erdogan',
        '  actorgraph query graphs/corpus.json relations Iran --relation supports',
        '  actorgraph query graphs/corpus.json between Russia Turkey',
        '  actorgraph query graphs/corpus.json path Turkey Hezbollah',
        '  actorgraph query graphs/corpus.json top --by pagerank -n 10 --type country',
        '  actorgraph query graphs/corpus.json ego Syria --radius 1 --out syria.gexf',
        '  actorgraph query graphs/corpus.json events --actor Iran --relation supports --from 2016 --to 2016',
        '  actorgraph query graphs/corpus.json timeline Russia Turkey --by year',
        '',
        'Exit codes: 0 answered, 1 unknown actor, no path, or an unreadable file, 2 usage error.',
      ].join('\n'),
    );

  let graph: ActorGraph | undefined;
  const globals = (): Globals => inner.opts<Globals>();
  const load = async (): Promise<ActorGraph> => {
    if (!graph) {
      // The library's wording ("pass {format}") is for scripts; here, what to give instead.
      if (!/\.(json|gexf)$/i.test(graphPath))
        throw new UsageError(`${graphPath} is not a graph file: give the .json or .gexf file of a build (the events file beside it is found from it)`);
      graph = await loadGraph(graphPath, { onNotice: (m) => io.err(`${m}\n`) });
      if (globals().country) graph = countryProjection(graph);
    }
    return graph;
  };
  const out = (s: string) => io.out(s.endsWith('\n') ? s : `${s}\n`);
  const json = (value: unknown) => out(JSON.stringify(value, null, 2));
  /** Communities or components: the groups of at least `minSize` actors, as JSON or a table. */
  const showGroups = (what: string, all: Array<{ id: number; size: number; members: ActorRef[] }>, minSize: number, members: number) => {
    const list = all.filter((c) => c.size >= minSize);
    if (globals().json) {
      json(list);
      return;
    }
    const rest = all.length - list.length;
    out(
      [
        `${all.length} ${what}${rest ? `, ${list.length} of at least ${minSize} actors (${rest} smaller not shown)` : ''}`,
        ...formatTable(['ID', 'SIZE', 'MEMBERS'], list.map((c) => [String(c.id), String(c.size), memberList(c.members, members)]), ['right', 'right', 'left']),
      ].join('\n'),
    );
  };
  const actor = (g: ActorGraph, name: string) => resolveActor(g, name);
  /** Library errors as CLI messages: an unknown actor names the graph file. */
  const act =
    <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await fn(...args);
      } catch (e) {
        if (e instanceof UnknownActorError) {
          const hint = e.suggestions.length ? ` Did you mean: ${e.suggestions.map((s) => s.label).join(', ')}?` : '';
          throw new Error(`actorgraph: no actor ${JSON.stringify(e.actor)} in ${graphPath}.${hint}`);
        }
        if (e instanceof UsageError) throw e;
        throw new Error((e as Error).message.replace(/^actorgraph\/query: /, 'actorgraph: '));
      }
    };
  const command = (name: string, description: string, example: string) =>
    inner
      .command(name)
      .description(description)
      .exitOverride()
      .configureOutput({ writeOut: io.out, writeErr: io.err })
      .showHelpAfterError('(run with --help for usage)')
      .addHelpText('after', `\nExample: actorgraph query graphs/corpus.json ${example}`);

  /** The filters every question takes (README "Filters"): added to a command. */
  const withFilters = (cmd: Command, direction: string | undefined): Command => {
    cmd
      .option('--from <date>', 'only events on or after this date (YYYY, YYYY-MM, YYYY-MM-DD): weights and dates are recomputed inside the window')
      .option('--to <date>', 'only events on or before this date')
      .option('-r, --relation <relations>', `only these relations, comma-separated (${RELATION_TYPES.join(', ')})`)
      .option('--category <types>', 'only these PLOVER event types, comma-separated (ASSAULT, CONSULT, SUPPORT, …)')
      .option('--quad <classes>', `only these quad classes, comma-separated (${QUAD_FILTERS.join(', ')})`)
      .option('--outlet <names>', "only events from articles of these outlets (the articles' source), comma-separated")
      .option('--min-weight <n>', 'only relations of at least n events (in the filters\' scope)');
    if (direction !== undefined)
      cmd.addOption(new Option('-d, --direction <direction>', direction).choices(['in', 'out', 'both']).default('both'));
    return cmd;
  };
  const parseFilter = (flags: FilterFlags): ScopeFilter => {
    const f: ScopeFilter = { ...parseRange(flags) };
    if (flags.relation !== undefined) f.relation = parseList(flags.relation, RELATION_TYPES, 'relation');
    if (flags.category !== undefined) {
      const items = flags.category.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
      if (!items.length) throw new UsageError('--category needs a PLOVER event type');
      f.category = items;
    }
    if (flags.quad !== undefined) f.quad = parseList<QuadFilter>(flags.quad, QUAD_FILTERS, 'quad class');
    if (flags.outlet !== undefined) {
      const items = flags.outlet.split(',').map((c) => c.trim()).filter(Boolean);
      if (!items.length) throw new UsageError('--outlet needs a name');
      f.outlet = items;
    }
    if (flags.minWeight !== undefined) {
      if (!/^\d+$/.test(flags.minWeight)) throw new UsageError(`--min-weight takes a whole number, got "${flags.minWeight}"`);
      f.minWeight = Number(flags.minWeight);
    }
    return f;
  };
  /** The graph as the events in the filters' scope make it (the graph itself when there is no filter). */
  const scoped = async (g: ActorGraph, filter: ScopeFilter, eventsFile?: string): Promise<ActorGraph> => {
    if (!isScoped(filter)) return g;
    const eventsPath = eventsFile ?? eventsPathFor(graphPath);
    if (!needsEvents(filter) || globals().country || !existsSync(eventsPath)) {
      if (filter.outlet !== undefined) throw new UsageError(`--outlet needs the events and articles files of the build (${eventsPath} not found${globals().country ? ', or not with --country' : ''})`);
      return scopeGraph(g, filter);
    }
    const events: RelationEvent[] = [];
    for await (const e of readEvents(eventsPath)) events.push(e);
    const outlets = filter.outlet !== undefined ? await readOutlets(articlesPathFor(eventsPath)) : undefined;
    return scopeGraph(g, filter, events, { outletOf: outlets && ((a) => outlets.get(a)) });
  };
  /** Writes a graph to --out in the format its extension names (.csv: Gephi's node and edge tables). */
  const writeOut = async (file: string, g: ActorGraph): Promise<string[]> => {
    if (/\.csv$/i.test(file)) {
      const base = path.basename(file).replace(/(\.(nodes|edges))?\.csv$/i, '');
      return writeFormats({ graph: g }, path.dirname(file), base, ['csv'], { csv: { variant: 'gephi' } });
    }
    await writeGraph(file, g);
    return [file];
  };
  const OUT_FORMATS = /\.(gexf|json|graphml|csv)$/i;

  // actor
  command('actor', 'who an actor is: key, type, names, dates, scores, and its relations by type', 'actor "Bashar al-Assad"')
    .argument('<name...>', 'key, label, alias or ISO3 code (several words are joined)')
    .action(
      act(async (nameWords: string[]) => {
        const g = await load();
        const name = nameWords.join(' ');
        const key = actor(g, name);
        const a = g.getNodeAttributes(key);
        const matches = findActors(g, name);
        const counts: Partial<Record<RelationType, Record<Direction, number>>> = {};
        for (const r of relationsOf(g, key)) {
          const c = (counts[r.relation] ??= { out: 0, in: 0, both: 0 });
          c[r.direction]++;
        }
        if (globals().json) {
          json({ actor: { key, ...a }, matches, relations: counts });
          return;
        }
        const label = (k: unknown) => (typeof k === 'string' && g.hasNode(k) ? g.getNodeAttribute(k, 'label') : String(k));
        const rows: string[][] = [];
        const row = (k: string, v: unknown) => {
          if (v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) rows.push([k, String(v)]);
        };
        row('key', key);
        row('type', a.type);
        row('aliases', (a.aliases ?? []).join(', '));
        row('iso3', a.iso3);
        row('code', a.code);
        row('affiliation', a.affiliation !== undefined ? label(a.affiliation) : undefined);
        row('role', a.role);
        row('folded', Array.isArray(a.folded) ? a.folded.join(', ') : undefined);
        row('mentions', `${a.mentions} in ${a.articles} article(s)`);
        row('dates', dates(a.first, a.last));
        row('community', a.community);
        row('pagerank', a.pagerank);
        row('degree', a.degree);
        row('betweenness', a.betweenness);
        const others = matches.filter((m) => m.key !== key);
        if (others.length) row('also matches', memberList(others, 6));
        const lines = [`${a.label}`, ...formatTable(['', ''], rows).slice(1).map((l) => `  ${l}`)];
        const rel = RELATION_TYPES.filter((r) => counts[r]).map((r) => {
          const c = counts[r]!;
          return [r, String(c.out), String(c.in), String(c.both)];
        });
        if (rel.length) lines.push('', ...formatTable(['RELATION', 'OUT', 'IN', 'UNDIRECTED'], rel, ['left', 'right', 'right', 'right']));
        else lines.push('', 'no relations');
        out(lines.join('\n'));
      }),
    );

  // relations
  withFilters(
    command('relations', "an actor's relations, heaviest first", 'relations Iran --relation supports --direction out'),
    'out: the actor acts; in: it is acted upon; undirected relations always show',
  )
    .argument('<actor...>', 'key, label or alias (several words are joined)')
    .option('-e, --evidence', 'print the evidence sentences under each relation')
    .action(
      act(async (nameWords: string[], flags: FilterFlags & { direction: string; evidence?: boolean }) => {
        const filter = parseFilter(flags);
        const options = { relation: filter.relation as RelationType[] | undefined, direction: parseDirection(flags.direction), from: filter.from, to: filter.to };
        const g = await scoped(await load(), filter);
        const key = actor(g, nameWords.join(' '));
        const relations = relationsOf(g, key, options);
        if (globals().json) {
          json(relations);
          return;
        }
        out(relationTable(g.getNodeAttribute(key, 'label'), relations, !!flags.evidence));
      }),
    );

  // neighbors
  command('neighbors', 'the actors joined to an actor, most strongly joined first', 'neighbors Hezbollah --relation attacks')
    .argument('<actor...>', 'key, label or alias (several words are joined)')
    .option('-r, --relation <relations>', 'only these relations, comma-separated')
    .addOption(new Option('-d, --direction <direction>', 'out, in or both').choices(['in', 'out', 'both']).default('both'))
    .action(
      act(async (nameWords: string[], flags: { relation?: string; direction: string }) => {
        const options = {
          relation: flags.relation !== undefined ? parseList(flags.relation, RELATION_TYPES, 'relation') : undefined,
          direction: parseDirection(flags.direction),
        };
        const g = await load();
        const key = actor(g, nameWords.join(' '));
        const list = neighbors(g, key, options);
        if (globals().json) {
          json(list);
          return;
        }
        if (!list.length) {
          out(`${g.getNodeAttribute(key, 'label')}: no neighbors match.`);
          return;
        }
        out(
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
    );

  // between
  withFilters(
    command('between', 'every relation joining two actors (either way), with its evidence', 'between Russia Turkey'),
    'out: only what the first actor does to the second; in: the reverse; undirected relations always show',
  )
    .argument('<a>', 'first actor (quote names with spaces)')
    .argument('<b>', 'second actor')
    .option('--no-dates', 'do not read the events file to date the evidence sentences')
    .action(
      act(async (a: string, b: string, flags: FilterFlags & { dates: boolean; direction: string }) => {
        const direction = parseDirection(flags.direction);
        const g = await scoped(await load(), parseFilter(flags));
        const ka = actor(g, a);
        const kb = actor(g, b);
        const eventsPath = eventsPathFor(graphPath);
        let articleDates: Map<string, string> | undefined;
        if (flags.dates && existsSync(eventsPath)) {
          articleDates = new Map();
          for await (const e of readEvents(eventsPath, { actor: ka, with: kb })) if (e.date) articleDates.set(e.article, e.date);
        }
        const result = between(g, ka, kb, { dates: articleDates });
        if (direction !== 'both') {
          result.relations = result.relations.filter((r) => r.direction === 'both' || r.direction === direction);
          result.weight = result.relations.reduce((sum, r) => sum + r.weight, 0);
        }
        if (globals().json) {
          json(result);
          return;
        }
        if (!result.relations.length) {
          out(`${result.a.label} and ${result.b.label}: no relation.`);
          return;
        }
        out(
          `${result.a.label} and ${result.b.label}: ${result.relations.length} relation(s), weight ${result.weight}\n` +
            relationTable(result.a.label, result.relations, true, false),
        );
      }),
    );

  // path
  command('path', 'the shortest chain of relations between two actors (direction ignored)', 'path Turkey Hezbollah')
    .argument('<a>', 'first actor (quote names with spaces)')
    .argument('<b>', 'second actor')
    .option('-r, --relation <relations>', 'walk only these relations, comma-separated')
    .option('--from <date>', 'walk only relations reported on or after this date')
    .option('--to <date>', 'walk only relations reported on or before this date')
    .addHelpText('after', 'Exit code 1 when no path joins them.')
    .action(
      act(async (a: string, b: string, flags: { relation?: string; from?: string; to?: string }) => {
        const options = {
          relations: flags.relation !== undefined ? parseList(flags.relation, RELATION_TYPES, 'relation') : undefined,
          ...parseRange(flags),
        };
        const g = await load();
        const ka = actor(g, a);
        const kb = actor(g, b);
        const path = shortestPath(g, ka, kb, options);
        if (!path) ctx.exitCode = 1;
        if (globals().json) {
          json(path);
          return;
        }
        const la = g.getNodeAttribute(ka, 'label');
        const lb = g.getNodeAttribute(kb, 'label');
        if (!path) {
          out(`No path between ${la} and ${lb}.`);
          return;
        }
        const rows = path.hops.map((hop) => [
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
        out([`${path.nodes.map((n) => n.label).join(' → ')}  (${path.length} hop${path.length === 1 ? '' : 's'})`, ...formatTable(['FROM', 'RELATIONS', 'TO'], rows)].join('\n'));
      }),
    );

  // top
  withFilters(command('top', 'the top actors by a centrality or by mentions (with filters: centralities computed on the relations in scope)', 'top --by pagerank -n 10 --type country'), undefined)
    .addOption(new Option('-b, --by <measure>', 'the measure').choices([...MEASURES]).default('pagerank'))
    .option('-n, --limit <n>', 'how many', '10')
    .option('-t, --type <types>', `only these actor types, comma-separated (${ACTOR_TYPES.join(', ')})`)
    .action(
      act(async (flags: FilterFlags & { by: string; limit: string; type?: string }) => {
        const by = flags.by as Measure;
        const n = parseCount(flags.limit, '-n', 10);
        const type = flags.type !== undefined ? parseList<ActorType>(flags.type, ACTOR_TYPES, 'type') : undefined;
        const g = await scoped(await load(), parseFilter(flags));
        const top = topActors(g, { by, n, type });
        if (globals().json) {
          json(top);
          return;
        }
        out(
          formatTable(
            ['RANK', 'ACTOR', 'TYPE', by.toUpperCase(), 'KEY'],
            top.map((t) => [String(t.rank), t.label, t.type, String(t.score), t.key]),
            ['right', 'left', 'left', 'right', 'left'],
          ).join('\n'),
        );
      }),
    );

  // ego
  withFilters(
    command('ego', "an actor's ego network: the actors within --radius hops and the relations among them", 'ego Syria --radius 1 --out syria.gexf'),
    'out: walk relations in their direction from the actor (whom it acts on, and so on); in: against it; symmetric relations both ways',
  )
    .argument('<actor...>', 'key, label or alias (several words are joined)')
    .option('--radius <k>', 'hops from the actor', '1')
    .option('-o, --out <file>', 'write the network to a .gexf, .json, .graphml or .csv file instead of listing it')
    .action(
      act(async (nameWords: string[], flags: FilterFlags & { radius: string; out?: string; direction: string }) => {
        const radius = parseCount(flags.radius, '--radius', 1);
        const direction = parseDirection(flags.direction);
        const filter = parseFilter(flags);
        const relations = filter.relation as RelationType[] | undefined;
        if (flags.out !== undefined && !OUT_FORMATS.test(flags.out)) throw new UsageError(`--out must name a .gexf, .json, .graphml or .csv file, got "${flags.out}"`);
        // Writing over the graph being read would lose it (as `view` refuses too): by path or by inode.
        if (flags.out !== undefined && sameFile(flags.out, graphPath)) throw new UsageError(`--out must not be the graph file being read (${graphPath}); name another file`);
        const g = await scoped(await load(), filter);
        const key = actor(g, nameWords.join(' '));
        const ego = egoNetwork(g, key, { radius, relations });
        if (direction !== 'both') {
          // Only the actors reached walking the relations one way (symmetric ones either way).
          const reached = new Set([key]);
          let frontier = [key];
          for (let hop = 0; hop < radius && frontier.length; hop++) {
            const next: string[] = [];
            for (const n of frontier)
              ego.forEachEdge(n, (_e, a, s, t, _sa, _ta, undirected) => {
                const other = s === n ? t : s;
                if (reached.has(other)) return;
                if (!undirected && (direction === 'out' ? s !== n : t !== n)) return;
                reached.add(other);
                next.push(other);
              });
            frontier = next;
          }
          for (const n of ego.nodes()) if (!reached.has(n)) ego.dropNode(n);
        }
        if (flags.out !== undefined) {
          const files = await writeOut(flags.out, ego);
          if (globals().json) json({ file: flags.out, ...(files.length > 1 ? { files } : {}), actors: ego.order, relations: ego.size });
          else out(`wrote ${files.join(', ')}: ${ego.order} actors, ${ego.size} relations`);
          return;
        }
        if (globals().json) {
          out(toJSON(ego));
          return;
        }
        const dist = distancesFrom(g, key, { radius, relations }); // hops direction ignored
        const rows = ego
          .nodes()
          .sort((x, y) => dist[x] - dist[y] || (ego.getNodeAttribute(y, 'mentions') ?? 0) - (ego.getNodeAttribute(x, 'mentions') ?? 0) || (x < y ? -1 : 1))
          .map((n) => [String(dist[n]), ego.getNodeAttribute(n, 'label'), ego.getNodeAttribute(n, 'type'), String(ego.degree(n)), String(ego.getNodeAttribute(n, 'mentions') ?? '')]);
        out(
          [
            `${g.getNodeAttribute(key, 'label')}: ${ego.order} actors within ${radius} hop${radius === 1 ? '' : 's'}, ${ego.size} relations`,
            ...formatTable(['HOPS', 'ACTOR', 'TYPE', 'RELATIONS', 'MENTIONS'], rows, ['right', 'left', 'left', 'right', 'right']),
          ].join('\n'),
        );
      }),
    );

  // communities
  withFilters(command('communities', 'the communities (the build\'s, else seeded Louvain; with filters, Louvain on the relations in scope) with their most central members', 'communities --members 5'), undefined)
    .option('--min-size <k>', 'only communities of at least k actors', '2')
    .option('--members <k>', 'members listed per community (table only)', '8')
    .option('--recompute', 'run Louvain even when the graph has community attributes')
    .action(
      act(async (flags: FilterFlags & { minSize: string; members: string; recompute?: boolean }) => {
        const minSize = parseCount(flags.minSize, '--min-size', 2);
        const members = parseCount(flags.members, '--members', 8);
        const filter = parseFilter(flags);
        const g = await scoped(await load(), filter);
        showGroups('communities', communitiesOf(g, { recompute: flags.recompute }), minSize, members);
      }),
    );

  // components
  command('components', 'the connected components (direction ignored), largest first', 'components --min-size 3')
    .option('--min-size <k>', 'only components of at least k actors', '2')
    .option('--members <k>', 'members listed per component (table only)', '8')
    .action(
      act(async (flags: { minSize: string; members: string }) => {
        const minSize = parseCount(flags.minSize, '--min-size', 2);
        const members = parseCount(flags.members, '--members', 8);
        const g = await load();
        showGroups('components', components(g), minSize, members);
      }),
    );

  // events
  withFilters(
    command('events', 'the events (one sentence each) from the events file next to the graph, by date', 'events --actor Iran --relation supports --from 2016 --to 2016'),
    'with --actor: out, events it is the source of; in, the target of (symmetric relations always)',
  )
    .option('-a, --actor <actor>', 'events with this actor at either end')
    .option('-w, --with <actor>', 'with --actor: events between the two')
    .option('--article <id>', 'events of this article')
    .option('--place <name>', 'events that happened at this place ("Aleppo") or in this country (ISO3: SYR)')
    .option('-n, --limit <n>', 'stop after n events')
    .option('--uncertain', 'also negated and hypothetical events (when the build kept them)')
    .option('--events <file>', 'the events file (default: <graph without .json/.gexf>.events.jsonl)')
    .addHelpText('after', 'Events are listed by date (undated ones last), then in the order of the file. With --json, prints a JSON array.')
    .action(
      act(
        async (flags: FilterFlags & {
          actor?: string;
          with?: string;
          direction: string;
          article?: string;
          place?: string;
          limit?: string;
          uncertain?: boolean;
          events?: string;
        }) => {
          const filter = parseFilter(flags);
          const direction = parseDirection(flags.direction);
          const limit = parseCount(flags.limit, '-n', Infinity);
          if (flags.with !== undefined && flags.actor === undefined) throw new UsageError('--with goes with --actor');
          if (direction !== 'both' && flags.actor === undefined) throw new UsageError('--direction goes with --actor');
          const g = await load();
          const ka = flags.actor !== undefined ? actor(g, flags.actor) : undefined;
          const kb = flags.with !== undefined ? actor(g, flags.with) : undefined;
          const path = flags.events ?? eventsPathFor(graphPath);
          // --min-weight is on relations: the events of the edges that weigh enough in the filters' scope.
          const heavy = filter.minWeight ? await scoped(g, filter, path) : undefined;
          const events = readEvents(path, {
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
          for await (const e of events) {
            if (heavy && !heavy.hasEdge(`${e.relation}:${e.source}:${e.target}`) && !heavy.hasEdge(`${e.relation}:${e.target}:${e.source}`)) continue;
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
          if (globals().json) {
            io.out(shown.length ? `[\n${shown.map((e) => `  ${JSON.stringify(e)}`).join(',\n')}\n]\n` : '[]\n');
            return;
          }
          for (const e of shown) io.out(eventLines(e, label));
          io.out(`${shown.length} event${shown.length === 1 ? '' : 's'}\n`);
        },
      ),
    );

  // subgraph
  withFilters(command('subgraph', 'the graph the filters leave (weights and dates of the window), listed or written with --out', 'subgraph --from 2016 --to 2016 --category ASSAULT --out attacks-2016.gexf'), undefined)
    .option('-t, --type <types>', `only actors of these types, comma-separated (${ACTOR_TYPES.join(', ')})`)
    .option('--keep-isolated', 'keep the actors left without relations')
    .option('-o, --out <file>', 'write it to a .gexf, .json, .graphml or .csv (Gephi node and edge tables) file')
    .action(
      act(async (flags: FilterFlags & { type?: string; keepIsolated?: boolean; out?: string }) => {
        const filter = parseFilter(flags);
        const types = flags.type !== undefined ? parseList<ActorType>(flags.type, ACTOR_TYPES, 'type') : undefined;
        if (flags.out !== undefined && !OUT_FORMATS.test(flags.out)) throw new UsageError(`--out must name a .gexf, .json, .graphml or .csv file, got "${flags.out}"`);
        if (flags.out !== undefined && sameFile(flags.out, graphPath)) throw new UsageError(`--out must not be the graph file being read (${graphPath}); name another file`);
        const g = await scoped(await load(), filter);
        const sub = subgraph(g, { types, keepIsolated: flags.keepIsolated });
        if (flags.out !== undefined) {
          const files = await writeOut(flags.out, sub);
          if (globals().json) json({ file: flags.out, ...(files.length > 1 ? { files } : {}), actors: sub.order, relations: sub.size });
          else out(`wrote ${files.join(', ')}: ${sub.order} actors, ${sub.size} relations`);
          return;
        }
        if (globals().json) {
          out(toJSON(sub));
          return;
        }
        const rows = sub
          .edges()
          .sort((x, y) => sub.getEdgeAttribute(y, 'weight') - sub.getEdgeAttribute(x, 'weight') || (x < y ? -1 : 1))
          .map((e) => {
            const a = sub.getEdgeAttributes(e);
            return [sub.getNodeAttribute(sub.source(e), 'label'), a.relation, sub.getNodeAttribute(sub.target(e), 'label'), String(a.weight), dates(a.first, a.last), a.category];
          });
        out([`${sub.order} actors, ${sub.size} relations`, ...formatTable(['SOURCE', 'RELATION', 'TARGET', 'WEIGHT', 'DATES', 'CATEGORY'], rows, ['left', 'left', 'left', 'right', 'left', 'left'])].join('\n'));
      }),
    );

  // timeline
  command('timeline', 'events per period for an actor, or for two (the dyad, either way), by relation and quad class, with the net cooperation', 'timeline Russia Turkey --by year')
    .argument('<actor>', 'the actor (quote names with spaces)')
    .argument('[other]', 'the other actor of the dyad')
    .addOption(new Option('--by <period>', 'period length').choices([...PERIODS]).default('month'))
    .option('-r, --relation <relations>', 'only these relations, comma-separated')
    .addOption(new Option('-d, --direction <direction>', 'out: events the (first) actor is the source of; in: the target of; symmetric relations always count').choices(['in', 'out', 'both']).default('both'))
    .option('--from <date>', 'events dated on or after this date')
    .option('--to <date>', 'events dated on or before this date')
    .option('--csv', 'print CSV (one row per period) instead of a table')
    .option('--events <file>', 'the events file (default: <graph without .json/.gexf>.events.jsonl; without one, the graph\'s per-date counts are used)')
    .addHelpText('after', 'Counts come from the events file next to the graph (each event with its own PLOVER type); without it, from the edges\' per-date counts.\nNET is the net cooperation: the events\' intensities (-10 conflict … +10 cooperation, README "The events table") summed per period.')
    .action(
      act(async (a: string, b: string | undefined, flags: { by: string; relation?: string; direction: string; from?: string; to?: string; csv?: boolean; events?: string }) => {
        const options = {
          by: flags.by as Period,
          relation: flags.relation !== undefined ? parseList(flags.relation, RELATION_TYPES, 'relation') : undefined,
          direction: parseDirection(flags.direction),
          ...parseRange(flags),
        };
        if (flags.csv && globals().json) throw new UsageError('--csv and --json: choose one');
        const g = await load();
        const ka = actor(g, a);
        const kb = b !== undefined ? actor(g, b) : undefined;
        const eventsPath = flags.events ?? eventsPathFor(graphPath);
        let t: Timeline;
        if (existsSync(eventsPath) && !globals().country) {
          const events: RelationEvent[] = [];
          for await (const e of readEvents(eventsPath, { actor: ka, with: kb })) events.push(e);
          t = timeline(events, ka, kb, { ...options, graph: g });
        } else t = timeline(g, ka, kb, options);
        if (globals().json) {
          json(t);
          return;
        }
        out(flags.csv ? timelineCSV(t) : timelineTable(t));
      }),
    );

  return inner;
}

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
  const head = `${who}: ${t.total} event(s) by ${t.by}${t.undated ? `, ${t.undated} undated` : ''}${t.exact ? '' : ' (from the graph: quad classes and NET from each edge\'s category)'}`;
  if (!t.periods.length) return `${head}\nno dated events match.`;
  const { relations, quads } = timelineColumns(t);
  const rows = t.periods.map((p) => [p.period, String(p.count), ...relations.map((r) => String(p.byRelation[r] ?? 0)), ...quads.map((q) => String(p.byQuad[q] ?? 0)), String(p.intensity)]);
  const headers = ['PERIOD', 'EVENTS', ...relations.map((r) => r.toUpperCase()), ...quads.map((q) => QUAD_SHORT[q]), 'NET'];
  return [head, ...formatTable(headers, rows, headers.map((_h, i) => (i === 0 ? 'left' : 'right')))].join('\n');
}

function timelineCSV(t: Timeline): string {
  const { relations, quads } = timelineColumns(t);
  const lines = [['period', 'start', 'end', 'events', ...relations, ...quads, 'net_cooperation'].join(',')];
  for (const p of t.periods)
    lines.push([p.period, p.start, p.end, p.count, ...relations.map((r) => p.byRelation[r] ?? 0), ...quads.map((q) => p.byQuad[q] ?? 0), p.intensity].join(','));
  return lines.join('\n');
}

function eventLines(e: RelationEvent, label: (key: string) => string): string {
  const flags = [e.negated ? 'negated' : '', e.hypothetical ? 'hypothetical' : ''].filter(Boolean).join(', ');
  const where = e.place ? `  @ ${e.place}${e.placeCountry && !e.place.startsWith(e.placeCountry) ? ` (${e.placeCountry})` : ''}` : '';
  return `${e.date ?? 'undated   '}  ${label(e.source)} ${e.relation} ${label(e.target)}${where}  [${e.article}]${flags ? ` (${flags})` : ''}\n    ${e.text}\n`;
}

/** The relations of an actor as a table, with the evidence under each row when asked. */
function relationTable(label: string, relations: Relation[], evidence: boolean, header = true): string {
  if (!relations.length) return `${label}: no relations match.`;
  const rows = relations.map((r) => [r.relation, ARROW[r.direction], r.other.label, r.other.type, String(r.weight), dates(r.first, r.last), r.category]);
  const [head, ...lines] = formatTable(['RELATION', 'DIR', 'OTHER', 'TYPE', 'WEIGHT', 'DATES', 'CATEGORY'], rows, ['left', 'left', 'left', 'left', 'right', 'left', 'left']);
  const outLines = header ? [`${label}: ${relations.length} relation(s)`, head] : [head];
  lines.forEach((line, i) => {
    outLines.push(line);
    if (evidence)
      for (const ev of relations[i].evidence) outLines.push(`    ${ev.date ? `${ev.date} ` : ''}[${ev.article}] ${truncate(ev.text, 300)}`);
  });
  return outLines.join('\n');
}
