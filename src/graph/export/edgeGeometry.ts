/**
 * Edge geometry the way Cytoscape's canvas renderer computes it (bezier curves through control points,
 * lines stopping short of their arrowheads, triangle arrows sized from the line width), so the SVG export
 * draws every edge where the screen does. Pure math; no Cytoscape import.
 */
import { n } from "../../model/export/svgNumber";

export interface Point {
  x: number;
  y: number;
}

/** Cytoscape's arrow size for a line width and arrow-scale. */
export function arrowSize(lineWidth: number, arrowScale: number): number {
  return Math.max(Math.pow(lineWidth * 13.37, 0.9), 29) * arrowScale;
}

/** How far a line stops before its triangle arrow's tip (Cytoscape's "gap"). */
export function arrowGap(lineWidth: number, arrowScale: number): number {
  return lineWidth * arrowScale * 2;
}

/** The point `amount` along the way from `from` to `toward` (the tip side stays put). */
export function moveToward(from: Point, toward: Point, amount: number): Point {
  const dx = toward.x - from.x;
  const dy = toward.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return from;
  const k = Math.min(amount, length - 0.00001) / length;
  return { x: from.x + dx * k, y: from.y + dy * k };
}

/**
 * Path data from start to end through quadratic control points; with several control points the curve
 * passes through the midpoints between them, as Cytoscape draws multi-beziers and loops.
 */
export function edgePath(start: Point, controls: readonly Point[], end: Point): string {
  let d = `M${n(start.x)} ${n(start.y)}`;
  if (controls.length === 0) return `${d}L${n(end.x)} ${n(end.y)}`;
  controls.forEach((c, i) => {
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    d += `Q${n(c.x)} ${n(c.y)} ${n(to.x)} ${n(to.y)}`;
  });
  return d;
}

function qbezier(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/** The direction an arrow at `tip` points, in Cytoscape's convention (0 = pointing down the y axis). */
export function arrowAngle(lineEnd: Point, before: Point, controls: readonly Point[]): number {
  // Cytoscape aims bezier arrows along the last curve segment at t = 0.9; straight ones along the line.
  let from = before;
  const last = controls[controls.length - 1];
  if (last) {
    const prev = controls[controls.length - 2];
    const segmentStart = prev ? { x: (prev.x + last.x) / 2, y: (prev.y + last.y) / 2 } : before;
    from = qbezier(segmentStart, last, lineEnd, 0.9);
  }
  return Math.atan2(lineEnd.y - from.y, lineEnd.x - from.x) - Math.PI / 2;
}

/** Path data of Cytoscape's "triangle" arrowhead with its tip at `tip`. */
export function trianglePath(tip: Point, angle: number, size: number): string {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const at = (x: number, y: number) =>
    `${n(tip.x + (x * cos - y * sin) * size)} ${n(tip.y + (x * sin + y * cos) * size)}`;
  return `M${at(-0.15, -0.3)}L${at(0, 0)}L${at(0.15, -0.3)}Z`;
}

/** The angle of an autorotated edge label: along the edge at its middle, never upside down. */
export function labelAngle(start: Point, controls: readonly Point[], end: Point): number {
  let dx = end.x - start.x;
  let dy = end.y - start.y;
  if (controls.length % 2 === 0 && controls.length > 0) {
    // An even number of control points puts the middle at a segment's start: use that segment's tangent.
    const i = controls.length / 2;
    const a = controls[i - 1]!;
    const b = controls[i]!;
    dx = b.x - a.x;
    dy = b.y - a.y;
  }
  const angle = Math.atan(dy / dx);
  return dx === 0 && angle < 0 ? -angle : angle;
}
