// Shared fixtures for the ingest tests: a fresh temp folder per test file and a collector.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { Article, InputProblem } from '../../src/types.js';
import { isProblem, readArticles, type IngestNotice, type IngestOptions } from '../../src/ingest/index.js';

/** `../shared` next to the repository root; absent in a user's clone. */
export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const HAS_SHARED = fs.existsSync(SHARED);
if (!HAS_SHARED) console.warn(`ingest tests: ${SHARED} not found, tests on the shared corpus are skipped`);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-ingest-'));
  made.push(dir);
  return dir;
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

export interface Collected {
  articles: Article[];
  problems: InputProblem[];
  notices: IngestNotice[];
  all: Array<Article | InputProblem>;
}

export async function collect(paths: string[], options: IngestOptions = {}): Promise<Collected> {
  const out: Collected = { articles: [], problems: [], notices: [], all: [] };
  for await (const x of readArticles(paths, { ...options, onNotice: (n) => out.notices.push(n) })) {
    out.all.push(x);
    if (isProblem(x)) out.problems.push(x);
    else out.articles.push(x);
  }
  return out;
}
