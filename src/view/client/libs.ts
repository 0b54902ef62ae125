// The two libraries the page gets as globals: html.ts inlines their UMD builds before this script.
import type { MultiGraph as GraphologyMultiGraph } from 'graphology';
import type SigmaRenderer from 'sigma';

declare const graphology: { MultiGraph: typeof GraphologyMultiGraph };
declare const Sigma: typeof SigmaRenderer;

/** Read when called, not at import: the globals are there once the page runs the bundle. */
export function libraries(): { MultiGraph: typeof GraphologyMultiGraph; Sigma: typeof SigmaRenderer } {
  return { MultiGraph: graphology.MultiGraph, Sigma };
}
