/** Loads the embedded model into the store once: loading → ready, or error with the validator's issues. */
import { useEffect } from "react";
import { prepareGraph } from "../data/loadGraph";
import { useActions } from "../state/hooks";

/** Starts loading on mount; a failed chunk download is an error like an invalid model. */
export function useEmbeddedGraph(): void {
  const { graphLoaded, graphFailed } = useActions();
  useEffect(() => {
    let cancelled = false;
    import("../data/embedded")
      .then(({ loadEmbeddedModel, EMBEDDED_NAME }) => {
        if (cancelled) return;
        const result = loadEmbeddedModel();
        if (result.ok) graphLoaded(prepareGraph(result.graph));
        else graphFailed(`The embedded model (${EMBEDDED_NAME}) is invalid`, result.issues);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const message = error instanceof Error ? error.message : String(error);
        graphFailed("The graph could not be loaded", [
          { code: "not-json", path: [], message, fix: "Reload the page; if it persists, rebuild the app." },
        ]);
      });
    return () => {
      cancelled = true;
    };
  }, [graphLoaded, graphFailed]);
}
