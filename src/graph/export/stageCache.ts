/**
 * One export stage kept between exports: built while the reader is still choosing in the dialog ("warmed"),
 * and reused by the export itself and by the next export of the same view (PNG, then SVG). A stage is reused
 * only while the on-screen graph is exactly as it was: same scope, background, element classes, positions and,
 * for the view, the same viewport.
 */
import type { Core } from "cytoscape";
import type { ExportBackground, ExportScope } from "../../model/export/imageOptions";
import { exportPalette } from "./exportStyle";
import { createStage, type Stage } from "./stage";

let cached: { key: string; stage: Stage } | null = null;

const round = (v: number) => Math.round(v * 100) / 100;

/** What the stage depends on, as a string: cheap to compute (about a millisecond for a few hundred elements). */
function stageKey(main: Core, scope: ExportScope, background: ExportBackground, allLabels: boolean): string {
  const parts: (string | number)[] = [scope, background, String(allLabels)];
  if (scope === "view") {
    const e = main.extent();
    parts.push(round(main.zoom()), round(e.x1), round(e.y1), round(e.w), round(e.h));
  }
  main.elements().forEach((ele) => {
    const p = ele.isNode() ? ele.position() : null;
    parts.push(ele.id(), ele.classes().join(" "), p ? `${round(p.x)},${round(p.y)}` : "");
  });
  return parts.join("|");
}

/** The stage for these choices: the kept one if the graph has not changed since, else a new one (kept). */
export function acquireStage(main: Core, scope: ExportScope, background: ExportBackground, allLabels: boolean): Stage {
  const key = stageKey(main, scope, background, allLabels);
  if (cached?.key === key && !cached.stage.cy.destroyed()) return cached.stage;
  releaseStage();
  const stage = createStage(main, scope, exportPalette(background), allLabels);
  cached = { key, stage };
  return stage;
}

/** Builds the stage ahead of the export, once fonts are in (labels are measured while building it). */
export async function warmStage(
  main: Core,
  scope: ExportScope,
  background: ExportBackground,
  allLabels: boolean,
): Promise<void> {
  await document.fonts?.ready;
  if (!main.destroyed()) acquireStage(main, scope, background, allLabels);
}

/** Drops the kept stage (the graph it copies is going away). */
export function releaseStage(): void {
  cached?.stage.destroy();
  cached = null;
}
