/**
 * Navigation defects a new reader met: keys did nothing after a click on the canvas, opening the list left
 * focus two dozen Tabs from it, the header cut the brief's title (and a phone's showed none), a shared
 * force-directed link drew another picture after a reload, and a new graph kept the old search.
 */
import { describe, expect, inject, it } from "vitest";
import type { Page } from "playwright-core";
import { syntheticModel } from "../../scripts/lib/syntheticModel";
import { focusedName } from "./a11yHelpers";
import { openApp } from "./browser";
import { onPage, readView } from "./canvasView";
import { pbc } from "./embeddedFixture";
import { useSharedBrowser } from "./sharedBrowser";

const baseUrl = inject("baseUrl");
const browser = useSharedBrowser();

async function open(query = "", viewport = { width: 1366, height: 850 }, phone = false): Promise<Page> {
  const context = await browser().newContext({ viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}) });
  const page = await context.newPage();
  expect(await openApp(page, `${baseUrl}${query}`)).toEqual([]);
  return page;
}

const detailsTitle = (page: Page) => page.locator("#details-title").textContent();

describe("after a click on the canvas", () => {
  it("Escape and the arrow keys act on the graph at once", async () => {
    const page = await open();
    const at = onPage(await readView(page), pbc);
    await page.mouse.click(at.x + 1.5, at.y + 1);
    await expect.poll(() => detailsTitle(page)).toBe(pbc.label);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => detailsTitle(page)).not.toBe(pbc.label);
    await page.keyboard.press("Escape");
    // Nothing selected: the details show the graph's overview, under its title.
    const graphTitle = await page.locator(".graph-title").textContent();
    await expect.poll(() => detailsTitle(page)).toBe(graphTitle);
    await page.context().close();
  });
});

describe("opening the list", () => {
  it("moves focus to the selection's entry, or to the first entry", async () => {
    const page = await open(`?node=${pbc.id}`);
    await page.getByRole("button", { name: /^List/ }).click();
    await expect.poll(() => focusedName(page)).toMatch(new RegExp(`^button "${pbc.label}`));
    await page.getByRole("button", { name: /^List/ }).click();
    await page.keyboard.press("Escape");
    await page.goto(baseUrl);
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await page.getByRole("button", { name: /^List/ }).click();
    await expect.poll(() => focusedName(page)).toMatch(/^button "/);
    await page.context().close();
  });
});

describe("the header", () => {
  it.each([
    ["a 1366 px laptop", { width: 1366, height: 850 }, false],
    ["a phone", { width: 390, height: 844 }, true],
  ] as const)("shows the brief's title whole on %s", async (_, viewport, phone) => {
    const page = await open("", viewport, phone);
    const title = page.locator(".graph-title");
    expect(await title.isVisible()).toBe(true);
    const cut = await title.evaluate(
      (el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1,
    );
    expect(cut).toBe(false);
    await page.context().close();
  });

  it("shows the layout picker's choice whole", async () => {
    const page = await open("?layout=hierarchy");
    const picker = page.getByRole("combobox", { name: "Layout" });
    const cut = await picker.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
    expect(cut).toBe(false);
    await page.context().close();
  });
});

describe("a shared force-directed link", () => {
  it("draws the same picture after a reload", async () => {
    const page = await open("?layout=force");
    const positions = () =>
      page.evaluate(() => {
        // oxlint-disable-next-line no-underscore-dangle, typescript/no-explicit-any -- Cytoscape's registry, as in drawnLabels.ts.
        const holder = [...document.querySelectorAll("#graph-canvas div")].find((d) => (d as any)._cyreg) as any;
        // oxlint-disable-next-line no-underscore-dangle -- as above.
        const cy = holder._cyreg.cy;
        // oxlint-disable-next-line typescript/no-explicit-any -- as above.
        return cy.nodes().map((n: any) => `${n.id()}@${Math.round(n.position().x)},${Math.round(n.position().y)}`);
      });
    await page.waitForTimeout(1500);
    const first = await positions();
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    await page.waitForTimeout(1500);
    expect(await positions()).toEqual(first);
    await page.context().close();
  });
});

describe("opening another graph", () => {
  it("starts the search afresh", async () => {
    const page = await open();
    const search = page.getByRole("combobox", { name: "Search the graph" });
    await search.fill("Haiti");
    const model = syntheticModel(12, { positions: true });
    await page.locator('input[type="file"]').setInputFiles({
      name: "other.graph.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(model)),
    });
    await page.waitForFunction(() => document.querySelector(".graph-title")?.textContent?.includes("12 nodes"));
    expect(await page.getByRole("combobox", { name: "Search the graph" }).inputValue()).toBe("");
    await page.context().close();
  });
});
