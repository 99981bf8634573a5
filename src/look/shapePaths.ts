/**
 * Node shapes as SVG path data, point for point what Cytoscape's canvas renderer draws (its unit polygons are
 * stretched to fill the node's box). The same path strings draw the on-screen legend and icons, the SVG export
 * and, through Path2D, the legend drawn into PNG exports. Pure; no Cytoscape import.
 */
import type { NodeShape } from "./appearance";
import { n } from "../model/export/svgNumber";

/** A regular n-gon on the unit circle, starting where Cytoscape starts it (flat top for even n). */
function ngon(sides: number, rotation = 0): number[] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) points.push(Math.cos(start + i * step), Math.sin(-(start + i * step)));
  return points;
}

/** Stretches a polygon to span -1…1 on both axes, then moves it down so its top is at -1 (Cytoscape's fit). */
function fitToSquare(points: number[]): number[] {
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  const sx = 2 / (Math.max(...xs) - Math.min(...xs));
  const sy = 2 / (Math.max(...ys) - Math.min(...ys));
  const out = points.map((v, i) => v * (i % 2 === 0 ? sx : sy));
  const minY = Math.min(...out.filter((_, i) => i % 2 === 1));
  return minY < -1 ? out.map((v, i) => (i % 2 === 1 ? v + (-1 - minY) : v)) : out;
}

function star(): number[] {
  const outer = ngon(5);
  // Cytoscape's inner radius: the regular pentagram's, widened by 1.57.
  const inner = ngon(5, Math.PI / 5).map((v) => v * 0.5 * (3 - Math.sqrt(5)) * 1.57);
  const points: number[] = [];
  for (let i = 0; i < 5; i++) points.push(outer[2 * i]!, outer[2 * i + 1]!, inner[2 * i]!, inner[2 * i + 1]!);
  return fitToSquare(points);
}

/** Unit polygons in a -1…1 box, as Cytoscape defines them. */
export const UNIT_POLYGONS: Partial<Record<NodeShape, readonly number[]>> = {
  triangle: fitToSquare(ngon(3)),
  rectangle: fitToSquare(ngon(4)),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  hexagon: fitToSquare(ngon(6)),
  octagon: fitToSquare(ngon(8)),
  star: star(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
};

/** Cytoscape's automatic corner radius for round rectangles. */
function roundRectangleRadius(width: number, height: number): number {
  return Math.min(width / 4, height / 4, 8);
}

/** SVG path data of a node shape of `width` × `height` centred on (x, y). */
export function shapePath(shape: NodeShape, x: number, y: number, width: number, height: number): string {
  const hw = width / 2;
  const hh = height / 2;
  if (shape === "ellipse") {
    return `M${n(x - hw)} ${n(y)}A${n(hw)} ${n(hh)} 0 1 0 ${n(x + hw)} ${n(y)}A${n(hw)} ${n(hh)} 0 1 0 ${n(x - hw)} ${n(y)}Z`;
  }
  if (shape === "round-rectangle") {
    const r = roundRectangleRadius(width, height);
    const arc = (ex: number, ey: number) => `A${n(r)} ${n(r)} 0 0 1 ${n(ex)} ${n(ey)}`;
    return [
      `M${n(x)} ${n(y - hh)}H${n(x + hw - r)}`,
      `${arc(x + hw, y - hh + r)}V${n(y + hh - r)}`,
      `${arc(x + hw - r, y + hh)}H${n(x - hw + r)}`,
      `${arc(x - hw, y + hh - r)}V${n(y - hh + r)}`,
      `${arc(x - hw + r, y - hh)}Z`,
    ].join("");
  }
  const points = UNIT_POLYGONS[shape] ?? UNIT_POLYGONS.rectangle!;
  const parts: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) {
    parts.push(`${i === 0 ? "M" : "L"}${n(x + hw * points[i]!)} ${n(y + hh * points[i + 1]!)}`);
  }
  return `${parts.join("")}Z`;
}
