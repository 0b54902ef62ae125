// Keeps article ids unique over a run: later stages key caches, graph evidence and output rows by
// id, so a repeated id would silently merge two articles. The later article is renamed `id~2`,
// `id~3`, … (first come, first kept; input order is deterministic, so the renaming is too).

import type { Origin } from '../types.js';

export class UniqueIds {
  private readonly firstSeen = new Map<string, Origin>();
  private readonly nextSuffix = new Map<string, number>();
  /** How many ids were renamed so far, for a "N duplicate ids renamed" summary. */
  renamed = 0;

  /** The id to use: `id` itself when new, else the first free `id~N`. */
  claim(id: string, origin: Origin): { id: string; firstOrigin?: Origin } {
    const first = this.firstSeen.get(id);
    if (first === undefined) {
      this.firstSeen.set(id, origin);
      return { id };
    }
    let n = this.nextSuffix.get(id) ?? 2;
    while (this.firstSeen.has(`${id}~${n}`)) n++;
    this.nextSuffix.set(id, n + 1);
    const renamed = `${id}~${n}`;
    this.firstSeen.set(renamed, origin);
    this.renamed++;
    return { id: renamed, firstOrigin: first };
  }

  get size(): number {
    return this.firstSeen.size;
  }
}
