// The types the ingest stage shares between its entry point (index.ts) and its per-format readers
// and message helpers: kept apart so that the readers need not import the module that imports them.

import type { Origin } from '../types.js';
import type { TextEncoding } from './decode.js';
import type { DateOrder } from './dates.js';
import type { FieldMap } from './fields.js';
import type { UniqueIds } from './ids.js';

/** Options of `readArticles`: which columns or keys hold what, how dates are read, limits, and callbacks. */
export interface IngestOptions {
  /** Column (CSV) or key (JSONL) names; they override the recognized names. */
  idColumn?: string;
  textColumn?: string;
  titleColumn?: string;
  dateColumn?: string;
  sourceColumn?: string;
  urlColumn?: string;
  /** CSV delimiter (`,` `;` tab `|`); default: sniffed from each file's header line. */
  delimiter?: string;
  /** How slashed dates (`4/10/2017`) are read: 'mdy' (default) or 'dmy'. */
  dateOrder?: DateOrder;
  /** Largest article text accepted, in UTF-8 bytes; larger ones are problems. */
  maxArticleBytes?: number;
  /** Receives what is worth telling but is no problem (see IngestNotice). */
  onNotice?: (notice: IngestNotice) => void;
  /** Pass one to keep ids unique over several calls, or to read `renamed` afterwards. */
  ids?: UniqueIds;
  /**
   * Files and folders met inside the folders given that are not read, by absolute path: a build
   * skips its own output files and cache when they lie inside its input.
   */
  skip?: (absolutePath: string) => boolean;
  /** Called for each file inside a folder given that is not read for its kind (`notes.md`, `a.png`). */
  onSkipped?: (file: string) => void;
  /**
   * Follow symbolic links that lead out of the folders given (default: no — a link such as
   * `passwd.txt → /etc/passwd` in an input folder is not read, and a notice says so).
   */
  followSymlinks?: boolean;
  /**
   * Reads the one JSONL file given from this byte offset (the start of a line), numbering lines
   * from `line`: the part of a grown file that was not read before (see cache/inputs.ts).
   */
  start?: { offset: number; line: number };
}

/**
 * Something `readArticles` tells `onNotice` that is worth knowing but not a problem: an id renamed,
 * a date not understood, a file or link passed over. `kind` says which; `message` says it in words.
 */
export interface IngestNotice {
  kind: 'duplicate-id' | 'unparsed-date' | 'repeated-file' | 'skipped-link' | 'skipped-special';
  origin: Origin;
  /** The article's id as read (before renaming), when known. */
  id?: string;
  /** For `duplicate-id`: the id the article was given. */
  renamedTo?: string;
  message: string;
}

/** What the per-format readers get: where to read, how to decode, which columns, the limits. */
export interface ReadContext {
  /** The path as the user will recognize it (as given, or joined under the folder given). */
  display: string;
  encoding: TextEncoding;
  maxArticleBytes: number;
  columns: FieldMap;
  /** CSV: the delimiter named by the user, if any. */
  delimiter?: string;
  dateOrder?: DateOrder;
  notice: (notice: IngestNotice) => void;
  /** JSONL: where to start reading (see `IngestOptions.start`). */
  start?: { offset: number; line: number };
}
