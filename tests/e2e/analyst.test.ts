/**
 * An analyst's questions against the production build, in Chromium: finding a body by the abbreviation
 * everyone uses for it, and how two things in the brief are connected, told as quotes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
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

  it("reported no errors", () => {
    expect(errors).toEqual([]);
  });
});
