// @vitest-environment happy-dom
// Cytoscape measures its container only when told to. Whoever needs the new size first measures it, keeping
// the middle of the view in the middle, and nobody measures the same size twice.
import cytoscape, { type Core } from "cytoscape";
import { afterEach, describe, expect, it } from "vitest";
import { followContainerSize, measureContainer } from "../../../src/graph/containerSize";

/** A headless Cytoscape on a container whose size the test sets (happy-dom lays nothing out). */
function sizedCanvas(w: number, h: number) {
  const container = document.createElement("div");
  const size = { w, h };
  Object.defineProperty(container, "clientWidth", { get: () => size.w });
  Object.defineProperty(container, "clientHeight", { get: () => size.h });
  const cy = cytoscape({ headless: true, container });
  let resizes = 0;
  cy.on("resize", () => (resizes += 1));
  cy.pan({ x: 10, y: 20 });
  return { cy, size, resizes: () => resizes };
}

let cy: Core | undefined;
afterEach(() => cy?.destroy());

describe("followContainerSize", () => {
  it("measures a container that has changed size, keeping the middle of the view in the middle", () => {
    const canvas = sizedCanvas(390, 697);
    cy = canvas.cy;
    measureContainer(cy);
    // A phone's details sheet opens under the canvas.
    canvas.size.h = 275;
    followContainerSize(cy);
    expect(canvas.resizes()).toBe(2);
    expect(cy.pan()).toEqual({ x: 10, y: 20 + (275 - 697) / 2 });
  });

  it("does nothing when the size is the one measured last, so the observer after a selection redraws nothing", () => {
    const canvas = sizedCanvas(800, 600);
    cy = canvas.cy;
    measureContainer(cy);
    canvas.size.w = 500;
    followContainerSize(cy);
    followContainerSize(cy);
    expect(canvas.resizes()).toBe(2);
    expect(cy.pan()).toEqual({ x: 10 - 150, y: 20 });
  });

  it("keeps the last real size while the container is hidden (0 × 0)", () => {
    const canvas = sizedCanvas(800, 600);
    cy = canvas.cy;
    measureContainer(cy);
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
    const canvas = sizedCanvas(390, 275);
    cy = canvas.cy;
    followContainerSize(cy);
    expect([canvas.resizes(), cy.pan()]).toEqual([1, { x: 10, y: 20 }]);
  });
});
