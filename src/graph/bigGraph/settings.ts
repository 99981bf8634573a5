/**
 * Cytoscape's own speed settings for big graphs (model/query/graphSize.ts says which graphs are big). Drawing,
 * restyling and hit-testing thousands of elements is what makes a software-rendered canvas stutter, so we trade
 * detail for speed: straight, solid "haystack" edges without arrowheads or labels that take no pointer events,
 * node labels only from a larger size on screen, no dimming of the rest of the graph and no change of drawing
 * order on selection, a cached texture instead of a full redraw while the viewport moves when most of the graph
 * is in view, and frames drawn only from the elements near the view (renderer/drawInView.ts). The style side is
 * in stylesheet.ts (bigGraphRules); elements are added in chunks (useStreamedElements.ts) and the camera opens
 * at reading size (model/geometry/openingView.ts). docs/performance.md has the measured gains.
 */

/** Core options for big graphs (react-cytoscapejs passes them to the constructor). */
export const BIG_GRAPH_CORE_OPTIONS = {
  // While panning and zooming, move a snapshot of the canvas instead of redrawing every element.
  textureOnViewport: true,
  hideEdgesOnViewport: true,
  // Device pixels beyond 1 multiply the fill cost; detail is invisible at the zoom a big graph is seen at.
  pixelRatio: 1,
} as const;
