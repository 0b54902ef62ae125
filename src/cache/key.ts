// What a cached extraction is keyed by: the article's content (id, text and metadata, hashed) and the
// extractor's version — the lexicon's data (`Lexicon.version`, which covers an aliases file), the
// package version, the extraction code itself, the NLP engine and model versions, and the options
// that shape extraction. Any of these changing gives another version, hence a cold cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import type { ExtractOptions } from '../pipeline/extract.js';

/** The parts of an article extraction depends on. */
export type KeyedArticle = Pick<Article, 'id' | 'text' | 'title' | 'url' | 'date' | 'source'>;

/** sha256 (hex) of the article's id, text and metadata. */
export function articleKey(a: KeyedArticle): string {
  const h = createHash('sha256');
  // Each field with its length, so that no two different articles give the same byte stream.
  for (const v of [a.id, a.title, a.url, a.date, a.source, a.text]) {
    if (v === undefined) h.update('-;');
    else h.update(`${v.length}:`).update(v);
  }
  return h.digest('hex');
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** The folder holding the compiled (or source) modules: `dist/` or `src/`. */
export const CODE_ROOT = path.resolve(here, '..');

/** Folders and files whose code shapes an extraction (relative to the code root). */
const EXTRACTION_CODE = ['nlp', 'actors', 'relations', 'lexicon', 'places', 'pipeline/extract', 'pipeline/bounds', 'types'];

const fingerprints = new Map<string, string>();

/**
 * Hash of the extraction code under `root` (`dist/` or `src/`): editing the extractor invalidates
 * caches even while the package version stays the same.
 */
export function codeFingerprint(root: string = CODE_ROOT, items: readonly string[] = EXTRACTION_CODE): string {
  const memo = `${root}\0${items.join(',')}`;
  const hit = fingerprints.get(memo);
  if (hit) return hit;
  const h = createHash('sha256');
  const add = (file: string) => {
    h.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  };
  const isCode = (f: string) => /\.(js|ts|mjs|cjs)$/.test(f) && !f.endsWith('.d.ts') && !f.endsWith('.map');
  for (const item of items) {
    const dir = path.join(root, item);
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      // a module, not a folder
    }
    if (isDir) {
      // Sub-folders too: the relation patterns live in relations/patterns/.
      const walk = (d: string): void => {
        for (const e of readdirSync(d, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
          if (e.isDirectory()) walk(path.join(d, e.name));
          else if (isCode(e.name)) add(path.join(d, e.name));
        }
      };
      walk(dir);
    } else {
      for (const ext of ['.js', '.ts']) {
        try {
          add(dir + ext);
          break;
        } catch {
          // try the next extension
        }
      }
    }
  }
  const out = h.digest('hex').slice(0, 16);
  fingerprints.set(memo, out);
  return out;
}

/** Folders whose code writes the tables and the graph from the extractions. */
const OUTPUT_CODE = ['pipeline', 'graph', 'export', 'analyze'];

/**
 * Hash of the code that turns extractions into the output files: the tables a build keeps from the
 * last one (a resumed write phase) are only kept when this is the same, so that an upgrade that
 * changes what is written rewrites them.
 */
export function outputCodeFingerprint(root: string = CODE_ROOT): string {
  return codeFingerprint(root, OUTPUT_CODE);
}

function packageVersion(name: string): string {
  try {
    const req = createRequire(import.meta.url);
    return (req(`${name}/package.json`) as { version: string }).version;
  } catch {
    return '?';
  }
}

let ownVersion: string | undefined;
/** This package's version (from package.json). */
export function actorgraphVersion(): string {
  if (ownVersion === undefined) {
    try {
      ownVersion = (JSON.parse(readFileSync(path.resolve(here, '../../package.json'), 'utf8')) as { version: string }).version;
    } catch {
      ownVersion = '?';
    }
  }
  return ownVersion;
}

/**
 * Version of the extractor: changes when the lexicon data, an aliases file, the package, the
 * extraction code, wink-nlp or its model, or the extraction options change.
 */
export function extractorVersion(lex: Pick<Lexicon, 'version'>, options: ExtractOptions = {}, codeRoot: string = CODE_ROOT): string {
  const h = createHash('sha256');
  h.update(
    JSON.stringify({
      format: 3, // 3: segment lines carry checksums (store.ts)
      lexicon: lex.version,
      actorgraph: actorgraphVersion(),
      code: codeFingerprint(codeRoot),
      wink: packageVersion('wink-nlp'),
      model: packageVersion('wink-eng-lite-web-model'),
      keepUncertain: options.keepUncertain === true,
    }),
  );
  return h.digest('hex').slice(0, 16);
}
