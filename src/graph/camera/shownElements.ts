/**
 * What the filters leave on the canvas, and framing it. VisibilityController hides elements with one class,
 * and the stylesheet's rule for that class is the only one that hides anything (an edge is hidden with either
 * end), so a class check says what Cytoscape's ":visible" selector says without reading every element's
 * style: that selector took ~125 ms at 20,000 nodes, on every Fit and, before, on every zoom button.
 */
import type { Collection, Core, NodeSingular, Position } from "cytoscape";
import { NODE_METRICS } from "../../model/geometry/labelBoxes";
import { fitPositions, frameClearOf } from "../../model/geometry/clearOfOverlays";
import type { Bounds, Viewport } from "../../model/geometry/framing";
import { canvasOverlays } from "./canvasOverlays";
import { applyFit } from "./fittedView";

/** The class that takes an element off the canvas (stylesheet.ts: display none). */
export const HIDDEN_CLASS = "hidden";

const FIT_PADDING = 30;
/** Room left around a big graph's node centres when framing them, model units: a node with its label below. */
const FIT_REACH = NODE_METRICS.labelMaxWidth / 2;

/** Every element the filters show. */
export function shownElements(cy: Core): Collection {
  return cy.elements().filter((element) => !element.hasClass(HIDDEN_CLASS));
}

/** Screen pixels a small graph's Fit keeps right of and below its shapes, for the outermost labels. */
const LABEL_ROOM = { right: 40, bottom: 16 };

/** Box in model units, from Cytoscape's bounding box. */
const bounds = ({ x1, y1, x2, y2 }: { x1: number; y1: number; x2: number; y2: number }): Bounds => ({ x1, y1, x2, y2 });

/**
 * The view that frames every shown element, clear of what floats over the canvas when a node would be under
 * it (model/clearOfOverlays.ts); null when nothing is shown. A big graph is framed from its nodes' positions:
 * measuring every element's drawn bounds, as Cytoscape's fit does, took ~110 ms at 20,000 nodes. Its shown
 * nodes are found among the nodes alone (an edge is shown only with both ends): checking the class of every
 * element as well took another ~35 ms at 20,000 nodes and 40,000 edges.
 */
export function shownFraming(
  cy: Core,
  { big, padding, only }: { big: boolean; padding: number; only?: NodeFilter },
): Viewport | null {
  const [width, height, overlays] = [cy.width(), cy.height(), canvasOverlays(cy)];
  const zooms = { padding, minZoom: cy.minZoom(), maxZoom: Math.min(cy.maxZoom(), MOST_FIT_ZOOM) };
  if (big) {
    const positions = cy.nodes().reduce<Position[]>((shown, node) => {
      if (!node.hasClass(HIDDEN_CLASS)) shown.push(node.position());
      return shown;
    }, []);
    return fitPositions(positions, width, height, { ...zooms, reach: FIT_REACH }, overlays);
  }
  const all = shownElements(cy);
  const some = only ? all.nodes().filter((node) => only(node)) : all;
  // One or two accepted nodes frame nothing of the graph around them: then all of it.
  const shown = some.nodes().length < FEWEST_FRAMED ? all : some;
  if (shown.empty()) return null;
  // Shapes only: labels are drawn at a constant size on screen and only where they fit (LabelController), so
  // the same graph always frames the same way, whichever labels the last view drew. A little room is kept
  // right of and below the shapes, where the outermost labels go.
  const nodes = shown.nodes().map((node) => bounds(node.boundingBox({ includeLabels: false })));
  const content = bounds(shown.boundingBox({ includeLabels: false }));
  return frameClearOf(content, nodes, width, height, overlays, { ...zooms, room: LABEL_ROOM });
}

/**
 * The most a fit zooms in: a handful of nodes (a filter that leaves a few, a phone framing one recommendation)
 * fills the canvas with one giant shape at the 4× the reader may zoom to by hand.
 */
const MOST_FIT_ZOOM = 1.5;
/** The fewest nodes an `only` fit frames on their own. */
const FEWEST_FRAMED = 3;

/**
 * Moves the view, over `duration` ms, to frame every shown element (see shownFraming), and keeps it framing
 * them as the canvas changes size until the reader moves it (fittedView.ts).
 */
export function fitShown(cy: Core, { big, duration, padding = FIT_PADDING, only }: FitOptions): void {
  const refit = () => shownFraming(cy, { big, padding, ...(only ? { only } : {}) });
  const framed = refit();
  if (framed) applyFit(cy, framed, refit, duration);
}

/** Which shown nodes to frame. */
type NodeFilter = (node: NodeSingular) => boolean;

interface FitOptions {
  big: boolean;
  /** Frames only the shown nodes it accepts (all of them when it accepts fewer than three); a small graph only. */
  only?: NodeFilter;
  /** Of the move there, in ms; 0 moves at once. */
  duration: number;
  padding?: number;
}
