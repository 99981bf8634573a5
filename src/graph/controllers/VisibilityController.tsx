/**
 * Applies filters and focus to the canvas by toggling a class: elements are never removed or re-added.
 * Changing the focus also brings the focused neighbourhood into view.
 */
import { useEffect, useRef } from "react";
import type { SingularElementArgument } from "cytoscape";
import { useFocus } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { prefersMotion, useCy } from "../CyContext";

/** Renders nothing; hides what the filters hide. */
export function VisibilityController() {
  const cy = useCy();
  const visibility = useVisibility();
  const focus = useFocus();
  const lastFocus = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!visibility || cy.destroyed()) return;
    // Only elements whose state changes are touched: at start-up, with everything shown, none are restyled.
    const shown = (e: SingularElementArgument) =>
      e.isNode() ? visibility.nodes.has(e.id()) : visibility.edges.has(e.id());
    const hide = cy.elements().filter((e) => !e.hasClass("hidden") && !shown(e));
    const show = cy.elements(".hidden").filter((e) => shown(e));
    if (hide.empty() && show.empty()) return;
    cy.batch(() => {
      hide.addClass("hidden");
      show.removeClass("hidden");
    });
  }, [cy, visibility]);

  useEffect(() => {
    const key = focus ? `${focus.id}/${focus.depth}` : "";
    const first = lastFocus.current === undefined;
    if (lastFocus.current === key) return;
    lastFocus.current = key;
    // At start-up the layout controller fits the view; afterwards a new focus deserves a new frame.
    if (first || cy.destroyed()) return;
    cy.animate({ fit: { eles: cy.elements(":visible"), padding: 30 } }, { duration: prefersMotion() ? 300 : 0 });
  }, [cy, focus]);

  return null;
}
