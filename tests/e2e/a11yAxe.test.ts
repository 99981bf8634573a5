/**
 * axe-core in Chromium against the production build: every view and dialog, on desktop and phone, light and
 * dark, and at 200% zoom, reports no violations. Every rule runs (WCAG 2.0–2.2 A and AA, best practices);
 * none is disabled. How axe gets past the page's Content-Security-Policy is explained in a11yHelpers.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { axeViolations } from "./a11yHelpers";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";

const PBC = "peacebuilding-commission";
const baseUrl = inject("baseUrl");
const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
// A 1280 × 800 screen at 200% zoom.
const ZOOMED: BrowserContextOptions = { viewport: { width: 640, height: 400 } };
const DARK: BrowserContextOptions = { colorScheme: "dark" };

let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const openList = (page: Page) => page.getByRole("button", { name: /^List/ }).click();
const openReader = (page: Page) =>
  page.getByRole("complementary", { name: "Details" }).getByRole("button", { name: "Show in source" }).first().click();
const openShortcuts = (page: Page) => page.keyboard.press("Shift+?");
const openSearch = async (page: Page) => {
  await page.keyboard.press("/");
  await page.keyboard.type("peace");
  await page.getByRole("option").first().waitFor();
};
const openExport = async (page: Page) => {
  await page.getByRole("button", { name: /^Export/ }).click();
  await page.getByRole("dialog", { name: "Export" }).waitFor();
};

const openAnalyse = async (page: Page, tab: "Key nodes" | "Who is asked to do what") => {
  await page.getByRole("button", { name: /^Analyse/ }).click();
  await page.getByRole("dialog", { name: "Analyse" }).getByRole("tab", { name: tab }).click();
  await page
    .getByRole("tabpanel")
    .getByRole(tab === "Key nodes" ? "list" : "table")
    .first()
    .waitFor();
};

type Case = [string, BrowserContextOptions, string, ((page: Page) => Promise<unknown>)?];
const CASES: Case[] = [
  ["the main view", DESKTOP, ""],
  ["details open", DESKTOP, `?node=${PBC}`],
  ["the reader open on a passage", DESKTOP, `?node=${PBC}`, openReader],
  ["the list view", DESKTOP, `?node=${PBC}`, openList],
  ["the shortcuts dialog", DESKTOP, "", openShortcuts],
  ["search results open", DESKTOP, "", openSearch],
  ["the export dialog", DESKTOP, "", openExport],
  ["the key nodes", DESKTOP, "", (p) => openAnalyse(p, "Key nodes")],
  ["who is asked to do what", DESKTOP, "", (p) => openAnalyse(p, "Who is asked to do what")],
  ["dark: who is asked to do what", { ...DESKTOP, ...DARK }, "", (p) => openAnalyse(p, "Who is asked to do what")],
  ["a connection told as quotes", DESKTOP, `?node=${PBC}&path=${PBC},liberia`],
  ["dark: details and list", { ...DESKTOP, ...DARK }, `?node=${PBC}`, openList],
  [
    "dark: reader and search",
    { ...DESKTOP, ...DARK },
    `?node=${PBC}`,
    async (p) => [await openReader(p), await openSearch(p)],
  ],
  ["dark: shortcuts dialog", { ...DESKTOP, ...DARK }, "", openShortcuts],
  ["phone: details sheet", PHONE, `?node=${PBC}`],
  ["phone: list view", PHONE, `?node=${PBC}`, openList],
  ["phone, dark: reader", { ...PHONE, ...DARK }, `?node=${PBC}`, openReader],
  ["200% zoom: details", ZOOMED, `?node=${PBC}`],
];

describe("axe-core reports no violations", () => {
  it.each(CASES)("%s", async (_, options, query, act) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const errors = await openApp(page, `${baseUrl}${query}`);
    await act?.(page);
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
