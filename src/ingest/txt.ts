// One article per `.txt` file, as such files are found in the wild: header lines of whatever the
// saving tool put there, then the body.
//
// Recognized header lines, in any order, blank lines between them allowed:
// - an address (`http://…`, `www.…`) → `url`, `source` = its host without `www.`, and the date in
//   its path (`/2016/10/11/`); bare-number lines right after it are page metadata and dropped;
// - `source M/D/YYYY` (one to four words, then a date) → `source`, `date`;
// - a dateline or byline alone on its line (see below) → `date`, `source`;
// - a title: the first other line, when it is at most 250 characters and either the next line is a
//   `source date` line, or it has no final `.` `,` `;` `:` `…` and is followed by a blank line, or it
//   is at most 150 characters, does not end with a word like "the"/"of" (a hard-wrapped paragraph
//   would) and the next line starts a new sentence (capital, digit or quote).
// The first line that is none of these starts the body. `text` is the body: the header lines are
// not in it (nor is the title), and in its first three paragraphs a dateline
// ("15 Aug 2016 – eaworldview – By Scott Lucas –", "Published July 19 2016") or a lone byline
// ("By Scott Lucas") is replaced by spaces of equal length, so that the reporter does not become
// an actor of the story; it still gives `date` and `source` when the header had none. A copy of
// the title opening the body (FA-KES pages: "April 10 2017 <title>. <body>") is blanked the same way.
// Finally `text` is trimmed. When several lines give the same field, the first one wins.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Article, InputProblem } from '../types.js';
import { DATE_PATTERN, DATE_PREFIX, dateFromUrl, normalizeDate } from './dates.js';
import { cleanLine, cleanText, decodeBytes } from './decode.js';
import type { ReadContext } from './types.js';
import { describeFsError, problem } from './problems.js';

export interface TxtParts {
  text: string;
  title?: string;
  url?: string;
  date?: string;
  source?: string;
}

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/i;
const NUMBER_LINE = /^\d+$/;
const SOURCE_DATE_LINE = /^([A-Za-z][\w.&'-]*(?: [A-Za-z][\w.&'-]*){0,3})\s+(\d{1,2}\/\d{1,2}\/\d{4}|\d{4}-\d{1,2}-\d{1,2})$/;
const SENTENCE_END = /[.…,;:]["'”’)\]]*$/;
const DANGLING_WORD = /\b(?:the|a|an|of|to|in|and|or|for|with|on|at|by|from|that|as|is|was|were|are|has|have|its|his|her|their)$/i;
const STARTS_SENTENCE = /^[\p{Lu}\p{N}"'“‘(]/u;

const SEP = '(?:[ \\t]*[–—|][ \\t]*|[ \\t]+-{1,2}[ \\t]+)';
const DATELINE_RE = new RegExp(
  `^(?:${DATE_PREFIX})?(${DATE_PATTERN})` +
    `(?:${SEP}(?!by\\s)([^–—|\\n]{1,40}?)(?=${SEP}))?` +
    `(?:${SEP}(by\\s+[^–—|\\n]{1,60}?)(?=${SEP}|\\s*$))?` +
    `(?:${SEP}|(?=\\s|$))`,
  'i',
);
const BYLINE_RE = /^[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}\s*$/u;

/** How many of the body's first paragraphs may hold a dateline. */
const DATELINE_PARAGRAPHS = 3;

export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(/^https?:\/\//i.test(url) ? url : `http://${url}`);
    return u.hostname.replace(/^www\./i, '') || undefined;
  } catch {
    return undefined;
  }
}

function sourceDateLine(line: string): { source: string; date: string } | undefined {
  const m = SOURCE_DATE_LINE.exec(line);
  if (!m) return undefined;
  const date = normalizeDate(m[2]!);
  return date ? { source: m[1]!, date } : undefined;
}

function looksLikeTitle(line: string, next: string | undefined): boolean {
  if (line.length > 250) return false;
  if (next !== undefined && sourceDateLine(next.trim())) return true;
  if (SENTENCE_END.test(line) || next === undefined) return false;
  const n = next.trim();
  if (n === '') return true;
  return line.length <= 150 && !DANGLING_WORD.test(line) && STARTS_SENTENCE.test(n);
}

/** [start, end) of the non-blank paragraphs of `s` (paragraphs are separated by blank lines). */
function paragraphs(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /\n[ \t]*\n/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (a: number, b: number): void => {
    const lead = /^\s*/.exec(s.slice(a, b))![0].length;
    if (a + lead < b) out.push([a + lead, b]);
  };
  while ((m = re.exec(s))) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, s.length);
  return out;
}

function blank(s: string, start: number, end: number): string {
  return s.slice(0, start) + s.slice(start, end).replace(/[^\n]/g, ' ') + s.slice(end);
}

/** Pages saved as "title, dateline, title again, body": the second copy is layout, not story. */
function blankRepeatedTitle(body: string, title: string): string {
  const lead = /^\s*/.exec(body)![0].length;
  const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const m = new RegExp(`^${escaped}[.!?]?(?=\\s|$)`).exec(body.slice(lead));
  return m ? blank(body, lead, lead + m[0].length) : body;
}

/** Splits a cleaned (LF-only) text file into header fields and body; see the file header. */
export function parseTxt(content: string): TxtParts {
  const lines = content.split('\n');
  const parts: Omit<TxtParts, 'text'> = {};
  let titleTried = false;
  let afterUrl = false;
  let sawSourceDate = false;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (parts.url === undefined && URL_LINE.test(line)) {
      parts.url = line;
      parts.source ??= hostOf(line);
      parts.date ??= dateFromUrl(line);
      afterUrl = true;
      continue;
    }
    if (afterUrl && NUMBER_LINE.test(line)) continue;
    afterUrl = false;
    const sd = sawSourceDate ? undefined : sourceDateLine(line);
    if (sd) {
      sawSourceDate = true;
      parts.source ??= sd.source;
      parts.date ??= sd.date;
      continue;
    }
    const dl = DATELINE_RE.exec(line);
    const dlDate = dl && dl[0].trim().length === line.length ? normalizeDate(dl[1]!) : undefined;
    if (dlDate || BYLINE_RE.test(line)) {
      // A dateline or byline on a line of its own is header, never a title.
      parts.date ??= dlDate;
      const source = dl?.[2]?.trim();
      if (dlDate && source) parts.source ??= source;
      continue;
    }
    if (!titleTried) {
      titleTried = true;
      if (looksLikeTitle(line, lines[i + 1])) {
        parts.title = cleanLine(line);
        continue;
      }
    }
    break;
  }

  let body = lines.slice(i).join('\n');
  let datelineSeen = false;
  for (const [start, end] of paragraphs(body).slice(0, DATELINE_PARAGRAPHS)) {
    const para = body.slice(start, end);
    if (BYLINE_RE.test(para)) {
      body = blank(body, start, end);
      continue;
    }
    if (datelineSeen) continue;
    const m = DATELINE_RE.exec(para);
    if (!m) continue;
    const date = normalizeDate(m[1]!);
    if (!date) continue;
    datelineSeen = true;
    parts.date ??= date;
    const source = m[2]?.trim();
    if (source) parts.source ??= source;
    body = blank(body, start, start + m[0].length);
  }
  if (parts.title) body = blankRepeatedTitle(body, parts.title);
  return { ...parts, text: body.trim() };
}

/** The file as one article; `ctx.maxArticleBytes` is checked on the size before reading it. */
export async function readTxt(file: string, ctx: ReadContext): Promise<Article | InputProblem> {
  const origin = { file: ctx.display };
  const id = path.basename(ctx.display, path.extname(ctx.display));
  let bytes: Buffer;
  try {
    const { size } = await fs.promises.stat(file);
    // UTF-16 takes up to twice the bytes of the same text in UTF-8; the exact check comes later.
    if (size > 2 * ctx.maxArticleBytes + 4) {
      return problem(
        origin,
        `article too large (${size} bytes, limit ${ctx.maxArticleBytes})`,
        'split the file or raise --max-article-bytes',
        id,
      );
    }
    bytes = await fs.promises.readFile(file);
  } catch (err) {
    return problem(origin, describeFsError(err), 'check the path and its permissions', id);
  }
  const parts = parseTxt(cleanText(decodeBytes(bytes, ctx.encoding)));
  const article: Article = { id, text: parts.text, origin };
  if (parts.title) article.title = parts.title;
  if (parts.url) article.url = parts.url;
  if (parts.date) article.date = parts.date;
  if (parts.source) article.source = parts.source;
  return article;
}
