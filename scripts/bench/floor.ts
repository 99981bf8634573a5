/**
 * The floors: a bare page (no React, no app) that fetches the same embedded model, draws the same nodes and
 * edges with Cytoscape alone from the same positions, and marks "floor:painted" on the first render; the same in
 * the app's style; and a React floor, bare or in the app's style. The app's navigation-to-painted time is
 * budgeted against the React floor in the app's style, measured in the same run on the same server.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import react from "@vitejs/plugin-react";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { RELATION_FAMILY } from "../../src/look/appearance";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { BARE_STYLESHEET, RELATION_LABELS } from "./floorLooks";

const HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>floor</title>
    <style>html, body, #cy { margin: 0; width: 100%; height: 100%; }</style>
  </head>
  <body><div id="cy"></div>
    <script src="cytoscape.min.js"></script>
    <script src="floor.js"></script>
  </body>
</html>
`;

/**
 * A plain page script, no bundler: fetches the embedded model and draws it with Cytoscape from its positions,
 * marking "floor:painted" on the first render. `node` and `edge` are the element data (expressions of `n` and
 * `e`), `style` the stylesheet; `prelude` declares what they use.
 */
const floorScript = ({
  prelude = "",
  node,
  edge,
  style,
}: {
  prelude?: string;
  node: string;
  edge: string;
  style: string;
}) =>
  `${prelude}fetch("../graph-data/brief.graph.json").then((r) => r.json()).then((model) => {
  const elements = [
    ...model.nodes.map((n) => ({ data: ${node}, position: n.position })),
    ...model.edges.map((e) => ({ data: ${edge} })),
  ];
  const cy = cytoscape({
    container: document.getElementById("cy"),
    elements,
    layout: { name: "preset", fit: true, padding: 30 },
    style: ${style},
  });
  cy.one("render", () => performance.mark("floor:painted"));
});
`;

// The least a page can do to show this graph.
const SCRIPT = floorScript({
  node: "{ id: n.id, label: n.label }",
  edge: "{ id: e.id, source: e.source, target: e.target }",
  style: JSON.stringify(BARE_STYLESHEET),
});

/**
 * The same page drawing the graph as the app does: its stylesheet (shapes by kind, wrapped labels on plates,
 * lines by relation family) and the data it reads, in the whole window like the bare floor (the app's canvas is
 * smaller). For information: what separates the two floors is the app's look. The budget is against the React
 * floor in the same style (buildReactFloor).
 */
const styledScript = () =>
  floorScript({
    prelude: `const RELATION_LABELS = ${JSON.stringify(RELATION_LABELS)};\nconst RELATION_FAMILY = ${JSON.stringify(RELATION_FAMILY)};\n`,
    node: "{ id: n.id, label: n.label, type: n.type }",
    edge: "{ id: e.id, source: e.source, target: e.target, relation: e.relation, family: RELATION_FAMILY[e.relation], label: RELATION_LABELS[e.relation] }",
    style: JSON.stringify(buildStylesheet("light")),
  });

/**
 * Writes the floor page into the build folder at floor/, and the one drawing with the app's stylesheet at
 * floor-styled/, each next to a copy of Cytoscape's own build.
 */
export function writeFloorPage(outDir: string): void {
  for (const [name, script] of [
    ["floor", SCRIPT],
    ["floor-styled", styledScript()],
  ] as const) {
    const dir = join(outDir, name);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), HTML);
    writeFileSync(join(dir, "floor.js"), script);
    copyFileSync("node_modules/cytoscape/dist/cytoscape.min.js", join(dir, "cytoscape.min.js"));
  }
}

/**
 * Builds the React floor (reactFloor/main.tsx) into the build folder at react-floor/: React and
 * react-cytoscapejs drawing the same graph and nothing else, in one production bundle. `react-floor/` draws it
 * like the bare floor, `react-floor/?look=app` in the app's style.
 */
export async function buildReactFloor(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production"; // else React's development build is bundled
  try {
    await build({
      configFile: false,
      root: "scripts/bench/reactFloor",
      base: "./",
      mode: "production",
      logLevel: "error",
      plugins: [react()],
      build: { outDir: join(outDir, "react-floor"), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** In the page: when `name` was marked, or null. */
const readMark = (name: string) => performance.getEntriesByName(name, "mark")[0]?.startTime ?? null;

/**
 * Loads `url` `runs` times, each in a fresh browser context (cold cache), and returns the time from navigation
 * start to the performance mark `mark`, in ms. The page is left alone until its network has been idle for
 * 500 ms, and only then asked for the mark: polling for it while the page loads injects Playwright's script
 * and runs a check every frame, which put ~60 ms on both pages' times (12 loads each; the ratio unchanged).
 */
export async function navigationToMark(browser: Browser, url: string, mark: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "networkidle" });
    const time =
      (await page.evaluate(readMark, mark)) ??
      ((await (await page.waitForFunction(readMark, mark, { timeout: 30_000 })).jsonValue()) as number);
    times.push(time);
    await context.close();
  }
  return times;
}
