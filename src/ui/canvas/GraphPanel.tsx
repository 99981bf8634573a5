/**
 * The graph area: the lazily loaded canvas with its toolbar and hidden-elements summary, and the legend below
 * it (beside, not over, the canvas on a wide screen, so it hides no nodes there; on a phone the open legend
 * floats over the canvas's lower part rather than squeezing it, layout.css).
 */
import { useEffect, useState } from "react";
import type { LoadedGraph } from "../../state/appState";
// A type only: erased from the build, so the canvas chunk stays lazy.
import type GraphView from "../../graph/GraphView";
import { useAppState, useGraph } from "../../state/hooks";
import { focusDetails } from "../a11y/focusTargets";
import { PanelBoundary } from "../common/PanelBoundary";
import { Legend } from "../legend/Legend";
import { GraphControls } from "./GraphControls";
import { HiddenSummary } from "./HiddenSummary";

// Cytoscape is the biggest dependency: it loads in its own chunk while the shell is already on screen. Asked
// for as this module loads (index.html preloads it too) and rendered once here, without React.lazy: React 19
// holds back a suspended boundary's content for up to 300 ms after its fallback, which delayed the first
// drawing of the graph by about that much.
type GraphViewComponent = typeof GraphView;
type GraphViewLoad = { component: GraphViewComponent } | { error: unknown };
let graphViewLoaded: GraphViewLoad | null = null;
const graphViewLoad: Promise<GraphViewLoad> = import("../../graph/GraphView").then(
  (m) => (graphViewLoaded = { component: m.default }),
  (error: unknown) => (graphViewLoaded = { error }),
);

/** The canvas once its chunk has arrived; a chunk that fails to load is thrown to the panel's error boundary. */
function GraphCanvas({ graph }: { graph: LoadedGraph }) {
  // Usually the chunk is in before the graph's data: then the canvas renders in this very pass.
  const [load, setLoad] = useState<GraphViewLoad | null>(() => graphViewLoaded);
  useEffect(() => {
    if (load) return;
    let current = true;
    void graphViewLoad.then((result) => current && setLoad(result));
    return () => {
      current = false;
    };
  }, [load]);
  if (!load) return null;
  if ("error" in load) throw load.error;
  const Canvas = load.component;
  return <Canvas key={graph.serial} graph={graph} onOpenDetails={focusDetails} />;
}

const WIDE = "(min-width: 900px)";

/** The graph region of the main area. */
export function GraphPanel() {
  const graph = useGraph();
  const canvasReady = useAppState((s) => s.canvasReady);
  const [legendOpen, setLegendOpen] = useState(() => window.matchMedia?.(WIDE).matches ?? true);
  return (
    <section className="graph-panel" aria-label="Graph">
      {/* Fit frames the graph clear of the boxes marked as overlays here (graph/canvasOverlays.ts). */}
      <div className="graph-stage" data-canvas-stage>
        <PanelBoundary name="The graph">{graph && <GraphCanvas graph={graph} />}</PanelBoundary>
        {!canvasReady && (
          <p className="canvas-loading" role="status">
            Drawing the graph…
          </p>
        )}
        <HiddenSummary />
        <GraphControls />
      </div>
      <div className={legendOpen ? "legend-box open" : "legend-box"}>
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={legendOpen}
          aria-controls="legend-body"
          onClick={() => setLegendOpen((o) => !o)}
        >
          {legendOpen ? "Hide legend" : "Legend & filters"}
        </button>
        <div id="legend-body" hidden={!legendOpen}>
          <PanelBoundary name="The legend">
            <Legend />
          </PanelBoundary>
        </div>
      </div>
    </section>
  );
}
