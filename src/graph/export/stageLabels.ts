/**
 * An exported image of the whole graph shows the labels the level-of-detail rule gives at the image's size, as
 * the canvas does at its own (controllers/LabelController.tsx): each at the reader's label size in the image,
 * in priority order (recommendations, UN bodies, findings, the rest by importance), only where it overlaps no
 * other label and no node. "All labels" skips this and draws every one, as Cytoscape sizes them.
 */
import type { Core, NodeSingular } from "cytoscape";
import { planLabels, LABEL_PLACES, type LabelCandidate } from "../../model/geometry/labelPlan";
import { labelOrder, degrees } from "../../model/query/importance";
import type { GraphModel } from "../../model/brief/schema";
import { LABEL_HIDDEN_CLASS, LABEL_LAYOUT } from "../../look/labels";
import { breakLines, nodeLabelBoxes, placeLabel, sizeLabels, textMeasurer } from "../labels/nodeLabels";

/** The part of a model the label order reads, rebuilt from the stage's own elements. */
function stageModel(cy: Core): GraphModel {
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id(), label: String(n.data("label") ?? ""), type: n.data("type") })),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
  } as unknown as GraphModel;
}

/**
 * Chooses and places the labels of `cy`'s shown nodes for an image at 1 image pixel per model unit, labels at
 * `px` (edge labels hidden: nothing is selected in a whole-graph image). Returns the box, in model units, the
 * shapes and the drawn labels take.
 */
export function planStageLabels(cy: Core, px: number): { x1: number; y1: number; w: number; h: number } {
  const shown = cy.nodes().filter((n) => n.visible());
  const shapes = shown.boundingBox({ includeLabels: false });
  // Room all round for labels beside the outermost shapes; what the labels do not use is trimmed after.
  const room = LABEL_LAYOUT.maxWidth + LABEL_LAYOUT.gap;
  const origin = { x: shapes.x1 - room, y: shapes.y1 - room };
  const [width, height] = [shapes.w + 2 * room, shapes.h + 2 * room];
  const measure = textMeasurer();
  cy.batch(() => {
    sizeLabels(cy.elements(), px, px, 1);
    breakLines(cy, px, measure);
  });
  const model = stageModel(cy);
  const order = labelOrder(model, degrees(model));
  const byId = new Map(shown.map((n) => [n.id(), n as NodeSingular]));
  const at = (n: NodeSingular) => ({ x: n.position("x") - origin.x, y: n.position("y") - origin.y });
  const candidates: LabelCandidate[] = order.flatMap((id) => {
    const node = byId.get(id);
    return node ? [{ id, boxes: nodeLabelBoxes(node, at(node), node.outerHeight() / 2, px, measure) }] : [];
  });
  const blocked = [...byId.values()].map((node) => {
    const { x, y } = at(node);
    const half = node.outerWidth() / 2;
    return { x1: x - half, y1: y - half, x2: x + half, y2: y + half, owner: node.id() };
  });
  const placed = planLabels(candidates, blocked, width, height);
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      const label = placed.get(ele.id());
      ele.toggleClass(LABEL_HIDDEN_CLASS, !label);
      if (label && ele.isNode()) placeLabel(ele as NodeSingular, LABEL_PLACES[label.choice]!, 1);
    });
  });
  const drawn = cy.elements(":visible").boundingBox();
  return { x1: drawn.x1, y1: drawn.y1, w: drawn.w, h: drawn.h };
}
