/**
 * The legend drawn into an exported image: one item per node type and per line style present in the drawing,
 * each a glyph (the node's shape, the line's dash and arrow) and its name, as primitives to lay out.
 */
import { NODE_TYPE_INFO, type NodeType, type Relation } from "../../model/brief/vocabulary";
import {
  FAMILY_LOOK,
  FAMILY_ORDER,
  NODE_LOOK,
  RELATION_FAMILY,
  TYPE_ORDER,
  type RelationFamily,
} from "../../look/appearance";
import { buildStylesheet, familySelector, type StyleRule } from "../stylesheet";
import { arrowSize, trianglePath } from "./edgeGeometry";
import type { ExportPalette } from "./exportStyle";
import type { Primitive } from "./primitives";
import { shapePath } from "../../look/shapePaths";

export interface LegendItem {
  /** Width of the glyph, px at scale 1; the name follows it. */
  glyphWidth: number;
  name: string;
  note?: string;
  /** The glyph drawn with its left edge at x and its vertical centre at y. */
  glyph: (x: number, y: number) => Primitive[];
}

const ICON_SIZE = 16;
const LINE_LENGTH = 36;

/** The style properties an edge of `family` gets from the stylesheet (base rule, then the family's). */
function edgeStyle(family: RelationFamily, sheet: readonly StyleRule[]): Record<string, unknown> {
  const base = sheet.find((r) => r.selector === "edge")?.style ?? {};
  const own = sheet.find((r) => r.selector === familySelector(family))?.style ?? {};
  return { ...base, ...own };
}

function nodeItem(type: NodeType, palette: ExportPalette): LegendItem {
  const look = NODE_LOOK[type];
  const half = ICON_SIZE / 2;
  return {
    glyphWidth: ICON_SIZE,
    name: NODE_TYPE_INFO[type].label,
    glyph: (x, y) => [
      {
        kind: "path",
        d: shapePath(look.shape, x + half, y, ICON_SIZE - 2, ICON_SIZE - 2),
        fill: look.fill,
        stroke: palette.border(type),
        width: 1.5,
      },
    ],
  };
}

function lineItem(family: RelationFamily, palette: ExportPalette): LegendItem {
  const look = FAMILY_LOOK[family];
  const style = edgeStyle(family, buildStylesheet(palette.theme));
  const width = Number(style.width ?? 1.5);
  const size = arrowSize(width, Number(style["arrow-scale"] ?? 1));
  const hasArrow = style["target-arrow-shape"] !== "none";
  const lineEnd = hasArrow ? LINE_LENGTH - size * 0.3 : LINE_LENGTH;
  const outline = Number(style["line-outline-width"] ?? 0);
  const dash = style["line-style"] === "dashed" ? (style["line-dash-pattern"] as readonly number[]) : undefined;
  const glyph = (x: number, y: number): Primitive[] => {
    const d = `M${x + 1} ${y}L${(x + lineEnd).toFixed(2)} ${y}`;
    const out: Primitive[] = [];
    // A hollow (mutual) line is an outline stroke with a background-coloured line on top, as on screen.
    if (outline > 0) out.push({ kind: "path", d, stroke: String(style["line-outline-color"]), width: width + outline });
    out.push({ kind: "path", d, stroke: String(style["line-color"]), width, ...(dash ? { dash } : {}) });
    if (hasArrow) {
      const tip = { x: x + LINE_LENGTH, y };
      out.push({ kind: "path", d: trianglePath(tip, -Math.PI / 2, size), fill: String(style["target-arrow-color"]) });
    }
    return out;
  };
  return { glyphWidth: LINE_LENGTH, name: look.label, note: look.description, glyph };
}

/** Legend items for the node types and relations drawn, in the screen legend's order. */
export function legendItems(
  drawn: { types: ReadonlySet<string>; relations: ReadonlySet<string> },
  palette: ExportPalette,
): LegendItem[] {
  const families = new Set([...drawn.relations].map((r) => RELATION_FAMILY[r as Relation]));
  return [
    ...TYPE_ORDER.filter((t) => drawn.types.has(t)).map((t) => nodeItem(t, palette)),
    ...FAMILY_ORDER.filter((f) => families.has(f)).map((f) => lineItem(f, palette)),
  ];
}
