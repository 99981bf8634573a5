/**
 * Draws a big graph's frames from the elements that can meet the view, not from all of them.
 *
 * Cytoscape's canvas renderer visits every element on every frame: it asks each for its bounding box (cached,
 * but checked against a key built from its position) and whether it is visible, then draws those that meet
 * the view. Before that, its layer cache measures the bounds of all elements to decide that a big graph is too
 * big for layers. With 60,000 elements that is ~500 ms per frame even when the camera, at reading size, shows
 * a few hundred; every click, hover and zoom's end pays it. Here the renderer is handed only the elements near
 * the view, picked by their node centres and by the lines between edge end points: a few ms for all of them.
 * When nothing is left out, the renderer's own path (with its layers) is kept. Either way the plain edges are
 * stroked in runs (batchedLines.ts).
 *
 * Renderer internals (internals.ts): installed by install.ts, which reports a missing method and leaves
 * Cytoscape's drawing untouched.
 */
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { NODE_METRICS } from "../../model/geometry/labelBoxes";
import { segmentMeetsBox } from "../../model/geometry/segmentInBox";
import { drawWithBatchedLines, type LineContext } from "./batchedLines";
import { reuseBoundsWithinDraw } from "./boundsWithinDraw";
import { privateRecordOf, rendererOf, requireMethods } from "./internals";

type Element = NodeSingular | EdgeSingular;
interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
type DrawList = (this: DrawingRenderer, context: unknown, eles: Element[], pxRatio: number, extent?: Extent) => void;
/** The renderer's drawing order: every element, and the ones that take pointer events. */
type SortedElements = Element[] & { interactive: Element[] };
type FindNearest = (this: DrawingRenderer, x: number, y: number, interactiveOnly: boolean, isTouch: boolean) => unknown;
interface DrawingRenderer {
  textureOnViewport?: boolean;
  drawCachedElement?: (this: DrawingRenderer, context: unknown, ele: Element, pxRatio: number, extent?: Extent) => void;
  drawLayeredElements?: DrawList;
  drawCachedElements?: DrawList;
  drawCachedNodes?: DrawList;
  getCachedZSortedEles?: (this: DrawingRenderer, forceRecalc?: boolean) => SortedElements;
  findNearestElements?: FindNearest;
}

/** The widest distance, in screen px, at which Cytoscape's hit test picks an element (an edge, by touch). */
const HIT_SLOP_PX = 24;

/**
 * How far past its centre (nodes) or the line between its end points (edges) an element can draw, in model
 * units: the largest node's half size, its label below it (40 characters wrap to at most three lines at the
 * label width, and an unbroken one overhangs by less than this on each side), borders, the selection's halo.
 * Generous on purpose: an element kept for nothing costs only Cytoscape's own bounds check.
 */
export const DRAW_REACH =
  NODE_METRICS.recommendationSize +
  NODE_METRICS.labelGap +
  4 * NODE_METRICS.fontSize * NODE_METRICS.lineHeight +
  NODE_METRICS.labelMaxWidth;

/** Cytoscape's own record of an element, as far as it is read here. */
interface ElementRecord {
  position?: { x: number; y: number };
  source?: unknown;
  target?: unknown;
}
/** Read directly: Cytoscape's accessors (`edge.source()`) build a collection per call, ~25 ms per 60,000. */
const recordOf = (ele: unknown) => privateRecordOf<ElementRecord>(ele);

/**
 * Each element of `eles` as a segment, four numbers apiece: an edge from its source's centre to its target's,
 * a node as the point at its centre, NaN for a record that cannot be read.
 */
function segmentsOf(eles: readonly Element[]): Float64Array {
  const out = new Float64Array(eles.length * 4).fill(NaN);
  eles.forEach((ele, i) => {
    const record = recordOf(ele);
    const a = record?.source ? recordOf(record.source)?.position : record?.position;
    const b = record?.target ? recordOf(record.target)?.position : record?.position;
    if (!a || !b) return;
    // Four writes, not out.set([...]): no array per element, for 60,000 of them.
    out[i * 4] = a.x;
    out[i * 4 + 1] = a.y;
    out[i * 4 + 2] = b.x;
    out[i * 4 + 3] = b.y;
  });
  return out;
}

/** The elements of `eles`, in their drawing order, that can draw inside `extent`; `segments` from segmentsOf. */
export function elementsMeetingView(
  eles: readonly Element[],
  extent: Extent,
  segments: Float64Array = segmentsOf(eles),
  reach = DRAW_REACH,
): Element[] {
  const box = { x1: extent.x1 - reach, y1: extent.y1 - reach, x2: extent.x2 + reach, y2: extent.y2 + reach };
  const kept: Element[] = [];
  for (let i = 0, at = 0; i < eles.length; i++, at += 4) {
    // Big graphs draw straight edges between node centres (stylesheet.ts, haystack): the line itself must pass
    // near the view, not just its bounding box. An unreadable record is left to Cytoscape's own test. Read in
    // place, with no array per element: this runs over every element on every frame.
    const ax = segments[at]!;
    if (Number.isNaN(ax) || segmentMeetsBox(ax, segments[at + 1]!, segments[at + 2]!, segments[at + 3]!, box))
      kept.push(eles[i]!);
  }
  return kept;
}

/**
 * segmentsOf, kept per list: the renderer hands over the same arrays frame after frame until elements are
 * added, removed or restyled in depth; `stale()` forgets them all when a node moves.
 */
function segmentCache() {
  let byList = new WeakMap<readonly Element[], Float64Array>();
  return {
    of(eles: readonly Element[]): Float64Array {
      let segments = byList.get(eles);
      if (!segments) byList.set(eles, (segments = segmentsOf(eles)));
      return segments;
    },
    stale() {
      byList = new WeakMap();
    },
  };
}

/**
 * Makes `cy`'s renderer draw, and look for what is under the pointer, only among the elements near the view
 * or the pointer. Returns the undo; throws MissingInternal, patching nothing, when the renderer lacks a method
 * it needs.
 */
export function drawOnlyNearTheView(cy: Core): () => void {
  const found = rendererOf<DrawingRenderer>(cy);
  const {
    drawLayeredElements: layered,
    drawCachedElements: cached,
    drawCachedNodes: nodesOnly,
    drawCachedElement: drawOne,
    getCachedZSortedEles: sorted,
    findNearestElements: findNearest,
  } = requireMethods(found, [
    "drawLayeredElements",
    "drawCachedElements",
    "drawCachedNodes",
    "drawCachedElement",
    "getCachedZSortedEles",
    "findNearestElements",
  ]);
  const renderer = found!;
  // Before anything is patched: it throws where Cytoscape's collections have no boundingBox.
  const bounds = reuseBoundsWithinDraw(cy);

  const segments = segmentCache();
  const forgetSegments = () => segments.stale();
  cy.on("position add remove", forgetSegments);
  const near = (eles: Element[], extent: Extent, reach?: number) =>
    elementsMeetingView(eles, extent, segments.of(eles), reach);
  // A new drawing order's segments are taken as the order is made, in the task that asks for it (after a big
  // graph's last chunk, useStreamedElements), not in the first frame that draws from it: ~30 ms at 20,000
  // nodes, taken out of the longest task of the load.
  const ordered = function (this: DrawingRenderer, forceRecalc?: boolean) {
    const list = sorted.call(this, forceRecalc);
    segments.of(list);
    return list;
  };
  renderer.getCachedZSortedEles = ordered;
  // What Cytoscape's drawCachedElements does, with the plain edges stroked in runs.
  const drawList: DrawList = function (context, eles, pxRatio, extent) {
    drawWithBatchedLines(context as LineContext, eles, (ele) => drawOne.call(this, context, ele, pxRatio, extent));
  };
  const snapshots = renderer.textureOnViewport;
  const drawLayered: DrawList = function (context, eles, pxRatio, extent) {
    const inView = extent ? near(eles, extent) : eles;
    // A pan or zoom that moves a snapshot of the canvas (textureOnViewport) starts by measuring every element
    // (~150 ms for 60,000, for a box Cytoscape never reads). That pays only when most of the graph is in view;
    // otherwise redrawing the few near the view each frame is cheaper. Decided here, for the next gesture.
    if (snapshots) this.textureOnViewport = inView.length * 2 > eles.length;
    // The layer cache needs the whole list; with everything in view its layers are worth having.
    if (inView.length === eles.length) layered.call(this, context, eles, pxRatio, extent);
    else drawList.call(this, context, inView, pxRatio, extent);
  };
  renderer.drawLayeredElements = function (context, eles, pxRatio, extent) {
    bounds.during(() => drawLayered.call(this, context, eles, pxRatio, extent));
  };
  renderer.drawCachedElements = function (context, eles, pxRatio, extent) {
    bounds.during(() => drawList.call(this, context, extent ? near(eles, extent) : eles, pxRatio, extent));
  };
  renderer.drawCachedNodes = function (context, eles, pxRatio, extent) {
    bounds.during(() => nodesOnly.call(this, context, extent ? near(eles, extent) : eles, pxRatio, extent));
  };
  // Every mouse move, press and release hit-tests the whole drawing order (~90 ms each for 20,000 nodes);
  // the search reads that order from getCachedZSortedEles, so for its length that returns the elements near
  // the pointer (only the list the search will read: the interactive ones, or all).
  renderer.findNearestElements = function (x, y, interactiveOnly, isTouch) {
    const all = ordered.call(this);
    const point = { x1: x, y1: y, x2: x, y2: y };
    const reach = DRAW_REACH + HIT_SLOP_PX / cy.zoom();
    const list: SortedElements = interactiveOnly
      ? Object.assign([], { interactive: near(all.interactive, point, reach) })
      : Object.assign(near(all, point, reach), { interactive: [] });
    this.getCachedZSortedEles = () => list;
    try {
      return findNearest.call(this, x, y, interactiveOnly, isTouch);
    } finally {
      this.getCachedZSortedEles = ordered;
    }
  };
  return () => {
    bounds.release();
    cy.off("position add remove", forgetSegments);
    renderer.textureOnViewport = snapshots;
    renderer.findNearestElements = findNearest;
    renderer.getCachedZSortedEles = sorted;
    renderer.drawLayeredElements = layered;
    renderer.drawCachedElements = cached;
    renderer.drawCachedNodes = nodesOnly;
  };
}
