/**
 * The graph canvas: react-cytoscapejs with stable props (so it never re-diffs or re-lays out on a render),
 * plus controllers that push the store's state into the one Cytoscape instance. Loaded lazily by the shell.
 */
import { useCallback, useMemo, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { Core } from "cytoscape";
import type { LoadedGraph } from "../state/appState";
import { CyContext } from "./CyContext";
import { toElements } from "./elements";
import { STYLESHEET } from "./stylesheet";
import { HoverController } from "./controllers/HoverController";
import { LayoutController } from "./controllers/LayoutController";
import { ReadyController } from "./controllers/ReadyController";
import { SelectionController } from "./controllers/SelectionController";
import { ViewportController } from "./controllers/ViewportController";
import { ViewportReportController } from "./controllers/ViewportReportController";
import { VisibilityController } from "./controllers/VisibilityController";
import { ZoomLabelController } from "./controllers/ZoomLabelController";

const CANVAS_STYLE = { width: "100%", height: "100%" };

/** Draws `graph`; remount it (key) to show a different graph. */
export default function GraphView({ graph }: { graph: LoadedGraph }) {
  const elements = useMemo(() => toElements(graph.valid.model), [graph]);
  const [cy, setCy] = useState<Core | null>(null);
  // Called after every update of the component; only a new instance (StrictMode remount) changes state.
  const onCy = useCallback((instance: Core) => setCy((current) => (current === instance ? current : instance)), []);

  return (
    <div className="graph-canvas" data-testid="graph-canvas">
      <CytoscapeComponent
        elements={elements}
        stylesheet={STYLESHEET}
        cy={onCy}
        style={CANVAS_STYLE}
        minZoom={0.1}
        maxZoom={4}
        boxSelectionEnabled={false}
        autounselectify
      />
      {cy && !cy.destroyed() && (
        <CyContext value={cy}>
          <VisibilityController />
          <LayoutController model={graph.valid.model} />
          <SelectionController />
          <HoverController />
          <ViewportController />
          <ViewportReportController />
          <ZoomLabelController />
          <ReadyController />
        </CyContext>
      )}
    </div>
  );
}
