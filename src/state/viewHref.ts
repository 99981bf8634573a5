/** Addresses of views on the graph shown now, for the URL and for links that lead back to a view or passage. */
import { graphQueryParam, serializeView, type ViewState } from "../model/view/viewState";

/** The query string of `view` on the graph shown now: `?graph=` names which graph, and is carried over as is. */
export function viewQuery(view: ViewState): string {
  const graph = new URLSearchParams(window.location.search).get("graph");
  const joined = [graph === null ? "" : graphQueryParam(graph), serializeView(view).slice(1)].filter(Boolean).join("&");
  return joined ? `?${joined}` : "";
}

/** The address of `view` on this graph: a citation's way back to its passage, a Markdown answer's to its view. */
export function viewHref(view: ViewState): string {
  return `${window.location.origin}${window.location.pathname}${viewQuery(view)}`;
}
