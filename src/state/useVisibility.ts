/** The visible node and edge ids, derived from the graph and the view's filters, computed once per change. */
import { useMemo } from "react";
import type { Visibility } from "../model/query/visibility";
import { useAppState, useDerived, useFocus, useGraph, useHiddenRelations, useHiddenTypes } from "./hooks";

/** Visible ids under the current filters and focus; null before a graph is loaded. */
export function useVisibility(): Visibility | null {
  const derived = useDerived();
  const graph = useGraph();
  const hiddenTypes = useHiddenTypes();
  const hiddenRelations = useHiddenRelations();
  const focus = useFocus();
  const evidence = useAppState((s) => s.view.evidence);
  return useMemo(
    () => (graph ? derived.visibility(graph, hiddenTypes, hiddenRelations, focus, evidence) : null),
    [derived, graph, hiddenTypes, hiddenRelations, focus, evidence],
  );
}
