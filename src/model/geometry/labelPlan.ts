/**
 * Which labels the canvas draws: each at a constant size on screen or not at all, chosen by priority and free
 * space, as sigma.js's label grid does. Labels are taken in priority order and each is drawn only where it
 * overlaps no label already placed, no other node's shape and nothing floating over the canvas; so no two
 * overlap, and as the reader zooms in and the nodes draw apart, more find room. Pure: positions and sizes come
 * in screen pixels, and text is measured by a function the caller passes (a canvas's measureText).
 */
import { wholeInView, type ScreenBox } from "./keepInView";
import { BoxGrid, type OwnedBox } from "./boxGrid";

/** A label that may be drawn, with the boxes it could take on screen, the preferred place first. */
export interface LabelCandidate {
  id: string;
  boxes: readonly ScreenBox[];
  /** A label that keeps off soft boxes too (a dimmed node's: it must not cover another dimmed shape). */
  yields?: boolean;
}

/** Where a label sits against its node's shape, in the order they are tried. */
export const LABEL_PLACES = ["right", "below", "left", "above"] as const;
export type LabelPlace = (typeof LABEL_PLACES)[number];

/** A label placed: its box, and which of its candidate boxes that is. */
export interface PlacedLabel {
  box: ScreenBox;
  choice: number;
}

/** Measures a line of text, in screen pixels. */
export type MeasureText = (text: string) => number;

/**
 * `text` broken into lines at spaces, each no wider than `maxWidth` unless a single word is: how Cytoscape's
 * `text-wrap: wrap` breaks a label, so the boxes planned here are the boxes it draws.
 */
export function wrapToWidth(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** How a node label sits under its shape, in screen pixels. */
export interface LabelMetrics {
  fontPx: number;
  lineHeight: number;
  /** Between the shape's bottom and the label's first line. */
  gap: number;
  /** The plate drawn behind the text, on each side. */
  padding: number;
}

/**
 * The box of a label of `lines` lines, the widest `width` px, at `place` against a shape centred at (x, y) and
 * `half` px from its centre to its edge: centred under or over it, or level with it to its right or left.
 */
export function labelBoxAt(
  place: LabelPlace,
  x: number,
  y: number,
  half: number,
  width: number,
  lines: number,
  m: LabelMetrics,
): ScreenBox {
  // As Cytoscape measures a drawn label (checked against its bounding boxes in Chromium): a pixel wider than
  // its text and plate on each side, a pixel shorter than its lines and plate, and starting `gap` less twice
  // the padding past the shape.
  const w = width + 2 * m.padding + 2;
  const h = lines * m.fontPx * m.lineHeight + 2 * m.padding - 1;
  const away = half + m.gap - 2 * m.padding;
  switch (place) {
    case "below":
      return { x1: x - w / 2, x2: x + w / 2, y1: y + away, y2: y + away + h };
    case "above":
      return { x1: x - w / 2, x2: x + w / 2, y1: y - away - h, y2: y - away };
    case "right":
      return { x1: x + away, x2: x + away + w, y1: y - h / 2, y2: y + h / 2 };
    case "left":
      return { x1: x - away - w, x2: x - away, y1: y - h / 2, y2: y + h / 2 };
  }
}

/** The screen box of a label of `width` × `height` px centred on (x, y) and turned by `angle` radians. */
export function turnedBox(x: number, y: number, width: number, height: number, angle: number): ScreenBox {
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  const w = (width * cos + height * sin) / 2;
  const h = (width * sin + height * cos) / 2;
  return { x1: x - w, x2: x + w, y1: y - h, y2: y + h };
}

/**
 * The candidates that can be drawn, taken in the order given (highest priority first), each in the first of
 * its boxes that lies wholly in the `width` × `height` view and overlaps neither a label placed before it nor
 * any of `blocked` (nodes' shapes, boxes floating over the canvas), with `margin` px to spare; a blocked box
 * whose `owner` is the candidate (its own node's shape) does not count. At most `most` are placed: past a few
 * hundred, more labels add drawing time and no reading.
 */
export function planLabels(
  candidates: Iterable<LabelCandidate>,
  blocked: readonly OwnedBox[],
  width: number,
  height: number,
  { margin = 2, most = Infinity }: { margin?: number; most?: number } = {},
): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const shapes = new BoxGrid();
  for (const box of blocked) shapes.add(box);
  const taken = new BoxGrid();
  // Kept `margin` px apart: the renderer's text metrics differ from the measure's by a pixel here and there.
  const grown = (b: ScreenBox) => ({ x1: b.x1 - margin, y1: b.y1 - margin, x2: b.x2 + margin, y2: b.y2 + margin });
  const free = (id: string, box: ScreenBox, yields: boolean) =>
    wholeInView(box, width, height) && !shapes.collides(grown(box), id, yields) && !taken.collides(grown(box));
  for (const { id, boxes, yields = false } of candidates) {
    if (placed.size >= most) break;
    const choice = boxes.findIndex((box) => free(id, box, yields));
    if (choice < 0) continue;
    placed.set(id, { box: boxes[choice]!, choice });
    taken.add(boxes[choice]!);
  }
  return placed;
}
