/** The list view's region in the workspace, and the header button that shows or hides it. */
import { useGraph, useListOpen, usePreferenceActions } from "../../state/hooks";
import { PanelBoundary } from "../common/PanelBoundary";
import { LIST_TITLE_ID, focusListEntry } from "./focusTargets";
import { Suspense, lazy } from "react";

// Loaded when first opened, as the reader is: the start-up bundle has a budget.
const ListView = lazy(() => import("./ListView").then((m) => ({ default: m.ListView })));

/** A labelled region beside the canvas (instead of it on narrow screens). */
export function ListPanel() {
  return (
    <section className="list-panel" aria-labelledby={LIST_TITLE_ID}>
      <PanelBoundary name="The list view">
        <Suspense fallback={<p role="status">Opening the list…</p>}>
          <ListView />
        </Suspense>
      </PanelBoundary>
    </section>
  );
}

/** A toggle button, pressed while the list is shown. */
export function ListToggle() {
  const graph = useGraph();
  const open = useListOpen();
  const { setListOpen } = usePreferenceActions();
  return (
    <button
      type="button"
      aria-pressed={open}
      onClick={() => {
        setListOpen(!open);
        if (!open) void focusListEntry();
      }}
      disabled={!graph}
    >
      List<span className="visually-hidden"> view of the graph</span>
    </button>
  );
}
