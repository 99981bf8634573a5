/**
 * The entry point of image exports, loaded on first use so none of this is in the start-up bundle. Each export
 * is timed with performance.measure("briefgraph:export:<format>") for the benchmark to read.
 */
import type { Core } from "cytoscape";
import type { ImageRequest, ImageResult } from "../../model/export/imageOptions";
import { renderPng } from "./renderPng";
import { renderSvg } from "./renderSvg";

export { releaseStage, warmStage } from "./stageCache";

/** Renders an image of the on-screen graph `main` as the request asks. */
export async function renderExport(main: Core, request: ImageRequest): Promise<ImageResult> {
  const start = performance.now();
  const result = request.format === "png" ? await renderPng(main, request) : await renderSvg(main, request);
  performance.measure(`briefgraph:export:${request.format}`, { start, end: performance.now() });
  return result;
}
