/** The visible node and edge ids, derived from the graph and the view's filters, computed once per change. */
import { useMemo } from "react";
import { computeVisibility, type Visibility } from "../model/visibility";
import { useFocus, useGraph, useHiddenRelations, useHiddenTypes } from "./hooks";

/** Visible ids under the current filters and focus; null before a graph is loaded. */
export function useVisibility(): Visibility | null {
  const graph = useGraph();
  const hiddenTypes = useHiddenTypes();
  const hiddenRelations = useHiddenRelations();
  const focus = useFocus();
  return useMemo(
    () => (graph ? computeVisibility(graph.index, { hiddenTypes, hiddenRelations, focus }) : null),
    [graph, hiddenTypes, hiddenRelations, focus],
  );
}
