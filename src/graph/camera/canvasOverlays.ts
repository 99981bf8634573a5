/**
 * What the page floats over the canvas: the UI marks each such box with `data-canvas-overlay` inside the
 * element marked `data-canvas-stage` that holds the canvas. Read for Fit (model/clearOfOverlays.ts).
 */
import type { Core } from "cytoscape";
import type { ScreenBox } from "../../model/geometry/keepInView";

/** Each overlay's box relative to the canvas's top-left corner; a hidden one measures empty. */
export function canvasOverlays(cy: Core): ScreenBox[] {
  const container = cy.container();
  const stage = container?.closest("[data-canvas-stage]");
  if (!container || !stage) return [];
  const canvas = container.getBoundingClientRect();
  return [...stage.querySelectorAll("[data-canvas-overlay]")].map((overlay) => {
    const box = overlay.getBoundingClientRect();
    return {
      x1: box.left - canvas.left,
      y1: box.top - canvas.top,
      x2: box.right - canvas.left,
      y2: box.bottom - canvas.top,
    };
  });
}
