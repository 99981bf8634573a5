/**
 * Whether a straight line segment passes through an axis-aligned box: the test that decides which of a big
 * graph's edges can show in the view. A long edge's own bounding box meets the view far more often than the
 * edge does (half the edges of a 20,000-node synthetic graph span it), so boxes alone keep thousands of lines
 * that draw nothing visible.
 */

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Whether the segment from (ax, ay) to (bx, by) meets `box`, edges of the box counting as inside: Liang–Barsky
 * clipping, which narrows the part of the segment inside each side's half-plane until nothing or something is
 * left.
 */
export function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  // Each side of the box as p·t ≤ q: the segment enters where p < 0 and leaves where p > 0. No arrays: this
  // runs for every edge of a big graph on every frame.
  for (let side = 0; side < 4; side++) {
    const p = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
    const q = side === 0 ? ax - box.x1 : side === 1 ? box.x2 - ax : side === 2 ? ay - box.y1 : box.y2 - ay;
    if (p === 0) {
      if (q < 0) return false; // parallel to this side and outside it
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}
