/**
 * A fitted view follows the canvas's size. When the reader opens beside the canvas, the list view takes its
 * share, or a notice pushes it down, the canvas changes size. A view the reader has panned or zoomed keeps its
 * middle (containerSize.ts). But a view that still shows the whole graph as Fit framed it should go on showing
 * the whole graph: keeping its middle in a canvas half as wide cut the brief's outer nodes off on both sides.
 * So each fit is remembered with the way to redo it, and a resize redoes it if the view is still the fitted one,
 * unless fitting again would shrink the drawing by more than a fifth: the reader opening beside a desktop
 * canvas halves it, and the whole brief fitted there has labels too small to draw. Then the view keeps its zoom
 * and middle, as any other, and the labels stay readable.
 */
import type { Core } from "cytoscape";
import type { Viewport } from "../../model/geometry/framing";

interface Fitted extends Viewport {
  refit: () => Viewport | null;
}

const fitted = new WeakMap<Core, Fitted>();

/** The least share of its zoom a fitted view keeps when the canvas shrinks. */
const LEAST_ZOOM_KEPT = 0.8;

/** Sets (or, over `duration` ms, animates to) `viewport`, a fit that `refit` redoes for the canvas's size then. */
export function applyFit(cy: Core, viewport: Viewport, refit: () => Viewport | null, duration = 0): void {
  fitted.set(cy, { ...viewport, refit });
  if (duration > 0) cy.animate(viewport, { duration });
  else cy.viewport(viewport);
}

/** Whether the view is the one the last fit set: the reader has not moved it since (nor has anything else). */
function untouched(cy: Core, fit: Fitted): boolean {
  const { x, y } = cy.pan();
  return (
    Math.abs(cy.zoom() - fit.zoom) <= 1e-9 * fit.zoom && Math.abs(x - fit.pan.x) < 0.5 && Math.abs(y - fit.pan.y) < 0.5
  );
}

/** Fits again, for the canvas's size now, if the view is still the last fit's; says whether it did. */
export function refitIfUntouched(cy: Core): boolean {
  const fit = fitted.get(cy);
  if (!fit) return false;
  if (!untouched(cy, fit)) {
    fitted.delete(cy);
    return false;
  }
  const viewport = fit.refit();
  if (!viewport || viewport.zoom < fit.zoom * LEAST_ZOOM_KEPT) {
    fitted.delete(cy);
    return false;
  }
  applyFit(cy, viewport, fit.refit);
  return true;
}
