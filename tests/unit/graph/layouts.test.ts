// Each layout places every node of the small fixture (tests/fixtures/models/small.graph.json) in headless
// Cytoscape; the shipped one uses the model's positions.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { toElements } from "../../../src/graph/elements";
import { layoutOptions } from "../../../src/graph/layouts";
import { LAYOUT_NAMES } from "../../../src/model/viewState";
import { loadSmallGraph } from "../state/smallGraph";

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
});
