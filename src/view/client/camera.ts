// Framing: the camera's home shows every actor shown; a selection is zoomed to.
import type { Renderer } from './render.js';

/**
 * Fits the camera to the nodes shown: the framing box is theirs, sigma maps it into the canvas
 * (less the stage padding) and the camera's home state shows every one of them.
 */
export function fitCamera(renderer: Renderer, visibleNodes: Set<string>, animate: boolean): void {
  const graph = renderer.getGraph();
  const xs: number[] = [];
  const ys: number[] = [];
  visibleNodes.forEach((key) => {
    xs.push(graph.getNodeAttribute(key, 'x'));
    ys.push(graph.getNodeAttribute(key, 'y'));
  });
  if (!xs.length) return;
  let x0 = Math.min(...xs);
  let x1 = Math.max(...xs);
  let y0 = Math.min(...ys);
  let y1 = Math.max(...ys);
  // A box of one point (or one line) gets some size around it.
  const pad = Math.max(x1 - x0, y1 - y0, 1) * 0.05;
  if (x1 - x0 < pad) {
    x0 -= pad;
    x1 += pad;
  }
  if (y1 - y0 < pad) {
    y0 -= pad;
    y1 += pad;
  }
  // Labels are drawn to the right of their node: room for those of the rightmost nodes.
  x1 += (x1 - x0) * 0.12;
  renderer.setCustomBBox({ x: [x0, x1], y: [y0, y1] });
  const home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  if (animate) renderer.getCamera().animate(home, { duration: 300 });
  else renderer.getCamera().setState(home);
}

/** Zooms to the nodes given (as drawn), close enough to tell them apart. */
export function focusCamera(renderer: Renderer, keys: string[]): void {
  const xs: number[] = [];
  const ys: number[] = [];
  keys.forEach((k) => {
    const d = renderer.getNodeDisplayData(k);
    if (d) {
      xs.push(d.x);
      ys.push(d.y);
    }
  });
  if (!xs.length) return;
  const x = (Math.min(...xs) + Math.max(...xs)) / 2;
  const y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  renderer.getCamera().animate({ x, y, ratio: Math.min(1.2, Math.max(0.08, spread * 1.3)) }, { duration: 400 });
}
