/**
 * actorgraph/view — the viewer's page script
 * ===========================================
 *
 * Reads the page's data, draws it with sigma, and wires the search, the filters, the panel and
 * the selection together. Browser TypeScript (type-checked by tsconfig.client.json with the DOM
 * library), bundled by scripts/build-client.mjs into one classic script (ES2020, an IIFE) that
 * html.ts inlines after graphology and sigma; it runs on `file://` without network.
 *
 * Safety: everything that comes from the articles (labels, aliases, roles, evidence sentences,
 * titles, URLs) reaches the page through `textContent`, `value` or a checked `href` (http and
 * https only), never through `innerHTML`; labels are drawn on the canvas by sigma. The page's
 * Content-Security-Policy (html.ts) allows only the three inline scripts by hash, so even markup
 * that got in could not run.
 *
 * Readability (issue 17): the camera is fitted to the actors shown (camera.ts); actors without
 * any relation are hidden until "Show unconnected actors" is ticked (filters.ts); labels are left
 * to sigma's label grid and drawn only where they meet nothing (render.ts); search suggests as one
 * types, tolerating typos as `query` does (match.ts).
 */
import { fitCamera } from './camera.js';
import { createControls, drawLegend } from './controls.js';
import { loadModel } from './data.js';
import { byId } from './dom.js';
import { createFilters } from './filters.js';
import { matches, searchIndex } from './match.js';
import { createPanel } from './panel.js';
import { createView } from './render.js';
import { createSearch } from './search.js';
import { createSelection, listenToPointer } from './select.js';

declare global {
  interface Window {
    /** For scripts and tests: the renderer, the graph and the actions a user can take. */
    actorgraph: unknown;
  }
}

function start(): void {
  const model = loadModel();
  const filters = createFilters(model, byId('ag-visible', HTMLElement));
  const container = byId('ag-graph', HTMLElement);
  const view = createView(model, filters, container);
  const { renderer } = view;
  const { state, visibleNodes } = filters;

  // The panel's buttons select, and selecting redraws the panel: its actions reach the selection
  // when clicked, by then made.
  const panel = createPanel(model, filters, byId('ag-panel', HTMLElement), {
    selectNode: (key) => selection.selectNode(key),
    selectEdge: (key) => selection.selectEdge(key),
  });
  const selection = createSelection(model, filters, renderer, panel);
  listenToPointer(model, filters, renderer, container, selection);

  const index = searchIndex(model.nodeInfo);
  function update(): void {
    filters.computeVisibility();
    if (state.selectedNode) panel.showNode(state.selectedNode);
    else if (state.selectedEdge) panel.showEdge(state.selectedEdge);
    else fitCamera(renderer, visibleNodes, true);
    renderer.refresh();
  }
  function recolor(): void {
    drawLegend(model, filters);
    renderer.refresh({ skipIndexation: true });
  }
  const searchBox = byId('ag-search', HTMLInputElement);
  const results = byId('ag-results', HTMLElement);
  const isolatedBox = createControls(model, filters, update, recolor);
  const { search } = createSearch(model, filters, selection, index, { box: searchBox, results, isolatedBox });

  byId('ag-title', HTMLElement).textContent = model.title;
  document.title = model.title;
  filters.computeVisibility();
  fitCamera(renderer, visibleNodes, false);
  drawLegend(model, filters);
  panel.showOverview();
  renderer.refresh();

  window.actorgraph = {
    renderer,
    graph: model.graph,
    state,
    search,
    selectNode: selection.selectNode,
    selectEdge: selection.selectEdge,
    clearSelection: selection.clearSelection,
    fitCamera: (animate: boolean) => fitCamera(renderer, visibleNodes, animate),
    /** The node labels drawn in the last frame, as boxes in CSS pixels of the graph container. */
    labelBoxes: () => (view.labelBoxes() || []).filter((b) => b.label !== undefined),
    matches: (query: string) => matches(index, query),
    /** Where a node is drawn, in CSS pixels from the graph container's top left. */
    nodePosition: (key: string) => {
      const d = renderer.getNodeDisplayData(key);
      return d ? renderer.framedGraphToViewport(d) : null;
    },
  };
  document.body.setAttribute('data-ready', 'true');
}

start();
