/**
 * Chooses the graph the app opens with, from the address alone: the graph its `graph` parameter names (a linked
 * model, or a file remembered on this device), else the embedded brief. A graph remembered here but not named
 * is offered beside the brief, not imposed: a link made on the brief always shows the brief. If the named graph
 * cannot be opened, the brief is shown and the problems are listed, so the page is never empty.
 */
import { useEffect } from "react";
import { useOpeningActions } from "../state/hooks";
import { parseGraphParam } from "../model/view/graphParam";
import { openEmbedded, openLink, openRemembered } from "./graphOpener";
import { recallGraph } from "./lastGraph";

/** Starts loading on mount. */
export function useInitialGraph(): void {
  const actions = useOpeningActions();
  useEffect(() => {
    // Cleanup (a remount, or StrictMode's rehearsal) aborts this start, so two starts never race.
    const abort = new AbortController();
    const { signal } = abort;
    const start = async () => {
      const raw = new URLSearchParams(window.location.search).get("graph");
      const named = raw === null ? null : parseGraphParam(raw);
      const remembered = recallGraph();
      let opened = false;
      if (named?.kind === "link") opened = await openLink(actions, named.url, signal);
      else if (named?.kind === "file") {
        if (remembered?.kind === "file" && remembered.name === named.name)
          opened = await openRemembered(actions, signal, remembered);
        else actions.namedFileMissing(named.name);
      } else if (remembered)
        actions.offerRemembered(remembered.kind === "file" ? { kind: "file", name: remembered.name } : remembered);
      if (!opened && !signal.aborted) await openEmbedded(actions, signal);
    };
    void start();
    return () => abort.abort();
    // Runs once: the actions object is stable for the store's lifetime.
  }, [actions]);
}
