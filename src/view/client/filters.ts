// What the controls filter by (relation and actor types, a date range, unconnected actors) and
// the actors and relations they leave visible.
import { type Attrs, edgeDates, type Model } from './data.js';
import { isDate, str } from './values.js';

export interface ViewState {
  colorBy: 'type' | 'community';
  selectedNode: string | null;
  selectedEdge: string | null;
  hoveredNode: string | null;
  relations: Set<string>;
  types: Set<string>;
  from: string | null;
  to: string | null;
  undated: boolean;
  /** Actors without any relation: hidden unless asked for. */
  isolated: boolean;
}

export interface Filters {
  state: ViewState;
  relationCounts: Map<string, number>;
  typeCounts: Map<string, number>;
  visibleNodes: Set<string>;
  visibleEdges: Set<string>;
  /** Recomputes the visible sets from the state, and says how many are shown. */
  computeVisibility(): void;
}

export function actorType(a: Attrs): string {
  return str(a.type) || 'unknown';
}

function countBy<T>(items: Map<string, T>, keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  items.forEach((item) => {
    const k = keyOf(item);
    counts.set(k, (counts.get(k) || 0) + 1);
  });
  return counts;
}

export function createFilters(model: Model, countLabel: HTMLElement): Filters {
  const { graph, nodeInfo, edgeInfo } = model;
  const state: ViewState = {
    colorBy: 'type',
    selectedNode: null,
    selectedEdge: null,
    hoveredNode: null,
    relations: new Set(),
    types: new Set(),
    from: null,
    to: null,
    undated: true,
    isolated: false,
  };
  const relationCounts = countBy(edgeInfo, (a) => a.relation);
  const typeCounts = countBy(nodeInfo, actorType);
  relationCounts.forEach((_c, r) => {
    state.relations.add(r);
  });
  typeCounts.forEach((_c, t) => {
    state.types.add(t);
  });

  function overlaps(first: unknown, last: unknown): boolean {
    const lo = isDate(first) ? first : isDate(last) ? last : null;
    const hi = isDate(last) ? last : lo;
    if (lo === null || hi === null) return state.undated;
    if (state.from && hi < state.from) return false;
    if (state.to && lo > state.to) return false;
    return true;
  }
  function inRange(d: string): boolean {
    return (!state.from || d >= state.from) && (!state.to || d <= state.to);
  }
  const visibleNodes = new Set<string>();
  const visibleEdges = new Set<string>();
  function computeVisibility(): void {
    visibleNodes.clear();
    visibleEdges.clear();
    const ranged = !!(state.from || state.to);
    nodeInfo.forEach((a, key) => {
      if (!state.types.has(actorType(a))) return;
      if (ranged && !overlaps(a.first, a.last)) return;
      if (!state.isolated && graph.degree(key) === 0) return;
      visibleNodes.add(key);
    });
    edgeInfo.forEach((a, key) => {
      if (!state.relations.has(a.relation)) return;
      if (!visibleNodes.has(a.source) || !visibleNodes.has(a.target)) return;
      if (ranged) {
        const dates = edgeDates(a);
        if (dates) {
          if (!dates.some(inRange)) return;
        } else if (!overlaps(a.first, a.last)) return;
      }
      visibleEdges.add(key);
    });
    countLabel.textContent =
      visibleNodes.size + ' of ' + nodeInfo.size + ' actors, ' + visibleEdges.size + ' of ' + edgeInfo.size + ' relations shown';
  }
  return { state, relationCounts, typeCounts, visibleNodes, visibleEdges, computeVisibility };
}
