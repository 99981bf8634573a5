/**
 * An image of the whole graph shows the labels that fit at its size, as the canvas does; "All labels" keeps
 * every one, as before. Checked on a crowded graph (synthetic: 60 nodes on a grid, their labels longer than
 * the grid is wide) through the SVG export, whose labels are text to count.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { syntheticModel } from "../../scripts/lib/syntheticModel";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";
import { exportFile } from "../support/exportDialog";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;

// Sixty nodes on the synthetic grid, each labelled wider than the grid's columns: they cannot all fit.
const crowded = syntheticModel(60, { positions: true });
for (const node of crowded.nodes) node.label = `${node.label} and a much longer name`;

beforeAll(async () => {
  browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  expect(await openApp(page, baseUrl)).toEqual([]);
  await page.locator('input[type="file"]').setInputFiles({
    name: "crowded.graph.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(crowded)),
  });
  await page.waitForFunction(() => document.querySelector(".graph-title")?.textContent?.includes("60 nodes"));
  await page.waitForFunction(() => document.body.dataset.ready === "true");
});
afterAll(async () => {
  await browser?.close();
});

/** The node labels of an exported SVG: its text elements that read "Item …". */
const nodeLabels = (path: string) =>
  (readFileSync(path, "utf8").match(/<text[^>]*>[\s\S]*?<\/text>/g) ?? []).filter((t) => /Item \d+/.test(t)).length;

describe("the whole graph as an image", () => {
  it("shows only the labels that fit, unless every label is asked for", async () => {
    const fitting = await exportFile(page, {
      format: "SVG image",
      scope: "Whole graph",
      legend: false,
      allLabels: false,
      tag: "fitting",
    });
    const all = await exportFile(page, {
      format: "SVG image",
      scope: "Whole graph",
      legend: false,
      allLabels: true,
      tag: "all-labels",
    });
    expect(nodeLabels(all.path)).toBe(crowded.nodes.length);
    expect(nodeLabels(fitting.path)).toBeGreaterThan(0);
    expect(nodeLabels(fitting.path)).toBeLessThan(crowded.nodes.length);
  });
});
