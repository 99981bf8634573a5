// A big graph draws only the edges that pass through the view, so this test must never drop one that does.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentMeetsBox, type Box } from "../../../../src/model/geometry/segmentInBox";

const box: Box = { x1: 0, y1: 0, x2: 10, y2: 10 };
const inside = (x: number, y: number, b: Box) => x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;
/** How far the point is from the box (0 inside it). */
const distance = (x: number, y: number, b: Box) =>
  Math.hypot(Math.max(b.x1 - x, 0, x - b.x2), Math.max(b.y1 - y, 0, y - b.y2));

describe("segmentMeetsBox", () => {
  it("keeps segments inside, crossing or touching the box", () => {
    expect(segmentMeetsBox(2, 2, 3, 3, box)).toBe(true);
    expect(segmentMeetsBox(-50, 5, 50, 5, box)).toBe(true);
    expect(segmentMeetsBox(-5, -5, 15, 15, box)).toBe(true);
    expect(segmentMeetsBox(10, -5, 10, 15, box)).toBe(true);
    expect(segmentMeetsBox(5, 5, 5, 5, box)).toBe(true);
  });

  it("drops segments whose bounding box meets the box but whose line passes by", () => {
    // Diagonals whose bounding boxes hold the whole box, passing outside one of its corners.
    expect(segmentMeetsBox(5, -10, 20, 5, box)).toBe(false);
    expect(segmentMeetsBox(-20, 15, 15, -20, box)).toBe(false);
    expect(segmentMeetsBox(11, -5, 11, 15, box)).toBe(false);
    expect(segmentMeetsBox(20, 20, 20, 20, box)).toBe(false);
  });

  const coord = fc.double({ min: -100, max: 100, noNaN: true });
  const anyBox = fc
    .tuple(coord, coord, fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }))
    .map(([x, y, w, h]) => ({ x1: x, y1: y, x2: x + w, y2: y + h }));

  it("meets the box when a point of the segment is in it, and misses only when none is", () => {
    const STEPS = 400;
    fc.assert(
      fc.property(coord, coord, coord, coord, anyBox, (ax, ay, bx, by, b) => {
        const points = Array.from({ length: STEPS + 1 }, (_, i) => {
          const t = i / STEPS;
          return [ax + (bx - ax) * t, ay + (by - ay) * t] as const;
        });
        if (segmentMeetsBox(ax, ay, bx, by, b)) {
          // Some point of the segment is in the box: the nearest sample is within one step of it.
          const step = Math.hypot(bx - ax, by - ay) / STEPS;
          expect(Math.min(...points.map(([x, y]) => distance(x, y, b)))).toBeLessThanOrEqual(step + 1e-9);
        } else {
          for (const [x, y] of points) expect(inside(x, y, b)).toBe(false);
        }
      }),
    );
  });
});
