/**
 * Remembering the last graph a reader opened, so a reload or a return visit does not lose it. The view is in
 * the URL already; this keeps the graph: a file's self-contained JSON, or a link's address.
 */
import type { GraphOrigin } from "../state/appState";

const KEY = "briefgraph:last-graph";

export type Remembered = { kind: "file"; name: string; json: string } | { kind: "link"; url: string };

/** The remembered graph, if any (and if storage is readable at all). */
export function recallGraph(): Remembered | null {
  try {
    const raw = window.localStorage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Remembered> | null;
    if (value?.kind === "file" && typeof value.name === "string" && typeof value.json === "string")
      return value as Remembered;
    if (value?.kind === "link" && typeof value.url === "string") return value as Remembered;
  } catch {
    // Storage blocked or a damaged entry: behave as if nothing was remembered.
  }
  return null;
}

/** Remembers the graph; false when it could not be stored (too big, or storage blocked). */
export function rememberGraph(origin: GraphOrigin, json?: string): boolean {
  try {
    if (origin.kind === "embedded") window.localStorage.removeItem(KEY);
    else if (origin.kind === "link")
      window.localStorage.setItem(KEY, JSON.stringify({ kind: "link", url: origin.url }));
    else window.localStorage.setItem(KEY, JSON.stringify({ kind: "file", name: origin.name, json }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the remembered graph. */
export function forgetGraph(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing stored, or storage blocked: nothing to forget.
  }
}
