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

/** Fractions of a segment, from its start to its end; `clip` writes the part inside a box here. */
interface Span {
  t0: number;
  t1: number;
}

/**
 * Liang–Barsky clipping of the segment from (ax, ay) to (bx, by) against `box` into `span`; false when it
 * misses the box. Edges of the box count as inside.
 */
function clip(ax: number, ay: number, bx: number, by: number, box: Box, span: Span): boolean {
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
  span.t0 = t0;
  span.t1 = t1;
  return true;
}

/**
 * The part of the segment from (ax, ay) to (bx, by) inside `box`, as fractions [t0, t1] of the way from a to
 * b (Liang–Barsky clipping), or null when it misses the box. Edges of the box count as inside.
 */
export function clipSegment(ax: number, ay: number, bx: number, by: number, box: Box): [number, number] | null {
  const span = { t0: 0, t1: 1 };
  return clip(ax, ay, bx, by, box, span) ? [span.t0, span.t1] : null;
}

// Where segmentMeetsBox's clipping goes: it needs only the yes or no, and allocates nothing per call.
const scratch: Span = { t0: 0, t1: 1 };

/** Whether the segment from (ax, ay) to (bx, by) meets `box`. */
export function segmentMeetsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  return clip(ax, ay, bx, by, box, scratch);
}
