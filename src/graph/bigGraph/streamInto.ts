/**
 * Streaming a big graph into Cytoscape: the big-graph renderer installed, frames held between chunks, the
 * elements added in chunks, then the drawing order set once. Loaded with the first big graph
 * (useStreamedElements.ts), so small graphs' start-up carries none of it.
 */
import type { Core, ElementDefinition } from "cytoscape";
import { afterNextFrame } from "../../state/afterNextFrame";
import { installBigGraphRenderer } from "../renderer/bigGraphRenderer";
import { sortForDrawing } from "../renderer/queue";
import { addInChunks, chunkBudgetMs, holdFramesBetweenChunks, type FrameHold } from "./addInChunks";

export interface Streaming {
  frames: FrameHold;
  /** Releases the frames and takes the renderer's patches off. */
  undo: () => void;
}

interface StreamOptions {
  /** Elements in the whole graph, for the chunk budget. */
  total: number;
  signal: AbortSignal;
  onProgress: (added: number) => void;
  /** Every element is in, and the drawing order set. */
  onComplete: () => void;
}

/** Adds `elements` to `cy` in chunks, holding its frames meanwhile. */
export function streamInto(cy: Core, elements: readonly ElementDefinition[], options: StreamOptions): Streaming {
  const frames = holdFramesBetweenChunks(cy);
  // The big-graph renderer, set up before the first chunk: the drawing order after the last one is a list,
  // not a 60,000-element sort, and the first frame draws only what is near the view.
  const uninstall = installBigGraphRenderer(cy);
  void addInChunks(cy, elements, {
    budgetMs: chunkBudgetMs(options.total),
    signal: options.signal,
    aroundChunk: frames.aroundChunk,
    onProgress: options.onProgress,
  }).then(async (complete) => {
    if (!complete) return;
    await afterNextFrame();
    sortForDrawing(cy);
    if (!options.signal.aborted) options.onComplete();
  });
  return {
    frames,
    undo: () => {
      frames.release();
      uninstall();
    },
  };
}
