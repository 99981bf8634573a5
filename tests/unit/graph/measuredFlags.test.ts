// The renderer's "measured" flags set where they are true: after a measure, and for the edges of measured nodes.
import cytoscape, { type Core, type SingularElementReturnValue } from "cytoscape";
import { describe, expect, it } from "vitest";
import { markEdgesMeasured, measure } from "../../../src/graph/measuredFlags";

interface Flags {
  clean?: boolean;
  cleanConnected?: boolean;
}
// oxlint-disable-next-line no-underscore-dangle -- the flags under test are on Cytoscape's private record.
const flags = (e: SingularElementReturnValue) => (e as unknown as { _private: { rstyle: Flags } })._private.rstyle;

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: ".hidden", style: { display: "none" } }],
    elements: [
      { data: { id: "a" }, position: { x: 0, y: 0 } },
      { data: { id: "b" }, position: { x: 100, y: 0 } },
      { data: { id: "c" }, position: { x: 0, y: 100 }, classes: "hidden" },
      { data: { id: "ab", source: "a", target: "b" } },
    ],
  });
}

describe("measure", () => {
  it("marks displayed elements measured, and not those Cytoscape does not measure", () => {
    const cy = graph();
    measure(cy.elements());
    expect(["a", "b", "ab"].map((id) => flags(cy.getElementById(id)).clean)).toEqual([true, true, true]);
    expect(flags(cy.getElementById("c")).clean).not.toBe(true);
  });
});

describe("markEdgesMeasured", () => {
  it("marks the edges of measured nodes only", () => {
    const cy = graph();
    measure(cy.elements());
    flags(cy.getElementById("b")).clean = false; // as the renderer does when a node changes
    markEdgesMeasured(cy.nodes());
    expect(["a", "b", "c"].map((id) => flags(cy.getElementById(id)).cleanConnected === true)).toEqual([
      true,
      false,
      false,
    ]);
  });
});
