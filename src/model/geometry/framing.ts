/** Framing a box of the model in a view: the arithmetic Fit and the opening view share. */
import type { Position } from "../brief/schema";

export interface Viewport {
  zoom: number;
  pan: Position;
}

/** A box in model units. */
export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around `positions`, or null when there are none. */
export function boundsOf(positions: Iterable<Position>): Bounds | null {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of positions) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  return x1 > x2 ? null : { x1, y1, x2, y2 };
}

/** Screen pixels kept free right of and below the framed box: room for labels drawn at a constant size. */
export interface Room {
  right: number;
  bottom: number;
}
const NO_ROOM: Room = { right: 0, bottom: 0 };

/**
 * The zoom that fits `box` in a `width` × `height` view with `padding` pixels to spare and `room` kept free
 * to its right and below it, and the pan centring it in what is left.
 */
export function framing(
  box: Bounds,
  width: number,
  height: number,
  padding: number,
  zoomFor: (fit: number) => number,
  room: Room = NO_ROOM,
) {
  const [w, h] = [width - room.right, height - room.bottom];
  const fit = Math.min((w - 2 * padding) / (box.x2 - box.x1 || 1), (h - 2 * padding) / (box.y2 - box.y1 || 1));
  const zoom = zoomFor(fit);
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  return { zoom, pan: { x: w / 2 - centre.x * zoom, y: h / 2 - centre.y * zoom } };
}
