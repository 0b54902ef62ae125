/**
 * actorgraph/query — finding actors
 * ==================================
 *
 * Names are matched the way users type them: by node key (`bashar-al-assad`), by label,
 * by any alias, by ISO3 code, with case, diacritics and curly quotes folded (`Erdoğan` =
 * `erdogan`), then more loosely (periods, apostrophes and a leading "the" dropped:
 * `U.S.` = `US`, `the United Nations` = `United Nations`). Several actors may share an
 * alias ("Army"): the best match comes first (key, then label, then alias; the
 * most-mentioned actor first within a tier).
 *
 * When nothing matches, `suggest` ranks the actors whose label or aliases are near
 * the name (Levenshtein distance, relative to the length, or a whole-word match), for a
 * "Did you mean …" message.
 *
 * The name index of a graph is built on first use and dropped when the graph's nodes
 * change.
 */
import { distance } from 'fastest-levenshtein';
import type { ActorType } from '../types.js';
import { ACTOR_TYPES } from '../types.js';
import type { ActorGraph } from '../graph/assemble.js';
import { foldKey, slugify } from '../nlp/shadow.js';
import { norm } from '../eval/normalize.js';
import { type Actor, type ActorRef, actorRef, compareKeys, PREFIX, UnknownActorError } from './common.js';

export const DEFAULTS = {
  /** Suggestions offered by `suggest`. */
  suggestions: 5,
  /** Largest edit distance accepted by `suggest`, as a fraction of the longer name's length. */
  maxDistance: 0.4,
};

/** How a name matched an actor, best first. */
export type MatchTier = 'key' | 'label' | 'alias' | 'loose-label' | 'loose-alias' | 'surname';
const TIERS: readonly MatchTier[] = ['key', 'label', 'alias', 'loose-label', 'loose-alias', 'surname'];

/** One actor a name matched. */
export interface ActorMatch extends ActorRef {
  /** How it matched. */
  via: MatchTier;
  /** The name or alias that matched. */
  matched: string;
  mentions: number;
}

/** Options of `suggest`. */
export interface SuggestOptions {
  /** Largest edit distance, as a fraction of the longer name's length (default 0.4). */
  maxDistance?: number;
}

interface NameIndex {
  /** Folded name → actor keys (with the name as written). */
  exact: Map<string, Array<{ key: string; name: string; label: boolean }>>;
  loose: Map<string, Array<{ key: string; name: string; label: boolean }>>;
  /** Every (loose-folded name, key) pair, for suggestions. */
  names: Array<{ folded: string; key: string }>;
  /** Each person's surname (loose-folded last word of the label, also without "al-"), for "Blinken". */
  surnames: Array<{ surname: string; key: string }>;
}

const indexes = new WeakMap<ActorGraph, NameIndex>();
const STALE_EVENTS = ['nodeAdded', 'nodeDropped', 'nodeAttributesUpdated', 'eachNodeAttributesUpdated', 'cleared'] as const;

function add(map: NameIndex['exact'], folded: string, entry: { key: string; name: string; label: boolean }): void {
  if (!folded) return;
  const list = map.get(folded);
  if (!list) map.set(folded, [entry]);
  else if (!list.some((e) => e.key === entry.key && e.label === entry.label)) list.push(entry);
}

function indexOf(graph: ActorGraph): NameIndex {
  let index = indexes.get(graph);
  if (index) return index;
  index = { exact: new Map(), loose: new Map(), names: [], surnames: [] };
  const seen = new Set<string>();
  graph.forEachNode((key, a) => {
    const label = typeof a.label === 'string' && a.label ? a.label : key;
    const names: Array<[string, boolean]> = [[label, true]];
    if (a.type === 'person') {
      const last = norm(label).split(' ').pop() ?? '';
      if (last.length >= 3) index!.surnames.push({ surname: last, key });
    }
    for (const alias of Array.isArray(a.aliases) ? a.aliases : []) if (typeof alias === 'string') names.push([alias, false]);
    if (typeof a.iso3 === 'string' && a.iso3) names.push([a.iso3, false]);
    for (const [name, isLabel] of names) {
      add(index!.exact, foldKey(name), { key, name, label: isLabel });
      const loose = norm(name);
      add(index!.loose, loose, { key, name, label: isLabel });
      const id = `${key}\u0000${loose}`;
      if (loose && !seen.has(id)) {
        seen.add(id);
        index!.names.push({ folded: loose, key });
      }
    }
  });
  indexes.set(graph, index);
  // Any change to the nodes makes the index stale.
  const drop = () => {
    indexes.delete(graph);
    for (const event of STALE_EVENTS) graph.removeListener(event, drop);
  };
  for (const event of STALE_EVENTS) graph.on(event, drop);
  return index;
}

function mentionsOf(graph: ActorGraph, key: string): number {
  const m = graph.getNodeAttribute(key, 'mentions');
  return typeof m === 'number' ? m : 0;
}

/**
 * Every actor a name or key designates, best match first.
 *
 * @example
 * findActors(graph, 'army').map((m) => m.label); // ['Syria', 'Russia', 'United States', 'Turkey', …]
 */
export function findActors(graph: ActorGraph, nameOrKey: string): ActorMatch[] {
  if (typeof nameOrKey !== 'string') throw new Error(`${PREFIX}: findActors: the name must be a string, got ${typeof nameOrKey}`);
  const index = indexOf(graph);
  const found = new Map<string, ActorMatch>();
  const push = (key: string, via: MatchTier, matched: string) => {
    if (!found.has(key)) found.set(key, { ...actorRef(graph, key), via, matched, mentions: mentionsOf(graph, key) });
  };
  const name = nameOrKey.trim();
  if (graph.hasNode(name)) push(name, 'key', name);
  const slug = slugify(name);
  const exact = index.exact.get(foldKey(name)) ?? [];
  const loose = index.loose.get(norm(name)) ?? [];
  const byMentions = (list: Array<{ key: string; name: string }>) =>
    [...list].sort((x, y) => mentionsOf(graph, y.key) - mentionsOf(graph, x.key) || compareKeys(x.key, y.key));
  for (const e of byMentions(exact.filter((e) => e.label))) push(e.key, 'label', e.name);
  if (name && graph.hasNode(slug)) push(slug, 'label', name);
  for (const e of byMentions(exact.filter((e) => !e.label))) push(e.key, 'alias', e.name);
  for (const e of byMentions(loose.filter((e) => e.label))) push(e.key, 'loose-label', e.name);
  for (const e of byMentions(loose.filter((e) => !e.label))) push(e.key, 'loose-alias', e.name);
  if (!found.size) {
    // A surname alone ("Blinken", or "Zelenskyy" for the graph's "Zelensky"): the one person whose
    // label ends in it, or in a spelling one edit away for longer names.
    const word = norm(name);
    if (word && !word.includes(' ')) {
      const same = index.surnames.filter((e) => e.surname === word);
      const near = same.length ? same : word.length >= 6 ? index.surnames.filter((e) => distance(e.surname, word) <= 1) : [];
      const keys = [...new Set(near.map((e) => e.key))];
      if (keys.length === 1) push(keys[0]!, 'surname', name);
    }
  }
  return [...found.values()].sort((x, y) => TIERS.indexOf(x.via) - TIERS.indexOf(y.via));
}

/**
 * The actor a name or key designates (key, label, alias, ISO3; case and diacritics folded), or undefined.
 *
 * @example
 * findActor(graph, 'erdogan')?.key; // 'recep-tayyip-erdogan'
 */
export function findActor(graph: ActorGraph, nameOrKey: string): Actor | undefined {
  const [best] = findActors(graph, nameOrKey);
  return best ? { ...graph.getNodeAttributes(best.key), key: best.key } : undefined;
}

/**
 * The node key of an actor, or an `UnknownActorError` (with suggestions) when no actor matches.
 *
 * @example
 * resolveActor(graph, 'Tehran'); // 'iran'
 */
export function resolveActor(graph: ActorGraph, nameOrKey: string): string {
  const [best] = findActors(graph, nameOrKey);
  if (best) return best.key;
  throw new UnknownActorError(nameOrKey, suggest(graph, nameOrKey));
}

/**
 * The actors of one type (or several), most mentioned first.
 *
 * @example
 * actorsByType(graph, 'country').slice(0, 3).map((a) => a.label); // ['Syria', 'Russia', 'Turkey']
 */
export function actorsByType(graph: ActorGraph, type: ActorType | readonly ActorType[]): ActorRef[] {
  const types = new Set<string>(typeof type === 'string' ? [type] : type);
  for (const t of types)
    if (!(ACTOR_TYPES as readonly string[]).includes(t))
      throw new Error(`${PREFIX}: actorsByType: unknown type ${JSON.stringify(t)}; types are ${ACTOR_TYPES.join(', ')}`);
  return graph
    .filterNodes((_key, a) => types.has(a.type))
    .sort((x, y) => mentionsOf(graph, y) - mentionsOf(graph, x) || compareKeys(x, y))
    .map((key) => actorRef(graph, key));
}

/**
 * Actors whose label or an alias is near `name`, nearest first: the "Did you mean …" list.
 *
 * @example
 * suggest(graph, 'Iram', 2).map((a) => a.label); // ['Iraq', 'Iran']
 */
export function suggest(graph: ActorGraph, name: string, n: number = DEFAULTS.suggestions, options: SuggestOptions = {}): ActorRef[] {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${PREFIX}: suggest: n must be a non-negative integer, got ${n}`);
  const maxDistance = options.maxDistance ?? DEFAULTS.maxDistance;
  const query = norm(name);
  if (!query || n === 0) return [];
  const words = query.split(' ');
  const best = new Map<string, number>();
  for (const { folded, key } of indexOf(graph).names) {
    let score: number;
    // A whole-word match ("assad" in "bashar al assad") is near; else the relative edit distance.
    const theirs = folded.split(' ');
    if (query.length >= 3 && words.every((w) => theirs.includes(w))) score = 0.1;
    else score = distance(query, folded) / Math.max(query.length, folded.length);
    if (score > maxDistance) continue;
    const prev = best.get(key);
    if (prev === undefined || score < prev) best.set(key, score);
  }
  return [...best]
    .sort((x, y) => x[1] - y[1] || mentionsOf(graph, y[0]) - mentionsOf(graph, x[0]) || compareKeys(x[0], y[0]))
    .slice(0, n)
    .map(([key]) => actorRef(graph, key));
}
