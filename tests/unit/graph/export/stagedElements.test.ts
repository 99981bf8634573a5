// An export of the view copies into its stage only what can draw into the view, and the far ends of the lines
// that cross it (Cytoscape refuses a line without its ends); other scopes copy everything.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { stagedElements } from "../../../../src/graph/export/stage";

const main = () =>
  cytoscape({
    headless: true,
    layout: { name: "preset", fit: false },
    elements: [
      { data: { id: "here" }, position: { x: 0, y: 0 } },
      { data: { id: "far-left" }, position: { x: -5000, y: 0 } },
      { data: { id: "far-right" }, position: { x: 5000, y: 0 } },
      { data: { id: "far-down" }, position: { x: 5000, y: 9000 } },
      { data: { id: "across", source: "far-left", target: "far-right" } },
      { data: { id: "far-only", source: "far-right", target: "far-down" } },
    ],
  });
const ids = (eles: { map(f: (e: { id(): string }) => string): string[] }) => eles.map((e) => e.id()).toSorted();

describe("stagedElements", () => {
  it("stages the view's elements and the ends of the lines through it", () => {
    const cy = main();
    cy.viewport({ zoom: 1, pan: { x: 100, y: 100 } }); // headless: a view of no size around (-100, -100)
    expect(ids(stagedElements(cy, "view"))).toEqual(["across", "far-left", "far-right", "here"]);
    cy.destroy();
  });

  it("stages every element for the whole graph and the filtered view", () => {
    const cy = main();
    expect(stagedElements(cy, "whole")).toHaveLength(6);
    expect(stagedElements(cy, "filtered")).toHaveLength(6);
    cy.destroy();
  });
});
