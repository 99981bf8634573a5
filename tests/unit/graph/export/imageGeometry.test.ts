// Pure geometry of image exports: canvas limits, Cytoscape's node shapes and edge geometry, label wrapping and
// the frame's layout. Expected values are Cytoscape 3.34's own (its renderer's shape and arrow definitions).
import { describe, expect, it } from "vitest";
import { CANVAS_LIMITS, clampScale, pixelSize } from "../../../../src/model/export/imageOptions";
import {
  arrowAngle,
  arrowGap,
  arrowSize,
  edgePath,
  labelAngle,
  moveToward,
  trianglePath,
} from "../../../../src/graph/export/edgeGeometry";
import { shapePath, UNIT_POLYGONS } from "../../../../src/look/shapePaths";
import { wrapLikeCytoscape } from "../../../../src/graph/export/textMeasure";

describe("canvas limits", () => {
  it.each([
    [1600, 1400, 4, 4, false],
    [1600, 1400, 9, 4, false],
    [1600, 1400, 0.5, 1, false],
    [5000, 800, 4, 3.27, true],
    [4000, 4000, 4, 2.5, true],
  ])("%i × %i at %s× is drawn at %s× (clamped: %s)", (w, h, wanted, scale, clamped) => {
    expect(clampScale(w, h, wanted)).toEqual({ scale, clamped });
  });

  it("never exceeds a side or the area once rounded up to whole pixels", () => {
    for (const [w, h] of [
      [5000, 800],
      [4000, 4000],
      [16_383, 3],
      [333, 7777],
    ] as const) {
      const { scale } = clampScale(w, h, 4);
      const size = pixelSize(w, h, scale);
      expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(CANVAS_LIMITS.side);
      expect(size.width * size.height).toBeLessThanOrEqual(CANVAS_LIMITS.area);
    }
  });
});

describe("node shapes", () => {
  it.each([
    ["triangle", [0, -1, -1, 1, 1, 1]],
    ["rectangle", [-1, -1, -1, 1, 1, 1, 1, -1]],
    ["diamond", [0, 1, 1, 0, 0, -1, -1, 0]],
  ] as const)("%s has Cytoscape's unit polygon", (shape, points) => {
    const actual = UNIT_POLYGONS[shape]!.map((v) => Math.round(v * 1000) / 1000 + 0);
    expect(actual).toEqual(points);
  });

  it("stretches hexagons, octagons and stars to fill the node's box", () => {
    for (const shape of ["hexagon", "octagon", "star"] as const) {
      const points = UNIT_POLYGONS[shape]!;
      const xs = points.filter((_, i) => i % 2 === 0);
      const ys = points.filter((_, i) => i % 2 === 1);
      expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)].map((v) => +v.toFixed(6))).toEqual([
        -1, 1, -1, 1,
      ]);
    }
  });

  it("draws ellipses as two arcs and round rectangles with Cytoscape's corner radius", () => {
    expect(shapePath("ellipse", 10, 20, 28, 28)).toBe("M-4 20A14 14 0 1 0 24 20A14 14 0 1 0 -4 20Z");
    // 40 px recommendations get the 8 px cap; 28 px nodes a quarter of their size.
    expect(shapePath("round-rectangle", 0, 0, 40, 40)).toContain("A8 8 0 0 1 20 -12");
    expect(shapePath("round-rectangle", 0, 0, 28, 28)).toContain("A7 7 0 0 1 14 -7");
    expect(shapePath("vee", 0, 0, 2, 2)).toBe("M-1 -1L0 -0.33L1 -1L0 1Z");
  });
});

describe("edge geometry", () => {
  it("sizes arrows and their gap as Cytoscape does", () => {
    // Line width 1.5, arrow-scale 0.9 (the stylesheet): the 29 px minimum applies.
    expect(arrowSize(1.5, 0.9)).toBeCloseTo(26.1);
    expect(arrowSize(4, 1)).toBeCloseTo(Math.max((4 * 13.37) ** 0.9, 29));
    expect(arrowGap(1.5, 0.9)).toBeCloseTo(2.7);
  });

  it("points a triangle arrow along the line, its tip on the node's outline", () => {
    const angle = arrowAngle({ x: 100, y: 0 }, { x: 0, y: 0 }, []);
    expect(trianglePath({ x: 100, y: 0 }, angle, 10)).toBe("M97 1.5L100 0L97 -1.5Z");
    expect(moveToward({ x: 100, y: 0 }, { x: 0, y: 0 }, 2.7)).toEqual({ x: 97.3, y: 0 });
  });

  it("curves through control points, through their midpoints when there are several", () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 0 };
    expect(edgePath(a, [], b)).toBe("M0 0L10 0");
    expect(edgePath(a, [{ x: 5, y: 5 }], b)).toBe("M0 0Q5 5 10 0");
    expect(
      edgePath(
        a,
        [
          { x: 2, y: 5 },
          { x: 8, y: 5 },
        ],
        b,
      ),
    ).toBe("M0 0Q2 5 5 5Q8 5 10 0");
  });

  it("turns edge labels along the edge, never upside down", () => {
    expect(labelAngle({ x: 0, y: 0 }, [], { x: 10, y: 10 })).toBeCloseTo(Math.PI / 4);
    expect(labelAngle({ x: 10, y: 10 }, [], { x: 0, y: 0 })).toBeCloseTo(Math.PI / 4);
    expect(labelAngle({ x: 0, y: 0 }, [], { x: 0, y: 10 })).toBeCloseTo(Math.PI / 2);
  });
});

// A monospace stand-in for the canvas: 6 px a character, rounded up like Cytoscape's measurements.
const width = (text: string) => Math.ceil(text.length * 6);

describe("label wrapping", () => {
  it.each([
    ["Prevention", ["Prevention"]],
    ["Peacebuilding Commission", ["Peacebuilding ", "Commission"]],
    ["Proactive, flexible role for the PBC", ["Proactive, flexible ", "role for the PBC"]],
    ["Supercalifragilisticexpialidocious word", ["Supercalifragilisticexpialidocious ", "word"]],
    ["two\nlines", ["two", "lines"]],
  ])("wraps %j at 120 px into %j", (label, lines) => {
    expect(wrapLikeCytoscape(label, 120, width)).toEqual(lines);
  });
});
