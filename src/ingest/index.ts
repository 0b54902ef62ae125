// The ingest stage: turns the files and folders a user names into a stream of articles and input
// problems, and never throws on bad input (a problem names `file:line` and the remedy instead).
//
// - Folders are read recursively; their files are taken in byte order of their path so that every
//   run sees the same order. Inside folders, hidden entries (`.git`, `.DS_Store`) and non-regular
//   files are skipped silently, files of unknown extension are skipped and told to `onSkipped` (the
//   build's summary names their kinds); a file named explicitly is always read or reported. A folder reached again through a symbolic link to one of its ancestors is a problem
//   (a directory loop); a file reached twice is read once.
// - Extensions: `.txt`/`.text` (one article per file), `.jsonl`/`.ndjson` (one per line),
//   `.csv`/`.tsv` (one per row), case-insensitive.
// - Every article leaves here with a non-empty `text` of at most `maxArticleBytes` UTF-8 bytes, an
//   `origin`, and an id unique over the run (`UniqueIds`: a repeated id becomes `id~2`, `id~3`…).
// - Things worth telling but not problems — a renamed duplicate id, a date that could not be read,
//   a file reached twice — go to `onNotice` as `IngestNotice`s, so the article stream stays
//   `Article | InputProblem`; the caller counts them for its summary ("12 duplicate ids renamed"),
//   or reads `ids.renamed` from the `UniqueIds` it passed in.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article, InputProblem } from '../types.js';
import { readCsv } from './csv.js';
import { sniffFile, type Sniffed } from './decode.js';
import type { FieldMap } from './fields.js';
import { UniqueIds } from './ids.js';
import { readJsonl } from './jsonl.js';
import { describeFsError, message, problem, where } from './problems.js';
import { readTxt } from './txt.js';
import type { IngestNotice, IngestOptions, ReadContext } from './types.js';

export { normalizeDate, dateFromUrl } from './dates.js';
export { FIELD_CANDIDATES } from './fields.js';
export { UniqueIds } from './ids.js';
export { parseTxt } from './txt.js';
export type { IngestNotice, IngestOptions, ReadContext } from './types.js';

export const DEFAULTS = {
  /** 10 MiB: far beyond any news article, small enough that a mistaken input cannot exhaust memory. */
  maxArticleBytes: 10 * 1024 * 1024,
} as const;

export type FileKind = 'txt' | 'jsonl' | 'csv';

const EXTENSIONS: Readonly<Record<string, FileKind>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.csv': 'csv',
  '.tsv': 'csv',
};

export function fileKind(file: string): FileKind | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

/**
 * Tells a problem (bad input, with file and line) from an article in what `readArticles` yields.
 *
 * @example const articles = []; for await (const x of readArticles(['in.jsonl'])) if (!isProblem(x)) articles.push(x)
 */
export function isProblem(x: Article | InputProblem): x is InputProblem {
  return !('text' in x);
}

const WHAT_TO_GIVE = 'give text (.txt), JSONL (.jsonl) or CSV (.csv) files';

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

type Entry = { file: string; explicit: boolean } | { problem: InputProblem } | { notice: IngestNotice };

/** How folders are walked: what to skip, and where links may lead (real paths of the input folders). */
interface Walk {
  skip: ((p: string) => boolean) | undefined;
  roots: string[];
  follow: boolean;
  /** Told the files of other kinds that are passed over. */
  onSkipped?: (file: string) => void;
}

/** Whether a real path lies inside one of the input folders. */
function inside(real: string, roots: string[]): boolean {
  return roots.some((r) => real === r || real.startsWith(r.endsWith(path.sep) ? r : r + path.sep));
}

/** What a special file is, for the notice that skips it. */
function specialKind(e: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string | undefined {
  if (e.isFIFO()) return 'a FIFO (named pipe)';
  if (e.isSocket()) return 'a socket';
  if (e.isCharacterDevice() || e.isBlockDevice()) return 'a device';
  return undefined;
}

/** The files under a folder, in byte order of path; problems for unreadable folders and loops. */
async function listFolder(dir: string, ancestors: Set<string>, out: Entry[], walk: Walk): Promise<void> {
  const skip = walk.skip;
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ problem: problem({ file: dir }, `cannot list this folder: ${describeFsError(err)}`, 'check its permissions') });
    return;
  }
  entries.sort((a, b) => byteOrder(a.name, b.name));
  const files: string[] = [];
  const subdirs: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (skip?.(path.resolve(full))) continue;
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    let special = specialKind(e);
    if (e.isSymbolicLink()) {
      try {
        const st = await fs.promises.stat(full);
        isDir = st.isDirectory();
        isFile = st.isFile();
        special = specialKind(st);
        // A link out of the input folders (`passwd.txt → /etc/passwd`) would leak what it points to.
        const real = await fs.promises.realpath(full);
        if (!walk.follow && !inside(real, walk.roots)) {
          const message = `${full}: a link to ${real}, outside the input folders: not followed (name it, or use --follow-symlinks, to read it)`;
          out.push({ notice: { kind: 'skipped-link', origin: { file: full }, message: `actorgraph/ingest: ${message}` } });
          continue;
        }
      } catch (err) {
        out.push({ problem: problem({ file: full }, `broken link: ${describeFsError(err)}`, 'fix or remove the link') });
        continue;
      }
    }
    if (special) {
      // Reading a FIFO would block the build; a device or socket is no article either.
      out.push({
        notice: {
          kind: 'skipped-special',
          origin: { file: full },
          message: `actorgraph/ingest: ${full}: ${special}, not a regular file: skipped`,
        },
      });
      continue;
    }
    if (isDir) subdirs.push(full);
    else if (isFile && fileKind(full) !== undefined) files.push(full);
    else if (isFile) walk.onSkipped?.(full);
  }
  // Files and subfolders interleave in plain byte order of their full paths.
  const items = [...files.map((f) => ({ f, dir: false })), ...subdirs.map((f) => ({ f, dir: true }))];
  items.sort((a, b) => byteOrder(a.dir ? `${a.f}/` : a.f, b.dir ? `${b.f}/` : b.f));
  for (const { f, dir: isDir } of items) {
    if (!isDir) {
      out.push({ file: f, explicit: false });
      continue;
    }
    let real: string;
    try {
      real = await fs.promises.realpath(f);
    } catch (err) {
      out.push({ problem: problem({ file: f }, `cannot open this folder: ${describeFsError(err)}`, 'check its permissions') });
      continue;
    }
    if (ancestors.has(real)) {
      out.push({
        problem: problem(
          { file: f },
          'directory loop (a link back to a folder that contains it), not followed',
          'remove the link or name the folders to read',
        ),
      });
      continue;
    }
    ancestors.add(real);
    await listFolder(f, ancestors, out, walk);
    ancestors.delete(real);
  }
}

async function expand(p: string, walk: Walk): Promise<Entry[]> {
  let st: fs.Stats;
  try {
    st = await fs.promises.stat(p);
  } catch (err) {
    return [{ problem: problem({ file: p }, describeFsError(err), 'check the path') }];
  }
  if (st.isDirectory()) {
    const out: Entry[] = [];
    let real = p;
    try {
      real = await fs.promises.realpath(p);
    } catch {
      // stat succeeded, so listing will report any real trouble
    }
    await listFolder(p, new Set([real]), out, walk);
    return out;
  }
  if (!st.isFile()) return [{ problem: problem({ file: p }, 'not a regular file', WHAT_TO_GIVE) }];
  return [{ file: p, explicit: true }];
}

/** Articles and problems of one file, before the run-wide checks. */
async function* readFile(file: string, ctx: ReadContext): AsyncGenerator<Article | InputProblem> {
  const kind = fileKind(file);
  let sniffed: Sniffed;
  try {
    sniffed = await sniffFile(file);
  } catch (err) {
    yield problem({ file }, describeFsError(err), 'check the path and its permissions');
    return;
  }
  if (sniffed.kind === 'binary') {
    const hint = sniffed.looksLike.startsWith('binary data') ? `${WHAT_TO_GIVE} (UTF-16 text needs a byte-order mark)` : WHAT_TO_GIVE;
    yield problem({ file }, `binary file (looks like ${sniffed.looksLike})`, hint);
    return;
  }
  // Sniffed first so that a named `report.pdf` is called a PDF, not just an unknown type.
  if (kind === undefined) {
    yield problem({ file }, `unknown file type ${JSON.stringify(path.extname(file) || '(no extension)')}`, WHAT_TO_GIVE);
    return;
  }
  ctx.encoding = sniffed.encoding;
  if (ctx.start && kind !== 'jsonl')
    throw new Error(`actorgraph/ingest: internal error: ${file} read from an offset, but only JSONL can be`);
  if (kind === 'txt') yield await readTxt(file, ctx);
  else if (kind === 'jsonl') yield* readJsonl(file, ctx);
  else yield* readCsv(file, ctx);
}

/**
 * Reads articles from files and folders, in order, as a stream. Yields an `InputProblem` for
 * everything that cannot become an article, and never throws for bad input.
 *
 * @example for await (const item of readArticles(['corpus/'])) if (!isProblem(item)) console.log(item.id, item.date)
 */
export async function* readArticles(paths: string[], options: IngestOptions = {}): AsyncGenerator<Article | InputProblem> {
  const maxArticleBytes = options.maxArticleBytes ?? DEFAULTS.maxArticleBytes;
  const ids = options.ids ?? new UniqueIds();
  const notify = (n: IngestNotice): void => {
    try {
      options.onNotice?.(n);
    } catch {
      // a failing listener must not cost the run its articles
    }
  };
  const columns: FieldMap = {};
  if (options.idColumn !== undefined) columns.id = options.idColumn;
  if (options.textColumn !== undefined) columns.text = options.textColumn;
  if (options.titleColumn !== undefined) columns.title = options.titleColumn;
  if (options.dateColumn !== undefined) columns.date = options.dateColumn;
  if (options.sourceColumn !== undefined) columns.source = options.sourceColumn;
  if (options.urlColumn !== undefined) columns.url = options.urlColumn;
  const seenFiles = new Map<string, string>();

  // Links inside any folder given may be followed; out of them, only with followSymlinks.
  const roots: string[] = [];
  for (const p of paths) {
    try {
      if ((await fs.promises.stat(p)).isDirectory()) roots.push(await fs.promises.realpath(p));
    } catch {
      // reported when read
    }
  }
  const walk: Walk = { skip: options.skip, roots, follow: options.followSymlinks === true, onSkipped: options.onSkipped };
  for (const p of paths) {
    for (const entry of await expand(p, walk)) {
      if ('problem' in entry) {
        yield entry.problem;
        continue;
      }
      if ('notice' in entry) {
        notify(entry.notice);
        continue;
      }
      const file = entry.file;
      const real = await fs.promises.realpath(file).catch(() => file);
      const first = seenFiles.get(real);
      if (first !== undefined) {
        notify({
          kind: 'repeated-file',
          origin: { file },
          message: message({ file }, `same file as ${first}, read once`, 'name each file or folder once'),
        });
        continue;
      }
      seenFiles.set(real, file);
      const ctx: ReadContext = {
        display: file,
        encoding: 'utf-8',
        maxArticleBytes,
        columns,
        delimiter: options.delimiter,
        dateOrder: options.dateOrder,
        notice: notify,
        start: options.start,
      };
      let produced = 0;
      try {
        for await (const item of readFile(file, ctx)) {
          produced++;
          yield isProblem(item) ? item : finish(item, ids, maxArticleBytes, notify);
        }
      } catch (err) {
        produced++;
        const why = err instanceof Error ? err.message : String(err);
        yield problem({ file }, `cannot read it (${why})`, 'check the file; if it looks fine, report this as a bug');
      }
      if (produced === 0 && !options.start)
        yield problem({ file }, 'no articles in this file (it is empty, or a CSV with only a header)', WHAT_TO_GIVE);
    }
  }
}

/** The run-wide checks: non-empty text, size limit, unique id. */
function finish(a: Article, ids: UniqueIds, maxArticleBytes: number, notify: (n: IngestNotice) => void): Article | InputProblem {
  if (a.text.trim() === '') {
    const what = a.origin.line === undefined ? 'empty article (no text after the header lines)' : 'empty article (no text)';
    return problem(a.origin, what, 'remove it or give it a text', a.id);
  }
  const bytes = Buffer.byteLength(a.text, 'utf8');
  if (bytes > maxArticleBytes) {
    return problem(a.origin, `article too large (${bytes} bytes, limit ${maxArticleBytes})`, 'split it or raise --max-article-bytes', a.id);
  }
  const claimed = ids.claim(a.id, a.origin);
  if (claimed.firstOrigin !== undefined) {
    notify({
      kind: 'duplicate-id',
      origin: a.origin,
      id: a.id,
      renamedTo: claimed.id,
      message: message(
        a.origin,
        `id ${JSON.stringify(a.id)} already used at ${where(claimed.firstOrigin)}, renamed ${JSON.stringify(claimed.id)}`,
        'give each article its own id',
      ),
    });
    return { ...a, id: claimed.id };
  }
  return a;
}
