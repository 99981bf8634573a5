/**
 * The lead's small fixture (tests/fixtures/models/small.graph.json: four UN bodies and places from the brief,
 * three edges, quotes verbatim from graph-data/sources/brief.txt), loaded and indexed as the app does.
 */
import { loadModelFile } from "../../scripts/lib/modelFile";
import { prepareGraph } from "../../src/open/loadGraph";
import type { LoadedGraph } from "../../src/state/appState";
import { INITIAL_STATE, type AppState } from "../../src/state/appState";

export const SMALL_MODEL = "tests/fixtures/models/small.graph.json";

/** The small fixture as a loaded graph; throws if it stopped validating. */
export function loadSmallGraph(): LoadedGraph {
  const result = loadModelFile(SMALL_MODEL);
  if (!result.ok) throw new Error(`${SMALL_MODEL} is invalid: ${result.issues.map((i) => i.message).join("; ")}`);
  return prepareGraph(result.graph);
}

/** App state with the small graph loaded and the default view. */
export function readyState(graph = loadSmallGraph()): AppState {
  return { ...INITIAL_STATE, load: { status: "ready", graph } };
}
