/**
 * What the page floats over the canvas: the UI marks each such box with `data-canvas-overlay` inside the
 * element marked `data-canvas-stage` that holds the canvas. Read for Fit (model/clearOfOverlays.ts).
 */
import type { Core } from "cytoscape";
import type { ScreenRect } from "../model/clearOfOverlays";

/** Each overlay's box relative to the canvas's top-left corner; a hidden one measures empty. */
export function canvasOverlays(cy: Core): ScreenRect[] {
  const container = cy.container();
  const stage = container?.closest("[data-canvas-stage]");
  if (!container || !stage) return [];
  const canvas = container.getBoundingClientRect();
  return [...stage.querySelectorAll("[data-canvas-overlay]")].map((overlay) => {
    const box = overlay.getBoundingClientRect();
    return {
      left: box.left - canvas.left,
      top: box.top - canvas.top,
      right: box.right - canvas.left,
      bottom: box.bottom - canvas.top,
    };
  });
}
