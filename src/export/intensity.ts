/**
 * actorgraph/export — the conflict–cooperation intensity of a PLOVER event type
 * ==============================================================================
 *
 * `intensityOf('ASSAULT')` → −9: a value on a fixed −10 (conflict) … +10 (cooperation)
 * scale per PLOVER type, read from `data/intensity.json`, which names its source: the
 * Goldstein (1992) value of the CAMEO code each PLOVER type descends from, as the CAMEO
 * codebook and GDELT assign them. Used by the events table, the edges' net intensity and
 * the timeline's net cooperation.
 */
import { readFileSync } from 'node:fs';

/** One PLOVER type's place on the scale, with the CAMEO code its value comes from. */
export interface IntensityEntry {
  intensity: number;
  cameo: string;
}

/** The scale's data file: values per PLOVER type and where they come from. */
export interface IntensityScale {
  scale: string;
  source: string;
  types: Record<string, IntensityEntry>;
}

// A data file rather than code, so that the values and their source are read (and changed) in one place.
/** The intensity scale: −10 (conflict) … +10 (cooperation) per PLOVER event type, with its source. */
export const INTENSITY_SCALE: IntensityScale = JSON.parse(
  readFileSync(new URL('../../src/export/data/intensity.json', import.meta.url), 'utf8'),
) as IntensityScale;

/**
 * The intensity (−10 conflict … +10 cooperation) of a PLOVER event type, or undefined for
 * a type with none (AFFILIATE, unknown types).
 *
 * @example intensityOf('ASSAULT') // -9
 */
export function intensityOf(category: string | undefined): number | undefined {
  if (category === undefined || !Object.hasOwn(INTENSITY_SCALE.types, category)) return undefined;
  return INTENSITY_SCALE.types[category]!.intensity;
}
