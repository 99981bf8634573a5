/**
 * Big graphs are handed to Cytoscape in chunks after the canvas exists (addInChunks.ts); once they are in,
 * LayoutController frames them (openingView.ts). Small graphs go in whole, through react-cytoscapejs's
 * `elements` prop.
 *
 * Cytoscape draws nothing while elements arrive, nor until the view says the controllers are in place
 * (`releaseFrames`): every frame re-sorts all elements by z-index and tests each against the view, even with
 * the camera on empty space. At 20,000 nodes and 40,000 edges that grew to ~250 ms a frame, and the graph
 * appeared after 13 s instead of ~9 s; the frames between the last chunk, the framing of the view and the
 * first styled drawing cost ~400 ms each on top. Held, there is one drawing, of the finished view, from the
 * elements near it (drawInView.ts: ~570 ms at 20,000 nodes when it drew from all of them).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Core, ElementDefinition } from "cytoscape";
import type { FrameHold } from "./addInChunks";

export interface StreamProgress {
  done: number;
  total: number;
}

export interface StreamedElements {
  /** Elements added so far, until every element is in; then null. Always null for a small graph. */
  drawing: StreamProgress | null;
  /** Lets Cytoscape draw again: call once the controllers have run (a no-op for small graphs, and after once). */
  releaseFrames: () => void;
}

/** For a `big` graph, adds `elements` to `cy` in chunks, holding its frames, and reports the progress. */
export function useStreamedElements(
  cy: Core | null,
  elements: readonly ElementDefinition[],
  big: boolean,
): StreamedElements {
  const [drawing, setDrawing] = useState<StreamProgress | null>(() =>
    big ? { done: 0, total: elements.length } : null,
  );
  const hold = useRef<FrameHold | null>(null);
  useEffect(() => {
    if (!big || !cy || cy.destroyed()) return;
    // While elements arrive the camera looks at empty space; LayoutController's first run, once every element
    // is in, brings it to the graph.
    cy.viewport({ zoom: 1, pan: { x: -1e7, y: -1e7 } });
    // StrictMode runs this twice on one instance: the second run adds only what the first did not. An empty
    // canvas, the usual case, needs no lookups (60,000 of them for a 20,000-node graph).
    const missing = cy.elements().empty() ? elements : elements.filter((e) => cy.getElementById(e.data.id!).empty());
    const stop = new AbortController();
    const already = elements.length - missing.length;
    let undo = () => {};
    // The streaming code and the big-graph renderer load with the first big graph (streamInto.ts).
    void import("./streamInto").then(({ streamInto }) => {
      if (stop.signal.aborted || cy.destroyed()) return;
      const streaming = streamInto(cy, missing, {
        total: elements.length,
        signal: stop.signal,
        onProgress: (done) => setDrawing({ done: already + done, total: elements.length }),
        onComplete: () => setDrawing(null),
      });
      hold.current = streaming.frames;
      undo = streaming.undo;
    });
    return () => {
      stop.abort();
      undo();
    };
  }, [cy, elements, big]);
  const releaseFrames = useCallback(() => hold.current?.release(), []);
  return { drawing, releaseFrames };
}
