/**
 * What happens to a model file off the main thread: bytes → validated model → positions for nodes that have
 * none. Small models get the force-directed layout, big ones the fast grid, so nothing runs for minutes.
 * A plain function so tests can run it in Node; loadWorker.ts wraps it in a Web Worker.
 */
import { gridLayout } from "../model/layout/gridLayout";
import { canRelayout } from "../model/layout/layoutLimits";
import { loadModelBytes, type LoadProgress, type LoadResult } from "../model/file/loadFile";
import type { GraphModel, Position } from "../model/brief/schema";
import { computeForceLayout } from "../graph/layout/forceLayout";

export interface LoadRequest {
  bytes: Uint8Array;
  /**
   * Texts of source files fetched next to a linked model, by the path the model names: a Map, since a plain
   * object would answer a file named `constructor` with its own property.
   */
  sourceFiles?: ReadonlyMap<string, string>;
  /** Where a linked model came from: sources it names by file are fetched next to it, on the same site. */
  baseUrl?: string;
}

/** Fetches the source files a linked model names, from its own site only; unreadable ones are left out. */
export async function fetchSourceFiles(bytes: Uint8Array, baseUrl: string): Promise<Map<string, string>> {
  let files: string[] = [];
  try {
    const root = JSON.parse(new TextDecoder().decode(bytes)) as { sources?: Array<{ file?: unknown }> };
    files = (root.sources ?? []).flatMap((s) => (typeof s?.file === "string" ? [s.file] : []));
  } catch {
    return new Map(); // the validator explains what is wrong with the file
  }
  const texts = new Map<string, string>();
  const base = new URL(baseUrl);
  for (const file of files) {
    const url = new URL(file, base);
    if (url.origin !== base.origin) continue;
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) texts.set(file, await response.text());
  }
  return texts;
}

/** Returns the model with every node positioned, computing only what is missing. */
function placeMissing(model: GraphModel, report: (progress: LoadProgress) => void): GraphModel {
  if (model.nodes.every((n) => n.position)) return model;
  report({ stage: "layout", done: 0, total: model.nodes.length });
  let positions: Map<string, Position>;
  // Force-directed up to the layout limit (model/layoutLimits.ts); the grid takes milliseconds at any size.
  if (canRelayout(model.nodes.length)) positions = computeForceLayout(model);
  else positions = gridLayout(model, (done, total) => report({ stage: "layout", done, total }));
  return { ...model, nodes: model.nodes.map((n) => (n.position ? n : { ...n, position: positions.get(n.id)! })) };
}

/** Validates a model file and positions its nodes, reporting each stage. */
export function runLoad(request: LoadRequest, report: (progress: LoadProgress) => void): LoadResult {
  report({ stage: "validating" });
  const files = request.sourceFiles;
  const result = loadModelBytes(
    request.bytes,
    files ? (source) => (source.file ? files.get(source.file) : undefined) : null,
  );
  if (!result.ok) return result;
  const model = placeMissing(result.graph.model, report);
  return { ...result, graph: { ...result.graph, model } };
}
