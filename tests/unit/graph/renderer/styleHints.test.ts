// Every element hashes its style in one shared scratch object, and the keys Cytoscape's texture caches use come
// out the same as with Cytoscape's own per-element scratch, through every kind of restyling the app does.
import cytoscape, { type Core } from "cytoscape";
import { describe, expect, it } from "vitest";
import { keepStyleHintsLight } from "../../../../src/graph/renderer/styleHints";
import { buildStylesheet } from "../../../../src/graph/stylesheet";

const KEYS = [
  "styleKey",
  "labelDimsKey",
  "labelKey",
  "labelStyleKey",
  "sourceLabelKey",
  "sourceLabelStyleKey",
  "targetLabelKey",
  "targetLabelStyleKey",
  "nodeKey",
  "hasPie",
  "hasStripe",
] as const;

type Private = Record<string, unknown> & { styleKeys: object };
/** An element's record, styled first: headless, Cytoscape styles an element only when something asks. */
function internals(cy: Core, id: string): Private {
  const element = cy.getElementById(id);
  element.numericStyle("width");
  // oxlint-disable-next-line no-underscore-dangle -- the keys under test live on Cytoscape's private record.
  return (element as unknown as { _private: Private })._private;
}

function graph(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet("light") as unknown as cytoscape.StylesheetJson,
    elements: [
      { data: { id: "a", label: "Prevention", type: "concept" } },
      { data: { id: "b", label: "Security Council", type: "un-body" } },
      { data: { id: "c", label: "Recommendation 1", type: "recommendation" } },
      { data: { id: "ab", source: "a", target: "b", relation: "supports", label: "supports" } },
      { data: { id: "cb", source: "c", target: "b", relation: "contrasts-with", label: "contrasts with" } },
    ],
  });
}

/** Restyles `cy` the ways the app does, and returns every element's keys after each step. */
function keysThroughRestyling(cy: Core): Record<string, unknown>[] {
  const snapshot = () =>
    Object.fromEntries(
      cy.elements().map((e) => [e.id(), Object.fromEntries(KEYS.map((k) => [k, internals(cy, e.id())[k]]))]),
    );
  const steps = [
    () => {},
    () => cy.getElementById("a").addClass("selected"),
    () => cy.elements().not(cy.getElementById("a").closedNeighborhood()).addClass("dimmed"),
    () => cy.getElementById("ab").addClass("hover"),
    () => cy.getElementById("b").data("label", "Peacebuilding Commission"),
    () => cy.style(buildStylesheet("dark") as unknown as cytoscape.StylesheetJson),
    () => cy.elements().removeClass("selected dimmed hover"),
  ];
  return steps.map((step) => {
    step();
    return snapshot();
  });
}

describe("keepStyleHintsLight", () => {
  it("gives every element the same style keys as Cytoscape's own scratch, sharing one scratch object", () => {
    const plain = graph();
    // Cytoscape keeps a scratch object per element: what this module is for. If that changes, so should it.
    expect(internals(plain, "a").styleKeys).not.toBe(internals(plain, "b").styleKeys);
    expect(Object.keys(internals(plain, "a").styleKeys).length).toBeGreaterThan(10);
    const expected = keysThroughRestyling(plain);
    expect(expected[0]).not.toEqual(expected[1]); // the steps do change keys

    const light = graph();
    keepStyleHintsLight(light);
    expect(keysThroughRestyling(light)).toEqual(expected);
    const scratch = internals(light, "a").styleKeys;
    expect(light.elements().map((e) => internals(light, e.id()).styleKeys === scratch)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    plain.destroy();
    light.destroy();
  });

  it("is installed once however many instances ask", () => {
    const cy = graph();
    keepStyleHintsLight(cy);
    const style = Object.getPrototypeOf(cy.style()) as { updateStyleHints: unknown };
    const installed = style.updateStyleHints;
    keepStyleHintsLight(graph());
    expect(style.updateStyleHints).toBe(installed);
    cy.destroy();
  });
});
