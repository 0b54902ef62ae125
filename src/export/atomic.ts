/**
 * actorgraph/export — atomic writes
 * ==================================
 *
 * An output file is either the old one or the complete new one, never a truncated mix:
 * data goes to a temporary file in the same folder (`.NAME.PID.RANDOM.tmp`, so the
 * rename stays on one file system), is fsync'ed, then renamed over the target; the
 * folder is fsync'ed too (best effort) so the rename survives a crash. On any error the
 * temporary file is removed and the old file is left as it was.
 *
 *   await writeFileAtomic('out/graph.gexf', text)
 *   await writeFileAtomic('out/events.jsonl', generateLines())   // (async) iterable of chunks
 *
 *   const out = await openAtomic('out/events.jsonl')            // a stream.Writable
 *   out.write(line) ...; await out.commit()                      // or await out.abort()
 *
 * A process killed between open and commit leaves its `.tmp` file behind (nothing can
 * remove it); the name says which process made it.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, fsyncSync, openSync } from 'node:fs';
import { type FileHandle, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';

const PREFIX = 'actorgraph/export';

export type Chunk = string | Uint8Array;
export type AtomicData = Chunk | Iterable<Chunk> | AsyncIterable<Chunk>;

export interface AtomicOptions {
  /** File mode of a new file (default 0o666, less the umask); an existing file's mode is kept. */
  mode?: number;
  /** fsync the file and its folder before and after the rename (default true). */
  fsync?: boolean;
}

/** An I/O error while writing `path`, with a message that says what to do. */
export class AtomicWriteError extends Error {
  readonly path: string;
  readonly code: string | undefined;
  constructor(path: string, error: unknown, doing: string) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    super(`${PREFIX}: cannot write ${path}: ${explain(path, code, error, doing)}`, { cause: error });
    this.name = 'AtomicWriteError';
    this.path = path;
    this.code = code;
  }
}

function explain(path: string, code: string | undefined, error: unknown, doing: string): string {
  const dir = dirname(path);
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `permission denied ${doing} in ${dir} (${code}); the folder is not writable by this user: fix its permissions or choose another output folder`;
    case 'EROFS':
      return `${dir} is on a read-only file system (EROFS); choose an output folder on a writable disk`;
    case 'ENOSPC':
      return `no space left on the device holding ${dir} (ENOSPC); free some space or write elsewhere`;
    case 'EDQUOT':
      return `disk quota exceeded in ${dir} (EDQUOT); free some space or write elsewhere`;
    case 'ENOENT':
      return `the folder ${dir} does not exist (ENOENT); create it first or choose another output path`;
    case 'ENOTDIR':
      return `a part of ${dir} is a file, not a folder (ENOTDIR); choose another output path`;
    case 'EISDIR':
      return `${path} is a folder (EISDIR); give a file name`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files (${code}); close other programs or raise the limit (ulimit -n)`;
    default: {
      const message = error instanceof Error ? error.message : String(error);
      return `${doing} failed: ${message}`;
    }
  }
}

/**
 * `.actorgraph-tmp.NAME.PID.RANDOM.tmp` beside `path`: hidden, and with a prefix that says whose it
 * is, so that the clean-up of a killed build's leftovers (pipeline/lock.ts) never takes a user's file.
 */
export const TEMP_PREFIX = '.actorgraph-tmp.';

export function tempPathFor(path: string): string {
  return join(dirname(path), `${TEMP_PREFIX}${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

async function fsyncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, fsConstants.O_RDONLY);
    await handle.sync();
  } catch {
    // Not supported everywhere (Windows, some file systems): the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** A writable stream onto a temporary file that `commit()` renames into place. */
export interface AtomicWritable extends Writable {
  /** The final path. */
  readonly path: string;
  /** The temporary file's path (removed on abort or failure). */
  readonly tempPath: string;
  /** Ends the stream, fsyncs, renames into place. Rejects (and cleans up) on any earlier error. */
  commit(): Promise<void>;
  /** Discards everything written; the old file, if any, stays. */
  abort(): Promise<void>;
}

class AtomicFileStream extends Writable implements AtomicWritable {
  readonly path: string;
  readonly tempPath: string;
  #handle: FileHandle;
  #fsync: boolean;
  #failure: Error | undefined;
  #settled: 'committed' | 'aborted' | undefined;

  constructor(path: string, tempPath: string, handle: FileHandle, fsync: boolean) {
    super({ decodeStrings: true });
    this.path = path;
    this.tempPath = tempPath;
    this.#handle = handle;
    this.#fsync = fsync;
    // Remember the first failure; commit() reports it.
    this.on('error', (error) => {
      this.#failure ??= error;
    });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#writeAll(chunk).then(
      () => callback(),
      (error: unknown) => callback(new AtomicWriteError(this.path, error, 'writing')),
    );
  }

  async #writeAll(chunk: Buffer): Promise<void> {
    let offset = 0;
    while (offset < chunk.length) {
      const { bytesWritten } = await this.#handle.write(chunk, offset, chunk.length - offset);
      offset += bytesWritten;
    }
  }

  async #finish(): Promise<void> {
    if (this.#failure) throw this.#failure;
    if (this.destroyed) throw new Error(`${PREFIX}: cannot commit ${this.path}: the stream was destroyed`);
    await new Promise<void>((resolveEnd, rejectEnd) => {
      const onError = (error: Error) => rejectEnd(error);
      this.once('error', onError);
      this.end(() => {
        this.off('error', onError);
        resolveEnd();
      });
    });
    if (this.#failure) throw this.#failure;
  }

  async commit(): Promise<void> {
    if (this.#settled) throw new Error(`${PREFIX}: ${this.path} was already ${this.#settled}`);
    this.#settled = 'committed';
    try {
      await this.#finish();
      try {
        if (this.#fsync) await this.#handle.sync();
      } catch (error) {
        throw new AtomicWriteError(this.path, error, 'flushing to disk');
      }
      try {
        await this.#handle.close();
      } catch (error) {
        throw new AtomicWriteError(this.path, error, 'closing the temporary file');
      }
      try {
        await rename(this.tempPath, this.path);
      } catch (error) {
        throw new AtomicWriteError(this.path, error, `renaming ${this.tempPath} into place`);
      }
      if (this.#fsync) await fsyncDir(dirname(this.path));
    } catch (error) {
      await this.#handle.close().catch(() => undefined);
      await removeQuietly(this.tempPath);
      throw error;
    }
  }

  async abort(): Promise<void> {
    if (this.#settled === 'committed') return;
    this.#settled = 'aborted';
    if (!this.destroyed) this.destroy();
    await this.#handle.close().catch(() => undefined);
    await removeQuietly(this.tempPath);
  }
}

/** Opens a temporary file beside `path`; write to the stream, then `commit()` or `abort()`. */
export async function openAtomic(path: string, options: AtomicOptions = {}): Promise<AtomicWritable> {
  const target = resolve(path);
  const tempPath = tempPathFor(target);
  const mode = options.mode ?? (await existingMode(target)) ?? 0o666;
  let handle: FileHandle;
  try {
    handle = await open(tempPath, 'wx', mode);
  } catch (error) {
    throw new AtomicWriteError(path, error, 'creating a temporary file');
  }
  // open() applies the umask; an existing file's mode is restored exactly.
  if (options.mode === undefined && mode !== 0o666) await handle.chmod(mode).catch(() => undefined);
  return new AtomicFileStream(path, tempPath, handle, options.fsync ?? true);
}

function isIterable(data: unknown): data is Iterable<Chunk> {
  return typeof data === 'object' && data !== null && Symbol.iterator in data;
}

/**
 * Writes `data` to `path` atomically. `data` is a string (UTF-8), bytes, or an
 * (async) iterable of them, written as it is produced; if the iterable throws, nothing
 * is renamed, the temporary file is removed and the error is rethrown.
 */
export async function writeFileAtomic(path: string, data: AtomicData, options: AtomicOptions = {}): Promise<void> {
  const out = await openAtomic(path, options);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) {
      await writeChunk(out, data);
    } else if (isIterable(data)) {
      for (const chunk of data) await writeChunk(out, chunk);
    } else {
      for await (const chunk of data) await writeChunk(out, chunk);
    }
  } catch (error) {
    await out.abort();
    throw error;
  }
  await out.commit();
}

/**
 * Streams one line per item to `path`, atomically (the old file stays if anything fails, the
 * iterable throwing included); resolves to the number of lines written.
 */
export async function writeLinesAtomic<T>(
  path: string,
  items: Iterable<T> | AsyncIterable<T>,
  toLine: (item: T) => string,
  options?: AtomicOptions,
): Promise<number> {
  const out = await openAtomic(path, options);
  let count = 0;
  try {
    for await (const item of items) {
      await writeChunk(out, `${toLine(item)}\n`);
      count++;
    }
  } catch (error) {
    await out.abort();
    throw error;
  }
  await out.commit();
  return count;
}

/** fsync of a folder, so a rename in it survives a crash; a no-op where folders cannot be synced. */
export function fsyncDirSync(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not supported everywhere; the rename is still atomic
  }
}

/** Writes a chunk, waiting for 'drain' when the stream asks to (backpressure). */
export function writeChunk(out: Writable, chunk: Chunk): Promise<void> {
  return new Promise((resolveWrite, rejectWrite) => {
    let settled = false;
    const onError = (error: Error) => {
      if (settled) return;
      settled = true;
      rejectWrite(error);
    };
    out.once('error', onError);
    const ok = out.write(chunk, (error) => {
      if (error) onError(error);
    });
    const done = () => {
      if (settled) return;
      settled = true;
      out.off('error', onError);
      resolveWrite();
    };
    if (ok) done();
    else out.once('drain', done);
  });
}
