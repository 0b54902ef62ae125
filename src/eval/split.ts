// The fixed rule that splits an evaluation set into a half to develop rules on and a half held
// out: rules are written while reading the misses of the first half only, and the second is scored
// at the end to see whether they generalize. One rule for everyone, so that figures compare.
//
// - Articles with gold files (dev2): the article id's last character — even digit → develop.
// - PLOVER records: the record's position in the file (0-based) — even → develop.

export const HALVES = ['develop', 'held-out'] as const;
export type Half = (typeof HALVES)[number];

/** The half an annotated article belongs to, by the last character of its id. */
export function articleHalf(id: string): Half {
  const last = id.length ? id.charCodeAt(id.length - 1) : 0;
  return last % 2 === 0 ? 'develop' : 'held-out';
}

/** The half a record at `position` (0-based, in file order) belongs to. */
export function positionHalf(position: number): Half {
  return position % 2 === 0 ? 'develop' : 'held-out';
}

/** Checks a `--half` value. */
export function parseHalf(value: string): Half {
  if ((HALVES as readonly string[]).includes(value)) return value as Half;
  throw new Error(`actorgraph/eval: --half must be ${HALVES.join(' or ')}, not ${JSON.stringify(value)}`);
}
