// Scoring a build against PLOVER gold-standard records (score.py's `plover` mode, reproduced
// exactly): each record is one news sentence coded with a PLOVER event type and its source and
// target actors as country codes (ISO 3166 alpha-3, or IGO/NGO). The records are built as JSONL
// (`{id, text}` per line); a record counts where its event type maps to one of our relations.
//
// score.py, record by record (in file order, records without `text` skipped):
// - gold: (relation, source code, target code) for each source × target with different codes, or,
//   for a symmetric relation with no target, each pair of the sources; met/allied_with unordered;
// - predicted: each event of the record's article but `member_of`, its endpoints mapped to codes
//   (a node's `iso3`; else the code of its `affiliation` or `country`, three steps at most; else IGO
//   for organizations; else its `code` or its upper-cased normalized label); events whose two codes
//   are equal are dropped;
// - typed: tp/fp/fn over those triples; actor-pairs: over the unordered code pairs alone.

import { readFile } from 'node:fs/promises';
import type { BuildOutput, NodeAttributes, Prf } from './score.js';
import { prf, SYMMETRIC } from './score.js';
import { formatFixed, norm, pyStr } from './normalize.js';
import { positionHalf, type Half } from './split.js';

/** PLOVER event types that correspond to our relations (score.py's `PLOVER_MAP`; AGREE is left out). */
export const PLOVER_RELATION: Readonly<Record<string, string>> = {
  CONSULT: 'met',
  COOPERATE: 'allied_with',
  SUPPORT: 'supports',
  AID: 'supports',
  DISAPPROVE: 'opposes',
  REJECT: 'opposes',
  THREATEN: 'opposes',
  PROTEST: 'opposes',
  SANCTION: 'opposes',
  DEMAND: 'opposes',
  COERCE: 'opposes',
  ASSAULT: 'attacks',
  FIGHT: 'attacks',
};

interface PloverActor {
  actorText?: string;
  code?: string;
  sector?: string;
}

/** One PLOVER gold-standard record (the fields read here). */
export interface PloverRecord {
  id: string;
  text: string;
  event: string;
  source: PloverActor[];
  target: PloverActor[];
  /** Position in the file, 0-based (the split rule reads it). */
  position: number;
}

export interface PloverRecordDiagnostics {
  id: string;
  event: string;
  text: string;
  gold: string[];
  predicted: string[];
}

export interface PloverReport {
  /** Records whose event type maps to a relation and that give at least one gold triple. */
  recordsScored: number;
  typed: Prf;
  pairs: Prf;
  /** Per relation (typed), in code point order. */
  perRelation: Array<Prf & { relation: string }>;
  records: PloverRecordDiagnostics[];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function actors(v: unknown): PloverActor[] {
  return Array.isArray(v) ? v.filter(isRecord).map((a) => a as PloverActor) : [];
}

/**
 * The records of a PLOVER gold-standard JSON file, optionally one half of them (see split.ts).
 *
 * @example const recs = await loadPlover('../shared/eval/plover/PLOVER_GSR_dev.json', 'develop')
 */
export async function loadPlover(file: string, half?: Half): Promise<PloverRecord[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`actorgraph/eval: ${file}: cannot be read as JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(raw)) throw new Error(`actorgraph/eval: ${file}: a PLOVER gold-standard file is a JSON array of records`);
  const out: PloverRecord[] = [];
  raw.forEach((r: unknown, position) => {
    // score.py keeps the dict records that have a text.
    if (!isRecord(r) || !r.text) return;
    if (half && positionHalf(position) !== half) return;
    out.push({
      id: pyStr(r.id),
      text: String(r.text),
      event: typeof r.event === 'string' ? r.event : '',
      source: actors(r.source),
      target: r.target ? actors(r.target) : [],
      position,
    });
  });
  return out;
}

/** The records as the JSONL input of a build: one `{"id", "text"}` object per line. */
export function ploverJsonl(records: readonly PloverRecord[]): string {
  return records.map((r) => `${JSON.stringify({ id: r.id, text: r.text })}\n`).join('');
}

/** score.py's `code`: a node's country code for PLOVER comparison. */
function codeOf(nodes: ReadonlyMap<string, NodeAttributes>, key: string, seen = 0): string {
  const a = nodes.get(key) ?? {};
  if (a.iso3) return String(a.iso3);
  const aff = a.affiliation || a.country;
  if (aff && nodes.has(String(aff)) && seen < 3) return codeOf(nodes, String(aff), seen + 1);
  if (a.type === 'organization') return a.code === 'IGO' || a.code === 'NGO' ? String(a.code) : 'IGO';
  if (a.code) return String(a.code);
  return norm('label' in a ? a.label : key).toUpperCase();
}

function triple(relation: string, s: string, t: string): string {
  if (SYMMETRIC.has(relation)) return `${relation} ${[s, t].sort().join(' ~ ')}`;
  return `${relation} ${s} → ${t}`;
}

function pair(s: string, t: string): string {
  return [s, t].sort().join(' ~ ');
}

function count(pred: Set<string>, gold: Set<string>, c: [number, number, number]): void {
  for (const p of pred)
    if (gold.has(p)) c[0]++;
    else c[1]++;
  for (const g of gold) if (!pred.has(g)) c[2]++;
}

/**
 * Scores a build of the records against them, as `score.py plover` does.
 *
 * @example const report = scorePlover(await readBuild(out, 'plover'), records); report.typed.f1
 */
export function scorePlover(build: BuildOutput, records: readonly PloverRecord[]): PloverReport {
  const nodes = build.nodes instanceof Map ? build.nodes : new Map(Object.entries(build.nodes));
  const byArticle = new Map<string, BuildOutput['events'][number][]>();
  for (const e of build.events) {
    const id = pyStr(e.article);
    const l = byArticle.get(id);
    if (l) l.push(e);
    else byArticle.set(id, [e]);
  }
  const T: [number, number, number] = [0, 0, 0];
  const P: [number, number, number] = [0, 0, 0];
  const per = new Map<string, [number, number, number]>();
  const diagnostics: PloverRecordDiagnostics[] = [];
  let n = 0;
  for (const r of records) {
    const rel = PLOVER_RELATION[r.event];
    if (!rel) continue;
    const src = r.source.map((a) => a.code).filter((c): c is string => !!c);
    const tgt = r.target.map((a) => a.code).filter((c): c is string => !!c);
    const gold = new Set<string>();
    const pairs = new Set<string>();
    if (tgt.length) {
      for (const s of src)
        for (const t of tgt)
          if (s !== t) {
            gold.add(triple(rel, s, t));
            pairs.add(pair(s, t));
          }
    } else if (src.length >= 2 && SYMMETRIC.has(rel)) {
      for (let i = 0; i < src.length; i++)
        for (const t of src.slice(i + 1))
          if (src[i] !== t) {
            gold.add(triple(rel, src[i]!, t));
            pairs.add(pair(src[i]!, t));
          }
    }
    if (!gold.size) continue;
    n++;
    const pred = new Set<string>();
    const ppairs = new Set<string>();
    for (const e of byArticle.get(r.id) ?? []) {
      if (e.relation === 'member_of') continue;
      const s = codeOf(nodes, e.source);
      const t = codeOf(nodes, e.target);
      if (s === t) continue;
      pred.add(triple(e.relation, s, t));
      ppairs.add(pair(s, t));
    }
    count(pred, gold, T);
    count(ppairs, pairs, P);
    for (const x of new Set([...pred, ...gold])) {
      const relation = x.slice(0, x.indexOf(' '));
      let c = per.get(relation);
      if (!c) per.set(relation, (c = [0, 0, 0]));
      c[pred.has(x) && gold.has(x) ? 0 : pred.has(x) ? 1 : 2]++;
    }
    diagnostics.push({ id: r.id, event: r.event, text: r.text, gold: [...gold].sort(), predicted: [...pred].sort() });
  }
  return {
    recordsScored: n,
    typed: prf(...T),
    pairs: prf(...P),
    perRelation: [...per.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([relation, c]) => ({ relation, ...prf(...c) })),
    records: diagnostics,
  };
}

/** The two lines score.py prints. */
export function formatPloverSummary(report: PloverReport): string[] {
  const t = report.typed;
  const p = report.pairs;
  return [
    `  records scored: ${report.recordsScored}`,
    `plover typed P=${formatFixed(t.precision, 3)} R=${formatFixed(t.recall, 3)} F1=${formatFixed(t.f1, 3)} | ` +
      `actor-pairs P=${formatFixed(p.precision, 3)} R=${formatFixed(p.recall, 3)} F1=${formatFixed(p.f1, 3)}`,
  ];
}

/** score.py's lines, then per relation, and with `verbose` each record that is not exactly right. */
export function formatPloverReport(report: PloverReport, options: { verbose?: boolean } = {}): string {
  const lines = formatPloverSummary(report);
  for (const r of report.perRelation) {
    lines.push(
      `  relation ${r.relation.padEnd(12)} P=${formatFixed(r.precision, 2)} R=${formatFixed(r.recall, 2)} F1=${formatFixed(r.f1, 2)} (tp=${r.tp} fp=${r.fp} fn=${r.fn})`,
    );
  }
  if (options.verbose) {
    for (const d of report.records) {
      const ok = d.gold.length === d.predicted.length && d.gold.every((g) => d.predicted.includes(g));
      if (ok) continue;
      lines.push('', `${d.id} (${d.event}): ${JSON.stringify(d.text)}`);
      for (const g of d.gold) if (!d.predicted.includes(g)) lines.push(`  missed  ${g}`);
      for (const p of d.predicted) if (!d.gold.includes(p)) lines.push(`  wrong   ${p}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
