/**
 * actorgraph/graph — what Gephi partitions and ranks edges by
 * ============================================================
 *
 * Every edge gets, besides its counts:
 *   label      the relation (`supports`): Gephi shows edge labels from it;
 *   color      the relation's colour (`RELATION_COLORS`, the viewer's palette: colour-blind-safe
 *              hues from ColorBrewer's Dark2/Set2, red for attacks), written as the GEXF
 *              `viz:color`, so the file opens coloured;
 *   quad       the PLOVER quad class of its (most frequent) category, `none` for member_of:
 *              a column to partition by (Appearance › Edges › Partition);
 *   intensity  the net intensity: the intensities of its events summed (each event's PLOVER
 *              type on the −10…+10 scale of export/data/intensity.json), a column to rank by.
 */
import type { RelationType } from '../types.js';
import { PLOVER_QUAD } from '../lexicon/relations.js';
import { intensityOf } from '../export/intensity.js';

/** One colour per relation (the viewer's, src/view/client.ts, uses the same). */
export const RELATION_COLORS: Readonly<Record<RelationType, string>> = {
  met: '#8da0cb',
  allied_with: '#1b9e77',
  supports: '#66a61e',
  opposes: '#e6ab02',
  attacks: '#d62728',
  member_of: '#7570b3',
};

/** The quad class of a PLOVER type; `none` for AFFILIATE (member_of) and types unknown. */
export function quadClassOf(category: string): string {
  return (Object.hasOwn(PLOVER_QUAD, category) ? PLOVER_QUAD[category] : null) ?? 'none';
}

/** The net intensity of events counted per PLOVER type (rounded to a tenth). */
export function netIntensity(categories: Iterable<[string, number]>): number {
  let sum = 0;
  for (const [category, n] of categories) sum += (intensityOf(category) ?? 0) * n;
  return Math.round(sum * 10) / 10;
}

/**
 * The Gephi-ready attributes of an edge of `relation` whose events have these PLOVER types.
 *
 * @example edgeStyle('attacks', 'ASSAULT', [['ASSAULT', 3]]) // {label: 'attacks', color: '#d62728', quad: 'material_conflict', intensity: -27}
 */
export function edgeStyle(
  relation: RelationType,
  category: string,
  categories: Iterable<[string, number]>,
): { label: string; color: string; quad: string; intensity: number } {
  return {
    label: relation,
    color: RELATION_COLORS[relation] ?? '#999999',
    quad: quadClassOf(category),
    intensity: netIntensity(categories),
  };
}
