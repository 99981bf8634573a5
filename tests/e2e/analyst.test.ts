/**
 * An analyst's questions against the production build, in Chromium: finding a body by the abbreviation
 * everyone uses for it, and how two things in the brief are connected, told as quotes, kept in the link.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { openApp } from "./browser";
import { exportFile } from "../support/exportDialog";
import { sharedBrowser } from "./sharedBrowser";
import { loadModelFile } from "../../scripts/lib/modelFile";
import { SYMMETRIC_RELATIONS } from "../../src/model/brief/vocabulary";

const loaded = loadModelFile("graph-data/brief.graph.json");
if (!loaded.ok) throw new Error("embedded model invalid");
const brief = loaded.graph.model;

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, reducedMotion: "reduce" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  page = await context.newPage();
  errors = await openApp(page, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

const details = () => page.getByRole("complementary", { name: "Details" });
const detailsTitle = () => details().getByRole("heading", { level: 2 }).textContent();

describe("an analyst", () => {
  it("types PBC and Enter, and gets the Peacebuilding Commission", async () => {
    const box = page.getByRole("combobox", { name: "Search the graph" });
    await box.fill("PBC");
    await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Peacebuilding Commission");
    await box.press("Enter");
    await expect.poll(detailsTitle).toBe("Peacebuilding Commission");
    expect(new URL(page.url()).searchParams.get("node")).toBe("peacebuilding-commission");
  });

  it("asks how the Peacebuilding Commission is connected to Liberia, and reads the answer as quotes", async () => {
    await details().getByRole("button", { name: "How is it connected to…" }).click();
    const box = details().getByRole("combobox", { name: "Connected to which node?" });
    await box.fill("Liberia");
    await expect.poll(() => details().getByRole("option").first().textContent()).toContain("Liberia");
    await box.press("Enter");
    await expect.poll(detailsTitle).toBe("How Peacebuilding Commission is connected to Liberia");
    expect(new URL(page.url()).searchParams.get("path")).toBe("peacebuilding-commission,liberia");
    const first = details().getByRole("region", { name: /^Path 1 of \d: \d+ steps$/ });
    const steps = first.locator(".path-steps > li");
    const count = await steps.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      expect(await steps.nth(i).locator(".path-statement").textContent()).toMatch(/ — .+ (→|—) /);
      expect(await steps.nth(i).locator("blockquote").textContent()).toMatch(/^“.+”$/);
      expect(await steps.nth(i).locator("cite").textContent()).toMatch(/^(Brief|Web summary), /);
    }
    // The canvas draws the path: both ends and every node between are emphasised, the rest dimmed.
    const drawn = await page.evaluate(() => {
      // oxlint-disable-next-line typescript/no-explicit-any, no-underscore-dangle -- Cytoscape's instance.
      const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
      // oxlint-disable-next-line no-underscore-dangle -- as above.
      const cy = holder._cyreg.cy;
      return {
        emph: cy.nodes(".emph").map((n: { id: () => string }) => n.id()),
        dimmed: cy.nodes(".dimmed").length,
      };
    });
    expect(drawn.emph).toEqual(expect.arrayContaining(["peacebuilding-commission", "liberia"]));
    expect(drawn.dimmed).toBeGreaterThan(50);
  });

  it("reopens the connection from its link, and Back returns to the node", async () => {
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await expect.poll(detailsTitle).toBe("How Peacebuilding Commission is connected to Liberia");
    await page.goBack();
    await expect.poll(detailsTitle).toBe("Peacebuilding Commission");
  });

  it("reads a node's figures: its connections by direction and how central it is", async () => {
    await page.goto(`${baseUrl}?node=peacebuilding-commission`);
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    const edges = brief.edges.filter(
      (e) => e.source === "peacebuilding-commission" || e.target === "peacebuilding-commission",
    );
    const mutual = edges.filter((e) => SYMMETRIC_RELATIONS.has(e.relation)).length;
    const out = edges.filter((e) => e.source === "peacebuilding-commission").length - mutual;
    const figures = details().getByRole("region", { name: "Figures" });
    await expect
      .poll(() => figures.locator("dd").first().textContent())
      .toMatch(
        new RegExp(
          `^${edges.length} \\(${out} outgoing, ${edges.length - out - mutual} incoming, ${mutual} mutual\\); \\d+(st|nd|rd|th) most connected of 87$`,
        ),
      );
    expect(await figures.locator("dd").nth(1).textContent()).toMatch(/^0\.\d{3}; \d+(st|nd|rd|th) most central of 87$/);
  });

  it("ranks the key nodes, and one click goes to one", async () => {
    await page.getByRole("button", { name: "Analyse…" }).click();
    const dialog = page.getByRole("dialog", { name: "Analyse" });
    const connected = dialog.getByRole("region", { name: "Most connected" }).getByRole("listitem");
    await expect.poll(() => connected.count()).toBeGreaterThanOrEqual(10);
    expect(await connected.first().textContent()).toMatch(
      /^Second conversation \(February 24, 2017\)\s*29 connections/,
    );
    expect(
      await dialog.getByRole("region", { name: "Most central" }).getByRole("listitem").count(),
    ).toBeGreaterThanOrEqual(10);
    await dialog.getByRole("region", { name: "Most central" }).getByRole("button").nth(1).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await detailsTitle()).not.toBe("Peacebuilding Commission");
  });

  it("reads who is asked to do what: a row for each of the 12 recommendations, a cell for each addressee", async () => {
    await page.getByRole("button", { name: "Analyse…" }).click();
    const dialog = page.getByRole("dialog", { name: "Analyse" });
    await dialog.getByRole("tab", { name: "Who is asked to do what" }).click();
    const table = dialog.getByRole("table");
    const rows = await table.locator("tbody th").allTextContents();
    expect(rows).toEqual(brief.nodes.filter((n) => n.type === "recommendation").map((n) => n.label));
    expect(await table.getByRole("button", { name: "Asked" }).count()).toBe(
      brief.edges.filter((e) => e.relation === "addressed-to").length,
    );
    // By keyboard: the first cell, then the next one down, shows its quotation; Enter selects its edge.
    await table.locator("[data-cell]").first().focus();
    const quote = dialog.locator(".matrix-quote");
    const before = await quote.textContent();
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => quote.textContent()).not.toBe(before);
    expect(await quote.locator("blockquote").textContent()).toMatch(/^“.+” — (Brief|Web summary), /);
    const [asked] = (await quote.locator("figcaption").textContent())!.split(" → ");
    await page.keyboard.press("Enter");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await detailsTitle()).toMatch(new RegExp(`^${asked!.replace(/[()]/g, ".")} (addressed to|involves) `));
  });

  it("copies a link to what is on screen, zoom and all, which reopens on the same view", async () => {
    await page.goto(`${baseUrl}?node=peacebuilding-commission`);
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    const canvas = page.locator("[data-zoom]");
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Zoom in" }).click();
    // Cytoscape moves the camera in its next frames, even without animation.
    await page.waitForTimeout(500);
    const seen = { zoom: await canvas.getAttribute("data-zoom"), x: await canvas.getAttribute("data-pan-x") };
    await page.getByRole("button", { name: "Copy link" }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get("node")).toBe("peacebuilding-commission");
    expect(new URL(link).searchParams.get("camera")).toMatch(/^[\d.]+,-?[\d.]+,-?[\d.]+$/);
    const other = await page.context().newPage();
    const errorsThere = await openApp(other, link);
    const reopened = other.locator("[data-zoom]");
    await expect.poll(() => reopened.getAttribute("data-zoom")).toBe(seen.zoom);
    expect(Math.abs(Number(await reopened.getAttribute("data-pan-x")) - Number(seen.x))).toBeLessThan(1);
    // The camera is read once: the next change of the view writes the address without it.
    await other.getByRole("button", { name: "Close details" }).click();
    await expect.poll(() => new URL(other.url()).searchParams.get("camera")).toBeNull();
    expect(errorsThere).toEqual([]);
    await other.close();
  });

  it("keeps an arrangement: exported with the nodes where they are, and opened again as it was", async () => {
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await page.getByRole("combobox", { name: "Layout" }).selectOption({ label: "Rings by kind" });
    await page.waitForTimeout(1000);
    const placed = () =>
      page.evaluate(() => {
        // oxlint-disable-next-line typescript/no-explicit-any, no-underscore-dangle -- Cytoscape's instance.
        const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
        // oxlint-disable-next-line no-underscore-dangle -- as above.
        const p = holder._cyreg.cy.getElementById("peacebuilding-commission").position();
        return { x: Math.round(p.x), y: Math.round(p.y) };
      });
    const arranged = await placed();
    expect(arranged).not.toEqual(brief.nodes.find((n) => n.id === "peacebuilding-commission")!.position);
    const file = await exportFile(page, { format: "Model (JSON)", arrangement: true, tag: "arranged" });
    await page.keyboard.press("Escape");
    const saved = JSON.parse(readFileSync(file.path, "utf8")) as typeof brief;
    expect(saved.nodes.find((n) => n.id === "peacebuilding-commission")!.position).toEqual(arranged);
    // Opened again, in the curated layout (its own positions), it looks as it did.
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await page.locator('input[type="file"]').setInputFiles(file.path);
    await page.getByText(/Showing your file/).waitFor();
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await expect.poll(placed).toEqual(arranged);
    await page.getByRole("button", { name: /Forget it/ }).click();
  });

  it("opens a link to where the sources disagree framing all of it, on a phone too", async () => {
    for (const viewport of [
      { width: 1366, height: 850 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ viewport, reducedMotion: "reduce" });
      const there = await context.newPage();
      const errorsThere = await openApp(there, `${baseUrl}?evidence=disagree`);
      expect(
        await there.getByRole("status").filter({ hasText: "only where the sources disagree" }).textContent(),
      ).toContain("Showing 12 of 87 nodes and 6 of 143 connections");
      // Every node shown is in view, none blown up past reading size.
      const framed = await there.evaluate(() => {
        // oxlint-disable-next-line typescript/no-explicit-any, no-underscore-dangle -- Cytoscape's instance.
        const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
        // oxlint-disable-next-line no-underscore-dangle -- as above.
        const cy = holder._cyreg.cy;
        const view = cy.extent();
        const shown = cy.nodes().filter((n: { visible: () => boolean }) => n.visible());
        const inView = shown.filter((n: { position: () => { x: number; y: number } }) => {
          const p = n.position();
          return p.x >= view.x1 && p.x <= view.x2 && p.y >= view.y1 && p.y <= view.y2;
        });
        return { zoom: cy.zoom(), shown: shown.length, inView: inView.length };
      });
      expect(framed.shown).toBe(12);
      expect(framed.inView).toBe(12);
      expect(framed.zoom).toBeLessThanOrEqual(1.5);
      expect(errorsThere).toEqual([]);
      await context.close();
    }
  });

  it("reported no errors", () => {
    expect(errors).toEqual([]);
  });
});
