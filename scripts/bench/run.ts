/**
 * npm run bench [-- --runs 5] [-- --nav-runs 15] [-- --quick] [-- --reuse]: builds the production app, serves it, and measures it
 * in headless Chromium: start-up bundle size, navigation to the embedded graph painted against the React floor in
 * the app's style (React, react-cytoscapejs and the app's look with nothing else), click and search latency, image export, and synthetic graphs of 1,000, 5,000 and
 * 20,000 nodes opened like a reader's file. Prints a table with PASS/FAIL per budgeted figure and writes
 * bench-results/bench.json. --quick measures only the 5,000-node graph and skips exports. A benchmark, not a
 * test: it always exits 0.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch } from "../../tests/e2e/browser";
import { readableLabels } from "./labels";
import { startupSizes } from "../lib/bundleSize";
import { openBigGraph, writeSynthetic } from "./bigGraphs";
import { TARGETS, measureExports } from "./export";
import { buildReactFloor, navigationToMark, writeFloorPage } from "./floor";
import { measureInteraction, type ModelNode } from "./interaction";
import { OUT_DIR, buildApp, serve } from "./server";
import { median, percentile, printTable, row, type Row } from "./stats";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : NaN);
const RUNS = option("--runs") || 5;
// A load takes a second, and the floor page alone swings ±30 % from load to load: five loads a page let the
// ratio's verdict flip between runs of the bench, so navigation takes more.
const NAV_RUNS = option("--nav-runs") || Math.max(15, RUNS);
const QUICK = args.includes("--quick");
const SIZES = QUICK ? [5000] : [1000, 5000, 20_000];

/** Each page's p95 (over its 30 samples): the figure is their median. */
const p95s = (pages: number[][]) => pages.map((samples) => percentile(samples, 95));
const max = (limit: number, text: string) => ({ kind: "max" as const, limit, text });
const min = (limit: number, text: string) => ({ kind: "min" as const, limit, text });

async function main(): Promise<void> {
  if (!args.includes("--reuse")) {
    console.log("building the production app…");
    await buildApp();
  }
  writeFloorPage(OUT_DIR);
  await buildReactFloor(OUT_DIR);
  const rows: Row[] = [];
  for (const size of startupSizes(OUT_DIR))
    rows.push(
      row(
        `start-up ${size.kind.toUpperCase()} (gzip)`,
        "kB",
        [size.totalKb],
        max(size.budgetKb, `≤ ${size.budgetKb} kB`),
      ),
    );

  const model = JSON.parse(readFileSync(join(OUT_DIR, "graph-data/brief.graph.json"), "utf8")) as {
    nodes: ModelNode[];
  };
  const { server, url } = await serve();
  const browser = await launch();
  try {
    console.log(`navigation → painted, ${NAV_RUNS} fresh loads each…`);
    // Interleaved, so that a slow spell of the machine falls on every page alike; the app straight after the
    // page its budget is measured against.
    const pages = {
      floor: `${url}floor/`,
      styled: `${url}floor-styled/`,
      react: `${url}react-floor/`,
      reactStyled: `${url}react-floor/?look=app`,
      app: url,
    };
    const loads = Object.fromEntries(Object.keys(pages).map((page) => [page, [] as number[]])) as Record<
      keyof typeof pages,
      number[]
    >;
    for (let run = 0; run < NAV_RUNS; run++)
      for (const [page, pageUrl] of Object.entries(pages) as [keyof typeof pages, string][])
        loads[page].push(
          ...(await navigationToMark(browser, pageUrl, page === "app" ? "briefgraph:painted" : "floor:painted", 1)),
        );
    const { floor, app } = loads;
    /** `pageLoads` over `over`, load by load, with the ratio of the medians as the figure. */
    const ratioRow = (figure: string, pageLoads: number[], over: number[], budget?: ReturnType<typeof max>) =>
      row(
        figure,
        "×",
        pageLoads.map((time, i) => time / over[i]!),
        budget,
        median(pageLoads) / median(over),
      );
    rows.push(row("floor page: navigation → painted", "ms", floor));
    rows.push(row("floor page in the app's style (information)", "ms", loads.styled));
    rows.push(row("React floor (information)", "ms", loads.react));
    rows.push(row("React floor in the app's style (information)", "ms", loads.reactStyled));
    rows.push(row("app: navigation → painted", "ms", app));
    // The budget: what the app adds to the least an app on this stack with this look can take, the React floor
    // in the app's style (React and react-cytoscapejs are required, and the look is the product). The rest says
    // where the time goes against the bare floor: the look alone, React alone, both.
    rows.push(ratioRow("app / React floor in the app's style", app, loads.reactStyled, max(1.2, "≤ 1.2×")));
    rows.push(ratioRow("app / floor (information)", app, floor));
    rows.push(ratioRow("floor in the app's style / floor (information)", loads.styled, floor));
    rows.push(ratioRow("React floor / floor (information)", loads.react, floor));
    rows.push(ratioRow("React floor in the app's style / floor (information)", loads.reactStyled, floor));

    console.log("labels readable in the first view…");
    for (const [width, height, least] of [
      [1366, 850, 30],
      [1920, 1080, 40],
    ] as const) {
      const counts: number[] = [];
      for (let run = 0; run < RUNS; run++) counts.push(await readableLabels(browser, url, width, height));
      rows.push(
        row(`labels readable in the first view, ${width} × ${height}`, "labels", counts, min(least, `≥ ${least}`)),
      );
    }

    console.log(`click and search latency, ${RUNS} pairs of fresh pages of 30 each…`);
    const { clicks, sweptClicks, keys } = await measureInteraction(browser, url, RUNS, model.nodes);
    rows.push(row("click node → details painted, p95 of 30", "ms", p95s(clicks), max(50, "p95 ≤ 50 ms")));
    rows.push(row("the same, pointer sweeping in with the press (information)", "ms", p95s(sweptClicks)));
    rows.push(row("search keystroke → results painted, p95 of 30", "ms", p95s(keys), max(50, "p95 ≤ 50 ms")));

    if (!QUICK) {
      console.log("image export…");
      const exports = await measureExports(browser, url, RUNS);
      for (const [name, samples] of Object.entries(exports)) {
        const target = TARGETS[name as keyof typeof TARGETS];
        rows.push(row(`export ${name}`, "ms", samples, target ? max(target, `≤ ${target} ms`) : undefined));
      }
    }

    for (const n of SIZES) {
      console.log(`${n.toLocaleString("en")} nodes, ${RUNS} runs…`);
      const { file, nodes } = writeSynthetic(n);
      const samples: Array<Record<string, number>> = [];
      for (let run = 0; run < RUNS; run++) samples.push(await openBigGraph(browser, url, file, nodes));
      const pick = (key: string) => samples.map((s) => s[key]!);
      const label = (what: string) => `${n.toLocaleString("en")} nodes: ${what}`;
      rows.push(row(label("file → validated"), "ms", pick("validated")));
      rows.push(row(label("file → painted"), "ms", pick("painted")));
      rows.push(
        row(label("file → interactive"), "ms", pick("interactive"), n === 5000 ? max(3000, "≤ 3000 ms") : undefined),
      );
      rows.push(row(label("longest task while loading"), "ms", pick("loadTask")));
      rows.push(row(label("drag-pan"), "fps", pick("panFps"), min(20, "≥ 20 fps")));
      rows.push(row(label("wheel-zoom"), "fps", pick("zoomFps")));
      rows.push(
        row(
          label("longest task after load"),
          "ms",
          pick("longAfter"),
          max(200, "≤ 200 ms"),
          Math.max(...pick("longAfter")),
        ),
      );
      if (!Number.isNaN(pick("clickMedian")[0]))
        rows.push(row(label("click → details painted"), "ms", pick("clickMedian")));
      rows.push(row(label("JS heap after GC"), "MB", pick("heap")));
      for (const [key, what] of [
        ["listTask", "open the list"],
        ["listCloseTask", "close the list"],
        ["hideKindTask", "hide a kind (legend)"],
        ["showKindTask", "show it again"],
        ["fitTask", "Fit (the whole graph in view)"],
        ["zoomInTask", "zoom in after Fit"],
        ["resetTask", "Reset view"],
        ["themeTask", "switch to the dark theme"],
        ["readerTask", "open the Sources reader"],
      ] as const)
        rows.push(row(label(`longest task: ${what}`), "ms", pick(key)));
      if (n >= 20_000)
        rows.push(
          row(
            label("progress bar shown (runs)"),
            "of 1",
            pick("progress"),
            min(1, "every run"),
            Math.min(...pick("progress")),
          ),
        );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `\nbriefgraph bench: ${RUNS} runs per figure, ${NAV_RUNS} loads per navigation figure (medians unless marked), headless Chromium\n`,
  );
  printTable(rows);
  const failed = rows.filter((r) => r.verdict === "FAIL");
  console.log(
    failed.length ? `\n${failed.length} FAIL: ${failed.map((r) => r.figure).join("; ")}` : "\nall budgets PASS",
  );
  mkdirSync("bench-results", { recursive: true });
  writeFileSync(
    "bench-results/bench.json",
    `${JSON.stringify({ runs: RUNS, navRuns: NAV_RUNS, quick: QUICK, date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
  console.log("wrote bench-results/bench.json");
}

await main();
