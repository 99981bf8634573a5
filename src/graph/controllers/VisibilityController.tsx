/**
 * Applies filters and focus to the canvas by toggling a class: elements are never removed or re-added.
 * Changing the focus also brings the focused neighbourhood into view.
 *
 * On a big graph a filter can hide or show tens of thousands of elements, and Cytoscape restyled them all in
 * one task (~650 ms to hide one kind of 20,000 nodes, in headless Chromium); there, after the first run, each
 * change is made in chunks (changeInChunks.ts) and changes are made one after another, the latest wanted
 * state each time.
 */
import { useEffect, useRef } from "react";
import type { Collection, Core } from "cytoscape";
import type { Visibility } from "../../model/query/visibility";
import { useFocus } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { prefersMotion, useCy } from "../CyContext";
import { changeInChunks } from "../bigGraph/changeInChunks";
import { HIDDEN_CLASS, fitShown } from "../camera/shownElements";

/** The elements `visibility` hides. */
function hiddenBy(cy: Core, visibility: Visibility): Collection {
  const all = cy.elements();
  return visibility.nodes.size + visibility.edges.size >= all.length
    ? cy.collection()
    : all.filter((e) => !(e.isNode() ? visibility.nodes.has(e.id()) : visibility.edges.has(e.id())));
}

/** Renders nothing; hides what the filters hide. */
export function VisibilityController({ big }: { big: boolean }) {
  const cy = useCy();
  const visibility = useVisibility();
  const focus = useFocus();
  const lastFocus = useRef<string | undefined>(undefined);

  // What carries the "hidden" class now, kept here rather than found with a selector: on a big graph each
  // selector and filter visits every element (two passes over 60,000 took ~60 ms when the view mounted).
  const hidden = useRef<{ cy: Core; now: Collection }>({ cy, now: cy.collection() });
  // The filters' latest state: a chunked change that starts late makes this one, not the one it was queued for.
  const wanted = useRef(visibility);
  // A big graph's changes, one after another; the focus's framing waits for the change it comes with.
  const changing = useRef<Promise<unknown>>(Promise.resolve());
  const first = useRef(true);

  useEffect(() => {
    wanted.current = visibility;
    if (!visibility || cy.destroyed()) return;
    if (hidden.current.cy !== cy) hidden.current = { cy, now: cy.collection() };
    // Only elements whose state changes are touched: at start-up, with everything shown, none are restyled.
    const differences = () => {
      const { now } = hidden.current;
      const next = hiddenBy(cy, wanted.current!);
      hidden.current.now = next;
      return { hide: next.difference(now), show: now.difference(next) };
    };
    const inOneGo = !big || first.current;
    first.current = false;
    if (inOneGo) {
      const { hide, show } = differences();
      if (hide.empty() && show.empty()) return;
      cy.batch(() => {
        hide.addClass(HIDDEN_CLASS);
        show.removeClass(HIDDEN_CLASS);
      });
      return;
    }
    changing.current = changing.current.then(() => {
      if (cy.destroyed() || !wanted.current) return;
      const { hide, show } = differences();
      return changeInChunks(cy, hide.union(show), (step) => {
        step.intersection(hide).addClass(HIDDEN_CLASS);
        step.intersection(show).removeClass(HIDDEN_CLASS);
      });
    });
  }, [cy, visibility, big]);

  useEffect(() => {
    const key = focus ? `${focus.id}/${focus.depth}` : "";
    const initial = lastFocus.current === undefined;
    if (lastFocus.current === key) return;
    lastFocus.current = key;
    // At start-up the layout controller fits the view; afterwards a new focus deserves a new frame.
    if (initial || cy.destroyed()) return;
    void changing.current.then(() => {
      if (cy.destroyed()) return;
      fitShown(cy, { big, duration: prefersMotion() ? 300 : 0 });
    });
  }, [cy, focus, big]);

  return null;
}
