/**
 * Labels at reading size at every zoom (level of detail). Each node label is drawn at the reader's label size
 * on screen, whatever the zoom, or not at all: which ones is decided by priority and free space
 * (model/geometry/labelPlan.ts): the selection, its neighbours, the edges between them, the hovered node, then
 * recommendations, UN bodies and the rest by importance. No two labels overlap, none covers another node or a
 * control floating over the canvas, and more appear as the reader zooms in.
 *
 * Cytoscape draws the labels (so exports and hit boxes stay its own); this sets their size for the zoom and
 * hides those that do not fit with a class. Big graphs keep Cytoscape's "labels only at readable sizes"
 * (stylesheet.ts): planning thousands of labels on every frame would cost more than it shows.
 */
import { useEffect } from "react";
import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { GraphModel } from "../../model/brief/schema";
import type { ScreenBox } from "../../model/geometry/keepInView";
import {
  LABEL_PLACES,
  labelBoxAt,
  planLabels,
  turnedBox,
  wrapToWidth,
  type LabelCandidate,
  type LabelPlace,
} from "../../model/geometry/labelPlan";
import { importance, labelOrder } from "../../model/query/importance";
import { LABEL_FONT, LABEL_HIDDEN_CLASS, LABEL_LAYOUT, LABEL_PX, edgeLabelPx } from "../../look/labels";
import { useLabelSize } from "../../state/hooks";
import { canvasOverlays } from "../camera/canvasOverlays";
import { HIDDEN_CLASS } from "../camera/shownElements";
import { useCy } from "../CyContext";

/**
 * Measures text in the canvas's font at `px`, bold or not, with one shared 2D context; widths are cached until
 * `forget()` (a font face that loads later, such as the bold one, measures differently from its stand-in).
 */
function textMeasurer() {
  const context = document.createElement("canvas").getContext("2d");
  const cache = new Map<string, number>();
  const measure = (text: string, px: number, bold = false) => {
    const key = `${bold ? "b" : ""}${px}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) context.font = `${bold ? "bold " : ""}${px}px ${LABEL_FONT}`;
      // Without a 2D context (a test DOM), a generous estimate, as labelBoxes.ts makes for the layout.
      width = context ? context.measureText(text).width : text.length * px * 0.6;
      cache.set(key, width);
    }
    return width;
  };
  return Object.assign(measure, { forget: () => cache.clear() });
}

/** The boxes a node's label could take on screen, one per place in LABEL_PLACES's order. */
function nodeLabelBoxes(node: NodeSingular, px: number, measure: ReturnType<typeof textMeasurer>): ScreenBox[] {
  const bold = node.data("type") === "recommendation";
  const lines = String(node.data("lines") ?? "").split("\n");
  const width = Math.max(0, ...lines.map((line) => measure(line, px, bold)));
  const { x, y } = node.renderedPosition();
  const half = node.renderedOuterHeight() / 2;
  return LABEL_PLACES.map((place) =>
    labelBoxAt(place, x, y, half, width, lines.length, { fontPx: px, ...LABEL_LAYOUT }),
  );
}

/** Cytoscape's label alignment for each place, and the direction its gap is taken in. */
const PLACE_STYLE: Record<LabelPlace, { valign: string; halign: string; dx: number; dy: number }> = {
  below: { valign: "bottom", halign: "center", dx: 0, dy: 1 },
  above: { valign: "top", halign: "center", dx: 0, dy: -1 },
  right: { valign: "center", halign: "right", dx: 1, dy: 0 },
  left: { valign: "center", halign: "left", dx: -1, dy: 0 },
};

/** Puts `node`'s label at `place`, at the gap for `zoom`. */
function placeLabel(node: NodeSingular, place: LabelPlace, zoom: number): void {
  const { valign, halign, dx, dy } = PLACE_STYLE[place];
  node.style({
    "text-valign": valign,
    "text-halign": halign,
    "text-margin-x": (dx * LABEL_LAYOUT.gap) / zoom,
    "text-margin-y": (dy * LABEL_LAYOUT.gap) / zoom,
  });
}

/** The box an edge's label would take on screen: at its middle, along its line. */
function edgeLabelBox(edge: EdgeSingular, px: number, measure: ReturnType<typeof textMeasurer>): ScreenBox {
  const { x, y } = edge.renderedMidpoint();
  const a = edge.source().renderedPosition();
  const b = edge.target().renderedPosition();
  // Cytoscape turns the label along the line and keeps it upright.
  let angle = Math.atan2(b.y - a.y, b.x - a.x);
  if (angle > Math.PI / 2) angle -= Math.PI;
  if (angle < -Math.PI / 2) angle += Math.PI;
  const pad = 2 * LABEL_LAYOUT.padding;
  return turnedBox(x, y, measure(String(edge.data("label") ?? ""), px) + pad, px * 1.2 + pad, angle);
}

/**
 * Breaks every node's label into lines for `px` and hands them to Cytoscape as its label (the stylesheet draws
 * `lines` where a node has them): Cytoscape's own wrapping measures at the zoomed font size and rounds up, so
 * near the width it broke lines the plan had kept whole. Data, not style: a model's text never reaches the
 * style parser.
 */
function breakLines(cy: Core, px: number, measure: ReturnType<typeof textMeasurer>): void {
  cy.nodes().forEach((node) => {
    const bold = node.data("type") === "recommendation";
    const text = String(node.data("label") ?? "");
    const lines = wrapToWidth(text, LABEL_LAYOUT.maxWidth, (t) => measure(t, px, bold)).join("\n");
    if (node.data("lines") !== lines) node.data("lines", lines);
  });
}

/** Sets every label's size for the zoom, so each is drawn at `px` on screen. */
function sizeLabels(cy: Core, px: number, edgePx: number): void {
  const zoom = cy.zoom();
  cy.nodes().style({
    "font-size": px / zoom,
    // Wider than any line breakLines makes: Cytoscape breaks nothing itself.
    "text-max-width": `${(2 * LABEL_LAYOUT.maxWidth) / zoom}px`,
    "text-background-padding": `${LABEL_LAYOUT.padding / zoom}px`,
  });
  cy.edges().style({ "font-size": edgePx / zoom, "text-background-padding": `${LABEL_LAYOUT.padding / zoom}px` });
}

const shown = (ele: { hasClass(c: string): boolean }) => !ele.hasClass(HIDDEN_CLASS);

/** Which labels to draw now, highest priority first, for the plan. */
function candidates(
  cy: Core,
  order: readonly string[],
  px: number,
  edgePx: number,
  measure: ReturnType<typeof textMeasurer>,
) {
  const nodes = new Map<string, NodeSingular>();
  cy.nodes().forEach((node) => {
    if (shown(node)) nodes.set(node.id(), node);
  });
  const list: LabelCandidate[] = [];
  const taken = new Set<string>();
  const addNode = (node: NodeSingular | undefined) => {
    if (!node || taken.has(node.id())) return;
    taken.add(node.id());
    list.push({ id: node.id(), boxes: nodeLabelBoxes(node, px, measure) });
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
    if (big) return undefined;
    const px = LABEL_PX[labelSize];
    const edgePx = edgeLabelPx(labelSize);
    const order = labelOrder(model, importance(model));
    const measure = textMeasurer();
    let zoom = NaN;
    // Where each node's label is placed now, so only a change restyles it.
    const places = new Map<string, LabelPlace>();
    let frame = 0;
    let applying = false;

    const plan = () => {
      frame = 0;
      if (cy.destroyed()) return;
      applying = true;
      try {
        cy.batch(() => {
          if (cy.zoom() !== zoom) {
            zoom = cy.zoom();
            sizeLabels(cy, px, edgePx);
            places.clear();
          }
        });
        const { list, nodes } = candidates(cy, order, px, edgePx, measure);
        const blocked: (ScreenBox & { owner?: string })[] = [
          ...nodes.map((node) => ({ ...node.renderedBoundingBox({ includeLabels: false }), owner: node.id() })),
          ...canvasOverlays(cy),
        ];
        const placed = planLabels(list, blocked, cy.width(), cy.height());
        cy.batch(() => {
          cy.elements().forEach((ele) => {
            const label = placed.get(ele.id());
            if (!label !== ele.hasClass(LABEL_HIDDEN_CLASS)) ele.toggleClass(LABEL_HIDDEN_CLASS, !label);
            if (!label || !ele.isNode()) return;
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
    cy.batch(() => breakLines(cy, px, measure));
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
