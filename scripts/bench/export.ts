/**
 * npm run bench:export [-- --runs 5] [-- --reuse]: how long image exports of the whole embedded graph take in
 * headless Chromium against the production build, driven through the Export dialog like a reader would.
 * Each run opens the app in a fresh page and exports a 4× PNG and an SVG, prepared and cold (see runOnce).
 * Times come from the export code's own performance measures ("briefgraph:export:<format>", from request to
 * finished file, with its steps), plus the wall time from the click on Download to the browser's download
 * event. Prints medians and ranges against the targets (PNG 500 ms, SVG 300 ms) and writes
 * bench-results/export.json. A benchmark, not a test: it always exits 0.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launch, openApp } from "../../tests/e2e/browser";
import { buildApp, serve } from "./server";
import { median } from "./stats";

export const TARGETS = { png: 500, svg: 300 } as const;

type Format = keyof typeof TARGETS;

/** Reads the export measures taken since they were last cleared, and clears them. */
async function takeMeasures(page: Page, suffix: string): Promise<Record<string, number>> {
  const measures = await page.evaluate(() => {
    const found = performance
      .getEntriesByType("measure")
      .filter((m) => m.name.startsWith("briefgraph:export:"))
      .map((m) => [m.name.replace("briefgraph:export:", ""), m.duration] as const);
    performance.clearMeasures();
    return found;
  });
  return Object.fromEntries(measures.map(([name, ms]) => [`${name}${suffix}`, ms]));
}

/** Presses Download and waits for the file; returns the wall time from the click to the download. */
async function download(page: Page, press: () => Promise<unknown>): Promise<number> {
  const start = Date.now();
  await Promise.all([page.waitForEvent("download"), press()]);
  return Date.now() - start;
}

/**
 * One run in a fresh page. "Prepared": the reader chose the options a second before pressing Download, so the
 * dialog had the stage built (ExportController's warm-up). "Cold": a background is picked and Download pressed
 * in the same task, so the export builds everything itself.
 */
async function runOnce(page: Page): Promise<Record<string, number>> {
  await page.getByRole("button", { name: /Export/ }).click();
  const dialog = page.getByRole("dialog", { name: "Export" });
  await dialog.getByRole("radio", { name: "Whole graph" }).check();
  await dialog.getByRole("combobox", { name: "Scale" }).selectOption("4");
  const out: Record<string, number> = {};
  const pressDownload = () => dialog.getByRole("button", { name: "Download" }).click();
  for (const format of ["png", "svg"] as const) {
    await dialog.getByRole("radio", { name: format === "png" ? "PNG image" : "SVG image", exact: true }).check();
    await page.evaluate(() => performance.clearMeasures());
    await page.waitForTimeout(1000);
    const wall = await download(page, pressDownload);
    Object.assign(out, await takeMeasures(page, ""), { [`${format} click→file`]: wall });
  }
  for (const [format, background] of [
    ["PNG image", "Dark"],
    ["SVG image", "White"],
  ] as const) {
    await dialog.getByRole("radio", { name: format, exact: true }).check();
    await page.waitForTimeout(1000);
    await page.evaluate(() => performance.clearMeasures());
    const wall = await download(page, () =>
      page.evaluate((name) => {
        // Both clicks in one task: the background changes and Download goes before any warm-up can run.
        const inputs = [...document.querySelectorAll<HTMLInputElement>("dialog input[name=export-background]")];
        inputs.find((i) => i.value === name.toLowerCase())?.click();
        [...document.querySelectorAll<HTMLButtonElement>("dialog button")]
          .find((b) => b.textContent === "Download")
          ?.click();
      }, background),
    );
    const tag = format === "PNG image" ? "png" : "svg";
    Object.assign(out, await takeMeasures(page, " cold"), { [`${tag} click→file cold`]: wall });
  }
  return out;
}

/** Runs the export benchmark `runs` times in fresh pages of `browser` against the app at `url`; samples by measure. */
export async function measureExports(browser: Browser, url: string, runs: number): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = {};
  for (let run = 1; run <= runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openApp(page, url);
    for (const [name, value] of Object.entries(await runOnce(page))) (samples[name] ??= []).push(value);
    await page.close();
    process.stdout.write(`export run ${run}/${runs} done\n`);
  }
  return samples;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf("--runs") + 1]) || 5;
  if (!args.includes("--reuse")) {
    console.log("building the production app…");
    await buildApp();
  }
  const { server, url } = await serve();
  const browser = await launch();
  let samples: Record<string, number[]> = {};
  try {
    samples = await measureExports(browser, url, runs);
  } finally {
    await browser.close();
    await server.close();
  }
  const rows = Object.entries(samples).map(([name, values]) => {
    const target = TARGETS[name.replace(/ cold$/, "") as Format];
    const med = median(values);
    return {
      measure: name,
      median: Math.round(med),
      range: `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`,
      target: target ? `< ${target}` : "",
      verdict: target ? (med < target ? "PASS" : "FAIL") : "",
    };
  });
  console.log(`\nWhole embedded graph, ${runs} runs, ms (PNG at 4×):`);
  console.table(rows);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/export.json", `${JSON.stringify({ runs, samples, rows }, null, 2)}\n`);
}

// Run as a script (npm run bench:export), not when npm run bench imports measureExports.
if (resolve(process.argv[1] ?? "") === import.meta.filename) await main();
