// A big graph's drawing order is taken without sorting: edges as added, then nodes as added, which is the
// order Cytoscape's sort gives when every element has the same z-index and none is a compound node.
import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { orderWithoutSorting } from "../../../../src/graph/renderer/drawingOrder";
import { buildStylesheet } from "../../../../src/graph/stylesheet";

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet("light", true) as unknown as cytoscape.StylesheetJson,
    elements: [
      { data: { id: "a" } },
      { data: { id: "b" } },
      { data: { id: "ab", source: "a", target: "b" } },
      { data: { id: "c" } },
      { data: { id: "ca", source: "c", target: "a" } },
    ],
  });
}

/** The renderer methods drawingOrder replaces or calls. */
function fakeRenderer(cy: Core) {
  const renderer = {
    notify() {}, // Cytoscape's destroy() tells its renderer
    cachedZSortedEles: null as unknown,
    getCachedZSortedEles: vi.fn((_forceRecalc?: boolean) => Object.assign([], { interactive: [] })),
    updateCachedGrabbedEles: vi.fn(),
  };
  Object.assign(cy, { renderer: () => renderer });
  return renderer;
}
const ids = (eles: readonly { id(): string }[]) => eles.map((e) => e.id());

describe("orderWithoutSorting", () => {
  it("orders edges, then nodes, each as added; only shown nodes take pointer events", () => {
    const cy = graph();
    const renderer = fakeRenderer(cy);
    const sort = renderer.getCachedZSortedEles;
    orderWithoutSorting(cy);
    cy.getElementById("b").addClass("hidden");
    const order = renderer.getCachedZSortedEles() as unknown as { id(): string }[] & {
      interactive: { id(): string }[];
    };
    expect(ids(order)).toEqual(["ab", "ca", "a", "b", "c"]);
    expect(ids(order.interactive)).toEqual(["a", "c"]);
    expect(renderer.updateCachedGrabbedEles).toHaveBeenCalledTimes(1);
    expect(sort).not.toHaveBeenCalled();
    cy.destroy();
  });

  it("keeps the order until Cytoscape drops it, and leaves compound graphs to Cytoscape's sort", () => {
    const cy = graph();
    const renderer = fakeRenderer(cy);
    const sort = renderer.getCachedZSortedEles;
    const undo = orderWithoutSorting(cy);
    const first = renderer.getCachedZSortedEles();
    expect(renderer.getCachedZSortedEles()).toBe(first);
    renderer.cachedZSortedEles = null; // as Cytoscape's invalidateCachedZSortedEles does
    expect(renderer.getCachedZSortedEles()).not.toBe(first);
    expect(sort).not.toHaveBeenCalled();

    cy.add({ data: { id: "group" } });
    cy.getElementById("c").move({ parent: "group" });
    renderer.getCachedZSortedEles(true);
    expect(sort).toHaveBeenCalledTimes(1);
    undo();
    expect(renderer.getCachedZSortedEles).toBe(sort);
    cy.destroy();
  });
});
