/**
 * The layouts a reader can ask for. The shipped one only moves nodes back to the model's positions;
 * the force-directed one loads fcose on first use (forceLayout.ts), so its code is not part of the start-up
 * bundle.
 */
import cytoscape from "cytoscape";
import type { Core, LayoutOptions, NodeSingular } from "cytoscape";
import type { GraphModel, Position } from "../../model/brief/schema";
import { shadowLayout } from "./shadowLayout";
import { LAYOUT_SEED, withSeed } from "./seeded";

let fcoseRegistered = false;

/** Loads fcose on first use, so its code is not part of the start-up bundle. */
async function ensureFcose(): Promise<void> {
  if (fcoseRegistered) return;
  const { default: fcose } = await import("cytoscape-fcose");
  // Registering twice throws; the flag is set only after a successful registration.
  if (!fcoseRegistered) cytoscape.use(fcose);
  fcoseRegistered = true;
}

/** Whether `id` is a name every plain object answers to (`constructor`): Cytoscape's preset cannot place it. */
const inheritedName = (id: string): boolean => id in Object.prototype;
import type { LayoutName } from "../../model/view/viewState";
import type { NodeType } from "../../model/brief/vocabulary";
import { TYPE_ORDER } from "../../look/appearance";

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
      if (model.nodes.some((n) => n.position === undefined)) return layoutOptions("concentric", cy, model, animate);
      return preset(common, new Map(model.nodes.map((n) => [n.id, n.position!])));
    }
    case "force": {
      await ensureFcose();
      // Computed on a copy whose ids are safe for fcose's engine (shadowLayout.ts), seeded so that a shared
      // `layout=force` link draws the same picture after every reload, then moved to as a preset.
      const fcoseOptions = {
        name: "fcose",
        quality: "default",
        randomize: false,
        nodeSeparation: 60,
        idealEdgeLength: () => 90,
        nodeRepulsion: () => 12000,
      } as LayoutOptions;
      return preset(
        common,
        shadowLayout(
          cy,
          () => fcoseOptions,
          (go) => withSeed(LAYOUT_SEED, go),
        ),
      );
    }
    case "concentric": {
      const positions = shadowLayout(
        cy,
        () =>
          ({
            name: "concentric",
            // Recommendations at the centre, then one ring per type outwards.
            concentric: (node: NodeSingular) => TYPE_ORDER.length - typeRank(node),
            levelWidth: () => 1,
            minNodeSpacing: 24,
            avoidOverlap: true,
          }) as LayoutOptions,
      );
      return preset(common, positions);
    }
    case "hierarchy": {
      const positions = shadowLayout(cy, (shadow) => {
        const roots = shadow.nodes().filter((n) => n.data("type") === "recommendation");
        return {
          name: "breadthfirst",
          ...(roots.nonempty() ? { roots } : {}),
          directed: false,
          spacingFactor: 1.1,
          avoidOverlap: true,
        } as LayoutOptions;
      });
      return preset(common, positions);
    }
  }
}

/** A preset layout to `positions` (by node id); nodes without one stay where they are. */
function preset(common: object, positions: ReadonlyMap<string, Position>): LayoutOptions {
  // Cytoscape calls the function with the node itself; its own types say it is the id.
  const at = (node: NodeSingular) => positions.get(node.id()) ?? node.position();
  return { ...common, name: "preset", positions: at } as unknown as LayoutOptions;
}

/**
 * The elements a layout from layoutOptions moves through Cytoscape, and a function that places the rest:
 * Cytoscape's preset keeps positions in a plain object keyed by id, so a node called `constructor` would be
 * placed at Object itself (nowhere). Those are moved here, with the same animation.
 */
export function splitForPreset(cy: Core, options: LayoutOptions) {
  const positions = (options as { positions?: (node: NodeSingular) => Position }).positions;
  const apart = cy.nodes().filter((n) => inheritedName(n.id()));
  return {
    eles: apart.empty() ? cy.elements() : cy.elements().not(apart),
    placeApart: (animate: boolean, duration: number) => {
      if (!positions) return;
      apart.forEach((node) => {
        const position = { ...positions(node) };
        if (animate) node.animate({ position }, { duration });
        else node.position(position);
      });
    },
  };
}
