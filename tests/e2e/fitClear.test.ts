/**
 * Fit keeps the graph clear of what floats over the canvas: the toolbar (top right) and the filter summary
 * (top left on a desktop). A focus leaves a handful of nodes spread across the canvas, and framing them in the
 * whole canvas put two of them under those boxes, where they could be neither read nor clicked. In Chromium
 * against the production build; the view is read from the canvas's data attributes, and the nodes' places
 * from the model's shipped positions and the app's own visibility rule.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { buildGraphIndex } from "../../src/model/graphIndex";
import type { GraphModel } from "../../src/model/schema";
import { computeVisibility } from "../../src/model/visibility";
import { launch, openApp } from "./browser";

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
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

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
  const canvas = page.locator("[data-zoom]");
  const data = await canvas.evaluate((el: HTMLElement) => ({ ...el.dataset }));
  const [zoom, panX, panY] = [Number(data.zoom), Number(data.panX), Number(data.panY)];
  const box = (await canvas.boundingBox())!;
  const overlays = [
    (await page.getByRole("toolbar", { name: "Graph view" }).boundingBox())!,
    (await page.locator(".hidden-summary").boundingBox())!,
  ];
  return model.nodes
    .filter((node) => shown.has(node.id))
    .filter((node) => {
      // The brief ships every node's position (the embedded model's own tests hold it to that).
      const { x: modelX, y: modelY } = node.position!;
      const x = box.x + modelX * zoom + panX;
      const y = box.y + modelY * zoom + panY;
      const half = NODE_HALF * zoom;
      const drawn = { x: x - half, y: y - half, width: 2 * half, height: 2 * half };
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
