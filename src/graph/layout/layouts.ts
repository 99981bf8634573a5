/**
 * The layouts a reader can ask for. The shipped one only moves nodes back to the model's positions;
 * the force-directed one loads fcose on first use, so its code is not part of the start-up bundle.
 */
import cytoscape from "cytoscape";
import type { Core, LayoutOptions, NodeSingular } from "cytoscape";
import type { GraphModel } from "../../model/brief/schema";
import type { LayoutName } from "../../model/view/viewState";
import type { NodeType } from "../../model/brief/vocabulary";
import { TYPE_ORDER } from "../../look/appearance";

let fcoseRegistered = false;

async function ensureFcose(): Promise<void> {
  if (fcoseRegistered) return;
  const { default: fcose } = await import("cytoscape-fcose");
  // Registering twice throws; the flag is set only after a successful registration.
  if (!fcoseRegistered) cytoscape.use(fcose);
  fcoseRegistered = true;
}

const typeRank = (node: NodeSingular) => TYPE_ORDER.indexOf(node.data("type") as NodeType);

/**
 * Moves back to the model's position every node that is elsewhere (dragged), and no other; returns how many
 * moved. Re-placing all of a big graph's nodes, as the preset layout does, re-measures every element: a
 * ~370 ms task and a ~870 ms frame at 20,000 nodes, for a reset that usually moves none. Nodes without a
 * position in the model stay where they are.
 */
export function restoreShippedPositions(cy: Core, model: GraphModel): number {
  const moves: [NodeSingular, { x: number; y: number }][] = [];
  for (const node of model.nodes) {
    const element = cy.getElementById(node.id);
    const now = element.nonempty() ? element.position() : undefined;
    if (node.position && now && (now.x !== node.position.x || now.y !== node.position.y))
      moves.push([element as NodeSingular, node.position]);
  }
  cy.batch(() => moves.forEach(([element, position]) => element.position({ ...position })));
  return moves.length;
}

/** Cytoscape options for a layout; positions come from the model for "shipped", or a ring layout if absent. */
export async function layoutOptions(
  name: LayoutName,
  cy: Core,
  model: GraphModel,
  animate: boolean,
): Promise<LayoutOptions> {
  const common = { animate, animationDuration: 600, fit: true, padding: 30 };
  switch (name) {
    case "shipped": {
      const positions = new Map(model.nodes.map((n) => [n.id, n.position]));
      if ([...positions.values()].some((p) => p === undefined)) return layoutOptions("concentric", cy, model, animate);
      // Cytoscape calls the function with the node itself; its own types say it is the id.
      const at = (node: NodeSingular) => positions.get(node.id()) ?? node.position();
      return { ...common, name: "preset", positions: at } as unknown as LayoutOptions;
    }
    case "force":
      await ensureFcose();
      return {
        ...common,
        name: "fcose",
        quality: "default",
        randomize: false,
        nodeDimensionsIncludeLabels: true,
        nodeSeparation: 60,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 12000,
      } as LayoutOptions;
    case "concentric":
      return {
        ...common,
        name: "concentric",
        // Recommendations at the centre, then one ring per type outwards.
        concentric: (node: NodeSingular) => TYPE_ORDER.length - typeRank(node),
        levelWidth: () => 1,
        minNodeSpacing: 24,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    case "hierarchy": {
      const roots = cy.nodes().filter((n) => n.data("type") === "recommendation");
      return {
        ...common,
        name: "breadthfirst",
        ...(roots.nonempty() ? { roots } : {}),
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        nodeDimensionsIncludeLabels: true,
      } as LayoutOptions;
    }
  }
}
