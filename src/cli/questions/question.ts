// What a question of `actorgraph query` is (one module per question, as src/query/ has one per
// question of the library), and what every question gets from the run it is asked in.
import type { Command } from 'commander';
import type { ActorGraph } from '../../graph/assemble.js';
import type { ScopeFilter } from '../../query/index.js';
import type { CliIO } from '../context.js';

/** A sub-command of `actorgraph query <graph>`, registered in questions/index.ts. */
export interface Question {
  /** The word after the graph: `actorgraph query <graph> <name>`. */
  readonly name: string;
  /** One line for the questions' help. */
  readonly description: string;
  /** What follows `actorgraph query graphs/corpus.json ` in the example under its help. */
  readonly example: string;
  /**
   * Whether it takes the filter flags (README "Filters"), added before its own options; with
   * `direction`, also `--direction`, whose help this is.
   */
  readonly filters?: { direction?: string };
  /** Adds its arguments, options and action to the sub-command made for it. */
  define(cmd: Command, q: QuestionContext): void;
}

/** The global flags of `actorgraph query`, given before or after the question. */
export interface Globals {
  json?: boolean;
  country?: boolean;
}

/** The run a question is asked in: the graph file, loaded once, and where answers go. */
export interface QuestionContext {
  /** The graph file as the user named it. */
  readonly graphPath: string;
  /** The CLI's streams, with everything printed made terminal-safe. */
  readonly io: CliIO;
  globals(): Globals;
  /** The graph (the country projection with --country), loaded at the first call. */
  load(): Promise<ActorGraph>;
  /** Prints a line (a newline added when missing). */
  out(s: string): void;
  /** Prints a value as indented JSON. */
  json(value: unknown): void;
  /** The key of the actor a name means (throws the library's UnknownActorError). */
  actor(g: ActorGraph, name: string): string;
  /** The graph as the events in the filters' scope make it (the graph itself when there is no filter). */
  scoped(g: ActorGraph, filter: ScopeFilter, eventsFile?: string): Promise<ActorGraph>;
  /** Writes a graph to --out in the format its extension names; the files written. */
  writeOut(file: string, g: ActorGraph): Promise<string[]>;
  /** Sets the exit code of `actorgraph` (1: answered, but with no answer, as `path` with no path). */
  setExitCode(code: number): void;
  /** Wraps an action so that library errors become CLI messages (an unknown actor names the graph file). */
  act<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void>;
}
