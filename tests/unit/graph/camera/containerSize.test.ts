// @vitest-environment happy-dom
// Cytoscape measures its container only when told to. Whoever needs the new size first measures it, keeping
// the middle of the view in the middle and a selection in view, and nobody measures the same size twice.
import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { followContainerSize, measureContainer } from "../../../../src/graph/camera/containerSize";

const canvases: Core[] = [];
afterEach(() => canvases.splice(0).forEach((cy) => cy.destroy()));

/**
 * A headless Cytoscape on a container whose size the test sets (happy-dom lays nothing out), measured once as
 * the canvas is when it mounts, unless `measured` is false.
 */
function sizedCanvas(w: number, h: number, measured = true) {
  const container = document.createElement("div");
  const size = { w, h };
  Object.defineProperty(container, "clientWidth", { get: () => size.w });
  Object.defineProperty(container, "clientHeight", { get: () => size.h });
  // Two 30 px nodes (Cytoscape's default size), one near the right edge of a 900 px view and one past it.
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    container,
    layout: { name: "preset" },
    elements: [
      { data: { id: "right" }, position: { x: 760, y: 300 } },
      { data: { id: "beyond" }, position: { x: 1200, y: 300 } },
    ],
  });
  canvases.push(cy);
  let resizes = 0;
  cy.on("resize", () => (resizes += 1));
  cy.pan({ x: 10, y: 20 });
  if (measured) measureContainer(cy);
  return { cy, size, resizes: () => resizes };
}

describe("followContainerSize", () => {
  it("measures a container that has changed size, keeping the middle of the view in the middle", () => {
    const canvas = sizedCanvas(390, 697);
    const { cy } = canvas;
    // A phone's details sheet opens under the canvas.
    canvas.size.h = 275;
    followContainerSize(cy);
    expect(canvas.resizes()).toBe(2);
    expect(cy.pan()).toEqual({ x: 10, y: 20 + (275 - 697) / 2 });
  });

  it("does nothing when the size is the one measured last, so the observer after a selection redraws nothing", () => {
    const canvas = sizedCanvas(800, 600);
    const { cy } = canvas;
    canvas.size.w = 500;
    followContainerSize(cy);
    followContainerSize(cy);
    expect(canvas.resizes()).toBe(2);
    expect(cy.pan()).toEqual({ x: 10 - 150, y: 20 });
  });

  it("keeps the last real size while the container is hidden (0 × 0)", () => {
    const canvas = sizedCanvas(800, 600);
    const { cy } = canvas;
    canvas.size.w = 0;
    canvas.size.h = 0;
    followContainerSize(cy);
    expect(canvas.resizes()).toBe(1);
    canvas.size.w = 800;
    canvas.size.h = 600;
    followContainerSize(cy);
    expect([canvas.resizes(), cy.pan()]).toEqual([1, { x: 10, y: 20 }]);
  });

  it("measures without moving the view when nothing was measured before", () => {
    const canvas = sizedCanvas(390, 275, false);
    const { cy } = canvas;
    followContainerSize(cy);
    expect([canvas.resizes(), cy.pan()]).toEqual([1, { x: 10, y: 20 }]);
  });

  it("moves the view just enough to keep the selection in it, when keeping the middle would lose it", () => {
    const canvas = sizedCanvas(900, 700);
    const { cy } = canvas;
    // The reader opens beside the canvas.
    canvas.size.w = 450;
    followContainerSize(cy, cy.getElementById("right"));
    const box = cy.getElementById("right").renderedBoundingBox();
    expect(box.x2).toBeCloseTo(450 - 24);
    expect(cy.pan().y).toBe(20);
  });

  it("does not chase a selection that was out of view already", () => {
    const canvas = sizedCanvas(900, 700);
    const { cy } = canvas;
    canvas.size.w = 450;
    followContainerSize(cy, cy.getElementById("beyond"));
    expect(cy.pan()).toEqual({ x: 10 - 225, y: 20 });
  });
});
