/**
 * The graph area: the lazily loaded canvas with its toolbar and hidden-elements summary, and the legend below
 * it (beside, not over, the canvas, so it never hides nodes).
 */
import { lazy, Suspense, useState } from "react";
import { useAppState, useGraph } from "../../state/hooks";
import { focusDetails } from "../a11y/focusTargets";
import { PanelBoundary } from "../common/PanelBoundary";
import { Legend } from "../legend/Legend";
import { GraphControls } from "./GraphControls";
import { HiddenSummary } from "./HiddenSummary";

// Cytoscape is the biggest dependency: it loads in its own chunk while the shell is already on screen.
const GraphView = lazy(() => import("../../graph/GraphView"));

const WIDE = "(min-width: 900px)";

/** The graph region of the main area. */
export function GraphPanel() {
  const graph = useGraph();
  const canvasReady = useAppState((s) => s.canvasReady);
  const [legendOpen, setLegendOpen] = useState(() => window.matchMedia?.(WIDE).matches ?? true);
  return (
    <section className="graph-panel" aria-label="Graph">
      <div className="graph-stage">
        <PanelBoundary name="The graph">
          {graph && (
            <Suspense fallback={null}>
              <GraphView key={graph.serial} graph={graph} onOpenDetails={focusDetails} />
            </Suspense>
          )}
        </PanelBoundary>
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
