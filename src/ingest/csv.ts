// One article per row of a CSV (or TSV) file with a header line, read as a stream through
// csv-parse. Columns are found by name (see fields.ts; FA-KES's `unit_id, article_title,
// article_content, source, date` included) or named by the column options.
//
// Broken quoting is the usual damage in scraped CSV, and the reader recovers from it instead of
// losing the rest of the file: quotes inside unquoted fields are accepted (`relax_quotes`); a quote
// that opens a field and is never closed properly is reported at the line where it opened, and
// reading starts again on the next line, with the same header (at most MAX_RESTARTS times). Rows
// before the damage are kept; only the damaged row is lost. A row far beyond the size limit stops
// the file: its quote may be legitimate, and reading its inner lines as rows would invent articles.

import * as path from 'node:path';
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { Article, InputProblem } from '../types.js';
import { cleanLine, decodeFile, normalizeNewlines } from './decode.js';
import { FIELD_OPTION, FIELDS, recordToArticle, resolveFields, type Field } from './fields.js';
import type { ReadContext } from './types.js';
import { delimiterName, sniffDelimiter } from './delimiter.js';
import { problem, unparsedDateNotice } from './problems.js';

/** After this many broken quotes in one file, the file is given up on. */
export const MAX_RESTARTS = 100;

interface ParsedRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** Drops the first `n` lines of an LF-only stream, so reading can start again after a bad line. */
async function* skipLines(chunks: AsyncIterable<string>, n: number): AsyncGenerator<string> {
  let left = n;
  for await (let chunk of chunks) {
    while (left > 0) {
      const nl = chunk.indexOf('\n');
      if (nl === -1) {
        chunk = '';
        break;
      }
      chunk = chunk.slice(nl + 1);
      left--;
    }
    if (chunk) yield chunk;
  }
}

function newlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * With `relax_quotes`, a field whose opening quote is never properly closed swallows the following
 * lines and keeps its quote characters verbatim; a properly quoted field has them stripped.
 */
function swallowedLines(fields: string[], raw: string): boolean {
  return fields.some(
    (v) =>
      v.includes('\n') &&
      ((v.startsWith('"') && raw.includes(v)) ||
        // A quoted field over several lines that is not in the file as written properly (`"…"` with
        // inner quotes doubled) held a stray quote: its opening quote was closed by a later row's
        // (`2,"never closed⏎3,"next row"`), swallowing the rows between.
        !raw.includes(`"${v.replace(/"/g, '""')}"`)),
  );
}

export async function* readCsv(file: string, ctx: ReadContext): AsyncGenerator<Article | InputProblem> {
  const fileOrigin = { file: ctx.display };
  const stem = path.basename(ctx.display, path.extname(ctx.display));
  // Named with --delimiter, else sniffed from the header (delimiter.ts); said when a column is missing.
  const delimiter = ctx.delimiter ?? (await sniffDelimiter(file, ctx.encoding));
  const assumed = `columns split on ${delimiterName(delimiter)}, ${ctx.delimiter ? 'as --delimiter says' : 'guessed from the header line'}`;
  let columns: Partial<Record<Field, number>> | undefined;
  let firstLine = 1;

  for (let restarts = 0; ; restarts++) {
    if (restarts > MAX_RESTARTS) {
      yield problem(
        { file: ctx.display, line: firstLine },
        `more than ${MAX_RESTARTS} broken quotes, the rest of the file is not read`,
        'repair the quoting (a field with commas, quotes or line breaks must be in "…", with inner quotes doubled)',
      );
      return;
    }
    const offset = firstLine - 1;
    const errors: Array<{ err: CsvError; raw: string | undefined }> = [];
    const parser = parse({
      delimiter,
      info: true,
      raw: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      skip_records_with_error: true,
      // A guard for memory only; the per-article limit is checked on the text.
      max_record_size: 2 * ctx.maxArticleBytes + 1024 * 1024,
      on_skip: (err, raw) => {
        if (err) errors.push({ err, raw });
      },
    });
    const source = Readable.from(skipLines(normalizeNewlines(decodeFile(file, ctx.encoding)), offset));
    source.on('error', (e) => parser.destroy(e));
    source.pipe(parser);

    /** Where a skipped record started: its end line minus the lines inside it. */
    let lastEnd = offset;
    const errorStart = (e: { err: CsvError; raw: string | undefined }): number => {
      const end = offset + (typeof e.err.lines === 'number' ? e.err.lines : 1);
      const inner = e.raw === undefined ? 0 : newlines(e.raw.replace(/^\n+/, '').replace(/\n$/, ''));
      return Math.max(end - inner, lastEnd + 1, firstLine);
    };
    let restartAt: number | undefined;
    const onError = (e: { err: CsvError; raw: string | undefined }): InputProblem => {
      const at = errorStart(e);
      const origin = { file: ctx.display, line: at };
      if (columns === undefined) {
        return problem(origin, `cannot read the header line (${e.err.message})`, 'repair the header: one line of column names');
      }
      if (e.err.code === 'CSV_MAX_RECORD_SIZE') {
        return problem(
          origin,
          `row larger than ${2 * ctx.maxArticleBytes} characters (or a quote opened here is never closed), the rest of the file is not read`,
          'check the quoting on this line, or raise --max-article-bytes',
        );
      }
      restartAt = at + 1;
      const what =
        e.err.code === 'CSV_QUOTE_NOT_CLOSED'
          ? 'unbalanced quote: the quote opened on this line is never closed, the row is skipped'
          : `unreadable row (${e.err.message}), skipped`;
      return problem(origin, what, 'repair the quoting (inner quotes must be doubled: "")');
    };

    try {
      for await (const rec of parser as AsyncIterable<ParsedRecord>) {
        const end = offset + rec.info.lines;
        const fields = rec.record;
        const start = end - newlines(fields.join(''));
        if (errors.length > 0 && errorStart(errors[0]!) < start) {
          const p = onError(errors[0]!);
          yield p;
          if (restartAt === undefined) return;
          break;
        }
        lastEnd = end;
        if (columns === undefined) {
          const header = fields.map(cleanLine);
          const found = resolveFields(header, ctx.columns);
          const origin = { file: ctx.display, line: start };
          if (!found.ok) {
            yield problem(
              origin,
              `no column ${JSON.stringify(found.requested)} (named with ${FIELD_OPTION[found.field]}); the columns are ${header.map((h) => JSON.stringify(h)).join(', ')} (${assumed})`,
              `name one of these with ${FIELD_OPTION[found.field]}, or the delimiter with --delimiter`,
            );
            return;
          }
          if (found.map.text === undefined) {
            yield problem(
              origin,
              `no text column recognized among ${header.map((h) => JSON.stringify(h)).join(', ')} (${assumed})`,
              `name the column that holds the article text with ${FIELD_OPTION.text}, or the delimiter with --delimiter`,
            );
            return;
          }
          columns = {};
          for (const f of FIELDS) {
            const name = found.map[f];
            if (name !== undefined) columns[f] = header.indexOf(name);
          }
          continue;
        }
        const origin = { file: ctx.display, line: start };
        if (swallowedLines(fields, rec.raw)) {
          restartAt = start + 1;
          yield problem(
            origin,
            `unbalanced quote: the quote opened on this line is not closed properly (it runs to line ${end}), the row is skipped`,
            'repair the quoting (inner quotes must be doubled: "")',
          );
          break;
        }
        const values: Partial<Record<Field, unknown>> = {};
        for (const f of FIELDS) {
          const i = columns[f];
          if (i !== undefined) values[f] = fields[i];
        }
        const knownId = typeof values.id === 'string' && values.id.trim() ? cleanLine(values.id) : undefined;
        yield recordToArticle(values, origin, `${stem}-${start}`, unparsedDateNotice(ctx.notice, origin, knownId), ctx.dateOrder);
      }
      if (restartAt === undefined && errors.length > 0) {
        yield onError(errors[0]!);
        if (restartAt === undefined) return;
      }
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      yield problem(fileOrigin, `cannot read it (${why})`, 'check the file and its permissions');
      return;
    } finally {
      source.destroy();
      parser.destroy();
    }
    if (restartAt === undefined) return;
    firstLine = restartAt;
  }
}
