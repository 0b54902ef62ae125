// A build that read no article must not replace the outputs of an earlier one: a mistyped input
// path (`../mycorpsu`) or a folder of only `.md` files would otherwise overwrite a good graph with
// an empty one. This module words what was given and what was found there, for the error that stops
// such a build before its renames, and for the summary's line on files of other kinds.
import { statSync } from 'node:fs';
import path from 'node:path';
import type { InputProblem } from '../types.js';

const KINDS = '.txt, .jsonl or .csv';

/** Thrown by a build that read no article; the old outputs are left as they were. */
export class NothingReadError extends Error {
  /** The problems met (each input rejected), to show before this message. */
  readonly problems: InputProblem[];
  constructor(message: string, problems: InputProblem[]) {
    super(message);
    this.name = 'NothingReadError';
    this.problems = problems;
  }
}

/** "3 files: .md, .png": how many files were skipped and their extensions, sorted. */
export function describeSkipped(files: readonly string[]): string {
  const exts = [...new Set(files.map((f) => path.extname(f).toLowerCase() || '(no extension)'))].sort();
  return `${files.length} file${files.length === 1 ? '' : 's'}: ${exts.join(', ')}`;
}

/**
 * The error of a build that read no article: one line per input given, saying what was found there.
 *
 * @example nothingRead(['../mycorpsu'], 'o', [], []).message // "…: no .txt, .jsonl or .csv file under ../mycorpsu: it does not exist"
 */
export function nothingRead(
  paths: readonly string[],
  outDir: string,
  problems: InputProblem[],
  skipped: readonly string[],
): NothingReadError {
  const lines = [`actorgraph/build: no article read, so nothing was written and the outputs in ${outDir} are left as they were`];
  if (paths.length === 0) lines.push('  no input given; give .txt, .jsonl or .csv files or folders');
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      lines.push(`  no ${KINDS} file under ${p}: it does not exist`);
      continue;
    }
    const abs = path.resolve(p);
    const inside = (f: string) => path.resolve(f) === abs || (isDir && path.resolve(f).startsWith(abs + path.sep));
    const rejected = problems.filter((x) => x.origin.file === p || inside(x.origin.file)).length;
    const others = isDir ? skipped.filter(inside) : [];
    if (!isDir) lines.push(`  ${p}: no article in it (${rejected ? 'rejected, see above' : 'nothing to read'})`);
    else if (rejected)
      lines.push(
        `  no article read under ${p}: ${rejected} input(s) rejected (see above)${others.length ? `, and ${describeSkipped(others)} of other kinds skipped` : ''}`,
      );
    else if (others.length) lines.push(`  no ${KINDS} file under ${p}: it holds only ${describeSkipped(others)}`);
    else lines.push(`  no ${KINDS} file under ${p}: it is empty`);
  }
  return new NothingReadError(lines.join('\n'), problems);
}
