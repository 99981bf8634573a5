/**
 * Interaction latency on the embedded graph: a click on a node to the details panel painted with its name, and
 * a keystroke in the search box to the results painted. Each sample is a real input event through Chromium.
 */
import type { Browser, Page } from "playwright-core";
import { openApp } from "../../tests/e2e/browser";
import { armWatcher, inputToFrame, installProbes } from "./probes";

export interface ModelNode {
  id: string;
  label: string;
  position?: { x: number; y: number } | undefined;
}

/** Where each node is on screen now, keeping those whose centre shows the canvas (not a panel over it). */
export async function nodesOnScreen(page: Page, nodes: readonly ModelNode[]) {
  return page.evaluate((list) => {
    const container = document.querySelector<HTMLElement>("[data-zoom]")!;
    const rect = container.getBoundingClientRect();
    const zoom = Number(container.dataset.zoom);
    const panX = Number(container.dataset.panX);
    const panY = Number(container.dataset.panY);
    return list.flatMap((n) => {
      if (!n.position) return [];
      const x = rect.left + n.position.x * zoom + panX;
      const y = rect.top + n.position.y * zoom + panY;
      const hit = document.elementFromPoint(x, y);
      return hit && container.contains(hit) ? [{ id: n.id, label: n.label, x, y }] : [];
    });
  }, nodes as ModelNode[]);
}

/**
 * Clicks `count` nodes in turn, each different from the one selected before; returns each click's latency to
 * the details heading painted (ms). Targets are found afresh before each click: selecting a node at the edge
 * of the canvas brings it into view, which moves the others.
 */
export async function clickLatencies(page: Page, nodes: readonly ModelNode[], count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const selected = await page
      .locator("#details-title")
      .textContent({ timeout: 100 })
      .catch(() => null);
    const targets = (await nodesOnScreen(page, nodes)).filter((n) => n.label !== selected);
    if (targets.length === 0) throw new Error("no other node is visible to click");
    const t = targets[i % targets.length]!;
    await armWatcher(page, "#details-title", t.label);
    // Just off the exact centre: Cytoscape 3.34's point-in-polygon test misses a diamond's or vee's centre
    // pixel (its ray runs through a vertex), which a grid at zoom 1 lines up exactly with a mouse position.
    await page.mouse.click(t.x + 1.5, t.y + 1);
    times.push(await inputToFrame(page));
  }
  return times;
}

/** Types one letter at a time into an emptied search box; returns each keystroke's latency to results painted. */
export async function searchLatencies(page: Page, count: number): Promise<number[]> {
  const box = page.getByRole("combobox", { name: "Search the graph" });
  const letters = "pscremignoatl";
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await box.fill("");
    await box.focus();
    await armWatcher(page, '[role="listbox"][aria-label="Search results"]:not([hidden]) [role="option"]', null);
    await page.keyboard.type(letters[i % letters.length]!);
    times.push(await inputToFrame(page));
  }
  return times;
}

/**
 * `runs` fresh pages, each with 30 node clicks and 30 search keystrokes; returns each page's samples. The
 * budgets are a p95 over 30 clicks: one page's p95 is its second-slowest sample, so the bench takes that on
 * several pages and reports their median, as for every other timing figure.
 */
export async function measureInteraction(browser: Browser, url: string, runs: number, nodes: readonly ModelNode[]) {
  const clicks: number[][] = [];
  const keys: number[][] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await installProbes(page);
    await openApp(page, url);
    await page.waitForTimeout(300);
    clicks.push(await clickLatencies(page, nodes, 30));
    keys.push(await searchLatencies(page, 30));
    await context.close();
  }
  return { clicks, keys };
}
