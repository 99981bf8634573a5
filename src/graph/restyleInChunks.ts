/**
 * Applies a new stylesheet (a theme change) to a big graph a chunk at a time, with the canvas's frames held
 * until every element is done. Replacing the stylesheet leaves every element to be restyled when next drawn
 * or measured: at 20,000 nodes and 40,000 edges Cytoscape did all of them in the next frame, a 5 s task
 * (measured in headless Chromium). Here the page answers input throughout, and the canvas changes theme in one
 * go after the last chunk. Two long tasks remain at that size, both inside Cytoscape: replacing the stylesheet
 * (~300 ms: it resets all 60,000 elements) and the first frame after (~550 ms: it re-measures every edge).
 */
import type { Core } from "cytoscape";
import { afterNextFrame, holdFramesBetweenChunks } from "./addInChunks";

export interface RestyleOptions {
  /** Time one chunk may take, in ms: it stops after the step that crosses it. */
  budgetMs?: number;
  /** Elements restyled per step (~80 µs each). */
  step?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Stops restyling (another theme, or the view unmounted): the frames are let go, and the rest is left. */
  signal?: AbortSignal;
}

/**
 * Restyles every element of `cy` from its current stylesheet (already replaced by the caller), in chunks.
 * Returns true once all are restyled; false when stopped or when `cy` was destroyed.
 */
export async function restyleInChunks(
  cy: Core,
  {
    budgetMs = 40,
    step = 250,
    now = () => performance.now(),
    yieldToPage = afterNextFrame,
    signal,
  }: RestyleOptions = {},
): Promise<boolean> {
  const elements = cy.elements();
  const frames = holdFramesBetweenChunks(cy);
  try {
    for (let done = 0; done < elements.length;) {
      const start = now();
      frames.aroundChunk(() => {
        do {
          const next = elements.slice(done, done + step);
          // Tells the renderer the style changed; measuring applies it now, in this chunk, not in a frame.
          (next as unknown as { updateStyle(): void }).updateStyle();
          next.boundingBox();
          done += next.length;
        } while (done < elements.length && now() - start < budgetMs);
      });
      await yieldToPage();
      if (cy.destroyed() || signal?.aborted) return false;
    }
    return true;
  } finally {
    frames.release();
  }
}
