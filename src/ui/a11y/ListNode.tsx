/**
 * One node in the list view: a heading button that selects it, its visible connections (the other end and
 * the evidence, both buttons) and its quotations. aria-current marks the control of what is selected.
 */
import { memo } from "react";
import type { ListConnection, ListEntry } from "../../model/query/listView";
import type { Selection } from "../../model/view/viewState";
import { RELATION_INFO } from "../../model/brief/vocabulary";
import { ExcerptList } from "../details/ExcerptList";
import { ConnectionButtons } from "../common/ConnectionButtons";
import { ShapeIcon } from "../common/ShapeIcon";
import { relationSentence } from "../../model/query/graphIndex";

interface Props {
  entry: ListEntry;
  /** The node is selected. */
  selected: boolean;
  /** The id of the selected edge when it is one of this node's outgoing connections. */
  selectedEdge: string | null;
  /** Its figures in one line (ui/figures/rankings.ts). */
  figures: string;
  onPick: (selection: Selection) => void;
}

function ConnectionItem({
  connection,
  self,
  current,
  onPick,
}: {
  connection: ListConnection;
  self: string;
  current: boolean;
  onPick: Props["onPick"];
}) {
  const { edge, other, direction } = connection;
  const relation = RELATION_INFO[edge.relation].label;
  const sentence = relationSentence(self, relation, other.label, direction);
  return (
    <li data-current={current || undefined}>
      <span className="list-relation">
        <span aria-hidden="true">{direction === "out" ? "→ " : "← "}</span>
        {relation}
        {direction === "in" && <span className="visually-hidden">, from</span>}
      </span>{" "}
      <ConnectionButtons other={other} edgeId={edge.id} sentence={sentence} current={current} onPick={onPick} />
    </li>
  );
}

/** A list item for `entry`; re-rendered only when its own selection state changes. */
export const ListNode = memo(function ListNode({ entry, selected, selectedEdge, figures, onPick }: Props) {
  const { node, connections, hiddenConnections } = entry;
  const base = `list-${node.id}`;
  return (
    <li className="list-node" data-current={selected || undefined} data-node={node.id}>
      <h4>
        <button
          type="button"
          className="list-node-button"
          aria-current={selected || undefined}
          onClick={() => onPick({ kind: "node", id: node.id })}
        >
          <ShapeIcon type={node.type} size={14} />
          {node.label}
        </button>
      </h4>
      <p className="list-figures">Figures: {figures}</p>
      <p className="list-sub" id={`${base}-connections`}>
        Connections ({connections.length}
        {hiddenConnections > 0 ? `, ${hiddenConnections} hidden by the filters` : ""})
      </p>
      {connections.length > 0 && (
        <ul className="list-connections" aria-labelledby={`${base}-connections`}>
          {connections.map((connection) => (
            <ConnectionItem
              key={connection.edge.id}
              connection={connection}
              self={node.label}
              current={selectedEdge === connection.edge.id}
              onPick={onPick}
            />
          ))}
        </ul>
      )}
      <p className="list-sub">Quotations ({node.excerpts.length})</p>
      <ExcerptList excerpts={node.excerpts} />
    </li>
  );
});
