/**
 * The canvas's keys, while it has focus: arrows move the selection to the neighbour that way (see
 * src/model/direction.ts), Enter opens the details, Escape clears, + / - / 0 zoom and fit. Keys with Ctrl,
 * Alt or Meta are left alone, so the browser's own zoom (Ctrl +) keeps working.
 */
import { useEffect, useEffectEvent, type RefObject } from "react";
import type { Core, EdgeSingular } from "cytoscape";
import { chooseInDirection, directionOfKey, type Direction, type Placed } from "../../model/geometry/direction";
import { startNode, visibleNeighbours } from "../../model/query/navigation";
import type { Selection } from "../../model/view/viewState";
import type { Visibility } from "../../model/query/visibility";
import type { LoadedGraph } from "../../state/appState";
import type { GraphCommand } from "../../state/graphCommands";
import { useSelectionActions, useGraphCommands, useSelection } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { useCy } from "../CyContext";

const ZOOM_KEYS: Record<string, GraphCommand> = {
  "+": { type: "zoom-in" },
  "=": { type: "zoom-in" },
  "-": { type: "zoom-out" },
  _: { type: "zoom-out" },
  "0": { type: "fit" },
};

function placed(cy: Core, id: string): Placed | null {
  const element = cy.getElementById(id);
  if (element.empty()) return null;
  const at = element.isNode() ? element.renderedPosition() : (element as EdgeSingular).renderedMidpoint();
  return { id, x: at.x, y: at.y };
}

/** The node an arrow key leads to from the current selection, or where to start when there is none. */
function nextNode(cy: Core, graph: LoadedGraph, visibility: Visibility, from: Selection, way: Direction) {
  const { index } = graph;
  const origin = from ? placed(cy, from.id) : null;
  if (!from || !origin) return startNode(index, visibility);
  let ids: string[];
  if (from.kind === "edge") {
    const edge = index.edges.get(from.id);
    ids = edge ? [edge.source, edge.target].filter((id) => visibility.nodes.has(id)) : [];
  } else {
    ids = visibleNeighbours(index, from.id, visibility);
    // A node without visible connections would be a dead end: move to the nearest visible node that way.
    if (ids.length === 0) ids = [...visibility.nodes];
  }
  const candidates = ids.map((id) => placed(cy, id)).filter((p): p is Placed => p !== null);
  return chooseInDirection(origin, candidates, way);
}

interface Props {
  graph: LoadedGraph;
  /** The focusable element around the canvas. */
  target: RefObject<HTMLElement | null>;
  /** Moves focus to the details of the selection (Enter). */
  onOpenDetails: () => void;
}

/** Renders nothing; listens for keys on `target`. */
export function KeyboardController({ graph, target, onOpenDetails }: Props) {
  const cy = useCy();
  const visibility = useVisibility();
  const selection = useSelection();
  const { select } = useSelectionActions();
  const commands = useGraphCommands();
  // An effect event: the listener is attached once and still sees the latest selection and filters.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.altKey || event.metaKey) return;
    if (cy.destroyed()) return;
    const way = directionOfKey(event.key);
    const zoom = ZOOM_KEYS[event.key];
    if (way && visibility) {
      const id = nextNode(cy, graph, visibility, selection, way);
      if (id) select({ kind: "node", id });
    } else if (zoom) commands.emit(zoom);
    else if (event.key === "Enter") onOpenDetails();
    else if (event.key === "Escape" && selection) select(null);
    else return;
    event.preventDefault();
  });

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    element.addEventListener("keydown", listener);
    // A click on the canvas gives it the keyboard: Escape and the arrows then act at once, as they do after
    // tabbing in (Cytoscape draws on a canvas inside it that takes no focus of its own).
    const takeFocus = () => {
      if (document.activeElement !== element) element.focus({ preventScroll: true });
    };
    cy.on("tap", takeFocus);
    return () => {
      element.removeEventListener("keydown", listener);
      cy.off("tap", takeFocus);
    };
  }, [cy, target]);

  return null;
}
