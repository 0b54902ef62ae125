// Message wording for the ingest stage: every message a user sees starts with the same prefix,
// says where (`file:line`, or `file` for whole-file trouble) and ends with what to do about it,
// so that a long run's log can be grepped and acted on without reading the source.

import type { InputProblem, Origin } from '../types.js';
import type { IngestNotice } from './types.js';

export const PREFIX = 'actorgraph/ingest: ';

/** `file:line`, or `file` when the trouble concerns the whole file. */
export function where(origin: Origin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}

/** `what` is the fault, `todo` the remedy; kept apart so no message forgets the remedy. */
export function message(origin: Origin, what: string, todo: string): string {
  return `${PREFIX}${where(origin)}: ${what}; ${todo}`;
}

export function problem(origin: Origin, what: string, todo: string, id?: string): InputProblem {
  const p: InputProblem = { origin, message: message(origin, what, todo) };
  if (id !== undefined) p.id = id;
  return p;
}

/** Short, quoted excerpt of user input for messages (a whole broken line would flood the log). */
export function excerpt(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

/** Node's error codes in words a user can act on. */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many symbolic links (a link loop)';
    case 'ENAMETOOLONG':
      return 'path too long';
    default:
      return e?.message ? `cannot read it (${e.message})` : `cannot read it (${String(err)})`;
  }
}

/** What a CSV row or JSONL line says of a date it could not read: the article stays, undated. */
export function unparsedDateNotice(notify: (n: IngestNotice) => void, origin: Origin, id: string | undefined): (date: string) => void {
  return (date) =>
    notify({
      kind: 'unparsed-date',
      origin,
      id,
      message: message(origin, `date ${excerpt(date)} not understood, left out`, 'write it as YYYY-MM-DD'),
    });
}
