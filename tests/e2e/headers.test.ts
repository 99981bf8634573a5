// The build as a host should serve it (docs/deploy.md): `vite preview` sends the security headers, and the app
// works under them. Opening a file and a linked model runs the load worker, whose fetches the header's policy
// covers; neither the page nor the worker may break it. A violation in the page is a console error (openApp);
// Chromium reports a worker's own in the console too.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openApp } from "./browser";
import { useSharedBrowser } from "./sharedBrowser";
import { DEPLOY_HEADERS } from "../../scripts/lib/deployHeaders";
import { makeTempDir, removeTempDirs } from "../support/tempDirs";
import { syntheticModel } from "../../scripts/lib/syntheticModel";

afterAll(removeTempDirs);
const baseUrl = inject("baseUrl");
const browser = useSharedBrowser();

describe("served with the deploy headers", () => {
  it("sends every header with the page and with the scripts", async () => {
    const page = await browser().newPage();
    const response = await page.goto(baseUrl);
    const scripts: string[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith(".js")) scripts.push(r.headers()["content-security-policy"] ?? "none");
    });
    await page.waitForFunction(() => document.body.dataset.ready === "true");
    const headers = response!.headers();
    for (const [name, value] of Object.entries(DEPLOY_HEADERS)) expect(headers[name.toLowerCase()]).toBe(value);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("worker-src 'self'");
    await page.close();
  });

  it("opens a file and a linked model through the worker with no policy violation", async () => {
    const page = await browser().newPage();
    const messages: string[] = [];
    page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
    expect(await openApp(page, `${baseUrl}?graph=/graph-data/brief.graph.json`)).toEqual([]);
    await page.waitForFunction(() => document.querySelector(".origin-bar")?.textContent?.includes("linked model"));
    const file = join(makeTempDir("briefgraph-headers-"), "tiny.json");
    writeFileSync(file, JSON.stringify({ ...syntheticModel(40), title: "Opened under the headers" }));
    await page.locator("input[type=file]").setInputFiles(file);
    await page.waitForFunction(
      () => document.querySelector(".graph-title")?.textContent === "Opened under the headers",
    );
    expect(messages.filter((m) => /Content Security Policy|CSP violation|Refused to/i.test(m))).toEqual([]);
    await page.close();
  });
});
