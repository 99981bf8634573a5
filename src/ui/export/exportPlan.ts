/**
 * What an export will produce, decided from the dialog's choices and the current view: the file name and,
 * for citations, which nodes and edges are cited. Pure functions over the loaded graph and view state.
 */
import { exportFileName } from "../../model/export/fileName";
import { EXPORT_FORMATS, type ExportFormat } from "../../model/export/formats";
import type { ExportScope } from "../../model/export/imageOptions";
import type { ViewState } from "../../model/view/viewState";
import type { Visibility } from "../../model/query/visibility";
import { RELATION_INFO } from "../../model/brief/vocabulary";
import type { LoadedGraph } from "../../state/appState";

/**
 * What an export is about: the focused node; for the current view, else the selected node or edge (the
 * filtered scope draws no selection, so it is not about it); null for the whole graph.
 */
export function viewSubject(graph: LoadedGraph, view: ViewState, scope: ExportScope): string | null {
  if (scope === "whole") return null;
  const { nodes, edges } = graph.index;
  if (view.focus) return nodes.get(view.focus.id)?.label ?? null;
  if (scope === "filtered") return null;
  if (view.selection?.kind === "node") return nodes.get(view.selection.id)?.label ?? null;
  if (view.selection?.kind === "edge") {
    const edge = edges.get(view.selection.id);
    if (!edge) return null;
    return `${nodes.get(edge.source)?.label ?? edge.source} ${RELATION_INFO[edge.relation].label} ${nodes.get(edge.target)?.label ?? edge.target}`;
  }
  return null;
}

/** The title drawn when the reader has not typed one: what the view is about, else the model's title. */
export function defaultTitle(graph: LoadedGraph, view: ViewState, scope: ExportScope): string {
  return viewSubject(graph, view, scope) ?? graph.valid.model.title;
}

/** Data formats always hold the whole model; images and citations follow the scope. */
export function usesScope(format: ExportFormat): boolean {
  return EXPORT_FORMATS[format].kind !== "data";
}

/** The file name an export gets, e.g. "briefgraph-peacebuilding-commission.png". */
export function fileNameFor(graph: LoadedGraph, view: ViewState, format: ExportFormat, scope: ExportScope): string {
  const info = EXPORT_FORMATS[format];
  const subject = usesScope(format) ? viewSubject(graph, view, scope) : null;
  return exportFileName(subject, info.extension, info.suffix);
}

/**
 * The ids whose citations to export. "view": the selection (a node with its visible connections, or an edge),
 * or everything visible when nothing is selected; "filtered": everything visible; "whole": everything.
 */
export function citedIds(graph: LoadedGraph, view: ViewState, visibility: Visibility, scope: ExportScope): Set<string> {
  const { model } = graph.index;
  if (scope === "whole") return new Set([...model.nodes.map((n) => n.id), ...model.edges.map((e) => e.id)]);
  const visible = new Set([...visibility.nodes, ...visibility.edges]);
  const selection = view.selection;
  if (scope === "filtered" || !selection) return visible;
  if (selection.kind === "edge") return new Set([selection.id]);
  const ids = new Set([selection.id]);
  for (const edge of model.edges) {
    if ((edge.source === selection.id || edge.target === selection.id) && visibility.edges.has(edge.id))
      ids.add(edge.id);
  }
  return ids;
}
