/**
 * A reader's first minutes, in Chromium against the production build of the embedded model: search, details,
 * a verbatim quote, the source, a connection, Back, a shared link; then bad links, filters and layouts.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";
import { firstQuote, pbc, plain } from "./embeddedFixture";

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await sharedBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
  page = await context.newPage();
  errors = await openApp(page, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

const details = () => page.getByRole("complementary", { name: "Details" });
const detailsTitle = () => details().getByRole("heading", { level: 2 });

describe("a reader checking a claim", () => {
  it("finds the Peacebuilding Commission by search and opens its details", async () => {
    await page.keyboard.press("/");
    const search = page.getByRole("combobox", { name: /Search/ });
    await expect.poll(() => search.evaluate((e) => e === document.activeElement)).toBe(true);
    await search.fill("Peacebuilding Commission");
    await expect.poll(() => page.getByRole("option").first().textContent()).toContain("Peacebuilding Commission");
    await search.press("Enter");
    await expect.poll(() => detailsTitle().textContent()).toBe("Peacebuilding Commission");
    await expect.poll(() => new URL(page.url()).searchParams.get("node")).toBe(pbc.id);
  });

  it("sees a verbatim quote with its citation", async () => {
    const quote = details().locator("blockquote").first();
    expect(await quote.textContent()).toBe(`“${plain(firstQuote.quote)}”`);
    const source = readFileSync(
      `graph-data/sources/${firstQuote.source === "brief" ? "brief" : "web-summary"}.txt`,
      "utf8",
    );
    expect(source.slice(firstQuote.start, firstQuote.end)).toBe(firstQuote.quote);
    expect(await details().locator("figcaption").first().textContent()).toMatch(/— (Brief|Web summary), /);
  });

  it("shows the quote in the source, highlighted and scrolled into view", async () => {
    await details().getByRole("button", { name: "Show in source" }).first().click();
    const reader = page.getByRole("region", { name: "Sources", exact: true });
    await reader.waitFor();
    const open = reader.locator('[data-open="true"]');
    await expect.poll(async () => (await open.allTextContents()).join("")).toBe(plain(firstQuote.quote));
    await expect.poll(() => open.first().isVisible()).toBe(true);
    const box = (await open.first().boundingBox())!;
    const area = (await reader.boundingBox())!;
    await expect
      .poll(async () => {
        const b = (await open.first().boundingBox())!;
        return b.y >= area.y && b.y + b.height <= area.y + area.height;
      })
      .toBe(true);
    expect(box.height).toBeGreaterThan(0);
    await expect
      .poll(() => new URL(page.url()).searchParams.get("passage"))
      .toBe(`${firstQuote.source}:${firstQuote.start}-${firstQuote.end}`);
  });

  it("follows a connection and comes back with Back", async () => {
    const connections = details().getByRole("region", { name: /Connections/ });
    const target = connections.locator("button.link-button").first();
    const label = (await target.textContent())!.trim();
    const before = page.url();
    await target.click();
    await expect.poll(() => detailsTitle().textContent()).toBe(label);
    // The app writes the URL once the new view is painted: going Back before that would skip an entry.
    await expect.poll(() => page.url()).not.toBe(before);
    await page.goBack();
    await expect.poll(() => detailsTitle().textContent()).toBe("Peacebuilding Commission");
    await page.goForward();
    await expect.poll(() => detailsTitle().textContent()).toBe(label);
    await page.goBack();
    await expect.poll(() => detailsTitle().textContent()).toBe("Peacebuilding Commission");
  });

  it("copies a link that reopens the same view in a new page", async () => {
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.getByText("Link copied").isVisible()).toBe(true);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The page's address, and the camera, so the link opens on what is on screen (analyst.test.ts).
    const copied = new URL(link);
    expect(copied.searchParams.get("camera")).toMatch(/^[\d.]+,-?[\d.]+,-?[\d.]+$/);
    copied.searchParams.delete("camera");
    expect(copied.href.replaceAll("%2C", ",").replaceAll("%3A", ":")).toBe(page.url());
    const second = await context.newPage();
    const secondErrors = await openApp(second, link);
    const title = second.getByRole("complementary", { name: "Details" }).getByRole("heading", { level: 2 });
    expect(await title.textContent()).toBe("Peacebuilding Commission");
    const open = second.getByRole("region", { name: "Sources", exact: true }).locator('[data-open="true"]');
    // The reader loads on first opening: its passage arrives a moment after the graph.
    await expect.poll(async () => (await open.allTextContents()).join("")).toBe(plain(firstQuote.quote));
    expect(secondErrors).toEqual([]);
    await second.close();
  });

  it("drew the graph without a single error", async () => {
    const painted = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLCanvasElement>(".graph-canvas canvas")].some((canvas) => {
        const ctx = canvas.getContext("2d");
        if (!ctx || canvas.width === 0) return false;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        for (let i = 3; i < data.length; i += 4 * 97) if (data[i]! > 0) return true;
        return false;
      }),
    );
    expect(painted).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe("links, filters and layouts", () => {
  it("opens a link with an unknown id and a bad parameter with notices instead of failing", async () => {
    const p = await context.newPage();
    const pageErrors = await openApp(p, `${baseUrl}?node=xyz&depth=7&focus=${pbc.id}`);
    const notices = p.getByRole("status").filter({ hasText: "xyz" });
    expect(await notices.textContent()).toContain("No node or edge with id `xyz`; showing the whole graph.");
    expect(await p.getByText("Focus depth `7` is not 1, 2 or 3; using 1.").isVisible()).toBe(true);
    await p.locator(".notice").filter({ hasText: "xyz" }).getByRole("button", { name: "Dismiss notice" }).click();
    await expect.poll(() => p.getByText("No node or edge with id `xyz`").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await p.close();
  });

  it("hides a kind from the legend, summarises it, and shows everything again", async () => {
    const person = page.getByRole("button", { name: /^Person/ });
    await person.click();
    expect(await person.getAttribute("aria-pressed")).toBe("false");
    const summary = page.getByRole("status").filter({ hasText: "Showing" });
    expect(await summary.textContent()).toContain("hidden kinds: Person");
    await expect.poll(() => new URL(page.url()).searchParams.get("hide")).toBe("person");
    await page.getByRole("button", { name: "Show everything" }).click();
    await expect.poll(() => summary.count()).toBe(0);
  });

  it("focuses on a neighbourhood and puts it in the URL", async () => {
    await details().getByRole("button", { name: "2 steps" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("depth")).toBe("2");
    expect(await page.getByRole("status").filter({ hasText: "Showing" }).textContent()).toContain(
      "focus on Peacebuilding Commission",
    );
    await page.getByRole("button", { name: "Show everything" }).click();
  });

  it("switches layouts on demand", async () => {
    const picker = page.getByRole("combobox", { name: "Layout" });
    for (const [label, name] of [
      ["Rings by kind", "concentric"],
      ["Hierarchy", "hierarchy"],
      ["Force-directed", "force"],
    ]) {
      await picker.selectOption({ label });
      await expect.poll(() => new URL(page.url()).searchParams.get("layout")).toBe(name);
    }
    await page.getByRole("button", { name: "Reset view" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("layout")).toBeNull();
    await page.waitForTimeout(800);
    expect(errors).toEqual([]);
  });
});
