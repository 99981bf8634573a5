/**
 * The page layout with its landmarks: banner, main (graph and sources side by side on wide screens, one at a
 * time on narrow ones) and the details panel as complementary content (a bottom sheet on narrow screens).
 */
import { Suspense, lazy, useEffect } from "react";
import { useAppState, useListOpen, useReaderOpen, useStore } from "../state/hooks";
import { usePreferencesOnDevice } from "../state/preferences";
import { useUrlSync } from "../state/useUrlSync";
import { ListPanel } from "../ui/a11y/ListPanel";
import { LiveRegion } from "../ui/a11y/LiveRegion";
import { SkipLink } from "../ui/a11y/SkipLink";
import { useDocumentTheme } from "../ui/theme/useDocumentTheme";
import { PanelBoundary } from "../ui/common/PanelBoundary";
import { LoadError } from "../ui/common/LoadError";
import { Notices } from "../ui/common/Notices";
import { DetailsPanel } from "../ui/details/DetailsPanel";
import { GraphPanel } from "../ui/canvas/GraphPanel";
import { Header } from "./Header";
import { useInitialGraph } from "../open/useInitialGraph";
import { DropTarget } from "../open/DropTarget";
import { OpeningStatus } from "../open/OpeningStatus";

// Loaded when first opened: most readers start on the canvas, and the start-up bundle has a budget.
const ReaderView = lazy(() => import("../ui/reader/ReaderView").then((m) => ({ default: m.ReaderView })));
// Loaded when there is something to say: most readers start on the embedded brief, with nothing refused.
const OpenProblems = lazy(() => import("../open/OpenProblems").then((m) => ({ default: m.OpenProblems })));
const GraphOriginBar = lazy(() => import("../open/GraphOriginBar").then((m) => ({ default: m.GraphOriginBar })));

/** Everything on screen. */
export function AppShell() {
  useInitialGraph();
  usePreferencesOnDevice(useStore());
  const load = useAppState((s) => s.load);
  const canvasReady = useAppState((s) => s.canvasReady);
  const readerOpen = useReaderOpen();
  // Whether anything is selected, not what: the shell re-renders everything under it, so following the
  // selection itself re-rendered the header, canvas and panels on every click.
  const hasSelection = useAppState((s) => s.view.selection !== null);
  const listOpen = useListOpen();
  const refused = useAppState((s) => s.openProblems !== null);
  const ownGraph = useAppState((s) => s.origin.kind !== "embedded" || s.offered !== null);
  useDocumentTheme();
  useUrlSync(load.status === "ready");

  useEffect(() => {
    // The ready signal end-to-end tests wait for: the graph is drawn.
    document.body.dataset.ready = String(canvasReady);
  }, [canvasReady]);

  return (
    <div className="app" data-reader={readerOpen} data-list={listOpen} data-selection={hasSelection}>
      <SkipLink />
      <Header />
      <div className="status-area">
        <Notices />
        <OpeningStatus />
        <Suspense fallback={null}>
          {refused && <OpenProblems />}
          {ownGraph && <GraphOriginBar />}
        </Suspense>
      </div>
      <DropTarget />
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
            {listOpen && <ListPanel />}
            {readerOpen && (
              <section className="reader-panel" aria-label="Sources">
                <PanelBoundary name="The reader">
                  <Suspense fallback={<p role="status">Opening the sources…</p>}>
                    <ReaderView />
                  </Suspense>
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
      <LiveRegion />
    </div>
  );
}
