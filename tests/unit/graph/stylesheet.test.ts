// The stylesheet and palette: complete for the vocabulary, accepted by Cytoscape without warnings, and with
// label contrast of at least 4.5:1 (WCAG 1.4.3) and shape outlines of at least 3:1 (WCAG 1.4.11).
import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";
import { COLORS, FAMILY_LOOK, NODE_LOOK, RELATION_FAMILY, TYPE_ORDER } from "../../../src/look/appearance";
import { toElements } from "../../../src/graph/elements";
import {
  ALTERNATE_THEME_CLASS,
  STYLESHEET,
  buildStylesheet,
  withAlternateTheme,
  type StyleRule,
} from "../../../src/graph/stylesheet";
import type { GraphModel } from "../../../src/model/brief/schema";
import { NODE_TYPES, RELATIONS } from "../../../src/model/brief/vocabulary";
import { loadSmallGraph } from "../../support/smallGraph";
import { ZOOM_LIMITS } from "../../../src/graph/camera/zoomLimits";
import { LEAST_DRAWN_LABEL_PX, UNDRAWN_LABEL_FONT } from "../../../src/look/labels";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].toSorted((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("palette", () => {
  it("labels, drawn below nodes on a plate of the background colour, reach 4.5:1", () => {
    expect(contrast(COLORS.label, COLORS.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLORS.label, COLORS.labelPlate)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLORS.edgeLabel, COLORS.labelPlate)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(NODE_TYPES)("%s has an outline of at least 3:1 against the background", (type) => {
    expect(contrast(NODE_LOOK[type].border, COLORS.background)).toBeGreaterThanOrEqual(3);
  });

  it("gives every type its own shape and colour, and lists every type once", () => {
    expect(new Set(NODE_TYPES.map((t) => NODE_LOOK[t].shape)).size).toBe(NODE_TYPES.length);
    expect(new Set(NODE_TYPES.map((t) => NODE_LOOK[t].fill)).size).toBe(NODE_TYPES.length);
    expect(TYPE_ORDER.toSorted()).toEqual([...NODE_TYPES].toSorted());
  });

  it("puts every relation in a family with a distinct line", () => {
    const families = new Set(RELATIONS.map((r) => RELATION_FAMILY[r]));
    expect([...families].toSorted()).toEqual(Object.keys(FAMILY_LOOK).toSorted());
    // Each family's line differs from every other's: style, dash pattern, doubling or arrowhead.
    const lines = Object.values(FAMILY_LOOK).map((f) => `${f.lineStyle}|${f.dash?.join(",")}|${f.double}|${f.arrow}`);
    expect(new Set(lines).size).toBe(lines.length);
    // Only the mutual relations go without an arrowhead.
    const undirected = RELATIONS.filter((r) => !FAMILY_LOOK[RELATION_FAMILY[r]].arrow);
    expect(undirected).toEqual(["coordinates-with", "contrasts-with"]);
    const looks = Object.values(FAMILY_LOOK).map((f) => `${f.lineStyle}/${f.dash?.join(",")}/${f.double}`);
    expect(new Set(looks).size).toBe(looks.length);
  });
});

/**
 * `model` (the small fixture unless given) in headless Cytoscape under `stylesheet`, which must be accepted
 * without a warning.
 */
function styledGraph(stylesheet: readonly StyleRule[], model: GraphModel = loadSmallGraph().valid.model) {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(model),
    style: stylesheet as unknown as cytoscape.StylesheetJson,
  });
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
  return cy;
}

describe("stylesheet in headless Cytoscape", () => {
  it("is accepted without warnings and styles every type and relation", () => {
    const cy = styledGraph(STYLESHEET);
    const pbc = cy.getElementById("pbc");
    expect(pbc.style("shape")).toBe(NODE_LOOK["un-body"].shape);
    expect(pbc.style("background-color")).toBe("rgb(51,34,136)");
    const supports = cy.getElementById("pbc-supports-cote-d-ivoire");
    expect(supports.style("line-style")).toBe("dashed");
    expect(supports.style("label")).toBe("");
    supports.addClass("hover");
    expect(supports.style("label")).toBe("supports");
    cy.getElementById("pbf").addClass("hidden");
    expect(cy.getElementById("pbf").visible()).toBe(false);
    cy.destroy();
  });

  it("draws every relation in its family's line, resting, hovered and emphasised", () => {
    // One edge per relation between two nodes, through the same conversion as a loaded model.
    const model = {
      nodes: [
        { id: "a", label: "A", type: "concept" },
        { id: "b", label: "B", type: "concept" },
      ],
      edges: RELATIONS.map((relation) => ({ id: relation, source: "a", target: "b", relation })),
    } as unknown as GraphModel;
    const cy = styledGraph(STYLESHEET, model);
    for (const relation of RELATIONS) {
      const edge = cy.getElementById(relation);
      const look = FAMILY_LOOK[RELATION_FAMILY[relation]];
      const seen = {
        line: edge.style("line-style"),
        dash: look.dash ? edge.style("line-dash-pattern") : undefined,
        arrow: edge.style("target-arrow-shape"),
        outline: edge.numericStyle("line-outline-width") > 0,
      };
      expect({ relation, ...seen }).toEqual({
        relation,
        line: look.lineStyle,
        dash: look.dash?.join(" "),
        arrow: look.arrow ? "triangle" : "none",
        outline: look.double === true,
      });
      edge.addClass("hover");
      expect(edge.numericStyle("width")).toBe(look.double ? 4 : 2.5);
      edge.removeClass("hover").addClass("emph");
      expect(edge.numericStyle("width")).toBe(look.double ? 4 : 2.5);
    }
    cy.destroy();
  });

  it("draws a big graph's edges as plain solid lines that take no pointer events", () => {
    const cy = styledGraph(buildStylesheet("light", true));
    for (const edge of cy.edges()) {
      expect(edge.style("line-style")).toBe("solid");
      expect(edge.style("curve-style")).toBe("haystack");
      expect(edge.style("events")).toBe("no");
    }
    // Nodes keep their look and stay clickable.
    expect(cy.getElementById("pbc").style("shape")).toBe(NODE_LOOK["un-body"].shape);
    expect(cy.getElementById("pbc").style("events")).toBe("yes");
    cy.destroy();
  });

  it("keeps a big graph's node labels undrawn, never empty, until the label rule sizes one", () => {
    const cy = styledGraph(buildStylesheet("light", true));
    const pbc = cy.getElementById("pbc");
    // Non-empty, so showing one never re-sorts the drawing order; too small at the closest zoom to be drawn.
    expect(pbc.style("label")).not.toBe("");
    expect(pbc.numericStyle("font-size") * ZOOM_LIMITS.max).toBeLessThan(pbc.numericStyle("min-zoomed-font-size"));
    expect(UNDRAWN_LABEL_FONT * ZOOM_LIMITS.max).toBeLessThan(LEAST_DRAWN_LABEL_PX);
    cy.destroy();
  });

  it("keeps a big graph's drawing order through hovers and selections", () => {
    const cy = styledGraph(buildStylesheet("light", true));
    const supports = cy.getElementById("pbc-supports-cote-d-ivoire");
    const pbc = cy.getElementById("pbc");
    const before = { width: supports.numericStyle("width"), border: pbc.numericStyle("border-width") };
    supports.addClass("emph hover selected");
    pbc.addClass("selected");
    // No label appears and no z-index changes: either makes Cytoscape re-sort every element.
    expect(supports.style("label")).toBe("");
    expect(supports.numericStyle("z-index")).toBe(0);
    expect(pbc.numericStyle("z-index")).toBe(0);
    // The emphasis itself still shows, in the selection's colour.
    expect(supports.numericStyle("width")).toBeGreaterThan(before.width);
    expect(supports.style("line-color")).toBe(pbc.style("border-color"));
    expect(pbc.numericStyle("border-width")).toBeGreaterThan(before.border);
    cy.destroy();
  });
});

describe("withAlternateTheme", () => {
  const STATES = ["hover", "emph", "selected", "dimmed", "hidden", "label-hidden"];
  /** Every element's whole computed style, in every combination of the state classes the app sets. */
  function styles(cy: cytoscape.Core, extra = ""): string[] {
    const out: string[] = [];
    for (let set = 0; set < 2 ** STATES.length; set++) {
      const classes = STATES.filter((_, i) => set & (1 << i));
      cy.elements().classes([...classes, ...(extra ? [extra] : [])]);
      for (const ele of cy.elements()) out.push(`${ele.id()} ${classes.join(" ")}: ${JSON.stringify(ele.style())}`);
    }
    return out;
  }

  it.each([
    ["light", "dark", false],
    ["dark", "light", false],
    ["light", "dark", true],
    ["dark", "light", true],
  ] as const)("draws %s elements as %s alone would once they have the class (big: %s)", (from, to, big) => {
    const both = styledGraph(withAlternateTheme(buildStylesheet(from, big), buildStylesheet(to, big)));
    const primary = styledGraph(buildStylesheet(from, big));
    const alternate = styledGraph(buildStylesheet(to, big));
    expect(styles(both)).toEqual(styles(primary));
    expect(styles(both, ALTERNATE_THEME_CLASS)).toEqual(styles(alternate));
    // The themes do differ: the comparison above is not between equal stylesheets.
    expect(styles(primary)).not.toEqual(styles(alternate));
    for (const cy of [both, primary, alternate]) cy.destroy();
  });

  it("refuses stylesheets whose rules do not line up", () => {
    expect(() => withAlternateTheme(buildStylesheet("light", true), buildStylesheet("dark"))).toThrow(
      "The two themes' stylesheets must list the same selectors in the same order.",
    );
  });
});
