// Within one drawing pass an element's bounding box is worked out once; outside one, as Cytoscape does.
import cytoscape from "cytoscape";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reuseBoundsWithinDraw } from "../../../../src/graph/renderer/boundsWithinDraw";

type BoundingBox = (this: unknown, options?: unknown) => unknown;
const prototype = Object.getPrototypeOf(cytoscape({ headless: true }).collection()) as { boundingBox: BoundingBox };
const cytoscapes = prototype.boundingBox;
let worked = 0;

beforeEach(() => {
  worked = 0;
  // Counts the calls that reach Cytoscape's own boundingBox.
  prototype.boundingBox = function (this: unknown, options?: unknown) {
    worked += 1;
    return cytoscapes.call(this, options);
  };
});
afterEach(() => {
  prototype.boundingBox = cytoscapes;
});

function graph() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      { data: { id: "a" }, position: { x: 0, y: 0 } },
      { data: { id: "b" }, position: { x: 100, y: 50 } },
    ],
  });
}

describe("reuseBoundsWithinDraw", () => {
  it("answers an element's repeated questions in a pass from its first answer", () => {
    const cy = graph();
    const bounds = reuseBoundsWithinDraw(cy);
    const a = cy.getElementById("a");
    const boxes = bounds.during(() => [a.boundingBox(), a.boundingBox(), a.boundingBox()]);
    expect(worked).toBe(1);
    expect(boxes[1]).toEqual(boxes[0]);
    // A new pass asks again: the element may have moved in between.
    a.position({ x: 40, y: 0 });
    const moved = bounds.during(() => [a.boundingBox(), a.boundingBox()]);
    expect(worked).toBe(2);
    expect(moved[1]).toEqual(moved[0]);
    expect((moved[0] as { x1: number }).x1).toBeGreaterThan((boxes[0] as { x1: number }).x1);
    bounds.release();
  });

  it("leaves calls outside a pass, with options, or on several elements to Cytoscape", () => {
    const cy = graph();
    const bounds = reuseBoundsWithinDraw(cy);
    const a = cy.getElementById("a");
    a.boundingBox();
    a.boundingBox();
    bounds.during(() => {
      a.boundingBox({ includeLabels: false });
      a.boundingBox({ includeLabels: false });
      cy.nodes().boundingBox();
      cy.nodes().boundingBox();
    });
    expect(worked).toBe(6);
    bounds.release();
  });

  it("restores Cytoscape's method when the last user releases it", () => {
    const cy = graph();
    const counting = prototype.boundingBox;
    const first = reuseBoundsWithinDraw(cy);
    const second = reuseBoundsWithinDraw(graph());
    first.release();
    first.release();
    expect(prototype.boundingBox).not.toBe(counting);
    second.release();
    expect(prototype.boundingBox).toBe(counting);
  });
});
