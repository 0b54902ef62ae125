// Small pieces every build needs: the names of its output files, the lexicon it uses, the line of
// input it could not read.
import path from 'node:path';
import type { InputProblem } from '../types.js';
import { loadLexicon, type Lexicon } from '../lexicon/load.js';
import type { BuildOptions, OutputFiles } from './types.js';
import { articleLine, type ArticleRecord } from '../export/index.js';

/** The `articles.jsonl` record of input that could not be read. */
export function rejectedRecord(p: InputProblem): ArticleRecord {
  const base = path.basename(p.origin.file).replace(/\.[^.]+$/, '');
  const id = p.id ?? (p.origin.line !== undefined ? `${base}-${p.origin.line}` : base);
  return articleLine({ meta: { id }, error: p.message });
}

/**
 * The names of the four output files of a build.
 *
 * @example outputFiles('graphs', 'corpus').gexf // 'graphs/corpus.gexf'
 */
export function outputFiles(outDir: string, name: string): OutputFiles {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..'))
    throw new Error(`actorgraph/build: --name must be a plain file name (letters, digits, '.', '_', '-'), got ${JSON.stringify(name)}`);
  const base = path.join(outDir, name);
  return { json: `${base}.json`, gexf: `${base}.gexf`, events: `${base}.events.jsonl`, articles: `${base}.articles.jsonl` };
}

/** The lexicon a build uses: the one given, or the bundled data (or `dataDir`) with `aliases`. */
export function lexiconFor(options: Pick<BuildOptions, 'lexicon' | 'aliases' | 'dataDir'>): Lexicon {
  return options.lexicon ?? loadLexicon({ aliases: options.aliases, dataDir: options.dataDir });
}
