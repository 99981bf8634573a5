/**
 * Whether the list view is open. A personal setting like the theme (a screen-reader user wants the list back
 * on the next visit), so it is remembered in localStorage rather than put in shared links.
 */
import { useSyncExternalStore } from "react";

const STORAGE_KEY = "briefgraph.listView";
const listeners = new Set<() => void>();
let open: boolean | null = null;

function readStored(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "open";
  } catch {
    // Storage can be disabled; the list then starts closed on every visit.
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the list view is open now. */
export function getListOpen(): boolean {
  open ??= readStored();
  return open;
}

/** Opens or closes the list view and remembers the choice. */
export function setListOpen(next: boolean): void {
  open = next;
  try {
    if (next) window.localStorage.setItem(STORAGE_KEY, "open");
    else window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered, but still applied for this visit.
  }
  for (const listener of Array.from(listeners)) listener();
}

/** Whether the list view is open. */
export function useListOpen(): boolean {
  return useSyncExternalStore(subscribe, getListOpen);
}
