// An extraction as it travels between threads and into the cache or spool: JSON text, with a small
// summary apart — the person actors (all the cross-article merge reads) and the other keys the
// article holds (what a rebuild checks against a changed merge) — so those are read without parsing
// every extraction.
import type { ArticleActor, ArticleExtraction } from '../types.js';

export interface SerializedExtraction {
  /** JSON of `[person actors, other actor keys and affiliations]` (see `ActorSummary`). */
  persons: string;
  /** JSON of the whole extraction. */
  x: string;
}

/** The summary part: person actors, and the sorted keys and affiliations of the other actors. */
export type ActorSummary = [ArticleActor[], string[]];

export function serializeExtraction(x: ArticleExtraction): SerializedExtraction {
  const persons: ArticleActor[] = [];
  const others = new Set<string>();
  for (const a of x.actors) {
    if (a.type === 'person') persons.push(a);
    else {
      others.add(a.key);
      if (a.affiliation !== undefined) others.add(a.affiliation);
    }
  }
  const summary: ActorSummary = [persons, [...others].sort()];
  return { persons: JSON.stringify(summary), x: JSON.stringify(x) };
}
