// Append-only files of serialized extractions ("segments"), read back by position. The same format
// serves as the extraction cache (segments kept under a folder per extractor version) and as the
// temporary spool of a build without cache.
//
// A segment holds one entry per line:
//
//   <key: 64 hex>\t<crc: 16 hex>\t<person actors: JSON array>\t<extraction: JSON>\n
//
// `crc` is the CRC-32 of the person part then of the extraction part (8 hex each): every read checks
// the part it reads, so an entry edited or damaged on disk (a letter changed that still parses, a
// flipped byte) is never used — it throws `CorruptEntryError`, naming the file, and the build
// extracts that article again (pipeline/stream.ts).
//
// JSON never holds a raw tab or line break, so the two tabs and the newline delimit the parts. The
// person actors are stored apart so that the cross-article merge reads a few bytes per article
// instead of parsing every extraction.
import { closeSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export const KEY_LENGTH = 64;
/** The checksum field: two CRC-32s in hex. */
export const CRC_LENGTH = 16;
const TAB = 9;
const NL = 10;
/** Bytes of a line besides its two JSON parts: key, checksums, three tabs, newline. */
export const LINE_OVERHEAD = KEY_LENGTH + CRC_LENGTH + 4;
/** Offset of the person part in a line. */
const PERSONS_AT = KEY_LENGTH + CRC_LENGTH + 2;

/** The checksum field of a line's two parts. */
function crcField(persons: string | Buffer, extraction: string | Buffer): string {
  return crc32(persons).toString(16).padStart(8, '0') + crc32(extraction).toString(16).padStart(8, '0');
}

/** An entry whose bytes on disk do not match its checksum: never used; its article is extracted again. */
export class CorruptEntryError extends Error {
  constructor(
    readonly file: string,
    readonly entry: number,
  ) {
    super(`actorgraph/cache: an entry of ${file} does not match its checksum (changed or damaged on disk); it is not used`);
  }
}
const WRITE_BUFFER = 1 << 20;
const READ_WINDOW = 4 << 20;

/** No buffer yet (a store that is only read allocates none). */
const EMPTY: Buffer = Buffer.alloc(0);

/** `buf` grown to hold `more` bytes after its first `used` (which are kept). */
function grown(buf: Buffer, used: number, more: number): Buffer {
  const b = Buffer.allocUnsafe(Math.max(2 * WRITE_BUFFER, 2 * buf.length, used + more));
  buf.copy(b, 0, 0, used);
  return b;
}

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
    return LINE_OVERHEAD + this.pLen[i]! + this.xLen[i]!;
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
    return this.data[i]!;
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
  /** Well-formed lines skipped because they do not match their checksum. */
  corrupt: number;
}

/** Segments and the entries in them; appends go to the last, writable segment. */
export class SegmentStore {
  readonly segments: Segment[] = [];
  readonly entries = new Entries();
  /**
   * Lines appended and not yet written, encoded (`#pending[0, #pendingBytes)`), and their summary
   * parts for the summary file: each part is encoded once, into these, and its checksum is taken of
   * those bytes (as strings, each part was measured, encoded for its checksum, joined and encoded again).
   */
  #pending = EMPTY;
  #pendingBytes = 0;
  #sumPending = EMPTY;
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
    this.segments[segNo]!.sum = { path, fd: openSync(path, 'r'), size };
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
    const seg = this.segments[this.#writer]!;
    const off = seg.size + this.#pendingBytes;
    // (UTF-8 takes at most 3 bytes per UTF-16 code unit: room for the line whatever it holds; a
    // line too long for the buffer is measured instead.)
    let room = LINE_OVERHEAD + 3 * (persons.length + extraction.length);
    if (room > WRITE_BUFFER) room = LINE_OVERHEAD + Buffer.byteLength(persons) + Buffer.byteLength(extraction);
    if (this.#pendingBytes + room > this.#pending.length) this.#pending = grown(this.#pending, this.#pendingBytes, room);
    const b = this.#pending;
    let at = off - seg.size;
    at += b.write(key, at, 'latin1');
    b[at++] = TAB;
    const crcAt = at;
    at += CRC_LENGTH;
    b[at++] = TAB;
    const pAt = at;
    at += b.write(persons, at);
    const pLen = at - pAt;
    b[at++] = TAB;
    const xAt = at;
    at += b.write(extraction, at);
    const xLen = at - xAt;
    b[at++] = NL;
    b.write(crcField(b.subarray(pAt, pAt + pLen), b.subarray(xAt, xAt + xLen)), crcAt, 'latin1');
    this.#pendingBytes = at;
    let sOff = -1;
    if (seg.sum) {
      sOff = seg.sum.size + this.#sumPendingBytes;
      if (this.#sumPendingBytes + pLen > this.#sumPending.length) this.#sumPending = grown(this.#sumPending, this.#sumPendingBytes, pLen);
      this.#sumPendingBytes += b.copy(this.#sumPending, this.#sumPendingBytes, pAt, pAt + pLen);
    }
    if (this.#pendingBytes >= WRITE_BUFFER) this.flush();
    return this.entries.push(this.#writer, off, pLen, xLen, sOff);
  }

  /** Writes buffered entries to the file (whole lines only). */
  flush(): void {
    if (this.#writer === undefined || this.#pendingBytes === 0) return;
    const seg = this.segments[this.#writer]!;
    const buf = this.#pending.subarray(0, this.#pendingBytes);
    this.#pendingBytes = 0;
    let done = 0;
    while (done < buf.length) done += writeSync(seg.fd, buf, done, buf.length - done, seg.size + done);
    seg.size += buf.length;
    if (seg.sum && this.#sumPendingBytes) {
      const sum = this.#sumPending.subarray(0, this.#sumPendingBytes);
      this.#sumPendingBytes = 0;
      let n = 0;
      while (n < sum.length) n += writeSync(seg.sum.fd, sum, n, sum.length - n, seg.sum.size + n);
      seg.sum.size += sum.length;
    }
    // A buffer grown for a huge entry is not kept.
    if (this.#pending.length > 2 * WRITE_BUFFER) this.#pending = EMPTY;
    if (this.#sumPending.length > 2 * WRITE_BUFFER) this.#sumPending = EMPTY;
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
    const seg = this.segments[segNo]!;
    let window = READ_WINDOW;
    let buf = Buffer.allocUnsafe(window);
    let pos = 0;
    let entries = 0;
    let corrupt = 0;
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
        // key \t crc \t persons \t extraction
        const lineLen = nl - at + 1;
        if (lineLen < LINE_OVERHEAD + 2 || buf[at + KEY_LENGTH] !== TAB || buf[at + KEY_LENGTH + 1 + CRC_LENGTH] !== TAB)
          return { entries, validBytes: pos + at, damaged: true, corrupt };
        const tab2 = buf.indexOf(TAB, at + PERSONS_AT);
        if (tab2 === -1 || tab2 >= nl) return { entries, validBytes: pos + at, damaged: true, corrupt };
        const pLen = tab2 - (at + PERSONS_AT);
        const xLen = nl - tab2 - 1;
        const key = buf.toString('latin1', at, at + KEY_LENGTH);
        if (!/^[0-9a-f]{64}$/.test(key)) return { entries, validBytes: pos + at, damaged: true, corrupt };
        if (
          buf.toString('latin1', at + KEY_LENGTH + 1, at + KEY_LENGTH + 1 + CRC_LENGTH) !==
          crcField(buf.subarray(at + PERSONS_AT, tab2), buf.subarray(tab2 + 1, nl))
        ) {
          // A whole line whose bytes changed: skipped (its article is extracted again), the rest read.
          corrupt++;
          at = nl + 1;
          continue;
        }
        if (validate) {
          try {
            const persons = JSON.parse(buf.toString('utf8', at + PERSONS_AT, tab2));
            const x = JSON.parse(buf.toString('utf8', tab2 + 1, nl));
            if (!Array.isArray(persons) || typeof x !== 'object' || x === null || !Array.isArray(x.actors) || !Array.isArray(x.events))
              throw new Error('not an extraction');
          } catch {
            return { entries, validBytes: pos + at, damaged: true, corrupt };
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
    return { entries, validBytes: pos, damaged: pos < seg.size, corrupt };
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
      const seg = sum ? this.#store.segments[segNo]!.sum! : this.#store.segments[segNo]!;
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

  /** The checksum (8 hex) of entry `i`'s person part (`part` 0) or extraction (`part` 1). */
  #crc(i: number, part: 0 | 1): string {
    const e = this.#store.entries;
    const [buf, at] = this.#bytes(e.seg[i]!, e.off[i]! + KEY_LENGTH + 1 + 8 * part, 8);
    return buf.toString('latin1', at, at + 8);
  }

  /**
   * The bytes `buf[at, at + len)` as text, checked against `crc` (read before them: a window's
   * buffer is reused by the next read of that segment).
   */
  #checked(i: number, crc: string, buf: Buffer, at: number, len: number): string {
    const bytes = buf.subarray(at, at + len);
    if (crc32(bytes).toString(16).padStart(8, '0') !== crc)
      throw new CorruptEntryError(this.#store.segments[this.#store.entries.seg[i]!]!.path, i);
    return bytes.toString('utf8');
  }

  /** The summary part of entry `i` (JSON text), from the summary file when it has a sound copy. */
  persons(i: number): string {
    const e = this.#store.entries;
    const sOff = e.sOff[i]!;
    const crc = this.#crc(i, 0);
    if (sOff >= 0 && this.#store.segments[e.seg[i]!]!.sum) {
      try {
        const [buf, at] = this.#bytes(e.seg[i]!, sOff, e.pLen[i]!, true);
        return this.#checked(i, crc, buf, at, e.pLen[i]!);
      } catch {
        // read the line instead
      }
    }
    const from = e.off[i]! + PERSONS_AT;
    const [buf, at] = this.#bytes(e.seg[i]!, from, e.pLen[i]!);
    return this.#checked(i, crc, buf, at, e.pLen[i]!);
  }

  /** The extraction of entry `i`, as JSON text. */
  extraction(i: number): string {
    const e = this.#store.entries;
    const crc = this.#crc(i, 1);
    const from = e.off[i]! + PERSONS_AT + 1 + e.pLen[i]!;
    const [buf, at] = this.#bytes(e.seg[i]!, from, e.xLen[i]!);
    return this.#checked(i, crc, buf, at, e.xLen[i]!);
  }

  /** The whole line of entry `i` (for copying it into another segment). */
  line(i: number): Buffer {
    const e = this.#store.entries;
    const len = e.lineLength(i);
    const [buf, at] = this.#bytes(e.seg[i]!, e.off[i]!, len);
    return buf.subarray(at, at + len);
  }
}
