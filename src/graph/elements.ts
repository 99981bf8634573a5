/**
 * Model → Cytoscape elements. Only data and positions go in; styling is decided by the stylesheet from the
 * vocabulary, so strings from a model file never reach Cytoscape's style parser.
 */
import type { ElementDefinition } from "cytoscape";
import type { GraphModel } from "../model/brief/schema";
import { RELATION_INFO } from "../model/brief/vocabulary";
import { RELATION_FAMILY } from "../look/appearance";

/**
 * Every node and edge of a validated model as Cytoscape element definitions. None is selectable in
 * Cytoscape's own sense: the app keeps its selection in the store and marks it with a class, and on each
 * tap on a selectable element Cytoscape scans every element for its own selected ones, twice with the pointer's
 * release: a sixth of a click's time at 20,000 nodes (docs/performance.md).
 */
export function toElements(model: GraphModel): ElementDefinition[] {
  const nodes: ElementDefinition[] = model.nodes.map((n) => ({
    group: "nodes",
    data: { id: n.id, label: n.label, type: n.type },
    selectable: false,
    ...(n.position ? { position: { x: n.position.x, y: n.position.y } } : {}),
  }));
  const edges: ElementDefinition[] = model.edges.map((e) => ({
    group: "edges",
    selectable: false,
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      relation: e.relation,
      // The stylesheet draws lines by family (five rules, not one per relation): see familyRules there.
      family: RELATION_FAMILY[e.relation],
      label: RELATION_INFO[e.relation].label,
    },
  }));
  return [...nodes, ...edges];
}

/** Whether every node of the model has a shipped position, so no layout is needed at start-up. */
export function hasShippedPositions(model: GraphModel): boolean {
  return model.nodes.every((n) => n.position !== undefined);
}
