/** Web Worker entry: runs the load pipeline so a big file never freezes the page. */
import { fetchSourceFiles, runLoad, type LoadRequest } from "./loadPipeline";
import type { LoadProgress, LoadResult } from "../model/file/loadFile";
import { toRememberedJson } from "../model/export/modelJson";
import { splitGraph, type GraphPart } from "../model/file/graphParts";

export type WorkerReply =
  | { type: "progress"; progress: LoadProgress }
  | { type: "part"; part: GraphPart }
  | { type: "done"; result: LoadResult; json?: string };

// `self` in a module worker; typed loosely because the DOM lib types it as Window.
const scope = self as unknown as {
  postMessage: (reply: WorkerReply) => void;
  addEventListener: (type: "message", listener: (event: MessageEvent<LoadRequest>) => Promise<void>) => void;
};

// postMessage here is the worker's own, which has no target origin: it can only answer the page that made it.
/* oxlint-disable unicorn/require-post-message-target-origin */
scope.addEventListener("message", async (event) => {
  const request = event.data;
  const sourceFiles = request.baseUrl ? await fetchSourceFiles(request.bytes, request.baseUrl) : request.sourceFiles;
  const result = runLoad({ ...request, sourceFiles }, (progress) => scope.postMessage({ type: "progress", progress }));
  if (!result.ok) return scope.postMessage({ type: "done", result });
  // The self-contained JSON, with any computed positions, is what the page remembers: made here, off the page,
  // and sent only if it can be kept (a 20,000-node model's is 13 million characters, copied for nothing).
  const json = toRememberedJson(result.graph);
  // A valid graph travels in parts (model/graphParts.ts), its nodes and edges first; "done" carries the rest.
  const { rest, parts } = splitGraph(result.graph);
  for (const part of parts) scope.postMessage({ type: "part", part });
  scope.postMessage({ type: "done", result: { ...result, graph: rest }, json });
});
