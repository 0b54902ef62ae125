// Selecting an actor or a relation (by click, by search, from the panel), hovering, and clicks
// near thin edges.
import { focusCamera } from './camera.js';
import type { Model } from './data.js';
import type { Filters } from './filters.js';
import type { Panel } from './panel.js';
import type { Renderer } from './render.js';

export interface Selection {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  clearSelection(): void;
}

/** Selecting shows what is selected in the panel, highlights it and brings it into view. */
export function createSelection(model: Model, filters: Filters, renderer: Renderer, panel: Panel): Selection {
  const { graph, nodeInfo, edgeInfo } = model;
  const { state, visibleNodes } = filters;
  function selectNode(key: string): void {
    if (!nodeInfo.has(key)) return;
    state.selectedNode = key;
    state.selectedEdge = null;
    panel.showNode(key);
    renderer.refresh();
    const around = [key];
    graph.forEachNeighbor(key, (n) => {
      if (visibleNodes.has(n)) around.push(n);
    });
    focusCamera(renderer, around);
    document.body.setAttribute('data-selected', 'node');
  }
  function selectEdge(key: string): void {
    const info = edgeInfo.get(key);
    if (!info) return;
    state.selectedEdge = key;
    state.selectedNode = null;
    panel.showEdge(key);
    renderer.refresh();
    focusCamera(renderer, [info.source, info.target]);
    document.body.setAttribute('data-selected', 'edge');
  }
  function clearSelection(): void {
    state.selectedNode = null;
    state.selectedEdge = null;
    panel.showOverview();
    renderer.refresh();
    document.body.removeAttribute('data-selected');
  }
  return { selectNode, selectEdge, clearSelection };
}

type Point = { x: number; y: number };

/** The visible edge drawn nearest to a point of the viewport, within tolerance pixels. */
function edgeNear(renderer: Renderer, filters: Filters, edgeInfo: Model['edgeInfo'], point: Point, tolerance: number): string | null {
  const graph = renderer.getGraph();
  const { state, visibleEdges } = filters;
  let best: string | null = null;
  let bestDistance = tolerance;
  const cache = new Map<string, Point | null>();
  function at(node: string): Point | null {
    if (!cache.has(node)) {
      const d = renderer.getNodeDisplayData(node);
      cache.set(node, d ? renderer.framedGraphToViewport(d) : null);
    }
    return cache.get(node) ?? null;
  }
  visibleEdges.forEach((key) => {
    if (state.selectedNode) {
      const info = edgeInfo.get(key)!;
      if (info.source !== state.selectedNode && info.target !== state.selectedNode) return;
    }
    const a = at(graph.source(key));
    const b = at(graph.target(key));
    if (!a || !b) return;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len2 = dx * dx + dy * dy;
    const t = len2 ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / len2)) : 0;
    const distance = Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = key;
    }
  });
  return best;
}

/** Clicks and hovers on the canvas. */
export function listenToPointer(model: Model, filters: Filters, renderer: Renderer, container: HTMLElement, selection: Selection): void {
  const { state } = filters;
  renderer.on('clickNode', (e) => selection.selectNode(e.node));
  renderer.on('clickEdge', (e) => selection.selectEdge(e.edge));
  // Thin edges are hard to hit: a click on the stage within a few pixels of a drawn edge selects it.
  renderer.on('clickStage', (e) => {
    const edge = edgeNear(renderer, filters, model.edgeInfo, { x: e.event.x, y: e.event.y }, 5);
    if (edge) selection.selectEdge(edge);
    else selection.clearSelection();
  });
  renderer.on('enterNode', (e) => {
    state.hoveredNode = e.node;
    container.style.cursor = 'pointer';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    state.hoveredNode = null;
    container.style.cursor = '';
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', () => {
    container.style.cursor = 'pointer';
  });
  renderer.on('leaveEdge', () => {
    container.style.cursor = '';
  });
}
