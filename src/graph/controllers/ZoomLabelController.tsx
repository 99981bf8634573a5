/**
 * Shows every edge label once the reader zooms in far enough to read them. Cytoscape's own
 * min-zoomed-font-size rounds zoom to powers of two, which shows labels far too early on some screens.
 */
import { useEffect } from "react";
import { useCy } from "../CyContext";

/** Zoom from which edge labels are readable (10 px text at zoom 1). */
const EDGE_LABEL_ZOOM = 1;

/** Renders nothing; toggles the "zoomed-in" class on edges when the zoom crosses the threshold. */
export function ZoomLabelController({ big }: { big: boolean }) {
  const cy = useCy();
  useEffect(() => {
    // On a big graph, restyling every edge at the threshold would stall the zoom; labels show on hover instead.
    if (big) return undefined;
    let shown: boolean | null = null;
    const update = () => {
      const next = cy.zoom() >= EDGE_LABEL_ZOOM;
      if (next === shown) return;
      shown = next;
      cy.batch(() => {
        cy.edges().toggleClass("zoomed-in", next);
      });
    };
    update();
    cy.on("zoom", update);
    return () => {
      cy.off("zoom", update);
    };
  }, [cy, big]);
  return null;
}
