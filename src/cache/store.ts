// Append-only files of serialized extractions ("segments"), read back by position. The same format
// serves as the extraction cache (segments kept under a folder per extractor version) and as the
// temporary spool of a build without cache.
//
// A segment holds one entry per line:
//
//   <key: 64 hex>\t<person actors: JSON array>\t<extraction: JSON>\n
//
// JSON never holds a raw tab or line break, so the two tabs and the newline delimit the parts. The
// person actors are stored apart so that the cross-article merge reads a few bytes per article
// instead of parsing every extraction.
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';

export const KEY_LENGTH = 64;
const TAB = 9;
const NL = 10;
/** Bytes of a line besides its two JSON parts: key, two tabs, newline. */
const LINE_OVERHEAD = KEY_LENGTH + 3;
const WRITE_BUFFER = 1 << 20;
const READ_WINDOW = 4 << 20;

/**
 * Growable columns of entry positions: segment, line offset, byte lengths of both JSON parts, and
 * the offset of a copy of the summary part in the segment's summary file (-1: none).
 */
export class Entries {
  seg = new Int32Array(1024);
  off = new Float64Array(1024);
  pLen = new Int32Array(1024);
  xLen = new Int32Array(1024);
  sOff = new Float64Array(1024);
  length = 0;

  push(seg: number, off: number, pLen: number, xLen: number, sOff = -1): number {
    if (this.length === this.seg.length) {
      const n = this.length * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(n);
        b.set(a);
        return b;
      };
      this.seg = grow(this.seg, (k) => new Int32Array(k));
      this.off = grow(this.off, (k) => new Float64Array(k));
      this.pLen = grow(this.pLen, (k) => new Int32Array(k));
      this.xLen = grow(this.xLen, (k) => new Int32Array(k));
      this.sOff = grow(this.sOff, (k) => new Float64Array(k));
    }
    const i = this.length++;
    this.seg[i] = seg;
    this.off[i] = off;
    this.pLen[i] = pLen;
    this.xLen[i] = xLen;
    this.sOff[i] = sOff;
    return i;
  }

  lineLength(i: number): number {
    return LINE_OVERHEAD + this.pLen[i] + this.xLen[i];
  }
}

/** A growable list of int32 (entry numbers in input order). */
export class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const b = new Int32Array(this.length * 2);
      b.set(this.data);
      this.data = b;
    }
    this.data[this.length++] = v;
  }
  at(i: number): number {
    return this.data[i];
  }
}

export interface Segment {
  path: string;
  fd: number;
  /** Bytes written (or present) so far. */
  size: number;
  writable: boolean;
  /**
   * The summary file: the summary parts of the segment's entries one after another, so that the
   * cross-article merge reads them without reading whole extractions. A copy; the lines are the truth.
   */
  sum?: { path: string; fd: number; size: number };
}

/** Where a segment's scan stopped, and why. */
export interface ScanResult {
  entries: number;
  /** Offset after the last good line. */
  validBytes: number;
  /** True when the file holds bytes after the last good line (a torn or corrupt tail). */
  damaged: boolean;
}

/** Segments and the entries in them; appends go to the last, writable segment. */
export class SegmentStore {
  readonly segments: Segment[] = [];
  readonly entries = new Entries();
  #pending: string[] = [];
  #pendingBytes = 0;
  #sumPending: string[] = [];
  #sumPendingBytes = 0;
  #writer: number | undefined;

  /** Opens an existing segment for reading; returns its number. */
  addReadable(path: string, size: number): number {
    const fd = openSync(path, 'r');
    this.segments.push({ path, fd, size, writable: false });
    return this.segments.length - 1;
  }

  /** Opens the summary file of segment `segNo` for reading. */
  attachSum(segNo: number, path: string, size: number): void {
    this.segments[segNo].sum = { path, fd: openSync(path, 'r'), size };
  }

  /** Creates a new segment (the file must not exist) that `append` writes to, and its summary file. */
  createWritable(path: string, sumPath?: string): number {
    this.flush();
    const fd = openSync(path, 'wx+');
    const seg: Segment = { path, fd, size: 0, writable: true };
    if (sumPath) seg.sum = { path: sumPath, fd: openSync(sumPath, 'w+'), size: 0 };
    this.segments.push(seg);
    this.#writer = this.segments.length - 1;
    return this.#writer;
  }

  get writer(): Segment | undefined {
    return this.#writer === undefined ? undefined : this.segments[this.#writer];
  }

  /** Appends an entry to the writable segment (buffered); returns its entry number. */
  append(key: string, persons: string, extraction: string): number {
    if (this.#writer === undefined) throw new Error('actorgraph/cache: no writable segment');
    if (key.length !== KEY_LENGTH) throw new Error(`actorgraph/cache: a key is ${KEY_LENGTH} characters`);
    const seg = this.segments[this.#writer];
    const pLen = Buffer.byteLength(persons);
    const xLen = Buffer.byteLength(extraction);
    const off = seg.size + this.#pendingBytes;
    this.#pending.push(key, '\t', persons, '\t', extraction, '\n');
    this.#pendingBytes += LINE_OVERHEAD + pLen + xLen;
    let sOff = -1;
    if (seg.sum) {
      sOff = seg.sum.size + this.#sumPendingBytes;
      this.#sumPending.push(persons);
      this.#sumPendingBytes += pLen;
    }
    if (this.#pendingBytes >= WRITE_BUFFER) this.flush();
    return this.entries.push(this.#writer, off, pLen, xLen, sOff);
  }

  /** Writes buffered entries to the file (whole lines only). */
  flush(): void {
    if (this.#writer === undefined || this.#pendingBytes === 0) return;
    const seg = this.segments[this.#writer];
    const buf = Buffer.from(this.#pending.join(''), 'utf8');
    this.#pending = [];
    this.#pendingBytes = 0;
    let done = 0;
    while (done < buf.length) done += writeSync(seg.fd, buf, done, buf.length - done, seg.size + done);
    seg.size += buf.length;
    if (seg.sum && this.#sumPendingBytes) {
      const sum = Buffer.from(this.#sumPending.join(''), 'utf8');
      this.#sumPending = [];
      this.#sumPendingBytes = 0;
      let n = 0;
      while (n < sum.length) n += writeSync(seg.sum.fd, sum, n, sum.length - n, seg.sum.size + n);
      seg.sum.size += sum.length;
    }
  }

  /** Flushes and fsyncs the writable segment; appends are no longer allowed. */
  finishWriting(sync: boolean): Segment | undefined {
    const seg = this.writer;
    if (!seg) return undefined;
    this.flush();
    if (sync) {
      fsyncSync(seg.fd);
      if (seg.sum) fsyncSync(seg.sum.fd);
    }
    seg.writable = false;
    this.#writer = undefined;
    return seg;
  }

  /**
   * Reads the lines of segment `segNo` from the start, adding each good line as an entry and
   * calling `onEntry(key, entry)`. Stops at the first line that is not well formed (or, with
   * `validate`, whose JSON does not parse): a tail torn by a killed process.
   */
  scan(segNo: number, validate: boolean, onEntry: (key: string, entry: number) => void): ScanResult {
    const seg = this.segments[segNo];
    let window = READ_WINDOW;
    let buf = Buffer.allocUnsafe(window);
    let pos = 0;
    let entries = 0;
    for (;;) {
      const want = Math.min(window, seg.size - pos);
      if (want <= 0) break;
      let got = 0;
      while (got < want) {
        const n = readSync(seg.fd, buf, got, want - got, pos + got);
        if (n === 0) break;
        got += n;
      }
      let at = 0;
      let complete = false;
      for (;;) {
        const nl = buf.indexOf(NL, at);
        if (nl === -1 || nl >= got) break;
        complete = true;
        // key \t persons \t extraction
        const lineLen = nl - at + 1;
        if (lineLen < LINE_OVERHEAD + 2 || buf[at + KEY_LENGTH] !== TAB) return { entries, validBytes: pos + at, damaged: true };
        const tab2 = buf.indexOf(TAB, at + KEY_LENGTH + 1);
        if (tab2 === -1 || tab2 >= nl) return { entries, validBytes: pos + at, damaged: true };
        const pLen = tab2 - (at + KEY_LENGTH + 1);
        const xLen = nl - tab2 - 1;
        const key = buf.toString('latin1', at, at + KEY_LENGTH);
        if (!/^[0-9a-f]{64}$/.test(key)) return { entries, validBytes: pos + at, damaged: true };
        if (validate) {
          try {
            const persons = JSON.parse(buf.toString('utf8', at + KEY_LENGTH + 1, tab2));
            const x = JSON.parse(buf.toString('utf8', tab2 + 1, nl));
            if (!Array.isArray(persons) || typeof x !== 'object' || x === null || !Array.isArray(x.actors) || !Array.isArray(x.events))
              throw new Error('not an extraction');
          } catch {
            return { entries, validBytes: pos + at, damaged: true };
          }
        }
        onEntry(key, this.entries.push(segNo, pos + at, pLen, xLen));
        entries++;
        at = nl + 1;
      }
      if (!complete) {
        if (pos + got >= seg.size) break; // a last line without its newline
        window *= 2; // a line longer than the window
        buf = Buffer.allocUnsafe(window);
        continue;
      }
      pos += at;
    }
    return { entries, validBytes: pos, damaged: pos < seg.size };
  }

  /** A sequential reader over the entries (flushes pending appends first). */
  reader(): EntryReader {
    this.flush();
    return new EntryReader(this);
  }

  close(): void {
    for (const seg of this.segments) {
      for (const fd of [seg.fd, seg.sum?.fd]) {
        if (fd === undefined || fd < 0) continue;
        try {
          closeSync(fd);
        } catch {
          // already closed
        }
      }
      seg.fd = -1;
      if (seg.sum) seg.sum.fd = -1;
    }
  }
}

interface Window {
  buf: Buffer;
  start: number;
  end: number;
}

/**
 * Reads entries' parts through a window per segment: reads are cheap when entries are visited in
 * roughly the order they were written (which is input order).
 */
export class EntryReader {
  readonly #store: SegmentStore;
  readonly #windows = new Map<number, Window>();

  constructor(store: SegmentStore) {
    this.#store = store;
  }

  /** Bytes of segment `segNo` (or, with `sum`, of its summary file) through a window. */
  #bytes(segNo: number, from: number, length: number, sum = false): [Buffer, number] {
    const id = sum ? -1 - segNo : segNo;
    let w = this.#windows.get(id);
    if (!w || from < w.start || from + length > w.end) {
      const seg = sum ? this.#store.segments[segNo].sum! : this.#store.segments[segNo];
      const size = Math.max(READ_WINDOW, length);
      const buf = w && w.buf.length >= size ? w.buf : Buffer.allocUnsafe(size);
      const want = Math.min(buf.length, seg.size - from);
      let got = 0;
      while (got < want) {
        const n = readSync(seg.fd, buf, got, want - got, from + got);
        if (n === 0) break;
        got += n;
      }
      if (got < length) throw new Error(`actorgraph/cache: ${seg.path} is shorter than expected (truncated while in use?)`);
      w = { buf, start: from, end: from + got };
      this.#windows.set(id, w);
    }
    return [w.buf, from - w.start];
  }

  /** The summary part of entry `i` (JSON text), from the summary file when it has a sound copy. */
  persons(i: number): string {
    const e = this.#store.entries;
    const sOff = e.sOff[i];
    if (sOff >= 0 && this.#store.segments[e.seg[i]].sum) {
      try {
        const [buf, at] = this.#bytes(e.seg[i], sOff, e.pLen[i], true);
        const text = buf.toString('utf8', at, at + e.pLen[i]);
        if (text.startsWith('[[') && text.endsWith(']')) return text;
      } catch {
        // read the line instead
      }
    }
    const from = e.off[i] + KEY_LENGTH + 1;
    const [buf, at] = this.#bytes(e.seg[i], from, e.pLen[i]);
    return buf.toString('utf8', at, at + e.pLen[i]);
  }

  /** The extraction of entry `i`, as JSON text. */
  extraction(i: number): string {
    const e = this.#store.entries;
    const from = e.off[i] + KEY_LENGTH + 2 + e.pLen[i];
    const [buf, at] = this.#bytes(e.seg[i], from, e.xLen[i]);
    return buf.toString('utf8', at, at + e.xLen[i]);
  }

  /** The whole line of entry `i` (for copying it into another segment). */
  line(i: number): Buffer {
    const e = this.#store.entries;
    const len = e.lineLength(i);
    const [buf, at] = this.#bytes(e.seg[i], e.off[i], len);
    return buf.subarray(at, at + len);
  }
}
