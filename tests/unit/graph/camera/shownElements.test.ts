// What the filters leave on the canvas, by class, agrees with Cytoscape's own ":visible" under our stylesheet.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { HIDDEN_CLASS, shownElements } from "../../../../src/graph/camera/shownElements";
import { buildStylesheet } from "../../../../src/graph/stylesheet";

const ids = (eles: cytoscape.Collection) => eles.map((e) => e.id()).toSorted();

describe("shownElements", () => {
  for (const big of [false, true]) {
    it(`is what ":visible" selects, with a node and its edges hidden, dimmed and selected ones shown (big: ${big})`, () => {
      const cy = cytoscape({
        headless: true,
        styleEnabled: true,
        style: buildStylesheet("light", big) as unknown as cytoscape.StylesheetJson,
        elements: [
          { data: { id: "a", type: "concept", label: "A" } },
          { data: { id: "b", type: "actor", label: "B" } },
          { data: { id: "c", type: "place", label: "C" } },
          { data: { id: "ab", source: "a", target: "b", relation: "supports" } },
          { data: { id: "bc", source: "b", target: "c", relation: "located-in" } },
        ],
      });
      expect(ids(shownElements(cy))).toEqual(["a", "ab", "b", "bc", "c"]);
      cy.getElementById("c").addClass(HIDDEN_CLASS);
      cy.getElementById("bc").addClass(HIDDEN_CLASS);
      cy.getElementById("a").addClass("dimmed");
      cy.getElementById("ab").addClass("dimmed");
      cy.getElementById("b").addClass("selected");
      expect(ids(shownElements(cy))).toEqual(["a", "ab", "b"]);
      expect(ids(shownElements(cy))).toEqual(ids(cy.elements(":visible")));
      cy.destroy();
    });
  }
});
