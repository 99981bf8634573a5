/** Turns a validation result into the store's loaded graph, building the indexes every panel needs once. */
import { buildGraphIndex } from "../model/graphIndex";
import { buildSearchIndex } from "../model/search";
import type { ValidGraph } from "../model/validate";
import type { LoadedGraph } from "../state/appState";

/** Indexes a validated graph for lookups and search. */
export function prepareGraph(valid: ValidGraph): LoadedGraph {
  return { valid, index: buildGraphIndex(valid.model), search: buildSearchIndex(valid.model) };
}
