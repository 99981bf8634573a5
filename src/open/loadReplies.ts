/**
 * What the load worker answers to one request: progress, the graph in parts, then "done", or "failed" with
 * what went wrong. A plain function, so tests can run it in Node; loadWorker.ts wires it to the worker.
 */
import { fetchSourceFiles, runLoad, type LoadRequest } from "./loadPipeline";
import type { LoadProgress, LoadResult } from "../model/file/loadFile";
import { toRememberedJson } from "../model/export/modelJson";
import { splitGraph, type GraphPart } from "../model/file/graphParts";
import { errorMessage } from "../model/file/errorMessage";

export type WorkerReply =
  | { type: "progress"; progress: LoadProgress }
  | { type: "part"; part: GraphPart }
  | { type: "done"; result: LoadResult; json?: string }
  /** The load threw: what went wrong, for the page to say (the graph on screen stays). */
  | { type: "failed"; message: string };

/** Validates, lays out and sends back one request. */
async function load(request: LoadRequest, post: (reply: WorkerReply) => void): Promise<void> {
  const report = (progress: LoadProgress) => post({ type: "progress", progress });
  let sourceFiles = request.sourceFiles;
  if (request.baseUrl) {
    const fetched = await fetchSourceFiles(request.bytes, request.baseUrl, report);
    if (!fetched.ok) return post({ type: "done", result: { ok: false, issues: [fetched.issue], warnings: [] } });
    sourceFiles = fetched.texts;
  }
  const result = runLoad({ ...request, sourceFiles }, report);
  if (!result.ok) return post({ type: "done", result });
  // The self-contained JSON, with any computed positions, is what the page remembers: made here, off the page,
  // and sent only if it can be kept (a 20,000-node model's is 13 million characters, copied for nothing).
  const json = toRememberedJson(result.graph);
  // A valid graph travels in parts (model/graphParts.ts), its nodes and edges first; "done" carries the rest.
  const { rest, parts } = splitGraph(result.graph);
  for (const part of parts) post({ type: "part", part });
  post({ type: "done", result: { ...result, graph: rest }, json });
}

/**
 * Answers `request` through `post`. Every failure, thrown at once or later in a promise, becomes a "failed"
 * reply: in an async message listener a throw is an unhandled rejection the page never hears of, and the
 * opening would wait on "Checking…" for ever.
 */
export async function answerLoad(request: LoadRequest, post: (reply: WorkerReply) => void): Promise<void> {
  try {
    await load(request, post);
  } catch (error) {
    post({ type: "failed", message: errorMessage(error) });
  }
}
