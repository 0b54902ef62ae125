// The state a build leaves in the cache for the next build into the same files: what its write
// stage did (merge maps, counts, graph aggregates) and, beside it, where each article's lines end in
// the two tables — so that a build whose first articles are the same can keep those lines.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PersonTallyEntry } from '../actors/resolve.js';
import type { AccumulatorState } from '../graph/accumulate.js';
import { outputCodeFingerprint } from '../cache/key.js';
import type { FileStamp } from './outputs.js';

export const STATE_FORMAT = 3;

export interface OutputState {
  format: number;
  /** The output code's fingerprint (cache/key.ts): tables written by other code are not kept. */
  code?: string;
  level: string;
  evidencePerEdge: number;
  /** Articles written, and the chain of their keys. */
  articles: number;
  chain: string;
  map: Array<[string, string]>;
  /** The person tally of the articles written (`PersonTally`). */
  persons: PersonTallyEntry[];
  countryMap: Array<[string, string]> | null;
  events: number;
  undated: number;
  eventsFile: FileStamp;
  /** `tail`: where the rejected inputs' lines begin. */
  articlesFile: FileStamp & { tail: number };
  acc: AccumulatorState;
  /** What the bounds cut in the articles written (their extractions' notices), said again on resume. */
  notices?: string[];
}

export function outputStatePath(versionDir: string, outDir: string, name: string): string {
  let real = path.resolve(outDir);
  try {
    real = realpathSync(outDir);
  } catch {
    // made below
  }
  const id = createHash('sha256').update(`${real}\u0000${name}`).digest('hex').slice(0, 32);
  return path.join(versionDir, 'outputs', `${id}.json`);
}

export function loadOutputState(file: string, level: string, evidencePerEdge: number): OutputState | undefined {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as OutputState;
    if (s.format !== STATE_FORMAT || s.level !== level || s.evidencePerEdge !== evidencePerEdge || s.code !== outputCodeFingerprint())
      return undefined;
    return s;
  } catch {
    return undefined;
  }
}

/** Saves the state, and beside it (`.bin`) where each article's lines end in the two tables. */
export function saveOutputState(file: string, offsets: Offsets, state: OutputState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, offsets.bytes());
  renameSync(temp, `${file}.bin`);
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, file);
}

/** Per article: where its lines end in events.jsonl and in articles.jsonl, and its event count. */
export class Offsets {
  #data = new Float64Array(3 * 1024);
  length = 0;

  push(eventsEnd: number, articlesEnd: number, count: number): void {
    if (3 * (this.length + 1) > this.#data.length) {
      const grown = new Float64Array(this.#data.length * 2);
      grown.set(this.#data);
      this.#data = grown;
    }
    const at = 3 * this.length++;
    this.#data[at] = eventsEnd;
    this.#data[at + 1] = articlesEnd;
    this.#data[at + 2] = count;
  }

  clear(): void {
    this.length = 0;
  }

  bytes(): Uint8Array {
    return new Uint8Array(this.#data.buffer, 0, 3 * this.length * 8);
  }
}

/** The offsets the last build saved, checked against its state. */
export interface OldOffsets {
  eventsStart(i: number): number;
  eventsEnd(i: number): number;
  articlesStart(i: number): number;
  articlesEnd(i: number): number;
  count(i: number): number;
}

export function loadOffsets(file: string, state: OutputState): OldOffsets | undefined {
  let data: Float64Array;
  try {
    const buf = readFileSync(`${file}.bin`);
    if (buf.length !== 3 * 8 * state.articles) return undefined;
    data = new Float64Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length));
  } catch {
    return undefined;
  }
  const n = state.articles;
  // Read for articles below `n` only: `data` holds 3 × n numbers (checked above).
  const old: OldOffsets = {
    eventsEnd: (i) => data[3 * i]!,
    articlesEnd: (i) => data[3 * i + 1]!,
    count: (i) => data[3 * i + 2]!,
    eventsStart: (i) => (i === 0 ? 0 : data[3 * (i - 1)]!),
    articlesStart: (i) => (i === 0 ? 0 : data[3 * (i - 1) + 1]!),
  };
  if (n > 0 && (old.eventsEnd(n - 1) !== state.eventsFile.size || old.articlesEnd(n - 1) !== state.articlesFile.tail)) return undefined;
  if (n === 0 && (state.eventsFile.size !== 0 || state.articlesFile.tail !== 0)) return undefined;
  return old;
}

/** Whether a saved map holds the same entries as this build's (both absent: the same). */
export function sameEntries(a: Array<[string, string]> | null, b: Map<string, string> | undefined): boolean {
  if (a === null || b === undefined) return a === null && b === undefined;
  if (a.length !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}
