// The run of one `actorgraph query <graph> …`: the graph file, loaded once (folded with --country),
// the terminal-safe output, and the library calls and error wording every question shares.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RelationEvent } from '../../types.js';
import type { ActorGraph } from '../../graph/assemble.js';
import { writeFormats, writeGraph } from '../../export/index.js';
import {
  articlesPathFor,
  countryProjection,
  eventsPathFor,
  isScoped,
  loadGraph,
  needsEvents,
  readEvents,
  readOutlets,
  resolveActor,
  scopeGraph,
  type ScopeFilter,
  UnknownActorError,
} from '../../query/index.js';
import type { CliIO, CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import type { Globals, QuestionContext } from './question.js';

/**
 * The context the questions of `inner` (the program of questions) are asked in.
 *
 * @example const q = questionSession(inner, ctx, io, 'graphs/corpus.json'); const g = await q.load();
 */
export function questionSession(inner: Command, ctx: CommandContext, io: CliIO, graphPath: string): QuestionContext {
  let graph: ActorGraph | undefined;
  const globals = (): Globals => inner.opts<Globals>();
  const out = (s: string) => io.out(s.endsWith('\n') ? s : `${s}\n`);
  return {
    graphPath,
    io,
    globals,
    out,
    json: (value) => out(JSON.stringify(value, null, 2)),
    actor: (g, name) => resolveActor(g, name),
    setExitCode: (code) => {
      ctx.exitCode = code;
    },
    async load() {
      if (!graph) {
        // The library's wording ("pass {format}") is for scripts; here, what to give instead.
        if (!/\.(json|gexf)$/i.test(graphPath))
          throw new UsageError(
            `${graphPath} is not a graph file: give the .json or .gexf file of a build (the events file beside it is found from it)`,
          );
        graph = await loadGraph(graphPath, { onNotice: (m) => io.err(`${m}\n`) });
        if (globals().country) graph = countryProjection(graph);
      }
      return graph;
    },
    async scoped(g: ActorGraph, filter: ScopeFilter, eventsFile?: string) {
      if (!isScoped(filter)) return g;
      const eventsPath = eventsFile ?? eventsPathFor(graphPath);
      if (!needsEvents(filter) || globals().country || !existsSync(eventsPath)) {
        if (filter.outlet !== undefined)
          throw new UsageError(
            `--outlet needs the events and articles files of the build (${eventsPath} not found${globals().country ? ', or not with --country' : ''})`,
          );
        return scopeGraph(g, filter);
      }
      const events: RelationEvent[] = [];
      for await (const e of readEvents(eventsPath)) events.push(e);
      const outlets = filter.outlet !== undefined ? await readOutlets(articlesPathFor(eventsPath)) : undefined;
      return scopeGraph(g, filter, events, { outletOf: outlets && ((a) => outlets.get(a)) });
    },
    async writeOut(file: string, g: ActorGraph) {
      // .csv: Gephi's node and edge tables, named after the file given.
      if (/\.csv$/i.test(file)) {
        const base = path.basename(file).replace(/(\.(nodes|edges))?\.csv$/i, '');
        return writeFormats({ graph: g }, path.dirname(file), base, ['csv'], { csv: { variant: 'gephi' } });
      }
      await writeGraph(file, g);
      return [file];
    },
    act:
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
      },
  };
}
