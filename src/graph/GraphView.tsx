/**
 * The graph canvas: react-cytoscapejs with stable props (so it never re-diffs or re-lays out on a render),
 * plus controllers that push the store's state into the one Cytoscape instance. Loaded lazily by the shell.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import CytoscapeComponent from "react-cytoscapejs";
import type { Core, ElementDefinition } from "cytoscape";
import type { LoadedGraph } from "../state/appState";
import { BIG_GRAPH_CORE_OPTIONS } from "./bigGraph/settings";
import { installStyleParse } from "./renderer/install";
import { ZOOM_LIMITS } from "./camera/zoomLimits";
import { isBigModel } from "../model/query/graphSize";
import { CyContext } from "./CyContext";
import { toElements } from "./elements";
import { resolvedTheme } from "../state/preferences";
import { useStore } from "../state/hooks";
import { bigGraphStylesheet, buildStylesheet } from "./stylesheet";
import { CanvasDescription, canvasName } from "./CanvasDescription";
import { CANVAS_DESCRIPTION_ID, GRAPH_CANVAS_ID } from "../model/view/canvasIds";
import { KeyboardController } from "./controllers/KeyboardController";
import { ThemeController } from "./controllers/ThemeController";
import { HoverController } from "./controllers/HoverController";
import { LayoutController } from "./controllers/LayoutController";
import { ReadyController } from "./controllers/ReadyController";
import { SelectionController } from "./controllers/SelectionController";
import { ViewportController } from "./controllers/ViewportController";
import { ViewportReportController } from "./controllers/ViewportReportController";
import { VisibilityController } from "./controllers/VisibilityController";
import { LabelController } from "./controllers/LabelController";
import { SizeController } from "./controllers/SizeController";
import { ExportController } from "./export/ExportController";
import { useStreamedElements } from "./bigGraph/useStreamedElements";

const CANVAS_STYLE = { width: "100%", height: "100%" };
/**
 * Every canvas starts empty: a small graph's elements are added in onCy, a big graph's in chunks
 * (useStreamedElements); react-cytoscapejs's own element diff is never used.
 */
const NO_ELEMENTS: ElementDefinition[] = [];

// Before any instance parses a style: Cytoscape's parse cache can draw one node's label for another's.
installStyleParse();

interface GraphViewProps {
  graph: LoadedGraph;
  /** Moves focus to the details panel; Enter on the canvas calls it. */
  onOpenDetails: () => void;
}

/** Draws `graph`; remount it (key) to show a different graph. */
export default function GraphView({ graph, onOpenDetails }: GraphViewProps) {
  const elements = useMemo(() => toElements(graph.valid.model), [graph]);
  const store = useStore();
  // Created in the theme in effect, so a dark page never flashes a light canvas; ThemeController follows changes.
  const [initial] = useState(() => ({ theme: resolvedTheme(store.get()) }));
  // Fixed for the instance's life: a different graph remounts the view (key).
  const [big] = useState(() => isBigModel(graph.valid.model));
  // A big graph's holds both themes: it changes theme by a class, element by element (ThemeController).
  const stylesheet = useMemo(
    () => (big ? bigGraphStylesheet(initial.theme) : buildStylesheet(initial.theme)),
    [initial, big],
  );
  const canvas = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // Called after every update of the component; only a new instance (StrictMode remount) changes state. A small
  // graph's elements are added here, once per instance, before any controller runs: react-cytoscapejs diffs
  // elements in plain objects, where an id such as `constructor` looks present already and is never added.
  const onCy = useCallback(
    (instance: Core) => {
      if (!big && !instance.destroyed() && instance.elements().empty()) instance.add(elements);
      setCy((current) => (current === instance ? current : instance));
    },
    [big, elements],
  );
  const { drawing, releaseFrames } = useStreamedElements(cy, elements, big);
  const controlled = cy !== null && !cy.destroyed() && !drawing;
  // A parent's effects run after its children's: the controllers have styled and framed the graph by now, so
  // Cytoscape's first frame of a big graph is the finished view.
  useEffect(() => {
    if (controlled) releaseFrames();
  }, [controlled, releaseFrames]);

  return (
    // An application: screen readers pass the arrow keys through to it instead of reading the page.
    <div
      ref={canvas}
      id={GRAPH_CANVAS_ID}
      className="graph-canvas"
      data-testid="graph-canvas"
      tabIndex={0}
      role="application"
      aria-roledescription="graph"
      aria-label={canvasName(graph)}
      aria-describedby={CANVAS_DESCRIPTION_ID}
    >
      <CanvasDescription graph={graph} />
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        stylesheet={stylesheet}
        cy={onCy}
        style={CANVAS_STYLE}
        minZoom={ZOOM_LIMITS.min}
        maxZoom={ZOOM_LIMITS.max}
        boxSelectionEnabled={false}
        autounselectify
        {...(big ? BIG_GRAPH_CORE_OPTIONS : {})}
      />
      {drawing && (
        <progress className="canvas-progress" max={drawing.total} value={drawing.done} aria-label="Drawing the graph" />
      )}
      {/* The controllers start once every element is in, so each sees the whole graph from its first run. */}
      {controlled && cy && (
        <CyContext value={cy}>
          <VisibilityController big={big} />
          <LayoutController model={graph.valid.model} readingView={big} />
          <SelectionController big={big} />
          <HoverController target={canvas} />
          <ViewportController big={big} />
          <ViewportReportController target={canvas} />
          <SizeController model={graph.valid.model} big={big} />
          <LabelController model={graph.valid.model} big={big} />
          <ReadyController />
          <ExportController />
          <ThemeController initial={initial.theme} big={big} />
          <KeyboardController graph={graph} target={canvas} onOpenDetails={onOpenDetails} />
        </CyContext>
      )}
    </div>
  );
}
