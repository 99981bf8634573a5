/**
 * One kind of node in the list view: a heading with the count, the nodes shown so far, and for a big model a
 * button that shows the next page of them. Rendering every node of a 20,000-node model at once froze the page
 * for ~27 s (each node lists its connections and quotations).
 */
import { useMemo } from "react";
import type { GraphIndex } from "../../model/query/graphIndex";
import { LIST_PAGE, listEntry, type ListedNodes, type ListSection } from "../../model/query/listView";
import { formatCount } from "../../model/file/formatCount";
import type { GraphEdge } from "../../model/brief/schema";
import type { Selection } from "../../model/view/viewState";
import type { Visibility } from "../../model/query/visibility";
import { NODE_TYPE_INFO } from "../../model/brief/vocabulary";
import { ShapeIcon } from "../common/ShapeIcon";
import { ListNode } from "./ListNode";
import { figuresLine } from "../figures/rankings";

interface Props {
  section: ListSection;
  index: GraphIndex;
  visibility: Visibility;
  /** What of it to render. */
  listed: ListedNodes;
  /** The next page: `from` is the first node not yet shown. */
  onShowMore: (section: ListSection, from: number) => void;
  selection: Selection | null;
  /** The selected edge, listed under its source node. */
  edge: GraphEdge | undefined;
  onPick: (selection: Selection) => void;
}

export function ListSectionView({ section, index, visibility, listed, onShowMore, selection, edge, onPick }: Props) {
  const total = section.nodes.length;
  const { shown, beyond } = listed;
  // Kept across selections: each ListNode re-renders only when its own entry or selection state changes.
  const entries = useMemo(
    () => section.nodes.slice(0, shown).map((node) => listEntry(index, visibility, node)),
    [section, shown, index, visibility],
  );
  const beyondEntry = useMemo(() => beyond && listEntry(index, visibility, beyond), [beyond, index, visibility]);
  const item = (entry: NonNullable<typeof beyondEntry>) => (
    <ListNode
      key={entry.node.id}
      entry={entry}
      selected={selection?.kind === "node" && selection.id === entry.node.id}
      selectedEdge={edge && edge.source === entry.node.id ? edge.id : null}
      figures={figuresLine(index, entry.node.id)}
      onPick={onPick}
    />
  );
  const label = NODE_TYPE_INFO[section.type].label;
  const next = Math.min(total - shown, LIST_PAGE);
  return (
    <section aria-labelledby={`list-type-${section.type}`}>
      <h3 id={`list-type-${section.type}`} className="list-type">
        <ShapeIcon type={section.type} />
        {label} ({formatCount(total)})
      </h3>
      <ul className="list-nodes">{entries.map(item)}</ul>
      {shown < total && (
        <p className="list-more">
          Showing {formatCount(shown)} of {formatCount(total)}.{" "}
          <button type="button" onClick={() => onShowMore(section, shown)}>
            Show {formatCount(next)} more<span className="visually-hidden"> of kind {label}</span>
          </button>
        </p>
      )}
      {beyondEntry && (
        <>
          <p className="list-more" id={`list-beyond-${section.type}`}>
            The selected node, further down the list:
          </p>
          <ul className="list-nodes" aria-labelledby={`list-beyond-${section.type}`}>
            {item(beyondEntry)}
          </ul>
        </>
      )}
    </section>
  );
}
