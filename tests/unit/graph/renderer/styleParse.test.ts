// Cytoscape's parse cache keys values by a 32-bit hash and trusts it: the label "Item 3094" and the bypass
// `text-halign: right` share one, so the second parsed is handed the first's parse (in the app, a node then
// showed another's label). The patch keys by the whole name and value; this shows the collision in the pinned
// Cytoscape, then its absence once patched.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { keepStyleParsesApart } from "../../../../src/graph/renderer/styleParse";

/** A node labelled "Item 1" beside one labelled "Item 3094", the first's label then placed to the right. */
function placeLabelRight() {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [{ data: { id: "a", label: "Item 3094" } }, { data: { id: "b", label: "Item 1" } }],
    // Written as a rule, the label is parsed when the style is (a mapped one is parsed on first draw).
    style: [
      { selector: "node", style: { label: "data(label)", "text-halign": "center" } },
      { selector: "#a", style: { label: "Item 3094" } },
    ],
  });
  const node = cy.getElementById("b");
  node.style("text-halign", "right");
  const seen = { label: node.style("label") as string, halign: node.style("text-halign") as string };
  cy.destroy();
  return seen;
}

describe("keepStyleParsesApart", () => {
  it("is needed: unpatched, the pinned Cytoscape hands the bypass the label's parse, and loses it", () => {
    expect(placeLabelRight()).toEqual({ label: "Item 1", halign: "center" });
  });

  it("parses every value as itself once patched, and keeps bypasses apart from the rules", () => {
    keepStyleParsesApart();
    keepStyleParsesApart();
    expect(placeLabelRight()).toEqual({ label: "Item 1", halign: "right" });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [{ data: { id: "a", size: 10 } }, { data: { id: "b", size: 20 } }],
      style: [{ selector: "node", style: { width: "data(size)", "background-color": "#123456" } }],
    });
    cy.getElementById("a").style("background-color", "#abcdef");
    expect(cy.nodes().map((n) => [n.style("width") as string, n.style("background-color") as string])).toEqual([
      ["10px", "rgb(171,205,239)"],
      ["20px", "rgb(18,52,86)"],
    ]);
    // An invalid value is refused, as before, and leaves the rule's value.
    cy.getElementById("b").style("background-color", "not a colour");
    expect(cy.getElementById("b").style("background-color")).toBe("rgb(18,52,86)");
    cy.destroy();
  });
});
