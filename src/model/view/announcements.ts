/**
 * The sentences a screen reader hears when the selection changes or search results arrive. One place, so the
 * live region, the list view and their tests use the same words.
 */
import type { GraphEdge } from "../brief/schema";
import type { GraphIndex } from "../query/graphIndex";
import type { Selection } from "./viewState";
import { NODE_TYPE_INFO, RELATION_INFO } from "../brief/vocabulary";
import type { Visibility } from "../query/visibility";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * "Selected Peacebuilding Commission, UN body, 7 connections." and the like; "" for an unknown id. `previous`
 * is the selection before this one: when a filter or focus hid it, clearing says so, as the canvas does not.
 */
export function describeSelection(
  index: GraphIndex,
  selection: Selection,
  visibility: Visibility | null,
  previous: Selection = null,
): string {
  if (!selection) return describeClearing(index, visibility, previous);
  if (selection.kind === "node") {
    const node = index.nodes.get(selection.id);
    if (!node) return "";
    const type = NODE_TYPE_INFO[node.type].label;
    if (visibility && !visibility.nodes.has(node.id)) return `Selected ${node.label}, ${type}, hidden by the filters.`;
    const incident = index.incident.get(node.id) ?? [];
    const shown = visibility ? incident.filter((e) => visibility.edges.has(e.id)).length : incident.length;
    const hidden = incident.length - shown;
    const extra = hidden > 0 ? ` shown, ${hidden} hidden` : "";
    return `Selected ${node.label}, ${type}, ${plural(shown, "connection", "connections")}${extra}.`;
  }
  const edge = index.edges.get(selection.id);
  if (!edge) return "";
  const quotes = plural(edge.excerpts.length, "quotation", "quotations");
  return `Selected connection: ${connectionName(index, edge)}, ${quotes}.`;
}

/** "Peacebuilding Commission supports Côte D’Ivoire". */
function connectionName(index: GraphIndex, edge: GraphEdge): string {
  const label = (id: string) => index.nodes.get(id)?.label ?? id;
  return `${label(edge.source)} ${RELATION_INFO[edge.relation].label} ${label(edge.target)}`;
}

/** "Selection cleared.", or why: "Selection cleared: Côte D’Ivoire is hidden by the filters." */
function describeClearing(index: GraphIndex, visibility: Visibility | null, previous: Selection): string {
  if (!previous || !visibility) return "Selection cleared.";
  if (previous.kind === "node") {
    const node = index.nodes.get(previous.id);
    if (!node || visibility.nodes.has(node.id)) return "Selection cleared.";
    return `Selection cleared: ${node.label} is hidden by the filters.`;
  }
  const edge = index.edges.get(previous.id);
  if (!edge || visibility.edges.has(edge.id)) return "Selection cleared.";
  return `Selection cleared: the connection ${connectionName(index, edge)} is hidden by the filters.`;
}

/** "3 results for “pbc”." or "No match for “xyz”."; "" for an empty query. */
export function describeResults(query: string, count: number, limit: number): string {
  const q = query.trim();
  if (!q) return "";
  if (count === 0) return `No match for “${q}”.`;
  const many = count >= limit ? `${count} or more results` : plural(count, "result", "results");
  return `${many} for “${q}”. Use the arrow keys to choose, Enter to select.`;
}
