/**
 * The graph as a structured list: what the picture shows, as text. Nodes are grouped by type under headings,
 * each with its connections and quotations; it respects the filters and focus and says what they hide.
 * Selecting here selects on the canvas; a selection made elsewhere scrolls its item into view.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { TYPE_ORDER } from "../../look/appearance";
import { formatCount } from "../../model/file/formatCount";
import { graphAsList, listedNodes, LIST_PAGE, type ListSection } from "../../model/query/listView";
import type { NodeType } from "../../model/brief/vocabulary";
import { useFilterActions, useGraph, useSelection } from "../../state/hooks";
import { useVisibility } from "../../state/useVisibility";
import { useGoTo } from "../common/useGoTo";
import { useGrowingCount } from "../common/useGrowingCount";
import { LIST_TITLE_ID } from "./focusTargets";
import { ListSectionView } from "./ListSectionView";

/**
 * A list of more than LISTED_AT_ONCE nodes shows FIRST_KINDS kinds at once (and the selection's), then
 * KINDS_PER_TASK more per task: the ~250 nodes of a big graph's first pages took one ~225 ms task to render
 * and lay out at 5,000 nodes, and two kinds at first ~110 ms at 20,000 (one: ~70 ms, with the panel itself).
 * Each node is laid out in full, not only when in view, so that screen readers are given all of it
 * (content-visibility hid it from Chromium's accessibility tree).
 */
const LISTED_AT_ONCE = 150;
const FIRST_KINDS = 1;
const KINDS_PER_TASK = 2;

function prefersMotion(): boolean {
  return !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
}

/** The list view's content; the shell puts it in a labelled region. */
export function ListView() {
  const graph = useGraph();
  const visibility = useVisibility();
  const selection = useSelection();
  const { showEverything } = useFilterActions();
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

  const kinds = list?.sections.length ?? 0;
  const grown = useGrowingCount(kinds, {
    first: (list?.shownNodes ?? 0) > LISTED_AT_ONCE ? FIRST_KINDS : kinds,
    step: KINDS_PER_TASK,
    restartOn: list,
  });
  // The selection's kind is there from the start, so the list opens scrolled to it; the kinds above it arrive
  // with the others, and the browser's scroll anchoring keeps the selection where it is as they do. Listing
  // every kind down to it at once was one ~180-220 ms task at 1,000 and 20,000 nodes.
  const currentType = currentNode ? graph?.index.nodes.get(currentNode)?.type : undefined;
  const shownSections = list?.sections.filter((s, i) => i < grown || s.type === currentType) ?? [];

  // How many nodes of each kind the reader asked to see, for this graph.
  const [pages, setPages] = useState<{ graph: unknown; asked: Partial<Record<NodeType, number>> }>({
    graph,
    asked: {},
  });
  const asked = pages.graph === graph ? pages.asked : {};
  // "Show more" disappears with the last page: focus moves to the first node it showed, where reading goes on.
  const focusAfterMore = useRef<{ id: string; pages: typeof pages } | null>(null);
  const showMore = (section: ListSection, from: number) => {
    const next = { graph, asked: { ...asked, [section.type]: from + LIST_PAGE } };
    const id = section.nodes[from]?.id;
    focusAfterMore.current = id === undefined ? null : { id, pages: next };
    setPages(next);
  };
  useEffect(() => {
    const pending = focusAfterMore.current;
    // Only in the commit that shows the new page: another one can come first (the kinds still growing in a
    // transition), and the node is not there yet then.
    if (pending === null || pending.pages !== pages) return;
    focusAfterMore.current = null;
    root.current?.querySelector<HTMLElement>(`[data-node="${CSS.escape(pending.id)}"] .list-node-button`)?.focus();
  });

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
          ? `Showing ${formatCount(list.shownNodes)} of ${formatCount(list.totalNodes)} nodes and ${formatCount(list.shownEdges)} of ${formatCount(list.totalEdges)} connections; the filters hide the rest.`
          : `All ${formatCount(list.totalNodes)} nodes and ${formatCount(list.totalEdges)} connections, grouped by kind.`}{" "}
        {partial && (
          <button type="button" onClick={showEverything}>
            Show everything
          </button>
        )}
      </p>
      {shownSections.map((section) => (
        <ListSectionView
          key={section.type}
          section={section}
          index={graph.index}
          visibility={visibility!}
          listed={listedNodes(section, asked[section.type], currentNode)}
          onShowMore={showMore}
          selection={selection}
          edge={edge}
          onPick={goTo}
        />
      ))}
    </div>
  );
}
