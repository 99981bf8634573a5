/** The details panel: the selected node or edge, or an overview when nothing is selected. */
import { useGraph, useSelection } from "../../state/hooks";
import { useCloseOnEscape } from "../a11y/useCloseOnEscape";
import { EdgeDetails } from "./EdgeDetails";
import { NodeDetails } from "./NodeDetails";
import { Overview } from "./Overview";

/** Renders the details of the current selection. */
export function DetailsPanel() {
  const graph = useGraph();
  const selection = useSelection();
  const { close, onFocus, onKeyDown } = useCloseOnEscape();
  if (!graph) return null;
  const { index } = graph;
  const node = selection?.kind === "node" ? index.nodes.get(selection.id) : undefined;
  const edge = selection?.kind === "edge" ? index.edges.get(selection.id) : undefined;
  return (
    <div className="details-panel" data-has-selection={Boolean(node ?? edge)} onFocus={onFocus} onKeyDown={onKeyDown}>
      {(node ?? edge) && (
        <button type="button" className="icon-button details-close" onClick={close}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">Close details</span>
        </button>
      )}
      {node ? <NodeDetails key={node.id} node={node} index={index} /> : null}
      {edge ? <EdgeDetails key={edge.id} edge={edge} index={index} /> : null}
      {!node && !edge && <Overview graph={graph} />}
    </div>
  );
}
