/**
 * Removes overlaps left by a force-directed layout by pushing overlapping boxes apart along the axis of least
 * overlap, a few pixels at a time, until none overlap. Deterministic: same input, same output.
 */
import { findOverlaps, type Rect } from "../geometry/labelBoxes";

export interface Placed {
  x: number;
  y: number;
  /** The node's box when centred at (0, 0). */
  box: Rect;
}

const shifted = (p: Placed): Rect => ({
  x1: p.box.x1 + p.x,
  x2: p.box.x2 + p.x,
  y1: p.box.y1 + p.y,
  y2: p.box.y2 + p.y,
});

/** Moves items in place until no two boxes overlap, or `maxRounds` passes; returns the overlaps left. */
export function separate(items: Placed[], maxRounds = 500): number {
  for (let round = 0; round < maxRounds; round++) {
    const boxes = items.map(shifted);
    const pairs = findOverlaps(boxes);
    if (pairs.length === 0) return 0;
    for (const [i, j] of pairs) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      const pi = items[i]!;
      const pj = items[j]!;
      // Half the overlap each way, plus a pixel each, so rounding positions later cannot make them touch again.
      if (dx < dy) {
        const sign = (a.x1 + a.x2) / 2 <= (b.x1 + b.x2) / 2 ? -1 : 1;
        pi.x += (sign * (dx + 2)) / 2;
        pj.x -= (sign * (dx + 2)) / 2;
      } else {
        const sign = (a.y1 + a.y2) / 2 <= (b.y1 + b.y2) / 2 ? -1 : 1;
        pi.y += (sign * (dy + 2)) / 2;
        pj.y -= (sign * (dy + 2)) / 2;
      }
    }
  }
  return findOverlaps(items.map(shifted)).length;
}
