/**
 * Which nodes and edges a reader sees under the current filters and focus. The canvas, the hidden-elements
 * summary and (later) the list view all derive from this one function, so they never disagree.
 */
import { neighbourhood, type GraphIndex } from "./graphIndex";
import type { NodeType, Relation } from "./vocabulary";

export interface Focus {
  id: string;
  /** How many steps from the focused node stay visible, 1 to 3. */
  depth: number;
}

export interface Filters {
  hiddenTypes: ReadonlySet<NodeType>;
  hiddenRelations: ReadonlySet<Relation>;
  focus: Focus | null;
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Whether anything at all is hidden. */
  partial: boolean;
}

/** Computes the visible node and edge ids. A focused node stays visible even when its type is hidden. */
export function computeVisibility(index: GraphIndex, filters: Filters): Visibility {
  const { hiddenTypes, hiddenRelations, focus } = filters;
  const typeShown = (id: string) => {
    const node = index.nodes.get(id);
    return node !== undefined && !hiddenTypes.has(node.type);
  };
  let nodes: Set<string>;
  if (focus && index.nodes.has(focus.id)) {
    nodes = neighbourhood(
      index,
      focus.id,
      focus.depth,
      (edge, to) => !hiddenRelations.has(edge.relation) && typeShown(to),
    );
  } else {
    nodes = new Set([...index.nodes.keys()].filter(typeShown));
  }
  const edges = new Set<string>();
  for (const edge of index.model.edges) {
    if (!hiddenRelations.has(edge.relation) && nodes.has(edge.source) && nodes.has(edge.target)) edges.add(edge.id);
  }
  const partial = nodes.size < index.nodes.size || edges.size < index.edges.size;
  return { nodes, edges, partial };
}
