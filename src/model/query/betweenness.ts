/**
 * Betweenness, the other measure node size can follow (importance.ts): loaded only when a reader picks it, so
 * the start-up bundle does without it.
 */
import type { GraphModel } from "../brief/schema";

// Worked out once per model: sizing by it and the figures both ask.
const computed = new WeakMap<GraphModel, ReadonlyMap<string, number>>();

/**
 * Each node's betweenness centrality, ignoring direction (Brandes' algorithm, O(nodes × edges)): the share of
 * shortest paths between pairs of other nodes that pass through it, from 0 to 1. Over typed arrays indexed by
 * node: with a map per node and per pass, 600 nodes took 0.3 s here, long enough to hold up a click.
 */
export function betweenness(model: GraphModel): ReadonlyMap<string, number> {
  let known = computed.get(model);
  if (!known) computed.set(model, (known = compute(model)));
  return known;
}

function compute(model: GraphModel): ReadonlyMap<string, number> {
  const n = model.nodes.length;
  const at = new Map(model.nodes.map((node, i) => [node.id, i]));
  // Neighbours as one flat list (compressed rows): first[i] .. first[i + 1] are node i's.
  const degree = new Int32Array(n + 1);
  const ends: Array<[number, number]> = [];
  for (const edge of model.edges) {
    const [a, b] = [at.get(edge.source), at.get(edge.target)];
    if (a === undefined || b === undefined || a === b) continue;
    ends.push([a, b]);
    degree[a]! += 1;
    degree[b]! += 1;
  }
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) first[i + 1] = first[i]! + degree[i]!;
  const neighbours = new Int32Array(first[n]!);
  const filled = first.slice(0, n);
  for (const [a, b] of ends) {
    neighbours[filled[a]!++] = b;
    neighbours[filled[b]!++] = a;
  }
  const score = new Float64Array(n);
  const paths = new Float64Array(n);
  const distance = new Int32Array(n);
  const dependency = new Float64Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    paths.fill(0);
    distance.fill(-1);
    dependency.fill(0);
    paths[s] = 1;
    distance[s] = 0;
    // Breadth-first: `order` is both the queue and, read backwards, the stack.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      for (let k = first[v]!; k < first[v + 1]!; k++) {
        const w = neighbours[k]!;
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) paths[w]! += paths[v]!;
      }
    }
    // Predecessors are the neighbours one step nearer: found again here instead of kept in lists.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      for (let k = first[w]!; k < first[w + 1]!; k++) {
        const v = neighbours[k]!;
        if (distance[v] === distance[w]! - 1) dependency[v]! += (paths[v]! / paths[w]!) * (1 + dependency[w]!);
      }
      score[w]! += dependency[w]!;
    }
  }
  // Each pair was counted from both ends; normalised by the pairs that exclude the node.
  const pairs = ((n - 1) * (n - 2)) / 2;
  return new Map(model.nodes.map((node, i) => [node.id, pairs > 0 ? score[i]! / 2 / pairs : 0]));
}
