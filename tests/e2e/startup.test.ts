/**
 * What a first visit asks the server for. The page names what the first drawing needs (the canvas and data
 * chunks, the model and its texts) so they load alongside the app, but after the entry script and the
 * stylesheet: over HTTP/1.1 a browser opens six connections per host, and the entry must not wait behind the
 * canvas chunk. A preload the app then fetches differently would be downloaded twice; none may be.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { openApp } from "./browser";
import { sharedBrowser } from "./sharedBrowser";

const baseUrl = inject("baseUrl");
let browser: Browser;
let page: Page;
let errors: string[];
const warnings: string[] = [];

beforeAll(async () => {
  browser = await sharedBrowser();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.on("console", (m) => {
    if (m.type() === "warning") warnings.push(m.text());
  });
  errors = await openApp(page, baseUrl);
});

afterAll(async () => {
  await browser?.close();
});

/** The page's <head> tags that load something, in document order, as "rel href" (or "script src"). */
async function headLoads(): Promise<string[]> {
  const html = await (await fetch(baseUrl)).text();
  const head = html.slice(0, html.indexOf("</head>"));
  return [...head.matchAll(/<(script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)]
    .map(([tag, name, url]) => `${name === "script" ? "script" : /rel="([^"]+)"/.exec(tag!)![1]} ${url}`)
    .filter((load) => !load.startsWith("icon "));
}

describe("a first visit", () => {
  it("asks for the entry script and the stylesheet before what the first drawing needs", async () => {
    const loads = await headLoads();
    const kinds = loads.map((load) => load.split(" ")[0]);
    // The entry, its stylesheet, and the chunks the bundler split off the entry (Vite preloads those itself).
    const entryEnd = Math.max(kinds.indexOf("script"), kinds.indexOf("stylesheet")) + 1;
    expect(
      kinds
        .slice(0, entryEnd)
        .filter((kind) => kind !== "modulepreload")
        .toSorted(),
    ).toEqual(["script", "stylesheet"]);
    const later = loads.slice(entryEnd).map((load) => load.replace(/-[\w-]{8}\./, "."));
    // Then what the first drawing needs: the canvas chunk (and the chunks it imports), the embedded data.
    expect(later).toEqual(
      expect.arrayContaining([
        "modulepreload /assets/GraphView.js",
        "modulepreload /assets/embedded.js",
        "preload /assets/brief.graph.json",
        "preload /assets/brief.txt",
        "preload /assets/web-summary.txt",
      ]),
    );
    expect(later.every((load) => /^(modulepreload \/assets\/.+\.js|preload \/assets\/.+)$/.test(load))).toBe(true);
    // The largest file comes last, so the small ones are not queued behind it.
    const sizes = await Promise.all(
      loads
        .slice(entryEnd)
        .map(async (load) => (await (await fetch(new URL(load.split(" ")[1]!, baseUrl))).text()).length),
    );
    expect(sizes.indexOf(Math.max(...sizes))).toBe(sizes.length - 1);
  });

  it("downloads each of those files once: every preload is the request the app makes", async () => {
    const preloaded = (await headLoads())
      .filter((load) => load.startsWith("preload ") || load.startsWith("modulepreload "))
      .map((load) => new URL(load.split(" ")[1]!, baseUrl).href);
    const requested = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
    for (const url of preloaded)
      expect(
        requested.filter((name) => name === url),
        url,
      ).toHaveLength(1);
    // Chromium warns a few seconds after load about a preload nothing used.
    await page.waitForTimeout(3500);
    expect(warnings.filter((w) => /preload/i.test(w))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
