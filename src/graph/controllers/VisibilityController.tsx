/**
 * Applies filters and focus to the canvas by toggling a class: elements are never removed or re-added.
 * Changing the focus also brings the focused neighbourhood into view.
 */
import { useEffect, useRef } from "react";
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
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        n.toggleClass("hidden", !visibility.nodes.has(n.id()));
      });
      cy.edges().forEach((e) => {
        e.toggleClass("hidden", !visibility.edges.has(e.id()));
      });
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
