// Which elements can show in a view: nothing that could may be left out, and the drawing order must hold. The
// patch that uses it is tested against the real renderer in tests/e2e/renderer.test.ts.
import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { DRAW_REACH, elementsMeetingView } from "../../../../src/graph/renderer/drawInView";

/** A view 0..100 × 0..100, nodes inside, just outside, and far away, and edges between them. */
function scene(): Core {
  return cytoscape({
    headless: true,
    layout: { name: "preset", fit: false },
    elements: [
      { data: { id: "in" }, position: { x: 50, y: 50 } },
      // Outside the view, but close enough for its label to reach into it.
      { data: { id: "near" }, position: { x: 50, y: 100 + DRAW_REACH - 1 } },
      { data: { id: "far-left" }, position: { x: -5000, y: 50 } },
      { data: { id: "far-right" }, position: { x: 5000, y: 50 } },
      { data: { id: "far-a" }, position: { x: -5000, y: 3000 } },
      { data: { id: "far-b" }, position: { x: 3000, y: -5000 } },
      { data: { id: "in-to-far", source: "in", target: "far-left" } },
      // Both ends far away, the line straight through the view.
      { data: { id: "across", source: "far-left", target: "far-right" } },
      // Its bounding box holds the view, but the line passes far from it.
      { data: { id: "past", source: "far-a", target: "far-b" } },
      { data: { id: "far-only", source: "far-right", target: "far-b" } },
    ],
  });
}
const view = { x1: 0, y1: 0, x2: 100, y2: 100 };
const ids = (eles: readonly { id(): string }[]) => eles.map((e) => e.id());

describe("elementsMeetingView", () => {
  it("keeps what can show in the view, in the order given, and drops the rest", () => {
    const cy = scene();
    const order = [...cy.elements()].toReversed();
    expect(ids(elementsMeetingView(order, view))).toEqual(["across", "in-to-far", "near", "in"]);
    cy.destroy();
  });
});
