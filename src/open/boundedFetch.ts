/**
 * Fetching with bounds, for a model by link and the source files it names: a server that stops answering
 * times out, a response larger than the limit is refused as soon as its `Content-Length` or the bytes streamed
 * so far show it (and the stream is aborted, so nothing more is downloaded), and the caller can cancel. Used by
 * the page and by the load worker alike; it never throws, it says what happened.
 */
import { fileMessages, type LinkedFile } from "../model/file/fileMessages";
import type { ModelIssue } from "../model/brief/messages";

export interface FetchBounds {
  /** Bytes beyond which the response is refused. */
  maxBytes: number;
  /** How long the server may send nothing (no answer, or no bytes mid-stream) before giving up, ms. */
  silenceMs: number;
}

export type Fetched =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: "status"; status: number }
  | { ok: false; problem: "network" }
  | { ok: false; problem: "silent" }
  /** `bytes`: the declared length (`declared`), or what had arrived when the limit was passed. */
  | { ok: false; problem: "too-large"; bytes: number; declared: boolean }
  | { ok: false; problem: "cancelled" };

export interface FetchWatch {
  signal?: AbortSignal;
  /** Bytes received so far, and the declared total when the server gave one. */
  onBytes?: (received: number, total: number | undefined) => void;
}

/** Fetches `url` within `bounds`. */
export async function fetchBounded(url: URL, bounds: FetchBounds, watch: FetchWatch = {}): Promise<Fetched> {
  const stop = new AbortController();
  let silent = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const awake = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      silent = true;
      stop.abort();
    }, bounds.silenceMs);
  };
  const cancel = () => stop.abort();
  watch.signal?.addEventListener("abort", cancel, { once: true });
  // Why the fetch ended early, once it has: the caller's Cancel wins over the watchdog it may have raced.
  const ended = (): Fetched | null =>
    watch.signal?.aborted ? { ok: false, problem: "cancelled" } : silent ? { ok: false, problem: "silent" } : null;
  try {
    if (watch.signal?.aborted) return { ok: false, problem: "cancelled" };
    awake();
    let response: Response;
    try {
      response = await fetch(url, { signal: stop.signal });
    } catch {
      return ended() ?? { ok: false, problem: "network" };
    }
    if (!response.ok) {
      stop.abort();
      return { ok: false, problem: "status", status: response.status };
    }
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    const total = Number.isFinite(declared) ? declared : undefined;
    if (total !== undefined && total > bounds.maxBytes) {
      stop.abort();
      return { ok: false, problem: "too-large", bytes: total, declared: true };
    }
    return await readBounded(response, bounds, total, { awake, stop, ended, onBytes: watch.onBytes });
  } finally {
    clearTimeout(timer);
    watch.signal?.removeEventListener("abort", cancel);
  }
}

interface Reading {
  awake: () => void;
  stop: AbortController;
  ended: () => Fetched | null;
  onBytes?: FetchWatch["onBytes"];
}

/** Reads the body chunk by chunk, counting, so a body that grows past the limit is cut off there. */
async function readBounded(
  response: Response,
  bounds: FetchBounds,
  total: number | undefined,
  { awake, stop, ended, onBytes }: Reading,
): Promise<Fetched> {
  if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      awake();
      received += value.byteLength;
      if (received > bounds.maxBytes) {
        stop.abort();
        void reader.cancel().catch(() => {});
        return { ok: false, problem: "too-large", bytes: received, declared: false };
      }
      chunks.push(value);
      onBytes?.(received, total);
    }
  } catch {
    return ended() ?? { ok: false, problem: "network" };
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** What to tell the reader about a download that did not complete; null when it was cancelled. */
export function fetchRefusal(
  fetched: Exclude<Fetched, { ok: true }>,
  what: LinkedFile,
  link: string,
  bounds: FetchBounds,
): Omit<ModelIssue, "path"> | null {
  switch (fetched.problem) {
    case "cancelled":
      return null;
    case "silent":
      return fileMessages.linkSilent(what, link, bounds.silenceMs);
    case "too-large":
      return fileMessages.linkTooLarge(what, link, fetched.bytes, fetched.declared, bounds.maxBytes);
    case "status":
      return fileMessages.linkFailed(link, `HTTP ${fetched.status}`);
    case "network":
      return fileMessages.linkFailed(link, "the network request failed");
  }
}
