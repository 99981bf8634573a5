/**
 * When the canvas changes size (the reader opens beside it, a phone's details sheet under it), the view keeps
 * its middle in the middle. A selection near an edge would then leave the view as it is being read about;
 * this is the least pan that keeps it in.
 */

/** A box on screen, in pixels from the canvas's top-left corner. */
export interface ScreenBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Whether `box` is wholly inside a `width` × `height` view; an empty box (nothing drawn) is not. */
export function wholeInView(box: ScreenBox, width: number, height: number): boolean {
  return box.x1 <= box.x2 && box.y1 <= box.y2 && box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
}

/** The shift along one axis that brings [lo, hi] inside [margin, size - margin], centring it if it cannot fit. */
function shiftInto(lo: number, hi: number, size: number, margin: number): number {
  if (hi - lo > size - 2 * margin) return size / 2 - (lo + hi) / 2;
  if (lo < margin) return margin - lo;
  if (hi > size - margin) return size - margin - hi;
  return 0;
}

/**
 * The smallest pan (in pixels) that brings `box` inside a `width` × `height` view with `margin` to spare, or
 * centres it along an axis where it does not fit. Zero where it is in view already.
 */
export function panIntoView(box: ScreenBox, width: number, height: number, margin: number): { x: number; y: number } {
  return { x: shiftInto(box.x1, box.x2, width, margin), y: shiftInto(box.y1, box.y2, height, margin) };
}
