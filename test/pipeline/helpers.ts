// Shared fixtures for the pipeline tests: temp folders, a small synthetic corpus that yields actors and
// relations without ../shared, the FA-KES sample when ../shared is there, and the compiled worker.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { buildToFiles } from '../../src/pipeline/stream.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const FAKES = path.join(SHARED, 'corpus/fa-kes/FA-KES-Dataset.csv');
export const HAS_FAKES = fs.existsSync(FAKES);
if (!HAS_FAKES) console.warn(`pipeline tests: ${FAKES} not found, tests on FA-KES are skipped`);

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'actorgraph-pipeline-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function write(dir: string, name: string, content: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const SENTENCES = [
  'Iran and Russia are the main allies of the Syrian government.',
  'Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow on Monday.',
  'Turkey supports the Free Syrian Army in the north.',
  'The United States condemned the attack and said Russia must stop supporting Assad.',
  'Syrian government forces attacked rebels near Aleppo, the Syrian Observatory for Human Rights said.',
  'Hezbollah fighters backed the Syrian army in the offensive.',
  'Israel struck Iranian targets in Syria, the army said.',
  'Foreign Minister Sergei Lavrov met his Iranian counterpart Mohammad Javad Zarif in Tehran.',
  'Saudi Arabia opposes the Iranian presence in Syria.',
  'Jordan did not meet the Syrian delegation.',
  'Lavrov said Moscow could meet Washington next week.',
  'France and Britain are allies of the United States.',
];

/** Article `i` of the synthetic corpus: a few sentences, a date (some undated), a source. */
export function syntheticArticle(i: number, prefix = 'a'): { id: string; title: string; text: string; date?: string; source: string } {
  const n = SENTENCES.length;
  const text = [SENTENCES[i % n], SENTENCES[(i * 5 + 3) % n], SENTENCES[(i * 7 + 1) % n], `Article number ${i} ends here.`].join(' ');
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  const a: { id: string; title: string; text: string; date?: string; source: string } = {
    id: `${prefix}${i}`,
    title: `Title ${i}`,
    text,
    source: i % 2 ? 'agency' : 'paper',
  };
  if (i % 9 !== 4) a.date = `2017-${month}-${day}`;
  return a;
}

/** A JSONL file of `count` synthetic articles starting at `from`. */
export function syntheticJSONL(dir: string, name: string, count: number, from = 0, prefix = 'a'): string {
  let out = '';
  for (let i = from; i < from + count; i++) out += `${JSON.stringify(syntheticArticle(i, prefix))}\n`;
  return write(dir, name, out);
}

/** The first `count` FA-KES records as a CSV file (header kept). */
export function fakesSample(dir: string, count: number): string {
  const raw = fs.readFileSync(FAKES, 'utf8');
  // Records end at a newline outside quotes.
  let records = 0;
  let inQuotes = false;
  let end = raw.length;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === '\n' && !inQuotes) {
      records++;
      if (records === count + 1) {
        end = i + 1;
        break;
      }
    }
  }
  return write(dir, 'fakes.csv', raw.slice(0, end));
}

export const OUTPUT_SUFFIXES = ['.json', '.gexf', '.events.jsonl', '.articles.jsonl'] as const;

/** The four output files of a build, by suffix. */
export function outputs(dir: string, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of OUTPUT_SUFFIXES) out[s] = fs.readFileSync(path.join(dir, `${name}${s}`), 'utf8');
  return out;
}

/** The outputs of a clean build of `paths` (one thread, no cache): what every other path must give. */
export async function cleanOutputs(paths: string[], name: string): Promise<Record<string, string>> {
  const dir = tempDir();
  await buildToFiles(paths, dir, name, { jobs: 1, cache: false });
  return outputs(dir, name);
}

/** Files and folders left in `dir` (hidden ones included), sorted. */
export function listing(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

let compiled = false;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Is every compiled file newer than every source file? */
function distIsFresh(): boolean {
  const worker = path.join(ROOT, 'dist/pipeline/worker.js');
  if (!fs.existsSync(worker)) return false;
  const dist = path.join(ROOT, 'dist');
  let oldestDist = Infinity;
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.js')) oldestDist = Math.min(oldestDist, fs.statSync(p).mtimeMs);
    }
  };
  walk(dist);
  return oldestDist >= newestMtime(path.join(ROOT, 'src'));
}
/** Moves every file under `from` to the same place under `to` (each by one rename), then removes `from`. */
function moveInto(from: string, to: string): void {
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dest = path.join(to, e.name);
    if (e.isDirectory()) {
      fs.mkdirSync(dest, { recursive: true });
      moveInto(src, dest);
    } else fs.renameSync(src, dest);
  }
  fs.rmSync(from, { recursive: true, force: true });
}

/**
 * Worker threads run the compiled code in dist/: compile once per test file so that it matches the
 * sources (the comparison with in-thread extraction from src/ would otherwise see stale code).
 *
 * Other test files may be running worker threads from dist/ at this very moment (several compile
 * when dist/ is stale at the start of a full run). tsc rewrites each file in place: a thread that
 * loads a module while it is half written fails to start, and the build fails. So tsc writes into a
 * folder of this process, and each file is then renamed into dist/: a thread reads a whole module,
 * the old or the new one (the same text, as long as the sources do not change during the run).
 */
export function compileDist(): void {
  if (compiled) return;
  // Up to date already (as after `npm ci`, whose prepare step compiles): leave dist/ alone.
  if (distIsFresh()) {
    compiled = true;
    return;
  }
  const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
  const dist = path.join(ROOT, 'dist');
  // Beside dist/ (the same file system, for the renames); `.dist-test-*` is ignored by git.
  const staging = path.join(ROOT, `.dist-test-${process.pid}-compile`);
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    execFileSync(tsc, ['-p', ROOT, '--outDir', staging], { cwd: ROOT, stdio: 'pipe' });
  } catch (e) {
    // Type errors elsewhere still emit JavaScript; only a missing worker is fatal.
    if (!fs.existsSync(path.join(staging, 'pipeline/worker.js'))) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw e;
    }
  }
  fs.mkdirSync(dist, { recursive: true });
  moveInto(staging, dist);
  compiled = true;
}
