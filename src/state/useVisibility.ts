/** The visible node and edge ids, derived from the graph and the view's filters, computed once per change. */
import { useMemo } from "react";
import { computeVisibility, type Visibility } from "../model/query/visibility";
import type { LoadedGraph } from "./appState";
import { useFocus, useGraph, useHiddenRelations, useHiddenTypes } from "./hooks";

type Inputs = [
  LoadedGraph,
  ReturnType<typeof useHiddenTypes>,
  ReturnType<typeof useHiddenRelations>,
  ReturnType<typeof useFocus>,
];

// Seven components read the visibility; on a 20,000-node graph computing it once per change, not once per
// reader, saves a noticeable main-thread task. The store's values are immutable, so identity is enough.
let last: { inputs: Inputs; visibility: Visibility } | null = null;

function sharedVisibility(...inputs: Inputs): Visibility {
  if (last && last.inputs.every((value, i) => value === inputs[i])) return last.visibility;
  const [graph, hiddenTypes, hiddenRelations, focus] = inputs;
  const visibility = computeVisibility(graph.index, { hiddenTypes, hiddenRelations, focus });
  last = { inputs, visibility };
  return visibility;
}

/** Visible ids under the current filters and focus; null before a graph is loaded. */
export function useVisibility(): Visibility | null {
  const graph = useGraph();
  const hiddenTypes = useHiddenTypes();
  const hiddenRelations = useHiddenRelations();
  const focus = useFocus();
  return useMemo(
    () => (graph ? sharedVisibility(graph, hiddenTypes, hiddenRelations, focus) : null),
    [graph, hiddenTypes, hiddenRelations, focus],
  );
}
