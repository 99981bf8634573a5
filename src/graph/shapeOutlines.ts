/**
 * SVG outlines of the node shapes for the legend, in a -1…1 box like Cytoscape's own shape polygons, so the
 * legend shows what the canvas draws. Pure data; no Cytoscape import.
 */
import type { NodeShape } from "./appearance";

function ngon(sides: number, rotation: number): number[] {
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotation + (2 * Math.PI * i) / sides;
    points.push(Math.cos(a), Math.sin(a));
  }
  return points;
}

function star(): number[] {
  const points: number[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? 1 : 0.4;
    const a = -Math.PI / 2 + (Math.PI * i) / 5;
    points.push(r * Math.cos(a), r * Math.sin(a));
  }
  return points;
}

const POLYGONS: Partial<Record<NodeShape, number[]>> = {
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  hexagon: ngon(6, 0),
  triangle: ngon(3, -Math.PI / 2),
  rectangle: [-1, -1, 1, -1, 1, 1, -1, 1],
  star: star(),
  vee: [-1, -1, 0, -0.333, 1, -1, 0, 1],
  octagon: ngon(8, Math.PI / 8),
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
};

export type Outline = { kind: "circle" } | { kind: "rounded-rect" } | { kind: "polygon"; points: string };

/** The outline to draw for a shape, scaled to a box of `size` px centred on (size/2, size/2). */
export function shapeOutline(shape: NodeShape, size: number): Outline {
  if (shape === "ellipse") return { kind: "circle" };
  if (shape === "round-rectangle") return { kind: "rounded-rect" };
  const half = size / 2;
  const raw = POLYGONS[shape] ?? [];
  const points: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    points.push(`${(half + raw[i]! * (half - 1)).toFixed(2)},${(half + raw[i + 1]! * (half - 1)).toFixed(2)}`);
  }
  return { kind: "polygon", points: points.join(" ") };
}
