/**
 * The polite live region: speaks every selection change ("Selected Peacebuilding Commission, UN body, 7
 * connections.") and whatever panels announce (search result counts). Always in the page, so screen readers
 * have registered it before its text changes.
 */
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { describeSelection } from "../../model/view/announcements";
import { sameSelection, type Selection } from "../../model/view/viewState";
import { useAppState, useGraph, useSelection } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { announce, onAnnounce } from "./announcer";

/** A visually hidden role="status" element. */
export function LiveRegion() {
  const [message, setMessage] = useState("");
  useEffect(
    () =>
      // The same words twice in a row would not be spoken again: a trailing no-break space makes them new.
      onAnnounce((text) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text))),
    [],
  );
  useSelectionAnnouncements();
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {message}
    </div>
  );
}

/** Announces selection changes made after the graph is on screen (not the one a shared link opens with). */
function useSelectionAnnouncements(): void {
  const graph = useGraph();
  const canvasReady = useAppState((s) => s.canvasReady);
  const selection = useSelection();
  const visibility = useVisibility();
  // Filters are read for the words only: a filter change alone is not a selection change.
  const speak = useEffectEvent((previous: Selection) => {
    if (graph) announce(describeSelection(graph.index, selection, visibility, previous));
  });
  // The selection last spoken (or opened with), so that a cleared one can say why it went; undefined before.
  const last = useRef<Selection | undefined>(undefined);
  useEffect(() => {
    if (!graph || !canvasReady) return;
    const previous = last.current;
    last.current = selection;
    if (previous === undefined || sameSelection(previous, selection)) return;
    speak(previous);
  }, [graph, canvasReady, selection]);
}
