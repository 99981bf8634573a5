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

interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around `positions`, or null when there are none. */
function boundsOf(positions: Iterable<Position>): Bounds | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return x1 > x2 ? null : { x1, y1, x2, y2 };
}

/** The zoom that fits `box` in a `width` × `height` view with `padding` pixels to spare, and the pan centring it. */
function framing(box: Bounds, width: number, height: number, padding: number, zoomFor: (fit: number) => number) {
  const fit = Math.min((width - 2 * padding) / (box.x2 - box.x1 || 1), (height - 2 * padding) / (box.y2 - box.y1 || 1));
  const zoom = zoomFor(fit);
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return { zoom, pan: { x: width / 2 - centre.x * zoom, y: height / 2 - centre.y * zoom } };
}

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

/**
 * What Fit shows of a big graph: every position with `reach` model units around it (a node and its label)
 * and `padding` pixels to spare, at a zoom within `minZoom`…`maxZoom`, centred. Worked out from positions, as
 * measuring every element's drawn bounds took ~110 ms at 20,000 nodes.
 */
export function fitViewport(
  positions: Iterable<Position>,
  width: number,
  height: number,
  { padding = 30, reach = 0, minZoom = 0, maxZoom = Infinity } = {},
): Viewport | null {
  const box = boundsOf(positions);
  if (!box) return null;
  const grown = { x1: box.x1 - reach, y1: box.y1 - reach, x2: box.x2 + reach, y2: box.y2 + reach };
  return framing(grown, width, height, padding, (fit) => Math.min(maxZoom, Math.max(fit, minZoom)));
}
