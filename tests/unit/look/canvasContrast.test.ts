// The canvas palette in both themes: labels on their plates reach 4.5:1 (WCAG 1.4.3) even where a plate,
// which is translucent, sits over the darkest or lightest node fill or a line, and when a node is dimmed;
// outlines, lines and the selection reach 3:1 against the background (WCAG 1.4.11).
import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { NODE_LOOK } from "../../../src/look/appearance";
import { CANVAS_COLORS, DIMMED_TEXT_OPACITY, NODE_BORDER } from "../../../src/look/canvasTheme";
import { toElements } from "../../../src/graph/elements";
import { buildStylesheet } from "../../../src/graph/stylesheet";
import type { ThemeName } from "../../../src/look/theme";
import { NODE_TYPES } from "../../../src/model/brief/vocabulary";
import { loadSmallGraph } from "../../support/smallGraph";
import { contrast, over } from "../../support/contrast";

const THEMES: ThemeName[] = ["light", "dark"];
/** "rgb(51,34,136)" as "#332288". */
const hex = (rgb: string) =>
  `#${(rgb.match(/\d+/g) ?? []).map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;
// What may lie under a label's plate: the background, any node fill, any line.
const underneath = (theme: ThemeName) => [
  CANVAS_COLORS[theme].background,
  CANVAS_COLORS[theme].edge,
  ...NODE_TYPES.map((t) => NODE_LOOK[t].fill),
];
// The stylesheet's plate opacities: 0.85 under node labels, 0.9 under edge labels.
const NODE_PLATE = 0.85;
const EDGE_PLATE = 0.9;

describe.each(THEMES)("the %s canvas", (theme) => {
  const c = CANVAS_COLORS[theme];

  it("node labels reach 4.5:1 on their plate over anything the plate may cover", () => {
    const worst = Math.min(...underneath(theme).map((u) => contrast(c.label, over(c.labelPlate, u, NODE_PLATE))));
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it("edge labels reach 4.5:1 on their plate over anything the plate may cover", () => {
    const worst = Math.min(...underneath(theme).map((u) => contrast(c.edgeLabel, over(c.labelPlate, u, EDGE_PLATE))));
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });

  it("dimmed node labels still reach 4.5:1", () => {
    const plate = over(c.labelPlate, c.background, NODE_PLATE);
    expect(contrast(over(c.label, plate, DIMMED_TEXT_OPACITY), plate)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NODE_TYPES)("%s has an outline of at least 3:1 against the background", (type) => {
    expect(contrast(NODE_BORDER[theme][type], c.background)).toBeGreaterThanOrEqual(3);
  });

  it("lines and the selection reach 3:1 against the background", () => {
    expect(contrast(c.edge, c.background)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.selection, c.background)).toBeGreaterThanOrEqual(3);
  });

  it("is accepted by Cytoscape without warnings and draws this theme's colours", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(loadSmallGraph().valid.model),
      style: buildStylesheet(theme) as unknown as cytoscape.StylesheetJson,
    });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    const pbc = cy.getElementById("pbc");
    expect(hex(pbc.style("border-color"))).toBe(NODE_BORDER[theme]["un-body"].toLowerCase());
    expect(hex(pbc.style("color"))).toBe(c.label.toLowerCase());
    cy.destroy();
  });
});

describe("switching themes on a live instance", () => {
  it("replaces the colours and keeps element classes", () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(loadSmallGraph().valid.model),
      style: buildStylesheet("light") as unknown as cytoscape.StylesheetJson,
    });
    cy.getElementById("pbc").addClass("selected");
    cy.style().fromJson(buildStylesheet("dark")).update();
    expect(cy.getElementById("pbc").hasClass("selected")).toBe(true);
    expect(cy.getElementById("pbc").style("border-color")).toBe("rgb(86,180,233)");
    cy.destroy();
  });
});
