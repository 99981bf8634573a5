/**
 * "How is A connected to B?": the shortest chains of edges between two nodes, as an analyst asks it. Up to
 * three simple paths (no node twice), shortest first: the shortest, then alternatives at most one step longer
 * (Yen's algorithm over breadth-first search). A longer detour says less about how two things are connected
 * than about how dense the graph is. Paths through `detour` nodes (a meeting's logistics: the conversation
 * "recommends" everything, so everything is two steps apart through it) are offered only after the others.
 */
import type { GraphEdge } from "../brief/schema";
import type { GraphIndex } from "./graphIndex";

/** One edge of a path, and whether the path walks it from its source to its target. */
export interface PathStep {
  edge: GraphEdge;
  forward: boolean;
}

export interface Path {
  /** The nodes in order, from the first to the last. */
  nodes: string[];
  steps: PathStep[];
}

export interface PathOptions {
  /** Walk edges only from source to target (symmetric relations both ways). */
  directed: boolean;
  /** Whether an edge may be walked, for the filters in effect; every edge when absent. */
  canUse?: (edge: GraphEdge) => boolean;
  isSymmetric: (edge: GraphEdge) => boolean;
  /** How many paths at most. */
  limit?: number;
  /** How many steps longer than the shortest an alternative may be. */
  slack?: number;
  /** Nodes a path passes through only when paths avoiding them are too few. */
  detour?: (nodeId: string) => boolean;
}

/** The steps leaving `nodeId` that the options allow. */
function stepsFrom(index: GraphIndex, nodeId: string, options: PathOptions): Array<PathStep & { to: string }> {
  const out: Array<PathStep & { to: string }> = [];
  for (const edge of index.incident.get(nodeId) ?? []) {
    if (options.canUse && !options.canUse(edge)) continue;
    // A self-loop leads nowhere new.
    if (edge.source === edge.target) continue;
    const forward = edge.source === nodeId;
    if (!forward && options.directed && !options.isSymmetric(edge)) continue;
    out.push({ edge, forward, to: forward ? edge.target : edge.source });
  }
  return out;
}

/** Breadth-first shortest path from `from` to `to`, avoiding the given nodes and edges; null when none. */
function shortest(
  index: GraphIndex,
  from: string,
  to: string,
  options: PathOptions,
  avoidNodes: ReadonlySet<string>,
  avoidEdges: ReadonlySet<string>,
): Path | null {
  const cameBy = new Map<string, { step: PathStep; prev: string } | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !cameBy.has(to)) {
    const next: string[] = [];
    for (const nodeId of frontier)
      for (const { edge, forward, to: other } of stepsFrom(index, nodeId, options)) {
        if (cameBy.has(other) || avoidNodes.has(other) || avoidEdges.has(edge.id)) continue;
        cameBy.set(other, { step: { edge, forward }, prev: nodeId });
        next.push(other);
      }
    frontier = next;
  }
  if (!cameBy.has(to)) return null;
  const nodes = [to];
  const steps: PathStep[] = [];
  for (let at = cameBy.get(to); at; at = cameBy.get(at.prev)) {
    steps.unshift(at.step);
    nodes.unshift(at.prev);
  }
  return { nodes, steps };
}

/**
 * A path's identity: its nodes. Two paths through the same nodes by parallel edges (A supports B, A addresses
 * B) tell the same connection twice; the first found is kept.
 */
const pathKey = (path: Path) => path.nodes.join(" ");

/**
 * Up to `limit` (3) simple paths from `from` to `to`: those avoiding detour nodes first, shortest first, then
 * those through them; none when the two are not connected.
 */
export function findPaths(index: GraphIndex, from: string, to: string, options: PathOptions): Path[] {
  const limit = options.limit ?? 3;
  if (from === to || !index.nodes.has(from) || !index.nodes.has(to)) return [];
  const { detour } = options;
  if (!detour) return yen(index, from, to, options, new Set(), limit);
  const inside = new Set([...index.nodes.keys()].filter((id) => id !== from && id !== to && detour(id)));
  const direct = yen(index, from, to, options, inside, limit);
  if (direct.length === limit) return direct;
  const kept = new Set(direct.map(pathKey));
  const through = yen(index, from, to, options, new Set(), limit + direct.length).filter((p) => !kept.has(pathKey(p)));
  return [...direct, ...through].slice(0, limit);
}

/** Yen's algorithm: up to `limit` simple paths avoiding `barred` nodes, shortest first. */
function yen(
  index: GraphIndex,
  from: string,
  to: string,
  options: PathOptions,
  barred: ReadonlySet<string>,
  limit: number,
): Path[] {
  const slack = options.slack ?? 1;
  const first = shortest(index, from, to, options, barred, new Set());
  if (!first) return [];
  const longest = first.steps.length + slack;
  const found = [first];
  const candidates = new Map<string, Path>();
  // Yen's algorithm: each next path leaves an earlier one at some node (the spur) and rejoins it later.
  while (found.length < limit) {
    const last = found.at(-1)!;
    for (let spur = 0; spur < last.steps.length; spur++) {
      const root = last.nodes.slice(0, spur + 1);
      const avoidEdges = new Set<string>();
      for (const path of found)
        if (path.nodes.slice(0, spur + 1).join(" ") === root.join(" ")) avoidEdges.add(path.steps[spur]!.edge.id);
      const avoidNodes = new Set([...barred, ...root.slice(0, -1)]);
      const tail = shortest(index, root.at(-1)!, to, options, avoidNodes, avoidEdges);
      if (!tail) continue;
      const path = { nodes: [...root, ...tail.nodes.slice(1)], steps: [...last.steps.slice(0, spur), ...tail.steps] };
      if (path.steps.length <= longest) candidates.set(pathKey(path), path);
    }
    for (const path of found) candidates.delete(pathKey(path));
    if (candidates.size === 0) break;
    // The shortest candidate next; among equals, the one found first, so results never depend on Map order.
    const [key, best] = [...candidates].reduce((a, b) => (b[1].steps.length < a[1].steps.length ? b : a));
    candidates.delete(key);
    found.push(best);
  }
  return found;
}
