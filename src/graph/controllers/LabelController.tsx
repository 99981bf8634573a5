/**
 * Labels at reading size at every zoom (level of detail). Each node label is drawn at the reader's label size
 * on screen, whatever the zoom, or not at all: which ones is decided by priority and free space
 * (model/geometry/labelPlan.ts): the selection, its neighbours, the edges between them, the hovered node, then
 * recommendations, UN bodies and the rest by importance. No two labels overlap, none covers another node or a
 * control floating over the canvas, and more appear as the reader zooms in.
 *
 * Cytoscape draws the labels (so exports and hit boxes stay its own); this sets their size for the zoom and
 * hides those that do not fit with a class. Big graphs follow the same rule in labels/bigGraphLabels.ts, which
 * restyles only the labels it shows and plans when the view rests: planning and restyling thousands of labels
 * on every frame would cost more than it shows.
 */
import { useEffect } from "react";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { GraphModel } from "../../model/brief/schema";
import type { ScreenBox } from "../../model/geometry/keepInView";
import { LABEL_PLACES, planLabels, type LabelCandidate, type LabelPlace } from "../../model/geometry/labelPlan";
import { importance, labelOrder } from "../../model/query/importance";
import { LABEL_HIDDEN_CLASS, LABEL_PX, edgeLabelPx } from "../../look/labels";
import {
  breakLines,
  edgeLabelBox,
  nodeLabelBoxes,
  placeLabel,
  sizeLabels,
  textMeasurer,
  type Measure,
} from "../labels/nodeLabels";
import { useLabelSize } from "../../state/hooks";
import { canvasOverlays } from "../camera/canvasOverlays";
import { HIDDEN_CLASS } from "../camera/shownElements";
import { useCy } from "../CyContext";

const shown = (ele: { hasClass(c: string): boolean }) => !ele.hasClass(HIDDEN_CLASS);

/** Which labels to draw now, highest priority first, for the plan. */
function candidates(cy: Core, order: readonly string[], px: number, edgePx: number, measure: Measure) {
  const nodes = new Map<string, NodeSingular>();
  cy.nodes().forEach((node) => {
    if (shown(node)) nodes.set(node.id(), node);
  });
  const list: LabelCandidate[] = [];
  const taken = new Set<string>();
  const addNode = (node: NodeSingular | undefined) => {
    if (!node || taken.has(node.id())) return;
    taken.add(node.id());
    list.push({
      id: node.id(),
      boxes: nodeLabelBoxes(node, node.renderedPosition(), node.renderedOuterHeight() / 2, px, measure),
      yields: node.hasClass("dimmed"),
    });
  };
  const addEdge = (edge: EdgeSingular) => {
    if (taken.has(edge.id()) || !shown(edge)) return;
    taken.add(edge.id());
    list.push({ id: edge.id(), boxes: [edgeLabelBox(edge, edgePx, measure)] });
  };
  const withClass = (className: string) => cy.elements(`.${className}`).filter(shown);
  const selected = withClass("selected");
  selected.nodes().forEach((n) => addNode(nodes.get(n.id())));
  selected.edges().forEach((e) => {
    addNode(nodes.get(e.source().id()));
    addNode(nodes.get(e.target().id()));
    addEdge(e);
  });
  const emphasised = withClass("emph");
  emphasised.nodes().forEach((n) => addNode(nodes.get(n.id())));
  emphasised.edges().forEach(addEdge);
  const hovered = withClass("hover");
  hovered.nodes().forEach((n) => addNode(nodes.get(n.id())));
  hovered.edges().forEach(addEdge);
  for (const id of order) addNode(nodes.get(id));
  return { list, nodes: [...nodes.values()] };
}

/** Renders nothing; keeps the labels at reading size and chooses which are drawn. */
export function LabelController({ model, big }: { model: GraphModel; big: boolean }) {
  const cy = useCy();
  const labelSize = useLabelSize();
  useEffect(() => {
    const px = LABEL_PX[labelSize];
    const order = labelOrder(model, importance(model));
    if (big) {
      // Loaded with the first big graph: the start-up bundle carries only what the brief needs.
      let stop: (() => void) | undefined;
      let cancelled = false;
      void import("../labels/bigGraphLabels").then(({ startBigGraphLabels }) => {
        if (!cancelled && !cy.destroyed()) stop = startBigGraphLabels(cy, order, px, textMeasurer());
      });
      return () => {
        cancelled = true;
        stop?.();
      };
    }
    const edgePx = edgeLabelPx(labelSize);
    const measure = textMeasurer();
    let zoom = NaN;
    // Where each node's label is placed now, so only a change restyles it.
    const places = new Map<string, LabelPlace>();
    // The edges whose labels are sized for the zoom now.
    const edgesSized = new Set<string>();
    let firstPlan = true;
    let frame = 0;
    let applying = false;

    const plan = () => {
      frame = 0;
      if (cy.destroyed()) return;
      applying = true;
      try {
        cy.batch(() => {
          if (firstPlan) breakLines(cy, px, measure);
          firstPlan = false;
          if (cy.zoom() !== zoom) {
            zoom = cy.zoom();
            // Nodes only: an edge's label is sized when it is about to show (below).
            sizeLabels(cy.nodes(), px, edgePx, zoom);
            places.clear();
            edgesSized.clear();
          }
        });
        const { list, nodes } = candidates(cy, order, px, edgePx, measure);
        const blocked: (ScreenBox & { owner?: string })[] = [
          // A dimmed shape (outside the selection's neighbourhood) may sit under the label of a node in it:
          // the selection's neighbours then find room even in a frame zoomed out to show them all. A dimmed
          // node's own label keeps off every shape.
          ...nodes.map((node) => ({
            ...node.renderedBoundingBox({ includeLabels: false }),
            owner: node.id(),
            soft: node.hasClass("dimmed"),
          })),
          ...canvasOverlays(cy),
        ];
        const placed = planLabels(list, blocked, cy.width(), cy.height());
        const candidateIds = new Set(list.map((c) => c.id));
        cy.batch(() => {
          cy.elements().forEach((ele) => {
            const id = ele.id();
            const node = ele.isNode();
            const hidden = ele.hasClass(LABEL_HIDDEN_CLASS);
            const label = placed.get(id);
            // An edge shows a label only when emphasised (the stylesheet): restyling the others would be
            // wasted work, on every plan.
            const mayShow = node || candidateIds.has(id) || hidden;
            if (mayShow && !label !== hidden) ele.toggleClass(LABEL_HIDDEN_CLASS, !label);
            if (label && !node && !edgesSized.has(id)) {
              edgesSized.add(id);
              sizeLabels(ele, px, edgePx, zoom);
            }
            if (!label || !node) return;
            const place = LABEL_PLACES[label.choice]!;
            if (places.get(ele.id()) === place) return;
            places.set(ele.id(), place);
            placeLabel(ele, place, zoom);
          });
        });
      } finally {
        applying = false;
      }
    };
    // Once per frame at most, however many changes arrive in it.
    const schedule = () => {
      if (!applying && frame === 0) frame = requestAnimationFrame(plan);
    };
    plan();
    // Fonts that arrive later measure differently: plan again with their widths.
    const fontsLoaded = () => {
      measure.forget();
      cy.batch(() => breakLines(cy, px, measure));
      schedule();
    };
    document.fonts?.addEventListener("loadingdone", fontsLoaded);
    void document.fonts?.ready.then(fontsLoaded);
    cy.on("viewport resize position add remove", schedule);
    cy.on("class", "node, edge", schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.fonts?.removeEventListener("loadingdone", fontsLoaded);
      cy.off("viewport resize position add remove", schedule);
      cy.off("class", "node, edge", schedule);
      if (!cy.destroyed())
        cy.batch(() => {
          cy.elements().removeClass(LABEL_HIDDEN_CLASS).removeStyle();
          cy.nodes().removeData("lines");
        });
    };
  }, [cy, model, big, labelSize]);
  return null;
}
