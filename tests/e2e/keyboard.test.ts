/**
 * A keyboard-only reader, in Chromium against the production build: no mouse event at all, only key presses.
 * Finds the Peacebuilding Commission by search, reads a quotation, opens it in the source (which takes focus
 * there), then exports a PNG through the Export dialog. Where focus is, is read by accessible name.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { focusedName, pressUntil } from "./a11yHelpers";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";
import { firstQuote, pbc, plain } from "./embeddedFixture";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  page = await context.newPage();
  errors = await openApp(page, baseUrl);
});
afterAll(async () => {
  await browser?.close();
});

const details = () => page.getByRole("complementary", { name: "Details" });

describe("a keyboard-only reader", () => {
  it("tabs past the skip link to the search and finds the Peacebuilding Commission", async () => {
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe('link "Skip to graph"');
    await page.keyboard.press("Tab");
    expect(await focusedName(page)).toBe('combobox "Search the graph"');
    await page.keyboard.type("Peacebuilding Commission");
    const first = page.getByRole("option").first();
    await expect.poll(() => first.textContent()).toContain("Peacebuilding Commission");
    expect(await first.getAttribute("aria-selected")).toBe("true");
    await page.keyboard.press("Enter");
    await expect.poll(() => details().getByRole("heading", { level: 2 }).textContent()).toBe(pbc.label);
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get("node"))).toBe(pbc.id);
    await expect
      .poll(() => page.getByTestId("live-region").textContent())
      .toMatch(/^Selected Peacebuilding Commission,/);
  });

  it("reads a quotation and opens it in the source, where focus lands on the highlighted passage", async () => {
    expect(await details().locator("blockquote").first().textContent()).toBe(`“${plain(firstQuote.quote)}”`);
    await pressUntil(page, "Tab", /^button "Show in source"$/);
    expect(await page.evaluate(() => document.activeElement?.closest("aside")?.getAttribute("aria-label"))).toBe(
      "Details",
    );
    await page.keyboard.press("Enter");
    const reader = page.getByRole("region", { name: "Sources", exact: true });
    await reader.waitFor();
    const open = reader.locator('[data-open="true"]');
    await expect.poll(async () => (await open.allTextContents()).join("")).toBe(plain(firstQuote.quote));
    const focusIsOnPassage = () =>
      page.evaluate(() => {
        const block = document.activeElement?.closest("[data-passage]");
        return block !== null && block !== undefined && block.querySelector('[data-open="true"]') !== null;
      });
    await expect.poll(focusIsOnPassage).toBe(true);
    const area = (await reader.boundingBox())!;
    await expect
      .poll(async () => {
        const box = (await open.first().boundingBox())!;
        return box.y >= area.y && box.y + box.height <= area.y + area.height;
      })
      .toBe(true);
  });

  it("exports a PNG from the Export dialog", async () => {
    // Every cited sentence in the reader is a link, so Shift+Tab back to the header would take ~300 presses;
    // "/" (listed under "?") jumps to the search box in the header, and Export is a few Tabs on.
    await page.keyboard.press("/");
    expect(await focusedName(page)).toMatch(/^combobox "Search the graph"/);
    await pressUntil(page, "Tab", /^button "Export/, 10);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Export" });
    await dialog.waitFor();
    // Tab into the format radios, then arrows choose within the group, as in any radio group.
    await pressUntil(page, "Tab", /^radio /, 20);
    for (let i = 0; i < 12 && (await focusedName(page)) !== 'radio "PNG image" [checked]'; i++) {
      await page.keyboard.press("ArrowDown");
    }
    expect(await focusedName(page)).toBe('radio "PNG image" [checked]');
    await pressUntil(page, "Tab", /^button "Download"$/, 40);
    const download = page.waitForEvent("download", { timeout: 20_000 });
    await page.keyboard.press("Enter");
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    // The browser is shared over a connection, so the file is read through it rather than from its path.
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(errors).toEqual([]);
  });
});
