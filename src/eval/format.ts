// The text of an evaluation: first the lines score.py prints, character for character, then our
// extras (per actor type, gold warnings), then, when verbose, the errors article by article.

import type { EvalReport, Prf } from './score.js';
import { formatFixed, padRight, pyRepr } from './normalize.js';

/** Options of `formatReport`. */
export interface FormatOptions {
  /** Add, article by article, the missed and false-positive actors and relations. */
  verbose?: boolean;
}

function counts(c: Prf): string {
  return `P=${formatFixed(c.precision, 2)} R=${formatFixed(c.recall, 2)} F1=${formatFixed(c.f1, 2)} (tp=${c.tp} fp=${c.fp} fn=${c.fn})`;
}

/** Exactly the lines score.py prints for the same build and gold (without line ends). */
export function formatSummary(report: EvalReport): string[] {
  const lines = report.perRelation.map((r) => `  relation ${padRight(r.relation, 12)} ${counts(r)}`);
  if (report.missingArticles.length > 0) {
    lines.push(`  articles missing from output: ${report.missingArticles.length}: ${pyRepr(report.missingArticles.slice(0, 5))}`);
  }
  lines.push(`  negated/hypothetical relations taken as true: ${report.negativeHits}`);
  const a = report.actors;
  const r = report.relations;
  lines.push(
    `actors P=${formatFixed(a.precision, 3)} R=${formatFixed(a.recall, 3)} F1=${formatFixed(a.f1, 3)} | ` +
      `relations P=${formatFixed(r.precision, 3)} R=${formatFixed(r.recall, 3)} F1=${formatFixed(r.f1, 3)}`,
  );
  return lines;
}

function quote(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ').trim());
}

/**
 * The evaluation as text: score.py's lines (`formatSummary`), then per actor type
 * (tp/fn by the gold actor's type, fp by the predicted node's type; not in score.py),
 * gold warnings, and with `verbose`, for each article with an error, what was missed and what
 * was wrongly predicted (relations with their evidence sentences). Ends with a newline.
 *
 * @example console.log(formatReport(await scoreFiles('out', 'graph', 'gold'), { verbose: true }))
 */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const lines = formatSummary(report);
  for (const t of report.perActorType) lines.push(`  actor type ${padRight(t.type, 12)} ${counts(t)}`);
  if (report.goldWarnings.length > 0) {
    lines.push(`  gold warnings: ${report.goldWarnings.length}`);
    for (const w of report.goldWarnings) lines.push(`    ${w}`);
  }
  if (options.verbose) {
    for (const d of report.articles) {
      const clean = !d.missing && d.actors.fp + d.actors.fn + d.relations.fp + d.relations.fn === 0;
      if (clean) continue;
      lines.push('');
      lines.push(
        `article ${d.article} (${d.goldFile})${d.missing ? ' MISSING FROM OUTPUT' : ''}: ` +
          `actors tp=${d.actors.tp} fp=${d.actors.fp} fn=${d.actors.fn} | ` +
          `relations tp=${d.relations.tp} fp=${d.relations.fp} fn=${d.relations.fn}`,
      );
      for (const a of d.missedActors) lines.push(`  missed actor: ${a.name} (${a.type})`);
      for (const a of d.falsePositiveActors) {
        const label = a.label !== a.key ? ` "${a.label}"` : '';
        lines.push(`  false positive actor: ${a.key}${label}${a.type ? ` (${a.type})` : ''}`);
      }
      for (const r of d.missedRelations) lines.push(`  missed relation: ${r.source} ${r.relation} ${r.target}`);
      for (const r of d.falsePositiveRelations) {
        const neg = r.negative ? ' [negated/hypothetical in gold]' : '';
        lines.push(`  false positive relation: ${r.source} ${r.relation} ${r.target}${neg}`);
        for (const e of r.evidence) {
          const where = e.sentence !== undefined ? `sentence ${e.sentence}` : 'evidence';
          lines.push(`      ${where} [${e.source} → ${e.target}]: ${e.text !== undefined ? quote(e.text) : '(no text)'}`);
        }
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
