// A big graph draws only the edges that pass through the view, so this test must never drop one that does.
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipSegment, segmentMeetsBox, type Box } from "../../../../src/model/geometry/segmentInBox";

const box: Box = { x1: 0, y1: 0, x2: 10, y2: 10 };
const inside = (x: number, y: number, b: Box, eps = 1e-6) =>
  x >= b.x1 - eps && x <= b.x2 + eps && y >= b.y1 - eps && y <= b.y2 + eps;

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

  it("clips to a part that lies in the box, and misses only when no point of the segment is in it", () => {
    fc.assert(
      fc.property(coord, coord, coord, coord, anyBox, (ax, ay, bx, by, b) => {
        const at = (t: number) => [ax + (bx - ax) * t, ay + (by - ay) * t] as const;
        const clip = clipSegment(ax, ay, bx, by, b);
        if (clip) {
          const [t0, t1] = clip;
          expect(0 <= t0 && t0 <= t1 && t1 <= 1).toBe(true);
          for (const t of [t0, (t0 + t1) / 2, t1]) expect(inside(...at(t), b)).toBe(true);
        } else {
          for (let i = 0; i <= 200; i++) expect(inside(...at(i / 200), b, 0)).toBe(false);
        }
      }),
    );
  });
});
