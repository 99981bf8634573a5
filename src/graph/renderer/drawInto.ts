/**
 * Drawing a graph onto any 2D context with Cytoscape's own canvas drawing, so an exported image looks exactly
 * like the screen; cy.png() would cost a PNG encode and decode before the image could be framed.
 */
import type { Core } from "cytoscape";
import { rendererOf, requireMethods } from "./internals";

interface CanvasRenderer {
  drawElements?: (ctx: CanvasRenderingContext2D, eles: unknown) => void;
  getCachedZSortedEles?: () => unknown;
}

/** Draws `cy`'s elements onto `ctx` in drawing order; throws MissingInternal where the renderer cannot. */
export function drawElementsInto(cy: Core, ctx: CanvasRenderingContext2D): void {
  const renderer = requireMethods(rendererOf<CanvasRenderer>(cy), ["drawElements", "getCachedZSortedEles"]);
  // Bounding boxes bring every element's computed geometry (label wrapping, endpoints) up to date first.
  cy.elements().boundingBox();
  renderer.drawElements.call(renderer, ctx, renderer.getCachedZSortedEles.call(renderer));
}
