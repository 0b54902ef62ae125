// An output table written atomically like export/atomic.ts (a temporary file beside the target,
// fsync'ed, renamed over it; the old file stays on any failure), with two additions the streaming
// build needs: synchronous buffered writes (no promise per line), and a start copied from the
// previous version of the file (a rebuild appends to what it already wrote).
import { fsyncDirSync } from '../export/atomic.js';
import {
  closeSync,
  constants as fsConstants,
  copyFileSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { AtomicWriteError, tempPathFor } from '../export/index.js';

const BUFFER = 1 << 18;
const COPY = 1 << 20;

/** What identifies a file's version: size, modification time, inode. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export function stampOf(path: string): FileStamp | undefined {
  try {
    const st = statSync(path);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino } : undefined;
  } catch {
    return undefined;
  }
}

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return !!a && !!b && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

export class OutputFile {
  readonly path: string;
  readonly tempPath: string;
  #fd: number;
  /**
   * Text written and not yet in the file, encoded: `#pending[0, #pendingBytes)`. Each piece is encoded
   * once, into this buffer (as a string, it was measured, concatenated, and encoded at the flush).
   */
  #pending: Buffer | undefined;
  #pendingBytes = 0;
  /** Bytes in the file. */
  #size = 0;
  /** Bytes in the file and in `#pending`. */
  #bytes = 0;
  #settled = false;

  /**
   * Opens a temporary file for `path`; with `prefix`, its first `bytes` bytes are copied from the
   * file `from` first.
   */
  constructor(path: string, prefix?: { from: string; bytes: number }) {
    this.path = path;
    this.tempPath = tempPathFor(path);
    let mode = 0o666;
    try {
      const st = statSync(path);
      if (st.isFile()) mode = st.mode & 0o7777;
    } catch {
      // a new file
    }
    try {
      this.#fd = openSync(this.tempPath, 'wx', mode);
    } catch (e) {
      throw new AtomicWriteError(path, e, 'creating a temporary file');
    }
    try {
      if (prefix && prefix.bytes > 0) this.#copy(prefix.from, prefix.bytes);
    } catch (e) {
      this.abort();
      throw new AtomicWriteError(path, e, `copying ${prefix!.from}`);
    }
  }

  #copy(from: string, bytes: number): void {
    this.copyRange(from, 0, bytes);
  }

  /** Appends bytes `start` to `end` (exclusive) of the file `from`. */
  copyRange(from: string, start: number, end: number): void {
    if (end <= start) return;
    this.flush();
    if (this.#size === 0 && start === 0) {
      // The start of a file: copied by the kernel (or cloned, where the file system can), then cut.
      // The temporary file is made anew by the copy (some systems only clone to a new path).
      closeSync(this.#fd);
      rmSync(this.tempPath, { force: true });
      copyFileSync(from, this.tempPath, fsConstants.COPYFILE_FICLONE | fsConstants.COPYFILE_EXCL);
      this.#fd = openSync(this.tempPath, 'r+');
      if (fstatSync(this.#fd).size < end) throw new Error(`${from} is shorter than expected`);
      ftruncateSync(this.#fd, end);
      this.#size = end;
      this.#bytes = end;
      return;
    }
    const src = openSync(from, 'r');
    try {
      if (fstatSync(src).size < end) throw new Error(`${from} is shorter than expected`);
      const buf = Buffer.allocUnsafe(Math.min(COPY, end - start));
      let pos = start;
      while (pos < end) {
        const n = readSync(src, buf, 0, Math.min(buf.length, end - pos), pos);
        if (n === 0) throw new Error(`${from} is shorter than expected`);
        this.#writeBuffer(buf.subarray(0, n));
        pos += n;
      }
    } finally {
      closeSync(src);
    }
  }

  #writeBuffer(buf: Buffer): void {
    let done = 0;
    while (done < buf.length) done += writeSync(this.#fd, buf, done, buf.length - done, this.#size + done);
    this.#size += buf.length;
    this.#bytes = this.#size + this.#pendingBytes;
  }

  /** Bytes in the file so far (buffered text included). */
  get size(): number {
    return this.#bytes;
  }

  write(text: string): void {
    // (UTF-8 takes at most 3 bytes per UTF-16 code unit.)
    if (this.#pendingBytes + 3 * text.length > 2 * BUFFER) {
      this.flush();
      if (3 * text.length > 2 * BUFFER) {
        // A whole rendered file (the graph's JSON, its GEXF): encoded and written as it is.
        this.#written(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.#pending ??= Buffer.allocUnsafe(2 * BUFFER);
    const n = this.#pending.write(text, this.#pendingBytes);
    this.#pendingBytes += n;
    this.#bytes += n;
    if (this.#pendingBytes >= BUFFER) this.flush();
  }

  flush(): void {
    if (!this.#pendingBytes) return;
    const buf = this.#pending!.subarray(0, this.#pendingBytes);
    this.#pendingBytes = 0;
    this.#written(buf);
  }

  /** Writes `buf` at the end of the file (nothing pending before it). */
  #written(buf: Buffer): void {
    try {
      this.#writeBuffer(buf);
    } catch (e) {
      throw new AtomicWriteError(this.path, e, 'writing');
    }
  }

  /** Flushes and fsyncs, so that a full disk shows here, before any file of the set is renamed. */
  prepare(): void {
    this.flush();
    try {
      fsyncSync(this.#fd);
    } catch (e) {
      throw new AtomicWriteError(this.path, e, 'flushing to disk');
    }
  }

  /** Flushes, fsyncs and renames the temporary file into place. */
  commit(): void {
    if (this.#settled) throw new Error(`actorgraph/build: ${this.path} already written`);
    try {
      this.flush();
      try {
        fsyncSync(this.#fd);
      } catch (e) {
        throw new AtomicWriteError(this.path, e, 'flushing to disk');
      }
      closeSync(this.#fd);
      this.#settled = true;
      try {
        renameSync(this.tempPath, this.path);
      } catch (e) {
        throw new AtomicWriteError(this.path, e, `renaming ${this.tempPath} into place`);
      }
      fsyncDirSync(dirname(this.path));
    } catch (e) {
      this.abort();
      throw e;
    }
  }

  /** Discards the temporary file; the old file stays. */
  abort(): void {
    if (!this.#settled) {
      this.#settled = true;
      try {
        closeSync(this.#fd);
      } catch {
        // closed already
      }
    }
    rmSync(this.tempPath, { force: true });
  }
}
