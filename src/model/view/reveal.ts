/**
 * Making a selection visible. A reader who follows a connection, a search result, a passage or a link to
 * something the filters or the focus hide must never end up with an invisible selection: the smallest change
 * to the filters that shows it is made instead (the focus moves to it, its type or relation is shown again).
 * The other way round, a filter that hides the selection lets it go (state/actions.ts).
 */
import type { GraphIndex } from "../query/graphIndex";
import { hasEvidence, isVisible, type Filters } from "../query/visibility";
import { viewMessages, type ViewProblem } from "./viewMessages";
import type { Selection } from "./viewState";

/** The evidence filter, unless it hides one of `elements`: then none. */
function keptEvidence(index: GraphIndex, filters: Filters, elements: Array<["node" | "edge", string]>) {
  const { evidence } = filters;
  return evidence && elements.every(([kind, id]) => hasEvidence(index, evidence, kind, id)) ? evidence : null;
}

/** Filters under which `selection` is visible, or null when it already is (or does not exist). */
export function filtersRevealing(index: GraphIndex, filters: Filters, selection: Selection): Filters | null {
  if (!selection) return null;
  if (selection.kind === "node") {
    const node = index.nodes.get(selection.id);
    if (!node || isVisible(index, filters, "node", node.id)) return null;
    const hiddenTypes = new Set(filters.hiddenTypes);
    hiddenTypes.delete(node.type);
    // Keep focus mode, centred on the node the reader went to.
    const focus = filters.focus ? { id: node.id, depth: filters.focus.depth } : null;
    return { ...filters, hiddenTypes, focus, evidence: keptEvidence(index, filters, [["node", node.id]]) };
  }
  const edge = index.edges.get(selection.id);
  if (!edge || isVisible(index, filters, "edge", edge.id)) return null;
  const hiddenTypes = new Set(filters.hiddenTypes);
  for (const end of [edge.source, edge.target]) {
    const type = index.nodes.get(end)?.type;
    if (type) hiddenTypes.delete(type);
  }
  const hiddenRelations = new Set(filters.hiddenRelations);
  hiddenRelations.delete(edge.relation);
  const focus = filters.focus ? { id: edge.source, depth: Math.max(1, filters.focus.depth) } : null;
  const evidence = keptEvidence(index, filters, [
    ["edge", edge.id],
    ["node", edge.source],
    ["node", edge.target],
  ]);
  return { hiddenTypes, hiddenRelations, focus, evidence };
}

/**
 * The filters that show `selection` and the notice that says they were changed, or null when nothing hides
 * it: what going to something from a panel and opening a link to it both do.
 */
export function revealSelection(
  index: GraphIndex,
  filters: Filters,
  selection: Selection,
): { filters: Filters; notice: ViewProblem } | null {
  const revealing = filtersRevealing(index, filters, selection);
  if (!revealing || !selection) return null;
  const label = index.nodes.get(selection.id)?.label ?? index.edges.get(selection.id)?.relation ?? selection.id;
  return { filters: revealing, notice: viewMessages.revealed(label) };
}
