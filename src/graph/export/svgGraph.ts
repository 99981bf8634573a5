/** The drawing of a stage as SVG elements in model coordinates, in Cytoscape's drawing order. */
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from "cytoscape";
import { edgeSvg, nodeSvg } from "./svgElements";
import type { TextMeasure } from "./textMeasure";

/**
 * Cytoscape draws edges under nodes, then by z-index, then in the order elements were added; each element's
 * label right after its body.
 */
export function drawingOrder(cy: Core): SingularElementArgument[] {
  const visible = cy.elements(":visible").toArray();
  const index = new Map(cy.elements().map((e, i) => [e.id(), i]));
  const rank = (e: SingularElementArgument) => [
    e.isNode() ? 1 : 0,
    Number(e.numericStyle("z-index")),
    index.get(e.id()) ?? 0,
  ];
  return visible.toSorted((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return ra[0]! - rb[0]! || ra[1]! - rb[1]! || ra[2]! - rb[2]!;
  });
}

/** Every visible element of `cy` as SVG, one group each. */
export function graphSvg(cy: Core, measure: TextMeasure): string {
  return drawingOrder(cy)
    .map((e) => (e.isNode() ? nodeSvg(e as NodeSingular, measure) : edgeSvg(e as EdgeSingular, measure)))
    .join("\n");
}
