// Which CSV column or JSONL key holds which part of an article, and the article made from them.
// Names are compared after folding case, spaces and dashes (`Article Content` = `article_content`),
// so that spreadsheets exported by hand are recognized; an explicit option always wins.

import type { Article, Origin } from '../types.js';
import { dateFromUrl, isAmbiguousDate, normalizeDate, type DateOrder } from './dates.js';
import { cleanLine, cleanText } from './decode.js';

export type Field = 'id' | 'text' | 'title' | 'date' | 'source' | 'url';
export const FIELDS: readonly Field[] = ['id', 'text', 'title', 'date', 'source', 'url'];

/** Recognized names, best first; FA-KES's own names (`unit_id`, `article_content`, …) included. */
export const FIELD_CANDIDATES: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'unit_id', 'article_id', 'doc_id', 'docid', 'uuid', 'guid'],
  text: ['text', 'content', 'body', 'article_content', 'article_text', 'article', 'full_text', 'maintext', 'story'],
  title: ['title', 'article_title', 'headline', 'heading'],
  date: [
    'date',
    'published',
    'published_at',
    'publish_date',
    'pub_date',
    'pubdate',
    'date_published',
    'publication_date',
    'datetime',
    'timestamp',
  ],
  source: ['source', 'source_name', 'publisher', 'outlet', 'site', 'domain'],
  url: ['url', 'link', 'href', 'source_url', 'article_url'],
};

/** The option that names each field's column, as the CLI spells it. */
export const FIELD_OPTION: Readonly<Record<Field, string>> = {
  id: '--id-column',
  text: '--text-column',
  title: '--title-column',
  date: '--date-column',
  source: '--source-column',
  url: '--url-column',
};

/** `Article Content`, `article-content`, `ArticleContent` → `article_content`; `ArticleID` → `article_id`. */
export function foldName(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export type FieldMap = Partial<Record<Field, string>>;

export type Resolution = { ok: true; map: FieldMap } | { ok: false; field: Field; requested: string };

/**
 * Maps each field to one of `names`. `explicit` names that do not exist fail; guesses never
 * fail (a missing text column is the caller's to report, with the list of columns).
 */
export function resolveFields(names: readonly string[], explicit: FieldMap): Resolution {
  const byFolded = new Map<string, string>();
  for (const n of names) if (!byFolded.has(foldName(n))) byFolded.set(foldName(n), n);
  const map: FieldMap = {};
  const used = new Set<string>();
  for (const field of FIELDS) {
    const wanted = explicit[field];
    if (wanted === undefined) continue;
    const found = names.includes(wanted) ? wanted : byFolded.get(foldName(wanted));
    if (found === undefined) return { ok: false, field, requested: wanted };
    map[field] = found;
    used.add(found);
  }
  for (const field of FIELDS) {
    if (map[field] !== undefined) continue;
    for (const cand of FIELD_CANDIDATES[field]) {
      const found = byFolded.get(cand);
      // One column feeds one field: `--text-column title` must not also make `title` the title.
      if (found !== undefined && !used.has(found)) {
        map[field] = found;
        used.add(found);
        break;
      }
    }
  }
  return { ok: true, map };
}

/** Builds an article from one record's raw values; emptiness and size are the caller's checks. */
export function recordToArticle(
  values: Partial<Record<Field, unknown>>,
  origin: Origin,
  fallbackId: string,
  onBadDate: (raw: string) => void,
  dateOrder: DateOrder = 'mdy',
): Article {
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? cleanLine(v) || undefined : undefined);
  const rawId = values.id;
  const id = (typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : str(rawId)) ?? fallbackId;
  const article: Article = {
    id,
    text: typeof values.text === 'string' ? cleanText(values.text) : '',
    origin,
  };
  const title = str(values.title);
  if (title) article.title = title;
  const url = str(values.url);
  if (url) article.url = url;
  const source = str(values.source);
  if (source) article.source = source;
  const rawDate = str(values.date);
  // The URL's date (`/2023/09/10/`), as for .txt files: used when the row has no date or one not
  // understood, and preferred to a slashed date that reads two ways (`4/10/2017`).
  const urlDate = url ? dateFromUrl(url) : undefined;
  if (rawDate) {
    const date = normalizeDate(rawDate, dateOrder);
    if (date) article.date = urlDate && isAmbiguousDate(rawDate) ? urlDate : date;
    else {
      onBadDate(rawDate);
      if (urlDate) article.date = urlDate;
    }
  } else if (urlDate) article.date = urlDate;
  return article;
}
