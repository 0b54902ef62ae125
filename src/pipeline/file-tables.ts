// The two tables as files (temporary until the build commits them), recording where each article's
// lines end — and resuming the last build's tables: when the articles of the last build into the
// same files come first, in the same order, its lines and graph aggregates are kept, and only the
// articles a changed cross-article merge concerns are redone (then the new ones are added).
import type { RelationEvent } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { GraphAccumulator } from '../graph/accumulate.js';
import type { AssembleOptions } from '../graph/model.js';
import { articleToJSON, eventToJSON, type ArticleRecord } from '../export/index.js';
import { EMPTY_SUMMARY, type EntryText } from './entries.js';
import { OutputFile, sameStamp, stampOf } from './outputs.js';
import { Offsets, sameEntries, type OldOffsets, type OutputState } from './output-state.js';
import type { ActorSummary } from './serialize.js';
import type { OutputFiles } from './types.js';
import type { TableSink, WriteStage } from './write-stage.js';

export class FileTables implements TableSink {
  readonly events: OutputFile;
  readonly articles: OutputFile;
  /** Where each article's lines end (saved for the next build). */
  readonly offsets = new Offsets();

  /** `outs`: every temporary file of the build, aborted if it fails. */
  constructor(files: OutputFiles, outs: OutputFile[]) {
    this.events = new OutputFile(files.events);
    outs.push(this.events);
    this.articles = new OutputFile(files.articles);
    outs.push(this.articles);
  }

  article(events: RelationEvent[], record: ArticleRecord): void {
    let lines = '';
    for (const e of events) lines += `${eventToJSON(e)}\n`;
    this.events.write(lines);
    this.articles.write(`${articleToJSON(record)}\n`);
    this.offsets.push(this.events.size, this.articles.size, events.length);
  }

  record(r: ArticleRecord): void {
    this.articles.write(`${articleToJSON(r)}\n`);
  }

  /** Copies the old lines of articles `from` to `to` (exclusive) and records where they now end. */
  copyOld(files: OutputFiles, old: OldOffsets, from: number, to: number): void {
    if (to <= from) return;
    this.events.copyRange(files.events, old.eventsStart(from), old.eventsEnd(to - 1));
    this.articles.copyRange(files.articles, old.articlesStart(from), old.articlesEnd(to - 1));
    for (let j = from; j < to; j++)
      this.offsets.push(
        this.events.size - (old.eventsEnd(to - 1) - old.eventsEnd(j)),
        this.articles.size - (old.articlesEnd(to - 1) - old.articlesEnd(j)),
        old.count(j),
      );
  }
}

export interface ResumeContext {
  previous: OutputState;
  old: OldOffsets;
  files: OutputFiles;
  outs: OutputFile[];
  lex: Lexicon;
  options: AssembleOptions;
  write: WriteStage;
}

/** Whether the last build's tables can be kept as they are on disk, with this build's merge. */
export function canResume(
  { previous, files, write }: Omit<ResumeContext, 'old' | 'outs' | 'lex' | 'options'>,
  repeatsOld: boolean,
): boolean {
  const { map, countryMap } = write.merged;
  return (
    !repeatsOld &&
    sameStamp(previous.eventsFile, stampOf(files.events)) &&
    sameStamp(previous.articlesFile, stampOf(files.articles)) &&
    sameEntries(previous.countryMap, countryMap) &&
    (countryMap === undefined || sameEntries(previous.map, map)) &&
    // With no merges at all remapExtraction keeps self-loop events, with any it drops them.
    (previous.map.length === 0) === (map.size === 0)
  );
}

/** Keys whose merge changed, and the nodes whose aggregates that changes. */
function changedKeys(previous: OutputState, map: Map<string, string>): { changed: Set<string>; nodesToRedo: Set<string> } {
  const prevMap = new Map(previous.map);
  const changed = new Set<string>();
  for (const k of new Set([...prevMap.keys(), ...map.keys()])) if (prevMap.get(k) !== map.get(k)) changed.add(k);
  const nodesToRedo = new Set<string>(changed);
  for (const k of changed) {
    const was = prevMap.get(k);
    const is = map.get(k);
    if (was !== undefined) nodesToRedo.add(was);
    if (is !== undefined) nodesToRedo.add(is);
  }
  return { changed, nodesToRedo };
}

/**
 * The last build's tables and aggregates, with the articles a changed merge concerns redone; the
 * articles after them are for the caller to add. Undefined (and nothing left open) when that fails.
 */
export function resumeTables(ctx: ResumeContext): { tables: FileTables; acc: GraphAccumulator; from: number } | undefined {
  const { previous, old, files, write } = ctx;
  const mark = ctx.outs.length;
  try {
    const acc = GraphAccumulator.fromState(ctx.lex, ctx.options, previous.acc);
    const tables = new FileTables(files, ctx.outs);
    const { changed, nodesToRedo } = changedKeys(previous, write.merged.map);
    acc.drop(nodesToRedo);
    write.events = previous.events;
    const summaries = write.entries.reader();
    let copyFrom = 0; // first old article not yet copied
    for (let i = 0; nodesToRedo.size && i < previous.articles; i++) {
      const concern = concerns(write, summaries, i, changed, nodesToRedo);
      if (!concern) continue;
      const x = write.remapped(write.order.at(i));
      acc.add(x, nodesToRedo);
      if (concern === 'rewrite') {
        tables.copyOld(files, old, copyFrom, i);
        write.events -= old.count(i);
        write.writeArticle(tables, x, i);
        copyFrom = i + 1;
      }
    }
    tables.copyOld(files, old, copyFrom, previous.articles);
    write.undated = previous.undated;
    write.capNotices.unshift(...(previous.notices ?? []));
    return { tables, acc, from: previous.articles };
  } catch {
    for (const out of ctx.outs.splice(mark)) out.abort();
    write.reset();
    return undefined;
  }
}

/**
 * What a changed merge does to the old article `i`: its lines change ('rewrite'), only its share of
 * some nodes' aggregates is redone ('redo'), or nothing. Read from its summary: every key
 * remapExtraction looks up (actor keys, affiliations; event ends are actor keys).
 */
function concerns(
  write: WriteStage,
  summaries: EntryText,
  i: number,
  changed: Set<string>,
  nodesToRedo: Set<string>,
): 'rewrite' | 'redo' | undefined {
  const entry = write.order.at(i);
  if (write.entries.summaryLength(entry) <= EMPTY_SUMMARY) return undefined;
  const [persons, others] = JSON.parse(summaries.persons(entry)) as ActorSummary;
  const { map } = write.merged;
  let rewrite = false;
  let redo = false;
  for (const p of persons) {
    if (changed.has(p.key) || (p.affiliation !== undefined && changed.has(p.affiliation))) rewrite = true;
    if (nodesToRedo.has(map.get(p.key) ?? p.key)) redo = true;
  }
  for (const k of others) {
    if (changed.has(k)) rewrite = true;
    if (nodesToRedo.has(map.get(k) ?? k)) redo = true;
  }
  return rewrite ? 'rewrite' : redo ? 'redo' : undefined;
}
