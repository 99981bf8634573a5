/**
 * A fast, deterministic placement for graphs too big for a force-directed layout to finish quickly: nodes are
 * taken in breadth-first order from the best-connected ones and laid on a square spiral of cells, so
 * neighbours land near each other. O(nodes + edges), and it reports progress as it goes.
 */
import { NODE_METRICS } from "../geometry/labelBoxes";
import type { GraphModel, Position } from "../brief/schema";

/** Cell size: wide enough for a wrapped label, tall enough for shape plus two label lines. */
const CELL = { width: NODE_METRICS.labelMaxWidth + 30, height: 90 };

/** Breadth-first order over the whole graph, starting each component at its best-connected node. */
export function breadthFirstOrder(model: GraphModel): string[] {
  const neighbours = new Map<string, string[]>(model.nodes.map((n) => [n.id, []]));
  for (const e of model.edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  const byDegree = model.nodes
    .map((n) => n.id)
    .toSorted((a, b) => (neighbours.get(b)?.length ?? 0) - (neighbours.get(a)?.length ?? 0));
  const seen = new Set<string>();
  const order: string[] = [];
  for (const start of byDegree) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]!;
      order.push(id);
      for (const next of neighbours.get(id) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
  }
  return order;
}

/** The i-th cell of a square spiral around the origin: 0 is the centre, then ring by ring. */
export function spiralCell(i: number): { col: number; row: number } {
  if (i === 0) return { col: 0, row: 0 };
  const ring = Math.ceil((Math.sqrt(i + 1) - 1) / 2);
  const side = ring * 2;
  const first = (side - 1) ** 2;
  const offset = i - first;
  const edge = Math.floor(offset / side);
  const along = (offset % side) + 1;
  switch (edge) {
    case 0:
      return { col: ring, row: -ring + along };
    case 1:
      return { col: ring - along, row: ring };
    case 2:
      return { col: -ring, row: ring - along };
    default:
      return { col: -ring + along, row: -ring };
  }
}

/** Positions for every node, reporting progress every `every` nodes. */
export function gridLayout(
  model: GraphModel,
  report: (done: number, total: number) => void = () => {},
  every = 2000,
): Map<string, Position> {
  const order = breadthFirstOrder(model);
  const positions = new Map<string, Position>();
  order.forEach((id, i) => {
    const { col, row } = spiralCell(i);
    positions.set(id, { x: col * CELL.width, y: row * CELL.height });
    if ((i + 1) % every === 0) report(i + 1, order.length);
  });
  report(order.length, order.length);
  return positions;
}
