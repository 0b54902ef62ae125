// A cheap estimate of how many articles the inputs hold, for the progress bar's ETA: one per text
// file, one per non-blank JSONL line, one per CSV record (newlines inside quotes skipped) less the
// header. Files are scanned as bytes, never parsed; the count may be off by the rows the reader
// rejects or skips.
import { createReadStream, promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileKind } from '../ingest/index.js';

async function* files(p: string, skip: ((p: string) => boolean) | undefined): AsyncGenerator<string> {
  let st: Awaited<ReturnType<typeof fsp.stat>>;
  try {
    st = await fsp.stat(p);
  } catch {
    return;
  }
  if (st.isFile()) {
    yield p;
    return;
  }
  if (!st.isDirectory()) return;
  let names: string[];
  try {
    names = (await fsp.readdir(p)).filter((n) => !n.startsWith('.')).sort();
  } catch {
    return;
  }
  for (const n of names) {
    const full = path.join(p, n);
    if (skip?.(path.resolve(full))) continue;
    let s: Awaited<ReturnType<typeof fsp.stat>>;
    try {
      s = await fsp.stat(full);
    } catch {
      continue;
    }
    if (s.isDirectory()) yield* files(full, skip);
    else if (s.isFile() && fileKind(full) !== undefined) yield full;
  }
}

const NL = 10;
const QUOTE = 34;

/** Non-blank lines of a file. */
async function countLines(file: string): Promise<number> {
  let n = 0;
  let lineHasText = false;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let pos = 0;
    for (;;) {
      const nl = chunk.indexOf(NL, pos);
      const end = nl === -1 ? chunk.length : nl;
      if (!lineHasText) {
        for (let i = pos; i < end; i++) {
          const c = chunk[i];
          if (c !== 32 && c !== 9 && c !== 13) {
            lineHasText = true;
            break;
          }
        }
      }
      if (nl === -1) break;
      if (lineHasText) n++;
      lineHasText = false;
      pos = nl + 1;
    }
  }
  return lineHasText ? n + 1 : n;
}

/** Records of a CSV file (newlines inside double quotes are not record ends), header excluded. */
async function countCsvRecords(file: string): Promise<number> {
  let n = 0;
  let inQuotes = false;
  let open = false; // bytes since the last record end
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let pos = 0;
    while (pos < chunk.length) {
      if (inQuotes) {
        const q = chunk.indexOf(QUOTE, pos);
        if (q === -1) break;
        inQuotes = false;
        pos = q + 1;
        continue;
      }
      const q = chunk.indexOf(QUOTE, pos);
      const nl = chunk.indexOf(NL, pos);
      if (nl !== -1 && (q === -1 || nl < q)) {
        if (open || nl > pos) n++;
        open = false;
        pos = nl + 1;
      } else if (q !== -1) {
        inQuotes = true;
        open = true;
        pos = q + 1;
      } else {
        open = true;
        break;
      }
    }
  }
  if (open) n++;
  return Math.max(0, n - 1);
}

/** Estimated number of articles in `paths` (files and folders). */
export async function countArticles(paths: string[], skip?: (absolutePath: string) => boolean): Promise<number> {
  let total = 0;
  const seen = new Set<string>();
  for (const p of paths) {
    for await (const f of files(p, skip)) {
      const real = await fsp.realpath(f).catch(() => f);
      if (seen.has(real)) continue;
      seen.add(real);
      const kind = fileKind(f);
      if (kind === 'txt') total += 1;
      else if (kind === 'jsonl') total += await countLines(f);
      else if (kind === 'csv') total += await countCsvRecords(f);
    }
  }
  return total;
}
