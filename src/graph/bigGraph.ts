/**
 * Cytoscape's own speed settings for big graphs. Below the threshold (the embedded brief has 87 nodes and
 * ~150 edges) nothing changes; above it, drawing, restyling and hit-testing thousands of elements is what
 * makes a software-rendered canvas stutter, so we trade detail for speed: straight, solid "haystack" edges
 * without arrowheads or labels that take no pointer events, node labels only from a larger size on screen,
 * no dimming of the rest of the graph and no change of drawing order on selection, a cached texture instead of
 * a full redraw while the viewport moves when most of the graph is in view, and frames drawn only from the
 * elements near the view (drawInView.ts). The style side is in stylesheet.ts (bigGraphRules); elements are
 * added in chunks (useStreamedElements.ts) and the camera opens at reading size (model/openingView.ts). The
 * reader is told all this in a notice (bigGraphNotice) and in the legend. Measured with `npm run bench`.
 */
import type { GraphModel } from "../model/schema";
import { formatCount } from "../model/formatCount";

/** Nodes plus edges from which a graph counts as big: about 700 nodes at two edges per node. */
export const BIG_GRAPH_ELEMENTS = 2000;

/** Whether the model is big enough for the fast settings. */
export function isBigModel(model: GraphModel): boolean {
  return model.nodes.length + model.edges.length >= BIG_GRAPH_ELEMENTS;
}

/** What a reader is told on opening a big graph: why it looks and starts differently from a small one. */
export function bigGraphNotice(model: GraphModel): string {
  return (
    `Large graph (${formatCount(model.nodes.length)} nodes): it opens at reading size around ` +
    "its middle; press 0 or Fit to see all of it. To keep it fast, lines are drawn plain and cannot be clicked."
  );
}

/** Core options for big graphs (react-cytoscapejs passes them to the constructor). */
export const BIG_GRAPH_CORE_OPTIONS = {
  // While panning and zooming, move a snapshot of the canvas instead of redrawing every element.
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  // Device pixels beyond 1 multiply the fill cost; detail is invisible at the zoom a big graph is seen at.
  pixelRatio: 1,
} as const;
