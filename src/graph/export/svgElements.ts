/**
 * Nodes and edges as SVG, from the geometry Cytoscape computed for them (positions, endpoints, control points)
 * and their current style, reproducing the canvas renderer's drawing: shape paths with centred borders, lines
 * stopping short of triangle arrows, dash patterns, hollow "double" lines, labels with their plates.
 */
import type { EdgeSingular, NodeSingular } from "cytoscape";
import type { NodeShape } from "../../look/appearance";
import {
  arrowAngle,
  arrowGap,
  arrowSize,
  edgePath,
  labelAngle,
  moveToward,
  trianglePath,
  type Point,
} from "./edgeGeometry";
import { shapePath } from "../../look/shapePaths";
import { labelStyle, labelSvg } from "./svgLabel";
import { wrapLikeCytoscape, type TextMeasure } from "./textMeasure";
import { n } from "../../model/export/svgNumber";

const alpha = (name: string, value: number) => (value < 1 ? ` ${name}="${n(value)}"` : "");

/** The halo under a node (the selection's), its shape grown by the padding; not faded with the node. */
function underlay(node: NodeSingular): string {
  const opacity = Number(node.numericStyle("underlay-opacity"));
  if (!(opacity > 0)) return "";
  const pad = Number(node.numericStyle("underlay-padding"));
  const { x, y } = node.position();
  const d = shapePath(
    String(node.style("underlay-shape")) as NodeShape,
    x,
    y,
    node.width() + 2 * pad,
    node.height() + 2 * pad,
  );
  return `<path d="${d}" fill="${node.style("underlay-color")}"${alpha("fill-opacity", opacity)}/>`;
}

/** One node: its underlay, shape, border and label. */
export function nodeSvg(node: NodeSingular, measure: TextMeasure): string {
  const { x, y } = node.position();
  const w = node.width();
  const h = node.height();
  const opacity = node.effectiveOpacity();
  const border = Number(node.numericStyle("border-width"));
  const d = shapePath(String(node.style("shape")) as NodeShape, x, y, w, h);
  const fill = `fill="${node.style("background-color")}"${alpha("fill-opacity", Number(node.numericStyle("background-opacity")) * opacity)}`;
  const stroke =
    border > 0
      ? ` stroke="${node.style("border-color")}" stroke-width="${n(border)}"${alpha("stroke-opacity", Number(node.numericStyle("border-opacity")) * opacity)}`
      : "";
  const parts = [underlay(node), `<path d="${d}" ${fill}${stroke}/>`];
  const text = String(node.style("label") ?? "");
  if (text) {
    const s = labelStyle(node);
    const lines =
      node.style("text-wrap") === "wrap"
        ? wrapLikeCytoscape(text, Number(node.numericStyle("text-max-width")), (l) => measure.width(l, s.font))
        : [text];
    const lineHeight = s.size * Number(node.numericStyle("line-height"));
    const textH = s.size + (lines.length - 1) * lineHeight;
    const valign = String(node.style("text-valign"));
    const anchorY = valign === "top" ? y - h / 2 - textH : valign === "center" ? y - textH / 2 : y + h / 2;
    const top = anchorY + Number(node.numericStyle("text-margin-y"));
    // Beside the node (LabelController's places), the label's box starts at the shape's edge and its lines are
    // flush with that side, as the canvas draws them.
    const halign = String(node.style("text-halign"));
    const textW = Math.max(0, ...lines.map((l) => measure.width(l, s.font)));
    const side = halign === "right" ? 1 : halign === "left" ? -1 : 0;
    const centre = x + Number(node.numericStyle("text-margin-x")) + side * (w / 2 + textW / 2);
    const align = side > 0 ? "start" : side < 0 ? "end" : "middle";
    parts.push(labelSvg(lines, centre, top, lineHeight, s, measure, align));
  }
  return `<g>${parts.join("")}</g>`;
}

/** The dash pattern in px, however Cytoscape reports it ("8 4", "8px 4px" or an array). */
function dashPattern(edge: EdgeSingular): number[] {
  const raw: unknown = edge.numericStyle("line-dash-pattern");
  const values = Array.isArray(raw) ? raw : String(raw ?? edge.style("line-dash-pattern")).split(/[\s,]+/);
  return values.map((v) => parseFloat(String(v))).filter((v) => Number.isFinite(v));
}

interface EdgeGeometry {
  start: Point;
  controls: Point[];
  end: Point;
  tip: Point;
  hasArrow: boolean;
}

function geometry(edge: EdgeSingular): EdgeGeometry {
  const controls = (edge.controlPoints() ?? []).map((p) => ({ x: p.x, y: p.y }));
  const source = edge.sourceEndpoint();
  const tip = edge.targetEndpoint();
  const width = Number(edge.numericStyle("width"));
  const scale = Number(edge.numericStyle("arrow-scale"));
  const hasArrow = edge.style("target-arrow-shape") !== "none";
  // Straight edges aim from the source node's centre; curved ones from their last control point.
  const before = controls[controls.length - 1] ?? edge.source().position();
  const end = hasArrow ? moveToward(tip, before, arrowGap(width, scale)) : tip;
  return { start: source, controls, end, tip, hasArrow };
}

/** A glow along the edge, drawn between its outline and its line as Cytoscape does; unused by our styles. */
function edgeUnderlay(edge: EdgeSingular, d: string): string {
  const opacity = Number(edge.numericStyle("underlay-opacity"));
  if (!(opacity > 0)) return "";
  const width = 2 * Number(edge.numericStyle("underlay-padding"));
  return `<path d="${d}" fill="none" stroke="${edge.style("underlay-color")}" stroke-width="${n(width)}" stroke-linecap="round"${alpha("stroke-opacity", opacity)}/>`;
}

/** The autorotated label at the edge's midpoint, on its plate. */
function edgeLabel(edge: EdgeSingular, g: EdgeGeometry, measure: TextMeasure): string {
  const text = String(edge.style("label") ?? "");
  if (!text) return "";
  const s = labelStyle(edge);
  const mid = edge.midpoint();
  const theta = edge.style("text-rotation") === "autorotate" ? labelAngle(g.start, g.controls, g.end) : 0;
  const rotate = theta !== 0 ? ` rotate(${n((theta * 180) / Math.PI)})` : "";
  // Edge labels are one line, centred on the midpoint.
  return `<g transform="translate(${n(mid.x)} ${n(mid.y)})${rotate}">${labelSvg([text], 0, -s.size / 2, s.size, s, measure)}</g>`;
}

/** One edge: its outline (hollow lines), line, arrowhead and label, in Cytoscape's order. */
export function edgeSvg(edge: EdgeSingular, measure: TextMeasure): string {
  const g = geometry(edge);
  const width = Number(edge.numericStyle("width"));
  const opacity = edge.effectiveOpacity() * Number(edge.numericStyle("line-opacity"));
  const d = edgePath(g.start, g.controls, g.end);
  const pattern = edge.style("line-style") === "dashed" ? ` stroke-dasharray="${dashPattern(edge).join(" ")}"` : "";
  const line = (color: string, w: number) =>
    `<path d="${d}" fill="none" stroke="${color}" stroke-width="${n(w)}" stroke-linejoin="round"${pattern}${alpha("stroke-opacity", opacity)}/>`;
  const outline = Number(edge.numericStyle("line-outline-width"));
  const parts = [
    outline > 0 ? line(String(edge.style("line-outline-color")), width + outline) : "",
    edgeUnderlay(edge, d),
    line(String(edge.style("line-color")), width),
  ];
  if (g.hasArrow) {
    const size = arrowSize(width, Number(edge.numericStyle("arrow-scale")));
    const tip = trianglePath(g.tip, arrowAngle(g.end, g.start, g.controls), size);
    parts.push(`<path d="${tip}" fill="${edge.style("target-arrow-color")}"${alpha("fill-opacity", opacity)}/>`);
  }
  parts.push(edgeLabel(edge, g, measure));
  return `<g>${parts.join("")}</g>`;
}
