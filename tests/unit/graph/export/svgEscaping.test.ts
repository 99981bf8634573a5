// A label is text in an SVG export, whatever characters it holds: `& < > " '` are escaped in a node's and an
// edge's label, so a label never closes an element or opens one.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { buildStylesheet } from "../../../../src/graph/stylesheet";
import { nodeSvg } from "../../../../src/graph/export/svgElements";
import { labelStyle, labelSvg } from "../../../../src/graph/export/svgLabel";

const measure = { width: (text: string) => text.length * 6, bottomToBaseline: () => 2 };
const hostile = `Tom & "Jerry's" <b>bold</b> </text><script>alert(1)</script>`;

describe("SVG export of hostile text", () => {
  it("escapes every markup character in node labels and in the labels drawn on edges", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet("light") as unknown as cytoscape.StylesheetJson,
      elements: [
        { data: { id: "a", label: hostile, type: "concept", size: 30 }, position: { x: 0, y: 0 } },
        { data: { id: "b", label: "B", type: "concept", size: 30 }, position: { x: 300, y: 0 } },
        { data: { id: "e", source: "a", target: "b", label: hostile, family: "argument" }, classes: "selected" },
      ],
    });
    // An edge's label is drawn by the same labelSvg (its line needs the canvas renderer, absent here).
    const edgeLabel = labelSvg([hostile], 0, 0, 12, labelStyle(cy.getElementById("e")), measure);
    for (const svg of [nodeSvg(cy.getElementById("a"), measure), edgeLabel]) {
      const text = svg.replaceAll(/<\/?(g|text|tspan|path|rect)\b[^>]*>/g, "");
      // What remains once the export's own elements are taken out is text, escaped: no tag, no raw & or quote.
      expect(text).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|apos);)/);
      expect(text).toContain("&lt;script&gt;");
      expect(text).toContain("&amp;");
      expect(text).toContain("&quot;Jerry&apos;s&quot;");
    }
    cy.destroy();
  });
});
