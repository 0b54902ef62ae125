// Bytes to clean text: tells text from binary files, picks the encoding from the byte-order mark,
// decodes in a streaming way without ever failing on bad bytes, and cleans the characters that
// later stages (tokenizer offsets, XML export) cannot live with.
//
// Text rules, applied to every `text` and `title`:
// - CRLF and lone CR become LF, so offsets and line counts agree whatever the producer's platform;
// - NUL and the other C0 control characters except TAB and LF, DEL, U+FFFE and U+FFFF become a
//   space (one for one, so nothing shifts), because XML 1.0 cannot carry them;
// - invalid UTF-8 and unpaired surrogates become U+FFFD.

import * as fs from 'node:fs';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export type Sniffed = { kind: 'text'; encoding: TextEncoding } | { kind: 'binary'; looksLike: string };

/** How much of a file's start is inspected, as git and grep do. */
export const SNIFF_BYTES = 8192;

const MAGIC: Array<[bytes: number[], name: string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF'],
  [[0x89, 0x50, 0x4e, 0x47], 'PNG'],
  [[0xff, 0xd8, 0xff], 'JPEG'],
  [[0x47, 0x49, 0x46, 0x38], 'GIF'],
  [[0x1f, 0x8b], 'GZIP'],
  [[0x50, 0x4b, 0x03, 0x04], 'ZIP (also .docx, .xlsx, .odt)'],
  [[0x50, 0x4b, 0x05, 0x06], 'ZIP'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Word or Excel file'],
  [[0x37, 0x7a, 0xbc, 0xaf], '7-Zip'],
];

/**
 * Text or binary, and which encoding. A few stray NULs (≤ 1 % of the sample) do not make a file
 * binary: they are blanked like other control characters, so one bad byte does not lose an article.
 */
export function sniffBytes(head: Uint8Array): Sniffed {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le' };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', encoding: 'utf-16be' };
  for (const [bytes, name] of MAGIC) {
    if (head.length >= bytes.length && bytes.every((b, i) => head[i] === b)) return { kind: 'binary', looksLike: name };
  }
  let nuls = 0;
  for (const b of head) if (b === 0) nuls++;
  if (nuls > 0 && nuls * 100 > head.length) return { kind: 'binary', looksLike: 'binary data: it contains NUL bytes' };
  return { kind: 'text', encoding: 'utf-8' };
}

export async function sniffFile(file: string): Promise<Sniffed> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return sniffBytes(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/** Whole-buffer decoding; the BOM is dropped and bad bytes become U+FFFD, never an exception. */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding, { fatal: false }).decode(bytes);
}

/**
 * Streaming decoding: characters split across chunk boundaries are joined by the decoder. From
 * byte `start` (a character's first byte) when given.
 */
export async function* decodeFile(file: string, encoding: TextEncoding, start = 0): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: false });
  const stream = fs.createReadStream(file, { highWaterMark: 64 * 1024, start });
  try {
    for await (const chunk of stream) {
      const s = decoder.decode(chunk as Buffer, { stream: true });
      if (s) yield s;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    stream.destroy();
  }
}

/** CRLF and lone CR to LF over a chunked stream; a CR at a chunk's end waits for the next chunk. */
export async function* normalizeNewlines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let pendingCR = false;
  for await (let s of chunks) {
    if (pendingCR) s = `\r${s}`;
    pendingCR = s.endsWith('\r');
    if (pendingCR) s = s.slice(0, -1);
    if (s) yield s.indexOf('\r') === -1 ? s : s.replace(/\r\n?/g, '\n');
  }
  if (pendingCR) yield '\n';
}

const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;
const SURROGATE_RE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Article text as later stages need it (see the rules in this file's header). */
export function cleanText(s: string): string {
  // Most texts have no CR and no surrogate at all: a quick search spares those two replacements.
  if (s.indexOf('\r') !== -1) s = s.replace(/\r\n?/g, '\n');
  s = s.replace(CONTROL_RE, ' ');
  return SURROGATE_RE.test(s) ? s.replace(LONE_SURROGATE_RE, '\uFFFD') : s;
}

/** One-line values (title, id, source, url): cleaned, whitespace runs to one space, trimmed. */
export function cleanLine(s: string): string {
  const c = cleanText(s);
  // Only runs of white space, or white space other than a plain space, change.
  return (MESSY_SPACE_RE.test(c) ? c.replace(/\s+/g, ' ') : c).trim();
}

const MESSY_SPACE_RE = /\s\s|[^\S ]/;
