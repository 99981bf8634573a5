/**
 * The geometry of a drawn node: its shape plus the label wrapped below it. The layout script uses it to keep
 * labels from overlapping, the stylesheet uses the same numbers, and a test checks the shipped positions.
 * Text is measured by estimate (headless Cytoscape cannot measure fonts), so the estimate is generous.
 */
import type { NodeType } from "../brief/vocabulary";

export const NODE_METRICS = {
  /** Diameter of an ordinary node, px at zoom 1. */
  nodeSize: 28,
  /** Recommendations are drawn larger: they are what a reader comes for. */
  recommendationSize: 40,
  fontSize: 11,
  lineHeight: 1.3,
  /** Labels wrap at this width, px. */
  labelMaxWidth: 120,
  /** Average glyph advance as a fraction of font size, rounded up for wide glyphs. */
  charWidth: 0.6,
  /** Gap between a node's shape and its label. */
  labelGap: 4,
  /** Space kept clear around every box. */
  margin: 6,
} as const;

export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Size of a node's shape by type: what a big graph draws, and what its grid placement spaces it for. */
export function shapeSize(type: NodeType): number {
  return type === "recommendation" ? NODE_METRICS.recommendationSize : NODE_METRICS.nodeSize;
}

/** Wraps a label into lines no wider than the label width, breaking at spaces like the renderer does. */
export function wrapLabel(label: string): string[] {
  const maxChars = Math.floor(NODE_METRICS.labelMaxWidth / (NODE_METRICS.fontSize * NODE_METRICS.charWidth));
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** The box a node occupies, shape and label together, centred on (x, y) for the shape. */
export function nodeBox(label: string, type: NodeType, x: number, y: number): Rect {
  const size = shapeSize(type);
  const lines = wrapLabel(label);
  const longest = Math.max(...lines.map((l) => l.length));
  const width = Math.max(size, longest * NODE_METRICS.fontSize * NODE_METRICS.charWidth);
  const labelHeight = lines.length * NODE_METRICS.fontSize * NODE_METRICS.lineHeight;
  const m = NODE_METRICS.margin / 2;
  return {
    x1: x - width / 2 - m,
    x2: x + width / 2 + m,
    y1: y - size / 2 - m,
    y2: y + size / 2 + NODE_METRICS.labelGap + labelHeight + m,
  };
}

// Overlaps thinner than this are floating-point noise from rounding positions, not labels touching.
const EPSILON = 0.01;

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x1 < b.x2 - EPSILON && b.x1 < a.x2 - EPSILON && a.y1 < b.y2 - EPSILON && b.y1 < a.y2 - EPSILON;
}

/** Index pairs of overlapping boxes; a sweep over x keeps it near-linear for sparse layouts. */
export function findOverlaps(boxes: readonly Rect[]): Array<[number, number]> {
  const order = boxes.map((_, i) => i).toSorted((a, b) => (boxes[a]?.x1 ?? 0) - (boxes[b]?.x1 ?? 0));
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < order.length; i++) {
    const a = boxes[order[i] ?? 0]!;
    for (let j = i + 1; j < order.length; j++) {
      const b = boxes[order[j] ?? 0]!;
      if (b.x1 >= a.x2 - EPSILON) break;
      if (overlaps(a, b)) pairs.push([order[i]!, order[j]!]);
    }
  }
  return pairs;
}
