// Stage 2 of the build loop: the cross-article merge (`resolvePersons`) over the person actors read
// back from the stored entries and, at `level: 'country'`, the person → state fold; and the one
// function that applies both to an extraction, for the write stage.
import type { ArticleExtraction } from '../types.js';
import type { Lexicon } from '../lexicon/load.js';
import { PersonTally, resolvePersons, type PersonTallyEntry } from '../actors/resolve.js';
import { countryLevelMap, remapExtraction } from '../graph/assemble.js';
import type { IntList } from '../cache/store.js';
import type { Level } from './types.js';
import { EMPTY_SUMMARY, type EntryStore } from './entries.js';
import type { ActorSummary } from './serialize.js';

/** What the merge decided: person keys merged across articles, and at country level the fold. */
export interface Merged {
  map: Map<string, string>;
  countryMap: Map<string, string> | undefined;
  tally: PersonTally;
}

/** Persons of every article from `from` on, read back from the entries, as extractions the merge can read. */
function personsOf(entries: EntryStore, order: IntList, from = 0): Iterable<ArticleExtraction> {
  return {
    *[Symbol.iterator]() {
      const reader = entries.reader();
      for (let i = from; i < order.length; i++) {
        const e = order.at(i);
        if (entries.summaryLength(e) <= EMPTY_SUMMARY) continue; // no person: "[[],[…]]"
        const [persons] = JSON.parse(reader.persons(e)) as ActorSummary;
        if (persons.length) yield { meta: { id: '' }, actors: persons, events: [] } as ArticleExtraction;
      }
    },
  };
}

/**
 * Merges persons across the articles. `kept`: the tally of the last build's articles when they
 * come first again (then only the persons of the articles after them are read).
 */
export function mergeStage(
  entries: EntryStore,
  order: IntList,
  lex: Lexicon,
  level: Level,
  kept?: { persons: PersonTallyEntry[]; articles: number },
): Merged {
  const tally = new PersonTally(kept ? kept.persons : []);
  for (const x of personsOf(entries, order, kept?.articles ?? 0)) tally.add(x, lex);
  const map = resolvePersons(tally, lex);
  let countryMap: Map<string, string> | undefined;
  if (level === 'country') {
    countryMap = countryLevelMap({
      *[Symbol.iterator]() {
        for (const x of personsOf(entries, order)) yield remapExtraction(x, map);
      },
    });
  }
  return { map, countryMap, tally };
}

/** An extraction with the merge applied: persons merged, and at country level folded into their state. */
export function applyMerge(x: ArticleExtraction, { map, countryMap }: Pick<Merged, 'map' | 'countryMap'>): ArticleExtraction {
  if (touches(x, map)) x = remapExtraction(x, map);
  if (countryMap) {
    // Persons fold into the state or organization they serve; their own nodes go.
    x = remapExtraction({ ...x, actors: x.actors.filter((a) => !(a.type === 'person' && countryMap.has(a.key))) }, countryMap, true);
  }
  return x;
}

/**
 * Whether remapping `x` with `map` changes it: `remapExtraction` gives an equal extraction when no
 * actor, affiliation or event end is remapped and no event is a self-loop.
 */
function touches(x: ArticleExtraction, map: Map<string, string>): boolean {
  if (map.size === 0) return false;
  for (const a of x.actors)
    if (map.has(a.key) || (a.affiliation !== undefined && (a.affiliation === '' || map.has(a.affiliation)))) return true;
  for (const e of x.events) if (e.source === e.target || map.has(e.source) || map.has(e.target)) return true;
  return false;
}
