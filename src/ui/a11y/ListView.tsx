/**
 * The graph as a structured list: what the picture shows, as text. Nodes are grouped by type under headings,
 * each with its connections and quotations; it respects the filters and focus and says what they hide.
 * Selecting here selects on the canvas; a selection made elsewhere scrolls its item into view.
 */
import { useEffect, useMemo, useRef } from "react";
import { TYPE_ORDER } from "../../graph/appearance";
import { graphAsList } from "../../model/listView";
import { NODE_TYPE_INFO } from "../../model/vocabulary";
import { useActions, useGraph, useSelection } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { ShapeIcon } from "../common/ShapeIcon";
import { useGoTo } from "../common/useGoTo";
import { LIST_TITLE_ID } from "./focusTargets";
import { ListNode } from "./ListNode";

function prefersMotion(): boolean {
  return !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
}

/** The list view's content; the shell puts it in a labelled region. */
export function ListView() {
  const graph = useGraph();
  const visibility = useVisibility();
  const selection = useSelection();
  const { showEverything } = useActions();
  const goTo = useGoTo();
  const root = useRef<HTMLDivElement>(null);
  const list = useMemo(
    () => (graph && visibility ? graphAsList(graph.index, visibility, TYPE_ORDER) : null),
    [graph, visibility],
  );

  // The selected edge is listed under its source node.
  const edge = selection?.kind === "edge" ? graph?.index.edges.get(selection.id) : undefined;
  const currentNode = selection?.kind === "node" ? selection.id : (edge?.source ?? null);

  const currentEdge = edge?.id ?? null;
  const mounted = useRef(false);
  useEffect(() => {
    // Opening the list jumps straight to the selection; later selections glide there unless motion is reduced.
    const smooth = mounted.current && prefersMotion();
    mounted.current = true;
    if (!currentNode) return;
    const item = root.current?.querySelector<HTMLElement>(`[data-node="${CSS.escape(currentNode)}"]`);
    const target = currentEdge ? item?.querySelector<HTMLElement>('[data-current="true"]') : item;
    target?.scrollIntoView?.({ block: "nearest", behavior: smooth ? "smooth" : "auto" });
  }, [currentNode, currentEdge]);

  if (!graph || !list) return null;
  const partial = list.shownNodes < list.totalNodes || list.shownEdges < list.totalEdges;
  return (
    <div className="list-view" ref={root}>
      <h2 id={LIST_TITLE_ID} tabIndex={-1}>
        Graph as a list
      </h2>
      <p className="list-summary">
        {partial
          ? `Showing ${list.shownNodes} of ${list.totalNodes} nodes and ${list.shownEdges} of ${list.totalEdges} connections; the filters hide the rest.`
          : `All ${list.totalNodes} nodes and ${list.totalEdges} connections, grouped by kind.`}{" "}
        {partial && (
          <button type="button" onClick={showEverything}>
            Show everything
          </button>
        )}
      </p>
      {list.sections.map((section) => (
        <section key={section.type} aria-labelledby={`list-type-${section.type}`}>
          <h3 id={`list-type-${section.type}`} className="list-type">
            <ShapeIcon type={section.type} />
            {NODE_TYPE_INFO[section.type].label} ({section.entries.length})
          </h3>
          <ul className="list-nodes">
            {section.entries.map((entry) => (
              <ListNode
                key={entry.node.id}
                entry={entry}
                selected={selection?.kind === "node" && selection.id === entry.node.id}
                selectedEdge={edge && edge.source === entry.node.id ? edge.id : null}
                onPick={goTo}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
