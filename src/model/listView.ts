/**
 * The graph as text: visible nodes grouped by type, each with its visible connections. The accessible list
 * view renders exactly this, so it shows what the picture shows and says what the filters hide.
 */
import { connectionGroups, type GraphIndex } from "./graphIndex";
import type { GraphEdge, GraphNode } from "./schema";
import { SYMMETRIC_RELATIONS, type NodeType } from "./vocabulary";
import type { Visibility } from "./visibility";

export interface ListConnection {
  edge: GraphEdge;
  /** The node at the other end. */
  other: GraphNode;
  /** "out" when the listed node is the source (or the relation reads the same both ways). */
  direction: "out" | "in";
}

export interface ListEntry {
  node: GraphNode;
  connections: ListConnection[];
  /** Connections of this node the filters hide. */
  hiddenConnections: number;
}

export interface ListSection {
  type: NodeType;
  entries: ListEntry[];
}

export interface GraphList {
  sections: ListSection[];
  shownNodes: number;
  totalNodes: number;
  shownEdges: number;
  totalEdges: number;
}

const byLabel = (a: ListEntry, b: ListEntry) => a.node.label.localeCompare(b.node.label, "en", { sensitivity: "base" });

/** The visible graph as sections in `typeOrder`, nodes alphabetical, connections in vocabulary order. */
export function graphAsList(index: GraphIndex, visibility: Visibility, typeOrder: readonly NodeType[]): GraphList {
  const byType = new Map<NodeType, ListEntry[]>();
  for (const node of index.model.nodes) {
    if (!visibility.nodes.has(node.id)) continue;
    const all = connectionGroups(index, node.id, (r) => SYMMETRIC_RELATIONS.has(r)).flatMap((group) =>
      group.connections.map(({ edge, node: other }) => ({ edge, other, direction: group.direction })),
    );
    const connections = all.filter((c) => visibility.edges.has(c.edge.id));
    const entry = { node, connections, hiddenConnections: all.length - connections.length };
    byType.set(node.type, [...(byType.get(node.type) ?? []), entry]);
  }
  const sections = typeOrder
    .filter((type) => byType.has(type))
    .map((type) => ({ type, entries: byType.get(type)!.toSorted(byLabel) }));
  return {
    sections,
    shownNodes: visibility.nodes.size,
    totalNodes: index.nodes.size,
    shownEdges: visibility.edges.size,
    totalEdges: index.edges.size,
  };
}
