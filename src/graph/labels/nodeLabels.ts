/**
 * Labels drawn at a constant size on screen, shared by the canvas (controllers/LabelController.tsx) and the
 * image export (export/stageLabels.ts): measuring, breaking into lines, the boxes a label could take around its
 * node, and the styles that put it there at a zoom.
 */
import type { Collection, Core, EdgeSingular, NodeSingular } from "cytoscape";
import type { ScreenBox } from "../../model/geometry/keepInView";
import { LABEL_PLACES, labelBoxAt, turnedBox, wrapToWidth, type LabelPlace } from "../../model/geometry/labelPlan";
import { LABEL_FONT, LABEL_LAYOUT } from "../../look/labels";

/**
 * Measures text in the canvas's font at `px`, bold or not, with one shared 2D context; widths are cached until
 * `forget()` (a font face that loads later, such as the bold one, measures differently from its stand-in).
 */
export function textMeasurer() {
  const context = document.createElement("canvas").getContext("2d");
  const cache = new Map<string, number>();
  let current = "";
  const measure = (text: string, px: number, bold = false) => {
    const key = `${bold ? "b" : ""}${px}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Setting a context's font parses it: only when it changes (it rarely does: one size, two weights).
      const font = `${bold ? "bold " : ""}${px}px ${LABEL_FONT}`;
      if (context && font !== current) context.font = current = font;
      // Without a 2D context (a test DOM), a generous estimate, as labelBoxes.ts makes for the layout.
      width = context ? context.measureText(text).width : text.length * px * 0.6;
      cache.set(key, width);
    }
    return width;
  };
  return Object.assign(measure, { forget: () => cache.clear() });
}

/** Measures text in the canvas's font: a textMeasurer(). */
export type Measure = ReturnType<typeof textMeasurer>;

/** Whether `node`'s label is drawn bold (the stylesheet's rule): recommendations, what the brief asks. */
const isBold = (node: NodeSingular) => node.data("type") === "recommendation";

/** `node`'s label broken into lines no wider than the label width at `px`. */
export function labelLines(node: NodeSingular, px: number, measure: Measure): string[] {
  const bold = isBold(node);
  return wrapToWidth(String(node.data("label") ?? ""), LABEL_LAYOUT.maxWidth, (t) => measure(t, px, bold));
}

/**
 * The boxes a label of `lines` could take on screen, one per place in LABEL_PLACES's order, around `node`'s
 * shape drawn at (x, y) and `half` px from its centre to its edge.
 */
export function labelBoxesAround(
  node: NodeSingular,
  lines: readonly string[],
  { x, y }: { x: number; y: number },
  half: number,
  px: number,
  measure: Measure,
): ScreenBox[] {
  const bold = isBold(node);
  const width = Math.max(0, ...lines.map((line) => measure(line, px, bold)));
  return LABEL_PLACES.map((place) =>
    labelBoxAt(place, x, y, half, width, lines.length, { fontPx: px, ...LABEL_LAYOUT }),
  );
}

/** The boxes `node`'s label, as breakLines broke it, could take on screen: see labelBoxesAround. */
export function nodeLabelBoxes(
  node: NodeSingular,
  at: { x: number; y: number },
  half: number,
  px: number,
  measure: Measure,
): ScreenBox[] {
  return labelBoxesAround(node, String(node.data("lines") ?? "").split("\n"), at, half, px, measure);
}

/** Cytoscape's label alignment for each place, and the direction its gap is taken in. */
const PLACE_STYLE: Record<LabelPlace, { valign: string; halign: string; dx: number; dy: number }> = {
  below: { valign: "bottom", halign: "center", dx: 0, dy: 1 },
  above: { valign: "top", halign: "center", dx: 0, dy: -1 },
  right: { valign: "center", halign: "right", dx: 1, dy: 0 },
  left: { valign: "center", halign: "left", dx: -1, dy: 0 },
};

/** Puts `node`'s label at `place`, at the gap for `zoom`. */
export function placeLabel(node: NodeSingular, place: LabelPlace, zoom: number): void {
  const { valign, halign, dx, dy } = PLACE_STYLE[place];
  node.style({
    "text-valign": valign,
    "text-halign": halign,
    "text-margin-x": (dx * LABEL_LAYOUT.gap) / zoom,
    "text-margin-y": (dy * LABEL_LAYOUT.gap) / zoom,
  });
}

/** The box an edge's label would take on screen: at its middle, along its line. */
export function edgeLabelBox(edge: EdgeSingular, px: number, measure: Measure): ScreenBox {
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
export function breakLines(cy: Core, px: number, measure: Measure): void {
  cy.nodes().forEach((node) => {
    const lines = labelLines(node, px, measure).join("\n");
    if (node.data("lines") !== lines) node.data("lines", lines);
  });
}

/** Sizes the labels of `eles` for `zoom`, so each is drawn at `px` (edges at `edgePx`) on screen. */
export function sizeLabels(eles: Pick<Collection, "nodes" | "edges">, px: number, edgePx: number, zoom: number): void {
  eles.nodes().style({
    "font-size": px / zoom,
    // Wider than any line breakLines makes: Cytoscape breaks nothing itself.
    "text-max-width": `${(2 * LABEL_LAYOUT.maxWidth) / zoom}px`,
    "text-background-padding": `${LABEL_LAYOUT.padding / zoom}px`,
  });
  eles.edges().style({ "font-size": edgePx / zoom, "text-background-padding": `${LABEL_LAYOUT.padding / zoom}px` });
}
