/**
 * Reference screenshots, desktop 1280×800 and phone 390×844, with the Peacebuilding Commission selected.
 * Written to test-results/screenshots/ on every run; UPDATE_SCREENSHOTS=1 refreshes tests/e2e/screenshots/.
 * Canvas pixels differ across machines, so they are looked at, not diffed; the test asserts the layout instead.
 */
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";

const baseUrl = inject("baseUrl");
const dir = process.env.UPDATE_SCREENSHOTS ? "tests/e2e/screenshots" : "test-results/screenshots";
let browser: Browser;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("screenshots", () => {
  it("desktop: graph, details side by side, nothing overflowing", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = await openApp(page, `${baseUrl}?node=peacebuilding-commission`);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${dir}/desktop.png` });
    const graph = (await page.getByRole("region", { name: "Graph" }).boundingBox())!;
    const details = (await page.getByRole("complementary", { name: "Details" }).boundingBox())!;
    expect(graph.x + graph.width).toBeLessThanOrEqual(details.x + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("phone: details as a bottom sheet, sources switched in place of the graph", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const errors = await openApp(page, `${baseUrl}?node=peacebuilding-commission`);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${dir}/phone.png` });
    const graph = (await page.getByRole("region", { name: "Graph" }).boundingBox())!;
    const details = (await page.getByRole("complementary", { name: "Details" }).boundingBox())!;
    expect(details.y).toBeGreaterThanOrEqual(graph.y + graph.height - 1);
    expect(details.y + details.height).toBeLessThanOrEqual(845);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole("button", { name: "Sources" }).click();
    await page.getByRole("region", { name: "Sources", exact: true }).waitFor();
    expect(await page.getByRole("region", { name: "Graph" }).isVisible()).toBe(false);
    await page.screenshot({ path: `${dir}/phone-sources.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
