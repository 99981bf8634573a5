/**
 * Synthetic graphs opened like a reader's file (the "Open graph" file input), without positions, so the worker
 * validates and lays them out. Per run, in a fresh context: times to validated, painted and interactive, fps
 * during a real drag-pan and wheel-zoom, the longest main-thread task after load, the JS heap, and whether a
 * progress bar showed, then the longest task of each common operation (see OPERATIONS). "Interactive": the end of the last long task (> 50 ms) before the main thread has been
 * quiet for 500 ms after the first paint; "after load" starts there.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { syntheticModel } from "../lib/syntheticModel";
import { canRelayout } from "../../src/model/layout/layoutLimits";
import { gridLayout } from "../../src/model/layout/gridLayout";
import { NODE_METRICS } from "../../src/model/geometry/labelBoxes";
import type { Position } from "../../src/model/brief/schema";
import { openApp } from "../../tests/e2e/browser";
import { clickLatencies, type ModelNode } from "./interaction";
import { framesPerSecond, installProbes, longestTaskSince, waitForQuiet } from "./probes";

export type BigSample = Record<string, number>;

/**
 * Writes the synthetic model of `n` nodes, without positions, to a temporary JSON file. Returns its path and
 * its nodes where the app will place them: known for the grid layout, unknown (no position) for fcose.
 */
export function writeSynthetic(n: number): { file: string; nodes: ModelNode[] } {
  const file = join(mkdtempSync(join(tmpdir(), "briefgraph-bench-")), `synthetic-${n}.json`);
  const model = syntheticModel(n);
  writeFileSync(file, JSON.stringify(model));
  const placed = canRelayout(n) ? new Map<string, Position>() : gridLayout(model);
  return { file, nodes: model.nodes.map((m) => ({ id: m.id, label: m.label, position: placed.get(m.id) })) };
}

const markTime = (page: Page, name: string, timeout = 120_000) =>
  page
    .waitForFunction((n) => performance.getEntriesByName(n, "mark").at(-1)?.startTime, name, { timeout })
    .then((h) => h.jsonValue() as Promise<number>);

/**
 * A point of the canvas's empty background near its centre: with known grid positions, the gap between four
 * cells next to the node nearest the centre; otherwise a corner inside the fit padding.
 */
async function backgroundPoint(page: Page, nodes: readonly ModelNode[]): Promise<{ x: number; y: number }> {
  const gap = { x: NODE_METRICS.labelMaxWidth / 2 + 15, y: 45 };
  return page.evaluate(
    ([list, half]) => {
      const c = document.querySelector<HTMLElement>("[data-zoom]")!;
      const r = c.getBoundingClientRect();
      const zoom = Number(c.dataset.zoom);
      const [panX, panY] = [Number(c.dataset.panX), Number(c.dataset.panY)];
      const centre = { x: (r.width / 2 - panX) / zoom, y: (r.height / 2 - panY) / zoom };
      let best: { x: number; y: number } | undefined;
      for (const n of list) {
        const p = n.position;
        if (
          p &&
          (!best || Math.hypot(p.x - centre.x, p.y - centre.y) < Math.hypot(best.x - centre.x, best.y - centre.y))
        )
          best = p;
      }
      if (best) return { x: r.left + (best.x + half.x) * zoom + panX, y: r.top + (best.y + half.y) * zoom + panY };
      const corners = [
        { x: r.left + 12, y: r.bottom - 12 },
        { x: r.right - 12, y: r.bottom - 12 },
        { x: r.left + 12, y: r.top + 12 },
      ];
      return corners.find((p) => c.contains(document.elementFromPoint(p.x, p.y))) ?? corners[0]!;
    },
    [nodes as ModelNode[], gap] as const,
  );
}

async function dragPan(page: Page, nodes: readonly ModelNode[]): Promise<void> {
  const p = await backgroundPoint(page, nodes);
  await page.mouse.move(p.x, p.y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    const a = (i / 30) * 2 * Math.PI;
    await page.mouse.move(p.x + 120 * Math.sin(a), p.y + 80 * (1 - Math.cos(a)));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

async function wheelZoom(page: Page, nodes: readonly ModelNode[]): Promise<void> {
  const p = await backgroundPoint(page, nodes);
  await page.mouse.move(p.x, p.y);
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, i < 15 ? -60 : 60);
    await page.waitForTimeout(16);
  }
}

/**
 * What a reader commonly does once a graph is open, each measured as the longest main-thread task from the
 * input until the canvas is no longer busy (aria-busy) and the page has been quiet for 500 ms. Run in this
 * order, after the other measurements: each leaves the page as the next expects (the list closed again, the
 * kind shown again).
 */
const OPERATIONS: readonly [key: string, act: (page: Page) => Promise<unknown>][] = [
  ["listTask", (page) => page.getByRole("button", { name: /^List/ }).click()],
  ["listCloseTask", (page) => page.getByRole("button", { name: /^List/ }).click()],
  ["hideKindTask", (page) => page.getByRole("button", { name: /^Person/ }).click()],
  ["showKindTask", (page) => page.getByRole("button", { name: /^Person/ }).click()],
  ["fitTask", (page) => page.getByRole("button", { name: "Fit" }).click()],
  ["zoomInTask", (page) => page.getByRole("button", { name: "Zoom in" }).click()],
  ["resetTask", (page) => page.getByRole("button", { name: "Reset view" }).click()],
  ["themeTask", (page) => page.getByRole("combobox", { name: "Colour theme" }).selectOption("dark")],
  ["readerTask", (page) => page.getByRole("button", { name: "Sources" }).click()],
];

async function operationTasks(page: Page): Promise<BigSample> {
  const tasks: BigSample = {};
  for (const [key, act] of OPERATIONS) {
    const from = await page.evaluate(() => performance.now());
    await act(page);
    await page.waitForTimeout(100);
    // A chunked change's tasks stay under 50 ms, so "quiet" alone could end before its last frame is drawn.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), null, { timeout: 20_000 });
    await waitForQuiet(page, from, 500, 20_000);
    tasks[key] = await longestTaskSince(page, from);
  }
  return tasks;
}

/** One run: opens `file` (a model of `n` nodes) in a fresh context of the app at `url`. */
export async function openBigGraph(browser: Browser, url: string, file: string, nodes: readonly ModelNode[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await installProbes(page);
  await openApp(page, url);
  await page.evaluate(() => {
    new MutationObserver(() => {
      if (document.querySelector(".opening-status progress")) document.body.dataset.benchSawProgress = "true";
    }).observe(document.body, { subtree: true, childList: true });
  });
  const before = await page.evaluate(() => performance.getEntriesByName("briefgraph:painted", "mark").length);
  await page.locator("input[type=file]").setInputFiles(file);
  const start = await markTime(page, "briefgraph:open:start");
  const validated = await markTime(page, "briefgraph:open:validated");
  await page.waitForFunction((n) => performance.getEntriesByName("briefgraph:painted", "mark").length > n, before, {
    timeout: 120_000,
  });
  const painted = await markTime(page, "briefgraph:painted");
  await page.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 120_000 });
  const interactive = await waitForQuiet(page, painted);
  const loadTask = await page.evaluate(
    (from) => Math.max(0, ...window.benchLongTasks!.filter((t) => t.start >= from).map((t) => t.end - t.start)),
    start,
  );
  const afterLoad = await page.evaluate(() => performance.now());
  const panFps = await framesPerSecond(page, () => dragPan(page, nodes));
  const zoomFps = await framesPerSecond(page, () => wheelZoom(page, nodes));
  await page.waitForTimeout(300);
  const clicks = nodes.some((n) => n.position) ? await clickLatencies(page, nodes, 10) : [Number.NaN];
  const longAfter = await longestTaskSince(page, afterLoad);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")).usedSize / 1e6;
  const progress = await page.evaluate(() => (document.body.dataset.benchSawProgress === "true" ? 1 : 0));
  const operations = await operationTasks(page);
  await context.close();
  return {
    validated: validated - start,
    painted: painted - start,
    interactive: interactive - start,
    loadTask,
    panFps,
    zoomFps,
    clickMedian: clicks.toSorted((a, b) => a - b)[Math.floor(clicks.length / 2)]!,
    longAfter,
    heap,
    progress,
    ...operations,
  } satisfies BigSample;
}
