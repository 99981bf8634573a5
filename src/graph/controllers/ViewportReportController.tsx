/**
 * Mirrors the viewport (zoom and pan) onto the canvas element as data attributes. The canvas itself is
 * opaque to the page, so end-to-end tests and the benchmark read the view from here.
 */
import { useEffect, type RefObject } from "react";
import { useCy } from "../CyContext";

/**
 * Renders nothing; keeps `data-zoom`, `data-pan-x` and `data-pan-y` on `target` current. Not on Cytoscape's
 * own container: Cytoscape watches that element's attributes and answers any change with a resize, a full
 * redraw 100 ms later, after every pan and zoom (~400 ms each at 20,000 nodes).
 */
export function ViewportReportController({ target }: { target: RefObject<HTMLElement | null> }) {
  const cy = useCy();
  useEffect(() => {
    const element = target.current;
    if (!element) return undefined;
    const report = () => {
      const pan = cy.pan();
      element.setAttribute("data-zoom", cy.zoom().toFixed(3));
      element.setAttribute("data-pan-x", pan.x.toFixed(1));
      element.setAttribute("data-pan-y", pan.y.toFixed(1));
    };
    report();
    cy.on("viewport", report);
    return () => {
      cy.off("viewport", report);
    };
  }, [cy, target]);
  return null;
}
