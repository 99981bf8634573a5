/**
 * npm run size: the start-up bundle budget, checked on the production build (run `npm run build` first).
 * Start-up code is the entry chunk and its static imports, plus the chunks the app imports dynamically
 * before the graph is first painted (the canvas and the embedded-data loader). Sizes are gzip bytes as
 * Vite reports them (level 9, 1 kB = 1000 bytes). Exits 1 when a budget is exceeded.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KB = { js: 245, css: 30 };
// Loaded lazily, but before the first paint: part of what a reader waits for.
const STARTUP_DYNAMIC = ["src/graph/GraphView.tsx", "src/data/embedded.ts"];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8")) as Record<string, ManifestChunk>;
const files = new Set<string>();
const visit = (key: string) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) visit(imported);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
for (const key of STARTUP_DYNAMIC) {
  if (!manifest[key])
    throw new Error(`${key} is not a chunk of the build: update STARTUP_DYNAMIC in ${import.meta.filename}`);
  visit(key);
}

const gzipKb = (file: string) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length / 1000;
const rows = [...files].map((file) => ({ file, kb: gzipKb(file) })).toSorted((a, b) => b.kb - a.kb);
let failed = false;
for (const kind of ["js", "css"] as const) {
  const mine = rows.filter((r) => r.file.endsWith(`.${kind}`));
  const total = mine.reduce((sum, r) => sum + r.kb, 0);
  const pass = total <= BUDGET_KB[kind];
  failed ||= !pass;
  console.log(
    `${pass ? "PASS" : "FAIL"}  start-up ${kind.toUpperCase()}: ${total.toFixed(1)} kB gzip (budget ${BUDGET_KB[kind]} kB)`,
  );
  for (const r of mine) console.log(`        ${r.kb.toFixed(1).padStart(6)} kB  ${r.file}`);
}
process.exit(failed ? 1 : 0);
