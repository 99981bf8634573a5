/**
 * An analyst's questions against the production build, in Chromium: finding a body by the abbreviation
 * everyone uses for it, and how two things in the brief are connected, told as quotes, kept in the link.
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

  it("reported no errors", () => {
    expect(errors).toEqual([]);
  });
});
