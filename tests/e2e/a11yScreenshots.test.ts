/**
 * Screenshots of the accessibility views, to be looked at: dark desktop with details, the list view, the
 * shortcuts dialog, the phone in dark, and 200% zoom. Written to test-results/screenshots/ on every run;
 * UPDATE_SCREENSHOTS=1 writes them to tests/e2e/screenshots/ instead. Asserted on by a11y.test.ts, not here.
 */
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";

const baseUrl = inject("baseUrl");
const dir = process.env.UPDATE_SCREENSHOTS ? "tests/e2e/screenshots" : "test-results/screenshots";
const PBC = "?node=peacebuilding-commission";
let browser: Browser;

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { viewport: { width: 1280, height: 800 } };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const SHOTS: [string, BrowserContextOptions, string, ((page: Page) => Promise<unknown>)?][] = [
  ["desktop-dark", { ...DESKTOP, colorScheme: "dark" }, PBC],
  ["desktop-list", DESKTOP, PBC, (p) => p.getByRole("button", { name: /^List/ }).click()],
  ["desktop-shortcuts", DESKTOP, "", (p) => p.keyboard.press("Shift+?")],
  ["phone-dark", { ...PHONE, colorScheme: "dark" }, PBC],
  ["zoom-200", { viewport: { width: 640, height: 400 } }, PBC],
];

describe("accessibility screenshots", () => {
  it.each(SHOTS)("%s", async (name, options, query, act) => {
    const context = await browser.newContext({ ...options, reducedMotion: "reduce" });
    const page = await context.newPage();
    const errors = await openApp(page, `${baseUrl}${query}`);
    await act?.(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${dir}/a11y-${name}.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
