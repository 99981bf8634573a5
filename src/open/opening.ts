/**
 * Opening a model from a file, a drop, a link or this device's memory: the work runs in a worker, the current
 * graph stays until the new one is valid, and a refused file leaves the reader where they were with the
 * problems listed. Loaded on first use (graphOpener.ts): a page showing the embedded brief never needs it.
 */
import { prepareGraph } from "./loadGraph";
import { bigGraphNotice, isBigModel } from "../model/query/graphSize";
import { openModel, type OpeningModel } from "./openModel";
import { graphParamValue } from "../model/view/graphParam";
import { FILE_LIMITS } from "../model/file/fileLimits";
import type { LoadRequest } from "./loadPipeline";
import type { GraphOrigin } from "../state/appState";
import { rememberGraph, type Remembered } from "./lastGraph";
import { forgetRemembered, problem, setGraphParam, type OpenActions } from "./graphOpener";
import { errorMessage } from "../model/file/errorMessage";

interface Cancellable {
  cancel: () => void;
}
// One model opens at a time, downloading or in the worker; starting another, or Cancel, stops this one.
let current: Cancellable | null = null;

// The last file or link asked for, to try again after an opening that failed for reasons other than the file.
let lastAttempt: (() => Promise<boolean>) | null = null;

/** Opens again the file or link whose opening failed last; false when there is none. */
export function retryOpen(): Promise<boolean> {
  return lastAttempt ? lastAttempt() : Promise.resolve(false);
}

/** Runs a load request; resolves true when the new graph replaced the current one. */
export async function openRequest(
  actions: OpenActions,
  name: string,
  request: LoadRequest,
  origin: GraphOrigin,
  signal?: AbortSignal,
): Promise<boolean> {
  if (signal?.aborted) return false;
  current?.cancel();
  actions.openStarted(name);
  const opening = openModel(request, actions.openProgress);
  current = opening;
  signal?.addEventListener("abort", opening.cancel, { once: true });
  let outcome: Awaited<OpeningModel["result"]>;
  try {
    outcome = await opening.result;
  } catch (error) {
    actions.openFailed(name, await problem((m) => m.openCrashed(errorMessage(error))), true);
    return false;
  } finally {
    if (current === opening) current = null;
  }
  if (outcome === "cancelled") {
    // Stopped by another opening, its status is now the other's to show.
    if (current === null) actions.openCancelled();
    return false;
  }
  const { result, json } = outcome;
  if (!result.ok) {
    actions.openFailed(name, result.issues);
    return false;
  }
  // The benchmark times opening a file to here: decoded, validated and laid out, not yet drawn.
  performance.mark("briefgraph:open:validated");
  // The address names the graph, so a link made on it opens it (a file: on this device, by its name).
  if (origin.kind !== "embedded")
    setGraphParam(graphParamValue(origin.kind === "link" ? { kind: "link", url: origin.url } : origin));
  // Remembered first, so the page can say truthfully whether it will still be here after a reload.
  const remembered = rememberGraph(origin, json);
  const warnings = [
    ...result.warnings,
    ...(remembered ? [] : [`“${name}” is too large to remember between visits; open it again next time.`]),
    ...(isBigModel(result.graph.model) ? [bigGraphNotice(result.graph.model)] : []),
  ];
  actions.graphOpened(
    prepareGraph(result.graph),
    origin.kind === "embedded" ? origin : { ...origin, remembered },
    warnings,
  );
  return true;
}

/** Opens a file the reader picked or dropped. */
export async function openFile(actions: OpenActions, file: File): Promise<boolean> {
  performance.mark("briefgraph:open:start");
  lastAttempt = () => openFile(actions, file);
  // Refuse an oversized file before reading a byte of it.
  if (file.size > FILE_LIMITS.maxBytes) {
    actions.openFailed(file.name, await problem((m) => m.tooLarge(file.size, FILE_LIMITS.maxBytes)));
    return false;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return openRequest(actions, file.name, { bytes }, { kind: "file", name: file.name });
}

/** Opens a model by link (`?graph=`), from this site only, within the link limits; `signal` abandons it silently. */
export async function openLink(actions: OpenActions, link: string, signal?: AbortSignal): Promise<boolean> {
  lastAttempt = () => openLink(actions, link);
  let url: URL | null = null;
  try {
    url = new URL(link, window.location.href);
  } catch {
    url = null;
  }
  if (!url || url.origin !== window.location.origin) {
    actions.openFailed(link, await problem((m) => m.linkNotSameOrigin(link)));
    return false;
  }
  // The download is the first stage of the opening: shown with its progress, and stopped by Cancel.
  current?.cancel();
  const download = new AbortController();
  const stage: Cancellable = { cancel: () => download.abort() };
  current = stage;
  signal?.addEventListener("abort", stage.cancel, { once: true });
  actions.openStarted(link, "fetching");
  const downloaded = await import("./linkDownload")
    .then(({ downloadModel }) =>
      downloadModel(url, link, download.signal, (done, total) =>
        actions.openProgress({ stage: "fetching", done, total }),
      ),
    )
    .catch((error: unknown) => ({ ok: false as const, crashed: errorMessage(error) }));
  const superseded = current !== stage;
  if (!superseded) current = null;
  if (signal?.aborted || superseded) return false;
  if (!downloaded.ok) {
    if ("crashed" in downloaded)
      actions.openFailed(link, await problem((m) => m.openCrashed(downloaded.crashed)), true);
    else if (downloaded.refusal) actions.openFailed(link, [{ ...downloaded.refusal, path: [] }], downloaded.retry);
    else actions.openCancelled();
    return false;
  }
  return openRequest(
    actions,
    link,
    { bytes: downloaded.bytes, baseUrl: url.href },
    { kind: "link", url: link },
    signal,
  );
}

/** Stops the model being opened, if any. */
export function cancelOpening(): void {
  current?.cancel();
}

/**
 * Opens `remembered`, the graph this device remembers; resolves false when it was refused. A remembered file
 * that is refused would be refused on every visit: it is reported once, then forgotten.
 */
export async function openRemembered(
  actions: OpenActions,
  signal: AbortSignal | undefined,
  remembered: Remembered,
): Promise<boolean> {
  if (remembered?.kind === "link") return openLink(actions, remembered.url, signal);
  if (remembered?.kind !== "file") return false;
  const bytes = new TextEncoder().encode(remembered.json);
  const origin = { kind: "file", name: remembered.name } as const;
  const opened = await openRequest(actions, remembered.name, { bytes }, origin, signal);
  if (!opened && !signal?.aborted) forgetRemembered(actions);
  return opened;
}
