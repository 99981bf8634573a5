/**
 * The start-up bundle measured on a production build: the entry chunk and its static imports, plus the chunks
 * the app imports dynamically before the graph is first painted (the canvas and the embedded-data loader).
 * Sizes are gzip bytes as Vite reports them (level 9, 1 kB = 1000 bytes). Shared by `npm run size` and the bench.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const BUDGET_KB = { js: 245, css: 30 } as const;
/** Loaded lazily, but before the first paint: part of what a reader waits for (index.html preloads them). */
export const STARTUP_DYNAMIC = ["src/graph/GraphView.tsx", "src/open/embedded.ts"];

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface StartupSize {
  kind: "js" | "css";
  totalKb: number;
  budgetKb: number;
  pass: boolean;
  files: Array<{ file: string; kb: number }>;
}

/** Gzip sizes of the start-up JS and CSS of the build in `distDir`, largest file first. */
export function startupSizes(distDir = "dist"): StartupSize[] {
  const manifest = JSON.parse(readFileSync(join(distDir, ".vite/manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
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
    if (!manifest[key]) throw new Error(`${key} is not a chunk of the build: update STARTUP_DYNAMIC in bundleSize.ts`);
    visit(key);
  }
  const gzipKb = (file: string) => gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length / 1000;
  const rows = [...files].map((file) => ({ file, kb: gzipKb(file) })).toSorted((a, b) => b.kb - a.kb);
  return (["js", "css"] as const).map((kind) => {
    const mine = rows.filter((r) => r.file.endsWith(`.${kind}`));
    const totalKb = mine.reduce((sum, r) => sum + r.kb, 0);
    return { kind, totalKb, budgetKb: BUDGET_KB[kind], pass: totalKb <= BUDGET_KB[kind], files: mine };
  });
}
