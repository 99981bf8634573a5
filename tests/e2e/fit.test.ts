/**
 * Fit in Chromium against the production build. It keeps the graph clear of what floats over the canvas: the
 * toolbar (top right) and the filter summary (top left on a desktop). A focus leaves a handful of nodes spread
 * across the canvas, and framing them in the whole canvas put two of them under those boxes, where they could
 * be neither read nor clicked. And a fitted view stays fitted as the canvas changes size, until the reader
 * moves it. The view is read through canvasView.ts, and which nodes a focus shows from the app's own rule.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildGraphIndex } from "../../src/model/query/graphIndex";
import type { GraphModel } from "../../src/model/brief/schema";
import { computeVisibility } from "../../src/model/query/visibility";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";
import { onPage, readView } from "./canvasView";

const model = JSON.parse(readFileSync("graph-data/brief.graph.json", "utf8")) as GraphModel;
const baseUrl = inject("baseUrl");
const FOCUS = { id: "peacebuilding-commission", depth: 1 };
const shown = computeVisibility(buildGraphIndex(model), {
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  focus: FOCUS,
}).nodes;
/** Half a node's drawn size, model units: the biggest shapes are 40 across. */
const NODE_HALF = 20;

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The labels of the nodes whose centres lie less than `margin` pixels inside the canvas, or outside it. */
async function nodesNearTheEdge(page: Page, margin: number): Promise<string[]> {
  const view = await readView(page);
  const { x, y, width, height } = view.box;
  return model.nodes
    .filter((node) => {
      const at = onPage(view, node);
      return at.x < x + margin || at.x > x + width - margin || at.y < y + margin || at.y > y + height - margin;
    })
    .map((node) => node.label);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The labels of the shown nodes that lie, on the page, under the toolbar or the filter summary. */
async function nodesUnderOverlays(page: Page): Promise<string[]> {
  const view = await readView(page);
  const overlays = [
    (await page.getByRole("toolbar", { name: "Graph view" }).boundingBox())!,
    (await page.locator(".hidden-summary").boundingBox())!,
  ];
  const half = NODE_HALF * view.zoom;
  return model.nodes
    .filter((node) => shown.has(node.id))
    .filter((node) => {
      const at = onPage(view, node);
      const drawn = { x: at.x - half, y: at.y - half, width: 2 * half, height: 2 * half };
      return overlays.some((overlay) => overlap(drawn, overlay));
    })
    .map((node) => node.label);
}

describe("Fit, with the filter summary and the toolbar over the canvas", () => {
  it("opens a focus link and fits it again with no node under either", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = await openApp(page, `${baseUrl}?focus=${FOCUS.id}&depth=${FOCUS.depth}`);
    expect(shown.size).toBe(8);
    expect(await nodesUnderOverlays(page)).toEqual([]);

    const zoom = () => page.locator("[data-zoom]").getAttribute("data-zoom");
    const opened = await zoom();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(zoom).not.toBe(opened);
    await page.getByRole("button", { name: "Fit" }).click();
    await expect.poll(zoom).toBe(opened);
    expect(await nodesUnderOverlays(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("a fitted view, as the canvas changes size", () => {
  // Fit leaves 30 px around the drawing; a node's centre sits farther in than that, its label below it.
  const MARGIN = 20;

  it("fits again when a notice above the canvas takes some of its height", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, `${baseUrl}?node=no-such-node`);
    await expect.poll(() => page.getByText("No node or edge with id `no-such-node`").isVisible()).toBe(true);
    await expect.poll(() => nodesNearTheEdge(page, MARGIN)).toEqual([]);
    await context.close();
  });

  it("fits again when the window shrinks, but keeps the middle of a view the reader has moved", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    await openApp(page, baseUrl);
    const opening = await readView(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(async () => (await readView(page)).box.height).toBe(opening.box.height - 80);
    await expect.poll(() => nodesNearTheEdge(page, MARGIN)).toEqual([]);
    expect((await readView(page)).zoom).toBeLessThan(opening.zoom);

    const fitted = (await readView(page)).zoom;
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(async () => (await readView(page)).zoom).toBeGreaterThan(fitted);
    const moved = await readView(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(async () => (await readView(page)).box.height).toBe(opening.box.height);
    const after = await readView(page);
    expect(after.zoom).toBe(moved.zoom);
    expect(after.panY - moved.panY).toBeCloseTo(40, 0);
    await context.close();
  });
});
