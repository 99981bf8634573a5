/** Shows an edge's label while the pointer is over it, and a node's edge labels while over the node. */
import { useEffect, type RefObject } from "react";
import type { EventObject } from "cytoscape";
import { useCy } from "../CyContext";

/**
 * Renders nothing; adds and removes the "hover" class, and the pointer cursor on `target`. Not on Cytoscape's
 * container: a class change there makes Cytoscape resize and redraw everything (see ViewportReportController).
 */
export function HoverController({ target }: { target: RefObject<HTMLElement | null> }) {
  const cy = useCy();
  useEffect(() => {
    const over = (event: EventObject) => {
      const element = event.target;
      element.addClass("hover");
      if (element.isNode()) element.connectedEdges().addClass("hover");
      target.current?.classList.add("pointer");
    };
    const out = (event: EventObject) => {
      const element = event.target;
      element.removeClass("hover");
      if (element.isNode()) element.connectedEdges().removeClass("hover");
      target.current?.classList.remove("pointer");
    };
    cy.on("mouseover", "node, edge", over);
    cy.on("mouseout", "node, edge", out);
    return () => {
      cy.off("mouseover", "node, edge", over);
      cy.off("mouseout", "node, edge", out);
    };
  }, [cy, target]);
  return null;
}
