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
import { LINK_LIMITS } from "../model/file/fileLimits";
import { fileMessages } from "../model/file/fileMessages";
import type { ModelIssue } from "../model/brief/messages";
import { fetchBounded, fetchRefusal } from "./boundedFetch";

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

export type FetchedSources =
  | { ok: true; texts: Map<string, string> }
  /** A download refused, and why: the model is refused with it, before any validation. */
  | { ok: false; issue: ModelIssue };

/**
 * Fetches the source files a linked model names, from its own site only, within LINK_LIMITS: too many files,
 * a silent server or an oversized file refuses the model. A file that is missing or unreadable is left out,
 * and the validator says which source has no text.
 */
export async function fetchSourceFiles(
  bytes: Uint8Array,
  baseUrl: string,
  report: (progress: LoadProgress) => void = () => {},
): Promise<FetchedSources> {
  // Each file the model names, with the index of the first source naming it (for the message's path).
  const files = new Map<string, number>();
  try {
    const root = JSON.parse(new TextDecoder().decode(bytes)) as { sources?: Array<{ file?: unknown }> };
    for (const [index, source] of (Array.isArray(root.sources) ? root.sources : []).entries())
      if (typeof source?.file === "string" && !files.has(source.file)) files.set(source.file, index);
  } catch {
    return { ok: true, texts: new Map() }; // the validator explains what is wrong with the file
  }
  const texts = new Map<string, string>();
  const wanted = [...files.keys()];
  if (wanted.length > LINK_LIMITS.maxSourceFiles)
    return {
      ok: false,
      issue: { ...fileMessages.tooManySources(wanted.length, LINK_LIMITS.maxSourceFiles), path: ["sources"] },
    };
  const base = new URL(baseUrl);
  const bounds = { maxBytes: LINK_LIMITS.maxSourceBytes, silenceMs: LINK_LIMITS.silenceMs };
  for (const [index, file] of wanted.entries()) {
    report({ stage: "sources", done: index, total: wanted.length });
    const url = new URL(file, base);
    // The worker is where this is enforced: the page's CSP does not reach it.
    if (url.origin !== base.origin) continue;
    const fetched = await fetchBounded(url, bounds);
    if (fetched.ok) texts.set(file, new TextDecoder().decode(fetched.bytes));
    else if (fetched.problem === "silent" || fetched.problem === "too-large") {
      const issue = fetchRefusal(fetched, "source", file, bounds)!;
      return { ok: false, issue: { ...issue, path: ["sources", files.get(file)!, "file"] } };
    }
  }
  return { ok: true, texts };
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
