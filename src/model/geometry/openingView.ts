/**
 * Where the camera starts on a big graph. Fitting thousands of nodes on one screen shrinks them to dots with
 * no readable label, and every redraw then has to paint all of them; starting at reading size around the
 * middle shows real labels at once and keeps each redraw to what is on screen. Small graphs still fit.
 */
import { boundsOf, framing, type Viewport } from "./framing";
import type { Position } from "../brief/schema";

/** Zoom at which node labels (11 px) are drawn at full size. */
export const READING_ZOOM = 1;

/**
 * The viewport that fits every position (plus `padding` pixels) in a `width` × `height` view, unless that
 * zoom is below reading size: then the middle of the graph at `READING_ZOOM`. Never above `maxZoom`.
 */
export function openingViewport(
  positions: Iterable<Position>,
  width: number,
  height: number,
  { padding = 30, maxZoom = 1.5 } = {},
): Viewport {
  const box = boundsOf(positions);
  if (!box) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  return framing(box, width, height, padding, (fit) => Math.min(maxZoom, Math.max(fit, READING_ZOOM)));
}
