// The delimiter of a CSV file, for the dialects people actually have: `,` (the default), `;`
// (European spreadsheets, where `,` is the decimal mark), tab, and `|`. Sniffed from the header
// line: the candidate that occurs most often outside quotes, ties going to the extension's own
// (`.tsv`: tab; else `,`). `--delimiter` overrides it. csv-parse reads the file with the result;
// it sniffs nothing itself.
import * as path from 'node:path';
import { decodeFile, normalizeNewlines, type TextEncoding } from './decode.js';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** How a delimiter is named in messages. */
export function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : JSON.stringify(d);
}

/** The delimiter an option names: the character itself, or `tab`, `comma`, `semicolon`, `pipe`. */
export function parseDelimiter(value: string): Delimiter | undefined {
  const named: Record<string, Delimiter> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
  const d = named[value.toLowerCase()] ?? value;
  return (DELIMITERS as readonly string[]).includes(d) ? (d as Delimiter) : undefined;
}

/** Counts each candidate in one line, outside double quotes. */
export function sniffLine(line: string, fallback: Delimiter): Delimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: Delimiter = fallback;
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * The delimiter of a CSV file from its first line (at most 64 KiB of it).
 *
 * @example await sniffDelimiter('exports/articles.csv', 'utf-8') // ';'
 */
export async function sniffDelimiter(file: string, encoding: TextEncoding): Promise<Delimiter> {
  const fallback: Delimiter = path.extname(file).toLowerCase() === '.tsv' ? '\t' : ',';
  let head = '';
  for await (const chunk of normalizeNewlines(decodeFile(file, encoding))) {
    head += chunk;
    if (head.includes('\n') || head.length >= 65536) break;
  }
  const nl = head.indexOf('\n');
  return sniffLine((nl === -1 ? head : head.slice(0, nl)).replace(/^\uFEFF/, ''), fallback);
}
