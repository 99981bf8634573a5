// A big graph's hairline edges are stroked in runs: only edges Cytoscape would draw as a bare line qualify,
// the painting order holds (anything else ends a run and is drawn by Cytoscape in its place), and wider lines
// are left to Cytoscape. The pixels match Cytoscape's own drawing in Chromium (tests/e2e/openGraph.test.ts).
import cytoscape, { type Core, type EdgeSingular } from "cytoscape";
import { describe, expect, it } from "vitest";
import { drawWithBatchedLines, plainLineLook, type LineContext } from "../../../../src/graph/renderer/batchedLines";
import { CANVAS_COLORS } from "../../../../src/look/canvasTheme";
import { buildStylesheet } from "../../../../src/graph/stylesheet";

const rgba = (hex: string) => `rgba(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")},1)`;
const GREY = rgba(CANVAS_COLORS.light.edge);

/** Nodes a–d, edges between them, in `big` graph style; each edge given the points a renderer would work out. */
function scene(big = true): Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: "preset" },
    style: buildStylesheet("light", big) as unknown as cytoscape.StylesheetJson,
    elements: [
      ...["a", "b", "c", "d"].map((id, i) => ({ data: { id, type: "concept" }, position: { x: i * 100, y: 0 } })),
      ...["ab", "bc", "cd", "da"].map((id) => ({
        data: { id, source: id[0]!, target: id[1]!, relation: "supports", label: "supports" },
      })),
    ],
  });
  cy.edges().forEach((edge) => {
    const [s, t] = [edge.source().position(), edge.target().position()];
    Object.assign(scratch(edge), { edgeType: big ? "haystack" : "bezier", allpts: [s.x, s.y, t.x, t.y] });
  });
  return cy;
}
// oxlint-disable-next-line no-underscore-dangle -- the renderer's scratch, which a headless instance leaves empty.
const scratch = (edge: EdgeSingular) => (edge as unknown as { _private: { rscratch: object } })._private.rscratch;

/** A context recording what is stroked, and what Cytoscape is asked to draw, in one log. */
function recorder(scale = 0.1) {
  const log: string[] = [];
  let path: string[] = [];
  const context = {
    lineWidth: 1,
    lineCap: "butt",
    lineJoin: "miter",
    strokeStyle: "#000",
    setLineDash() {},
    beginPath: () => (path = []),
    moveTo: (x: number, y: number) => path.push(`${x},${y}`),
    lineTo: (x: number, y: number) => path.push(`→${x},${y}`),
    stroke() {
      log.push(`stroke ${String(context.strokeStyle)} ${context.lineWidth}: ${path.join(" ")}`);
    },
    getTransform: () => ({ a: scale, b: 0 }),
  } satisfies LineContext;
  const drawOne = (ele: { id(): string }) => void log.push(`cytoscape ${ele.id()}`);
  return { log, context: context as LineContext, drawOne };
}

describe("plainLineLook", () => {
  it("takes a big graph's plain edge, in the stylesheet's colour and width", () => {
    const cy = scene();
    expect(plainLineLook(cy.$id("ab"))).toEqual({ key: `${GREY}|1|butt`, color: GREY, width: 1, cap: "butt" });
    cy.destroy();
  });

  it("refuses what Cytoscape draws as more than a bare opaque line", () => {
    const cy = scene();
    // Dimmed edges are translucent; a small graph's edges are curves with arrowheads and labels.
    expect(plainLineLook(cy.$id("ab").addClass("dimmed"))).toBeNull();
    const small = scene(false);
    expect(plainLineLook(small.$id("ab"))).toBeNull();
    // A selected edge is a plain line too, wider and in the selection's colour: wider than a hairline here.
    const selected = cy.$id("bc").addClass("selected");
    expect(plainLineLook(selected)?.color).toBe(rgba(CANVAS_COLORS.light.selection));
    expect(plainLineLook(selected, 1)).toBeNull();
    cy.destroy();
    small.destroy();
  });
});

describe("drawWithBatchedLines", () => {
  it("strokes each run of one look once, and draws everything else in its place", () => {
    const cy = scene();
    cy.$id("bc").addClass("dimmed");
    const { log, context, drawOne } = recorder();
    drawWithBatchedLines(context, [...cy.edges(), ...cy.nodes()], drawOne);
    expect(log).toEqual([
      `stroke ${GREY} 1: 0,0 →100,0`,
      "cytoscape bc",
      `stroke ${GREY} 1: 200,0 →300,0 300,0 →0,0`,
      "cytoscape a",
      "cytoscape b",
      "cytoscape c",
      "cytoscape d",
    ]);
    cy.destroy();
  });

  it("starts a new run where the look changes, and passes over hidden edges", () => {
    const cy = scene();
    // At this scale (1 model unit = 0.1 px) a selected edge, 4 units wide, is a hairline too.
    cy.$id("bc").addClass("selected");
    cy.$id("cd").style("display", "none");
    const { log, context, drawOne } = recorder();
    drawWithBatchedLines(context, [...cy.edges()], drawOne);
    expect(log).toEqual([
      `stroke ${GREY} 1: 0,0 →100,0`,
      `stroke ${rgba(CANVAS_COLORS.light.selection)} 4: 100,0 →200,0`,
      `stroke ${GREY} 1: 300,0 →0,0`,
    ]);
    cy.destroy();
  });

  it("leaves lines wider than a device pixel to Cytoscape, and everything when the scale is unknown", () => {
    const cy = scene();
    const atReadingSize = recorder(2);
    drawWithBatchedLines(atReadingSize.context, [...cy.edges()], atReadingSize.drawOne);
    expect(atReadingSize.log).toEqual(["cytoscape ab", "cytoscape bc", "cytoscape cd", "cytoscape da"]);
    const oldBrowser = recorder();
    delete (oldBrowser.context as Partial<LineContext>).getTransform;
    drawWithBatchedLines(oldBrowser.context, [...cy.edges()], oldBrowser.drawOne);
    expect(oldBrowser.log).toEqual(["cytoscape ab", "cytoscape bc", "cytoscape cd", "cytoscape da"]);
    cy.destroy();
  });
});
