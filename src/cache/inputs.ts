// What an input file gave the last time it was read, so that an unchanged file need not be read
// again: per article its line, id (as read and as given) and content key; the problems and notices
// in between. Kept in `<version folder>/inputs/`, one manifest per file (as named and as resolved).
//
// A manifest is replayed only when all of these hold: the file's size, times, inode and device are
// as recorded; the ingest options and the ingest code are the same; the ids claimed by the files read
// before it are the same (a chained hash: ids are made unique over the run, so an earlier file can
// rename this file's articles); and every article it lists is in the cache. Otherwise the file is
// read, and its manifest rewritten.
//
// A JSONL file that has only grown since (a feed appended to: same inode and device, larger, and its
// first bytes hashing as recorded) replays those first bytes and only the rest is read. The
// manifest of a JSONL file records, to that end, the SHA-256 of the bytes it was read from and how
// many lines they hold — when they end with a line break and hold no CR (line numbers then count
// LF bytes), and the file did not change while it was read.
//
// Format, one item a line: `key\tline\tid` or `key\tline\tid\tidAsRead` per article (key: 32 hex
// characters; line empty for one-article files; ids as JSON strings, so without tabs or newlines),
// `{"n": notice}`, `{"p": problem}`, and a last line `{"end": {...}}`.
import { createHash, randomBytes, type Hash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import type { Article, InputProblem } from '../types.js';
import { fileKind, type IngestNotice, type IngestOptions } from '../ingest/index.js';
import { SNIFF_BYTES, sniffBytes } from '../ingest/decode.js';
import { CODE_ROOT } from './key.js';
import { readdirSync } from 'node:fs';

const FORMAT = 3;

/** The start of the chain of id claims. */
export const CHAIN_START = '0'.repeat(64);

export interface FileSignature {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

export function signatureOf(st: Stats): FileSignature {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, dev: st.dev };
}

function sameSignature(a: FileSignature, b: FileSignature): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino && a.dev === b.dev;
}

interface Trailer {
  format: number;
  display: string;
  real: string;
  signature: FileSignature;
  ingest: string;
  before: string;
  after: string;
  articles: number;
  /** JSONL only: what lets the file replay when it has grown (see the module comment). */
  prefix?: PrefixPrint;
}

/** Where the part of a grown file not read before starts: byte offset and line number. */
export interface Tail {
  offset: number;
  line: number;
}

/** The SHA-256 of a file's first bytes and the lines they hold. */
interface PrefixPrint {
  sha256: string;
  lines: number;
}

/**
 * The print of the first `size` bytes of `file`, if they end with a line break and hold no CR;
 * undefined otherwise or when the file cannot be read that far.
 */
export function prefixPrint(file: string, size: number): PrefixPrint | undefined {
  if (size === 0) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const h = createHash('sha256');
    const buf = Buffer.allocUnsafe(Math.min(size, 1 << 20));
    let lines = 0;
    let last = -1;
    for (let pos = 0; pos < size; ) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, size - pos), pos);
      if (n === 0) return undefined;
      const chunk = buf.subarray(0, n);
      // UTF-8 only: there, bytes 10 and 13 are line feeds and carriage returns and nothing else.
      if (pos === 0) {
        const sniffed = sniffBytes(chunk.subarray(0, SNIFF_BYTES));
        if (sniffed.kind !== 'text' || sniffed.encoding !== 'utf-8') return undefined;
      }
      if (chunk.indexOf(13) !== -1) return undefined;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
      h.update(chunk);
      last = chunk[n - 1]!;
      pos += n;
    }
    return last === 10 ? { sha256: h.digest('hex'), lines } : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

let ingestCode: string | undefined;
/** Hash of the ingest code and the options that change what is read. */
export function ingestVersion(options: IngestOptions): string {
  if (ingestCode === undefined) {
    const h = createHash('sha256');
    const dir = path.join(CODE_ROOT, 'ingest');
    try {
      for (const f of readdirSync(dir).sort())
        if (/\.(js|ts)$/.test(f) && !f.endsWith('.d.ts'))
          h.update(f)
            .update('\0')
            .update(readFileSync(path.join(dir, f)));
    } catch {
      h.update('?');
    }
    ingestCode = h.digest('hex');
  }
  const o = options;
  return createHash('sha256')
    .update(
      JSON.stringify([
        ingestCode,
        o.idColumn,
        o.textColumn,
        o.titleColumn,
        o.dateColumn,
        o.sourceColumn,
        o.urlColumn,
        o.maxArticleBytes,
        o.delimiter,
        o.dateOrder,
      ]),
    )
    .digest('hex')
    .slice(0, 32);
}

/** One step of the chain of id claims. */
function chainStep(h: Hash, asRead: string, given: string, line: number | null): void {
  h.update(`${asRead}\u0000${given}\u0000${line ?? ''}\n`);
}

/** The folder of manifests and the name of one. */
function manifestPath(dir: string, display: string, real: string): string {
  const name = createHash('sha256').update(`${display}\u0000${real}`).digest('hex').slice(0, 32);
  return path.join(dir, `${name}.jsonl`);
}

/** A JSON string literal's value; most ids need no unescaping. */
function jsonString(literal: string): string {
  return literal.indexOf('\\') === -1 &&
    literal.length >= 2 &&
    literal.charCodeAt(0) === 34 &&
    literal.charCodeAt(literal.length - 1) === 34
    ? literal.slice(1, -1)
    : (JSON.parse(literal) as string);
}

/** An article as the manifest gives it back. */
export interface ReplayedArticle {
  key: string;
  /** Its extraction's entry in the cache. */
  entry: number;
  id: string;
  asRead: string;
  origin: Article['origin'];
}

export type ReplayItem = { article: ReplayedArticle } | { notice: IngestNotice } | { problem: InputProblem };

/** Manifests of one cache version. */
export class InputManifests {
  readonly dir: string;
  readonly ingest: string;

  constructor(versionDir: string, options: IngestOptions) {
    this.dir = path.join(versionDir, 'inputs');
    this.ingest = ingestVersion(options);
  }

  /**
   * The items of `display` as last read, if the manifest is still good (see the module comment);
   * `entryOf(key)` gives an article's extraction in the cache. With `tail`, the file has grown: the
   * items are those of its first bytes, and the rest is to be read from `tail`.
   */
  replay(
    display: string,
    real: string,
    st: Stats,
    before: string,
    entryOf: (key: string) => number | undefined,
  ): { items: () => Generator<ReplayItem>; after: string; tail?: Tail } | undefined {
    let text: string;
    try {
      text = readFileSync(manifestPath(this.dir, display, real), 'utf8');
    } catch {
      return undefined;
    }
    const last = text.lastIndexOf('\n', text.length - 2);
    let trailer: Trailer;
    try {
      trailer = (JSON.parse(text.slice(last + 1)) as { end: Trailer }).end;
    } catch {
      return undefined;
    }
    if (!trailer || !this.#ours(trailer, display, real) || trailer.before !== before) return undefined;
    // Unchanged, or only grown (then the bytes after the recorded ones are to be read).
    let tail: Tail | undefined;
    if (!sameSignature(trailer.signature, signatureOf(st))) {
      tail = this.#grown(trailer, real, st);
      if (!tail) return undefined;
    }
    const body = text.slice(0, last + 1);
    // Article lines are `key\tline\tid[\tidAsRead]` (ids as JSON strings); the others are JSON.
    function* lines(): Generator<string> {
      let at = 0;
      for (;;) {
        const nl = body.indexOf('\n', at);
        if (nl === -1) return;
        yield body.slice(at, nl);
        at = nl + 1;
      }
    }
    // Every article must be in the cache, or the file has to be read for its text.
    let articles = 0;
    const entries: number[] = [];
    for (const l of lines()) {
      if (l.charCodeAt(0) === 123 /* { */) continue;
      const entry = l.charCodeAt(32) === 9 ? entryOf(l.slice(0, 32)) : undefined;
      if (entry === undefined) return undefined;
      entries.push(entry);
      articles++;
    }
    if (articles !== trailer.articles) return undefined;
    return {
      after: trailer.after,
      tail,
      *items() {
        let n = 0;
        for (const l of lines()) {
          if (l.charCodeAt(0) === 123) {
            const v = JSON.parse(l) as { n?: IngestNotice; p?: InputProblem };
            if (v.n) yield { notice: v.n };
            else if (v.p) yield { problem: v.p };
            continue;
          }
          const t2 = l.indexOf('\t', 33);
          const t3 = l.indexOf('\t', t2 + 1);
          const line = t2 === 33 ? null : Number(l.slice(33, t2));
          const id = jsonString(t3 === -1 ? l.slice(t2 + 1) : l.slice(t2 + 1, t3));
          const asRead = t3 === -1 ? id : jsonString(l.slice(t3 + 1));
          const origin: Article['origin'] = line === null ? { file: display } : { file: display, line };
          yield { article: { key: l.slice(0, 32), id, asRead, origin, entry: entries[n++]! } };
        }
      },
    };
  }

  /**
   * Where the part of a grown JSONL file not read by the last build starts (see the module
   * comment), or undefined. Remembered per file and size for this object's life: `replay` and the
   * build's read-ahead ask it in turn.
   */
  tailOf(display: string, real: string, st: Stats): Tail | undefined {
    const trailer = this.#trailer(display, real);
    return trailer && this.#ours(trailer, display, real) ? this.#grown(trailer, real, st) : undefined;
  }

  readonly #tails = new Map<string, Tail | undefined>();

  #grown(trailer: Trailer, real: string, st: Stats): Tail | undefined {
    const was = trailer.signature;
    // At least the bytes the ingest sniffs must be old ones, so that it takes the file for the same kind of text.
    if (!trailer.prefix || st.ino !== was.ino || st.dev !== was.dev || st.size <= was.size || was.size < SNIFF_BYTES) return undefined;
    const memo = `${real}\u0000${st.size}\u0000${st.mtimeMs}\u0000${trailer.prefix.sha256}`;
    if (this.#tails.has(memo)) return this.#tails.get(memo);
    const now = prefixPrint(real, was.size);
    const tail =
      now && now.sha256 === trailer.prefix.sha256 && now.lines === trailer.prefix.lines
        ? { offset: was.size, line: now.lines + 1 }
        : undefined;
    this.#tails.set(memo, tail);
    return tail;
  }

  /** Whether a trailer is this file's, written by this format and ingest version. */
  #ours(trailer: Trailer, display: string, real: string): boolean {
    return trailer.format === FORMAT && trailer.display === display && trailer.real === real && trailer.ingest === this.ingest;
  }

  /** A manifest's trailer (its last line), or undefined. */
  #trailer(display: string, real: string): Trailer | undefined {
    let fd: number | undefined;
    try {
      fd = openSync(manifestPath(this.dir, display, real), 'r');
      const size = fstatSync(fd).size;
      const len = Math.min(size, 1 << 16);
      const buf = Buffer.alloc(len);
      readSync(fd, buf, 0, len, size - len);
      const text = buf.toString('utf8');
      return (JSON.parse(text.slice(text.lastIndexOf('\n', text.length - 2) + 1)) as { end: Trailer }).end;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  /**
   * A quick guess at whether `replay` will succeed: the manifest is there and the file unchanged
   * (neither the files before it nor the cache are checked). Reads the manifest's last line only.
   */
  looksReplayable(display: string, real: string, st: Stats): boolean {
    const trailer = this.#trailer(display, real);
    return trailer !== undefined && this.#ours(trailer, display, real) && sameSignature(trailer.signature, signatureOf(st));
  }

  /** Records a file as it is read; `commit()` once its articles are safely in the cache. */
  record(display: string, real: string, st: Stats, before: string): ManifestRecorder {
    mkdirSync(this.dir, { recursive: true });
    return new ManifestRecorder(manifestPath(this.dir, display, real), fileKind(display) === 'jsonl', {
      format: FORMAT,
      display,
      real,
      signature: signatureOf(st),
      ingest: this.ingest,
      before,
      after: '',
      articles: 0,
    });
  }
}

/** The chain after `before` and a sequence of replayed claims (for checking). */
export function chainOf(before: string): { add(asRead: string, id: string, line: number | null): void; digest(): string } {
  const h = createHash('sha256').update(before);
  return {
    add: (asRead, id, line) => chainStep(h, asRead, id, line),
    digest: () => h.copy().digest('hex'),
  };
}

export class ManifestRecorder {
  readonly #path: string;
  readonly #temp: string;
  readonly #trailer: Trailer;
  readonly #chain: ReturnType<typeof chainOf>;
  #fd: number;
  #pending = '';
  #usable = true;
  #renamed: { id: string; renamedTo?: string } | undefined;

  readonly #jsonl: boolean;

  constructor(file: string, jsonl: boolean, trailer: Trailer) {
    this.#path = file;
    this.#jsonl = jsonl;
    this.#temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    this.#trailer = trailer;
    this.#chain = chainOf(trailer.before);
    this.#fd = openSync(this.#temp, 'wx');
  }

  #write(line: string): void {
    this.#pending += `${line}\n`;
    if (this.#pending.length > 1 << 18) this.#flush();
  }

  #flush(): void {
    if (!this.#pending) return;
    const buf = Buffer.from(this.#pending);
    let done = 0;
    while (done < buf.length) done += writeSync(this.#fd, buf, done, buf.length - done);
    this.#pending = '';
  }

  notice(n: IngestNotice): void {
    if (n.kind === 'duplicate-id' && n.id !== undefined) this.#renamed = { id: n.id, renamedTo: n.renamedTo };
    this.#write(JSON.stringify({ n }));
  }

  problem(p: InputProblem): void {
    this.#write(JSON.stringify({ p }));
  }

  article(a: Article, key: string): void {
    if (a.origin.file !== this.#trailer.display) this.#usable = false;
    const asRead = this.#renamed && this.#renamed.renamedTo === a.id ? this.#renamed.id : a.id;
    this.#add(key, a.origin.line ?? null, a.id, asRead);
  }

  /** An article replayed from the manifest of the file's first bytes (a grown file), recorded again. */
  replayed(a: ReplayedArticle): void {
    this.#add(a.key, a.origin.line ?? null, a.id, a.asRead);
  }

  #add(key: string, line: number | null, id: string, asRead: string): void {
    this.#renamed = undefined;
    this.#chain.add(asRead, id, line);
    this.#trailer.articles++;
    const ids = asRead === id ? JSON.stringify(id) : `${JSON.stringify(id)}\t${JSON.stringify(asRead)}`;
    this.#write(`${key.slice(0, 32)}\t${line ?? ''}\t${ids}`);
  }

  /** The chain of id claims after this file. */
  get after(): string {
    return this.#chain.digest();
  }

  /** Writes the trailer and renames the manifest into place (or drops it when unusable). */
  commit(): void {
    this.#trailer.after = this.after;
    // A JSONL file unchanged since it was read: its print, so that it can replay once it has grown.
    if (this.#jsonl && this.#usable) {
      const st = statFile(this.#trailer.real);
      if (st && sameSignature(signatureOf(st), this.#trailer.signature)) this.#trailer.prefix = prefixPrint(this.#trailer.real, st.size);
    }
    this.#write(JSON.stringify({ end: this.#trailer }));
    this.#flush();
    closeSync(this.#fd);
    this.#fd = -1;
    if (this.#usable) renameSync(this.#temp, this.#path);
    else rmSync(this.#temp, { force: true });
  }

  abort(): void {
    if (this.#fd !== -1) {
      try {
        closeSync(this.#fd);
      } catch {
        // closed
      }
      this.#fd = -1;
    }
    rmSync(this.#temp, { force: true });
  }
}

/** A file's stat, or undefined. */
export function statFile(file: string): Stats | undefined {
  try {
    const st = statSync(file);
    return st.isFile() ? st : undefined;
  } catch {
    return undefined;
  }
}
