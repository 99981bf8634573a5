/**
 * Adds thousands of elements to Cytoscape without freezing the page. One `cy.add` of 15,000 elements styles
 * them all in a single task (over a second here); adding a chunk per task, sized from how long the last chunk
 * took, keeps every task short and lets the canvas draw and the page answer input in between.
 */
import type { Core, ElementDefinition } from "cytoscape";

export interface ChunkOptions {
  /** Target time for one chunk's `cy.add`, in ms. */
  budgetMs?: number;
  /** Elements in the first chunk, before any timing is known. */
  firstChunk?: number;
  /** Called after every chunk with the number of elements added so far. */
  onProgress?: (done: number, total: number) => void;
  /** Waits before each chunk; by default until the next frame has been drawn. */
  yieldToPage?: () => Promise<void>;
  /** Stops adding (the view unmounted or re-ran its effect). */
  signal?: AbortSignal;
}

const MIN_CHUNK = 100;

/** Resolves after the next frame: the canvas draws in it, and queued input runs before the next task. */
export const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Adds `elements` (nodes before the edges that join them, as toElements orders them) in timed chunks.
 * Returns true once everything is added; false when stopped by `signal` or when `cy` was destroyed.
 */
export async function addInChunks(
  cy: Core,
  elements: readonly ElementDefinition[],
  { budgetMs = 80, firstChunk = 400, onProgress, yieldToPage = afterNextFrame, signal }: ChunkOptions = {},
): Promise<boolean> {
  let size = firstChunk;
  for (let done = 0; done < elements.length;) {
    // Yield first, too: the caller's task (opening a file: React's render and commit) is long enough already.
    await yieldToPage();
    if (cy.destroyed() || signal?.aborted) return false;
    const chunk = elements.slice(done, done + size);
    const start = performance.now();
    // Cytoscape styles and measures new elements lazily, in the next frame's draw; asking for their bounds
    // does that work here instead, so it is timed with the chunk rather than piling onto one frame.
    cy.add(chunk as ElementDefinition[]).boundingBox();
    const took = Math.max(1, performance.now() - start);
    done += chunk.length;
    // Edges cost more than nodes: grow by at most half again per chunk, in case the next kind is dearer.
    size = Math.max(MIN_CHUNK, Math.min(Math.round(size * 1.5), Math.round((chunk.length * budgetMs) / took)));
    onProgress?.(done, elements.length);
  }
  return !cy.destroyed() && !signal?.aborted;
}
