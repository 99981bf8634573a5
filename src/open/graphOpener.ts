/**
 * Opening graphs, as the page asks for it: the embedded brief here, at once; a file, a link or the graph this
 * device remembers through opening.ts, loaded on first use, so the start-up bundle does without the worker's
 * client, the downloads and the messages.
 */
import { prepareGraph } from "./loadGraph";
import type { ModelIssue } from "../model/brief/messages";
// The catalogue's type only: its code is loaded when a problem is to be told (see `problem`).
import type { fileMessages as fileMessagesType } from "../model/file/fileMessages";
import { graphQueryParam } from "../model/view/viewState";
import type { ValidGraph } from "../model/brief/assemble";
import type { OpeningActions } from "../state/hooks";
import { forgetGraph, recallGraph } from "./lastGraph";
// Types only: the code is loaded on first use (withOpening).
import type * as OpeningModule from "./opening";
import { errorMessage } from "../model/file/errorMessage";

export type OpenActions = OpeningActions;

type FileMessages = typeof fileMessagesType;

/**
 * A problem from the file-message catalogue, loaded when something goes wrong: a page that opens its graph
 * without trouble never needs it, and start-up carries less. If even that cannot load, it says so plainly.
 */
export async function problem(make: (messages: FileMessages) => Omit<ModelIssue, "path">): Promise<ModelIssue[]> {
  try {
    const { fileMessages } = await import("../model/file/fileMessages");
    return [{ ...make(fileMessages), path: [] }];
  } catch (error) {
    return [
      {
        code: "open-crashed",
        message: `The page could not load: ${errorMessage(error)}`,
        fix: "Reload the page.",
        path: [],
      },
    ];
  }
}

/** Sets or removes `?graph=` without touching the rest of the URL (the view is rewritten by the URL sync). */
export function setGraphParam(link: string | null): void {
  const params = new URLSearchParams(window.location.search);
  params.delete("graph");
  const rest = params.toString();
  const query = [link === null ? "" : graphQueryParam(link), rest].filter(Boolean).join("&");
  window.history.replaceState(
    null,
    "",
    `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`,
  );
}

// The shipped graph, fetched and assembled once. Shared so that main.tsx can start it before React mounts:
// the model then arrives while the shell renders, instead of being asked for by the shell's first effect.
let embedded: Promise<ValidGraph> | null = null;

/** Starts (or joins) loading the shipped graph; a failed load is tried again on the next call. */
export function loadEmbedded(): Promise<ValidGraph> {
  if (embedded) return embedded;
  const loading = import("./embedded").then((m) => m.loadEmbeddedGraph());
  loading.catch(() => {
    if (embedded === loading) embedded = null;
  });
  return (embedded = loading);
}

/** Shows the model shipped with the app (at start-up, or when the reader forgets their own graph). */
export async function openEmbedded(actions: OpenActions, signal?: AbortSignal): Promise<void> {
  try {
    const graph = await loadEmbedded();
    if (signal?.aborted) return;
    actions.graphOpened(prepareGraph(graph), { kind: "embedded" }, []);
  } catch (error) {
    if (signal?.aborted) return;
    actions.graphFailed("The graph could not be loaded", await problem((m) => m.openCrashed(errorMessage(error))));
  }
}

/** Forgets the graph this device remembers, and withdraws any offer of it. */
export function forgetRemembered(actions: OpenActions): void {
  forgetGraph();
  actions.offerRemembered(null);
}

/** Forgets the reader's own graph and goes back to the embedded one. */
export async function forgetAndShowEmbedded(actions: OpenActions): Promise<void> {
  forgetRemembered(actions);
  setGraphParam(null);
  await openEmbedded(actions);
}

type Opening = typeof OpeningModule;
let opening: Opening | null = null;
// Cancels asked for so far: one asked while opening.ts loads stops the opening before it starts.
let cancels = 0;

/** Runs `open` from opening.ts; if that cannot even load (offline), says so as a refusal of `name`. */
async function withOpening(actions: OpenActions, name: string, open: (module: Opening) => Promise<boolean>) {
  const asked = cancels;
  try {
    opening ??= await import("./opening");
  } catch (error) {
    actions.openFailed(name, await problem((m) => m.openCrashed(errorMessage(error))), true);
    return false;
  }
  return cancels === asked ? open(opening) : false;
}

/** Opens a file the reader picked or dropped; resolves true when it replaced the current graph. */
export function openFile(actions: OpenActions, file: File): Promise<boolean> {
  return withOpening(actions, file.name, (m) => m.openFile(actions, file));
}

/** Opens a model by link (`?graph=`), from this site only; `signal` abandons it silently. */
export function openLink(actions: OpenActions, link: string, signal?: AbortSignal): Promise<boolean> {
  return withOpening(actions, link, (m) => m.openLink(actions, link, signal));
}

/**
 * Opens the graph this device remembers, if any; resolves false when there is none or it was refused.
 * `remembered` saves reading storage (up to 5 MB of JSON) again when the caller has just read it.
 */
export function openRemembered(
  actions: OpenActions,
  signal?: AbortSignal,
  remembered = recallGraph(),
): Promise<boolean> {
  if (!remembered) return Promise.resolve(false);
  return withOpening(actions, remembered.kind === "file" ? remembered.name : remembered.url, (m) =>
    m.openRemembered(actions, signal, remembered),
  );
}

/** Opens again the file or link whose opening failed last; false when there is none. */
export function retryOpen(): Promise<boolean> {
  return opening ? opening.retryOpen() : Promise.resolve(false);
}

/** Stops the model being opened, if any. */
export function cancelOpening(): void {
  cancels += 1;
  opening?.cancelOpening();
}
