// The option parsing every question of `actorgraph query` shares: lists, counts, dates, the filter
// flags and --out. A bad value is a UsageError (exit 2), never an empty answer.
import { Option, type Command } from 'commander';
import { statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { RELATION_TYPES } from '../../types.js';
import { type Direction, QUAD_FILTERS, type QuadFilter, type ScopeFilter } from '../../query/index.js';
import { checkDateRange, isDateBound } from '../../query/common.js';
import { UsageError } from '../errors.js';

export function parseList<T extends string>(value: string, allowed: readonly T[], what: string): T[] {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!items.length) throw new UsageError(`${what} needs a value (one of ${allowed.join(', ')})`);
  for (const item of items)
    if (!allowed.includes(item as T)) throw new UsageError(`unknown ${what} "${item}"; use one of ${allowed.join(', ')}`);
  return items as T[];
}

function parseDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isDateBound(value))
    throw new UsageError(`${flag} takes a date as YYYY, YYYY-MM or YYYY-MM-DD (month 01–12, a day of that month), got "${value}"`);
  return value;
}

/** --from and --to, each a real date, and not the later one first (a usage error, not an empty answer). */
export function parseRange(flags: { from?: string; to?: string }): { from?: string; to?: string } {
  const from = parseDate(flags.from, '--from');
  const to = parseDate(flags.to, '--to');
  try {
    return checkDateRange(from, to, ['--from', '--to']);
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^actorgraph\/query: /, ''));
  }
}

export function parseCount(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} takes a whole number, got "${value}"`);
  return Number(value);
}

export function parseDirection(value: string): Direction {
  if (value !== 'in' && value !== 'out' && value !== 'both') throw new UsageError(`--direction must be in, out or both, got "${value}"`);
  return value;
}

/** The filter flags every question takes. */
export interface FilterFlags {
  from?: string;
  to?: string;
  relation?: string;
  category?: string;
  quad?: string;
  outlet?: string;
  minWeight?: string;
}

/** Adds the filter flags (README "Filters") to a command, and --direction with this help when given. */
export function withFilters(cmd: Command, direction: string | undefined): Command {
  cmd
    .option(
      '--from <date>',
      'only events on or after this date (YYYY, YYYY-MM, YYYY-MM-DD): weights and dates are recomputed inside the window',
    )
    .option('--to <date>', 'only events on or before this date')
    .option('-r, --relation <relations>', `only these relations, comma-separated (${RELATION_TYPES.join(', ')})`)
    .option('--category <types>', 'only these PLOVER event types, comma-separated (ASSAULT, CONSULT, SUPPORT, …)')
    .option('--quad <classes>', `only these quad classes, comma-separated (${QUAD_FILTERS.join(', ')})`)
    .option('--outlet <names>', "only events from articles of these outlets (the articles' source), comma-separated")
    .option('--min-weight <n>', "only relations of at least n events (in the filters' scope)");
  if (direction !== undefined)
    cmd.addOption(new Option('-d, --direction <direction>', direction).choices(['in', 'out', 'both']).default('both'));
  return cmd;
}

export function parseFilter(flags: FilterFlags): ScopeFilter {
  const f: ScopeFilter = { ...parseRange(flags) };
  if (flags.relation !== undefined) f.relation = parseList(flags.relation, RELATION_TYPES, 'relation');
  if (flags.category !== undefined) {
    const items = flags.category
      .split(',')
      .map((c) => c.trim().toUpperCase())
      .filter(Boolean);
    if (!items.length) throw new UsageError('--category needs a PLOVER event type');
    f.category = items;
  }
  if (flags.quad !== undefined) f.quad = parseList<QuadFilter>(flags.quad, QUAD_FILTERS, 'quad class');
  if (flags.outlet !== undefined) {
    const items = flags.outlet
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    if (!items.length) throw new UsageError('--outlet needs a name');
    f.outlet = items;
  }
  if (flags.minWeight !== undefined) {
    if (!/^\d+$/.test(flags.minWeight)) throw new UsageError(`--min-weight takes a whole number, got "${flags.minWeight}"`);
    f.minWeight = Number(flags.minWeight);
  }
  return f;
}

const OUT_FORMATS = /\.(gexf|json|graphml|csv)$/i;

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

/** --out names a graph format, and not the graph being read. */
export function checkOutFile(out: string | undefined, graphPath: string): void {
  if (out !== undefined && !OUT_FORMATS.test(out))
    throw new UsageError(`--out must name a .gexf, .json, .graphml or .csv file, got "${out}"`);
  // Writing over the graph being read would lose it (as `view` refuses too): by path or by inode.
  if (out !== undefined && sameFile(out, graphPath))
    throw new UsageError(`--out must not be the graph file being read (${graphPath}); name another file`);
}
