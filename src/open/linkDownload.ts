/**
 * Downloading a model by link within the link limits, with its progress: loaded only when a link is opened, so
 * the page that shows the embedded brief does not carry it.
 */
import { fetchBounded, fetchRefusal } from "./boundedFetch";
import { FILE_LIMITS, LINK_LIMITS } from "../model/file/fileLimits";
import type { ModelIssue } from "../model/brief/messages";

/** How often a download's progress is shown, ms. */
const PROGRESS_MS = 100;

export type Downloaded =
  | { ok: true; bytes: Uint8Array }
  /** `refusal` is null when the download was cancelled; `retry` when trying again may help. */
  | { ok: false; refusal: Omit<ModelIssue, "path"> | null; retry: boolean };

/** Downloads the model at `url` (`link` as the reader wrote it, for messages). */
export async function downloadModel(
  url: URL,
  link: string,
  signal: AbortSignal,
  onProgress: (done: number, total: number | undefined) => void,
): Promise<Downloaded> {
  const bounds = { maxBytes: FILE_LIMITS.maxBytes, silenceMs: LINK_LIMITS.silenceMs };
  const fetched = await fetchBounded(url, bounds, { signal, onBytes: throttled(onProgress) });
  if (fetched.ok) return fetched;
  return { ok: false, refusal: fetchRefusal(fetched, "model", link, bounds), retry: fetched.problem !== "too-large" };
}

/** Calls `report` at most every PROGRESS_MS, and at the end, so a fast download does not redraw per chunk. */
function throttled(report: (done: number, total: number | undefined) => void) {
  let last = Number.NEGATIVE_INFINITY;
  return (done: number, total: number | undefined) => {
    const now = performance.now();
    if (now - last < PROGRESS_MS && done !== total) return;
    last = now;
    report(done, total);
  };
}
