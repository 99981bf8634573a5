/**
 * Cytoscape's renderer keeps two flags per element on its private record (Cytoscape 3.34,
 * `registerCalculationListeners`): `rstyle.clean`, the element's rendered geometry (label boxes, edge end
 * points) is measured; and, on nodes, `rstyle.cleanConnected`, the node's edges have been queued for
 * measuring since it last changed. Any change clears both, and the next frame measures what is not clean,
 * plus every edge of every node not `cleanConnected`.
 *
 * A chunked restyle measures every element in its chunks, but `boundingBox()` clears `clean` right after it
 * measures (it reports new bounds), so the first frame after a theme change measured all of them again: at
 * 5,000 nodes, 80 of that frame's 290 ms, and 45 more finding every node's edges (traced, unminified build).
 * These helpers set the flags that are true. Where the record is not there, they do nothing: the frame then
 * measures as Cytoscape always does.
 */
import type { Collection, NodeCollection } from "cytoscape";

interface RenderedStyleFlags {
  clean?: boolean;
  cleanConnected?: boolean;
}

function flagsOf(element: unknown): RenderedStyleFlags | undefined {
  // oxlint-disable-next-line no-underscore-dangle -- the flags are on Cytoscape's private record.
  return (element as { _private?: { rstyle?: RenderedStyleFlags } })._private?.rstyle;
}

/**
 * Measures `elements` and marks them measured, as they are: nothing changes between the two. Like Cytoscape,
 * it leaves out elements not displayed, which it does not measure.
 */
export function measure(elements: Collection): void {
  elements.boundingBox();
  for (const element of elements) {
    const flags = flagsOf(element);
    if (flags && element.style("display") !== "none") flags.clean = true;
  }
}

/**
 * Marks the measured nodes' edges as measured: call once every node and then every edge was measured. A node
 * changed since its measuring (moved, selected, filtered) is no longer clean, and keeps its edges queued.
 */
export function markEdgesMeasured(nodes: NodeCollection): void {
  for (const node of nodes) {
    const flags = flagsOf(node);
    if (flags?.clean) flags.cleanConnected = true;
  }
}
