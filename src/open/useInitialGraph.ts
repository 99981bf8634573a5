/**
 * Chooses the graph the app opens with: a `?graph=` link first, then the graph the reader last opened, then
 * the embedded model. If a link or a remembered graph cannot be opened, the embedded model is shown and the
 * problems are listed, so the page is never empty.
 */
import { useEffect } from "react";
import { useOpeningActions } from "../state/hooks";
import { openEmbedded, openLink, openRequest } from "./graphOpener";
import { recallGraph } from "./lastGraph";

/** Starts loading on mount. */
export function useInitialGraph(): void {
  const actions = useOpeningActions();
  useEffect(() => {
    // Cleanup (a remount, or StrictMode's rehearsal) aborts this start, so two starts never race.
    const abort = new AbortController();
    const { signal } = abort;
    const start = async () => {
      const link = new URLSearchParams(window.location.search).get("graph");
      const remembered = link === null ? recallGraph() : null;
      let opened = false;
      if (link !== null) opened = await openLink(actions, link, signal);
      else if (remembered?.kind === "link") opened = await openLink(actions, remembered.url, signal);
      else if (remembered?.kind === "file") {
        const bytes = new TextEncoder().encode(remembered.json);
        const origin = { kind: "file", name: remembered.name } as const;
        opened = await openRequest(actions, remembered.name, { bytes }, origin, signal);
      }
      if (!opened && !signal.aborted) await openEmbedded(actions, signal);
    };
    void start();
    return () => abort.abort();
    // Runs once: the actions object is stable for the store's lifetime.
  }, [actions]);
}
