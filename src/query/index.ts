/**
 * actorgraph/query
 * =================
 *
 * Asking a built graph questions, from scripts, in the style of graphology's standard
 * library: small functions `fn(graph, …, options)` over an `ActorGraph`, returning plain
 * objects (or a new graph). Actors are given by node key or by any name (label, alias,
 * ISO3; case and diacritics folded); an unknown one throws `UnknownActorError` with
 * "Did you mean …" suggestions. Errors start with `actorgraph/query: `.
 *
 *   load       loadGraph, parseGraph, eventsPathFor
 *   find       findActor, findActors, resolveActor, actorsByType, suggest
 *   relations  relationsOf, between, neighbors
 *   structure  shortestPath, egoNetwork, distancesFrom, communitiesOf, topActors, components
 *   filter     subgraph, countryProjection
 *   events     readEvents
 *   scope      scopeGraph (the filters every question takes, applied to the graph)
 *   time       timeline (events per period for an actor or a dyad)
 */
export { UnknownActorError } from './common.js';
export type { Actor, ActorRef, DateLookup, Direction, Evidence, Relation } from './common.js';
export { loadGraph, parseGraph, eventsPathFor, DEFAULTS as LOAD_DEFAULTS } from './load.js';
export type { GraphFileFormat, LoadOptions } from './load.js';
export { findActor, findActors, resolveActor, actorsByType, suggest, DEFAULTS as FIND_DEFAULTS } from './find.js';
export type { ActorMatch, MatchTier, SuggestOptions } from './find.js';
export { relationsOf, between, neighbors, DEFAULTS as RELATIONS_DEFAULTS } from './relations.js';
export type { Between, BetweenOptions, Neighbor, RelationsOptions } from './relations.js';
export { shortestPath, DEFAULTS as PATH_DEFAULTS } from './path.js';
export type { PathEdge, PathHop, PathOptions, PathResult } from './path.js';
export { egoNetwork, distancesFrom, DEFAULTS as EGO_DEFAULTS } from './ego.js';
export type { EgoOptions } from './ego.js';
export { communitiesOf, DEFAULTS as COMMUNITIES_OF_DEFAULTS } from './communities.js';
export type { CommunitiesOfOptions, Community } from './communities.js';
export { topActors, MEASURES, DEFAULTS as TOP_DEFAULTS } from './top.js';
export type { Measure, RankedActor, TopOptions } from './top.js';
export { components, DEFAULTS as COMPONENTS_DEFAULTS } from './components.js';
export type { Component, ComponentsOptions } from './components.js';
export { subgraph, DEFAULTS as SUBGRAPH_DEFAULTS } from './filter.js';
export type { SubgraphOptions } from './filter.js';
export { countryProjection, DEFAULTS as PROJECTION_DEFAULTS } from './project.js';
export type { ProjectionOptions } from './project.js';
export { readEvents, readOutlets, articlesPathFor, DEFAULTS as EVENTS_DEFAULTS } from './events.js';
export { scopeGraph, eventPredicate, needsEvents, isScoped, quadOf, QUAD_FILTERS } from './scope.js';
export type { ScopeFilter, QuadFilter } from './scope.js';
export type { EventFilter } from './events.js';
export { timeline, periodOf, PERIODS, DEFAULTS as TIMELINE_DEFAULTS } from './timeline.js';
export type { Period, Timeline, TimelineOptions, TimelinePeriod } from './timeline.js';
