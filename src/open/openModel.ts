/** Main-thread side of opening a model: starts a load worker, relays its progress, and can cancel it. */
import type { LoadProgress, LoadResult } from "../model/file/loadFile";
import type { LoadRequest } from "./loadPipeline";
import type { WorkerReply } from "./loadWorker";
import { joinGraph, type GraphPart } from "../model/file/graphParts";

export interface Opened {
  result: LoadResult;
  /** The model as self-contained JSON, positions included, when it is valid. */
  json?: string;
}

export interface OpeningModel {
  result: Promise<Opened | "cancelled">;
  /** Stops the work at once: the worker is terminated, whatever it was doing. */
  cancel: () => void;
}

/** Loads a model file in a worker; `onProgress` hears each stage. */
export function openModel(request: LoadRequest, onProgress: (progress: LoadProgress) => void): OpeningModel {
  const worker = new Worker(new URL("./loadWorker.ts", import.meta.url), { type: "module", name: "briefgraph-load" });
  const settled: { resolve?: (value: Opened | "cancelled") => void; reject?: (error: Error) => void } = {};
  const promise = new Promise<Opened | "cancelled">((resolve, reject) => Object.assign(settled, { resolve, reject }));
  const resolve = (value: Opened | "cancelled") => settled.resolve?.(value);
  const reject = (error: Error) => settled.reject?.(error);
  const parts: GraphPart[] = [];
  worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (reply.type === "progress") onProgress(reply.progress);
    else if (reply.type === "part") parts.push(reply.part);
    else {
      const { result, json } = reply;
      resolve({ result: result.ok ? { ...result, graph: joinGraph(result.graph, parts) } : result, json });
      worker.terminate();
    }
  });
  worker.addEventListener("error", (event) => {
    reject(new Error(event.message || "The model could not be opened."));
    worker.terminate();
  });
  // The bytes are transferred, not copied: a 25 MB file moves to the worker for free.
  worker.postMessage(request, [request.bytes.buffer]);
  return {
    result: promise,
    cancel: () => {
      worker.terminate();
      resolve("cancelled");
    },
  };
}
