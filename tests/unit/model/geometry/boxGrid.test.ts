// The grid answers "does this box overlap any other" as a pairwise test would, skipping the box's own node.
import { describe, expect, it } from "vitest";
import { BoxGrid } from "../../../../src/model/geometry/boxGrid";

const box = (x1: number, y1: number, x2: number, y2: number) => ({ x1, y1, x2, y2 });

describe("BoxGrid", () => {
  it("finds overlaps across cells, not touching edges, and ignores the owner's boxes", () => {
    const grid = new BoxGrid(10);
    grid.add({ ...box(5, 5, 25, 15), owner: "a" });
    grid.add(box(-40, -40, -30, -30));
    expect(grid.collides(box(24, 14, 40, 40))).toBe(true);
    expect(grid.collides(box(25, 0, 40, 40))).toBe(false);
    expect(grid.collides(box(24, 14, 40, 40), "a")).toBe(false);
    expect(grid.collides(box(-35, -35, -34, -34))).toBe(true);
    expect(grid.collides(box(100, 100, 120, 120))).toBe(false);
  });

  it("lets a soft box (a dimmed shape) block only the labels that yield to it", () => {
    const grid = new BoxGrid(10);
    grid.add({ ...box(0, 0, 20, 20), soft: true });
    expect(grid.collides(box(5, 5, 30, 30))).toBe(false);
    expect(grid.collides(box(5, 5, 30, 30), undefined, true)).toBe(true);
  });

  it("agrees with a pairwise test on random boxes", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647) * 500;
    const boxes = Array.from({ length: 300 }, () => {
      const [x, y] = [random(), random()];
      return box(x, y, x + random() / 10, y + random() / 20);
    });
    const grid = new BoxGrid(32);
    for (const b of boxes.slice(0, 200)) grid.add(b);
    for (const probe of boxes.slice(200)) {
      const pairwise = boxes
        .slice(0, 200)
        .some(
          (b) => b.x1 < probe.x2 - 0.01 && probe.x1 < b.x2 - 0.01 && b.y1 < probe.y2 - 0.01 && probe.y1 < b.y2 - 0.01,
        );
      expect(grid.collides(probe)).toBe(pairwise);
    }
  });
});
