/**
 * How big a graph the layouts can handle on this kind of machine. Above the limit the force-directed layout
 * takes too long (measured in Node: 150 nodes 1 s, 500 nodes 3 s, and 21 s for 1,000 in the worker), and the
 * other layouts, which run on the page and animate every node, stall it; such graphs get the fast grid when
 * they have no positions, and keep their own positions otherwise.
 */
import type { LayoutName } from "../view/viewState";

export const LAYOUT_MAX_NODES = 500;

/** Whether the layout picker may offer re-laying out this many nodes. */
export function canRelayout(nodeCount: number): boolean {
  return nodeCount <= LAYOUT_MAX_NODES;
}

/** The layout in effect: the one the view names, or the shipped positions for a graph too big to re-lay out. */
export function layoutInEffect(named: LayoutName, nodeCount: number): LayoutName {
  return canRelayout(nodeCount) ? named : "shipped";
}
