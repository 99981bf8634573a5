/**
 * Betweenness, the other measure node size can follow (importance.ts): loaded only when a reader picks it, so
 * the start-up bundle does without it.
 */
import type { GraphModel } from "../brief/schema";

/**
 * Each node's betweenness centrality, ignoring direction (Brandes' algorithm, O(nodes × edges)): the share of
 * shortest paths between pairs of other nodes that pass through it, from 0 to 1.
 */
export function betweenness(model: GraphModel): Map<string, number> {
  const ids = model.nodes.map((n) => n.id);
  const neighbours = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const edge of model.edges) {
    if (edge.source === edge.target) continue;
    neighbours.get(edge.source)?.push(edge.target);
    neighbours.get(edge.target)?.push(edge.source);
  }
  const score = new Map(ids.map((id) => [id, 0]));
  for (const s of ids) {
    const stack: string[] = [];
    const predecessors = new Map<string, string[]>(ids.map((id) => [id, []]));
    const paths = new Map(ids.map((id) => [id, 0]));
    const distance = new Map(ids.map((id) => [id, -1]));
    paths.set(s, 1);
    distance.set(s, 0);
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of neighbours.get(v)!) {
        if (distance.get(w)! < 0) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
        if (distance.get(w) === distance.get(v)! + 1) {
          paths.set(w, paths.get(w)! + paths.get(v)!);
          predecessors.get(w)!.push(v);
        }
      }
    }
    const dependency = new Map(ids.map((id) => [id, 0]));
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of predecessors.get(w)!)
        dependency.set(v, dependency.get(v)! + (paths.get(v)! / paths.get(w)!) * (1 + dependency.get(w)!));
      if (w !== s) score.set(w, score.get(w)! + dependency.get(w)!);
    }
  }
  // Each pair was counted from both ends; normalised by the pairs that exclude the node.
  const pairs = ((ids.length - 1) * (ids.length - 2)) / 2;
  return new Map([...score].map(([id, value]) => [id, pairs > 0 ? value / 2 / pairs : 0]));
}
