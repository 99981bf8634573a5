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

  // What carries the "hidden" class now, kept here rather than found with a selector: on a big graph each
  // selector and filter visits every element (two passes over 60,000 took ~60 ms when the view mounted).
  const hidden = useRef({ cy, now: cy.collection() });
  useEffect(() => {
    if (!visibility || cy.destroyed()) return;
    if (hidden.current.cy !== cy) hidden.current = { cy, now: cy.collection() };
    const { now } = hidden.current;
    // Only elements whose state changes are touched: at start-up, with everything shown, none are restyled.
    const all = cy.elements();
    const next =
      visibility.nodes.size + visibility.edges.size >= all.length
        ? cy.collection()
        : all.filter((e) => !(e.isNode() ? visibility.nodes.has(e.id()) : visibility.edges.has(e.id())));
    hidden.current.now = next;
    const hide = next.difference(now);
    const show = now.difference(next);
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
