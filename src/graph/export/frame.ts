/**
 * Lays out an exported image: the title on top, the drawing, the legend under it as a key that flows into
 * rows, and the source line at the bottom. Sizes are px at scale 1; PNG multiplies them, SVG keeps them.
 */
import type { ExportPalette } from "./exportStyle";
import type { LegendItem } from "./legendItems";
import type { Primitive } from "./primitives";

/** Measures text width in px for a font size and weight (a canvas 2D context in the browser). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface FrameInput {
  graphWidth: number;
  graphHeight: number;
  title: string | null;
  legend: readonly LegendItem[] | null;
  source: string | null;
  palette: ExportPalette;
  measure: Measure;
}

export interface Frame {
  width: number;
  height: number;
  /** Where the drawing goes. */
  graph: { x: number; y: number; w: number; h: number };
  primitives: Primitive[];
}

const MARGIN = 24;
const MIN_CONTENT = 420;
const GAP = 16;
const TITLE = { size: 20, line: 26 };
const LEGEND = { size: 12, row: 24, gap: 22, glyphGap: 6 };
const SOURCE = { size: 11, line: 15 };

function textAt(x: number, y: number, text: string, size: number, bold: boolean, color: string): Primitive {
  return { kind: "text", x, y, text, size, bold, color, anchor: "start" };
}

/** Splits text into lines that `fits` accepts, at spaces; a single word too long stays on its own line. */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function legendPrimitives(items: readonly LegendItem[], left: number, top: number, width: number, input: FrameInput) {
  const out: Primitive[] = [];
  const { measure, palette } = input;
  let x = left;
  let y = top + LEGEND.row / 2;
  for (const item of items) {
    const nameWidth = measure(item.name, LEGEND.size, false);
    // SVG drops leading spaces, so the space before the note is a gap, not text.
    const note = item.note ? `— ${item.note}` : "";
    const space = measure(" ", LEGEND.size, false);
    const noteWidth = note ? space + measure(note, LEGEND.size, false) : 0;
    const itemWidth = item.glyphWidth + LEGEND.glyphGap + nameWidth + noteWidth;
    if (x > left && x + itemWidth > left + width) {
      x = left;
      y += LEGEND.row;
    }
    out.push(...item.glyph(x, y));
    const textX = x + item.glyphWidth + LEGEND.glyphGap;
    const baseline = y + LEGEND.size * 0.35;
    out.push(textAt(textX, baseline, item.name, LEGEND.size, false, palette.text));
    if (note) out.push(textAt(textX + nameWidth + space, baseline, note, LEGEND.size, false, palette.mutedText));
    x += itemWidth + LEGEND.gap;
  }
  return { primitives: out, height: items.length === 0 ? 0 : y + LEGEND.row / 2 - top };
}

/** Places title, drawing, legend and source line; the drawing keeps its size and is centred. */
export function layoutFrame(input: FrameInput): Frame {
  const { measure, palette } = input;
  const width = Math.max(input.graphWidth + 2 * MARGIN, MIN_CONTENT + 2 * MARGIN);
  const content = width - 2 * MARGIN;
  const primitives: Primitive[] = [];
  let y = MARGIN;
  if (input.title) {
    const lines = wrapWords(input.title, (l) => measure(l, TITLE.size, true) <= content);
    for (const line of lines) {
      y += TITLE.line;
      primitives.push(textAt(MARGIN, y - 6, line, TITLE.size, true, palette.text));
    }
    y += GAP;
  }
  const graph = { x: (width - input.graphWidth) / 2, y, w: input.graphWidth, h: input.graphHeight };
  y += input.graphHeight;
  if (input.legend && input.legend.length > 0) {
    y += GAP;
    const legend = legendPrimitives(input.legend, MARGIN, y, content, input);
    primitives.push(...legend.primitives);
    y += legend.height;
  }
  if (input.source) {
    y += GAP / 2;
    const lines = wrapWords(input.source, (l) => measure(l, SOURCE.size, false) <= content);
    for (const line of lines) {
      y += SOURCE.line;
      primitives.push(textAt(MARGIN, y - 4, line, SOURCE.size, false, palette.mutedText));
    }
  }
  return { width: Math.ceil(width), height: Math.ceil(y + MARGIN), graph, primitives };
}
