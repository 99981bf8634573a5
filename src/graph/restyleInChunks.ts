/**
 * Applies a new stylesheet (a theme change) to a big graph a chunk at a time, with the canvas's frames held
 * until every element is done. Replacing the stylesheet leaves every element to be restyled when next drawn
 * or measured: at 20,000 nodes and 40,000 edges Cytoscape did all of them in the next frame, a 5 s task
 * (measured in headless Chromium). Here the page answers input throughout, and the canvas changes theme in one
 * go after the last chunk, aria-busy meanwhile. Two long tasks remain at that size, both inside Cytoscape:
 * replacing the stylesheet (~300 ms: it resets all 60,000 elements) and the first frame after (~300 ms, from
 * ~550 before the chunks' measuring was kept: it drops every element's textures and draws the view anew).
 * `changeInChunks` does the same for any change of many elements, such as the filters' "hidden" class.
 */
import type { Collection, Core } from "cytoscape";
import {
  afterNextFrame,
  flushRendererQueue,
  holdFramesBetweenChunks,
  inTimedChunks,
  type ChunkOptions,
} from "./addInChunks";
import { markCanvasBusy } from "./canvasBusy";
import { markEdgesMeasured, measure } from "./measuredFlags";

export type ChunkedChangeOptions = Omit<ChunkOptions, "aroundChunk" | "onProgress"> & {
  /** Runs right after the last chunk, in its task, before the canvas may draw again. */
  afterLastChunk?: () => void;
  /**
   * Whether each step also empties the renderer's queue of geometry to recompute, so that the first frame
   * after the last chunk has little left to do. Not after a new stylesheet: that queues every element at once.
   */
  flushEachStep?: boolean;
  /** Whether each step's elements stay marked measured (measuredFlags.ts); for a change of every element. */
  keepMeasured?: boolean;
};

/** Re-applies the stylesheet: Cytoscape's `updateStyle`, which its typings leave out. */
const updateStyle = (elements: Collection) => (elements as unknown as { updateStyle(): void }).updateStyle();

/**
 * Runs `change` (a new class, or a new stylesheet to apply) over `elements` a step at a time, in chunks of
 * `budgetMs`, each chunk measuring what it changed so that Cytoscape restyles it there rather than in a frame.
 * The canvas draws nothing until the last chunk. Returns true once all are changed; false when stopped or when
 * `cy` was destroyed.
 */
export async function changeInChunks(
  cy: Core,
  elements: Collection,
  change: (step: Collection) => void,
  // Restyling costs ~80 µs an element: 250 per step.
  {
    budgetMs = 40,
    step = 250,
    flushEachStep = true,
    yieldToPage = afterNextFrame,
    afterLastChunk,
    keepMeasured = false,
    ...timing
  }: ChunkedChangeOptions = {},
): Promise<boolean> {
  const frames = holdFramesBetweenChunks(cy);
  const notBusy = markCanvasBusy(cy);
  // Frames held from now; the first chunk waits for a task of its own, as every chunk does: the caller's task
  // (replacing the stylesheet, ~300 ms at 20,000 nodes; React's commit of a filter click) is long enough.
  frames.hold();
  try {
    const done = await inTimedChunks(
      cy,
      elements.length,
      (from, to) => {
        const next = elements.slice(from, to);
        change(next);
        if (keepMeasured) measure(next);
        else next.boundingBox();
        if (flushEachStep) flushRendererQueue(cy);
      },
      { ...timing, budgetMs, step, yieldToPage, aroundChunk: frames.aroundChunk },
    );
    if (!done) return false;
    afterLastChunk?.();
    // Let go in a later task than the last chunk's: ending the hold restyles whatever changed meanwhile.
    await yieldToPage();
    return !cy.destroyed() && !timing.signal?.aborted;
  } finally {
    frames.release();
    notBusy();
  }
}

/**
 * Restyles every element of `cy` from its current stylesheet (already replaced by the caller), in chunks.
 * Returns true once all are restyled; false when stopped or when `cy` was destroyed.
 */
export function restyleInChunks(cy: Core, options: ChunkedChangeOptions = {}): Promise<boolean> {
  // Nodes first: each edge is then measured after both its ends have their new style, and once the last is,
  // the first frame need not measure any of them again (see measuredFlags.ts).
  const nodes = cy.nodes();
  // Tells the renderer the style changed; changeInChunks's measuring applies it.
  return changeInChunks(cy, nodes.union(cy.edges()), updateStyle, {
    ...options,
    flushEachStep: false,
    keepMeasured: true,
    afterLastChunk: () => markEdgesMeasured(nodes),
  });
}
