/**
 * The labels the canvas draws, read from the renderer itself in an end-to-end test: every element whose label
 * Cytoscape draws, its on-screen font size and the box Cytoscape measured for it. The instance is found
 * through the registry Cytoscape keeps on its container (`_cyreg`, a test's reach into Cytoscape, pinned with
 * the rest in src/graph/renderer/internals.ts).
 */
/* oxlint-disable no-underscore-dangle -- Cytoscape's registry on its container is how a test reaches the instance. */
import type { Page } from "playwright-core";

export interface DrawnLabel {
  id: string;
  node: boolean;
  type: string | undefined;
  /** The text drawn, its lines joined by spaces. */
  text: string;
  /** On screen, px. */
  px: number;
  /** On screen, px from the canvas's top-left corner. */
  box: { x1: number; y1: number; x2: number; y2: number };
  /** Wholly inside the canvas. */
  inView: boolean;
}

export interface LabelsOnScreen {
  labels: DrawnLabel[];
  /** Pairs of labels whose boxes overlap by more than half a pixel. */
  overlapping: [string, string][];
  /** Labels under a box floating over the canvas (the toolbar, the filter summary). */
  underOverlays: string[];
}

/** What the canvas draws now. */
export async function labelsOnScreen(page: Page): Promise<LabelsOnScreen> {
  // The bench runs this through tsx, whose esbuild names inner functions with a helper the page lacks.
  await page.evaluate("window.__name ??= (f) => f");
  return page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    // oxlint-disable-next-line typescript/no-explicit-any -- Cytoscape's instance, reached without its types.
    const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
    const cy = holder._cyreg.cy;
    const zoom: number = cy.zoom();
    const [width, height] = [cy.width(), cy.height()];
    const labels: DrawnLabel[] = [];
    // oxlint-disable-next-line typescript/no-explicit-any -- as above.
    cy.elements().forEach((ele: any) => {
      if (ele.pstyle("display").value === "none" || !ele.pstyle("label").strValue) return;
      if (ele.pstyle("text-opacity").value === 0) return;
      const px = ele.pstyle("font-size").pfValue * zoom;
      // Cytoscape draws no label smaller than this on screen (a big graph's unplanned labels).
      if (px < ele.pstyle("min-zoomed-font-size").pfValue) return;
      const box: Box = ele.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      labels.push({
        id: ele.id(),
        node: ele.isNode(),
        type: ele.data("type"),
        text: String(ele.pstyle("label").strValue).replaceAll("\n", " "),
        px: Math.round(px * 100) / 100,
        box: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
        inView: box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height,
      });
    });
    const meet = (a: Box, b: Box) =>
      Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0.5 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0.5;
    const overlapping: [string, string][] = [];
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        if (meet(a.box, b.box)) overlapping.push([a.id, b.id]);
      }),
    );
    const canvas = holder.getBoundingClientRect();
    const stage = holder.closest("[data-canvas-stage]");
    const overlays: Box[] = [...(stage?.querySelectorAll("[data-canvas-overlay]") ?? [])].map((o) => {
      const r = (o as HTMLElement).getBoundingClientRect();
      return { x1: r.left - canvas.left, y1: r.top - canvas.top, x2: r.right - canvas.left, y2: r.bottom - canvas.top };
    });
    const underOverlays = labels.filter((l) => overlays.some((o) => meet(o, l.box))).map((l) => l.id);
    return { labels, overlapping, underOverlays };
  });
}

/** The node labels drawn at `px` or more and wholly in view: the ones a reader can read. */
export const readable = (seen: LabelsOnScreen, px = 12) => seen.labels.filter((l) => l.node && l.inView && l.px >= px);
