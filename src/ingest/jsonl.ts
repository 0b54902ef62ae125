// One article per line of a JSONL file, read as a stream so that corpora larger than memory work.
// Each line is an object with `text` (required, a non-empty string) and optionally `id`, `title`,
// `url`, `date`, `source`; other key names are recognized as for CSV (`content`, `headline`, …)
// and the column options name keys. A bad line is a problem for that line only: the lines around
// it still come through. Blank lines are skipped; a missing id becomes `<file stem>-<line>`.

import * as path from 'node:path';
import type { Article, InputProblem } from '../types.js';
import { decodeFile, normalizeNewlines } from './decode.js';
import { FIELD_OPTION, FIELDS, resolveFields, recordToArticle, type Field, type FieldMap, type Resolution } from './fields.js';
import type { ReadContext } from './types.js';
import { excerpt, problem, unparsedDateNotice } from './problems.js';

type Line = { line: number; text: string } | { line: number; tooLong: number };

/**
 * LF-separated lines of a stream of chunks. A line longer than `maxChars` is not kept in memory:
 * only its length is reported, so one runaway line cannot exhaust memory.
 */
export async function* splitLines(chunks: AsyncIterable<string>, maxChars: number, firstLine = 1): AsyncGenerator<Line> {
  let parts: string[] = [];
  let length = 0;
  let overflow = false;
  let lineNo = firstLine;
  const finish = (): Line => {
    const out: Line = overflow ? { line: lineNo, tooLong: length } : { line: lineNo, text: parts.join('') };
    parts = [];
    length = 0;
    overflow = false;
    lineNo++;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    while (from <= chunk.length) {
      const nl = chunk.indexOf('\n', from);
      const piece = chunk.slice(from, nl === -1 ? chunk.length : nl);
      length += piece.length;
      if (!overflow && length > maxChars) {
        overflow = true;
        parts = [];
      }
      if (!overflow && piece) parts.push(piece);
      if (nl === -1) break;
      yield finish();
      from = nl + 1;
    }
  }
  if (length > 0 || parts.length > 0) yield finish();
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
}

export async function* readJsonl(file: string, ctx: ReadContext): AsyncGenerator<Article | InputProblem> {
  const stem = path.basename(ctx.display, path.extname(ctx.display));
  const todo = 'fix or remove the line (each line must be one JSON object with a "text" string)';
  // A line holds JSON escapes and metadata besides the text; the exact size check is on the text.
  const maxChars = 2 * ctx.maxArticleBytes + 64 * 1024;
  const resolutions = new Map<string, Resolution>();
  for await (const item of splitLines(normalizeNewlines(decodeFile(file, ctx.encoding, ctx.start?.offset)), maxChars, ctx.start?.line)) {
    const origin = { file: ctx.display, line: item.line };
    if ('tooLong' in item) {
      yield problem(
        origin,
        `line too long (${item.tooLong} characters, limit ${ctx.maxArticleBytes} bytes of text)`,
        'split the article or raise --max-article-bytes',
      );
      continue;
    }
    const raw = item.text.trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      yield problem(origin, `not valid JSON (${why}): ${excerpt(raw)}`, todo);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield problem(origin, `${kindOf(value)}, not a JSON object`, todo);
      continue;
    }
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    // Per line, an explicitly named key that is absent only leaves that field empty.
    const explicit: FieldMap = {};
    for (const f of FIELDS) {
      const k = ctx.columns[f];
      if (k !== undefined && keys.includes(k)) explicit[f] = k;
    }
    // Lines of one file mostly share their keys: the resolution is worked out once per key set.
    const signature = keys.join('\u0000');
    let resolved = resolutions.get(signature);
    if (resolved === undefined) {
      resolved = resolveFields(keys, explicit);
      if (resolutions.size < 64) resolutions.set(signature, resolved);
    }
    const map: FieldMap = resolved.ok ? { ...resolved.map } : {};
    if (ctx.columns.text !== undefined && explicit.text === undefined) delete map.text;
    const values: Partial<Record<Field, unknown>> = {};
    for (const f of FIELDS) if (map[f] !== undefined) values[f] = obj[map[f]!];
    const rawId = values.id;
    const knownId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : undefined;
    const textKey = ctx.columns.text ?? map.text ?? 'text';
    if (typeof values.text !== 'string' || values.text.trim() === '') {
      const what =
        values.text === undefined
          ? `no "${textKey}" field (keys: ${keys.join(', ') || 'none'})`
          : `"${textKey}" is ${typeof values.text === 'string' ? 'empty' : kindOf(values.text)}, not a non-empty string`;
      yield problem(origin, what, `give each line a "text" string, or name its key with ${FIELD_OPTION.text}`, knownId);
      continue;
    }
    yield recordToArticle(values, origin, `${stem}-${item.line}`, unparsedDateNotice(ctx.notice, origin, knownId), ctx.dateOrder);
  }
}
