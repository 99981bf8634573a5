/** Turns a validation result into the store's loaded graph, building the indexes every panel needs once. */
import { buildGraphIndex } from "../model/graphIndex";
import { buildSearchIndex, type SearchIndex } from "../model/search";
import type { ValidGraph } from "../model/validate";
import type { LoadedGraph } from "../state/appState";

let loads = 0;

/**
 * Indexes a validated graph for lookups and search; each call is a new load with its own serial. The search
 * index is built on first use, or when the page is next idle, not in the task that shows the graph: for
 * 20,000 nodes it takes ~90 ms, which that task can least afford.
 */
export function prepareGraph(valid: ValidGraph): LoadedGraph {
  loads += 1;
  let search: SearchIndex | undefined;
  const graph: LoadedGraph = {
    valid,
    index: buildGraphIndex(valid.model),
    get search() {
      search ??= buildSearchIndex(valid.model);
      return search;
    },
    serial: loads,
  };
  whenIdle(() => void graph.search);
  return graph;
}

/** Runs `work` when the page is idle (within 2 s), or soon where idle callbacks do not exist. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}
