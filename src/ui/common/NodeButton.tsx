/** A node as a link-like button, with its shape: what every panel shows to go to a node. */
import type { GraphNode } from "../../model/brief/schema";
import type { Selection } from "../../model/view/viewState";
import { ShapeIcon } from "./ShapeIcon";

/** Picks `node` when pressed. */
export function NodeButton(props: { node: Pick<GraphNode, "id" | "label" | "type">; onPick: (s: Selection) => void }) {
  const { node, onPick } = props;
  return (
    <button type="button" className="link-button" onClick={() => onPick({ kind: "node", id: node.id })}>
      <ShapeIcon type={node.type} size={12} />
      {node.label}
    </button>
  );
}
