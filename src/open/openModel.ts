/** Main-thread side of opening a model: starts a load worker, relays its progress, and can cancel it. */
import type { LoadProgress, LoadResult } from "../model/file/loadFile";
import type { LoadRequest } from "./loadPipeline";
import type { WorkerReply } from "./loadReplies";
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

/**
 * How long the worker may stay silent, ms. Every stage reports progress; the longest quiet one, laying out 500
 * nodes without positions, takes a few seconds here.
 */
export const WORKER_SILENCE_MS = 30_000;

/** Loads a model file in a worker; `onProgress` hears each stage. */
export function openModel(
  request: LoadRequest,
  onProgress: (progress: LoadProgress) => void,
  silenceMs = WORKER_SILENCE_MS,
): OpeningModel {
  const worker = new Worker(new URL("./loadWorker.ts", import.meta.url), { type: "module", name: "briefgraph-load" });
  const settled: { resolve?: (value: Opened | "cancelled") => void; reject?: (error: Error) => void } = {};
  const promise = new Promise<Opened | "cancelled">((resolve, reject) => Object.assign(settled, { resolve, reject }));
  // A worker that stops answering (a hang, a crash the browser did not report) fails the opening, so the
  // reader is never left on "Checking…" with no way on but Cancel.
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(watchdog);
    worker.terminate();
  };
  const watch = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      const seconds = Math.round(silenceMs / 1000);
      reject(new Error(`it stopped answering for ${seconds} second${seconds === 1 ? "" : "s"}`));
      stop();
    }, silenceMs);
  };
  const resolve = (value: Opened | "cancelled") => settled.resolve?.(value);
  const reject = (error: Error) => settled.reject?.(error);
  const parts: GraphPart[] = [];
  watch();
  worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => {
    watch();
    const reply = event.data;
    if (reply.type === "progress") onProgress(reply.progress);
    else if (reply.type === "part") parts.push(reply.part);
    else if (reply.type === "failed") {
      reject(new Error(reply.message));
      stop();
    } else {
      const { result, json } = reply;
      resolve({ result: result.ok ? { ...result, graph: joinGraph(result.graph, parts) } : result, json });
      stop();
    }
  });
  worker.addEventListener("error", (event) => {
    reject(new Error(event.message || "The model could not be opened."));
    stop();
  });
  // The bytes are transferred, not copied: a 25 MB file moves to the worker for free.
  worker.postMessage(request, [request.bytes.buffer]);
  return {
    result: promise,
    cancel: () => {
      stop();
      resolve("cancelled");
    },
  };
}
