/**
 * Force-directed positions for a model, computed in headless Cytoscape with fcose: used by `npm run layout`
 * to ship positions with the embedded graph, and usable off the main thread. Deterministic: fcose draws its
 * initial placement from Math.random, so a seeded generator stands in for it during the run.
 */
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { nodeBox } from "../../model/geometry/labelBoxes";
import { separate, type Placed } from "../../model/layout/separate";
import type { GraphModel, Position } from "../../model/brief/schema";
import { LAYOUT_SEED, withSeed } from "./seeded";
import { ownIds } from "./shadowLayout";

cytoscape.use(fcose);

/** Positions are stored to a tenth of a pixel: finer is noise in the model file's diffs. */
const round = (v: number) => Math.round(v * 10) / 10;

/** Computes a readable position for every node: fcose, then overlap removal on shape-plus-label boxes. */
export function computeForceLayout(model: GraphModel, seed = LAYOUT_SEED): Map<string, Position> {
  // fcose's engine (cose-base) keeps nodes in plain objects keyed by id, where a node called `constructor`
  // finds Object's own property and the layout throws: it sees ids of our own making, `n0`, `n1`, ….
  const { inner, outer } = ownIds(model.nodes.map((n) => n.id));
  const boxes = new Map(model.nodes.map((n) => [inner.get(n.id)!, nodeBox(n.label, n.type, 0, 0)]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...model.nodes.map((n) => ({ data: { id: inner.get(n.id)! } })),
      ...model.edges.map((e, i) => ({
        data: { id: `e${i}`, source: inner.get(e.source)!, target: inner.get(e.target)! },
      })),
    ],
  });
  // fcose sizes nodes from the style: give each its label box so the forces keep labels apart.
  cy.nodes().forEach((node) => {
    const box = boxes.get(node.id())!;
    node.style({ width: box.x2 - box.x1, height: box.y2 - box.y1, shape: "rectangle" });
  });
  withSeed(seed, () =>
    cy
      .layout({
        name: "fcose",
        quality: "proof",
        randomize: true,
        animate: false,
        fit: false,
        nodeSeparation: 60,
        nodeRepulsion: () => 12000,
        idealEdgeLength: () => 90,
        edgeElasticity: () => 0.45,
        gravity: 0.3,
        numIter: 4000,
        packComponents: false,
      } as cytoscape.LayoutOptions)
      .run(),
  );
  const placed = new Map<string, Placed>();
  cy.nodes().forEach((node) => {
    const p = node.position();
    // fcose positions the box centre; our boxes are centred on the shape, which sits at the top of the box.
    const box = boxes.get(node.id())!;
    placed.set(outer.get(node.id())!, { x: p.x, y: p.y - (box.y1 + box.y2) / 2, box });
  });
  cy.destroy();
  separate([...placed.values()]);
  return new Map([...placed].map(([id, p]) => [id, { x: round(p.x), y: round(p.y) }]));
}
