/**
 * Remembering the last graph a reader opened, so a reload or a return visit does not lose it. The view is in
 * the URL already; this keeps the graph: a file's self-contained JSON, or a link's address.
 */
import type { GraphOrigin } from "../state/appState";
import { MAX_REMEMBERED_CHARS } from "../model/file/fileLimits";

const KEY = "briefgraph:last-graph";
// A file's model JSON is stored as it is, under its own key. Wrapped in the entry above, every quote in it was
// escaped, nearly doubling it against the ~5 million characters a site may keep, and the escaping alone took
// ~190 ms for a 20,000-node model on the task that shows it.
const JSON_KEY = "briefgraph:last-graph-json";

export type Remembered = { kind: "file"; name: string; json: string } | { kind: "link"; url: string };

/** Whether a graph is remembered, without reading a remembered file (up to 5 MB) out of storage. */
export function remembersGraph(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== null;
  } catch {
    return false;
  }
}

/** The remembered graph, if any (and if storage is readable at all). */
export function recallGraph(): Remembered | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Remembered> | null;
    if (value?.kind === "file" && typeof value.name === "string") {
      // Entries written before the JSON had its own key carry it inline.
      const json = typeof value.json === "string" ? value.json : window.localStorage.getItem(JSON_KEY);
      if (typeof json === "string" && json !== "") return { kind: "file", name: value.name, json };
    }
    if (value?.kind === "link" && typeof value.url === "string") return value as Remembered;
  } catch {
    // Storage blocked or a damaged entry: behave as if nothing was remembered.
  }
  // Whatever is there cannot be opened, now or on any later visit: gone, so it is never reported again.
  forgetGraph();
  return null;
}

/** Remembers the graph; false when it could not be stored (too big, or storage blocked). */
export function rememberGraph(origin: GraphOrigin, json?: string): boolean {
  try {
    // The previous graph goes first, so a graph that cannot be kept never leaves an older one to come back.
    forgetGraph();
    if (origin.kind === "link") window.localStorage.setItem(KEY, JSON.stringify({ kind: "link", url: origin.url }));
    else if (origin.kind === "file") {
      if (json === undefined || json.length > MAX_REMEMBERED_CHARS) return false;
      window.localStorage.setItem(JSON_KEY, json);
      window.localStorage.setItem(KEY, JSON.stringify({ kind: "file", name: origin.name }));
    }
    return true;
  } catch {
    forgetGraph();
    return false;
  }
}

/** Forgets the remembered graph. */
export function forgetGraph(): void {
  try {
    window.localStorage.removeItem(KEY);
    window.localStorage.removeItem(JSON_KEY);
  } catch {
    // Nothing stored, or storage blocked: nothing to forget.
  }
}
