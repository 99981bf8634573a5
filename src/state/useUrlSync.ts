/**
 * Keeps the shareable view and the URL in step, in one place. On load and on Back/Forward the URL wins;
 * afterwards every view change rewrites it: a new history entry when the selection or focus changes (so Back
 * walks selections), a replaced one for filters, layout and passages.
 */
import { useEffect } from "react";
import { checkViewAgainstGraph } from "../model/viewChecks";
import { graphQueryParam, parseView, serializeView, type ViewState } from "../model/viewState";
import { actions } from "./actions";
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
  // `?graph=` names which graph the view belongs to; it is not part of the view, so carry it over as is.
  const graph = new URLSearchParams(window.location.search).get("graph");
  const viewQuery = serializeView(view);
  const joined = [graph === null ? "" : graphQueryParam(graph), viewQuery.slice(1)].filter(Boolean).join("&");
  const query = joined ? `?${joined}` : "";
  if (query === window.location.search) return;
  const url = `${window.location.pathname}${query}${window.location.hash}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

function startsNewEntry(before: ViewState, after: ViewState): boolean {
  return (
    before.selection?.id !== after.selection?.id ||
    before.selection?.kind !== after.selection?.kind ||
    before.focus?.id !== after.focus?.id ||
    before.focus?.depth !== after.focus?.depth
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
    const unsubscribe = store.subscribe(() => {
      const view = store.get().view;
      if (view === last || reading) return;
      writeUrl(view, startsNewEntry(last, view) ? "push" : "replace");
      last = view;
    });
    const onPop = () => {
      reading = true;
      readUrl(store);
      reading = false;
      last = store.get().view;
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, [ready, store]);
}
