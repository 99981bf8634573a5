/**
 * Lookups and walks over a model's nodes and edges: by id, edges around a node, neighbourhoods and the
 * connections a details panel lists. Built once per graph; everything here is O(size of the answer).
 */
import type { GraphEdge, GraphModel, GraphNode } from "../brief/schema";
import { RELATIONS, type Relation } from "../brief/vocabulary";

export interface GraphIndex {
  model: GraphModel;
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  /** Every edge touching a node, outgoing and incoming, in model order. */
  incident: ReadonlyMap<string, readonly GraphEdge[]>;
}

/** Indexes a model by id and by incident edges. */
export function buildGraphIndex(model: GraphModel): GraphIndex {
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const edges = new Map(model.edges.map((e) => [e.id, e]));
  const incident = new Map<string, GraphEdge[]>(model.nodes.map((n) => [n.id, []]));
  for (const edge of model.edges) {
    incident.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) incident.get(edge.target)?.push(edge);
  }
  return { model, nodes, edges, incident };
}

/** The end of `edge` that is not `nodeId`. */
export function otherEnd(edge: GraphEdge, nodeId: string): string {
  return edge.source === nodeId ? edge.target : edge.source;
}

/**
 * Node ids within `depth` steps of `startId`, ignoring direction, walking only the edges `canWalk` allows.
 * The start node is always included.
 */
export function neighbourhood(
  index: GraphIndex,
  startId: string,
  depth: number,
  canWalk: (edge: GraphEdge, to: string) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>([startId]);
  let frontier = [startId];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const edge of index.incident.get(id) ?? []) {
        const to = otherEnd(edge, id);
        if (seen.has(to) || !canWalk(edge, to)) continue;
        seen.add(to);
        next.push(to);
      }
    }
    frontier = next;
  }
  return seen;
}

export interface Connection {
  edge: GraphEdge;
  /** The node at the other end. */
  node: GraphNode;
}

export interface ConnectionGroup {
  relation: Relation;
  /** "out" when the node is the edge's source; symmetric relations always count as "out". */
  direction: "out" | "in";
  connections: Connection[];
}

/** A node's connections grouped by relation and direction, in vocabulary order, outgoing first. */
export function connectionGroups(
  index: GraphIndex,
  nodeId: string,
  isSymmetric: (r: Relation) => boolean,
): ConnectionGroup[] {
  const groups = new Map<string, ConnectionGroup>();
  for (const edge of index.incident.get(nodeId) ?? []) {
    const direction = edge.source === nodeId || isSymmetric(edge.relation) ? "out" : "in";
    const node = index.nodes.get(otherEnd(edge, nodeId));
    if (!node) continue;
    const key = `${edge.relation}/${direction}`;
    const group = groups.get(key) ?? { relation: edge.relation, direction, connections: [] };
    group.connections.push({ edge, node });
    groups.set(key, group);
  }
  const rank = (g: ConnectionGroup) => RELATIONS.indexOf(g.relation) * 2 + (g.direction === "out" ? 0 : 1);
  return [...groups.values()].toSorted((a, b) => rank(a) - rank(b));
}

/** A connection read as a sentence from the node's side: "Peacebuilding Commission coordinates with Peacebuilding Fund". */
export function relationSentence(self: string, relation: string, other: string, direction: "in" | "out"): string {
  return direction === "out" ? `${self} ${relation} ${other}` : `${other} ${relation} ${self}`;
}
