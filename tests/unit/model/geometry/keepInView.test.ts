// The least pan that keeps a selection in a canvas that has changed size.
import { describe, expect, it } from "vitest";
import { panIntoView, wholeInView } from "../../../../src/model/geometry/keepInView";

describe("wholeInView", () => {
  it("says whether a box is wholly inside the view", () => {
    expect(wholeInView({ x1: 10, y1: 10, x2: 90, y2: 40 }, 100, 50)).toBe(true);
    expect(wholeInView({ x1: 10, y1: 10, x2: 101, y2: 40 }, 100, 50)).toBe(false);
    expect(wholeInView({ x1: -1, y1: 10, x2: 90, y2: 40 }, 100, 50)).toBe(false);
  });

  it("counts an empty box (an element not drawn) as not in view", () => {
    expect(wholeInView({ x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity }, 100, 50)).toBe(false);
  });
});

describe("panIntoView", () => {
  it("does not move a box that is in view with the margin to spare", () => {
    expect(panIntoView({ x1: 30, y1: 30, x2: 60, y2: 60 }, 450, 700, 24)).toEqual({ x: 0, y: 0 });
  });

  it("moves a box past an edge just far enough to leave the margin", () => {
    // The reader has opened: a 900 px canvas is now 450 px, and the selection sits at 520-560.
    expect(panIntoView({ x1: 520, y1: 300, x2: 560, y2: 340 }, 450, 700, 24)).toEqual({ x: 450 - 24 - 560, y: 0 });
    expect(panIntoView({ x1: 100, y1: 5, x2: 140, y2: 40 }, 450, 700, 24)).toEqual({ x: 0, y: 19 });
  });

  it("centres a box along an axis where it cannot fit", () => {
    expect(panIntoView({ x1: 0, y1: 100, x2: 500, y2: 140 }, 450, 700, 24)).toEqual({ x: 225 - 250, y: 0 });
  });
});
