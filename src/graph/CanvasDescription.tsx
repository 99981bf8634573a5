/**
 * What assistive technology hears about the canvas: its name ("Concept graph of …") and a description of what
 * it shows and which keys work. The picture itself is pixels; the same content is in the list view as text.
 */
import type { LoadedGraph } from "../state/appState";
import { useVisibility } from "../state/useVisibility";
import { CANVAS_DESCRIPTION_ID } from "../model/view/canvasIds";

/** The accessible name of the canvas. */
export function canvasName(graph: LoadedGraph): string {
  return `Concept graph of ${graph.valid.model.title}`;
}

/** A hidden description, referenced by the canvas's aria-describedby (hidden text still describes). */
export function CanvasDescription({ graph }: { graph: LoadedGraph }) {
  const visibility = useVisibility();
  const { nodes, edges } = graph.index;
  const shown =
    visibility && visibility.partial
      ? `Showing ${visibility.nodes.size} of ${nodes.size} nodes and ${visibility.edges.size} of ${edges.size} connections.`
      : `${nodes.size} nodes and ${edges.size} connections.`;
  return (
    <p id={CANVAS_DESCRIPTION_ID} hidden>
      {shown} Arrow keys move the selection to the connected node in that direction; Enter opens its details; Escape
      clears the selection; plus and minus zoom, zero fits the graph; question mark lists every shortcut. The same graph
      can be read as text in the list view.
    </p>
  );
}
