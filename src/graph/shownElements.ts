/**
 * What the filters leave on the canvas, and framing it. VisibilityController hides elements with one class,
 * and the stylesheet's rule for that class is the only one that hides anything (an edge is hidden with either
 * end), so a class check says what Cytoscape's ":visible" selector says without reading every element's
 * style: that selector took ~125 ms at 20,000 nodes, on every Fit and, before, on every zoom button.
 */
import type { Collection, Core, Position } from "cytoscape";
import { NODE_METRICS } from "../model/labelBoxes";
import { fitViewport } from "../model/openingView";

/** The class that takes an element off the canvas (stylesheet.ts: display none). */
export const HIDDEN_CLASS = "hidden";

const FIT_PADDING = 30;
/** Room left around a big graph's node centres when framing them, model units: a node with its label below. */
const FIT_REACH = NODE_METRICS.labelMaxWidth / 2;

/** Every element the filters show. */
export function shownElements(cy: Core): Collection {
  return cy.elements().filter((element) => !element.hasClass(HIDDEN_CLASS));
}

/**
 * Moves the view, over `duration` ms, to frame every shown element. A big graph is framed from its nodes'
 * positions: measuring every element's drawn bounds, as Cytoscape's fit does, took ~110 ms at 20,000 nodes.
 * Its shown nodes are found among the nodes alone (an edge is shown only with both ends): checking the
 * class of every element as well took another ~35 ms at 20,000 nodes and 40,000 edges.
 */
export function fitShown(cy: Core, { big, duration }: { big: boolean; duration: number }): void {
  const framed = big
    ? fitViewport(
        cy.nodes().reduce<Position[]>((shown, node) => {
          if (!node.hasClass(HIDDEN_CLASS)) shown.push(node.position());
          return shown;
        }, []),
        cy.width(),
        cy.height(),
        { padding: FIT_PADDING, reach: FIT_REACH, minZoom: cy.minZoom(), maxZoom: cy.maxZoom() },
      )
    : null;
  cy.animate(framed ?? { fit: { eles: shownElements(cy), padding: FIT_PADDING } }, { duration });
}
