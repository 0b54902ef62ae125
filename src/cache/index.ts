// The cache of per-article extractions, so that a rebuild extracts only new or changed articles.
//
// Layout: `<root>/<version>/seg-<time>-<pid>-<random>.seg`, where `<version>` is the extractor version
// (see key.ts): another lexicon, aliases file, extraction code or option is another folder, and a
// cold cache. Entries are appended to a new segment per build (`….open` while written); at the end of
// extraction the segment is fsync'ed and renamed `.seg`. A process killed mid-build leaves its
// `.open` segment: later builds read its well-formed, parseable lines (a torn last line is dropped)
// and, once its process is gone, truncate it to those lines and seal it. So an entry is either whole
// or absent, whatever happens.
//
// Upkeep after a build: when the folder holds many segments or mostly entries the build did not use,
// the used entries are copied into one new segment and the others deleted; version folders other
// than the current one and the one used most recently before it are deleted.
import { fsyncDirSync } from '../export/atomic.js';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants as fsConstants,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
  ftruncateSync,
  readFileSync,
} from 'node:fs';
import path from 'node:path';
import { CorruptEntryError, CRC_LENGTH, IntList, KEY_LENGTH, LINE_OVERHEAD, SegmentStore } from './store.js';

export { articleKey, extractorVersion, codeFingerprint, actorgraphVersion } from './key.js';
export { SegmentStore, EntryReader, Entries, IntList, KEY_LENGTH, CorruptEntryError } from './store.js';

/** Default cache folder inside the output folder. */
export const CACHE_DIR_NAME = '.actorgraph-cache';

export const DEFAULTS = {
  /** More segments than this are merged into one. */
  maxSegments: 8,
  /** Version folders kept besides the current one. */
  keepVersions: 1,
};

const CACHEDIR_TAG =
  'Signature: 8a477f597d28d172789f06886806bc55\n# This file marks a cache folder of actorgraph (https://bford.info/cachedir/).\n';

/** What a build needs from where extractions go: the cache, or a temporary spool. */
export interface ExtractionSink {
  readonly store: SegmentStore;
  /** Entry number of a cached extraction. */
  lookup(key: string): number | undefined;
  /** Counts a hit on an entry found beforehand (`entryOf`), and returns it. */
  hit(entry: number): number;
  /** Stores an extraction; returns its entry number. */
  put(key: string, persons: string, extraction: string): number;
  /** Extraction done: make the new entries durable. */
  finishWriting(): void;
  /** After the build: upkeep (may fail silently), then close. */
  done(used: IntList | undefined): void;
  /** Closes files and removes temporary ones. */
  dispose(): void;
  readonly hits: number;
  readonly misses: number;
}

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const SEGMENT = /^seg-[0-9a-z]+-(\d+)-[0-9a-f]+\.(seg|open)$/;

function segmentName(): string {
  return `seg-${Date.now().toString(36)}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/**
 * Bytes per entry of a segment's index file: key (16 bytes), line offset (f64), part lengths
 * (2 × u32), offset of the summary copy in the summary file (f64, -1: none).
 */
const IDX_ENTRY = 40;

/**
 * The index of a sealed segment (`seg-….idx` beside `seg-….seg`), so that opening the cache does not
 * read every segment: per entry, the first 128 bits of its key and where its line is.
 */
class IdxBuilder {
  #buf = Buffer.alloc(IDX_ENTRY * 1024);
  #n = 0;

  add(key: string, off: number, pLen: number, xLen: number, sOff = -1): void {
    if ((this.#n + 1) * IDX_ENTRY > this.#buf.length) {
      const grown = Buffer.alloc(this.#buf.length * 2);
      this.#buf.copy(grown);
      this.#buf = grown;
    }
    const at = this.#n++ * IDX_ENTRY;
    this.#buf.write(key.slice(0, 32), at, 16, 'hex');
    this.#buf.writeDoubleLE(off, at + 16);
    this.#buf.writeUInt32LE(pLen, at + 24);
    this.#buf.writeUInt32LE(xLen, at + 28);
    this.#buf.writeDoubleLE(sOff, at + 32);
  }

  /** Writes the index of the segment `segPath` (atomically; best effort). */
  write(segPath: string): void {
    const file = idxPath(segPath);
    const temp = `${file}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, this.#buf.subarray(0, this.#n * IDX_ENTRY));
      renameSync(temp, file);
    } catch {
      rmSync(temp, { force: true });
    }
  }
}

/**
 * After a `CorruptEntryError`: the segment's index and summary files go, so that the next open
 * scans its lines, checking each, and leaves the damaged one out (its article is extracted again).
 */
export function forgetCorruptEntry(e: CorruptEntryError): void {
  for (const f of [idxPath(e.file), sumPath(e.file)]) rmSync(f, { force: true });
}

function idxPath(segPath: string): string {
  return segPath.replace(/\.(seg|open)$/, '.idx');
}

/** The summary file of a segment (see store.ts). */
function sumPath(segPath: string): string {
  return segPath.replace(/\.(seg|open)$/, '.sum');
}

/** The extraction cache in `<root>/<version>/`. */
export class ExtractionCache implements ExtractionSink {
  readonly store = new SegmentStore();
  readonly dir: string;
  readonly root: string;
  readonly version: string;
  /** Recovered or skipped segments, worth a notice. */
  readonly notes: string[] = [];
  readonly #index = new Map<string, number>();
  #openPath: string | undefined;
  #sealed = false;
  /** Index of this build's segment. */
  readonly #newIdx = new IdxBuilder();
  /** Segments that compaction may delete: sealed ones and this build's (not another live build's `.open`). */
  #deletable: number[] = [];
  hits = 0;
  misses = 0;

  private constructor(root: string, version: string) {
    this.root = root;
    this.version = version;
    this.dir = path.join(root, version);
  }

  /** Opens (creating) the cache for `version` under `root` and indexes its entries. */
  static open(root: string, version: string): ExtractionCache {
    if (!/^[0-9a-f]{8,64}$/.test(version)) throw new Error(`actorgraph/cache: bad version ${JSON.stringify(version)}`);
    const cache = new ExtractionCache(root, version);
    mkdirSync(cache.dir, { recursive: true });
    accessSync(cache.dir, fsConstants.W_OK); // a read-only cache is no cache: the caller spools instead
    try {
      writeFileSync(path.join(root, 'CACHEDIR.TAG'), CACHEDIR_TAG, { flag: 'wx' });
    } catch {
      // already there
    }
    const now = new Date();
    try {
      utimesSync(cache.dir, now, now); // "used most recently", for the upkeep of other versions
    } catch {
      // best effort
    }
    cache.#load();
    return cache;
  }

  #load(): void {
    const names = readdirSync(this.dir)
      .filter((n) => SEGMENT.test(n))
      .sort();
    for (const name of names) {
      const file = path.join(this.dir, name);
      const m = SEGMENT.exec(name)!;
      const sealed = m[2] === 'seg';
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        continue; // removed meanwhile
      }
      let segNo: number;
      try {
        segNo = this.store.addReadable(file, size);
      } catch {
        continue;
      }
      if (sealed && this.#loadIdx(segNo, file, size)) {
        this.#deletable.push(segNo);
        continue;
      }
      const idx = new IdxBuilder();
      const entries = this.store.entries;
      const result = this.store.scan(segNo, !sealed, (key, entry) => {
        this.#index.set(key.slice(0, 32), entry);
        idx.add(key, entries.off[entry]!, entries.pLen[entry]!, entries.xLen[entry]!);
      });
      if (result.corrupt)
        this.notes.push(
          `actorgraph/cache: ${result.corrupt} entr${result.corrupt === 1 ? 'y' : 'ies'} of ${file} did not match ${result.corrupt === 1 ? 'its' : 'their'} checksum (changed or damaged on disk); not used`,
        );
      if (sealed) {
        this.#deletable.push(segNo);
        if (!result.damaged) idx.write(file);
      } else if (!pidAlive(Number(m[1])) && this.#recover(file, result.validBytes, result.damaged)) {
        this.#deletable.push(segNo);
        idx.write(file.replace(/\.open$/, '.seg'));
      }
    }
  }

  /** Indexes a sealed segment from its index file; false when there is none or it does not fit. */
  #loadIdx(segNo: number, file: string, size: number): boolean {
    let buf: Buffer;
    try {
      buf = readFileSync(idxPath(file));
    } catch {
      return false;
    }
    const n = buf.length / IDX_ENTRY;
    if (!Number.isInteger(n)) return false;
    // The entries must tile the segment exactly.
    let expect = 0;
    for (let i = 0; i < n; i++) {
      const at = i * IDX_ENTRY;
      if (buf.readDoubleLE(at + 16) !== expect) return false;
      expect += LINE_OVERHEAD + buf.readUInt32LE(at + 24) + buf.readUInt32LE(at + 28);
    }
    if (expect !== size) return false;
    // Summary copies are used when the summary file holds them all.
    let sums = n > 0;
    let sumSize = 0;
    for (let i = 0; i < n && sums; i++) {
      const at = i * IDX_ENTRY;
      const sOff = buf.readDoubleLE(at + 32);
      if (sOff < 0) sums = false;
      else sumSize = Math.max(sumSize, sOff + buf.readUInt32LE(at + 24));
    }
    if (sums) {
      try {
        const actual = statSync(sumPath(file)).size;
        if (actual < sumSize) sums = false;
        else this.store.attachSum(segNo, sumPath(file), actual);
      } catch {
        sums = false;
      }
    }
    const entries = this.store.entries;
    for (let i = 0; i < n; i++) {
      const at = i * IDX_ENTRY;
      const sOff = sums ? buf.readDoubleLE(at + 32) : -1;
      const entry = entries.push(segNo, buf.readDoubleLE(at + 16), buf.readUInt32LE(at + 24), buf.readUInt32LE(at + 28), sOff);
      this.#index.set(buf.toString('hex', at, at + 16), entry);
    }
    return true;
  }

  /** Seals the `.open` segment of a dead process: cut to its good lines, fsync, rename `.seg`. */
  #recover(file: string, validBytes: number, damaged: boolean): boolean {
    try {
      const fd = openSync(file, 'r+');
      try {
        if (damaged) ftruncateSync(fd, validBytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(file, file.replace(/\.open$/, '.seg'));
      rmSync(sumPath(file), { force: true }); // its entries are read from the lines
      const seg = this.store.segments.find((s) => s.path === file);
      if (seg) {
        seg.path = file.replace(/\.open$/, '.seg');
        seg.size = validBytes;
      }
      this.notes.push(
        `actorgraph/cache: recovered ${path.basename(file)} left by an interrupted build${damaged ? ' (its torn last entry dropped)' : ''}`,
      );
      return true;
    } catch {
      // read-only folder: its good lines are used all the same
      return false;
    }
  }

  get entries(): number {
    return this.#index.size;
  }

  /** Whether an extraction is cached (not counted as a hit). */
  has(key: string): boolean {
    return this.#index.has(key.slice(0, 32));
  }

  /** The entry of `key`, without counting a hit. */
  entryOf(key: string): number | undefined {
    return this.#index.get(key.slice(0, 32));
  }

  hit(entry: number): number {
    this.hits++;
    return entry;
  }

  lookup(key: string): number | undefined {
    const hit = this.entryOf(key);
    if (hit !== undefined) this.hits++;
    return hit;
  }

  put(key: string, persons: string, extraction: string): number {
    if (this.#sealed) throw new Error('actorgraph/cache: the segment is sealed');
    if (this.#openPath === undefined) {
      this.#openPath = path.join(this.dir, `${segmentName()}.open`);
      this.#deletable.push(this.store.createWritable(this.#openPath, sumPath(this.#openPath)));
    }
    this.misses++;
    const entry = this.store.append(key, persons, extraction);
    this.#index.set(key.slice(0, 32), entry);
    const e = this.store.entries;
    this.#newIdx.add(key, e.off[entry]!, e.pLen[entry]!, e.xLen[entry]!, e.sOff[entry]!);
    return entry;
  }

  /** Flushes, fsyncs and renames this build's segment `.seg`. */
  finishWriting(): void {
    if (this.#sealed) return;
    this.#sealed = true;
    const seg = this.store.finishWriting(true);
    if (!seg || this.#openPath === undefined) return;
    const sealedPath = this.#openPath.replace(/\.open$/, '.seg');
    renameSync(this.#openPath, sealedPath);
    seg.path = sealedPath;
    fsyncDirSync(this.dir);
    this.#newIdx.write(sealedPath);
  }

  /** Compacts when worthwhile and removes old version folders; errors only cost the upkeep. */
  done(used: IntList | undefined): void {
    try {
      if (used && (this.store.segments.length > DEFAULTS.maxSegments || this.store.entries.length > 2 * used.length + 1024))
        this.#compact(used);
    } catch (e) {
      this.notes.push(`actorgraph/cache: could not compact ${this.dir} (${(e as Error).message}); it stays usable`);
    }
    try {
      this.#pruneVersions();
    } catch {
      // best effort
    }
    this.dispose();
  }

  /** Rewrites the entries `used` into one segment, in their order, and deletes the other segments. */
  #compact(used: IntList): void {
    this.finishWriting();
    const reader = this.store.reader();
    const base = path.join(this.dir, segmentName());
    const fd = openSync(`${base}.open`, 'wx');
    const sumFd = openSync(`${base}.sum`, 'w');
    const seen = new Set<number>();
    const idx = new IdxBuilder();
    try {
      let chunks: Buffer[] = [];
      let sums: Buffer[] = [];
      let bytes = 0;
      let sumBytes = 0;
      let pos = 0;
      let sumPos = 0;
      const write = (to: number, parts: Buffer[], length: number, at: number) => {
        const buf = Buffer.concat(parts, length);
        let done = 0;
        while (done < buf.length) done += writeSync(to, buf, done, buf.length - done, at + done);
      };
      const flush = () => {
        write(fd, chunks, bytes, pos);
        write(sumFd, sums, sumBytes, sumPos);
        pos += bytes;
        sumPos += sumBytes;
        chunks = [];
        sums = [];
        bytes = 0;
        sumBytes = 0;
      };
      const e = this.store.entries;
      for (let i = 0; i < used.length; i++) {
        const entry = used.at(i);
        if (seen.has(entry)) continue;
        seen.add(entry);
        const line = Buffer.from(reader.line(entry)); // copy: the reader's window is reused
        idx.add(line.toString('latin1', 0, 32), pos + bytes, e.pLen[entry]!, e.xLen[entry]!, sumPos + sumBytes);
        chunks.push(line);
        bytes += line.length;
        sums.push(line.subarray(KEY_LENGTH + CRC_LENGTH + 2, KEY_LENGTH + CRC_LENGTH + 2 + e.pLen[entry]!));
        sumBytes += e.pLen[entry]!;
        if (bytes >= 1 << 20) flush();
      }
      flush();
      fsyncSync(fd);
      fsyncSync(sumFd);
    } catch (e) {
      closeSync(fd);
      closeSync(sumFd);
      rmSync(`${base}.open`, { force: true });
      rmSync(`${base}.sum`, { force: true });
      throw e;
    }
    closeSync(fd);
    closeSync(sumFd);
    renameSync(`${base}.open`, `${base}.seg`);
    fsyncDirSync(this.dir);
    idx.write(`${base}.seg`);
    for (const segNo of this.#deletable) {
      const seg = this.store.segments[segNo]!;
      for (const f of [seg.path, idxPath(seg.path), sumPath(seg.path)]) {
        try {
          unlinkSync(f);
        } catch {
          // gone already
        }
      }
    }
  }

  #pruneVersions(): void {
    const others: Array<{ dir: string; mtime: number }> = [];
    for (const name of readdirSync(this.root)) {
      if (name === this.version || !/^[0-9a-f]{16}$/.test(name)) continue;
      const dir = path.join(this.root, name);
      try {
        const st = statSync(dir);
        if (st.isDirectory()) others.push({ dir, mtime: st.mtimeMs });
      } catch {
        // gone
      }
    }
    others.sort((a, b) => b.mtime - a.mtime);
    for (const o of others.slice(DEFAULTS.keepVersions)) rmSync(o.dir, { recursive: true, force: true });
  }

  dispose(): void {
    this.store.close();
  }
}

/** A temporary spool file (no cache): every extraction is written once and read back. */
export class Spool implements ExtractionSink {
  readonly store = new SegmentStore();
  readonly path: string;
  hits = 0;
  misses = 0;
  #disposed = false;

  constructor(dir: string, name: string) {
    // Spools of killed builds (their process gone) are removed first: they can be large.
    const stale = new RegExp(`^\\.${name.replace(/[.]/g, '\\.')}\\.spool\\.(\\d+)\\.[0-9a-f]+\\.tmp(\\.sum)?$`);
    try {
      for (const f of readdirSync(dir)) {
        const m = stale.exec(f);
        if (m && !pidAlive(Number(m[1]))) rmSync(path.join(dir, f), { force: true });
      }
    } catch {
      // best effort
    }
    this.path = path.join(dir, `.${name}.spool.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    this.store.createWritable(this.path, `${this.path}.sum`);
  }

  lookup(): undefined {
    return undefined;
  }

  hit(): number {
    throw new Error('actorgraph/cache: a spool has no entries to hit');
  }

  put(key: string, persons: string, extraction: string): number {
    this.misses++;
    return this.store.append(key, persons, extraction);
  }

  finishWriting(): void {
    this.store.finishWriting(false);
  }

  done(): void {
    this.dispose();
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.store.close();
    rmSync(this.path, { force: true });
    rmSync(`${this.path}.sum`, { force: true });
  }
}
