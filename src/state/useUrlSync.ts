/**
 * Keeps the shareable view and the URL in step, in one place. On load and on Back/Forward the URL wins;
 * afterwards every view change rewrites it: a new history entry when the selection or focus changes (so Back
 * walks selections), a replaced one for filters, layout and passages.
 *
 * The URL is written once the change has been painted, not in the task that made it: pushState took ~4-5 ms of
 * every click's latency to the details painted (10 pages of 30 clicks each way, headless Chromium). Changes
 * made before that write share it, as one history entry.
 */
import { useEffect } from "react";
import { checkViewAgainstGraph } from "../model/view/viewChecks";
import { parseView, type ViewState } from "../model/view/viewState";
import { viewQuery } from "./viewHref";
import { actions } from "./actions";
import { afterNextFrame } from "./afterNextFrame";
import type { AppState } from "./appState";
import { useStore } from "./hooks";
import type { Store } from "./store";

function readUrl(store: Store<AppState>): void {
  const state = store.get();
  if (state.load.status !== "ready") return;
  const { valid, index } = state.load.graph;
  const parsed = parseView(window.location.search);
  const checked = checkViewAgainstGraph(parsed.view, index, valid.texts);
  const problems = [...parsed.problems, ...checked.problems];
  store.update((s) =>
    actions.addNotices(
      actions.applyView(s, checked.view),
      problems.map((p) => p.message),
    ),
  );
  // Leave a clean URL behind so copying it does not copy the mistake.
  if (problems.length > 0) writeUrl(checked.view, "replace");
}

function writeUrl(view: ViewState, mode: "push" | "replace"): void {
  const query = viewQuery(view);
  if (query === window.location.search) return;
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

// The write waiting for the next paint, if any (one app, one URL).
let pendingWrite: (() => void) | null = null;

/** Writes a view change still waiting for the next paint now: before something reads the URL (Copy link). */
export function writePendingUrl(): void {
  pendingWrite?.();
}

function startsNewEntry(before: ViewState, after: ViewState): boolean {
  return (
    before.selection?.id !== after.selection?.id ||
    before.selection?.kind !== after.selection?.kind ||
    before.focus?.id !== after.focus?.id ||
    before.focus?.depth !== after.focus?.depth ||
    before.connection?.to !== after.connection?.to
  );
}

/** Syncs view ⇄ URL once the graph is ready; mount once, near the root. */
export function useUrlSync(ready: boolean): void {
  const store = useStore();
  useEffect(() => {
    if (!ready) return;
    // While the URL is being read into the store, the store must not write back to the URL.
    let reading = true;
    readUrl(store);
    reading = false;
    let last = store.get().view;
    const write = () => {
      if (pendingWrite !== write) return; // written already (Copy link), or unmounted
      pendingWrite = null;
      const view = store.get().view;
      if (view === last) return;
      writeUrl(view, startsNewEntry(last, view) ? "push" : "replace");
      last = view;
    };
    const unsubscribe = store.subscribe(() => {
      if (reading || pendingWrite === write || store.get().view === last) return;
      pendingWrite = write;
      void afterNextFrame().then(write);
    });
    const onPop = () => {
      reading = true;
      readUrl(store);
      reading = false;
      last = store.get().view;
    };
    window.addEventListener("popstate", onPop);
    return () => {
      if (pendingWrite === write) pendingWrite = null;
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, [ready, store]);
}
