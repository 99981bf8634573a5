/**
 * Model → Cytoscape elements. Only data and positions go in; styling is decided by the stylesheet from the
 * vocabulary, so strings from a model file never reach Cytoscape's style parser.
 */
import type { ElementDefinition } from "cytoscape";
import type { GraphModel } from "../model/brief/schema";
import { LOGISTICS_TYPES, RELATION_INFO } from "../model/brief/vocabulary";
import { RELATION_FAMILY } from "../look/appearance";
import { importance, nodeSizes } from "../model/query/importance";
import { isBigModel } from "../model/query/graphSize";
import { shapeSize } from "../model/geometry/labelBoxes";

/**
 * Every node and edge of a validated model as Cytoscape element definitions. None is selectable in
 * Cytoscape's own sense: the app keeps its selection in the store and marks it with a class, and on each
 * tap on a selectable element Cytoscape scans every element for its own selected ones, twice with the pointer's
 * release: a sixth of a click's time at 20,000 nodes (docs/performance.md).
 */
export function toElements(model: GraphModel): ElementDefinition[] {
  // Size says importance: connections, or the curators' weight (model/query/importance.ts). A big graph keeps
  // the sizes its grid placement spaced it for (model/layout/gridLayout.ts): a hub grown over its neighbours
  // would hide the lines between them.
  const sizes = isBigModel(model) ? null : nodeSizes(importance(model));
  const sizeOf = (n: GraphModel["nodes"][number]) => sizes?.get(n.id) ?? shapeSize(n.type);
  const nodes: ElementDefinition[] = model.nodes.map((n) => ({
    group: "nodes",
    data: {
      id: n.id,
      label: n.label,
      type: n.type,
      size: sizeOf(n),
      ...(LOGISTICS_TYPES.has(n.type) ? { logistics: true } : {}),
    },
    selectable: false,
    ...(n.position ? { position: { x: n.position.x, y: n.position.y } } : {}),
  }));
  // The meeting's logistics (who organised, spoke, documented): their lines are drawn faint until emphasised.
  const logistics = new Set(model.nodes.filter((n) => LOGISTICS_TYPES.has(n.type)).map((n) => n.id));
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
      ...(logistics.has(e.source) || logistics.has(e.target) ? { logistics: true } : {}),
    },
  }));
  return [...nodes, ...edges];
}

/** Whether every node of the model has a shipped position, so no layout is needed at start-up. */
export function hasShippedPositions(model: GraphModel): boolean {
  return model.nodes.every((n) => n.position !== undefined);
}
