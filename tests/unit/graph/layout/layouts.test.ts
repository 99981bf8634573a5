// Each layout places every node of the small fixture (tests/fixtures/models/small.graph.json) in headless
// Cytoscape; the shipped one uses the model's positions.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { toElements } from "../../../../src/graph/elements";
import { layoutOptions, restoreShippedPositions } from "../../../../src/graph/layout/layouts";
import { LAYOUT_NAMES } from "../../../../src/model/view/viewState";
import { loadSmallGraph } from "../../../support/smallGraph";

const graph = loadSmallGraph();

describe("layouts", () => {
  it.each(LAYOUT_NAMES)("%s places every node at a finite, distinct position", async (name) => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(graph.valid.model) });
    const options = await layoutOptions(name, cy, graph.valid.model, false);
    await new Promise<void>((done) => {
      const layout = cy.layout(options);
      layout.one("layoutstop", () => done());
      layout.run();
    });
    const points = cy.nodes().map((n) => `${Math.round(n.position("x"))},${Math.round(n.position("y"))}`);
    expect(points.every((p) => !p.includes("NaN"))).toBe(true);
    expect(new Set(points).size).toBe(graph.index.nodes.size);
    cy.destroy();
  });

  it("shipped uses the model's positions when every node has one", async () => {
    const model = {
      ...graph.valid.model,
      nodes: graph.valid.model.nodes.map((n, i) => ({ ...n, position: { x: i * 100, y: 7 } })),
    };
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toElements(model) });
    cy.nodes().positions({ x: 0, y: 0 });
    cy.layout(await layoutOptions("shipped", cy, model, false)).run();
    expect(cy.getElementById(model.nodes[2]!.id).position()).toEqual({ x: 200, y: 7 });
    cy.destroy();
  });

  it("a reset puts back only the nodes that were moved", () => {
    const model = {
      ...graph.valid.model,
      nodes: graph.valid.model.nodes.map((n, i) => ({ ...n, position: { x: i * 100, y: 7 } })),
    };
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      layout: { name: "preset", fit: false },
      elements: toElements(model),
    });
    const [first, second] = model.nodes;
    cy.getElementById(second!.id).position({ x: -40, y: 900 });
    const moved: string[] = [];
    cy.on("position", (event) => void moved.push(event.target.id()));
    expect(restoreShippedPositions(cy, model)).toBe(1);
    expect(moved).toEqual([second!.id]);
    expect(cy.getElementById(second!.id).position()).toEqual({ x: 100, y: 7 });
    expect(cy.getElementById(first!.id).position()).toEqual({ x: 0, y: 7 });
    expect(restoreShippedPositions(cy, model)).toBe(0);
    cy.destroy();
  });
});
