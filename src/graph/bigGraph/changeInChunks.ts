/**
 * Applies a change to many elements of a big graph (the filters' "hidden" class, the theme's class) a chunk at
 * a time, with the canvas's frames held and the canvas aria-busy until every element is done. Made at once,
 * Cytoscape restyles every changed element in the next frame: a theme change at 20,000 nodes and 40,000 edges
 * was a 5 s task (measured in headless Chromium). Here the page answers input throughout, and the canvas
 * changes in one go after the last chunk.
 */
import type { Collection, Core } from "cytoscape";
import { afterNextFrame } from "../../state/afterNextFrame";
import { holdFramesBetweenChunks, inTimedChunks, type ChunkOptions } from "./addInChunks";
import { flushRendererQueue } from "../renderer/queue";
import { markCanvasBusy } from "./canvasBusy";

export type ChunkedChangeOptions = Omit<ChunkOptions, "aroundChunk" | "onProgress">;

/**
 * Runs `change` (a class added or removed) over `elements` a step at a time, in chunks of `budgetMs`, each step
 * measuring what it changed and emptying the renderer's queue of geometry to recompute, so that Cytoscape
 * restyles it there rather than in a frame. The canvas draws nothing until the last chunk. Returns true once
 * all are changed; false when stopped or when `cy` was destroyed.
 */
export async function changeInChunks(
  cy: Core,
  elements: Collection,
  change: (step: Collection) => void,
  // Restyling costs ~80 µs an element: 250 per step.
  { budgetMs = 40, step = 250, yieldToPage = afterNextFrame, ...timing }: ChunkedChangeOptions = {},
): Promise<boolean> {
  const frames = holdFramesBetweenChunks(cy);
  const notBusy = markCanvasBusy(cy);
  // Frames held from now; the first chunk waits for a task of its own, as every chunk does: the caller's task
  // (React's commit of a filter click or a theme choice) is long enough.
  frames.hold();
  try {
    const done = await inTimedChunks(
      cy,
      elements.length,
      (from, to) => {
        const next = elements.slice(from, to);
        change(next);
        next.boundingBox();
        flushRendererQueue(cy);
      },
      { ...timing, budgetMs, step, yieldToPage, aroundChunk: frames.aroundChunk },
    );
    if (!done) return false;
    // Let go in a later task than the last chunk's: ending the hold restyles whatever changed meanwhile.
    await yieldToPage();
    return !cy.destroyed() && !timing.signal?.aborted;
  } finally {
    frames.release();
    notBusy();
  }
}
