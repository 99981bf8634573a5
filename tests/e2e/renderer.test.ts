// The renderer contract: the big-graph patches of src/graph/renderer/ against the real, pinned Cytoscape and its
// canvas renderer in Chromium. Every private name they use must exist with the type they expect; a missing one
// must be reported, not ignored; and the patches must do what they promise with the real renderer, not a fake.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sharedBrowser } from "./sharedBrowser";
import type { harness as Harness } from "./renderer/harness";

type Scenario = keyof typeof Harness;

let browser: Browser;
let page: Page;
let outDir: string;

/** Runs one of the harness's scenarios in the page and returns what it found. */
function run<S extends Scenario>(scenario: S): Promise<Awaited<ReturnType<(typeof Harness)[S]>>> {
  return page.evaluate(
    (name) => (window as unknown as { harness: Record<string, () => unknown> }).harness[name]!(),
    scenario,
  ) as Promise<Awaited<ReturnType<(typeof Harness)[S]>>>;
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), "briefgraph-renderer-"));
  await build({
    configFile: false,
    logLevel: "warn",
    define: { "process.env.NODE_ENV": '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: "tests/e2e/renderer/harness.ts",
        formats: ["iife"],
        name: "rendererHarness",
        fileName: () => "harness.js",
      },
    },
  });
  browser = await sharedBrowser();
  page = await browser.newPage();
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.addScriptTag({ path: join(outDir, "harness.js") });
});

afterAll(async () => {
  await browser?.close();
  await rm(outDir, { recursive: true, force: true });
});

describe("the renderer's private names", () => {
  it("all exist, with the expected types, in the pinned Cytoscape", async () => {
    const found = await run("contract");
    expect(found.version).toBe(found.pinned);
    expect(found.checked).toBeGreaterThan(10);
    expect(found.missing).toEqual([]);
    expect(found.nodeRecord).toEqual([]);
    expect(found.edgeRecord).toEqual([]);
    expect(found.edgeScratch).toEqual([]);
    expect(found.positionIsPoint).toBe(true);
    expect(found.pstyle).toEqual({ width: "number", label: "string" });
    expect(found.interactive).toBe("boolean");
  });

  it("when one is missing, the install says which in the console and leaves Cytoscape's drawing", async () => {
    const { errors, untouched } = await run("installWithoutAName");
    expect(errors).toEqual([
      expect.stringMatching(
        /^briefgraph: Cytoscape 3\.\d+\.\d+ lacks renderer\.drawCachedNodes, which src\/graph\/renderer\/ relies on \(written against 3\.\d+\.\d+\)\. Big graphs are drawn by Cytoscape's own renderer, correctly but more slowly\.$/,
      ),
    ]);
    expect(untouched).toBe(true);
  });
});

describe("drawing near the view, with the real renderer", () => {
  it("draws only the elements near the view, in order, and all of them through the layers when all are near", async () => {
    const found = await run("drawNearTheView");
    expect(found.nearView).toEqual(["in", "near", "in-to-far", "across"]);
    expect(found.layeredForFew).toBeNull();
    // Few of the elements in view: the next pan or zoom redraws them instead of snapshotting the canvas.
    expect(found.textureForFew).toBe(false);
    expect(found.nodesNearView).toEqual(["in", "near", "in-to-far", "across"]);
    expect(found.layeredForAll).toBe(found.total);
    expect(found.textureForAll).toBe(true);
  });

  it("hit-tests only among the elements near the pointer, finds the node there, and puts the order back", async () => {
    const found = await run("hitTestNearThePointer");
    expect(found.hitNode).toEqual(["in"]);
    expect(found.searchedNode).toEqual(["in"]);
    // In Cytoscape's drawing order: edges under nodes.
    expect(found.searchedFar).toEqual(["across", "far-only", "far-right"]);
    expect(found.orderBack).toBe(true);
  });

  it("reads where the elements are when the drawing order is made, and again when a node is moved", async () => {
    const found = await run("positionsWithTheOrder");
    expect(found.silentMove).not.toContain("far-only");
    expect(found.announcedMove).toContain("far-only");
  });

  it("draws a moved node where it went, and the undo restores every method", async () => {
    const found = await run("moveThenUndo");
    expect(found.before).not.toContain("far-only");
    expect(found.after).toContain("far-only");
    expect(found.notRestored).toEqual([]);
    expect(found.textureRestored).toBe(true);
  });
});

describe("the drawing order without sorting, with the real renderer", () => {
  it("is Cytoscape's own order, made without its sort, and kept until Cytoscape drops it", async () => {
    const found = await run("orderWithoutSorting");
    expect(found.cytoscapeOrder).toEqual(["ab", "ca", "a", "b", "c"]);
    expect(found.order).toEqual(found.cytoscapeOrder);
    expect(found.cytoscapeInteractive).toEqual(["a", "c"]);
    expect(found.interactive).toEqual(found.cytoscapeInteractive);
    expect(found.regrouped).toBe(1);
    expect(found.sortsBefore).toBe(0);
    expect(found.kept).toBe(true);
    expect(found.remade).toBe(true);
    // A compound node: Cytoscape's own sort runs.
    expect(found.sortsForCompound).toBe(1);
    expect(found.restored).toBe(true);
  });
});
