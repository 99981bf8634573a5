/**
 * The page layout with its landmarks: banner, main (graph and sources side by side on wide screens, one at a
 * time on narrow ones) and the details panel as complementary content (a bottom sheet on narrow screens).
 */
import { useEffect } from "react";
import { useAppState, useReaderOpen, useSelection } from "../state/hooks";
import { useUrlSync } from "../state/useUrlSync";
import { PanelBoundary } from "../ui/common/PanelBoundary";
import { LoadError } from "../ui/common/LoadError";
import { Notices } from "../ui/common/Notices";
import { DetailsPanel } from "../ui/details/DetailsPanel";
import { GraphPanel } from "../ui/graph/GraphPanel";
import { ReaderView } from "../ui/reader/ReaderView";
import { Header } from "./Header";
import { useEmbeddedGraph } from "./useEmbeddedGraph";

/** Everything on screen. */
export function AppShell() {
  useEmbeddedGraph();
  const load = useAppState((s) => s.load);
  const canvasReady = useAppState((s) => s.canvasReady);
  const readerOpen = useReaderOpen();
  const selection = useSelection();
  useUrlSync(load.status === "ready");

  useEffect(() => {
    // The ready signal end-to-end tests wait for: the graph is drawn.
    document.body.dataset.ready = String(canvasReady);
  }, [canvasReady]);

  return (
    <div className="app" data-reader={readerOpen} data-selection={selection !== null}>
      <Header />
      <Notices />
      {load.status === "loading" && (
        <main className="app-loading">
          <p role="status">Loading the graph…</p>
        </main>
      )}
      {load.status === "error" && (
        <main className="app-error">
          <LoadError title={load.title} issues={load.issues} />
        </main>
      )}
      {load.status === "ready" && (
        <>
          <main className="workspace">
            <GraphPanel />
            {readerOpen && (
              <section className="reader-panel" aria-label="Sources">
                <PanelBoundary name="The reader">
                  <ReaderView />
                </PanelBoundary>
              </section>
            )}
          </main>
          <aside className="details-aside" aria-label="Details">
            <PanelBoundary name="The details panel">
              <DetailsPanel />
            </PanelBoundary>
          </aside>
        </>
      )}
    </div>
  );
}
