/** The list view's region in the workspace, and the header button that shows or hides it. */
import { useGraph, useListOpen, usePreferenceActions } from "../../state/hooks";
import { PanelBoundary } from "../common/PanelBoundary";
import { LIST_TITLE_ID } from "./focusTargets";
import { ListView } from "./ListView";

/** A labelled region beside the canvas (instead of it on narrow screens). */
export function ListPanel() {
  return (
    <section className="list-panel" aria-labelledby={LIST_TITLE_ID}>
      <PanelBoundary name="The list view">
        <ListView />
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
    <button type="button" aria-pressed={open} onClick={() => setListOpen(!open)} disabled={!graph}>
      List<span className="visually-hidden"> view of the graph</span>
    </button>
  );
}
