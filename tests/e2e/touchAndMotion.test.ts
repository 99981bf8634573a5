/**
 * A phone reader's gestures (one-finger pan, two-finger pinch), the view as the canvas changes size around a
 * selection (a phone's details sheet, the reader), and the reduced-motion preference, in Chromium against the
 * production build. The view is read and touch points are placed through canvasView.ts.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, CDPSession } from "playwright-core";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";
import { onPage, readView, type View } from "./canvasView";

const model = JSON.parse(readFileSync("graph-data/brief.graph.json", "utf8")) as {
  nodes: { id: string; label: string; position: { x: number; y: number } }[];
};
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const baseUrl = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A point on the canvas background: the grid point farthest from every node as currently drawn. */
function emptyPoint(view: View): { x: number; y: number } {
  let best = { x: 0, y: 0, clearance: -1 };
  for (let gx = 0.15; gx <= 0.85; gx += 0.05) {
    for (let gy = 0.15; gy <= 0.85; gy += 0.05) {
      const x = view.box.width * gx;
      const y = view.box.height * gy;
      const clearance = Math.min(
        ...model.nodes.map((n) =>
          Math.hypot(n.position.x * view.zoom + view.panX - x, n.position.y * view.zoom + view.panY - y),
        ),
      );
      if (clearance > best.clearance) best = { x, y, clearance };
    }
  }
  return { x: view.box.x + best.x, y: view.box.y + best.y };
}

/** Sends one multi-touch event through the DevTools protocol, as a touchscreen would. */
function touch(
  cdp: CDPSession,
  type: "touchStart" | "touchMove" | "touchEnd",
  points: Array<{ x: number; y: number }>,
) {
  return cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map((p, id) => ({ ...p, id })) });
}

describe("on a touch screen", () => {
  it("pans with one finger on the background and zooms with a two-finger pinch", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await openApp(page, baseUrl);
    const cdp = await context.newCDPSession(page);

    const before = await readView(page);
    const start = emptyPoint(before);
    await touch(cdp, "touchStart", [start]);
    for (let step = 1; step <= 10; step++)
      await touch(cdp, "touchMove", [{ x: start.x + step * 6, y: start.y + step * 4 }]);
    await touch(cdp, "touchEnd", []);
    const panned = await readView(page);
    // The graph follows the finger (60 px right, 40 px down), less the few pixels Cytoscape reads as tap slop.
    expect(panned.panX - before.panX).toBeGreaterThan(60 - 20);
    expect(panned.panX - before.panX).toBeLessThanOrEqual(60.5);
    expect(panned.panY - before.panY).toBeGreaterThan(40 - 20);
    expect(panned.panY - before.panY).toBeLessThanOrEqual(40.5);
    expect(panned.zoom).toBe(before.zoom);

    const centre = emptyPoint(panned);
    await touch(cdp, "touchStart", [
      { x: centre.x - 20, y: centre.y },
      { x: centre.x + 20, y: centre.y },
    ]);
    for (let step = 1; step <= 10; step++) {
      await touch(cdp, "touchMove", [
        { x: centre.x - 20 - step * 6, y: centre.y },
        { x: centre.x + 20 + step * 6, y: centre.y },
      ]);
    }
    await touch(cdp, "touchEnd", []);
    const pinched = await readView(page);
    // Fingers moved from 40 px to 160 px apart: the graph should grow about fourfold.
    expect(pinched.zoom / panned.zoom).toBeGreaterThan(2.5);
    await context.close();
  });
});

/** Whether `point` is inside the canvas's box. */
const insideCanvas = (view: View, point: { x: number; y: number }) =>
  point.x > view.box.x &&
  point.x < view.box.x + view.box.width &&
  point.y > view.box.y &&
  point.y < view.box.y + view.box.height;

describe("when the canvas changes size around a selection", () => {
  // The hub has 29 connections: fitting them all on a phone would draw its labels at a quarter of their size.
  it.each(["peacebuilding-commission", "february-2017-conversation"])(
    "opens a link to %s on a phone with the node in view above the details sheet, labels legible",
    async (id) => {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await openApp(page, `${baseUrl}?node=${id}`);
      const view = await readView(page);
      const node = model.nodes.find((n) => n.id === id)!;
      // The sheet is open: the canvas has less than half the screen.
      expect(view.box.height).toBeLessThan(844 / 2);
      expect(insideCanvas(view, onPage(view, node))).toBe(true);
      // Labels are 11 px: at this zoom they are drawn at 8 px or more.
      expect(view.zoom).toBeGreaterThanOrEqual(0.75);
      await context.close();
    },
  );

  it("brings a node picked from the search results on a phone into view above the sheet", async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await openApp(page, baseUrl);
    const fund = model.nodes.find((n) => n.id === "peacebuilding-fund")!;
    const search = page.getByRole("combobox", { name: "Search the graph" });
    await search.fill(fund.label);
    await page.getByRole("option", { name: new RegExp(`^${fund.label}`) }).waitFor();
    await search.press("Enter");
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(fund.label);
    // Centred, once the animation is over, in the canvas the sheet leaves.
    await expect
      .poll(async () => {
        const view = await readView(page);
        const at = onPage(view, fund);
        return view.box.height < 844 / 2 && Math.abs(at.y - (view.box.y + view.box.height / 2)) < 30;
      })
      .toBe(true);
    await context.close();
  });

  it("keeps a node tapped on a phone in view when the sheet opens under it", async () => {
    // Reduced motion: the zoom steps land at once, so the view read after them is the one tapped on.
    const context = await browser.newContext({ ...PHONE, reducedMotion: "reduce" });
    const page = await context.newPage();
    await openApp(page, baseUrl);
    const opening = await readView(page);
    const zoomIn = page.getByRole("button", { name: "Zoom in" });
    await zoomIn.tap();
    await zoomIn.tap();
    await expect.poll(async () => (await readView(page)).zoom).toBeGreaterThan(opening.zoom * 1.6);
    const view = await readView(page);
    // The lowest node drawn in the canvas's bottom third where a tap reaches the canvas (not a control over it).
    const candidates = model.nodes
      .map((node) => ({ node, at: onPage(view, node) }))
      .filter(({ at }) => insideCanvas(view, at) && at.y > view.box.y + (view.box.height * 2) / 3)
      .toSorted((a, b) => b.at.y - a.at.y);
    const reachable = await page.evaluate(
      (points) =>
        points.map(({ x, y }) => document.querySelector("[data-zoom]")!.contains(document.elementFromPoint(x, y))),
      candidates.map(({ at }) => at),
    );
    const lowest = candidates.find((_, i) => reachable[i])!;
    await page.touchscreen.tap(lowest.at.x + 1.5, lowest.at.y + 1);
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(lowest.node.label);
    await expect
      .poll(async () => {
        const now = await readView(page);
        return now.box.height < view.box.height / 2 && insideCanvas(now, onPage(now, lowest.node));
      })
      .toBe(true);
    await context.close();
  });

  it("keeps the selection in view when the reader opens beside the canvas and halves it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, `${baseUrl}?node=develop-unified-approach`);
    // The node drawn farthest right in the canvas, clicked where it is.
    const view = await readView(page);
    const fund = model.nodes
      .filter((n) => insideCanvas(view, onPage(view, n)))
      .toSorted((a, b) => onPage(view, b).x - onPage(view, a).x)[0]!;
    const at = onPage(view, fund);
    expect(at.x).toBeGreaterThan(view.box.x + view.box.width * 0.6);
    await page.mouse.click(at.x + 1.5, at.y + 1);
    await expect.poll(() => page.locator("#details-title").textContent()).toBe(fund.label);
    await page.getByRole("button", { name: "Sources" }).click();
    await expect
      .poll(async () => {
        const now = await readView(page);
        return now.box.width < view.box.width * 0.6 && insideCanvas(now, onPage(now, fund));
      })
      .toBe(true);
    await context.close();
  });
});

describe("with a mouse", () => {
  it("zooms, pans and hovers without changing Cytoscape's own container, which would make it redraw everything", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openApp(page, baseUrl);
    // Cytoscape watches its container's attributes and answers any change with a resize and a full redraw.
    await page.evaluate(() => {
      const container = document.querySelector("[data-testid=graph-canvas] canvas")!.parentElement!.parentElement!;
      const changes: string[] = [];
      Object.assign(window, { containerChanges: changes });
      new MutationObserver((records) => changes.push(...records.map((r) => r.attributeName ?? ""))).observe(container, {
        attributes: true,
      });
    });
    const before = await readView(page);
    // Over a node (just off its centre pixel, which Cytoscape's hit test misses for some shapes) the cursor
    // becomes a pointer: set on the view's own element.
    const onScreen = model.nodes.map((node) => {
      const at = onPage(before, node);
      return { x: at.x + 1.5, y: at.y + 1 };
    });
    const middle = { x: before.box.x + before.box.width / 2, y: before.box.y + before.box.height / 2 };
    const nearest = onScreen.toSorted(
      (a, b) => Math.hypot(a.x - middle.x, a.y - middle.y) - Math.hypot(b.x - middle.x, b.y - middle.y),
    )[0]!;
    await page.mouse.move(nearest.x, nearest.y);
    await expect.poll(() => page.getByTestId("graph-canvas").getAttribute("class")).toContain("pointer");
    const empty = emptyPoint(before);
    await page.mouse.move(empty.x, empty.y);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await readView(page)).zoom).toBeGreaterThan(before.zoom);
    await page.mouse.down();
    await page.mouse.move(empty.x + 40, empty.y + 30, { steps: 5 });
    await page.mouse.up();
    const view = await readView(page);
    expect(view.panX).not.toBe(before.panX);
    expect(await page.evaluate(() => (window as unknown as { containerChanges: string[] }).containerChanges)).toEqual(
      [],
    );
    await context.close();
  });
});

/** Switches the layout and records every distinct zoom the canvas shows over the next second. */
async function zoomsDuringLayoutChange(reducedMotion: "reduce" | "no-preference"): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion });
  const page = await context.newPage();
  await openApp(page, baseUrl);
  const sampling = page.evaluate(
    () =>
      new Promise<number>((done) => {
        const el = document.querySelector<HTMLElement>("[data-zoom]")!;
        const seen = new Set<string>();
        const started = performance.now();
        const sample = () => {
          seen.add(el.dataset.zoom ?? "");
          if (performance.now() - started < 1500) requestAnimationFrame(sample);
          else done(seen.size);
        };
        sample();
      }),
  );
  await page.getByRole("combobox", { name: "Layout" }).selectOption({ label: "Rings by kind" });
  const distinct = await sampling;
  await context.close();
  return distinct;
}

describe("motion", () => {
  it("animates the view between layouts by default, and jumps straight there when reduced motion is asked for", async () => {
    expect(await zoomsDuringLayoutChange("no-preference")).toBeGreaterThan(4);
    expect(await zoomsDuringLayoutChange("reduce")).toBeLessThanOrEqual(2);
  });
});
