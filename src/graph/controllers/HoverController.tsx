/** Shows an edge's label while the pointer is over it, and a node's edge labels while over the node. */
import { useEffect } from "react";
import type { EventObject } from "cytoscape";
import { useCy } from "../CyContext";

/** Renders nothing; adds and removes the "hover" class. */
export function HoverController() {
  const cy = useCy();
  useEffect(() => {
    const over = (event: EventObject) => {
      const target = event.target;
      target.addClass("hover");
      if (target.isNode()) target.connectedEdges().addClass("hover");
      cy.container()?.classList.add("pointer");
    };
    const out = (event: EventObject) => {
      const target = event.target;
      target.removeClass("hover");
      if (target.isNode()) target.connectedEdges().removeClass("hover");
      cy.container()?.classList.remove("pointer");
    };
    cy.on("mouseover", "node, edge", over);
    cy.on("mouseout", "node, edge", out);
    return () => {
      cy.off("mouseover", "node, edge", over);
      cy.off("mouseout", "node, edge", out);
    };
  }, [cy]);
  return null;
}
