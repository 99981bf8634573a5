/**
 * Graph walks for keyboard navigation that do not need positions: where to start, and which nodes one step
 * along a visible connection leads to. Positions come in later, in direction.ts.
 */
import { otherEnd, type GraphIndex } from "./graphIndex";
import type { Visibility } from "./visibility";

/** Ids of the nodes one visible connection away from `nodeId`, in model order, without repeats. */
export function visibleNeighbours(index: GraphIndex, nodeId: string, visibility: Visibility): string[] {
  const ids = new Set<string>();
  for (const edge of index.incident.get(nodeId) ?? []) {
    if (!visibility.edges.has(edge.id)) continue;
    const to = otherEnd(edge, nodeId);
    if (to !== nodeId && visibility.nodes.has(to)) ids.add(to);
  }
  return [...ids];
}

/** How many visible connections touch `nodeId`. */
function visibleDegree(index: GraphIndex, nodeId: string, visibility: Visibility): number {
  return (index.incident.get(nodeId) ?? []).filter((e) => visibility.edges.has(e.id)).length;
}

/**
 * Where the keyboard starts when nothing is selected: the visible node with the most visible connections,
 * the first in model order on a tie (curators list the central ideas first); null when nothing is visible.
 */
export function startNode(index: GraphIndex, visibility: Visibility): string | null {
  let best: string | null = null;
  let bestDegree = -1;
  for (const node of index.model.nodes) {
    if (!visibility.nodes.has(node.id)) continue;
    const degree = visibleDegree(index, node.id, visibility);
    if (degree > bestDegree) [best, bestDegree] = [node.id, degree];
  }
  return best;
}
