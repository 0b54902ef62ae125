// The notices of a build (renamed duplicate ids, dates not read, files named twice, cache notes),
// kept whole. The summary used to show 3 of them joined with ";" — inside messages that contain
// ";" — and the rest were lost. Here each notice is kept with its kind; the articles table gets
// every notice on the line of the article it concerns (`notices`), or a line of its own for a
// notice about a file; and the summary counts them per kind and shows the first few, one a line.
import path from 'node:path';
import type { IngestNotice } from '../ingest/index.js';
import { articleLine, type ArticleRecord } from '../export/articles.js';

/** How each kind is counted in the summary. */
const KIND_WORDS: Readonly<Record<IngestNotice['kind'] | 'other', string>> = {
  'duplicate-id': 'repeated id(s) renamed',
  'unparsed-date': 'date(s) not understood',
  'repeated-file': 'file(s) named twice',
  'skipped-link': 'link(s) out of the input not followed',
  'skipped-special': 'special file(s) skipped',
  other: 'other',
};

/** Notices shown in the summary, at most (all of them are in the articles table). */
export const SHOWN_NOTICES = 3;

export class NoticeBook {
  readonly #ingest: IngestNotice[] = [];
  readonly #byArticle = new Map<string, string[]>();

  /** Takes an ingest notice. */
  add(n: IngestNotice): void {
    this.#ingest.push(n);
    // The article it concerns: the id it ends up with (a renamed one's new id), when there is one.
    const id = n.kind === 'duplicate-id' ? n.renamedTo : n.id;
    if (id === undefined) return;
    const list = this.#byArticle.get(id);
    if (list) list.push(n.message);
    else this.#byArticle.set(id, [n.message]);
  }

  /** The notices about one article (by its final id), or undefined. */
  forArticle(id: string): string[] | undefined {
    return this.#byArticle.get(id);
  }

  /** An article's line with its notices (and `extra` ones of its extraction: what the bounds cut). */
  line(record: ArticleRecord, extra?: readonly string[]): ArticleRecord {
    const notices = [...(this.forArticle(record.id) ?? []), ...(extra ?? [])];
    return notices.length ? { ...record, notices } : record;
  }

  /** Lines of their own for the notices about no one article (a file named twice), in order. */
  fileRecords(): ArticleRecord[] {
    const out: ArticleRecord[] = [];
    for (const n of this.#ingest) {
      const id = n.kind === 'duplicate-id' ? n.renamedTo : n.id;
      if (id !== undefined) continue;
      out.push({ ...articleLine({ meta: { id: path.basename(n.origin.file) } }), notices: [n.message] });
    }
    return out;
  }

  get ingest(): readonly IngestNotice[] {
    return this.#ingest;
  }
}

/**
 * The summary's lines for the notices: a count per kind, then the first few, one a line.
 *
 * @example noticeLines(book.ingest, ['actorgraph: cache …'], 'o/g.articles.jsonl')
 */
export function noticeLines(ingest: readonly IngestNotice[], others: readonly string[], table: string, shown = SHOWN_NOTICES): string[] {
  const total = ingest.length + others.length;
  if (total === 0) return [];
  const counts = new Map<string, number>();
  for (const n of ingest) counts.set(KIND_WORDS[n.kind] ?? KIND_WORDS.other, (counts.get(KIND_WORDS[n.kind] ?? KIND_WORDS.other) ?? 0) + 1);
  if (others.length) counts.set(KIND_WORDS.other, (counts.get(KIND_WORDS.other) ?? 0) + others.length);
  const kinds = [...counts].map(([words, n]) => `${n} ${words}`).join(', ');
  const lines = [`  ${total} notice(s): ${kinds}${ingest.length ? ` (every one listed with its article in ${table})` : ''}`];
  const messages = [...ingest.map((n) => n.message), ...others];
  for (const m of messages.slice(0, shown)) lines.push(`    ${m}`);
  if (messages.length > shown) lines.push(`    … and ${messages.length - shown} more`);
  return lines;
}
