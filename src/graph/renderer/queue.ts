/**
 * Asking the renderer to do now what it would do in the next frame: recompute queued geometry, sort the
 * drawing order. Used while a big graph is added in chunks (bigGraph/addInChunks.ts), so the work is timed
 * with each chunk instead of piling onto one frame.
 */
import type { Core } from "cytoscape";
import { MissingInternal, rendererOf, reportMissing } from "./internals";

interface QueueRenderer {
  flushRenderedStyleQueue?: () => void;
  getCachedZSortedEles?: () => unknown;
}

/** Calls the renderer's `name`; where it is missing, says so once in the console and skips it (a slower frame). */
function callRenderer(cy: Core, name: keyof QueueRenderer): void {
  const renderer = rendererOf<QueueRenderer>(cy);
  const method = renderer?.[name];
  if (typeof method === "function") method.call(renderer);
  else if (cy.container())
    reportMissing(new MissingInternal([`renderer.${name}`]), "Its work is left to the next frame.");
}

/** Flushes the renderer's queue of geometry to recompute (edge end points: ~150 ms for 40,000 edges at once). */
export function flushRendererQueue(cy: Core): void {
  callRenderer(cy, "flushRenderedStyleQueue");
}

/**
 * Puts the elements into drawing order now, in a task of its own, rather than in the first frame after the
 * last chunk. A big graph's order is a list built in one pass (drawingOrder.ts), but that still visits every
 * element. Kept until elements are added or removed.
 */
export function sortForDrawing(cy: Core): void {
  if (!cy.destroyed()) callRenderer(cy, "getCachedZSortedEles");
}
