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
import { build, preview } from "vite";
import type { Page } from "playwright-core";
import { launch, openApp } from "../../tests/e2e/browser";

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 5;
const OUT_DIR = resolve("node_modules/.cache/briefgraph-bench");
const TARGETS = { png: 500, svg: 300 } as const;

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

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main(): Promise<void> {
  if (!args.includes("--reuse")) {
    console.log("building the production app…");
    await build({ logLevel: "warn", build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const server = await preview({
    logLevel: "warn",
    build: { outDir: OUT_DIR },
    preview: { host: "127.0.0.1", port: 0, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? "";
  const browser = await launch();
  const samples: Record<string, number[]> = {};
  try {
    for (let run = 1; run <= RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await openApp(page, url);
      for (const [name, value] of Object.entries(await runOnce(page))) (samples[name] ??= []).push(value);
      await page.close();
      process.stdout.write(`run ${run}/${RUNS} done\n`);
    }
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
  console.log(`\nWhole embedded graph, ${RUNS} runs, ms (PNG at 4×):`);
  console.table(rows);
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/export.json", `${JSON.stringify({ runs: RUNS, samples, rows }, null, 2)}\n`);
}

await main();
