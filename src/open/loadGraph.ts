/** Turns a validation result into the store's loaded graph, building the indexes every panel needs once. */
import { buildGraphIndex } from "../model/query/graphIndex";
import { searchIndexInSteps, type SearchIndexSteps } from "../model/query/search";
import type { ValidGraph } from "../model/brief/validate";
import type { LoadedGraph } from "../state/appState";

let loads = 0;

/**
 * Indexes a validated graph for lookups and search; each call is a new load with its own serial. The search
 * index is built in the page's idle moments, a slice at a time, or at once on first use: for 20,000 nodes it
 * takes 150–250 ms, which as one task froze the page while a big graph was being drawn.
 */
export function prepareGraph(valid: ValidGraph): LoadedGraph {
  loads += 1;
  const steps = searchIndexInSteps(valid.model);
  const graph: LoadedGraph = {
    valid,
    index: buildGraphIndex(valid.model),
    get search() {
      return steps.finish();
    },
    serial: loads,
  };
  indexWhenIdle(steps);
  return graph;
}

/**
 * Runs the index's steps when the page is idle, each in the time the browser offers. A busy page still gets a
 * small step every 2 s; where idle callbacks do not exist, the index is built at once, soon.
 */
function indexWhenIdle(steps: SearchIndexSteps): void {
  if (typeof requestIdleCallback !== "function") {
    setTimeout(() => steps.finish(), 200);
    return;
  }
  const next = (deadline: IdleDeadline) => {
    if (!steps.step(() => deadline.timeRemaining())) requestIdleCallback(next, { timeout: 2000 });
  };
  requestIdleCallback(next, { timeout: 2000 });
}
