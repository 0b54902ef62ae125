// The sigma renderer: which actors and relations are drawn, faded or highlighted for the state,
// and labels drawn only where they meet no other label nor node.
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';
import type { EdgeDisplay, Model, NodeDisplay } from './data.js';
import type { Filters } from './filters.js';
import { libraries } from './libs.js';
import { FADED } from './palette.js';

export type Renderer = Sigma<NodeDisplay, EdgeDisplay>;
/** A box in viewport pixels: a drawn label (with its text) or a node's disc (with its key). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  label?: string;
  node?: string;
}
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'>;

export interface View {
  renderer: Renderer;
  /** The labels and discs of the frame drawn last (null before its first label). */
  labelBoxes(): Box[] | null;
}

export function createView(model: Model, filters: Filters, container: HTMLElement): View {
  const { graph, edgeInfo } = model;
  const { state, visibleNodes, visibleEdges } = filters;
  // Labels: sigma's grid picks at most one per cell, the biggest node's; a label can still run
  // into the next cell's, so each label is drawn only where it meets no label drawn before it in
  // this frame (a forced one, the node in focus, always is). Boxes in viewport pixels.
  let labelBoxes: Box[] | null = null;
  function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<NodeDisplay, EdgeDisplay>): void {
    if (!data.label) return;
    if (labelBoxes === null) labelBoxes = discs();
    const size = settings.labelSize;
    context.font = settings.labelWeight + ' ' + size + 'px ' + settings.labelFont;
    const box: Box = {
      x: data.x + data.size + 3,
      y: data.y - size * 0.75,
      w: context.measureText(data.label).width,
      h: size * 1.2,
      label: data.label,
    };
    const hit = labelBoxes.some((b) => box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h);
    if (hit && !data.forceLabel) return;
    labelBoxes.push(box);
    context.fillStyle = '#000';
    context.fillText(data.label, box.x, data.y + size / 3);
  }
  function nodeReducer(node: string, d: NodeDisplay): Partial<NodeDisplayData> {
    const r: Partial<NodeDisplayData> & NodeDisplay = Object.assign({}, d);
    r.color = state.colorBy === 'community' ? d.communityColor : d.typeColor;
    if (!visibleNodes.has(node)) {
      r.hidden = true;
      return r;
    }
    const focus = state.selectedNode || state.hoveredNode;
    if (state.selectedEdge) {
      const e = edgeInfo.get(state.selectedEdge)!;
      if (node === e.source || node === e.target) highlight(r);
      else fade(r);
    } else if (focus) {
      if (node === focus) highlight(r);
      // Not forced: sigma's label grid keeps the neighbours' labels from overlapping.
      else if (graph.areNeighbors(node, focus)) r.zIndex = 1;
      else fade(r);
    }
    return r;
  }
  function edgeReducer(edge: string, d: EdgeDisplay): Partial<EdgeDisplay> & { hidden?: boolean; zIndex?: number } {
    const r: EdgeDisplay & { hidden?: boolean; zIndex?: number } = Object.assign({}, d);
    if (!visibleEdges.has(edge)) {
      r.hidden = true;
      return r;
    }
    const focus = state.selectedNode || state.hoveredNode;
    if (state.selectedEdge) {
      if (edge === state.selectedEdge) {
        r.size = Math.max(3, d.size * 1.6);
        r.zIndex = 2;
      } else {
        r.color = FADED;
        r.zIndex = 0;
      }
    } else if (focus) {
      const info = edgeInfo.get(edge)!;
      if (info.source !== focus && info.target !== focus) r.hidden = true;
      else r.zIndex = 1;
    }
    return r;
  }
  const renderer: Renderer = new (libraries().Sigma)<NodeDisplay, EdgeDisplay>(graph, container, {
    renderEdgeLabels: false,
    enableEdgeEvents: true,
    // Small cells offer many candidates; drawLabel keeps those that meet nothing drawn.
    labelDensity: 1,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 6,
    // Room for the largest node's radius on every side of the fitted box.
    stagePadding: 40,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    defaultEdgeType: 'line',
    defaultDrawNodeLabel: drawLabel,
    nodeReducer,
    edgeReducer,
  });
  // Each frame starts with the discs of the nodes shown (a label is not drawn over a node either),
  // taken at its first label, once sigma has placed the nodes for the frame.
  renderer.on('beforeRender', () => {
    labelBoxes = null;
  });
  function discs(): Box[] {
    const boxes: Box[] = [];
    visibleNodes.forEach((key) => {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden) return;
      const p = renderer.framedGraphToViewport(d);
      const r = renderer.scaleSize(d.size);
      boxes.push({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r, node: key });
    });
    return boxes;
  }
  return { renderer, labelBoxes: () => labelBoxes };
}

function highlight(r: Partial<NodeDisplayData>): void {
  r.highlighted = true;
  r.forceLabel = true;
  r.zIndex = 2;
}
function fade(r: Partial<NodeDisplayData>): void {
  r.color = FADED;
  r.label = '';
  r.zIndex = 0;
}
