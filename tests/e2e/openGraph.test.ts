/**
 * Opening a reader's own model, in Chromium against the production build: through the file picker, by link
 * (`?graph=`), refused when broken or hostile, laid out off the page when it has no positions, cancelled,
 * remembered across a reload and forgotten. Every page also reports Content-Security-Policy violations.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { accessibleNames } from "./a11yHelpers";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";
import { loadModelFile } from "../../scripts/lib/modelFile";
import { syntheticModel } from "../../scripts/lib/syntheticModel";
import { toModelJson } from "../../src/model/export/modelJson";
import { NODE_LOOK, TYPE_ORDER } from "../../src/look/appearance";
import { NODE_TYPE_INFO } from "../../src/model/brief/vocabulary";
import { gridLayout } from "../../src/model/layout/gridLayout";
import { nodesOnScreen } from "../../scripts/bench/interaction";
import { makeTempDir, removeTempDirs } from "../support/tempDirs";

afterAll(removeTempDirs);

const baseUrl = inject("baseUrl");
const EMBEDDED_TITLE = "Prevention for Sustaining Peace: State Authority in Peace Operations";
const dir = makeTempDir("briefgraph-open-");

/** Writes a model file for the picker; returns its path. */
function modelFile(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const loaded = loadModelFile("graph-data/brief.graph.json");
if (!loaded.ok) throw new Error("embedded model invalid");
const embedded = JSON.parse(toModelJson(loaded.graph));
const unplaced = {
  ...embedded,
  title: "The brief, laid out afresh",
  nodes: embedded.nodes.map(({ position: _p, ...n }: { position: unknown }) => n),
};
const broken = structuredClone(embedded);
broken.edges[3].target = "peacebuilding-comission";
const hostile = structuredClone(embedded);
hostile.nodes[0].label = '<img src=x onerror="alert(1)">';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const dialogs: string[] = [];

const title = () => page.locator(".graph-title");
const picker = () => page.locator('input[type="file"]');
const ready = () => page.waitForFunction(() => document.body.dataset.ready === "true");

/** Opens a synthetic model of `nodes` nodes through the picker, as file `name`; returns it once it is drawn. */
async function openSynthetic(nodes: number, name: string) {
  const model = syntheticModel(nodes);
  await picker().setInputFiles(modelFile(name, JSON.stringify(model)));
  const heading = `${nodes.toLocaleString("en")} nodes`;
  await page.waitForFunction((h) => document.querySelector(".graph-title")?.textContent?.includes(h), heading);
  await ready();
  return model;
}

/** Forgets the model opened and waits for the embedded brief to be back. */
async function backToTheBrief() {
  await page.getByRole("button", { name: /Forget it/ }).click();
  await page.waitForFunction((t) => document.querySelector(".graph-title")?.textContent === t, EMBEDDED_TITLE);
}

/** Starts recording the page's long tasks afresh; `longestTask` reads the longest since, in ms. */
const recordLongTasks = () =>
  page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
const longestTask = () => page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

beforeAll(async () => {
  browser = await sharedBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  errors = await openApp(page, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

describe("opening a model file", () => {
  it("has an Open graph control backed by a file input", async () => {
    await expect(page.getByRole("button", { name: "Open graph", exact: true }).isVisible()).resolves.toBe(true);
    expect(await picker().getAttribute("accept")).toBe(".json,application/json");
  });

  it("refuses a broken file, keeps the current graph and says what, where and how to fix", async () => {
    await picker().setInputFiles(modelFile("broken.json", JSON.stringify(broken)));
    const alert = page.getByRole("alert").filter({ hasText: "was not opened" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      "edges[3].target: Edge `brief-documents-series` targets `peacebuilding-comission`, which is not a node id; did you mean `peacebuilding-commission`?",
    );
    expect(await title().textContent()).toBe(EMBEDDED_TITLE);
    await alert.getByRole("button", { name: "Dismiss" }).click();
  });

  it("refuses a file that is not JSON with its own message", async () => {
    await picker().setInputFiles(modelFile("page.json", "<!DOCTYPE html><p>Oops</p>"));
    const alert = page.getByRole("alert").filter({ hasText: "was not opened" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("This is not a JSON file: it begins with “<!DOCTYPE html><p>Oops</”.");
    await alert.getByRole("button", { name: "Dismiss" }).click();
  });

  it("shows script-bearing labels as text, and runs nothing", async () => {
    await picker().setInputFiles(modelFile("hostile.json", JSON.stringify(hostile)));
    await page.getByRole("region", { name: "Graph source" }).waitFor();
    await ready();
    const search = page.getByRole("combobox", { name: /Search/ });
    await search.fill("img src");
    await page.getByRole("option").first().click();
    const heading = page.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 });
    expect(await heading.textContent()).toBe('<img src=x onerror="alert(1)">');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("lays out a model without positions off the page, then remembers it across a reload", async () => {
    await picker().setInputFiles(modelFile("unplaced.json", JSON.stringify(unplaced)));
    await page.waitForFunction(
      () => document.querySelector(".graph-title")?.textContent === "The brief, laid out afresh",
    );
    await ready();
    expect(await page.getByRole("region", { name: "Graph source" }).textContent()).toContain("unplaced.json");
    // The address names the file, so a reload (or a link on this device) opens it again.
    expect(new URL(page.url()).searchParams.get("graph")).toBe("file:unplaced.json");
    await page.reload();
    await ready();
    expect(await title().textContent()).toBe("The brief, laid out afresh");
  });

  it("opens the brief for a link that names no graph, and offers the remembered file instead of imposing it", async () => {
    // A link made on the brief, to a node the remembered file also has.
    await page.goto(`${baseUrl}?node=haiti`);
    await ready();
    expect(await title().textContent()).toBe(EMBEDDED_TITLE);
    expect(new URL(page.url()).searchParams.get("node")).toBe("haiti");
    const offer = page.getByRole("region", { name: "Remembered graph" });
    expect(await offer.textContent()).toContain("Your last file, unplaced.json, is remembered on this device.");
    await offer.getByRole("button", { name: "Open it" }).click();
    await page.waitForFunction(
      () => document.querySelector(".graph-title")?.textContent === "The brief, laid out afresh",
    );
    expect(new URL(page.url()).searchParams.get("graph")).toBe("file:unplaced.json");
    expect(await page.getByRole("region", { name: "Remembered graph" }).count()).toBe(0);
  });

  it("says so when a link names a file this browser does not have, and shows the brief", async () => {
    await page.goto(`${baseUrl}?graph=file:elsewhere.json`);
    await ready();
    expect(await title().textContent()).toBe(EMBEDDED_TITLE);
    expect(await page.getByText("This link shows `elsewhere.json`, a file opened in another browser").count()).toBe(1);
    await page.goto(baseUrl);
    await ready();
  });

  it("forgets it on request and shows the embedded brief again, also after a reload", async () => {
    await backToTheBrief();
    await page.reload();
    await ready();
    expect(await title().textContent()).toBe(EMBEDDED_TITLE);
    expect(await page.getByRole("region", { name: "Graph source" }).count()).toBe(0);
    expect(await page.getByRole("region", { name: "Remembered graph" }).count()).toBe(0);
  });

  it.each([
    ["with positions", true],
    ["without positions", false],
  ])("opens and draws nodes whose ids are an object's own property names, %s", async (_, placed) => {
    // Ids are lowercase slugs, so of the names a plain object answers for itself only `constructor` is one:
    // react-cytoscapejs's element diff never added it, and Cytoscape's layouts misplaced or threw on it.
    const renamed = new Map([
      ["ipi", "constructor"],
      ["haiti", "tostring"],
      ["canada-mission", "valueof"],
    ]);
    const rename = (id: string) => renamed.get(id) ?? id;
    const model = {
      ...embedded,
      title: `Dangerous ids ${placed ? "placed" : "unplaced"}`,
      nodes: embedded.nodes.map(({ position, ...n }: { id: string; position: unknown }) => ({
        ...n,
        id: rename(n.id),
        ...(placed ? { position } : {}),
      })),
      edges: embedded.edges.map((e: { source: string; target: string }) => ({
        ...e,
        source: rename(e.source),
        target: rename(e.target),
      })),
    };
    await picker().setInputFiles(modelFile("dangerous.json", JSON.stringify(model)));
    await page.waitForFunction((t) => document.querySelector(".graph-title")?.textContent === t, model.title);
    await ready();
    const drawn = await page.evaluate(
      (ids) => {
        // oxlint-disable-next-line typescript/no-explicit-any, no-underscore-dangle -- Cytoscape's instance.
        const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
        // oxlint-disable-next-line no-underscore-dangle -- as above.
        const cy = holder._cyreg.cy;
        return { ids: ids.filter((id: string) => cy.getElementById(id).nonempty()), count: cy.elements().length };
      },
      [...renamed.values()],
    );
    expect(drawn).toEqual({ ids: [...renamed.values()], count: embedded.nodes.length + embedded.edges.length });
    // Every layout places them too: Cytoscape's layouts key nodes by id in plain objects.
    for (const layout of ["concentric", "hierarchy", "force", "shipped"]) {
      await page.getByRole("combobox", { name: "Layout" }).selectOption(layout);
      await page.waitForTimeout(900);
      const positioned = await page.evaluate(
        (ids) => {
          // oxlint-disable-next-line typescript/no-explicit-any, no-underscore-dangle -- Cytoscape's instance.
          const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
          // oxlint-disable-next-line no-underscore-dangle -- as above.
          const cy = holder._cyreg.cy;
          return ids.filter((id: string) => {
            const p = cy.getElementById(id).position();
            return Number.isFinite(p.x) && Number.isFinite(p.y);
          });
        },
        [...renamed.values()],
      );
      expect({ layout, positioned }).toEqual({ layout, positioned: [...renamed.values()] });
    }
    expect(await page.getByText(/stopped working/).count()).toBe(0);
    await backToTheBrief();
  });

  it("opens a file dropped on the page, showing where to drop it while dragging", async () => {
    const dropped = JSON.stringify({ ...unplaced, title: "A dropped model" });
    const dataTransfer = await page.evaluateHandle((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], "dropped.json", { type: "application/json" }));
      return transfer;
    }, dropped);
    await page.dispatchEvent("main", "dragenter", { dataTransfer });
    await page.dispatchEvent("main", "dragover", { dataTransfer });
    expect(await page.getByText("Drop a briefgraph model (.json) to open it").isVisible()).toBe(true);
    await page.dispatchEvent("main", "drop", { dataTransfer });
    await page.waitForFunction(() => document.querySelector(".graph-title")?.textContent === "A dropped model");
    expect(await page.getByText("Drop a briefgraph model (.json) to open it").count()).toBe(0);
    expect(await page.getByRole("region", { name: "Graph source" }).textContent()).toContain("dropped.json");
    await backToTheBrief();
  });

  it("shows progress for a big model, keeps the page responsive, and cancels", async () => {
    await recordLongTasks();
    await picker().setInputFiles(modelFile("big.json", JSON.stringify(syntheticModel(20_000))));
    const status = page.getByRole("status").filter({ hasText: "big.json" });
    await status.waitFor();
    expect(await status.locator("progress").count()).toBe(1);
    await page.waitForTimeout(300);
    await status.getByRole("button", { name: "Cancel" }).click();
    await status.waitFor({ state: "detached" });
    expect(await title().textContent()).toBe(EMBEDDED_TITLE);
    const longest = await longestTask();
    expect(longest).toBeLessThan(200);
  });
});

/** Which of `fills` ("#RRGGBB") the canvas shows as exact, opaque pixels, in the order given. */
function fillsOnCanvas(fills: readonly string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const rgb = wanted.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
    const found = new Set<number>();
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>(".graph-canvas canvas")) {
      const data = canvas.width ? canvas.getContext("2d")?.getImageData(0, 0, canvas.width, canvas.height).data : null;
      if (!data) continue;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255) continue;
        rgb.forEach(([r, g, b], k) => data[i] === r && data[i + 1] === g && data[i + 2] === b && found.add(k));
      }
    }
    return wanted.filter((_, k) => found.has(k));
  }, fills);
}

/** Waits until the canvas has drawn no frame for 300 ms (an animation, such as Fit's, has ended). */
const quiet = () =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const observer = new MutationObserver(() => (last = performance.now()));
        observer.observe(document.querySelector(".graph-canvas")!, { attributes: true, subtree: true });
        const check = () => {
          if (performance.now() - last > 300) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 50);
        };
        check();
      }),
  );

/**
 * Has Cytoscape redraw the canvas once and returns the strokes that frame made and a digest of its pixels.
 * With `batching: false`, the context has no getTransform, which batchedLines.ts takes as an old browser
 * and draws every edge through Cytoscape, one stroke each.
 */
const redrawn = ({ batching }: { batching: boolean }) =>
  page.evaluate(async (batch) => {
    const proto = CanvasRenderingContext2D.prototype;
    const { stroke, getTransform } = proto;
    let strokes = 0;
    proto.stroke = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
      strokes += 1;
      Reflect.apply(stroke, this, args);
    };
    if (!batch) Object.defineProperty(proto, "getTransform", { value: undefined, configurable: true, writable: true });
    try {
      // The instance react-cytoscapejs made, as Cytoscape registers it on its container (no test hook in the app).
      const registration = "_cyreg";
      const cy = [...document.querySelectorAll(".graph-canvas div")]
        .map((div) => (div as unknown as Record<string, { cy: { forceRender(): void } } | undefined>)[registration])
        .find(Boolean)!.cy;
      cy.forceRender();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    } finally {
      proto.stroke = stroke;
      Object.defineProperty(proto, "getTransform", { value: getTransform, configurable: true, writable: true });
    }
    // Every layer canvas, pixel for pixel, as one string to compare.
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>(".graph-canvas canvas")];
    let digest = "";
    for (const canvas of canvases) {
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let hash = 0;
      for (let i = 0; i < data.length; i++) hash = (Math.imul(hash, 31) + data[i]!) | 0;
      digest += `${canvas.width}x${canvas.height}:${hash};`;
    }
    return { strokes, pixels: digest };
  }, batching);

describe("drawing a big model", () => {
  it("draws it in chunks with a progress bar and no long task, at reading size, and says why", async () => {
    await recordLongTasks();
    await page.evaluate(() => {
      const w = window as unknown as { sawDrawing: boolean };
      w.sawDrawing = false;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>("progress.canvas-progress");
        if (bar && bar.value > 0 && bar.value < bar.max) w.sawDrawing = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    // 6,000 elements: one cy.add of all of them (1.3 s for 15,000 here) would be a ~0.5 s task.
    const model = await openSynthetic(2000, "drawn.json");
    const drawn = {
      sawDrawing: await page.evaluate(() => (window as unknown as { sawDrawing: boolean }).sawDrawing),
      longest: await longestTask(),
    };
    expect(drawn.sawDrawing).toBe(true);
    // The 200 ms budget is the benchmark's (medians of runs); one run on a shared machine gets a margin that
    // still fails that single cy.add.
    expect(drawn.longest).toBeLessThan(300);
    expect(await page.locator("progress.canvas-progress").count()).toBe(0);
    // Drawn in the app's style, not in Cytoscape's grey defaults: every kind's fill colour is on the canvas.
    expect(await fillsOnCanvas(Object.values(NODE_LOOK).map((look) => look.fill))).toEqual(
      Object.values(NODE_LOOK).map((look) => look.fill),
    );
    // Reading size around the middle, not all 2,000 nodes shrunk to dots.
    expect(await page.locator("[data-zoom]").getAttribute("data-zoom")).toBe("1.000");
    expect(await page.locator(".notice").filter({ hasText: "Large graph (2,000 nodes)" }).textContent()).toContain(
      "press 0 or Fit to see all of it",
    );
    expect(await page.locator(".legend").textContent()).toContain("lines are plain");
    // Only the elements near the view are hit-tested (drawInView.ts): a click still finds the node under it.
    const placed = gridLayout(model);
    const onScreen = await nodesOnScreen(
      page,
      model.nodes.map((n) => ({ id: n.id, label: n.label, position: placed.get(n.id) })),
    );
    const target = onScreen[Math.floor(onScreen.length / 2)]!;
    await page.mouse.click(target.x + 1.5, target.y + 1);
    await page.waitForFunction(
      (label) => document.querySelector("#details-title")?.textContent === label,
      target.label,
    );
    await page.keyboard.press("Escape");
    // Reset returns to that reading view, not to all nodes as dots; other layouts are not offered.
    await page.getByRole("button", { name: "Zoom out" }).click();
    // One step out is 1 / 1.3; wait for the end of the animation, which would otherwise outlast the reset.
    await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-zoom]")?.dataset.zoom === "0.769");
    await page.getByRole("button", { name: "Reset view" }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-zoom]")?.dataset.zoom === "1.000");
    expect(await page.getByRole("option", { name: "Force-directed" }).isDisabled()).toBe(true);
    // Zoomed out to fit, the lines are hairlines, stroked in runs (batchedLines.ts): the same pixels as
    // Cytoscape's one stroke per edge, from a handful of strokes.
    await page.getByRole("button", { name: "Fit" }).click();
    await page.waitForFunction(() => Number(document.querySelector<HTMLElement>("[data-zoom]")?.dataset.zoom) < 0.5);
    await quiet();
    const batched = await redrawn({ batching: true });
    const perEdge = await redrawn({ batching: false });
    expect(perEdge.strokes).toBeGreaterThanOrEqual(model.edges.length);
    expect(batched.strokes).toBeLessThan(20);
    expect(batched.pixels).toBe(perEdge.pixels);
    await backToTheBrief();
  });
});

describe("a big model's list", () => {
  it("opens on the selection, which stays in view as the kinds above it arrive", async () => {
    // 400 nodes: more than the list shows at once, so its kinds come a few per task.
    const model = await openSynthetic(400, "listed.json");
    // A node of the last kind listed, selected by search.
    const place = model.nodes.filter((n) => n.type === "place").at(-1)!;
    const search = page.getByRole("combobox", { name: "Search the graph" });
    await search.fill(place.label);
    await page
      .getByRole("option", { name: new RegExp(`^${place.label}\\b`) })
      .first()
      .waitFor();
    await search.press("Enter");
    await page.waitForFunction((label) => document.querySelector("#details-title")?.textContent === label, place.label);
    await page.getByRole("button", { name: /^List/ }).first().click();
    const listPanel = page.locator(".list-panel");
    await listPanel.locator("h3").nth(9).waitFor();
    const kinds = await listPanel.locator("h3").allTextContents();
    expect(kinds.map((k) => k.replace(/ \(\d+\)$/, ""))).toEqual(TYPE_ORDER.map((t) => NODE_TYPE_INFO[t].label));
    // Eight kinds arrived above it after it was scrolled into view: it is still in view.
    const selected = listPanel.locator('.list-node-button[aria-current="true"]');
    expect(await selected.textContent()).toBe(place.label);
    const [panelBox, selectedBox] = [await listPanel.boundingBox(), await selected.boundingBox()];
    expect(selectedBox!.y).toBeGreaterThanOrEqual(panelBox!.y);
    expect(selectedBox!.y + selectedBox!.height).toBeLessThanOrEqual(panelBox!.y + panelBox!.height);
    expect(await listPanel.evaluate((panel) => panel.scrollTop)).toBeGreaterThan(0);
    await page.getByRole("button", { name: /^List/ }).first().click();
    await backToTheBrief();
  });
});

describe("a source that is one long line", () => {
  it("is read whole: the reader gives all of it, and every link in it, to the accessibility tree", async () => {
    // 400 sentences in one paragraph, each quoted by a node: the reader shows it a few pieces at a time.
    const model = await openSynthetic(400, "one-line.json");
    await page.getByRole("button", { name: "Sources", exact: true }).click();
    const paragraph = page.locator('[data-passage="paragraph 1"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-passage="paragraph 1"] a').length >= 400);
    expect(await paragraph.locator(".passage-piece").count()).toBeGreaterThan(5);
    const links = await accessibleNames(page, "link");
    const quotes = model.nodes.map((n) => n.excerpts[0]!.quote);
    expect(quotes.filter((q) => !links.has(q))).toEqual([]);
    await page.getByRole("button", { name: "Sources", exact: true }).click();
    await backToTheBrief();
  });
});

describe("opening a model by link", () => {
  it("opens a model on the same site, reading the source files beside it", async () => {
    const linked = await context.newPage();
    const linkErrors = await openApp(
      linked,
      `${baseUrl}?graph=/graph-data/brief.graph.json&node=peacebuilding-commission`,
    );
    expect(await linked.getByRole("region", { name: "Graph source" }).textContent()).toContain(
      "/graph-data/brief.graph.json",
    );
    expect(
      await linked.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 }).textContent(),
    ).toBe("Peacebuilding Commission");
    expect(new URL(linked.url()).searchParams.get("graph")).toBe("/graph-data/brief.graph.json");
    expect(linkErrors).toEqual([]);
    await linked.getByRole("button", { name: /Forget it/ }).click();
    await linked.close();
  });

  it("refuses a model on another site, and shows the embedded brief", async () => {
    const linked = await context.newPage();
    await openApp(linked, `${baseUrl}?graph=https://example.org/model.json`);
    expect(await linked.getByRole("alert").filter({ hasText: "was not opened" }).textContent()).toContain(
      "The link asks to open `https://example.org/model.json`, which is not on this site",
    );
    expect(await linked.locator(".graph-title").textContent()).toBe(EMBEDDED_TITLE);
    await linked.close();
  });

  it("shows a download that does not arrive, with Cancel, which falls back to the brief", async () => {
    const linked = await context.newPage();
    // A server that takes the request and never answers.
    // Matched by path: a glob would also match the page's own address, whose query names the file.
    await linked.route(
      (url) => url.pathname === "/graph-data/silent.graph.json",
      () => {},
    );
    await linked.goto(`${baseUrl}?graph=/graph-data/silent.graph.json`);
    const status = linked.locator(".opening-status");
    await status.getByText("Downloading “/graph-data/silent.graph.json”…").waitFor();
    await status.getByRole("button", { name: "Cancel" }).click();
    await linked.waitForFunction(() => document.body.dataset.ready === "true", null, { timeout: 20_000 });
    expect(await linked.locator(".graph-title").textContent()).toBe(EMBEDDED_TITLE);
    expect(await status.count()).toBe(0);
    expect(await linked.getByRole("alert").count()).toBe(0);
    await linked.close();
  });

  it("refuses a model whose source file is over the size limit", async () => {
    const linked = await context.newPage();
    const model = structuredClone(embedded);
    model.sources[0] = { ...model.sources[0], text: undefined, file: "huge.txt" };
    await linked.route(
      (url) => url.pathname === "/graph-data/huge-source.graph.json",
      (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(model) }),
    );
    let sent = false;
    await linked.route(
      (url) => url.pathname === "/graph-data/huge.txt",
      (route) => {
        sent = true;
        return route.fulfill({ contentType: "text/plain", body: "x".repeat(6_000_000) });
      },
    );
    await openApp(linked, `${baseUrl}?graph=/graph-data/huge-source.graph.json`);
    expect(sent).toBe(true);
    expect(await linked.getByRole("alert").filter({ hasText: "was not opened" }).textContent()).toContain(
      "The source file at `huge.txt` is 6.0 MB; briefgraph downloads source files of up to 5.0 MB, so the download was stopped.",
    );
    expect(await linked.locator(".graph-title").textContent()).toBe(EMBEDDED_TITLE);
    await linked.close();
  });

  it("reported no errors and no Content-Security-Policy violations", () => {
    expect(errors).toEqual([]);
  });
});
