/**
 * Where the camera starts on a big graph. Fitting thousands of nodes on one screen shrinks them to dots with
 * no readable label, and every redraw then has to paint all of them; starting at reading size around the
 * middle shows real labels at once and keeps each redraw to what is on screen. Small graphs still fit.
 */
import type { Position } from "./schema";

export interface Viewport {
  zoom: number;
  pan: Position;
}

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
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  if (x1 > x2) return { zoom: 1, pan: { x: width / 2, y: height / 2 } };
  const fit = Math.min((width - 2 * padding) / (x2 - x1 || 1), (height - 2 * padding) / (y2 - y1 || 1));
  const zoom = Math.min(maxZoom, Math.max(fit, READING_ZOOM));
  const centre = { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
  return { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } };
}
