/**
 * The graph as text: visible nodes grouped by type, each with its visible connections. The accessible list
 * view renders exactly this, so it shows what the picture shows and says what the filters hide.
 */
import { connectionGroups, type GraphIndex } from "./graphIndex";
import type { GraphEdge, GraphNode } from "../brief/schema";
import { SYMMETRIC_RELATIONS, type NodeType } from "../brief/vocabulary";
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
  /** Alphabetical. */
  nodes: GraphNode[];
}

export interface GraphList {
  sections: ListSection[];
  shownNodes: number;
  totalNodes: number;
  shownEdges: number;
  totalEdges: number;
}

// One collator for every comparison: localeCompare with options sets one up per call (sorting 20,000 labels
// took ~200 ms that way in Node here, ~4 ms with one collator).
const labels = new Intl.Collator("en", { sensitivity: "base" });
const byLabel = (a: GraphNode, b: GraphNode) => labels.compare(a.label, b.label);

/**
 * The visible graph as sections in `typeOrder`, nodes alphabetical. Each node's connections are listed by
 * `listEntry`, for the nodes shown only: a 20,000-node model's list shows a page of each kind.
 */
export function graphAsList(index: GraphIndex, visibility: Visibility, typeOrder: readonly NodeType[]): GraphList {
  const byType = new Map<NodeType, GraphNode[]>();
  for (const node of index.model.nodes) {
    if (!visibility.nodes.has(node.id)) continue;
    const nodes = byType.get(node.type);
    if (nodes) nodes.push(node);
    else byType.set(node.type, [node]);
  }
  const sections = typeOrder
    .filter((type) => byType.has(type))
    .map((type) => ({ type, nodes: byType.get(type)!.toSorted(byLabel) }));
  return {
    sections,
    shownNodes: visibility.nodes.size,
    totalNodes: index.nodes.size,
    shownEdges: visibility.edges.size,
    totalEdges: index.edges.size,
  };
}

/** `node` with its visible connections, in vocabulary order, and the count of those the filters hide. */
export function listEntry(index: GraphIndex, visibility: Visibility, node: GraphNode): ListEntry {
  const all = connectionGroups(index, node.id, (r) => SYMMETRIC_RELATIONS.has(r)).flatMap((group) =>
    group.connections.map(({ edge, node: other }) => ({ edge, other, direction: group.direction })),
  );
  const connections = all.filter((c) => visibility.edges.has(c.edge.id));
  return { node, connections, hiddenConnections: all.length - connections.length };
}

/** Nodes a section of the list adds with each "Show more", and shows at first when it has too many to show. */
export const LIST_PAGE = 25;
/** A section of up to this many nodes shows them all: the brief's largest kind has 35. */
const LIST_WHOLE = 50;

export interface ListedNodes {
  /** How many of the section's first nodes to show. */
  shown: number;
  /** The selected node when it comes after those: listed on its own, below them. */
  beyond: GraphNode | null;
}

/**
 * What to list of `section`: all of a short section; of a long one, `asked` nodes (how far the reader paged)
 * or a first page, and the selected node on its own when it is further down, so that a selection made on the
 * canvas or by search is always in the list (listing everything down to it rendered up to 2,000 nodes).
 */
export function listedNodes(section: ListSection, asked: number | undefined, selectedNode: string | null): ListedNodes {
  const total = section.nodes.length;
  const shown = total <= LIST_WHOLE ? total : Math.min(total, asked ?? LIST_PAGE);
  const at = selectedNode === null ? -1 : section.nodes.findIndex((node) => node.id === selectedNode);
  return { shown, beyond: at >= shown ? section.nodes[at]! : null };
}
