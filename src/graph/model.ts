// The actor graph's data model: node and edge attributes, edge keys, and the assembly options,
// shared by the one-shot assembler and the streaming accumulator.
import type { MultiGraph } from 'graphology';
import type { ActorType, RelationType } from '../types.js';

/** Node attributes of the actor graph. */
export interface ActorNodeAttributes {
  label: string;
  type: ActorType;
  aliases: string[];
  iso3?: string;
  /** CAMEO actor code of an organization or armed group (a state's ISO3, or IGO, NGO, IMG, …). */
  code?: string;
  affiliation?: string;
  /** Node key of the state a generic sector actor ("Syrian rebels", genericActors) belongs to. */
  country?: string;
  role?: string;
  mentions: number;
  articles: number;
  first?: string;
  last?: string;
  [extra: string]: unknown;
}

/** Edge attributes of the actor graph. */
export interface RelationEdgeAttributes {
  relation: RelationType;
  weight: number;
  category: string;
  first?: string;
  last?: string;
  evidence: string[];
  evidenceArticles: string[];
  /**
   * Articles stating it, a repeated text counted every time (GDELT's NumArticles), and the distinct
   * sources among them (NumSources; articles without a source add none). `weight` counts a
   * repeated text once.
   */
  articles?: number;
  sources?: number;
  /** Distinct dates of its events, sorted, with the number of events on each (for timelines). */
  dates?: string[];
  dateCounts?: number[];
  [extra: string]: unknown;
}

/** A built graph: a graphology MultiGraph, one node per actor, one edge per (relation, source, target). */
export type ActorGraph = MultiGraph<ActorNodeAttributes, RelationEdgeAttributes>;

/** How extractions become a graph. */
export interface AssembleOptions {
  /** `country` folds persons into the state or organization they serve and drops member_of. */
  level?: 'actor' | 'country';
  /** Evidence sentences kept per edge in the graph (all of them stay in events.jsonl). */
  evidencePerEdge?: number;
}

export const DEFAULTS: Required<AssembleOptions> = { level: 'actor', evidencePerEdge: 5 };

/**
 * Edge key: stable and readable.
 *
 * @example edgeKey('supports', 'iran', 'syria') // 'supports:iran:syria'
 */
export function edgeKey(relation: RelationType, source: string, target: string): string {
  return `${relation}:${source}:${target}`;
}
