/**
 * The details panel: the selected node or edge, or an overview when nothing is selected. A connection asked
 * from the selected node is told here instead of its details, by a view loaded on first use.
 */
import { Suspense, lazy } from "react";
import { useAppState, useGraph, useSelection } from "../../state/hooks";
import { useCloseOnEscape } from "../a11y/useCloseOnEscape";
import { NodeDetails } from "./NodeDetails";
import { Overview } from "./Overview";

const ConnectionView = lazy(() => import("./ConnectionView"));
// An edge is picked far less often than a node: its details load on first use.
const EdgeDetails = lazy(() => import("./EdgeDetails").then((m) => ({ default: m.EdgeDetails })));

/** Renders the details of the current selection. */
export function DetailsPanel() {
  const graph = useGraph();
  const selection = useSelection();
  const connection = useAppState((s) => s.view.connection);
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
      {node && connection?.from === node.id ? (
        <Suspense fallback={<p role="status">Finding the paths…</p>}>
          <ConnectionView key={`${connection.from},${connection.to}`} query={connection} graph={graph} />
        </Suspense>
      ) : node ? (
        <NodeDetails key={node.id} node={node} index={index} />
      ) : null}
      {edge ? (
        <Suspense fallback={<p role="status">Opening the connection…</p>}>
          <EdgeDetails key={edge.id} edge={edge} index={index} />
        </Suspense>
      ) : null}
      {!node && !edge && <Overview graph={graph} />}
    </div>
  );
}
