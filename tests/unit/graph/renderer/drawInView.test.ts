// A big graph's frames are drawn, and its pointer hit-tested, from the elements near the view only: nothing
// that could show in the view may be left out, the drawing order must hold, and the undo restores Cytoscape.
import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { DRAW_REACH, drawOnlyNearTheView, elementsMeetingView } from "../../../../src/graph/renderer/drawInView";

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

/** The renderer methods drawInView wraps, recording what each was handed. */
function fakeRenderer(cy: Core) {
  const sorted = Object.assign([...cy.elements()], { interactive: [...cy.nodes()] });
  const seen: Record<string, string[]> = {};
  const record = (name: string) =>
    vi.fn((_context: unknown, eles: { id(): string }[], _pxRatio?: number, _extent?: unknown) => {
      seen[name] = ids(eles);
    });
  const renderer = {
    notify() {}, // Cytoscape's destroy() tells its renderer
    textureOnViewport: true,
    drawLayeredElements: record("layered"),
    drawCachedElements: record("cached"),
    drawCachedNodes: record("nodes"),
    getCachedZSortedEles: () => sorted,
    findNearestElements(this: { getCachedZSortedEles(): typeof sorted }, _x: number, _y: number, only: boolean) {
      const list = this.getCachedZSortedEles();
      seen.hit = ids(only ? list.interactive : list);
      return [];
    },
  };
  Object.assign(cy, { renderer: () => renderer });
  return { renderer, seen, original: { ...renderer } };
}

describe("drawOnlyNearTheView", () => {
  it("hands the renderer only the elements near the view, and every element when all are near", () => {
    const cy = scene();
    const { renderer, seen } = fakeRenderer(cy);
    drawOnlyNearTheView(cy);
    const all = [...cy.elements()];
    renderer.drawLayeredElements(null, all, 1, view);
    expect(seen.cached).toEqual(["in", "near", "in-to-far", "across"]);
    expect(seen.layered).toBeUndefined();
    // Few of the elements in view: the next pan or zoom redraws them instead of snapshotting the canvas.
    expect(renderer.textureOnViewport).toBe(false);
    renderer.drawCachedNodes(null, all, 1, view);
    expect(seen.nodes).toEqual(["in", "near", "in-to-far", "across"]);

    const everything = { x1: -6000, y1: -6000, x2: 6000, y2: 6000 };
    renderer.drawLayeredElements(null, all, 1, everything);
    expect(seen.layered).toHaveLength(all.length);
    expect(renderer.textureOnViewport).toBe(true);
    cy.destroy();
  });

  it("hit-tests only among the elements near the pointer, and puts the drawing order back afterwards", () => {
    const cy = scene();
    const { renderer, seen } = fakeRenderer(cy);
    drawOnlyNearTheView(cy);
    const order = renderer.getCachedZSortedEles;
    renderer.findNearestElements(50, 50, true);
    expect(seen.hit).toEqual(["in"]);
    renderer.findNearestElements(5000, 50, false);
    expect(seen.hit).toEqual(["far-right", "across", "far-only"]);
    expect(renderer.getCachedZSortedEles).toBe(order);
    cy.destroy();
  });

  it("reads where the elements are when the drawing order is made, not at the first drawing", () => {
    const cy = scene();
    const { renderer, seen } = fakeRenderer(cy);
    drawOnlyNearTheView(cy);
    const order = renderer.getCachedZSortedEles();
    // Moved in place, as Cytoscape's position() hands over its own object, so no event tells drawInView.
    const moved = cy.getElementById("far-right").position();
    Object.assign(moved, { x: 50, y: 60 });
    expect(cy.getElementById("far-right").position()).toEqual({ x: 50, y: 60 });
    renderer.drawCachedElements(null, order, 1, view);
    expect(seen.cached).not.toContain("far-only");
    // The same move, announced: now it counts.
    cy.getElementById("far-right").emit("position");
    renderer.drawCachedElements(null, order, 1, view);
    expect(seen.cached).toContain("far-only");
    cy.destroy();
  });

  it("forgets where elements were when a node moves, and undoes everything", () => {
    const cy = scene();
    const { renderer, seen, original } = fakeRenderer(cy);
    const undo = drawOnlyNearTheView(cy);
    const all = [...cy.elements()];
    renderer.drawCachedElements(null, all, 1, view);
    expect(seen.cached).not.toContain("far-only");
    cy.getElementById("far-right").position({ x: 50, y: 60 });
    renderer.drawCachedElements(null, all, 1, view);
    expect(seen.cached).toContain("far-only");

    undo();
    for (const name of Object.keys(original) as (keyof typeof original)[]) expect(renderer[name]).toBe(original[name]);
    cy.destroy();
  });
});
