/** Turns a validation result into the store's loaded graph, building the indexes every panel needs once. */
import { buildGraphIndex } from "../model/graphIndex";
import { buildSearchIndex } from "../model/search";
import type { ValidGraph } from "../model/validate";
import type { LoadedGraph } from "../state/appState";

let loads = 0;

/** Indexes a validated graph for lookups and search; each call is a new load with its own serial. */
export function prepareGraph(valid: ValidGraph): LoadedGraph {
  loads += 1;
  return { valid, index: buildGraphIndex(valid.model), search: buildSearchIndex(valid.model), serial: loads };
}
