/**
 * Mirrors the viewport (zoom and pan) onto the canvas container as data attributes. The canvas itself is
 * opaque to the page, so end-to-end tests and the benchmark read the view from here.
 */
import { useEffect } from "react";
import { useCy } from "../CyContext";

/** Renders nothing; keeps `data-zoom`, `data-pan-x` and `data-pan-y` on cy's container current. */
export function ViewportReportController() {
  const cy = useCy();
  useEffect(() => {
    const container = cy.container();
    if (!container) return undefined;
    const report = () => {
      const pan = cy.pan();
      container.dataset.zoom = cy.zoom().toFixed(3);
      container.dataset.panX = pan.x.toFixed(1);
      container.dataset.panY = pan.y.toFixed(1);
    };
    report();
    cy.on("viewport", report);
    return () => {
      cy.off("viewport", report);
    };
  }, [cy]);
  return null;
}
