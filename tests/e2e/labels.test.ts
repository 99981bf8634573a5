/**
 * A graph readable at first sight: the embedded brief opens with labels drawn at reading size, none over
 * another or under the canvas's controls, every recommendation among them on a laptop; more appear as the
 * reader zooms in, every node's at some zoom; and the other layouts open readable too. Labels are read from
 * the renderer (drawnLabels.ts), so this checks what Cytoscape draws, not what the app meant to.
 */
/* oxlint-disable no-underscore-dangle -- Cytoscape's registry on its container is how a test reaches the instance. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import type { GraphModel } from "../../src/model/brief/schema";
import { LOGISTICS_TYPES } from "../../src/model/brief/vocabulary";
import { openApp } from "./browser";
import { useSharedBrowser } from "./sharedBrowser";
import { labelsOnScreen, readable } from "./drawnLabels";
import { syntheticModel } from "../../scripts/lib/syntheticModel";
import { makeTempDir, removeTempDirs } from "../support/tempDirs";

afterAll(removeTempDirs);

const model = JSON.parse(readFileSync("graph-data/brief.graph.json", "utf8")) as GraphModel;
const recommendations = model.nodes.filter((n) => n.type === "recommendation").map((n) => n.id);
const baseUrl = inject("baseUrl");

const browser = useSharedBrowser();

/** Opens `query` in a fresh page of `width` × `height` (a phone's when `phone`), labels planned and drawn. */
async function open(width: number, height: number, query = "", phone = false): Promise<Page> {
  const context = await browser().newContext({
    viewport: { width, height },
    reducedMotion: "reduce",
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  expect(await openApp(page, `${baseUrl}${query}`)).toEqual([]);
  await settled(page);
  return page;
}

/** Two frames: the label plan runs in one, Cytoscape draws it in the next. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

describe("the first view", () => {
  it.each([
    ["a 1366 × 850 laptop", 1366, 850, 30, false],
    ["a 1920 × 1080 screen", 1920, 1080, 40, false],
    ["a 390 × 844 phone", 390, 844, 8, true],
  ] as const)(
    "on %s, draws enough labels at 12 px or more, none overlapping or under a control",
    async (_, w, h, least, phone) => {
      const page = await open(w, h, "", phone);
      const seen = await labelsOnScreen(page);
      expect(readable(seen).length).toBeGreaterThanOrEqual(least);
      expect(seen.labels.filter((l) => l.px < 12).map((l) => l.id)).toEqual([]);
      expect(seen.overlapping).toEqual([]);
      expect(seen.underOverlays).toEqual([]);
      // Every recommendation, once the plan has run with the fonts loaded (a face that arrives late re-plans).
      if (w === 1366)
        await expect
          .poll(async () => {
            const now = readable(await labelsOnScreen(page));
            return recommendations.filter((id) => !now.some((l) => l.id === id));
          })
          .toEqual([]);
      await page.context().close();
    },
  );
});

describe("zooming", () => {
  it("keeps labels at the same size on screen, and shows more of them closer in", async () => {
    const page = await open(1366, 850);
    const before = await labelsOnScreen(page);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForTimeout(500);
    await settled(page);
    const after = await labelsOnScreen(page);
    expect(new Set(after.labels.filter((l) => l.node).map((l) => l.px))).toEqual(
      new Set(before.labels.filter((l) => l.node).map((l) => l.px)),
    );
    // Closer in, a smaller part of the graph is in view, yet its labels are denser.
    const density = (s: typeof before) => readable(s).length;
    expect(density(after)).toBeGreaterThan(density(before) / 2);
    expect(after.overlapping).toEqual([]);
    await page.context().close();
  });

  it("draws every node's label at some zoom", async () => {
    const page = await open(1366, 850);
    const missing: string[] = [];
    for (const node of model.nodes) {
      // A link to the node opens on it at a readable zoom; its own label comes first.
      await page.evaluate((id) => {
        // oxlint-disable-next-line typescript/no-explicit-any -- Cytoscape's instance, as in drawnLabels.ts.
        const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
        const cy = holder._cyreg.cy;
        cy.zoom({ level: 2, position: cy.getElementById(id).position() });
        cy.center(cy.getElementById(id));
      }, node.id);
      await settled(page);
      const seen = await labelsOnScreen(page);
      if (!seen.labels.some((l) => l.id === node.id)) missing.push(node.id);
    }
    expect(missing).toEqual([]);
    await page.context().close();
  });
});

describe("a click on a node", () => {
  it.each(["february-2017-conversation", "fragmentation", "lessons-from-transition-and-drawdown"])(
    "brings %s and every neighbour in the argument to reading size, none overlapping",
    async (id) => {
      const page = await open(1366, 850);
      const at = await page.evaluate((nodeId) => {
        // oxlint-disable-next-line typescript/no-explicit-any -- Cytoscape's instance, as in drawnLabels.ts.
        const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
        const p = holder._cyreg.cy.getElementById(nodeId).renderedPosition();
        const r = holder.getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, id);
      await page.mouse.click(at.x, at.y);
      await page.waitForTimeout(400);
      await settled(page);
      // The meeting's logistics are left out of the frame (they span the whole brief), not the argument.
      const logistics = new Set(model.nodes.filter((n) => LOGISTICS_TYPES.has(n.type)).map((n) => n.id));
      const neighbours = model.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
      const wanted = [id, ...new Set(neighbours.filter((n) => !logistics.has(n)))];
      expect(wanted.length).toBeGreaterThan(5);
      const seen = await labelsOnScreen(page);
      const drawn = new Set(readable(seen).map((l) => l.id));
      expect(wanted.filter((n) => !drawn.has(n))).toEqual([]);
      expect(seen.overlapping).toEqual([]);
      expect(seen.underOverlays).toEqual([]);
      await page.context().close();
    },
  );
});

describe("the other layouts", () => {
  it.each(["concentric", "hierarchy", "force"])(
    "open %s readable: labels at reading size, none overlapping",
    async (layout) => {
      const page = await open(1366, 850, `?layout=${layout}`);
      await page.waitForTimeout(1200);
      await settled(page);
      const seen = await labelsOnScreen(page);
      expect(readable(seen).length).toBeGreaterThanOrEqual(10);
      expect(seen.overlapping).toEqual([]);
      expect(seen.underOverlays).toEqual([]);
      await page.context().close();
    },
  );
});

/** Polls what the canvas draws until `check` holds: a big graph plans its labels once the view rests. */
const drawnOnceSettled = async (page: Page, check: (seen: Awaited<ReturnType<typeof labelsOnScreen>>) => boolean) => {
  let seen = await labelsOnScreen(page);
  await expect.poll(async () => check((seen = await labelsOnScreen(page))), { timeout: 5000 }).toBe(true);
  return seen;
};

describe("a big graph (5,000 nodes)", () => {
  it("follows the same rule: labels at reading size where they fit, more for the selection, none overlapping", async () => {
    const file = join(makeTempDir("briefgraph-labels-"), "five-thousand.json");
    const big = syntheticModel(5000);
    writeFileSync(file, JSON.stringify(big));
    const page = await open(1280, 800);
    await page.locator("input[type=file]").setInputFiles(file);
    await page.waitForFunction(() => document.querySelector(".graph-title")?.textContent?.includes("5,000 nodes"));
    await page.waitForFunction(() => document.body.dataset.ready === "true");

    // Opened at reading size around the middle: a label by every shape that has room, each at 13 px.
    const opening = await drawnOnceSettled(page, (seen) => readable(seen).length >= 15);
    expect(new Set(opening.labels.map((l) => l.px))).toEqual(new Set([13]));
    // Each its own node's words: nothing in the style cache may hand one node another's label.
    const labelOf = new Map(big.nodes.map((n) => [n.id, n.label]));
    expect(opening.labels.filter((l) => l.text !== labelOf.get(l.id))).toEqual([]);
    expect(opening.overlapping).toEqual([]);
    expect(opening.underOverlays).toEqual([]);

    // Zoomed out over thousands of dots, the labels that fit still show, as landmarks, and never stack.
    await page.getByRole("button", { name: "Fit" }).click();
    const overview = await drawnOnceSettled(page, (seen) =>
      seen.labels.some((l) => !opening.labels.some((o) => o.id === l.id)),
    );
    expect(readable(overview).length).toBeGreaterThanOrEqual(15);
    expect(overview.labels.filter((l) => l.px !== 13)).toEqual([]);
    expect(overview.overlapping).toEqual([]);
    expect(overview.labels.filter((l) => l.text !== labelOf.get(l.id))).toEqual([]);
    expect(overview.underOverlays).toEqual([]);

    // A node whose label had no room gets one once selected, ahead of its neighbours'.
    const hidden = big.nodes.find((n) => !overview.labels.some((l) => l.id === n.id))!;
    const search = page.getByRole("combobox", { name: "Search the graph" });
    await search.fill(hidden.label);
    await search.press("Enter");
    const selected = await drawnOnceSettled(page, (seen) => seen.labels.some((l) => l.id === hidden.id));
    expect(selected.overlapping).toEqual([]);
    await page.context().close();
  }, 60_000);
});
