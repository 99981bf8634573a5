/**
 * When a graph counts as big. Above the threshold (the embedded brief has 87 nodes and ~150 edges) the canvas
 * trades detail for speed (graph/bigGraph/settings.ts and the stylesheet's big-graph rules), and the reader is
 * told so in a notice and in the legend.
 */
import type { GraphModel } from "../brief/schema";
import { formatCount } from "../file/formatCount";

/** Nodes plus edges from which a graph counts as big: about 700 nodes at two edges per node. */
const BIG_GRAPH_ELEMENTS = 2000;

/** Whether the model is big enough for the fast settings. */
export function isBigModel(model: GraphModel): boolean {
  return model.nodes.length + model.edges.length >= BIG_GRAPH_ELEMENTS;
}

/** What a reader is told on opening a big graph: why it looks and starts differently from a small one. */
export function bigGraphNotice(model: GraphModel): string {
  return (
    `Large graph (${formatCount(model.nodes.length)} nodes): it opens at reading size around ` +
    "its middle; press 0 or Fit to see all of it. To keep it fast, lines are drawn plain and cannot be clicked."
  );
}
