/** "Connect to…" in a node's details: pick another node by name, and the paths between them are shown. */
import { useState } from "react";
import { useSelectionActions } from "../../state/hooks";
import { NodeSearch } from "../search/NodeSearch";

/** The button, then the search that picks the other end. */
export function ConnectTo({ nodeId }: { nodeId: string }) {
  const [picking, setPicking] = useState(false);
  const { connect } = useSelectionActions();
  if (!picking)
    return (
      <button type="button" className="connect-to" onClick={() => setPicking(true)}>
        How is it connected to…
      </button>
    );
  return (
    <NodeSearch
      className="search connect-search"
      label="Connected to which node?"
      placeholder="Connected to… (type a name)"
      exclude={nodeId}
      autoFocus
      onPick={(to) => connect({ from: nodeId, to, directed: false })}
    />
  );
}
